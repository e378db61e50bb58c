import { MAPPING_SHEET, a1, mappingSheetCells, type MappingCorrections } from "../engine";
import type { RunBatch, XlCell, XlRequestContext } from "./api";

/**
 * Writes the column corrections into the workbook's very hidden "DinhBien_Cột" sheet (see
 * engine/roster/mapping-store.ts and docs/column-mapping.md), in one batch: the sheet is created
 * on first use, its old cells cleared, the new rows written. Reading needs nothing of its own: the
 * sheet is read with every other sheet and the engine recognises it. Kept apart from port.ts so
 * that the office-js port can call it whatever shape it takes.
 *
 * Very hidden (not just hidden): a clerk cannot unhide it from Excel's menu by accident, and it
 * does not show among the sheets to print. Its cells are text only, so nothing is recalculated.
 */
export async function writeMappingStore(
  run: RunBatch,
  corrections: MappingCorrections
): Promise<void> {
  const rows = mappingSheetCells(corrections);
  const width = Math.max(...rows.map((r) => r.length));
  const values: XlCell[][] = rows.map((r) =>
    Array.from({ length: width }, (_, i) => {
      const v = r[i];
      return v === null || v === undefined || typeof v === "object" ? "" : v;
    })
  );
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    let sheet = sheets.getItemOrNullObject(MAPPING_SHEET);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) sheet = sheets.add(MAPPING_SHEET);
    else {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowCount,columnCount");
      await context.sync();
      // Clear what an earlier, longer mapping left (values only: the sheet has no formats).
      if (!used.isNullObject) {
        const count = used.rowCount;
        if (count > rows.length) {
          const cols = used.columnCount;
          const blank: XlCell[][] = Array.from({ length: count }, () =>
            Array.from({ length: Math.max(cols, width) }, () => "")
          );
          sheet.getRange(`A1:${a1(count, Math.max(cols, width))}`).values = blank;
        }
      }
    }
    sheet.visibility = "VeryHidden";
    sheet.getRange(`A1:${a1(values.length, width)}`).values = values;
    await context.sync();
  });
}

/** writeMappingStore on the open workbook (the task pane's port adds it as `writeMapping`). */
export function officeWriteMapping(corrections: MappingCorrections): Promise<void> {
  const run = ((batch: (context: XlRequestContext) => Promise<unknown>) =>
    Excel.run((context) => batch(context as unknown as XlRequestContext))) as RunBatch;
  return writeMappingStore(run, corrections);
}
