import { officeWorkbookPort } from "../excel/port";
import { langOf } from "../taskpane/strings";
import { runCheck, runGenerate, type PanePort } from "../taskpane/controller";
import { EMPTY_SETTINGS } from "../taskpane/state";
import { loadSettings } from "../taskpane/controller";
import { buildSheets } from "../engine/sheets/build";
import type { Lang } from "../engine/types";
import { messageSheet } from "./message-sheet";

/**
 * Ribbon commands that run without the pane. Excel has no toast API for add-ins, so the result
 * is shown in the workbook: "Kiểm tra" writes and opens the Kiểm tra sheet; "Tạo bảng" writes all
 * five and opens Tổng hợp. A run that cannot start (no roster, Excel busy) writes a one-message
 * Kiểm tra sheet saying why. event.completed() is always called.
 */

async function settingsOf(port: PanePort) {
  return { ...EMPTY_SETTINGS, ...(await loadSettings(port)) };
}

export async function checkCommand(port: PanePort, lang: Lang): Promise<void> {
  const settings = await settingsOf(port);
  const out = await runCheck(port, settings, lang, () => undefined);
  if (!out.ok) {
    await port.writeSheets([messageSheet(out.message, lang)]).catch(() => undefined);
    return;
  }
  const date = out.analysis.info.documentDate ?? new Date().toISOString().slice(0, 10);
  const findings = buildSheets(out.analysis, { documentDate: date }).filter(
    (s) => s.kind === "findings"
  );
  await port.writeSheets(findings);
}

export async function generateCommand(port: PanePort, lang: Lang): Promise<void> {
  const settings = await settingsOf(port);
  const out = await runGenerate(port, settings, lang, () => undefined);
  if (!out.ok) await port.writeSheets([messageSheet(out.message, lang)]).catch(() => undefined);
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
