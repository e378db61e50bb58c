import { officeWorkbookPort } from "../excel/port";
import { langOf } from "../taskpane/strings";
import { describeFailure, type PanePort } from "../taskpane/controller";
import {
  createDinhBien,
  DEFAULT_SETTINGS,
  requestFromSettings,
  type WorkbookSettings,
} from "../app";
import type { Analysis, Lang } from "../engine";
import { messageSheet } from "./message-sheet";

/**
 * Ribbon commands that run without the pane. Excel has no toast API for add-ins, so the result
 * is shown in the workbook: "Kiểm tra" writes and opens the Kiểm tra sheet; "Tạo bảng" writes all
 * five and opens Tổng hợp. A run that cannot start (no roster, Excel busy) writes a one-message
 * Kiểm tra sheet saying why. event.completed() is always called. Both run the application service
 * with the settings the pane saved in the workbook, as the pane would.
 */

const app = createDinhBien();

async function savedSettings(port: PanePort): Promise<WorkbookSettings> {
  return { ...DEFAULT_SETTINGS, ...(await app.loadSettings(port)) };
}

async function showFailure(port: PanePort, e: unknown, lang: Lang): Promise<void> {
  const { message } = describeFailure(e, lang);
  await port.writeSheets([messageSheet(message, lang)]).catch(() => undefined);
}

export async function checkCommand(port: PanePort, lang: Lang): Promise<void> {
  const settings = await savedSettings(port);
  let analysis: Analysis;
  try {
    analysis = await app.check(port, requestFromSettings(settings, lang));
  } catch (e) {
    await showFailure(port, e, lang);
    return;
  }
  const { specs } = app.documents(analysis, { info: settings.info, kinds: ["findings"] });
  await port.writeSheets(specs);
}

export async function generateCommand(port: PanePort, lang: Lang): Promise<void> {
  const settings = await savedSettings(port);
  try {
    await app.generate(port, requestFromSettings(settings, lang), { info: settings.info });
  } catch (e) {
    await showFailure(port, e, lang);
  }
}

function wrap(fn: (port: PanePort, lang: Lang) => Promise<void>) {
  return async (event: Office.AddinCommands.Event) => {
    try {
      await fn(officeWorkbookPort(), langOf(Office.context?.displayLanguage));
    } catch {
      // Nothing more can be shown without the pane; the workbook is left as it was.
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  Office.actions.associate("checkRoster", wrap(checkCommand));
  Office.actions.associate("generateTables", wrap(generateCommand));
});
