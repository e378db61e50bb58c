import {
  a1,
  rangeAddress,
  type BorderStyle,
  type CellStyle,
  type GeneratedSheetKind,
  type PrintSetup,
  type SheetSpec,
} from "../engine/light";
import type { XlCell } from "./api";
import {
  heightGroups,
  mergeRuns,
  requestCost,
  runsOf,
  specExtent,
  styleGroups,
  styleRects,
  valueBands,
  widthToPoints,
} from "./layout";

/**
 * What writing one sheet asks of Excel, worked out before Excel is touched: every API call the
 * office-js port will make for a SheetSpec, as plain data, each with its request cost (layout.ts).
 * Pure and free of office-js, so the task pane builds it in its Web Worker beside the sheet specs
 * and hands the main thread only the calls to make (values as row arrays, not cell objects);
 * the port (port.ts) executes a plan in order, syncing early when the next call would pass the
 * request budget.
 */

/** Excel on the web refuses requests above 5 MB; the port syncs before 4 MB. */
export const DEFAULT_PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** One assignment on a range's format (a RangeFormat or RangeAreas' format). */
export type FormatSet =
  | { set: "font"; prop: "name"; value: string }
  | { set: "font"; prop: "size"; value: number }
  | { set: "font"; prop: "bold"; value: boolean }
  | { set: "font"; prop: "italic"; value: boolean }
  | { set: "font"; prop: "underline"; value: "Single" }
  | { set: "horizontalAlignment" | "verticalAlignment"; value: string }
  | { set: "wrapText"; value: boolean }
  | { set: "fill"; value: string }
  | { set: "border"; edge: string; style: string; weight: string };

export type SheetOp =
  /** The whole used area's font. */
  | { op: "font"; address: string; name: string }
  /** range.numberFormat = a rows × cols grid of `format`. */
  | { op: "numberFormat"; address: string; format: string; rows: number; cols: number }
  | { op: "values"; address: string; rows: XlCell[][]; formulas: boolean }
  /** On getRanges(address) when it holds several areas (","), else getRange(address). */
  | { op: "format"; address: string; sets: FormatSet[] }
  | { op: "merge"; address: string; across: boolean }
  | { op: "link"; address: string; documentReference: string }
  | { op: "columnWidth"; address: string; value: number }
  | { op: "rowHeight"; address: string; value: number }
  | { op: "freezeRows"; rows: number }
  | { op: "print"; print: PrintSetup }
  | { op: "pageBreak"; address: string };

export interface PlannedOp {
  /** Estimated request bytes (layout.ts requestCost). */
  cost: number;
  op: SheetOp;
}

/** A sheet to write: its name (and kind, for a generated document) and its calls in order. */
export interface SheetPlan {
  name: string;
  kind: GeneratedSheetKind | null;
  ops: PlannedOp[];
}

const BORDER: Record<BorderStyle, { style: string; weight: string }> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  hair: { style: "Continuous", weight: "Hairline" },
  dotted: { style: "Dot", weight: "Thin" },
};

const H_ALIGN = {
  left: "Left",
  center: "Center",
  right: "Right",
  centerAcross: "CenterAcrossSelection",
} as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/**
 * The format assignments of one style, to be applied to a range or to RangeAreas: how many API
 * calls they are (a border edge is three: getItem, style, weight) and their arguments, for the size.
 */
function styleSets(
  s: CellStyle,
  multiRow: boolean,
  multiCol: boolean
): { ops: number; args: unknown[]; sets: FormatSet[] } {
  const sets: FormatSet[] = [];
  const args: unknown[] = [];
  let ops = 0;
  const add = (arg: unknown, set: FormatSet, calls = 1) => {
    ops += calls;
    args.push(arg);
    sets.push(set);
  };
  const font = s.font;
  if (font?.name) add(font.name, { set: "font", prop: "name", value: font.name });
  if (font?.size) add(font.size, { set: "font", prop: "size", value: font.size });
  if (font?.bold !== undefined) add(font.bold, { set: "font", prop: "bold", value: font.bold });
  if (font?.italic !== undefined)
    add(font.italic, { set: "font", prop: "italic", value: font.italic });
  if (font?.underline) add("Single", { set: "font", prop: "underline", value: "Single" });
  const align = s.align;
  if (align?.horizontal) {
    const h = H_ALIGN[align.horizontal];
    add(h, { set: "horizontalAlignment", value: h });
  }
  if (align?.vertical) {
    const v = V_ALIGN[align.vertical];
    add(v, { set: "verticalAlignment", value: v });
  }
  if (align?.wrap !== undefined) add(align.wrap, { set: "wrapText", value: align.wrap });
  if (s.fill) {
    const color = `#${s.fill}`;
    add(color, { set: "fill", value: color });
  }
  const b = s.border;
  if (b) {
    const edges: [string, BorderStyle | undefined][] = [
      ["EdgeTop", b.top],
      ["EdgeBottom", b.bottom],
      ["EdgeLeft", b.left],
      ["EdgeRight", b.right],
    ];
    // styleRects stretches a rect only across pairs set on both sides, so Inside lines match.
    if (multiRow && b.top && b.bottom) edges.push(["InsideHorizontal", b.bottom]);
    if (multiCol && b.left && b.right) edges.push(["InsideVertical", b.right]);
    for (const [edge, style] of edges) {
      if (!style) continue;
      const look = BORDER[style];
      add([edge, look], { set: "border", edge, ...look }, 3);
    }
  }
  return { ops, args, sets };
}

/**
 * Every call that writes `spec` onto a fresh sheet, in the order the port makes them: font,
 * number formats (before values, so Excel never reinterprets a value under the old format),
 * values in bands of whole rows, formats per style, merges, links, widths, heights, frozen
 * rows, print setup. `budget`: the request budget the bands are sized against.
 */
export function planSheet(
  spec: Omit<SheetSpec, "kind"> & { kind?: GeneratedSheetKind },
  budget = DEFAULT_PAYLOAD_BUDGET
): SheetPlan {
  const ops: PlannedOp[] = [];
  const push = (cost: number, op: SheetOp) => ops.push({ cost, op });
  const { rows, cols } = specExtent(spec);
  const wholeAddress = rangeAddress({ top: 1, left: 1, bottom: rows, right: cols });
  push(requestCost(2, wholeAddress, "Times New Roman"), {
    op: "font",
    address: wholeAddress,
    name: "Times New Roman",
  });

  for (const r of styleRects(spec)) {
    if (r.style.numFmt) {
      // A full 2D array: Excel documents array assignment; the payload is small next to values.
      const fmt = r.style.numFmt;
      const height = r.range.bottom - r.range.top + 1;
      const width = r.range.right - r.range.left + 1;
      const grid = Array.from({ length: height }, () => new Array<XlCell>(width).fill(fmt));
      const address = rangeAddress(r.range);
      push(requestCost(2, address, grid), {
        op: "numberFormat",
        address,
        format: fmt,
        rows: height,
        cols: width,
      });
    }
  }
  // Bands of at most a quarter of the budget, so a band never fills a request on its own.
  for (const band of valueBands(spec, 50000, Math.max(1, Math.floor(budget / 4)))) {
    const address = rangeAddress(band.range);
    push(requestCost(2, address, band.rows), {
      op: "values",
      address,
      rows: band.rows,
      formulas: band.hasFormula,
    });
  }
  for (const g of styleGroups(spec)) {
    const calls = styleSets(g.style, g.multiRow, g.multiCol);
    for (const address of g.addresses)
      push(requestCost(1 + calls.ops, address, calls.args), {
        op: "format",
        address,
        sets: calls.sets,
      });
  }
  for (const m of mergeRuns(spec.merges)) {
    const address = rangeAddress(m.range);
    push(requestCost(2, address, m.across), { op: "merge", address, across: m.across });
  }
  for (const c of spec.cells) {
    if (!c.link) continue;
    const address = a1(c.row, c.col);
    push(requestCost(2, address, { documentReference: c.link }), {
      op: "link",
      address,
      documentReference: c.link,
    });
  }
  const widths = new Map<number, number>();
  spec.columnWidths.forEach((w, i) => {
    if (w > 0) widths.set(i + 1, widthToPoints(w));
  });
  for (const run of runsOf(widths)) {
    const address = rangeAddress({ top: 1, left: run.from, bottom: 1, right: run.to });
    push(requestCost(2, address, run.value), { op: "columnWidth", address, value: run.value });
  }
  for (const g of heightGroups(spec.rowHeights))
    for (const address of g.addresses)
      push(requestCost(2, address, g.value), { op: "rowHeight", address, value: g.value });
  if (spec.freezeRows)
    push(requestCost(1, spec.freezeRows), { op: "freezeRows", rows: spec.freezeRows });
  // orientation, paper, zoom, six margins, print titles, footer, header: at most 12 calls.
  push(requestCost(12, spec.print), { op: "print", print: spec.print });
  for (const row of spec.print.pageBreaksBefore)
    push(requestCost(1, `A${row}`), { op: "pageBreak", address: `A${row}` });
  return { name: spec.name, kind: spec.kind ?? null, ops };
}
