import {
  columnNumber,
  type CellRef,
  type Finding,
  type Lang,
  type MappingCorrections,
  type SheetSpec,
  type WorkbookPort,
  type WriteResult,
} from "../engine/light";
import {
  readWorkbookSettings,
  writeWorkbookSettings,
  type SettingsStore,
  type WorkbookSettings,
} from "../app/settings";
import { describeExcelError } from "../excel/errors";
import type { SheetPlan } from "../excel/write-plan";
import type { PaneSettings } from "./state";

/**
 * The pane's port, and what the pane does with it alone, without the engine: settings, column
 * corrections, going to a finding's cell. These run on the main thread as soon as the pane
 * opens; everything that needs the engine (check, generate, the sample, the policy sheet, the
 * communes' files) runs in the engine's Web Worker (engine-client.ts, controller.ts).
 */

/** The port the pane needs: the engine's WorkbookPort plus the Excel-only extras. */
export interface PanePort extends WorkbookPort, SettingsStore {
  select(ref: CellRef): Promise<void>;
  activeSelection(): Promise<{ sheet: string; address: string }>;
  insertSheets(specs: Omit<SheetSpec, "kind">[]): Promise<string[]>;
  highlight(refs: CellRef[]): Promise<void>;
  clearHighlights(): Promise<number>;
  /** How many cells these sheets' used ranges span (the ribbon's size guard); optional. */
  usedCells?(sheets: string[]): Promise<number>;
  /**
   * Store the column corrections in the workbook (its "DinhBien_Cột" sheet); optional.
   * `changed`: only these sheets' entries are replaced, the others' stored ones are kept.
   */
  writeMapping?(corrections: MappingCorrections, changed?: string[]): Promise<void>;
  /** Communes' workbooks (ExcelApi 1.13: insertWorksheetsFromBase64); optional. */
  canImportWorkbooks?(): boolean;
  importWorkbook?(base64: string): Promise<string[]>;
  deleteSheets?(names: string[]): Promise<void>;
  /** Rename one sheet (its formulas and names follow, as in Excel); optional. */
  renameSheet?(from: string, to: string): Promise<void>;
  /**
   * Tell `listener` the name of each sheet the checks read when its data changes (the clerk's
   * edits; not the generated documents); optional (worksheets.onChanged, ExcelApi 1.9).
   */
  watchInputChanges?(listener: (sheet: string) => void): Promise<void>;
  /**
   * writeSheets / insertSheets with the calls planned elsewhere (src/excel/write-plan.ts): the
   * engine's worker plans them beside the sheet specs, the main thread only makes the calls.
   */
  writePlannedSheets?(plans: SheetPlan[], options?: { activate?: boolean }): Promise<WriteResult>;
  insertPlannedSheets?(plans: SheetPlan[]): Promise<string[]>;
}

export type SettingsOutcome =
  { ok: true; settings: Partial<PaneSettings> } | { ok: false; message: string; detail?: string };

/**
 * The settings saved in the workbook. A failed read is a failure the pane shows (with a retry),
 * never the defaults in disguise: running with the default policy and no payment date would give
 * other amounts, and "Lưu" would then overwrite what the clerk saved.
 */
export async function loadSettings(port: PanePort, lang: Lang = "vi"): Promise<SettingsOutcome> {
  try {
    return { ok: true, settings: await readWorkbookSettings(port) };
  } catch (e) {
    const d = describeExcelError(e, lang);
    const lead =
      lang === "en"
        ? "The settings saved in this workbook could not be read; nothing was run or saved."
        : "Không đọc được thiết lập đã lưu trong sổ tính; chưa chạy và chưa lưu gì.";
    return { ok: false, message: `${lead} ${d.message}`, detail: d.detail };
  }
}

/** Save settings in the workbook; resolves to an error message, or null when saved. */
export async function saveSettings(
  port: PanePort,
  values: Partial<WorkbookSettings>,
  lang: Lang
): Promise<string | null> {
  try {
    await writeWorkbookSettings(port, values);
    return null;
  } catch (e) {
    return describeExcelError(e, lang).message;
  }
}

/** The sheets whose corrections differ between two sets (what a change touched). */
export function changedSheets(before: MappingCorrections, after: MappingCorrections): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/**
 * Store the pane's column corrections in the workbook. A workbook that refuses (protected,
 * read-only) keeps them for this session only: the message says so, the runs still use them.
 */
export async function saveCorrections(
  port: PanePort,
  corrections: MappingCorrections,
  lang: Lang,
  before?: MappingCorrections
): Promise<string | null> {
  if (!port.writeMapping) return null;
  try {
    await port.writeMapping(corrections, before ? changedSheets(before, corrections) : undefined);
    return null;
  } catch (e) {
    return describeExcelError(e, lang).message;
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
