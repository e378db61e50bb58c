import type { CellRange } from "../engine/types";
import type { CellSpec, CellStyle, SheetSpec } from "../engine/sheets/spec";
import type { XlCell } from "./api";
import { protectText } from "./text";

/**
 * Turns a SheetSpec into a few large blocks, so the number of Excel operations grows with the
 * sheet's structure (styles, merges), not with its row count.
 */

export interface ValueBand {
  range: CellRange;
  /** Entries for range.values, or range.formulas when hasFormula. */
  rows: XlCell[][];
  hasFormula: boolean;
}

/** Bounding rows/cols of everything the spec puts on the sheet. */
export function specExtent(spec: Omit<SheetSpec, "kind">): { rows: number; cols: number } {
  let rows = 1;
  let cols = Math.max(1, spec.columnWidths.length);
  for (const c of spec.cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  for (const m of spec.merges) {
    rows = Math.max(rows, m.bottom);
    cols = Math.max(cols, m.right);
  }
  return { rows, cols };
}

function cellInput(c: CellSpec): XlCell {
  if (c.formula) return `=${c.formula}`;
  if (c.value === null) return "";
  if (typeof c.value === "number") return c.value;
  return protectText(c.value);
}

/**
 * The sheet's content as horizontal bands of whole rows (1..cols), at most maxCells cells each.
 * A band with a formula is written via `formulas` (constants in it are written as typed, with the
 * same text protection), others via `values`.
 */
export function valueBands(spec: Omit<SheetSpec, "kind">, maxCells = 50000): ValueBand[] {
  const { rows, cols } = specExtent(spec);
  if (spec.cells.length === 0) return [];
  const byRow = new Map<number, CellSpec[]>();
  for (const c of spec.cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const bandRows = Math.max(1, Math.floor(maxCells / cols));
  const bands: ValueBand[] = [];
  for (let top = 1; top <= rows; top += bandRows) {
    const bottom = Math.min(rows, top + bandRows - 1);
    const out: XlCell[][] = [];
    let hasFormula = false;
    for (let r = top; r <= bottom; r++) {
      const line: XlCell[] = new Array<XlCell>(cols).fill("");
      for (const c of byRow.get(r) ?? []) {
        line[c.col - 1] = cellInput(c);
        if (c.formula) hasFormula = true;
      }
      out.push(line);
    }
    bands.push({ range: { top, left: 1, bottom, right: cols }, rows: out, hasFormula });
  }
  return bands;
}

export interface StyleRect {
  range: CellRange;
  styleKey: string;
  style: CellStyle;
}

/**
 * Rectangles of cells sharing a style: runs along each row, then identical runs stacked over
 * consecutive rows. A style with a border on only one side of a pair (top without bottom, left
 * without right) is not stretched across that direction, because Excel's Inside borders would
 * draw lines the spec does not have.
 */
export function styleRects(spec: Omit<SheetSpec, "kind">): StyleRect[] {
  const grid = new Map<number, Map<number, string>>();
  for (const c of spec.cells) {
    if (!c.style || !spec.styles[c.style]) continue;
    let row = grid.get(c.row);
    if (!row) grid.set(c.row, (row = new Map()));
    row.set(c.col, c.style);
  }
  const canStretchDown = (s: CellStyle) => Boolean(s.border?.top) === Boolean(s.border?.bottom);
  const canStretchRight = (s: CellStyle) => Boolean(s.border?.left) === Boolean(s.border?.right);

  const open = new Map<string, StyleRect>();
  const done: StyleRect[] = [];
  const rows = [...grid.keys()].sort((a, b) => a - b);
  let prevRow = -1;
  for (const r of rows) {
    const cols = [...grid.get(r)!.entries()].sort((a, b) => a[0] - b[0]);
    const runs: { left: number; right: number; key: string }[] = [];
    for (const [col, key] of cols) {
      const last = runs[runs.length - 1];
      if (last && last.key === key && last.right === col - 1 && canStretchRight(spec.styles[key]))
        last.right = col;
      else runs.push({ left: col, right: col, key });
    }
    const stillOpen = new Map<string, StyleRect>();
    for (const run of runs) {
      const id = `${run.left}:${run.right}:${run.key}`;
      const prev = open.get(id);
      if (prev && prevRow === r - 1 && canStretchDown(spec.styles[run.key])) {
        prev.range.bottom = r;
        stillOpen.set(id, prev);
        open.delete(id);
      } else {
        stillOpen.set(id, {
          range: { top: r, left: run.left, bottom: r, right: run.right },
          styleKey: run.key,
          style: spec.styles[run.key],
        });
      }
    }
    for (const rect of open.values()) done.push(rect);
    open.clear();
    for (const [k, v] of stillOpen) open.set(k, v);
    prevRow = r;
  }
  for (const rect of open.values()) done.push(rect);
  return done;
}

/** Consecutive keys with the same value: [{from, to, value}], keys ascending. */
export function runsOf(map: Map<number, number>): { from: number; to: number; value: number }[] {
  const keys = [...map.keys()].sort((a, b) => a - b);
  const out: { from: number; to: number; value: number }[] = [];
  for (const k of keys) {
    const v = map.get(k)!;
    const last = out[out.length - 1];
    if (last && last.to === k - 1 && last.value === v) last.to = k;
    else out.push({ from: k, to: k, value: v });
  }
  return out;
}

/** Excel character-unit width → points (Calibri 11: 7 px per character + 5 px padding, 0,75 pt/px). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function mmToPoints(mm: number): number {
  return Math.round(((mm * 72) / 25.4) * 100) / 100;
}
