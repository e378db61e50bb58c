/**
 * The ExcelJS layout of generated sheets that generate used before issue 15 — kept here only as
 * the reference the direct writer (src/xlsx/sheet-xml.ts) is compared against, and for tests
 * that build an ExcelJS workbook holding documents.
 */
import ExcelJS from "exceljs";
import {
  kindOfMarker,
  markerName,
  planSheetWrites,
  sheetRef,
  type WriteResult,
  type CellSpec,
  type CellStyle,
  type GeneratedSheetKind,
  type SheetSpec,
} from "../../src/engine";
import { markedSheets, sheetOfRange } from "../../src/xlsx/markers";
import { xmlSafe } from "../../src/xlsx/sheet-xml";

const MM_PER_INCH = 25.4;

interface DefinedNameModel {
  name: string;
  ranges: string[];
}

function definedNames(workbook: ExcelJS.Workbook): DefinedNameModel[] {
  return (workbook.definedNames as unknown as { model: DefinedNameModel[] }).model;
}

function setDefinedNames(workbook: ExcelJS.Workbook, model: DefinedNameModel[]): void {
  (workbook.definedNames as unknown as { model: DefinedNameModel[] }).model = model;
}

/** Every sheet in tab order with the kind its marker says it is (null for a clerk's sheet). */
export function listMarkedSheets(
  workbook: ExcelJS.Workbook
): { name: string; marker: GeneratedSheetKind | null }[] {
  const byName = markedSheets(definedNames(workbook));
  // ExcelJS's `worksheets` is already in tab order.
  return workbook.worksheets.map((ws) => ({ name: ws.name, marker: byName.get(ws.name) ?? null }));
}

function argb(rgb: string): string {
  return `FF${rgb.replace(/^#/, "").toUpperCase()}`;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.font) {
    cell.font = {
      name: style.font.name,
      size: style.font.size,
      bold: style.font.bold,
      italic: style.font.italic,
      underline: style.font.underline,
    };
  }
  if (style.align) {
    cell.alignment = {
      horizontal:
        style.align.horizontal === "centerAcross" ? "centerContinuous" : style.align.horizontal,
      vertical: style.align.vertical,
      wrapText: style.align.wrap,
    };
  }
  if (style.border) {
    const b: Partial<ExcelJS.Borders> = {};
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const s = style.border[side];
      if (s) b[side] = { style: s };
    }
    cell.border = b;
  }
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
}

/** Excel string literal inside a formula. */
const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * The cell's value. A spec `value` is plain data and is written as such — a string beginning with
 * "=" stays a string (ExcelJS writes strings as shared strings, never as formulas). Only the
 * engine's `formula` field becomes a formula, with `value` as its cached result. An internal link
 * becomes a HYPERLINK formula: ExcelJS writes internal hyperlinks as external relationships that
 * Excel cannot follow.
 */
function cellValue(spec: CellSpec): ExcelJS.CellValue {
  if (spec.formula !== undefined) {
    const result = spec.value === null ? undefined : spec.value;
    return {
      formula: xmlSafe(spec.formula),
      result: typeof result === "string" ? xmlSafe(result) : result,
    } as ExcelJS.CellFormulaValue;
  }
  if (spec.link !== undefined) {
    const text = spec.value === null ? "" : xmlSafe(String(spec.value));
    return {
      formula: `HYPERLINK(${quote(`#${spec.link}`)},${quote(text)})`,
      result: text,
    } as ExcelJS.CellFormulaValue;
  }
  if (spec.value === null) return null;
  return typeof spec.value === "string" ? xmlSafe(spec.value) : spec.value;
}

function printTitles(spec: SheetSpec): string | undefined {
  const t = spec.print.printTitleRows;
  return t ? `${t[0]}:${t[1]}` : undefined;
}

/**
 * ExcelJS's mergeCells scans every earlier merge of the sheet for an overlap: O(n²) in merges,
 * and a 150-commune trace sheet has tens of thousands (over a minute). Check overlaps here with a
 * set of covered cells instead, and let ExcelJS see an empty merge list while it merges.
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: SheetSpec["merges"]): void {
  const covered = new Set<number>();
  for (const mg of merges) {
    for (let r = mg.top; r <= mg.bottom; r++)
      for (let c = mg.left; c <= mg.right; c++) {
        const key = r * 20_000 + c;
        if (covered.has(key)) throw new Error(`overlapping merges at row ${r}, column ${c}`);
        covered.add(key);
      }
  }
  const sheet = ws as unknown as { _merges: Record<string, unknown> };
  const all = sheet._merges;
  try {
    for (const mg of merges) {
      sheet._merges = {};
      ws.mergeCells(mg.top, mg.left, mg.bottom, mg.right);
      Object.assign(all, sheet._merges);
    }
  } finally {
    sheet._merges = all;
  }
}

export function writeSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  name: string
): ExcelJS.Worksheet {
  const m = spec.print.margins;
  const ws = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: spec.print.orientation,
      fitToPage: spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: {
        top: m.top / MM_PER_INCH,
        bottom: m.bottom / MM_PER_INCH,
        left: m.left / MM_PER_INCH,
        right: m.right / MM_PER_INCH,
        header: m.header / MM_PER_INCH,
        footer: m.footer / MM_PER_INCH,
      },
      printTitlesRow: printTitles(spec),
    },
    headerFooter: {
      oddFooter: spec.print.footer ? xmlSafe(spec.print.footer) : undefined,
      oddHeader: spec.print.header ? xmlSafe(spec.print.header) : undefined,
    },
    views: spec.freezeRows
      ? [{ state: "frozen", ySplit: spec.freezeRows, showGridLines: false }]
      : [{ showGridLines: false }],
  });
  // Every cell of the sheet defaults to the document font, so blank rows keep the line height.
  spec.columnWidths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
  });
  for (const c of spec.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = cellValue(c);
    const style = c.style ? spec.styles[c.style] : undefined;
    if (style) applyStyle(cell, style);
  }
  mergeAll(ws, spec.merges);
  for (const [row, h] of Object.entries(spec.rowHeights)) ws.getRow(Number(row)).height = h;
  // ExcelJS adds a break *after* a row; the spec names the first row of the new page.
  for (const r of spec.print.pageBreaksBefore) if (r > 1) ws.getRow(r - 1).addPageBreak();
  return ws;
}

/**
 * Apply generated sheet specs to a workbook: remove this add-in's earlier sheets of the same kinds,
 * append the new ones at the end (a clerk's sheet with a clashing name is kept and the new one
 * takes " (2)"), and mark each with its DinhBien_<kind> defined name.
 */
export function writeSheetSpecs(workbook: ExcelJS.Workbook, specs: SheetSpec[]): WriteResult {
  const existing = listMarkedSheets(workbook);
  const plan = planSheetWrites(existing, specs);
  for (const name of plan.remove) {
    const ws = workbook.getWorksheet(name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  const kinds = new Set(specs.map((s) => s.kind));
  const removed = new Set(plan.remove);
  // Drop markers of replaced kinds and of removed sheets; keep every other defined name untouched.
  const names = definedNames(workbook).filter((dn) => {
    const kind = kindOfMarker(dn.name);
    if (kind && kinds.has(kind)) return false;
    const sheet = dn.ranges.length ? sheetOfRange(dn.ranges[0]) : null;
    return !(sheet && removed.has(sheet));
  });
  const result: WriteResult = { names: {}, replaced: [...plan.remove] };
  for (const t of plan.targets) {
    writeSheet(workbook, t.spec, t.name);
    names.push({ name: markerName(t.spec.kind), ranges: [sheetRef(t.name, "$A$1")] });
    result.names[t.spec.name] = t.name;
  }
  setDefinedNames(workbook, names);
  return result;
}
