import { StringDecoder } from "string_decoder";
import { SaxesParser } from "saxes";
import type { CellRange, CellValue, Grid } from "../engine";
import { isDateFormat } from "../engine";
import { ZipArchive, ZipError, type PartStream, type ZipLimits, ZIP_LIMITS } from "./zip";
import { FastFallback, FastScanner, saxesFeeder, type Feeder } from "./fast";
import {
  CellScanner,
  cellType,
  parseRange,
  parseRef,
  scanSharedStrings,
  SheetSink,
  TooManyCells,
  unescapeText,
  type SheetRow,
} from "./scan";

export { parseRange, parseRef, unescapeText };

/**
 * An .xlsx read as an Open Packaging Conventions package, the way Excel reads it: the workbook
 * part is found through the package relationships (any part name), its worksheets through the
 * workbook's relationships, and each worksheet is streamed (saxes) into a grid holding only what
 * its cells hold. Memory and time follow the cells that hold values, never a sheet's dimension,
 * a merge's or a dropdown's range: data validations, conditional formats and notes are not read
 * at all (the engine never needs them). Element names are matched by their local name, so
 * `x:`-prefixed SpreadsheetML (as .NET writers produce it) and Strict OOXML read like the usual
 * transitional form.
 */

export interface ReadLimits extends ZipLimits {
  /** Most grid slots (rows × their width) one sheet may make. */
  sheetCells: number;
}

export const READ_LIMITS: ReadLimits = { ...ZIP_LIMITS, sheetCells: 5_000_000 };

export type PackageProblem =
  /** A zip, but not a workbook: `kind` says what it is when known ("ods", "docx", "pptx"). */
  | { problem: "not-workbook"; kind: "ods" | "docx" | "pptx" | null }
  /** A sheet beyond the cell limit. */
  | { problem: "too-many-cells"; sheet: string; limit: number }
  /** A part's XML is not well-formed. */
  | { problem: "bad-xml"; part: string };

export class PackageError extends Error {
  constructor(readonly detail: PackageProblem) {
    super(detail.problem);
    this.name = "PackageError";
  }
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface PackageSheet {
  name: string;
  /** The worksheet's part name in the zip ("xl/worksheets/sheet1.xml", or any other). */
  part: string;
  /** The relationship id in workbook.xml. */
  rId: string;
  state: SheetState;
}

export interface DefinedName {
  name: string;
  /** The formula text, e.g. "'Tổng hợp'!$A$1". */
  text: string;
  /** The sheet a sheet-scoped name belongs to (its localSheetId), null for a workbook name. */
  scope: string | null;
}

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

/** "x:row" → "row". */
const local = (name: string): string => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part (RFC 3986 reference resolution). */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // keep it as written
  }
  const base = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.replace(/^\/+/, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** Parse a small, whole XML part; element and attribute names by local name. */
function parseXml(
  part: string,
  text: string,
  on: {
    open?: (name: string, attrs: Record<string, string>) => void;
    close?: (name: string) => void;
    text?: (t: string) => void;
  }
): void {
  const parser = new SaxesParser({ position: false });
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  parser.on("opentag", (tag) => {
    if (!on.open) return;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = String(v);
    on.open(local(tag.name), attrs);
  });
  if (on.close) parser.on("closetag", (tag) => on.close?.(local(tag.name)));
  if (on.text) {
    parser.on("text", (t) => on.text?.(t));
    parser.on("cdata", (t) => on.text?.(t));
  }
  try {
    parser.write(text).close();
  } catch {
    failed = true;
  }
  if (failed) throw new PackageError({ problem: "bad-xml", part });
}

function xmlText(buf: Buffer): string {
  // A UTF-8 byte order mark is allowed and not content; UTF-16 parts are rare but legal.
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.toString("utf16le", 2);
  const s = buf.toString("utf8");
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function readRels(zip: ZipArchive, sourcePart: string): Relationship[] {
  const part = sourcePart === "" ? "_rels/.rels" : relsPartOf(sourcePart);
  const buf = zip.read(part);
  if (!buf) return [];
  const out: Relationship[] = [];
  parseXml(part, xmlText(buf), {
    open: (name, a) => {
      if (name !== "Relationship" || !a.Id || !a.Target) return;
      const external = a.TargetMode === "External";
      out.push({
        id: a.Id,
        type: a.Type ?? "",
        target: external ? a.Target : resolveTarget(sourcePart, a.Target),
        external,
      });
    },
  });
  return out;
}

export { isDateFormat };
/** The shared strings part read with saxes: each <si>'s text runs, outside phonetic runs. */
export function stringsBySaxes(part: string, text: string): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  let inT = false;
  let phonetic = 0;
  parseXml(part, text, {
    open: (name) => {
      if (name === "si") cur = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inT = true;
    },
    text: (t) => {
      if (inT && cur !== null) cur += t;
    },
    close: (name) => {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        out.push(unescapeText(cur ?? ""));
        cur = null;
      }
    },
  });
  return out;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

export class WorkbookPackage {
  readonly zip: ZipArchive;
  readonly workbookPart: string;
  readonly sheets: PackageSheet[] = [];
  readonly definedNames: DefinedName[] = [];
  date1904 = false;
  private sharedStrings: string[] | null = null;
  private sharedStringsPart: string | null = null;
  private stylesPart: string | null = null;
  /** cellXfs index → whether its number format shows a date. */
  private dateStyles: boolean[] | null = null;

  constructor(
    data: Buffer,
    readonly limits: ReadLimits = READ_LIMITS
  ) {
    this.zip = new ZipArchive(data, limits);
    const main = readRels(this.zip, "").find(
      (r) => !r.external && REL_OFFICE_DOCUMENT.test(r.type)
    );
    const fallback = this.zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
    const part = main && this.zip.has(main.target) ? main.target : fallback;
    if (!part) throw new PackageError({ problem: "not-workbook", kind: this.otherKind() });
    this.workbookPart = part;
    const rels = readRels(this.zip, part);
    const byId = new Map(rels.map((r) => [r.id, r]));
    this.sharedStringsPart = rels.find((r) => REL_SHARED_STRINGS.test(r.type))?.target ?? null;
    this.stylesPart = rels.find((r) => REL_STYLES.test(r.type))?.target ?? null;
    const text = xmlText(this.zip.read(part) as Buffer);
    let inName: { name: string; text: string; local: number | null } | null = null;
    let isWorkbook = false;
    // Every <sheet> in order, chart and macro sheets included: what localSheetId counts.
    const allSheets: string[] = [];
    parseXml(part, text, {
      open: (name, a) => {
        if (name === "workbook") isWorkbook = true;
        else if (name === "workbookPr") this.date1904 = a.date1904 === "1" || a.date1904 === "true";
        else if (name === "sheet") {
          allSheets.push(a.name ?? "");
          const rel = a.id ? byId.get(a.id) : undefined;
          // Chart sheets, dialog and macro sheets hold no cells to read.
          if (!rel || rel.external || !REL_WORKSHEET.test(rel.type) || !this.zip.has(rel.target))
            return;
          const state =
            a.state === "hidden" ? "hidden" : a.state === "veryHidden" ? "veryHidden" : "visible";
          this.sheets.push({ name: a.name ?? "", part: rel.target, rId: a.id, state });
        } else if (name === "definedName") {
          const local = a.localSheetId !== undefined ? Number(a.localSheetId) : null;
          inName = { name: a.name ?? "", text: "", local: Number.isInteger(local) ? local : null };
        }
      },
      text: (t) => {
        if (inName) inName.text += t;
      },
      close: (name) => {
        if (name === "definedName" && inName) {
          const { local, ...named } = inName;
          this.definedNames.push({
            ...named,
            scope: local === null ? null : (allSheets[local] ?? null),
          });
          inName = null;
        }
      },
    });
    if (!isWorkbook) throw new PackageError({ problem: "not-workbook", kind: this.otherKind() });
  }

  /** What a zip that holds no workbook is, when it says so. */
  private otherKind(): "ods" | "docx" | "pptx" | null {
    const mime = this.zip.has("mimetype") ? this.zip.read("mimetype")?.toString("latin1") : "";
    if (mime && mime.includes("opendocument")) return "ods";
    if (this.zip.has("word/document.xml")) return "docx";
    if (this.zip.has("ppt/presentation.xml")) return "pptx";
    return null;
  }

  private strings(): string[] {
    if (this.sharedStrings) return this.sharedStrings;
    const part = this.sharedStringsPart;
    const buf = part ? this.zip.read(part) : null;
    let out: string[] = [];
    if (part && buf) {
      const text = xmlText(buf);
      // The plain form by the shared strings scanner (scan.ts), anything else by saxes.
      out = scanSharedStrings(text) ?? stringsBySaxes(part, text);
    }
    this.sharedStrings = out;
    return out;
  }

  private styles(): boolean[] {
    if (this.dateStyles) return this.dateStyles;
    const out: boolean[] = [];
    const part = this.stylesPart;
    const buf = part ? this.zip.read(part) : null;
    if (part && buf) {
      const custom = new Map<number, boolean>();
      let inXfs = false;
      parseXml(part, xmlText(buf), {
        open: (name, a) => {
          if (name === "numFmt") custom.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ""));
          else if (name === "cellXfs") inXfs = true;
          else if (name === "xf" && inXfs) {
            const id = Number(a.numFmtId ?? 0);
            out.push(custom.get(id) ?? DATE_FORMAT_IDS.has(id));
          }
        },
        close: (name) => {
          if (name === "cellXfs") inXfs = false;
        },
      });
    }
    this.dateStyles = out;
    return out;
  }

  /**
   * One worksheet's grid (see gridOf for the shape); `scanner`: that scanner alone, no fallback
   * (the tests compare the scanners with it).
   */
  async readGrid(sheet: PackageSheet, scanner?: SheetScanner): Promise<Grid> {
    // The sheet inflates on zlib's thread while the shared strings and styles are parsed here.
    const part = this.zip.open(sheet.part);
    let strings: string[];
    let styles: boolean[];
    try {
      strings = this.strings();
      styles = this.styles();
    } catch (e) {
      part.cancel();
      throw e;
    }
    if (scanner) return readSheetWith(this, sheet, part, strings, styles, scanner);
    return readSheet(this, sheet, part, strings, styles);
  }
}

// ───────────────────────────── worksheets ─────────────────────────────

const EMPTY_ROW: CellValue[] = [];

/** Overlapping merges read as Excel repairs them: a merge overlapping an earlier one is dropped. */
export function keepNonOverlapping(merges: CellRange[]): CellRange[] {
  const BLOCK = 64;
  const buckets = new Map<number, CellRange[]>();
  const kept: CellRange[] = [];
  for (const m of merges) {
    const first = Math.floor(m.top / BLOCK);
    const last = Math.floor(m.bottom / BLOCK);
    let clash = false;
    for (let b = first; b <= last && !clash; b++) {
      for (const k of buckets.get(b) ?? []) {
        if (k.top <= m.bottom && m.top <= k.bottom && k.left <= m.right && m.left <= k.right) {
          clash = true;
          break;
        }
      }
    }
    if (clash) continue;
    kept.push(m);
    for (let b = first; b <= last; b++) {
      const list = buckets.get(b);
      if (list) list.push(m);
      else buckets.set(b, [m]);
    }
  }
  return kept;
}

/** Which scanner reads a worksheet: the cell scanner (scan.ts), the fast tag scanner, saxes. */
export type SheetScanner = "cells" | "tags" | "saxes";

/**
 * A worksheet's grid: read with the cell scanner (scan.ts) and, when the part uses anything it
 * leaves to the general path, with the fast tag scanner (fast.ts), then with saxes when the part
 * needs a full XML parser (a DOCTYPE, CDATA, comments, an unknown entity).
 */
async function readSheet(
  pkg: WorkbookPackage,
  sheet: PackageSheet,
  opened: PartStream,
  strings: string[],
  dateStyles: boolean[]
): Promise<Grid> {
  let part: PartStream | null = opened;
  for (const scanner of ["cells", "tags"] as const) {
    try {
      return await readSheetWith(
        pkg,
        sheet,
        part ?? pkg.zip.open(sheet.part),
        strings,
        dateStyles,
        scanner
      );
    } catch (e) {
      if (!(e instanceof FastFallback)) throw e;
    }
    part = null;
  }
  return readSheetWith(pkg, sheet, pkg.zip.open(sheet.part), strings, dateStyles, "saxes");
}

/** The general path's events into the sink: elements by local name, attributes as written. */
function tagFeeder(sink: SheetSink, scanner: "tags" | "saxes", onError: () => void): Feeder {
  const onOpen = (rawName: string, a: Record<string, string>): void => {
    switch (local(rawName)) {
      case "sheetData":
        sink.openSheetData();
        return;
      case "row":
        sink.openRow(a.r !== undefined ? Number(a.r) : NaN, isTrue(a.hidden));
        return;
      case "c": {
        const p = a.r !== undefined ? parseRef(a.r) : null;
        sink.openCell(p ? p[1] : 0, cellType(a.t), a.s !== undefined ? Number(a.s) : 0);
        return;
      }
      case "v":
        sink.openV();
        return;
      case "is":
        sink.openIs();
        return;
      case "rPh":
        sink.openPhonetic();
        return;
      case "t":
        sink.openT();
        return;
      case "col":
        sink.col(isTrue(a.hidden), a.min, a.max);
        return;
      case "mergeCell":
        sink.mergeCell(a.ref);
        return;
    }
  };
  const onText = (t: string): void => sink.addText(t);
  const onClose = (rawName: string): void => {
    switch (local(rawName)) {
      case "v":
        sink.closeV();
        return;
      case "t":
        sink.closeT();
        return;
      case "rPh":
        sink.closePhonetic();
        return;
      case "is":
        sink.closeIs();
        return;
      case "c":
        sink.closeCell();
        return;
      case "row":
        sink.closeRow();
        return;
      case "sheetData":
        sink.closeSheetData();
        return;
    }
  };
  return scanner === "tags"
    ? new FastScanner(onOpen, onText, onClose)
    : saxesFeeder(onOpen, onText, onClose, onError);
}

const isTrue = (s: string | undefined): boolean => s === "1" || s === "true";

/** A worksheet part's bytes to the chosen scanner, chunk by chunk, as it inflates. */
function byteFeeder(sink: SheetSink, scanner: SheetScanner, onError: () => void) {
  if (scanner === "cells") {
    const cells = new CellScanner(sink);
    return { write: (b: Buffer) => cells.write(b), close: () => cells.close() };
  }
  const parser = tagFeeder(sink, scanner, onError);
  const decoder = new StringDecoder("utf8");
  let first = true;
  return {
    write: (chunk: Buffer) => {
      let s = decoder.write(chunk);
      if (first) {
        if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
        first = false;
      }
      parser.write(s);
    },
    close: () => {
      parser.write(decoder.end());
      parser.close();
    },
  };
}

/** One worksheet read with one scanner. */
async function readSheetWith(
  pkg: WorkbookPackage,
  sheet: PackageSheet,
  part: PartStream,
  strings: string[],
  dateStyles: boolean[],
  scanner: SheetScanner
): Promise<Grid> {
  const cap = pkg.limits.sheetCells;
  const sink = new SheetSink(strings, dateStyles, pkg.date1904, cap);
  let failed = false;
  const feeder = byteFeeder(sink, scanner, () => {
    failed = true;
  });
  const tooMany = (): never => {
    throw new PackageError({ problem: "too-many-cells", sheet: sheet.name, limit: cap });
  };
  let slots = 0;
  let filled = 0;
  const rows = sink.rows;
  await part.each((chunk) => {
    if (failed) return;
    try {
      feeder.write(chunk);
    } catch (e) {
      if (e instanceof TooManyCells) tooMany();
      if (e instanceof FastFallback) throw e;
      failed = true;
    }
    // The cap is checked as the rows come, so a sheet beyond it stops here, not after.
    let n = 0;
    for (let i = filled; i < rows.length; i++) n += rows[i].count;
    filled = rows.length;
    slots += n;
    if (slots > cap) tooMany();
  });
  if (!failed) {
    try {
      feeder.close();
    } catch (e) {
      if (e instanceof TooManyCells) tooMany();
      if (e instanceof FastFallback) throw e;
      failed = true;
    }
  }
  if (failed) throw new PackageError({ problem: "bad-xml", part: sheet.part });
  const grid = gridOf(
    sheet.name,
    rows,
    { top: sink.top, bottom: sink.bottom, left: sink.left, right: sink.right },
    sink.merges,
    sink.hiddenRows,
    sink.hiddenCols,
    cap
  );
  if (sheet.state !== "visible") grid.hidden = sheet.state;
  return grid;
}

/**
 * The engine's grid: from the first to the last row and column holding a value, rows as wide as
 * their last value (ragged; a row without values is one shared empty array). A merged cell other
 * than the top-left one reads as null, as in office-js.
 */
function gridOf(
  sheet: string,
  rows: SheetRow[],
  box: { top: number; bottom: number; left: number; right: number },
  rawMerges: CellRange[],
  hiddenRows: number[],
  hiddenColSet: Set<number>,
  cap: number
): Grid {
  const merges = keepNonOverlapping(rawMerges).sort((a, b) => a.top - b.top || a.left - b.left);
  const hiddenCols = [...hiddenColSet].sort((a, b) => a - b);
  if (rows.length === 0)
    return { sheet, firstRow: 1, firstCol: 1, cells: [], merges, hiddenRows, hiddenCols };
  const { top, bottom, left, right } = box;
  const height = bottom - top + 1;
  const full = right - left + 1;
  let filled = 0;
  for (const r of rows) filled += r.count;
  // Rows padded to the used width (as office-js gives them) when that costs little; ragged when
  // one stray cell far out (XFD1048576, a note in XFD2) would make every row 16 384 wide.
  const padded = height * full <= Math.max(2_000_000, 4 * filled);
  // EMPTY_ROW until a row with values comes.
  const cells = new Array<CellValue[]>(height).fill(EMPTY_ROW);
  let slots = padded ? height * full : 0;
  for (const r of rows) {
    const width = r.first - left + r.vals.length;
    if (!padded) slots += width;
    if (slots > cap) throw new PackageError({ problem: "too-many-cells", sheet, limit: cap });
    const at = r.r - top;
    const existing = cells[at];
    if (existing === EMPTY_ROW) {
      // The row's own values become the line (moved right when it starts after `left`).
      const line =
        r.first === left ? r.vals : new Array<CellValue>(r.first - left).fill(null).concat(r.vals);
      if (padded) while (line.length < full) line.push(null);
      cells[at] = line;
    } else {
      // A second <row> with the same number: its values over the first's.
      while (existing.length < width) existing.push(null);
      for (let i = 0; i < r.vals.length; i++)
        if (r.vals[i] !== null) existing[r.first - left + i] = r.vals[i];
    }
  }
  if (padded)
    for (let i = 0; i < height; i++)
      if (cells[i] === EMPTY_ROW) cells[i] = new Array<CellValue>(full).fill(null);
  for (const m of merges) {
    const r0 = Math.max(m.top, top);
    const r1 = Math.min(m.bottom, bottom);
    for (let r = r0; r <= r1; r++) {
      const line = cells[r - top];
      if (line.length === 0) continue;
      const c1 = Math.min(m.right, left + line.length - 1);
      for (let c = Math.max(m.left, left); c <= c1; c++)
        if (r !== m.top || c !== m.left) line[c - left] = null;
    }
  }
  return {
    sheet,
    // As small integers: `top` and `left` start as Infinity, so V8 holds them as doubles, and a
    // double here makes every row and column number derived from it (each finding's and field's
    // cell) a separate heap number: 16 bytes more for each, a million at a province's size.
    firstRow: top | 0,
    firstCol: left | 0,
    cells,
    merges,
    hiddenRows,
    hiddenCols,
  };
}

export { ZipError };
