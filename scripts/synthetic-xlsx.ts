/**
 * Synthetic grids (./synthetic.ts) as an .xlsx workbook, for the read benchmark and headless
 * generation. Kept apart from the generator so that importing the generator never pulls in ExcelJS.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../src/engine/types";

/** Plain grids → an ExcelJS workbook (error cells become Excel errors, numbers stay numbers). */
export function gridsToWorkbook(grids: Grid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Định Biên synthetic";
  wb.created = new Date(Date.UTC(2019, 0, 15));
  wb.modified = wb.created;
  for (const g of grids) {
    const ws = wb.addWorksheet(g.sheet);
    g.cells.forEach((row, i) => {
      const values = row.map((v) => (v !== null && typeof v === "object" ? { error: v.error } : v));
      const target = ws.getRow(g.firstRow + i);
      values.forEach((v, j) => {
        if (v !== null && v !== undefined)
          target.getCell(g.firstCol + j).value = v as ExcelJS.CellValue;
      });
    });
  }
  return wb;
}

/** Write synthetic grids as an .xlsx file (for the read benchmark and headless generation). */
export async function writeSyntheticWorkbook(grids: Grid[], path: string): Promise<void> {
  await gridsToWorkbook(grids).xlsx.writeFile(path);
}
