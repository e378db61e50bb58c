import type { CellRange, CellValue, Grid } from "../../src/engine/types";
import { columnNumber } from "../../src/engine/grid/address";

/** A grid written by hand: rows from sheet row 1 (or `firstRow`), column A first. */
export function grid(sheet: string, rows: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return { sheet, firstRow: 1, firstCol: 1, cells: rows, ...extra };
}

/** "C4:D4" → a merge range. */
export function merge(range: string): CellRange {
  const [a, b] = range.split(":");
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) throw new Error(`bad ref ${ref}`);
    return { col: columnNumber(m[1]), row: Number(m[2]) };
  };
  const p = parse(a);
  const q = parse(b ?? a);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** `n` empty rows. */
export function blank(n: number): CellValue[][] {
  return Array.from({ length: n }, () => []);
}
