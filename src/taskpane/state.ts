import type { Analysis, Finding, HeaderCandidate, Lang, MappingCorrections } from "../engine";
import { DEFAULT_SETTINGS, type WorkbookSettings } from "../app/settings";

/** Everything the pane shows, in one place; changed only by `reduce`. */

export type Tab = "roster" | "findings" | "payouts" | "policy";
export type Phase = "read" | "analyze" | "write" | "sample" | "policy" | "import";

/** The settings the pane edits and saves in the workbook (src/app/settings.ts). */
export type { InfoOverrides } from "../app/types";
export type PaneSettings = WorkbookSettings;
export const EMPTY_SETTINGS: PaneSettings = DEFAULT_SETTINGS;

export interface PaneState {
  lang: Lang;
  tab: Tab;
  busy: { phase: Phase; progress: number } | null;
  analysis: Analysis | null;
  activeSheet: string | null;
  /** The clerk edited a sheet the check reads since `analysis` was computed. */
  stale: boolean;
  /** A failure of Excel or of the run; `finding` when the input is unusable (no roster, bad policy). */
  error: { message: string; detail?: string; finding?: Finding } | null;
  /** A one-line confirmation (saved, sample inserted…). */
  notice: string | null;
  settings: PaneSettings;
  /**
   * Whether the settings saved in the workbook were read: until they are, Kiểm tra, Tạo bảng and
   * Lưu stay disabled (a run with the defaults would give other amounts; Lưu would overwrite).
   */
  settingsRead: "pending" | "ok" | "failed";
  generated: { names: string[]; narrative: string[]; errors: number } | null;
  policySheet: { sheet: string; findings: Finding[] } | null;
  /**
   * The clerk's column corrections (what the workbook's "DinhBien_Cột" sheet holds, plus the
   * latest changes); null until the first run has read them from the workbook.
   */
  corrections: MappingCorrections | null;
  /** Earlier corrections, latest last: "Hoàn tác" goes back one. */
  undo: MappingCorrections[];
  /** When no roster was found: the header rows the sheets came closest to having. */
  candidates: HeaderCandidate[];
}

export function initialState(lang: Lang): PaneState {
  return {
    lang,
    tab: "roster",
    busy: null,
    analysis: null,
    activeSheet: null,
    stale: false,
    error: null,
    notice: null,
    settings: EMPTY_SETTINGS,
    settingsRead: "pending",
    generated: null,
    policySheet: null,
    corrections: null,
    undo: [],
    candidates: [],
  };
}

export type Action =
  | { type: "tab"; tab: Tab }
  | { type: "busy"; phase: Phase; progress: number }
  /** stay: keep the current tab (a run started from the mapping view). */
  | { type: "analysed"; analysis: Analysis; activeSheet: string | null; stay?: boolean }
  | { type: "corrections"; corrections: MappingCorrections; undoable: boolean }
  | { type: "undo" }
  /** A sheet the check reads changed in the workbook. */
  | { type: "changed"; sheet: string }
  | {
      type: "failed";
      message: string;
      detail?: string;
      finding?: Finding;
      candidates?: HeaderCandidate[];
      storedCorrections?: MappingCorrections;
    }
  | { type: "generated"; names: string[]; narrative: string[]; errors: number }
  | { type: "notice"; text: string }
  /** The clerk closed the error or the notice (its "Đóng" button). */
  | { type: "dismiss"; what: "error" | "notice" }
  | { type: "settings"; settings: Partial<PaneSettings> }
  | { type: "settingsLoaded"; settings: Partial<PaneSettings> }
  | { type: "settingsFailed"; message: string; detail?: string }
  | { type: "policySheet"; sheet: string; findings: Finding[] }
  | { type: "idle" };

export function reduce(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "tab":
      return { ...state, tab: action.tab };
    case "busy":
      return {
        ...state,
        busy: { phase: action.phase, progress: action.progress },
        error: null,
        notice: null,
      };
    case "analysed": {
      const errors = action.analysis.findings.filter((f) => f.severity === "error").length;
      // After a check, the findings are what the clerk wants to see, unless there are none.
      const tab: Tab =
        !action.stay && state.tab === "roster" && errors > 0
          ? "findings"
          : state.tab === "policy"
            ? "policy"
            : state.tab;
      return {
        ...state,
        busy: null,
        analysis: action.analysis,
        activeSheet: action.activeSheet,
        stale: false,
        error: null,
        tab,
        candidates: [],
        corrections: state.corrections ?? action.analysis.storedCorrections ?? {},
      };
    }
    case "generated":
      return {
        ...state,
        busy: null,
        generated: { names: action.names, narrative: action.narrative, errors: action.errors },
        tab: "payouts",
      };
    case "failed":
      return {
        ...state,
        busy: null,
        error: { message: action.message, detail: action.detail, finding: action.finding },
        candidates: action.candidates ?? state.candidates,
        // Without a roster the analysis is gone: its mapping view becomes the candidates'.
        analysis: action.candidates && action.candidates.length > 0 ? null : state.analysis,
        corrections: state.corrections ?? action.storedCorrections ?? null,
      };
    case "corrections":
      return {
        ...state,
        corrections: action.corrections,
        undo: action.undoable ? [...state.undo, state.corrections ?? {}] : state.undo,
      };
    case "undo": {
      if (state.undo.length === 0) return state;
      return {
        ...state,
        corrections: state.undo[state.undo.length - 1],
        undo: state.undo.slice(0, -1),
      };
    }
    case "changed":
      // Only results shown can go stale; a change during a run is the run's own business.
      return state.analysis && !state.busy && !state.stale ? { ...state, stale: true } : state;
    case "notice":
      return { ...state, busy: null, notice: action.text };
    case "dismiss":
      return action.what === "error" ? { ...state, error: null } : { ...state, notice: null };
    case "settings":
      return { ...state, settings: { ...state.settings, ...action.settings } };
    case "settingsLoaded":
      return {
        ...state,
        settings: { ...state.settings, ...action.settings },
        settingsRead: "ok",
        error: state.settingsRead === "failed" ? null : state.error,
      };
    case "settingsFailed":
      return {
        ...state,
        busy: null,
        settingsRead: "failed",
        error: { message: action.message, detail: action.detail },
      };
    case "policySheet":
      return {
        ...state,
        busy: null,
        policySheet: { sheet: action.sheet, findings: action.findings },
      };
    case "idle":
      return { ...state, busy: null };
  }
}
