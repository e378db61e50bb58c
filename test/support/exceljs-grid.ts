import ExcelJS from "exceljs";
import type { CellRange, CellValue, Grid } from "../../src/engine";

/**
 * An in-memory ExcelJS worksheet as the engine's grid: only for workbooks that tests build with
 * ExcelJS, and for the old read the bench measures. Files are read by src/xlsx/package.ts, which
 * never loads ExcelJS.
 */

const DAY_MS = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 system (ExcelJS converts with the same constant). */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * A JS Date from ExcelJS (it decodes date-formatted serials as UTC instants) → the 1900-system
 * serial. Whole days stay whole: 2010-03-05 → 40242. In a 1904-system workbook ExcelJS has already
 * shifted to the real date, so the 1900 serial of that date is still right.
 */
export function dateToSerial(d: Date): number {
  const serial = d.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
  // A whole day stays a whole number (ExcelJS rounds to the millisecond on the way in).
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-8 ? whole : serial;
}

type RichTextRun = { text?: string };

function richTextToString(runs: RichTextRun[]): string {
  return runs.map((r) => r.text ?? "").join("");
}

/** ExcelJS cell value → engine cell value. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) return richTextToString(o.richText as RichTextRun[]);
    // Formula (plain, shared or array): its cached result, null when the file has none.
    if ("formula" in o || "sharedFormula" in o) return "result" in o ? toCellValue(o.result) : null;
    // Hyperlink: its text (which can itself be rich text).
    if ("hyperlink" in o || "text" in o) return toCellValue(o.text);
  }
  return null;
}

interface MergeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The used range of a worksheet: from the first to the last row and column holding a value.
 * Merged cells other than the top-left one read as null (as in office-js).
 */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const rows: { r: number; cells: { c: number; v: CellValue }[] }[] = [];
  const hiddenRows: number[] = [];

  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    const cells: { c: number; v: CellValue }[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged cell other than the master repeats the master's value in ExcelJS.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = toCellValue(cell.value);
      if (v === null || v === "") return;
      cells.push({ c, v });
      if (c < left) left = c;
      if (c > right) right = c;
    });
    if (cells.length > 0) {
      rows.push({ r, cells });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
    }
  });

  const merges: CellRange[] = [];
  const rawMerges = (ws as unknown as { _merges?: Record<string, MergeLike> })._merges ?? {};
  for (const m of Object.values(rawMerges)) {
    if (m) merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);

  const hiddenCols: number[] = [];
  const columns = (ws.columns ?? []) as ExcelJS.Column[];
  columns.forEach((col, i) => {
    if (col && col.hidden) hiddenCols.push(col.number ?? i + 1);
  });

  if (rows.length === 0) {
    return { sheet: ws.name, firstRow: 1, firstCol: 1, cells: [], merges, hiddenRows, hiddenCols };
  }
  const cells: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) cells.push([]);
  const width = right - left + 1;
  for (const { r, cells: rowCells } of rows) {
    const line: CellValue[] = new Array<CellValue>(width).fill(null);
    for (const { c, v } of rowCells) line[c - left] = v;
    cells[r - top] = line;
  }
  for (let i = 0; i < cells.length; i++)
    if (cells[i].length === 0) cells[i] = new Array<CellValue>(width).fill(null);
  return { sheet: ws.name, firstRow: top, firstCol: left, cells, merges, hiddenRows, hiddenCols };
}
