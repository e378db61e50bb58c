import type ExcelJS from "exceljs";
import { MAPPING_SHEET, mappingSheetCells, type MappingCorrections } from "../../src/engine";

/**
 * The column corrections written into an ExcelJS workbook's very hidden "DinhBien_Cột" sheet,
 * exactly as the task pane writes it (src/excel/mapping-store.ts): tests can prepare a workbook
 * the way a clerk's pane would have left it. The CLI itself only reads it (with every other sheet)
 * and never modifies its input.
 */
export function writeMappingSheet(
  workbook: ExcelJS.Workbook,
  corrections: MappingCorrections
): void {
  const old = workbook.getWorksheet(MAPPING_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(MAPPING_SHEET, { state: "veryHidden" });
  mappingSheetCells(corrections).forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== null && typeof v !== "object") ws.getCell(r + 1, c + 1).value = v;
    });
  });
}
