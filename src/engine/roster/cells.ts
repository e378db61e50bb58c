import type { CellError, CellRange, CellValue, Grid } from "../types";
import { cleanText } from "../text/fold";

/**
 * Reading a Grid defensively: rows may be ragged or missing, coordinates are 1-based sheet
 * coordinates, and any cell may hold an error value. Nothing here throws.
 */

export function isCellError(v: unknown): v is CellError {
  return (
    typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string"
  );
}

/** The cell at 1-based sheet coordinates; null outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const cells = Array.isArray(grid.cells) ? grid.cells : [];
  const r = cells[row - grid.firstRow];
  if (!Array.isArray(r)) return null;
  const v = r[col - grid.firstCol];
  return v === undefined ? null : v;
}

/** Row values of a 1-based sheet row (the grid's own array; empty outside the grid). */
export function rowAt(grid: Grid, row: number): readonly CellValue[] {
  const cells = Array.isArray(grid.cells) ? grid.cells : [];
  const r = cells[row - grid.firstRow];
  return Array.isArray(r) ? r : [];
}

export function lastRowOf(grid: Grid): number {
  return grid.firstRow + (Array.isArray(grid.cells) ? grid.cells.length : 0) - 1;
}

/** Whether a cell holds anything a clerk can see (errors count: they are visible). */
export function isFilled(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  // Cheap test (this runs on every cell of every row): something besides spaces and invisibles.
  if (typeof v === "string") return /[^\s\u200B-\u200D\u2060\u180E\u00AD\uFEFF]/.test(v);
  if (typeof v === "number") return !Number.isNaN(v);
  return true;
}

/**
 * A cell as text: strings cleaned, numbers as written by JS, booleans as Excel shows them;
 * error values and empty cells give "" (an error is not readable text).
 */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string")
    return v.length > 10_000 ? cleanText(v.slice(0, 10_000)) : cleanText(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return "";
}

/** A cell as the clerk sees it, for messages: error values show their code ("#N/A"). */
export function displayText(v: CellValue | undefined): string {
  if (isCellError(v)) return v.error;
  const t = cellText(v);
  return t.length > 200 ? `${t.slice(0, 200)}…` : t;
}

/** Text that is only a number ("12", "1,5", "(3)"): numbering or quantities, never a label. */
export function isNumericText(t: string): boolean {
  return /^[\d.,\s()[\]]+$/.test(t);
}

/** Valid merges only (1-based, top ≤ bottom, left ≤ right). */
export function mergesOf(grid: Grid): CellRange[] {
  const ms = Array.isArray(grid.merges) ? grid.merges : [];
  return ms.filter(
    (m) =>
      m !== null &&
      typeof m === "object" &&
      Number.isFinite(m.top) &&
      Number.isFinite(m.left) &&
      Number.isFinite(m.bottom) &&
      Number.isFinite(m.right) &&
      m.top <= m.bottom &&
      m.left <= m.right
  );
}

/** A numbering cell of the row under a header: 1, "(1)", "A", "(4)=(2)x(3)". */
const NUMBERING_TOKEN =
  /^[([]?\s*(?:\d{1,3}|[A-Z]{1,2})\s*[)\]]?(?:\s*[=x×*+\-/:]\s*[([]?\s*(?:\d{1,3}|[A-Z]{1,2})\s*[)\]]?)*$/;

/** The numbering row some forms have under the header ("1 2 3 …", "(1) (2) …", "A B 1 2"). */
export function isNumberingRow(values: readonly CellValue[]): boolean {
  let tokens = 0;
  for (const v of values) {
    if (!isFilled(v)) continue;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 999) return false;
    } else if (typeof v === "string") {
      if (!NUMBERING_TOKEN.test(cleanText(v))) return false;
    } else {
      return false;
    }
    tokens++;
  }
  return tokens >= 2;
}

/**
 * Remembers a function of a cell value. Roster columns repeat the same few values (titles,
 * decisions, communes, dates, coefficients) on thousands of rows: folding each once keeps a
 * 200,000-row roster fast. Long strings and non-primitive values are not remembered.
 */
export class CellMemo<V> {
  private readonly strings = new Map<string, V>();
  private readonly numbers = new Map<number, V>();

  constructor(private readonly fn: (v: CellValue) => V) {}

  get(v: CellValue): V {
    if (typeof v === "string") return v.length > 300 ? this.fn(v) : this.lookup(this.strings, v);
    if (typeof v === "number") return this.lookup(this.numbers, v);
    return this.fn(v);
  }

  private lookup<K extends string | number>(map: Map<K, V>, key: K): V {
    const hit = map.get(key);
    if (hit !== undefined || map.has(key)) return hit as V;
    const value = this.fn(key);
    if (map.size >= 50_000) map.clear();
    map.set(key, value);
    return value;
  }
}
