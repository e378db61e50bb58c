import type { CellRef, CellValue, Grid } from "../types";
import { cleanText } from "../text/fold";

/**
 * Small readers over a Grid in 1-based sheet coordinates, shared by the register, information and
 * policy sheets. A merged range reads as its top-left value everywhere inside it, because a clerk
 * who merges "Phú Mỹ" over five hamlet rows means it for all five.
 */

export function lastRow(grid: Grid): number {
  return grid.firstRow + grid.cells.length - 1;
}

export function lastCol(grid: Grid): number {
  let w = 0;
  for (const r of grid.cells) w = Math.max(w, r.length);
  return grid.firstCol + w - 1;
}

function rawAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.cells[row - grid.firstRow];
  if (!r) return null;
  const v = r[col - grid.firstCol];
  return v === undefined ? null : v;
}

/** The value at (row, col), or the top-left value of a merge covering it. */
export function valueAt(grid: Grid, row: number, col: number): CellValue {
  for (const m of grid.merges ?? []) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right)
      return rawAt(grid, m.top, m.left);
  }
  return rawAt(grid, row, col);
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && cleanText(v) === "");
}

/** Display text of a cell: trimmed NFC text, numbers as written by JS, errors as their code. */
export function textOf(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return cleanText(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.error;
}

export function ref(grid: Grid, row: number, col: number): CellRef {
  return { sheet: grid.sheet, row, col };
}
