import { officeWorkbookPort } from "../excel/port";
import { langOf } from "../taskpane/strings";
import { describeFailure, type PanePort } from "../taskpane/controller";
import {
  createDinhBien,
  DEFAULT_SETTINGS,
  requestFromSettings,
  type Analyzer,
  type DinhBien,
  type WorkbookSettings,
} from "../app";
import type { Analysis, Lang } from "../engine";
import { messageSheet } from "./message-sheet";

/**
 * Ribbon commands that run without the pane. "Kiểm tra" writes and opens the Kiểm tra sheet;
 * "Tạo bảng" writes all five and opens Tổng hợp. Whatever happens, the clerk is told:
 * - a run that cannot start or fails (no roster, Excel busy, settings unreadable, a write refused)
 *   writes a one-message Kiểm tra sheet saying why and what to do;
 * - when even that cannot be written, or anything else goes wrong, a dialog (message.html,
 *   Office.context.ui.displayDialogAsync) shows the message. Nothing is swallowed.
 * - a roster larger than COMMAND_CELL_LIMIT cells is not run from the ribbon (a command has at
 *   most five minutes and no progress bar): the clerk is sent to the pane, which shows progress.
 * The engine runs in a Web Worker where the commands runtime has one (as in the pane; entry.ts
 * passes the worker analyzer to registerCommands), else here.
 * event.completed() is always called, once. Both run the application service with the settings
 * the pane saved in the workbook; settings that cannot be read stop the run (never the defaults).
 */

/** Above this many input cells (≈ 30,000 roster rows of 10 columns) the ribbon defers to the pane. */
export const COMMAND_CELL_LIMIT = 300_000;

let app: DinhBien = createDinhBien();

const TOO_LARGE = {
  vi: (cells: number) =>
    `Danh sách lớn (${cells.toLocaleString("vi-VN")} ô): nút trên dải băng có thể bị Excel dừng sau 5 phút. Hãy mở ngăn Định Biên (nút "Mở Định Biên") và chạy Kiểm tra hoặc Tạo bảng từ đó: ngăn hiển thị tiến độ.`,
  en: (cells: number) =>
    `Large roster (${cells.toLocaleString("en-US")} cells): a ribbon command may be stopped by Excel after 5 minutes. Open the Định Biên pane and run the check or the tables from there: it shows progress.`,
};

/** The last resort: a dialog with the message (message.html next to commands.html). */
export function showDialog(message: string, lang: Lang): Promise<void> {
  const ui = (typeof Office !== "undefined" ? Office.context?.ui : undefined) as
    Office.UI | undefined;
  if (!ui?.displayDialogAsync) {
    // No dialog API (a very old host): the console is all that is left; still not swallowed.
    console.error(`Định Biên: ${message}`);
    return Promise.resolve();
  }
  const here = typeof location !== "undefined" ? location.href : "https://localhost:3000/";
  const url = new URL("message.html", here);
  url.searchParams.set("lang", lang);
  url.searchParams.set("m", message);
  return new Promise((resolve) => {
    ui.displayDialogAsync(url.toString(), { height: 30, width: 35, displayInIframe: true }, (r) => {
      if (r.status === Office.AsyncResultStatus.Succeeded) {
        const dialog = r.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      } else console.error(`Định Biên: ${message} (${r.error?.message ?? "no dialog"})`);
      resolve();
    });
  });
}

/** Say a failure: the message sheet, or the dialog when the sheet cannot be written. */
async function tell(port: PanePort, message: string, lang: Lang): Promise<void> {
  try {
    await port.writeSheets([messageSheet(message, lang)]);
  } catch {
    await showDialog(message, lang);
  }
}

async function savedSettings(port: PanePort): Promise<WorkbookSettings> {
  return { ...DEFAULT_SETTINGS, ...(await app.loadSettings(port)) };
}

/** The input cells, when they are too many for a command; null when the command may run. */
async function tooLarge(port: PanePort): Promise<number | null> {
  if (!port.usedCells) return null;
  const sheets = await port.listSheets();
  const inputs = sheets.filter((s) => !s.generatedKind || s.generatedKind === "policy");
  const cells = await port.usedCells(inputs.map((s) => s.name));
  return cells > COMMAND_CELL_LIMIT ? cells : null;
}

/** Run one command; every failure becomes a message to the clerk. */
async function guarded(port: PanePort, lang: Lang, work: () => Promise<void>): Promise<void> {
  try {
    const cells = await tooLarge(port);
    if (cells !== null) {
      await showDialog(TOO_LARGE[lang](cells), lang);
      return;
    }
    await work();
  } catch (e) {
    await tell(port, describeFailure(e, lang).message, lang);
  }
}

export async function checkCommand(port: PanePort, lang: Lang): Promise<void> {
  await guarded(port, lang, async () => {
    const settings = await savedSettings(port);
    const analysis: Analysis = await app.check(port, requestFromSettings(settings, lang));
    const { specs } = app.documents(analysis, { info: settings.info, kinds: ["findings"] });
    await port.writeSheets(specs);
  });
}

export async function generateCommand(port: PanePort, lang: Lang): Promise<void> {
  await guarded(port, lang, async () => {
    const settings = await savedSettings(port);
    await app.generate(port, requestFromSettings(settings, lang), { info: settings.info });
  });
}

function wrap(fn: (port: PanePort, lang: Lang) => Promise<void>) {
  return async (event: Office.AddinCommands.Event) => {
    const lang = langOf(Office.context?.displayLanguage);
    try {
      await fn(officeWorkbookPort(), lang);
    } catch (e) {
      // Not even the message sheet could be written (guarded already tried): the dialog.
      await showDialog(describeFailure(e, lang).message, lang);
    } finally {
      event.completed();
    }
  };
}

/** Register the ribbon's handlers (call from Office.onReady); `analyzer`: where the engine runs. */
export function registerCommands(analyzer?: Analyzer): void {
  app = createDinhBien(analyzer ? { analyzer } : {});
  Office.actions.associate("checkRoster", wrap(checkCommand));
  Office.actions.associate("generateTables", wrap(generateCommand));
}
