import type { CellRange, ColumnMapping, FieldKey, Grid } from "../types";
import { isGroupHead, matchGroupedHeader, matchHeader, headerKey } from "./aliases";
import { cellAt, cellText, isNumberingRow, lastRowOf, mergesOf, rowAt } from "./cells";

/** The header is looked for in the first rows only (DOMAIN §4.1). */
export const HEADER_SEARCH_ROWS = 30;
/** Widest header considered: rosters have ~20 columns; a stray cell far right must not cost time. */
const MAX_HEADER_COLS = 200;

/**
 * Sub-column words under a group head ("Từ", "Đến", "Nam", "Nữ", "Chính", "Kiêm nhiệm" …). An
 * unmerged upper cell only counts as a group when the cell under it is one of these or a header
 * itself: a data row under a one-row header must never pass for a second header row.
 */
const SUB_WORDS = new Set([
  "tu",
  "den",
  "nam",
  "nu",
  "chinh",
  "chuc danh chinh",
  "kiem nhiem",
  "he so",
  "muc",
  "so tien",
  "thanh tien",
  "bat dau",
  "thoi viec",
  "nghi viec",
  "tu ngay",
  "den ngay",
  "tu thang nam",
  "den thang nam",
  "chuc danh",
]);

function isSubWord(text: string): boolean {
  return SUB_WORDS.has(headerKey(text)) || matchHeader(text) !== null;
}

interface Candidate {
  rows: number[];
  columns: Partial<Record<FieldKey, number>>;
  headers: Partial<Record<FieldKey, string>>;
  score: number;
  viaGroup: boolean;
}

/** Texts of the header region, with merged cells spread over the cells they cover. */
class HeaderRegion {
  private readonly text = new Map<string, string>();
  /** The merge that covers a cell, keyed "row,col". */
  private readonly mergeOf = new Map<string, CellRange>();
  readonly firstCol: number;
  readonly lastCol: number;

  constructor(
    private readonly grid: Grid,
    readonly top: number,
    readonly bottom: number
  ) {
    let width = 0;
    for (let r = top; r <= bottom; r++) width = Math.max(width, rowAt(grid, r).length);
    this.firstCol = grid.firstCol;
    this.lastCol = grid.firstCol + Math.min(width, MAX_HEADER_COLS) - 1;
    for (const m of mergesOf(grid)) {
      if (m.bottom < top || m.top > bottom) continue;
      const r0 = Math.max(m.top, top);
      const r1 = Math.min(m.bottom, bottom);
      const c0 = Math.max(m.left, this.firstCol);
      const c1 = Math.min(m.right, this.lastCol);
      for (let r = r0; r <= r1; r++)
        for (let c = c0; c <= c1; c++) this.mergeOf.set(`${r},${c}`, m);
    }
  }

  /** The merge covering a cell, if any. */
  merge(row: number, col: number): CellRange | undefined {
    return this.mergeOf.get(`${row},${col}`);
  }

  /** The cell's own text (cleaned). */
  own(row: number, col: number): string {
    const key = `${row},${col}`;
    let t = this.text.get(key);
    if (t === undefined) {
      t = cellText(cellAt(this.grid, row, col));
      if (t.length > 200) t = "";
      this.text.set(key, t);
    }
    return t;
  }

  /**
   * The text shown at a cell when the header is read as the single row `row`: its own text, or
   * the text of a merge that starts on this row (a horizontal merge spreads over its columns).
   */
  label(row: number, col: number): string {
    const m = this.merge(row, col);
    if (m && m.top === row) return this.own(m.top, m.left);
    if (m) return "";
    return this.own(row, col);
  }
}

function addField(c: Candidate, field: FieldKey | null, col: number, text: string): void {
  if (field === null || c.columns[field] !== undefined) return;
  c.columns[field] = col;
  c.headers[field] = text;
  c.score++;
}

function singleRow(region: HeaderRegion, row: number): Candidate {
  const c: Candidate = { rows: [row], columns: {}, headers: {}, score: 0, viaGroup: false };
  for (let col = region.firstCol; col <= region.lastCol; col++) {
    const t = region.label(row, col);
    if (t !== "") addField(c, matchHeader(t), col, t);
  }
  return c;
}

/** A second header row holds words, never numbers: a data row or a numbering row cannot be one. */
function couldBeSubHeader(grid: Grid, row: number): boolean {
  return !rowAt(grid, row).some((v) => typeof v === "number");
}

function rowPair(region: HeaderRegion, top: number): Candidate {
  const bottomRow = top + 1;
  const c: Candidate = {
    rows: [top, bottomRow],
    columns: {},
    headers: {},
    score: 0,
    viaGroup: false,
  };
  for (let col = region.firstCol; col <= region.lastCol; col++) {
    const topMerge = region.merge(top, col);
    const upper = region.label(top, col);
    // A cell of the lower row covered by a merge from the upper row (vertical merge) is empty.
    const lowerMerge = region.merge(bottomRow, col);
    const lower = lowerMerge && lowerMerge.top < bottomRow ? "" : region.label(bottomRow, col);
    if (lower === "") {
      if (upper !== "") addField(c, matchHeader(upper), col, upper);
      continue;
    }
    if (upper === "") {
      // A group head written in its first column only, without a merge: carry it to the right.
      const head = carriedGroupHead(region, top, col);
      const grouped = head !== null ? matchGroupedHeader(head, lower) : null;
      if (grouped !== null) {
        c.viaGroup = true;
        addField(c, grouped, col, `${head} - ${lower}`);
      } else {
        addField(c, matchHeader(lower), col, lower);
      }
      continue;
    }
    const horizontalGroup =
      topMerge !== undefined &&
      topMerge.top === top &&
      topMerge.bottom === top &&
      topMerge.left < topMerge.right;
    if (horizontalGroup || (isGroupHead(upper) && isSubWord(lower))) {
      const grouped = isGroupHead(upper) ? matchGroupedHeader(upper, lower) : null;
      if (grouped !== null) {
        c.viaGroup = true;
        addField(c, grouped, col, `${upper} - ${lower}`);
      } else {
        addField(c, matchHeader(lower), col, lower);
      }
      continue;
    }
    addField(c, matchHeader(upper), col, upper);
  }
  return c;
}

function carriedGroupHead(region: HeaderRegion, top: number, col: number): string | null {
  for (let c = col - 1; c >= region.firstCol; c--) {
    const upper = region.label(top, c);
    const lowerMerge = region.merge(top + 1, c);
    const lower = lowerMerge && lowerMerge.top <= top ? "" : region.label(top + 1, c);
    if (lower === "") return null;
    if (upper !== "") return isGroupHead(upper) ? upper : null;
  }
  return null;
}

/**
 * In a real two-row header the lower cell of the name and decision columns is empty (merged
 * down) or a header word; a person's name or a decision there means the lower row is data.
 */
function lowerIsHeader(region: HeaderRegion, pair: Candidate): boolean {
  const lowerRow = pair.rows[1];
  for (const field of ["name", "decision", "title"] as const) {
    const col = pair.columns[field];
    if (col === undefined) continue;
    const m = region.merge(lowerRow, col);
    if (m && m.top < lowerRow) continue;
    const lower = region.label(lowerRow, col);
    if (
      lower !== "" &&
      matchHeader(lower) === null &&
      matchGroupedHeader(pair.headers[field] ?? "", lower) === null
    ) {
      return false;
    }
  }
  return true;
}

function isRoster(c: Candidate): boolean {
  return (
    c.columns.name !== undefined &&
    (c.columns.title !== undefined || c.columns.decision !== undefined)
  );
}

/** More fields wins; on a tie a two-row header read through its groups, then one row, then the earlier. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const aGroup = a.rows.length === 2 && a.viaGroup;
  const bGroup = b.rows.length === 2 && b.viaGroup;
  if (aGroup !== bGroup) return aGroup;
  if (a.rows.length !== b.rows.length) return a.rows.length < b.rows.length;
  return a.rows[0] < b.rows[0];
}

/**
 * Find a roster's header by content (DOMAIN §4.1): the row, or pair of rows, within the first 30
 * rows that names the most known columns, among those naming at least the name and one of title
 * or decision. Title lines above are skipped; merged group cells ("Thời gian công tác" over "Từ" /
 * "Đến", "Năm sinh" over "Nam" / "Nữ") are read through grid.merges; a numbering row right under
 * the header ("1 2 3 …", "(1) (2) …") is skipped. Null when the grid is not a roster.
 */
export function detectHeader(grid: Grid): ColumnMapping | null {
  const last = lastRowOf(grid);
  if (last < grid.firstRow) return null;
  const top = grid.firstRow;
  const bottom = Math.min(last, top + HEADER_SEARCH_ROWS - 1);
  // One row more than searched, so that a header on row 30 can have its second row.
  const region = new HeaderRegion(grid, top, Math.min(last, bottom + 1));
  let best: Candidate | null = null;
  for (let row = top; row <= bottom; row++) {
    const single = singleRow(region, row);
    if (isRoster(single) && (best === null || better(single, best))) best = single;
    if (row + 1 <= last && single.score > 0 && couldBeSubHeader(grid, row + 1)) {
      const pair = rowPair(region, row);
      if (isRoster(pair) && lowerIsHeader(region, pair) && (best === null || better(pair, best)))
        best = pair;
    }
  }
  if (best === null) return null;
  let firstDataRow = best.rows[best.rows.length - 1] + 1;
  if (firstDataRow <= last && isNumberingRow(rowAt(grid, firstDataRow))) firstDataRow++;
  return {
    sheet: grid.sheet,
    headerRows: best.rows,
    columns: best.columns,
    headers: best.headers,
    firstDataRow,
  };
}

/** Whether a grid has a roster header (the caller decides which grids to parse). */
export function isRosterGrid(grid: Grid): boolean {
  return detectHeader(grid) !== null;
}
