import { officeWorkbookPort } from "../excel/port";
import { describeExcelError } from "../excel/errors";
import { langOf, STRINGS } from "../taskpane/strings";
import { localEngine, type RibbonEngine } from "../taskpane/engine-client";
import type { PanePort } from "../taskpane/pane-port";
import type { Phase } from "../taskpane/state";
import type { Lang } from "../engine/light";
import type { CommandOutcome } from "./operations";
import { messageSheet } from "./message-sheet";

/**
 * Ribbon commands that run without the pane. "Kiểm tra" writes and opens the Kiểm tra sheet;
 * "Tạo bảng" writes all five and opens Tổng hợp. Whatever happens, the clerk is told:
 * - a run that cannot start or fails (no roster, Excel busy, settings unreadable, a write refused)
 *   writes a one-message Kiểm tra sheet saying why and what to do;
 * - when even that cannot be written, or anything else goes wrong, a dialog (message.html,
 *   Office.context.ui.displayDialogAsync) shows the message. Nothing is swallowed.
 * - a roster above PROGRESS_CELLS input cells gets a small progress dialog (message.html in its
 *   progress form) saying the phase, closed when the run ends, before any message is shown;
 * - a roster larger than COMMAND_CELL_LIMIT cells is not run from the ribbon (a command has at
 *   most five minutes): the clerk is sent to the pane.
 * The analysis, the sheet specs and the write plan are built on the pane's engine worker
 * (src/taskpane/engine.worker.ts, running src/commands/operations.ts); this thread makes only the
 * Office calls the worker asks for and passes messages (entry.ts gives registerCommands the
 * engine). It imports the engine through src/engine/light.ts only (test/architecture).
 * event.completed() is always called, once.
 */

/** Above this many input cells (≈ 30,000 roster rows of 10 columns) the ribbon defers to the pane. */
export const COMMAND_CELL_LIMIT = 300_000;

/**
 * Above this many input cells (≈ 2,000 roster rows of 10 columns) a command shows its progress.
 * Below it the whole run (reading in a few requests, the analysis in a fraction of a second) takes
 * about as long as a dialog needs to open, so a dialog would only flash; above it the run lasts
 * seconds (tens of seconds near the limit) with nothing else on screen to say Excel is working.
 */
export const PROGRESS_CELLS = 20_000;

/** Where the engine runs: here until registerCommands says (entry.ts: the engine worker). */
let engine: RibbonEngine = localEngine();

const TOO_LARGE = {
  vi: (cells: number) =>
    `Danh sách lớn (${cells.toLocaleString("vi-VN")} ô): nút trên dải băng có thể bị Excel dừng sau 5 phút. Hãy mở ngăn Định Biên (nút "Mở Định Biên") và chạy Kiểm tra hoặc Tạo bảng từ đó: ngăn hiển thị tiến độ.`,
  en: (cells: number) =>
    `Large roster (${cells.toLocaleString("en-US")} cells): a ribbon command may be stopped by Excel after 5 minutes. Open the Định Biên pane and run the check or the tables from there: it shows progress.`,
};

/** What the progress dialog says when it cannot be updated (no DialogApi 1.2). */
const WORKING = { vi: "Đang chạy…", en: "Working…" };

const officeUi = (): Office.UI | undefined =>
  (typeof Office !== "undefined" ? Office.context?.ui : undefined) as Office.UI | undefined;

/** message.html (next to commands.html) with these query parameters. */
function dialogUrl(params: Record<string, string>): string {
  const here = typeof location !== "undefined" ? location.href : "https://localhost:3000/";
  const url = new URL("message.html", here);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

/**
 * Open a dialog; null (and the reason on the console) when Office cannot. `listen` registers its
 * handlers as soon as it is open, before the page can say anything.
 */
function openDialog(
  url: string,
  size: { height: number; width: number },
  what: string,
  listen: (dialog: Office.Dialog) => void
): Promise<Office.Dialog | null> {
  const ui = officeUi();
  if (!ui?.displayDialogAsync) {
    // No dialog API (a very old host): the console is all that is left; still not swallowed.
    console.error(`Định Biên: ${what}`);
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    try {
      ui.displayDialogAsync(url, { ...size, displayInIframe: true }, (r) => {
        if (r.status === Office.AsyncResultStatus.Succeeded) {
          listen(r.value);
          resolve(r.value);
        } else {
          console.error(`Định Biên: ${what} (${r.error?.message ?? "no dialog"})`);
          resolve(null);
        }
      });
    } catch (e) {
      console.error(`Định Biên: ${what} (${e instanceof Error ? e.message : String(e)})`);
      resolve(null);
    }
  });
}

/** The last resort: a dialog with the message; resolves when it is open (or cannot be). */
export async function showDialog(message: string, lang: Lang): Promise<void> {
  await openDialog(dialogUrl({ lang, m: message }), { height: 30, width: 35 }, message, (d) =>
    // "Đóng" in the dialog asks for it to be closed.
    d.addEventHandler(Office.EventType.DialogMessageReceived, () => d.close())
  );
}

/** A progress dialog: `phase` says where the run is; `close` when it ends. */
interface ProgressDialog {
  phase(phase: Phase): void;
  close(): Promise<void>;
}

/**
 * Open the progress dialog (message.html?p=…). The run does not wait for it to open. With
 * DialogApi 1.2 each new phase is sent to it (dialog.messageChild) once the page says it listens
 * ("ready"); without, it says "Đang chạy…" throughout. The clerk may close it: the run goes on.
 */
function openProgress(lang: Lang): ProgressDialog {
  const live = Office.context?.requirements?.isSetSupported?.("DialogApi", "1.2") ?? false;
  const text = (p: Phase) => STRINGS[lang].phases[p];
  let current = live ? text("read") : WORKING[lang];
  let shown = current;
  let ready = false;
  let gone = false;
  const send = (dialog: Office.Dialog) => {
    if (!ready || gone || shown === current) return;
    shown = current;
    dialog.messageChild(current);
  };
  const opened = openDialog(
    dialogUrl({ lang, p: current }),
    { height: 20, width: 30 },
    current,
    (d) => {
      d.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if ("message" in arg && arg.message === "ready" && live) {
          ready = true;
          send(d);
        }
      });
      // The clerk closed it (its ×): nothing more is sent, nor closed.
      d.addEventHandler(Office.EventType.DialogEventReceived, () => (gone = true));
    }
  );
  return {
    phase(p) {
      if (!live) return;
      current = text(p);
      void opened.then((dialog) => dialog && send(dialog));
    },
    async close() {
      const dialog = await opened;
      if (dialog && !gone) {
        gone = true;
        dialog.close();
      }
    },
  };
}

/** Say a failure: the message sheet, or the dialog when the sheet cannot be written. */
async function tell(port: PanePort, message: string, lang: Lang): Promise<void> {
  try {
    await port.writeSheets([messageSheet(message, lang)]);
  } catch (e) {
    // The sheet is refused too (say, the workbook became read-only): the dialog says the failure.
    console.error(`Định Biên: ${describeExcelError(e, lang).message}`);
    await showDialog(message, lang);
  }
}

/** The input cells the command would read; null when the port cannot say. */
async function inputCells(port: PanePort): Promise<number | null> {
  if (!port.usedCells) return null;
  const sheets = await port.listSheets();
  const inputs = sheets.filter((s) => !s.generatedKind || s.generatedKind === "policy");
  return port.usedCells(inputs.map((s) => s.name));
}

type Command = "ribbonCheck" | "ribbonGenerate";

/** Run one command on the engine; every failure becomes a message to the clerk. */
async function runCommand(command: Command, port: PanePort, lang: Lang): Promise<void> {
  const on = engine;
  try {
    const cells = await inputCells(port);
    if (cells !== null && cells > COMMAND_CELL_LIMIT) {
      await showDialog(TOO_LARGE[lang](cells), lang);
      return;
    }
    const progress = cells !== null && cells > PROGRESS_CELLS ? openProgress(lang) : null;
    let out: CommandOutcome;
    try {
      out = await on[command](port, lang, (phase) => progress?.phase(phase));
    } finally {
      // Closed before any message: Office shows one dialog at a time.
      await progress?.close();
    }
    if (!out.ok) await tell(port, out.message, lang);
  } catch (e) {
    await tell(port, describeExcelError(e, lang).message, lang);
  }
}

export const checkCommand = (port: PanePort, lang: Lang): Promise<void> =>
  runCommand("ribbonCheck", port, lang);

export const generateCommand = (port: PanePort, lang: Lang): Promise<void> =>
  runCommand("ribbonGenerate", port, lang);

function wrap(fn: (port: PanePort, lang: Lang) => Promise<void>) {
  return async (event: Office.AddinCommands.Event) => {
    const lang = langOf(Office.context?.displayLanguage);
    try {
      await fn(officeWorkbookPort(), lang);
    } catch (e) {
      // Not even the message sheet could be written (runCommand already tried): the dialog.
      await showDialog(describeExcelError(e, lang).message, lang);
    } finally {
      event.completed();
    }
  };
}

/** Register the ribbon's handlers (call from Office.onReady) over `on`: where the engine runs. */
export function registerCommands(on: RibbonEngine): void {
  engine = on;
  Office.actions.associate("checkRoster", wrap(checkCommand));
  Office.actions.associate("generateTables", wrap(generateCommand));
}
