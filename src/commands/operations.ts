import {
  createDinhBien,
  DEFAULT_SETTINGS,
  requestFromSettings,
  type WorkbookSettings,
} from "../app";
import type { GeneratedSheetKind, Lang, WorkbookPort } from "../engine";
import { describeFailure, type Progress } from "../taskpane/controller";
import type { SettingsStore } from "../app";

/**
 * What the ribbon's Kiểm tra and Tạo bảng do with the engine. They run where the engine is: in
 * the engine's Web Worker (engine.worker.ts, the pane's), over a port whose calls the commands'
 * main thread makes on Excel, so the analysis, the sheet specs and the write plan are built off
 * that thread. Each reads the settings the pane saved in the workbook (a failed read stops the
 * run: never the defaults), runs the application service, writes, and answers with the sheets
 * written or the failure as the clerk reads it: a small answer, never the analysis itself.
 */
export type CommandOutcome = { ok: true; names: string[] } | { ok: false; message: string };

const app = createDinhBien();

async function savedSettings(port: SettingsStore): Promise<WorkbookSettings> {
  return { ...DEFAULT_SETTINGS, ...(await app.loadSettings(port)) };
}

/**
 * Check, build the documents, write them: all five (Tạo bảng: Tổng hợp opens), or `kinds` only
 * (Kiểm tra: the Kiểm tra sheet, opened).
 */
async function run(
  port: WorkbookPort & SettingsStore,
  lang: Lang,
  progress: Progress,
  kinds?: GeneratedSheetKind[]
): Promise<CommandOutcome> {
  try {
    const settings = await savedSettings(port);
    const out = await app.generate(
      port,
      requestFromSettings(settings, lang),
      { info: settings.info, ...(kinds ? { kinds } : {}) },
      progress
    );
    return { ok: true, names: out.names };
  } catch (e) {
    return { ok: false, message: describeFailure(e, lang).message };
  }
}

export const ribbonCheck = (
  port: WorkbookPort & SettingsStore,
  lang: Lang,
  progress: Progress
): Promise<CommandOutcome> => run(port, lang, progress, ["findings"]);

export const ribbonGenerate = (
  port: WorkbookPort & SettingsStore,
  lang: Lang,
  progress: Progress
): Promise<CommandOutcome> => run(port, lang, progress);
