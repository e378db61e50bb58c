import type { Analysis, Finding, Lang } from "../engine/types";
import { DEFAULT_SETTINGS, type WorkbookSettings } from "../app";

/** Everything the pane shows, in one place; changed only by `reduce`. */

export type Tab = "roster" | "findings" | "payouts" | "policy";
export type Phase = "read" | "analyze" | "write" | "sample" | "policy";

/** The settings the pane edits and saves in the workbook (src/app/settings.ts). */
export type { InfoOverrides } from "../app";
export type PaneSettings = WorkbookSettings;
export const EMPTY_SETTINGS: PaneSettings = DEFAULT_SETTINGS;

export interface PaneState {
  lang: Lang;
  tab: Tab;
  busy: { phase: Phase; progress: number } | null;
  analysis: Analysis | null;
  activeSheet: string | null;
  /** A failure of Excel or of the run; `finding` when the input is unusable (no roster, bad policy). */
  error: { message: string; detail?: string; finding?: Finding } | null;
  /** A one-line confirmation (saved, sample inserted…). */
  notice: string | null;
  settings: PaneSettings;
  generated: { names: string[]; narrative: string[]; errors: number } | null;
  policySheet: { sheet: string; findings: Finding[] } | null;
}

export function initialState(lang: Lang): PaneState {
  return {
    lang,
    tab: "roster",
    busy: null,
    analysis: null,
    activeSheet: null,
    error: null,
    notice: null,
    settings: EMPTY_SETTINGS,
    generated: null,
    policySheet: null,
  };
}

export type Action =
  | { type: "tab"; tab: Tab }
  | { type: "busy"; phase: Phase; progress: number }
  | { type: "analysed"; analysis: Analysis; activeSheet: string | null }
  | { type: "generated"; names: string[]; narrative: string[]; errors: number }
  | { type: "failed"; message: string; detail?: string; finding?: Finding }
  | { type: "notice"; text: string }
  | { type: "dismiss" }
  | { type: "settings"; settings: Partial<PaneSettings> }
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
        state.tab === "roster" && errors > 0
          ? "findings"
          : state.tab === "policy"
            ? "policy"
            : state.tab;
      return {
        ...state,
        busy: null,
        analysis: action.analysis,
        activeSheet: action.activeSheet,
        error: null,
        tab,
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
      };
    case "notice":
      return { ...state, busy: null, notice: action.text };
    case "dismiss":
      return { ...state, error: null, notice: null };
    case "settings":
      return { ...state, settings: { ...state.settings, ...action.settings } };
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
