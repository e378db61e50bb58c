import {
  from1904Serial,
  isDateFormat,
  parseAddress,
  rangeAddress,
  splitAreas,
  type CellRange,
  type CellValue,
  type Grid,
} from "../engine/light";
import type { RunBatch, XlCell, XlRange, XlRequestContext } from "./api";

/**
 * Reading sheets from Excel within its limits, planned up front from the sheets' extents.
 *
 * Excel on the web answers at most 5 MB per request; a range of more than 5 million cells loads
 * its values as null; getMergedAreasOrNullObject fails (the whole request) when its range holds
 * more than 512 merged areas. So a read is three phases:
 * 1. one request for every sheet's used-range extent (addresses only) and the date system;
 * 2. values in bands of whole rows, packed into requests of at most budget / 24 bytes cells
 *    (about 175,000 cells per request at the 4 MB budget; an ordinary roster answers 14–18
 *    bytes a cell, i.e. 2.5–3 MB, well under the 5 MB limit);
 * 3. merged areas in their own requests, each call over a band of rows that cannot hold more
 *    than 512 areas (an area covers at least two cells, and at most one area crosses each edge
 *    cell), so a sheet laid out with a merged section row every 8 rows never reaches the cap.
 * A request that still fails for its size or its duration (ResponsePayloadSizeLimitExceeded,
 * RequestPayloadSizeLimitExceeded, GeneralException, Timeout, RangeExceedsLimit,
 * OperationCellsExceedLimit) or answers `values === null` is split in half and retried, down to a
 * single row; merges that cannot be read even then are left out (the header reader works from
 * values alone). A band that comes back empty while the extent goes on (a stray value far below
 * the roster, e.g. at row 1,048,576) is followed by a probe for the next used row instead of
 * reading the empty rows; the gap is given as empty rows. The number of requests follows the
 * sheets' size in cells, not their row count up to ~175,000 cells: a check costs the same at 100
 * and at 10,000 rows.
 */

/** Error codes after which a smaller request may succeed. */
export const RETRYABLE_CODES = [
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "GeneralException",
  "Timeout",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
];

const BYTES_PER_CELL = 24;
const MERGED_AREA_CAP = 512;
/** Worst-case answer per getMergedAreasOrNullObject call (512 addresses of ~30 bytes). */
const MERGE_CALL_BYTES = MERGED_AREA_CAP * 32;

const codeOf = (e: unknown): string =>
  typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string"
    ? (e as { code: string }).code
    : "";
const retryable = (e: unknown): boolean => RETRYABLE_CODES.includes(codeOf(e));

export interface ReadOptions {
  formulas?: boolean;
  /** Bytes per request the plan aims under. */
  budget: number;
  mergesSupported: boolean;
}

interface Extent {
  name: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  hidden?: "hidden" | "veryHidden";
}

const EMPTY_ROW: CellValue[] = [];

const ERROR_VALUE =
  /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

export function toCellValue(v: XlCell | null | undefined): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string" && ERROR_VALUE.test(v)) return { error: v };
  return v;
}

/**
 * Extents of the used ranges (values only), in one request; with them, whether the workbook uses
 * the 1904 date system: DATE(1904;1;1) is 0 there, 1462 in the 1900 system (functions, ExcelApi
 * 1.2, within the manifest's 1.9; Workbook.use1904DateSystem exists only in the preview API).
 */
async function readExtents(
  context: XlRequestContext,
  sheets: string[]
): Promise<{ extents: (Extent | null)[]; date1904: boolean }> {
  const epoch = context.workbook.functions.date(1904, 1, 1);
  epoch.load("value");
  const parts = sheets.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    // The sheet's own visibility rides along: a hidden roster is read and warned about.
    sheet.load("visibility");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name, sheet, used };
  });
  await context.sync();
  const date1904 = epoch.value === 0;
  const extents = parts.map(({ name, sheet, used }): Extent | null =>
    used.isNullObject
      ? null
      : {
          name,
          top: used.rowIndex + 1,
          left: used.columnIndex + 1,
          rows: used.rowCount,
          cols: used.columnCount,
          hidden:
            sheet.visibility === "Hidden"
              ? "hidden"
              : sheet.visibility === "VeryHidden"
                ? "veryHidden"
                : undefined,
        }
  );
  return { extents, date1904 };
}

interface Cursor {
  extent: Extent;
  /** Next sheet row to read. */
  next: number;
  cells: CellValue[][];
  formulas: XlCell[][];
  /** The last band read was empty: probe for the next used row before reading on. */
  probe: boolean;
  withFormulas: boolean;
  /** 1904 date system: number formats ride along and date cells are converted. */
  date1904: boolean;
  /** Row spans found empty by a probe (no merges to look for there either). */
  gaps: { from: number; to: number }[];
}

interface Band {
  cursor: Cursor;
  from: number;
  count: number;
  range: XlRange;
}

const lastRow = (e: Extent): number => e.top + e.rows - 1;

/** Phase 2: values (and formulas) of every extent, in bands planned from the cell budget. */
async function readValues(
  context: XlRequestContext,
  extents: Extent[],
  options: ReadOptions,
  date1904: boolean
): Promise<Cursor[]> {
  const cursors: Cursor[] = extents.map((extent) => ({
    extent,
    next: extent.top,
    cells: [],
    formulas: [],
    probe: false,
    withFormulas: options.formulas === true,
    date1904,
    gaps: [],
  }));
  // A number format per cell doubles the answer at most.
  const perCell = date1904 ? 2 * BYTES_PER_CELL : BYTES_PER_CELL;
  let cap = Math.max(1, Math.floor(options.budget / perCell));
  for (;;) {
    const open = cursors.filter((c) => c.next <= lastRow(c.extent));
    if (open.length === 0) return cursors;
    const probing = open.filter((c) => c.probe);
    if (probing.length > 0) {
      await probe(context, probing);
      continue;
    }
    // Pack bands of whole rows from the open sheets into one request of at most `cap` cells.
    const bands: Band[] = [];
    let cells = 0;
    for (const c of open) {
      const { left, cols } = c.extent;
      let next = c.next;
      while (next <= lastRow(c.extent)) {
        const count = Math.min(lastRow(c.extent) - next + 1, Math.floor((cap - cells) / cols));
        if (count < 1) break;
        const ws = context.workbook.worksheets.getItem(c.extent.name);
        const range = ws.getRange(
          rangeAddress({ top: next, left, bottom: next + count - 1, right: left + cols - 1 })
        );
        // Formulas when asked; number formats in a 1904 workbook (its date cells are converted).
        if (options.formulas && date1904) range.load("values,formulas,numberFormat");
        else if (options.formulas) range.load("values,formulas");
        else if (date1904) range.load("values,numberFormat");
        else range.load("values");
        bands.push({ cursor: c, from: next, count, range });
        next += count;
        cells += count * cols;
      }
      if (cells >= cap) break;
    }
    if (bands.length === 0) {
      // Not even one row of the first open sheet fits: read it one row at a time.
      cap = open[0].extent.cols;
      continue;
    }
    let failed: unknown = null;
    try {
      // Bands planned from the extents; the count follows the sheets' cells, not a loop per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (bands.some((b) => b.range.values === null)) failed = { code: "RangeExceedsLimit" };
    } catch (e) {
      if (!retryable(e)) throw e;
      failed = e;
    }
    if (failed) {
      const oneRow = bands.length === 1 && bands[0].count === 1;
      if (oneRow) throw failed;
      cap = Math.max(1, Math.floor(Math.min(cap, cells) / 2));
      continue;
    }
    for (const b of bands) take(b);
  }
}

function take(b: Band): void {
  const c = b.cursor;
  const values = b.range.values ?? [];
  const formats = c.date1904 ? (b.range.numberFormat ?? []) : [];
  let empty = true;
  for (let r = 0; r < values.length; r++) {
    const out = values[r].map(toCellValue);
    if (c.date1904)
      out.forEach((v, i) => {
        const f = formats[r]?.[i];
        if (typeof v === "number" && typeof f === "string" && isDateFormat(f))
          out[i] = from1904Serial(v);
      });
    if (out.some((v) => v !== null)) empty = false;
    c.cells.push(out);
  }
  if (c.withFormulas) for (const row of b.range.formulas ?? []) c.formulas.push(row);
  c.next = b.from + b.count;
  c.probe = empty && c.next <= lastRow(c.extent);
}

/** Where the next used row of each probing sheet is: the gap is filled with empty rows. */
async function probe(context: XlRequestContext, cursors: Cursor[]): Promise<void> {
  const asks = cursors.map((c) => {
    const { left, cols } = c.extent;
    const rest = context.workbook.worksheets
      .getItem(c.extent.name)
      .getRange(
        rangeAddress({ top: c.next, left, bottom: lastRow(c.extent), right: left + cols - 1 })
      )
      .getUsedRangeOrNullObject(true);
    rest.load("rowIndex");
    return { c, rest };
  });
  await context.sync();
  for (const { c, rest } of asks) {
    c.probe = false;
    const to = rest.isNullObject ? lastRow(c.extent) + 1 : rest.rowIndex + 1;
    if (to > c.next) c.gaps.push({ from: c.next, to: to - 1 });
    for (let r = c.next; r < to; r++) {
      c.cells.push(EMPTY_ROW);
      if (c.withFormulas) c.formulas.push([]);
    }
    c.next = to;
  }
}

/** Rows per merged-area call such that the call cannot meet more than 512 areas. */
export function mergeBandRows(cols: number): number {
  const room = MERGED_AREA_CAP - 2 * cols;
  return room > 0 ? Math.max(1, Math.floor((2 * room) / cols)) : 1;
}

interface MergeCall {
  extent: Extent;
  from: number;
  count: number;
}

/** Phase 3: merged areas, in their own requests, calls over bounded bands. */
async function readMerges(
  context: XlRequestContext,
  cursors: Cursor[],
  budget: number
): Promise<Map<string, CellRange[]>> {
  const found = new Map<string, Map<string, CellRange>>();
  const extents = cursors.map((c) => c.extent);
  for (const e of extents) found.set(e.name, new Map());
  const inGap = (c: Cursor, from: number, to: number): boolean =>
    c.gaps.some((g) => g.from <= from && to <= g.to);
  const pending: MergeCall[][] = [];
  const perRequest = Math.max(1, Math.floor(budget / MERGE_CALL_BYTES));
  let group: MergeCall[] = [];
  for (const c of cursors) {
    const e = c.extent;
    const rows = mergeBandRows(e.cols);
    for (let from = e.top; from <= lastRow(e); from += rows) {
      if (inGap(c, from, Math.min(from + rows - 1, lastRow(e)))) continue;
      group.push({ extent: e, from, count: Math.min(rows, lastRow(e) - from + 1) });
      if (group.length >= perRequest) {
        pending.push(group);
        group = [];
      }
    }
  }
  if (group.length) pending.push(group);
  while (pending.length) {
    const calls = pending.shift()!;
    const areas = calls.map((call) => {
      const { left, cols, name } = call.extent;
      const a = context.workbook.worksheets
        .getItem(name)
        .getRange(
          rangeAddress({
            top: call.from,
            left,
            bottom: call.from + call.count - 1,
            right: left + cols - 1,
          })
        )
        .getMergedAreasOrNullObject();
      a.load("address");
      return a;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!retryable(e)) throw e;
      if (calls.length > 1) {
        const half = Math.ceil(calls.length / 2);
        pending.unshift(calls.slice(0, half), calls.slice(half));
      } else if (calls[0].count > 1) {
        const c = calls[0];
        const half = Math.ceil(c.count / 2);
        pending.unshift([
          { ...c, count: half },
          { ...c, from: c.from + half, count: c.count - half },
        ]);
      }
      // One row that Excel cannot answer for: its merges are left out.
      continue;
    }
    calls.forEach((call, i) => {
      const a = areas[i];
      if (a.isNullObject) return;
      const into = found.get(call.extent.name)!;
      for (const part of splitAreas(a.address)) {
        const range = parseAddress(part).range;
        into.set(rangeAddress(range), range);
      }
    });
  }
  const out = new Map<string, CellRange[]>();
  for (const [name, m] of found)
    out.set(
      name,
      [...m.values()].sort((a, b) => a.top - b.top || a.left - b.left)
    );
  return out;
}

export type GridWithFormulas = Grid & { formulas?: XlCell[][] };

/** The used ranges of the named sheets, within Excel's limits (see the module comment). */
export async function readSheets(
  run: RunBatch,
  sheets: string[],
  options: ReadOptions
): Promise<GridWithFormulas[]> {
  return run(async (context) => {
    const { extents, date1904 } = await readExtents(context, sheets);
    const present = extents.filter((e): e is Extent => e !== null);
    const cursors = await readValues(context, present, options, date1904);
    const merges = options.mergesSupported
      ? await readMerges(context, cursors, options.budget)
      : new Map<string, CellRange[]>();
    return sheets.map((name, i) => {
      const e = extents[i];
      if (!e) return { sheet: name, firstRow: 1, firstCol: 1, cells: [], merges: [] };
      const c = cursors.find((x) => x.extent === e)!;
      const grid: GridWithFormulas = {
        sheet: name,
        firstRow: e.top,
        firstCol: e.left,
        cells: c.cells,
        merges: merges.get(name) ?? [],
        // The used range as Excel reported it: the engine warns when it dwarfs the filled rows.
        extent: { top: e.top, left: e.left, bottom: lastRow(e), right: e.left + e.cols - 1 },
      };
      if (e.hidden) grid.hidden = e.hidden;
      if (options.formulas) grid.formulas = c.formulas;
      return grid;
    });
  });
}
