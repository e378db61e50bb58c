import type {
  CellRange,
  ColumnChoice,
  ColumnMapping,
  FieldKey,
  Grid,
  HeaderCandidate,
  HeaderCell,
  MappingCorrection,
} from "../types";
import { foldLoose } from "../text/fold";
import { assignMax } from "./assign";
import { cellAt, cellText, isNumberingRow, lastRowOf, mergesOf, rowAt } from "./cells";
import { contentOnlyScore, evidenceFor, profileColumn, type Profile } from "./evidence";
import { FIELD_KEYS } from "./fields";
import {
  ACCEPT_SCORE,
  headerKey,
  isGroupHead,
  matchHeader,
  scoreGroupedHeader,
  scoreHeader,
  type FieldScore,
} from "./header-words";
import type { CommuneIndex } from "./places";

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

/** One column of a header as read: the text shown and what it may name. */
interface Reading {
  col: number;
  text: string;
  scores: FieldScore[];
  viaGroup: boolean;
}

interface Candidate {
  rows: number[];
  readings: Reading[];
  columns: Partial<Record<FieldKey, number>>;
  headers: Partial<Record<FieldKey, string>>;
  /** Weight of each assigned field (header words + cells). */
  weights: Partial<Record<FieldKey, number>>;
  score: number;
  viaGroup: boolean;
  firstDataRow: number;
  sampleRow: number;
  corrected: FieldKey[];
}

/** Texts of the header region, with merged cells spread over the cells they cover. */
class HeaderRegion {
  private readonly text = new Map<string, string>();
  /** The merge that covers a cell, keyed "row,col". */
  private readonly mergeOf = new Map<string, CellRange>();
  private readonly profiles = new Map<string, Profile>();
  readonly firstCol: number;
  readonly lastCol: number;

  constructor(
    readonly grid: Grid,
    readonly top: number,
    readonly bottom: number,
    private readonly communes: CommuneIndex | null
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

  /** What the cells of a column hold from a row down (memoised per column and row). */
  profile(col: number, fromRow: number): Profile {
    const key = `${col},${fromRow}`;
    let p = this.profiles.get(key);
    if (!p) {
      p = profileColumn(this.grid, col, fromRow, this.communes);
      this.profiles.set(key, p);
    }
    return p;
  }
}

function readSingle(region: HeaderRegion, row: number): Reading[] {
  const out: Reading[] = [];
  for (let col = region.firstCol; col <= region.lastCol; col++) {
    const t = region.label(row, col);
    if (t !== "") out.push({ col, text: t, scores: scoreHeader(t), viaGroup: false });
  }
  return out;
}

/** A second header row holds words, never numbers: a data row or a numbering row cannot be one. */
function couldBeSubHeader(grid: Grid, row: number): boolean {
  return !rowAt(grid, row).some((v) => typeof v === "number");
}

function readPair(region: HeaderRegion, top: number): Reading[] {
  const bottomRow = top + 1;
  const out: Reading[] = [];
  for (let col = region.firstCol; col <= region.lastCol; col++) {
    const topMerge = region.merge(top, col);
    const upper = region.label(top, col);
    // A cell of the lower row covered by a merge from the upper row (vertical merge) is empty.
    const lowerMerge = region.merge(bottomRow, col);
    const lower = lowerMerge && lowerMerge.top < bottomRow ? "" : region.label(bottomRow, col);
    if (lower === "") {
      if (upper !== "") out.push({ col, text: upper, scores: scoreHeader(upper), viaGroup: false });
      continue;
    }
    const grouped = (head: string): Reading => {
      const scores = scoreGroupedHeader(head, lower);
      return scores.length > 0 && scores[0].score >= ACCEPT_SCORE
        ? { col, text: `${head} - ${lower}`, scores, viaGroup: true }
        : { col, text: lower, scores: scoreHeader(lower), viaGroup: false };
    };
    if (upper === "") {
      // A group head written in its first column only, without a merge: carry it to the right.
      const head = carriedGroupHead(region, top, col);
      out.push(
        head !== null
          ? grouped(head)
          : { col, text: lower, scores: scoreHeader(lower), viaGroup: false }
      );
      continue;
    }
    const horizontalGroup =
      topMerge !== undefined &&
      topMerge.top === top &&
      topMerge.bottom === top &&
      topMerge.left < topMerge.right;
    if (horizontalGroup || (isGroupHead(upper) && isSubWord(lower))) {
      out.push(grouped(upper));
      continue;
    }
    out.push({ col, text: upper, scores: scoreHeader(upper), viaGroup: false });
  }
  return out;
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
    if (lower === "" || matchHeader(lower) !== null) continue;
    const upper = region.label(pair.rows[0], col);
    const grouped = upper !== "" ? scoreGroupedHeader(upper, lower)[0] : undefined;
    if (!grouped || grouped.score < ACCEPT_SCORE) return false;
  }
  return true;
}

function firstDataRowAfter(grid: Grid, rows: number[]): number {
  let first = rows[rows.length - 1] + 1;
  if (first <= lastRowOf(grid) && isNumberingRow(rowAt(grid, first))) first++;
  return first;
}

type Forced = Partial<Record<FieldKey, number | null>>;

/**
 * One assignment for the whole header: each column at most one field, each field at most one
 * column, the largest total of header-word scores plus cell evidence. Fields the clerk fixed are
 * taken as given and left out of the choice.
 */
function evaluate(
  region: HeaderRegion,
  rows: number[],
  readings: Reading[],
  forced: Forced = {}
): Candidate {
  const firstDataRow = firstDataRowAfter(region.grid, rows);
  // The cells are sampled from the row under the first header row, for a row and for the pair
  // it opens alike, so that evidence never prefers a pair merely for leaving a row out.
  const sampleRow = firstDataRowAfter(region.grid, [rows[0]]);
  const c: Candidate = {
    rows,
    readings,
    columns: {},
    headers: {},
    weights: {},
    score: 0,
    viaGroup: false,
    firstDataRow,
    sampleRow,
    corrected: [],
  };
  const takenCols = new Set<number>();
  for (const [field, col] of Object.entries(forced) as [FieldKey, number | null][]) {
    c.corrected.push(field);
    if (col === null) continue;
    c.columns[field] = col;
    c.headers[field] = readings.find((r) => r.col === col)?.text ?? "";
    takenCols.add(col);
  }
  const open = FIELD_KEYS.filter((f) => !(f in forced));
  const candidates = readings.filter((r) => !takenCols.has(r.col) && r.scores.length > 0);
  const weights = candidates.map((r) =>
    open.map((field) => {
      const s = r.scores.find((x) => x.field === field);
      if (!s) return 0;
      const w = s.score + evidenceFor(field, region.profile(r.col, sampleRow));
      return w >= ACCEPT_SCORE ? w : 0;
    })
  );
  const chosen = assignMax(weights);
  chosen.forEach((j, i) => {
    if (j < 0) return;
    const field = open[j];
    const r = candidates[i];
    c.columns[field] = r.col;
    c.headers[field] = r.text;
    c.weights[field] = weights[i][j];
    c.score += weights[i][j];
    if (r.viaGroup) c.viaGroup = true;
  });
  return c;
}

function isRoster(c: Candidate): boolean {
  return (
    c.columns.name !== undefined &&
    (c.columns.title !== undefined || c.columns.decision !== undefined)
  );
}

/** Higher total wins; on a tie a two-row header read through its groups, then one row, then the earlier. */
function better(a: Candidate, b: Candidate): boolean {
  if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score;
  const aGroup = a.rows.length === 2 && a.viaGroup;
  const bGroup = b.rows.length === 2 && b.viaGroup;
  if (aGroup !== bGroup) return aGroup;
  if (a.rows.length !== b.rows.length) return a.rows.length < b.rows.length;
  return a.rows[0] < b.rows[0];
}

/** The field a header cell that maps to nothing comes closest to: its words, else its cells, among the fields still free. */
function likelyField(region: HeaderRegion, c: Candidate, r: Reading): FieldKey | null {
  const free = (f: FieldKey) => c.columns[f] === undefined;
  const byWords = r.scores.filter((s) => free(s.field));
  const profile = region.profile(r.col, c.sampleRow);
  let best: FieldKey | null = null;
  let bestScore = 0;
  for (const field of FIELD_KEYS) {
    if (!free(field)) continue;
    const words = byWords.find((s) => s.field === field)?.score ?? 0;
    const score =
      words + (words > 0 ? evidenceFor(field, profile) : contentOnlyScore(field, profile));
    if (score > bestScore) {
      bestScore = score;
      best = field;
    }
  }
  return bestScore >= 1 ? best : null;
}

function cellsOf(region: HeaderRegion, c: Candidate): HeaderCell[] {
  const fieldAt = new Map<number, FieldKey>();
  for (const [f, col] of Object.entries(c.columns) as [FieldKey, number][]) fieldAt.set(col, f);
  return c.readings.map((r) => {
    const field = fieldAt.get(r.col) ?? null;
    return {
      col: r.col,
      text: r.text,
      field,
      likely: field === null ? likelyField(region, c, r) : null,
    };
  });
}

function toMapping(grid: Grid, region: HeaderRegion, c: Candidate): ColumnMapping {
  const mapping: ColumnMapping = {
    sheet: grid.sheet,
    headerRows: c.rows,
    columns: c.columns,
    headers: c.headers,
    firstDataRow: c.firstDataRow,
    cells: cellsOf(region, c),
  };
  if (c.corrected.length > 0) mapping.corrected = c.corrected;
  return mapping;
}

/**
 * The column a correction means: its column, unless its header moved (a column inserted since);
 * by header text alone, the one column so headed (undefined when none or several are).
 */
function resolveColumn(
  readings: Reading[],
  col: number | undefined,
  header: string | undefined
): number | undefined {
  if (header === undefined || header === "") return col;
  const want = foldLoose(header);
  const same = (r: Reading) =>
    foldLoose(r.text) === want || foldLoose(r.text.split(" - ").pop() ?? "") === want;
  const at = col !== undefined ? readings.find((r) => r.col === col) : undefined;
  if (at && same(at)) return col;
  const matches = readings.filter(same);
  return matches.length === 1 ? matches[0].col : col;
}

function forcedColumns(readings: Reading[], correction: MappingCorrection | undefined): Forced {
  const forced: Forced = {};
  for (const [field, v] of Object.entries(correction?.columns ?? {}) as [
    FieldKey,
    ColumnChoice | undefined,
  ][]) {
    if (!v || !FIELD_KEYS.includes(field)) continue;
    if (v.col === null) {
      forced[field] = null;
      continue;
    }
    const col = resolveColumn(readings, typeof v.col === "number" ? v.col : undefined, v.header);
    if (col !== undefined && Number.isInteger(col) && col > 0) forced[field] = col;
  }
  // One column, one field: a later correction of the same column wins.
  const seen = new Map<number, FieldKey>();
  for (const [field, col] of Object.entries(forced) as [FieldKey, number | null][]) {
    if (col === null) continue;
    const before = seen.get(col);
    if (before !== undefined) forced[before] = null;
    seen.set(col, field);
  }
  return forced;
}

export interface DetectOptions {
  /** The unit register's communes, as evidence for a commune column. */
  communes?: CommuneIndex | null;
  /** The clerk's correction for this sheet. */
  correction?: MappingCorrection;
  /**
   * Whether the correction may make a roster of a sheet detection does not take for one (the
   * clerk corrected this very sheet); default true.
   */
  mayPromote?: boolean;
}

export interface Detection {
  mapping: ColumnMapping | null;
  /** When there is no mapping: the header row the sheet came closest to having. */
  candidate: HeaderCandidate | null;
}

/**
 * Find a roster's header by content (DOMAIN §4.1): the row, or pair of rows, within the first 30
 * rows whose optimal assignment of columns to fields scores highest, among those naming at least
 * the name and one of title or decision. Title lines above are skipped; merged group cells
 * ("Thời gian công tác" over "Từ" / "Đến", "Năm sinh" over "Nam" / "Nữ") are read through
 * grid.merges; a numbering row right under the header ("1 2 3 …", "(1) (2) …") is skipped.
 * A correction's header rows replace the search, its columns are taken as given (the rest is
 * still assigned optimally), and a corrected sheet is a roster even if detection found none.
 */
export function detect(grid: Grid, options: DetectOptions = {}): Detection {
  const last = lastRowOf(grid);
  if (last < grid.firstRow) return { mapping: null, candidate: null };
  const top = grid.firstRow;
  const bottom = Math.min(last, top + HEADER_SEARCH_ROWS - 1);
  const correction = options.correction;
  const chosenRows = validRows(correction?.headerRows, top, last);
  // One row more than searched, so that a header on row 30 can have its second row.
  const regionBottom = Math.min(last, Math.max(bottom + 1, ...(chosenRows ?? [0])));
  const region = new HeaderRegion(grid, top, regionBottom, options.communes ?? null);

  if (chosenRows) {
    const readings =
      chosenRows.length === 2 ? readPair(region, chosenRows[0]) : readSingle(region, chosenRows[0]);
    const c = evaluate(region, chosenRows, readings, forcedColumns(readings, correction));
    return { mapping: toMapping(grid, region, c), candidate: null };
  }

  let best: Candidate | null = null;
  let closest: Candidate | null = null;
  const consider = (c: Candidate, roster: boolean) => {
    if (roster && (best === null || better(c, best))) best = c;
    if (c.score > 0 && (closest === null || better(c, closest))) closest = c;
  };
  for (let row = top; row <= bottom; row++) {
    const single = evaluate(region, [row], readSingle(region, row));
    consider(single, isRoster(single));
    if (row + 1 <= last && single.score > 0 && couldBeSubHeader(grid, row + 1)) {
      const pair = evaluate(region, [row, row + 1], readPair(region, row));
      consider(pair, isRoster(pair) && lowerIsHeader(region, pair));
    }
  }
  const found = best as Candidate | null;
  const near = closest as Candidate | null;
  const hasCorrection =
    correction?.columns !== undefined && Object.keys(correction.columns).length > 0;
  const base = found ?? (hasCorrection && options.mayPromote !== false ? near : null);
  if (base !== null) {
    if (!hasCorrection) return { mapping: toMapping(grid, region, base), candidate: null };
    const c = evaluate(region, base.rows, base.readings, forcedColumns(base.readings, correction));
    if (found !== null || c.columns.name !== undefined)
      return { mapping: toMapping(grid, region, c), candidate: null };
  }
  if (near === null) return { mapping: null, candidate: null };
  return {
    mapping: null,
    candidate: { sheet: grid.sheet, headerRows: near.rows, cells: cellsOf(region, near) },
  };
}

function validRows(rows: number[] | undefined, top: number, last: number): number[] | null {
  if (!Array.isArray(rows) || rows.length < 1 || rows.length > 2) return null;
  if (!rows.every((r) => Number.isInteger(r) && r >= top && r <= last)) return null;
  if (rows.length === 2 && rows[1] !== rows[0] + 1) return null;
  return rows;
}

/** The header mapping of a grid, or null when it is not a roster (see detect). */
export function detectHeader(grid: Grid, options: DetectOptions = {}): ColumnMapping | null {
  return detect(grid, options).mapping;
}

/** Whether a grid has a roster header (the caller decides which grids to parse). */
export function isRosterGrid(grid: Grid): boolean {
  return detectHeader(grid) !== null;
}
