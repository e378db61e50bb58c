import type {
  Analysis,
  CellRef,
  Finding,
  Grid,
  HeaderCandidate,
  Lang,
  MappingCorrections,
  Policy,
} from "../engine/types";
import type { SheetSpec } from "../engine/sheets/spec";
import type { WorkbookPort, WriteResult } from "../engine/port";
import { analyzeHere, type Analyzer } from "./analyzer";
import { UnusableInputError } from "../engine/errors";
import { getPreset } from "../engine/policy/presets";
import { buildSheets } from "../engine/sheets/build";
import { columnNumber } from "../engine/grid/address";
import { describeExcelError } from "../excel/errors";
import type { InfoOverrides, PaneSettings, Phase } from "./state";

/**
 * What the pane does, as plain async functions over a port: no React, no office-js. Each long
 * operation yields to the event loop between phases (read → analyze → write) so the pane can
 * paint its progress bar; 20,000 roster rows must not freeze it, so the pane passes an analyzer
 * that runs the engine in a Web Worker (the default runs it here, for tests and commands).
 */

/** The port the pane needs: the engine's WorkbookPort plus the Excel-only extras. */
export interface PanePort extends WorkbookPort {
  select(ref: CellRef): Promise<void>;
  activeSelection(): Promise<{ sheet: string; address: string }>;
  readSettings(keys: string[]): Promise<Record<string, unknown>>;
  writeSettings(values: Record<string, unknown>): Promise<void>;
  insertSheets(specs: Omit<SheetSpec, "kind">[]): Promise<string[]>;
  highlight(refs: CellRef[]): Promise<void>;
  clearHighlights(): Promise<number>;
  /** Store the column corrections in the workbook (its "DinhBien_Cột" sheet); optional. */
  writeMapping?(corrections: MappingCorrections): Promise<void>;
}

export type Progress = (phase: Phase, fraction: number) => void;

export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export type RunOutcome =
  | { ok: true; analysis: Analysis; activeSheet: string | null }
  | {
      ok: false;
      message: string;
      detail?: string;
      finding?: Finding;
      /** No roster: the header rows the sheets came closest to having, to map in the pane. */
      candidates?: HeaderCandidate[];
      storedCorrections?: MappingCorrections;
    };

function failure(e: unknown, lang: Lang): RunOutcome & { ok: false } {
  if (e instanceof UnusableInputError)
    return {
      ok: false,
      message: e.finding.message,
      finding: e.finding,
      candidates: e.detail.candidates,
      storedCorrections: e.detail.storedCorrections,
    };
  const d = describeExcelError(e, lang);
  return { ok: false, message: d.message, detail: d.detail };
}

export function policyFor(settings: PaneSettings): Policy | undefined {
  return settings.policyChoice === "auto" ? undefined : getPreset(settings.policyChoice);
}

/** Read every input sheet (not our generated ones, except the policy sheet, which is input). */
export async function readInputs(port: PanePort): Promise<{ grids: Grid[]; generated: string[] }> {
  const sheets = await port.listSheets();
  const generated = sheets
    .filter((s) => s.generatedKind && s.generatedKind !== "policy")
    .map((s) => s.name);
  const inputs = sheets.filter((s) => !generated.includes(s.name)).map((s) => s.name);
  return { grids: await port.readGrids(inputs), generated };
}

/**
 * Read the workbook and analyse it. `corrections`: the pane's column corrections when it has
 * changes the workbook may not hold yet; without them the mapping stored in the workbook applies.
 */
export async function runCheck(
  port: PanePort,
  settings: PaneSettings,
  lang: Lang,
  progress: Progress,
  analyzer: Analyzer = analyzeHere,
  corrections?: MappingCorrections
): Promise<RunOutcome> {
  try {
    progress("read", 0.1);
    await yieldToUi();
    const active = await port.activeSelection().catch(() => null);
    const { grids, generated } = await readInputs(port);
    progress("analyze", 0.5);
    await yieldToUi();
    const analysis = await analyzer(grids, {
      policy: policyFor(settings),
      paymentDate: settings.paymentDate || undefined,
      generatedSheets: generated,
      lang,
      ...(corrections ? { corrections } : {}),
    });
    progress("analyze", 1);
    return { ok: true, analysis, activeSheet: active?.sheet ?? null };
  } catch (e) {
    return failure(e, lang);
  }
}

/** The analysis with the pane's signers and place laid over the "Thông tin" sheet's. */
export function withInfo(analysis: Analysis, o: InfoOverrides): Analysis {
  const pick = (typed: string, fromSheet: string) => (typed.trim() ? typed.trim() : fromSheet);
  const s = analysis.info.signers;
  return {
    ...analysis,
    info: {
      ...analysis.info,
      place: pick(o.place, analysis.info.place),
      signers: {
        preparer: pick(o.preparer, s.preparer),
        head: pick(o.head, s.head),
        approverTitle: pick(o.approverTitle, s.approverTitle),
        approver: pick(o.approver, s.approver),
      },
    },
  };
}

export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export type GenerateOutcome =
  | { ok: true; analysis: Analysis; result: WriteResult; names: string[] }
  | (RunOutcome & { ok: false });

/** Check again (the workbook may have changed), build the five documents, write them. */
export async function runGenerate(
  port: PanePort,
  settings: PaneSettings,
  lang: Lang,
  progress: Progress,
  analyzer: Analyzer = analyzeHere,
  corrections?: MappingCorrections
): Promise<GenerateOutcome> {
  const checked = await runCheck(
    port,
    settings,
    lang,
    (p, f) => progress(p, f * 0.5),
    analyzer,
    corrections
  );
  if (!checked.ok) return checked;
  try {
    progress("write", 0.6);
    await yieldToUi();
    const analysis = withInfo(checked.analysis, settings.info);
    const specs = buildSheets(analysis, { documentDate: analysis.info.documentDate ?? todayIso() });
    progress("write", 0.75);
    await yieldToUi();
    const result = await port.writeSheets(specs);
    progress("write", 1);
    return { ok: true, analysis, result, names: specs.map((s) => result.names[s.name] ?? s.name) };
  } catch (e) {
    return failure(e, lang);
  }
}

/** "F12" (with the finding's sheet) → a cell reference, or null when the finding has no place. */
export function findingRef(f: Finding): CellRef | null {
  if (!f.sheet || !f.cell) return null;
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(f.cell);
  if (!m) return null;
  return { sheet: f.sheet, row: Number(m[2]), col: columnNumber(m[1]) };
}

export async function selectFinding(
  port: PanePort,
  f: Finding,
  lang: Lang
): Promise<string | null> {
  const ref = findingRef(f);
  if (!ref) return null;
  try {
    await port.select(ref);
    return null;
  } catch (e) {
    return describeExcelError(e, lang).message;
  }
}

export const SETTING_KEYS = ["policyChoice", "paymentDate", "info"] as const;

export async function loadSettings(port: PanePort): Promise<Partial<PaneSettings>> {
  try {
    const raw = await port.readSettings([...SETTING_KEYS]);
    const out: Partial<PaneSettings> = {};
    if (typeof raw.policyChoice === "string") out.policyChoice = raw.policyChoice;
    if (typeof raw.paymentDate === "string") out.paymentDate = raw.paymentDate;
    if (raw.info && typeof raw.info === "object") out.info = raw.info as InfoOverrides;
    return out;
  } catch {
    // A workbook without settings support still works, with defaults.
    return {};
  }
}

export async function insertSample(
  port: PanePort,
  lang: Lang
): Promise<{ ok: true; names: string[] } | { ok: false; message: string }> {
  try {
    // The sample is large and rarely used: it is its own chunk, loaded on demand.
    const [{ buildSampleDistrict }, { sampleToSpec }] = await Promise.all([
      import(/* webpackChunkName: "sample" */ "../engine/sample/giang-thanh"),
      import(/* webpackChunkName: "sample" */ "./sample"),
    ]);
    const specs = buildSampleDistrict().map(sampleToSpec);
    return { ok: true, names: await port.insertSheets(specs) };
  } catch (e) {
    return { ok: false, message: describeExcelError(e, lang).message };
  }
}

export type PolicySheetOutcome =
  { ok: true; sheet: string; findings: Finding[] } | { ok: false; message: string };

/** Write the policy as the "Quy định" sheet, then read it back exactly as a run would. */
export async function writePolicySheet(
  port: PanePort,
  policy: Policy,
  lang: Lang
): Promise<PolicySheetOutcome> {
  try {
    const { policyToSheetSpec, readPolicySheet } = await import(
      /* webpackChunkName: "policy" */ "../engine/policy/policy-sheet"
    );
    const spec = policyToSheetSpec(policy);
    const res = await port.writeSheets([spec]);
    const sheet = res.names[spec.name] ?? spec.name;
    const [grid] = await port.readGrids([sheet]);
    return { ok: true, sheet, findings: readPolicySheet(grid).findings };
  } catch (e) {
    return { ok: false, message: describeExcelError(e, lang).message };
  }
}

/**
 * Store the pane's column corrections in the workbook. A workbook that refuses (protected,
 * read-only) keeps them for this session only: the message says so, the runs still use them.
 */
export async function saveCorrections(
  port: PanePort,
  corrections: MappingCorrections,
  lang: Lang
): Promise<string | null> {
  if (!port.writeMapping) return null;
  try {
    await port.writeMapping(corrections);
    return null;
  } catch (e) {
    return describeExcelError(e, lang).message;
  }
}
