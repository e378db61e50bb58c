import * as zlib from "zlib";
import { sheetRef, type CellSpec, type CellStyle, type SheetSpec } from "../engine";
import type { CopiedPart } from "./zip-write";

/**
 * Generated sheets written as SpreadsheetML straight from their specs (issue 15 §1): the
 * worksheet XML, the styles they use, the defined names for their print titles. No ExcelJS: the
 * markup is the one ExcelJS wrote for the same specs (same elements, attributes and style
 * records), so a reader sees the same cells, styles, merges and print setup as before.
 *
 * Strings are inline (<is>), not shared: the clerk's sharedStrings part then stays exactly as it
 * was stored (a shared table would have to be merged into the clerk's, and every index of theirs
 * kept), the writer holds no table across the sheets (memory is one row's XML at a time), and the
 * repetition a shared table would save is what deflate removes anyway. It is also what the
 * generated sheets held before (ExcelJS's shared strings were inlined on the way in).
 *
 * A sheet's XML is deflated in chunks as it is made, never held whole: each chunk is compressed
 * on its own and ends in a sync flush, so the chunks put one after another (and a final empty
 * block) are one deflate stream; the CRC is carried from chunk to chunk.
 */

// ───────────────────────────── text ─────────────────────────────

/**
 * Text as XML 1.0 can hold it: a character XML forbids (C0 controls but tab and line breaks,
 * U+FFFE, U+FFFF, a lone surrogate) becomes the _xHHHH_ escape of ECMA-376 §22.9.2.19, which
 * Excel reads back as the character; a literal "_x0041_" in the text is itself escaped first.
 */
export function xmlSafe(s: string): string {
  return s
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F_${m.slice(1)}`)
    .replace(
      // eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
    );
}

const NEEDS_SAFE =
  // eslint-disable-next-line no-control-regex -- the characters xmlSafe rewrites
  /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const NEEDS_ESCAPE = /[&<>"]/;

/** Markup escaping for text and attribute values. */
export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** xmlSafe, then escaped: what goes between tags. */
const text = (s: string): string => escapeXml(NEEDS_SAFE.test(s) ? xmlSafe(s) : s);

// ───────────────────────────── styles ─────────────────────────────

/** Excel's built-in number formats by code (ECMA-376 §18.8.30): these take no <numFmt>. */
const BUILTIN_FORMATS = new Map<string, number>([
  ["General", 0], ["0", 1], ["0.00", 2], ["#,##0", 3], ["#,##0.00", 4], ["0%", 9], ["0.00%", 10],
  ["0.00E+00", 11], ["# ?/?", 12], ["# ??/??", 13], ["mm-dd-yy", 14], ["d-mmm-yy", 15],
  ["d-mmm", 16], ["mmm-yy", 17], ["h:mm AM/PM", 18], ["h:mm:ss AM/PM", 19], ["h:mm", 20],
  ["h:mm:ss", 21], ['m/d/yy "h":mm', 22], ["#,##0 ;(#,##0)", 37], ["#,##0 ;[Red](#,##0)", 38],
  ["#,##0.00 ;(#,##0.00)", 39], ["#,##0.00 ;[Red](#,##0.00)", 40], ["mm:ss", 45],
  ["[h]:mm:ss", 46], ["mmss.0", 47], ["##0.0E+0", 48], ["@", 49],
]); // prettier-ignore

/** The first id a workbook's own number formats may take. */
const FIRST_CUSTOM_FORMAT = 164;

const DEFAULT_FONT =
  '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';

/** An ordered, deduplicated list of XML records: index of each distinct one. */
class Records {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: string[] = []) {
    for (const x of initial) this.add(x);
  }
  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

function fontXml(f: NonNullable<CellStyle["font"]>): string {
  const inner =
    (f.bold ? "<b/>" : "") +
    (f.italic ? "<i/>" : "") +
    (f.underline ? "<u/>" : "") +
    (f.size ? `<sz val="${f.size}"/>` : "") +
    (f.name !== undefined ? `<name val="${escapeXml(f.name)}"/>` : "");
  return inner ? `<font>${inner}</font>` : "<font/>";
}

function borderXml(b: NonNullable<CellStyle["border"]>): string {
  const edge = (side: "left" | "right" | "top" | "bottom") =>
    b[side] ? `<${side} style="${b[side]}"/>` : `<${side}/>`;
  return `<border>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<diagonal/></border>`;
}

const fillXml = (rgb: string): string =>
  `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb.replace(/^#/, "").toUpperCase()}"/></patternFill></fill>`;

function alignmentXml(a: NonNullable<CellStyle["align"]>): string {
  const h = a.horizontal === "centerAcross" ? "centerContinuous" : a.horizontal;
  const v = a.vertical === "middle" ? "center" : a.vertical;
  const attrs =
    (h ? ` horizontal="${h}"` : "") +
    (v ? ` vertical="${v}"` : "") +
    (a.wrap ? ' wrapText="1"' : "");
  return attrs ? `<alignment${attrs}/>` : "";
}

/**
 * The generated sheets' cell formats, one xf per distinct style whatever sheet or style key it
 * comes from, with their fonts, fills, borders and number formats deduplicated likewise. Index 0
 * of each list is the default a workbook must start with, as ExcelJS wrote it.
 */
export class StyleTable {
  private readonly fonts = new Records([DEFAULT_FONT]);
  private readonly fills = new Records([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Records([
    "<border><left/><right/><top/><bottom/><diagonal/></border>",
  ]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Records([
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ]);
  /** Per style object: its xf (the same object is looked up once per cell). */
  private readonly byStyle = new WeakMap<CellStyle, number>();

  /** The xf index of `style` (0, the default, for none). */
  xf(style: CellStyle | undefined): number {
    if (!style) return 0;
    const known = this.byStyle.get(style);
    if (known !== undefined) return known;
    let numFmt = 0;
    if (style.numFmt) {
      numFmt = BUILTIN_FORMATS.get(style.numFmt) ?? this.formats.get(style.numFmt) ?? -1;
      if (numFmt < 0) {
        numFmt = FIRST_CUSTOM_FORMAT + this.formats.size;
        this.formats.set(style.numFmt, numFmt);
      }
    }
    const font = style.font ? this.fonts.add(fontXml(style.font)) : 0;
    const border = style.border ? this.borders.add(borderXml(style.border)) : 0;
    const fill = style.fill ? this.fills.add(fillXml(style.fill)) : 0;
    const align = style.align ? alignmentXml(style.align) : "";
    const xml =
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
      (numFmt ? ' applyNumberFormat="1"' : "") +
      (font ? ' applyFont="1"' : "") +
      (fill ? ' applyFill="1"' : "") +
      (border ? ' applyBorder="1"' : "") +
      (style.align ? ' applyAlignment="1"' : "") +
      (align ? `>${align}</xf>` : "/>");
    const i = this.xfs.add(xml);
    this.byStyle.set(style, i);
    return i;
  }

  /** Every style of `spec`, registered in key order (so the xfs exist before any sheet is written). */
  register(spec: SheetSpec): void {
    for (const key of Object.keys(spec.styles)) this.xf(spec.styles[key]);
  }

  /** A whole styles part in the default namespace (a new workbook's, or to merge into the clerk's). */
  xml(): string {
    const list = (name: string, items: string[], extra = "") =>
      `<${name} count="${items.length}"${extra}>${items.join("")}</${name}>`;
    const fmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`
    );
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">` +
      (fmts.length ? list("numFmts", fmts) : "") +
      list("fonts", this.fonts.items, ' x14ac:knownFonts="1"') +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      list("cellXfs", this.xfs.items) +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
      `</styleSheet>`
    );
  }
}

// ───────────────────────────── the worksheet ─────────────────────────────

const MM_PER_INCH = 25.4;
const SYNC = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
/** Characters of XML gathered before a chunk is deflated. */
const CHUNK = 1 << 20;

/** A part deflated as it is written (see the module comment). */
class DeflatedPart {
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly out: Buffer[] = [];
  private crc = 0;
  private size = 0;

  write(s: string): void {
    this.pending.push(s);
    this.pendingLength += s.length;
    if (this.pendingLength >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.pendingLength === 0) return;
    const data = Buffer.from(this.pending.join(""), "utf8");
    this.pending = [];
    this.pendingLength = 0;
    this.crc = zlib.crc32(data, this.crc);
    this.size += data.length;
    this.out.push(zlib.deflateRawSync(data, SYNC));
  }

  finish(name: string): CopiedPart {
    this.flush();
    this.out.push(zlib.deflateRawSync(Buffer.alloc(0)));
    return {
      name,
      method: 8,
      crc: this.crc >>> 0,
      size: this.size,
      compressed: Buffer.concat(this.out),
    };
  }
}

const letters: string[] = [];
/** 1 → "A", 28 → "AB" (cached: every cell asks). */
function columnLetters(col: number): string {
  let s = letters[col];
  if (s === undefined) {
    s = "";
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    letters[col] = s;
  }
  return s;
}

/** Excel string literal inside a formula. */
const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * One cell's <c>. A spec `value` is plain data: a string beginning with "=" stays a string. Only
 * the engine's `formula` becomes a formula, with `value` as its cached result. An internal link
 * becomes a HYPERLINK formula (Excel cannot follow an internal hyperlink written as an external
 * relationship), its text the cached result.
 */
function cellXml(ref: string, c: CellSpec, s: number): string {
  const sAttr = s ? ` s="${s}"` : "";
  let formula: string | undefined;
  let result: string | number | null = c.value;
  if (c.formula !== undefined) formula = xmlSafe(c.formula);
  else if (c.link !== undefined) {
    const shown = c.value === null ? "" : xmlSafe(String(c.value));
    formula = `HYPERLINK(${quote(`#${c.link}`)},${quote(shown)})`;
    result = shown;
  }
  if (formula !== undefined) {
    const f = `<f>${escapeXml(formula)}</f>`;
    if (result === null) return `<c r="${ref}"${sAttr}>${f}</c>`;
    if (typeof result === "string")
      return `<c r="${ref}"${sAttr} t="str">${f}<v>${text(result)}</v></c>`;
    return `<c r="${ref}"${sAttr}>${f}<v>${result}</v></c>`;
  }
  if (result === null) return s ? `<c r="${ref}"${sAttr}/>` : "";
  if (typeof result === "number") return `<c r="${ref}"${sAttr}><v>${result}</v></c>`;
  const t = text(result);
  const space = /^\s|\n|\s$/.test(t) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${sAttr} t="inlineStr"><is><t${space}>${t}</t></is></c>`;
}

type Merge = SheetSpec["merges"][number];

/** The spec's cells in (row, column) order, the last of any two at one cell winning. */
function cellOrder(cells: readonly CellSpec[]): ArrayLike<number> | null {
  let sorted = true;
  for (let i = 1; i < cells.length && sorted; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    sorted = a.row < b.row || (a.row === b.row && a.col < b.col);
  }
  if (sorted) return null;
  const idx = Array.from({ length: cells.length }, (_, i) => i);
  idx.sort((x, y) => cells[x].row - cells[y].row || cells[x].col - cells[y].col || x - y);
  return Uint32Array.from(idx);
}

const DROPPED_WIDTH = 9;

function cols(widths: readonly number[]): string {
  let out = "";
  for (let i = 0; i < widths.length;) {
    const w = widths[i];
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    // A width of exactly 9 is left out, as ExcelJS did (9 is its default width): such a column
    // has Excel's standard width, and the documents stay as they were printed (the render tests'
    // line breaks in narrow columns are measured on it).
    if (w !== undefined && w !== null && w > 0 && w !== DROPPED_WIDTH)
      out += `<col min="${i + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`;
    i = j + 1;
  }
  return out ? `<cols>${out}</cols>` : "";
}

function sheetView(spec: SheetSpec): string {
  const y = spec.freezeRows;
  if (!y) return `<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>`;
  return (
    `<sheetViews><sheetView workbookViewId="0" showGridLines="0">` +
    `<pane ySplit="${y}" topLeftCell="A${y + 1}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft"/></sheetView></sheetViews>`
  );
}

function printSetup(spec: SheetSpec): string {
  const p = spec.print;
  const m = p.margins;
  const inch = (mm: number) => mm / MM_PER_INCH;
  const hf =
    (p.header ? `<oddHeader>${text(p.header)}</oddHeader>` : "") +
    (p.footer ? `<oddFooter>${text(p.footer)}</oddFooter>` : "");
  const breaks = p.pageBreaksBefore.filter((r) => r > 1);
  return (
    `<printOptions horizontalCentered="1"/>` +
    `<pageMargins left="${inch(m.left)}" right="${inch(m.right)}" top="${inch(m.top)}" bottom="${inch(m.bottom)}" header="${inch(m.header)}" footer="${inch(m.footer)}"/>` +
    `<pageSetup paperSize="9" orientation="${p.orientation}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="0"/>` +
    (hf ? `<headerFooter>${hf}</headerFooter>` : "") +
    // A break goes *after* a row; the spec names the first row of the new page.
    (breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
          .map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`)
          .join("")}</rowBreaks>`
      : "")
  );
}

/**
 * The worksheet part for `spec`, deflated, its style indexes shifted by `xfOffset` (the clerk's
 * cellXfs before the generated ones). Rows are made one at a time in order: a merge's other cells
 * take its first cell's style and no value, as Excel keeps them.
 */
export function worksheetPart(
  name: string,
  spec: SheetSpec,
  styles: StyleTable,
  xfOffset: number
): CopiedPart {
  const cells = spec.cells;
  const order = cellOrder(cells);
  const at = (i: number): CellSpec => cells[order ? order[i] : i];
  const xfOf = (c: CellSpec): number => {
    const x = styles.xf(c.style ? spec.styles[c.style] : undefined);
    return x ? x + xfOffset : 0;
  };

  // Merges: checked for overlaps with a set of covered cells, then swept by first row.
  const covered = new Set<number>();
  for (const mg of spec.merges)
    for (let r = mg.top; r <= mg.bottom; r++)
      for (let c = mg.left; c <= mg.right; c++) {
        const key = r * 20_000 + c;
        if (covered.has(key)) throw new Error(`overlapping merges at row ${r}, column ${c}`);
        covered.add(key);
      }
  covered.clear();
  const merges = [...spec.merges].sort((a, b) => a.top - b.top || a.left - b.left);

  // The used range, as <dimension> states it.
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const widen = (r1: number, c1: number, r2: number, c2: number) => {
    if (r1 < top) top = r1;
    if (c1 < left) left = c1;
    if (r2 > bottom) bottom = r2;
    if (c2 > right) right = c2;
  };
  for (const c of cells) widen(c.row, c.col, c.row, c.col);
  for (const mg of merges) widen(mg.top, mg.left, mg.bottom, mg.right);
  const heightRows = Object.keys(spec.rowHeights)
    .map(Number)
    .sort((a, b) => a - b);
  const lastRow = Math.max(bottom, heightRows.length ? heightRows[heightRows.length - 1] : 0);

  const out = new DeflatedPart();
  out.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
      (spec.print.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
      (bottom
        ? `<dimension ref="${columnLetters(left)}${top}:${columnLetters(right)}${bottom}"/>`
        : `<dimension ref="A1"/>`) +
      sheetView(spec) +
      `<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>` +
      cols(spec.columnWidths) +
      `<sheetData>`
  );

  let ci = 0;
  let mi = 0;
  let hi = 0;
  let active: { mg: Merge; s: number }[] = [];
  const row: { col: number; xml: string }[] = [];
  const firstRow = Math.min(top, heightRows.length ? heightRows[0] : Infinity);
  for (let r = firstRow; r <= lastRow; r++) {
    row.length = 0;
    // This row's spec cells, the last one written at a cell winning.
    const start = ci;
    while (ci < cells.length && at(ci).row === r) ci++;
    const mine: CellSpec[] = [];
    for (let i = start; i < ci; i++) {
      const c = at(i);
      if (i + 1 < ci && at(i + 1).col === c.col) continue;
      mine.push(c);
    }
    // Merges starting here take their first cell's style; merges ended above are dropped.
    if (active.length) active = active.filter((a) => a.mg.bottom >= r);
    while (mi < merges.length && merges[mi].top === r) {
      const mg = merges[mi++];
      const master = mine.find((c) => c.col === mg.left);
      active.push({ mg, s: master ? xfOf(master) : 0 });
    }
    const slave = (col: number): number | null => {
      for (const a of active)
        if (col >= a.mg.left && col <= a.mg.right && !(r === a.mg.top && col === a.mg.left))
          return a.s;
      return null;
    };
    for (const c of mine) {
      if (slave(c.col) !== null) continue;
      const x = cellXml(`${columnLetters(c.col)}${r}`, c, xfOf(c));
      if (x) row.push({ col: c.col, xml: x });
    }
    for (const a of active)
      for (let col = a.mg.left; col <= a.mg.right; col++) {
        if (r === a.mg.top && col === a.mg.left) continue;
        const ref = `${columnLetters(col)}${r}`;
        row.push({ col, xml: a.s ? `<c r="${ref}" s="${a.s}"/>` : `<c r="${ref}"/>` });
      }
    while (hi < heightRows.length && heightRows[hi] < r) hi++;
    const h = hi < heightRows.length && heightRows[hi] === r ? spec.rowHeights[r] : undefined;
    if (row.length === 0 && h === undefined) continue;
    if (active.length) row.sort((a, b) => a.col - b.col);
    const ht = h !== undefined ? ` ht="${h}" customHeight="1"` : "";
    if (row.length === 0) out.write(`<row r="${r}"${ht}/>`);
    else {
      let xml = `<row r="${r}"${ht}>`;
      for (const c of row) xml += c.xml;
      out.write(`${xml}</row>`);
    }
  }

  out.write(
    `</sheetData>` +
      (merges.length
        ? `<mergeCells count="${merges.length}">${spec.merges
            .map(
              (mg) =>
                `<mergeCell ref="${columnLetters(mg.left)}${mg.top}:${columnLetters(mg.right)}${mg.bottom}"/>`
            )
            .join("")}</mergeCells>`
        : "") +
      printSetup(spec) +
      `</worksheet>`
  );
  return out.finish(name);
}

/** The print-titles text of a sheet ("'Tổng hợp'!$9:$11"), or null. */
export function printTitlesRef(name: string, spec: SheetSpec): string | null {
  const t = spec.print.printTitleRows;
  return t ? sheetRef(name, `$${t[0]}:$${t[1]}`) : null;
}
