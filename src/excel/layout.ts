import {
  rangeAddress,
  type CellRange,
  type CellSpec,
  type CellStyle,
  type SheetSpec,
} from "../engine/light";
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
 * The sheet's content as horizontal bands of whole rows (1..cols), at most maxCells cells and
 * about maxBytes of request each (a band is never split below one row), so one band always fits
 * a request. A band with a formula is written via `formulas` (constants in it are written as
 * typed, with the same text protection), others via `values`.
 */
export function valueBands(
  spec: Omit<SheetSpec, "kind">,
  maxCells = 50000,
  maxBytes = 1024 * 1024
): ValueBand[] {
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
  let out: XlCell[][] = [];
  let top = 1;
  let bytes = 0;
  let hasFormula = false;
  const flush = (bottom: number) => {
    if (out.length === 0) return;
    bands.push({ range: { top, left: 1, bottom, right: cols }, rows: out, hasFormula });
    out = [];
    top = bottom + 1;
    bytes = 0;
    hasFormula = false;
  };
  for (let r = 1; r <= rows; r++) {
    const line: XlCell[] = new Array<XlCell>(cols).fill("");
    let lineFormula = false;
    for (const c of byRow.get(r) ?? []) {
      line[c.col - 1] = cellInput(c);
      if (c.formula) lineFormula = true;
    }
    const lineBytes = jsonBytes(line) + 1;
    if (out.length > 0 && (out.length >= bandRows || bytes + lineBytes > maxBytes)) flush(r - 1);
    out.push(line);
    bytes += lineBytes;
    hasFormula = hasFormula || lineFormula;
  }
  flush(rows);
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

// ───────────── request size ─────────────

/** Bytes of a string in UTF-8, the encoding of the request on the wire (ệ is 3 bytes, 1 code unit). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as office.js serialises it into the request: JSON, in UTF-8. */
export function jsonBytes(v: unknown): number {
  const j = JSON.stringify(v);
  return j === undefined ? 4 : utf8Length(j);
}

/**
 * Upper bound of one API call's share of a request besides its arguments: the action and the
 * object path it creates (id, type, name, parent id). Excel's own entries are about 100–150
 * bytes; the fake Excel counts 120.
 */
export const OP_BYTES = 200;

/** Estimated request bytes of `ops` API calls carrying these arguments. */
export function requestCost(ops: number, ...args: unknown[]): number {
  let n = ops * OP_BYTES;
  for (const a of args) n += jsonBytes(a);
  return n;
}

// ───────────── grouping, so operations grow with the structure, not the rows ─────────────

/**
 * Longest address string handed to one worksheet.getRanges call. Excel has refused multi-area
 * strings from about 8,000 characters (OfficeDev/office-js#5198); a quarter of that is safe.
 */
export const MAX_AREAS_ADDRESS = 2000;

/** Comma-joined addresses, each string at most `max` characters (one area always fits). */
export function chunkAreas(ranges: CellRange[], max = MAX_AREAS_ADDRESS): string[] {
  const out: string[] = [];
  let cur = "";
  for (const r of ranges) {
    const a = rangeAddress(r);
    if (cur && cur.length + 1 + a.length > max) {
      out.push(cur);
      cur = a;
    } else cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

export interface StyleGroup {
  styleKey: string;
  style: CellStyle;
  /** Whether the areas span several rows / columns (then Inside borders are drawn too). */
  multiRow: boolean;
  multiCol: boolean;
  /** getRanges addresses covering every rectangle of the style. */
  addresses: string[];
}

/**
 * The style rectangles gathered per style (and per shape, so Inside borders are only asked of
 * areas that have an inside): a handful of getRanges calls per style instead of one batch of
 * format calls per rectangle. A list of 1,600 hamlets then costs kilobytes, not megabytes.
 */
export function styleGroups(spec: Omit<SheetSpec, "kind">): StyleGroup[] {
  const groups = new Map<string, { g: Omit<StyleGroup, "addresses">; ranges: CellRange[] }>();
  for (const r of styleRects(spec)) {
    const multiRow = r.range.bottom > r.range.top;
    const multiCol = r.range.right > r.range.left;
    const key = `${r.styleKey}\u0000${multiRow}\u0000${multiCol}`;
    let e = groups.get(key);
    if (!e) {
      e = { g: { styleKey: r.styleKey, style: r.style, multiRow, multiCol }, ranges: [] };
      groups.set(key, e);
    }
    e.ranges.push(r.range);
  }
  return [...groups.values()].map(({ g, ranges }) => ({ ...g, addresses: chunkAreas(ranges) }));
}

/**
 * Merges as few calls: single-row merges with the same columns on consecutive rows become one
 * range merged row by row (range.merge(true)); other merges stay one call each.
 */
export function mergeRuns(merges: CellRange[]): { range: CellRange; across: boolean }[] {
  const single = merges
    .filter((m) => m.bottom === m.top)
    .sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const out: { range: CellRange; across: boolean }[] = [];
  for (const m of single) {
    const last = out[out.length - 1];
    if (
      last &&
      last.range.left === m.left &&
      last.range.right === m.right &&
      last.range.bottom === m.top - 1
    ) {
      last.range.bottom = m.top;
      last.across = true;
    } else out.push({ range: { ...m }, across: false });
  }
  for (const m of merges) if (m.bottom !== m.top) out.push({ range: { ...m }, across: false });
  return out;
}

/** Row heights grouped by value: [{ value, addresses }] of column-A row runs, for getRanges. */
export function heightGroups(
  rowHeights: Record<number, number>
): { value: number; addresses: string[] }[] {
  const byValue = new Map<number, CellRange[]>();
  const map = new Map<number, number>(Object.entries(rowHeights).map(([r, h]) => [Number(r), h]));
  for (const run of runsOf(map)) {
    const list = byValue.get(run.value) ?? [];
    list.push({ top: run.from, left: 1, bottom: run.to, right: 1 });
    byValue.set(run.value, list);
  }
  return [...byValue.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([value, ranges]) => ({ value, addresses: chunkAreas(ranges) }));
}
