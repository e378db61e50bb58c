import {
  MAPPING_SHEET,
  a1,
  mappingSheetCells,
  readMappingGrid,
  type MappingCorrections,
} from "../engine/light";
import { toCellValue } from "./read";
import { officeRun } from "./office-run";
import type { RunBatch, XlCell } from "./api";

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
/**
 * `changed`: the sheets whose corrections the clerk changed. Given, the stored mapping is read in
 * the same batch and only those sheets' entries are replaced (removed when absent from
 * `corrections`): a correction on one sheet never erases another sheet's, even when the pane
 * had not read them all.
 */
export async function writeMappingStore(
  run: RunBatch,
  corrections: MappingCorrections,
  changed?: string[]
): Promise<void> {
  const toValues = (c: MappingCorrections): { values: XlCell[][]; width: number } => {
    const rows = mappingSheetCells(c);
    const width = Math.max(...rows.map((r) => r.length));
    const values: XlCell[][] = rows.map((r) =>
      Array.from({ length: width }, (_, i) => {
        const v = r[i];
        return v === null || v === undefined || typeof v === "object" ? "" : v;
      })
    );
    return { values, width };
  };
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    let sheet = sheets.getItemOrNullObject(MAPPING_SHEET);
    sheet.load("name");
    await context.sync();
    let merged = corrections;
    if (sheet.isNullObject) sheet = sheets.add(MAPPING_SHEET);
    else {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount,values");
      await context.sync();
      if (changed && !used.isNullObject) {
        const stored = readMappingGrid({
          sheet: MAPPING_SHEET,
          firstRow: used.rowIndex + 1,
          firstCol: used.columnIndex + 1,
          cells: (used.values ?? []).map((r) => r.map(toCellValue)),
        });
        merged = { ...stored };
        for (const name of changed) {
          if (corrections[name]) merged[name] = corrections[name];
          else delete merged[name];
        }
      }
      // Clear what an earlier, longer mapping left (values only: the sheet has no formats).
      const { values, width } = toValues(merged);
      if (!used.isNullObject) {
        const count = used.rowIndex + used.rowCount;
        if (count > values.length) {
          const cols = Math.max(used.columnIndex + used.columnCount, width);
          const blank: XlCell[][] = Array.from({ length: count }, () =>
            Array.from({ length: cols }, () => "")
          );
          sheet.getRange(`A1:${a1(count, cols)}`).values = blank;
        }
      }
    }
    const { values, width } = toValues(merged);
    sheet.visibility = "VeryHidden";
    sheet.getRange(`A1:${a1(values.length, width)}`).values = values;
    await context.sync();
  });
}

/** writeMappingStore on the open workbook (the task pane's port adds it as `writeMapping`). */
export function officeWriteMapping(
  corrections: MappingCorrections,
  changed?: string[]
): Promise<void> {
  return writeMappingStore(officeRun, corrections, changed);
}
