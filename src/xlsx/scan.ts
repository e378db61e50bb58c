import type { CellRange, CellValue } from "../engine";
import { from1904Serial } from "../engine";
import { decode, FastFallback } from "./fast";

/**
 * The worksheet cell scanner (issue 13: read within twice the read floor). It reads the inflated
 * bytes of a worksheet part directly — charCodeAt-style over the Buffer, no attribute object and
 * no callback per element — into the same SheetSink the general path (fast.ts, saxes) drives, so
 * both give one grid by one set of rules. It accepts a narrow, exact grammar: tags whose names and
 * attribute names are ASCII name characters, quoted attribute values, the predefined entities and
 * character references (decoded as the general path decodes them), an XML declaration. Anything
 * else — a comment, CDATA, a DOCTYPE, a processing instruction, other whitespace or bytes inside a
 * tag, an unknown entity, a text or tag longer than MAX_CARRY — throws FastFallback, and the part
 * is read by the general path, as before. Being stricter is safe: whatever this scanner accepts,
 * the general path reads alike (test/xlsx/scan.test.ts compares them).
 *
 * The shared strings part has a scanner of its own (SharedStringsScanner below) for the same
 * reason; it falls back to saxes, the strict parser, on anything it does not know.
 */

// ───────────────────────────── cell text and references ─────────────────────────────

/** The _xHHHH_ escapes of ECMA-376 §22.9.2.19 in cell text, decoded as Excel decodes them. */
export function unescapeText(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** "AB12" → [12, 28]; null when not a cell reference. */
export function parseRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~0x20;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i).replace(/\$/g, ""));
  if (!Number.isInteger(row) || row < 1 || col > 16384) return null;
  return [row, col];
}

export function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.replace(/\$/g, "").split(":");
  const p = parseRef(a);
  const q = b ? parseRef(b) : p;
  if (!p || !q) return null;
  return {
    top: Math.min(p[0], q[0]),
    left: Math.min(p[1], q[1]),
    bottom: Math.max(p[0], q[0]),
    right: Math.max(p[1], q[1]),
  };
}

const DAY_MS = 86_400_000;

/** An ISO date-time (t="d" cells) → 1900-system serial. */
function isoToSerial(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(s.trim());
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), 0) + +(m[6] ?? 0) * 1000;
  const serial = t / DAY_MS + 25569;
  // Excel's phantom 29/02/1900: serials before 1 March 1900 are one less.
  return serial < 61 ? serial - 1 : serial;
}

// ───────────────────────────── the sheet's state ─────────────────────────────

/** A cell's t attribute: "n" and anything unknown read as numbers. */
const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

export function cellType(t: string | undefined): number {
  switch (t) {
    case "s":
      return T_S;
    case "str":
      return T_STR;
    case "inlineStr":
      return T_INLINE;
    case "b":
      return T_B;
    case "e":
      return T_E;
    case "d":
      return T_D;
    default:
      return T_N;
  }
}

/**
 * A row's values, dense from its leftmost value (`first`) to its rightmost, gaps null; `count`:
 * the values put (a cell written twice counts twice, as the cap counts cells).
 */
export interface SheetRow {
  r: number;
  first: number;
  vals: CellValue[];
  count: number;
}

/** The sheet's rows would make more slots than its cap (package.ts names the sheet). */
export class TooManyCells extends Error {
  constructor() {
    super("too many cells");
  }
}

/**
 * What a worksheet's elements do, whichever scanner reads them: rows and cells inside sheetData,
 * cell text inside <v>, inline text inside <is><t> (not in phonetic runs), hidden columns, merges.
 */
export class SheetSink {
  readonly rows: SheetRow[] = [];
  readonly merges: CellRange[] = [];
  readonly hiddenRows: number[] = [];
  readonly hiddenCols = new Set<number>();
  top = Infinity;
  bottom = 0;
  left = Infinity;
  right = 0;

  row: SheetRow | null = null;
  private rowNumber = 0;
  private colNumber = 0;
  // The cell being read.
  cType = T_N;
  private cStyle = 0;
  private cCol = 0;
  text = "";
  private inlineText = "";
  inV = false;
  inT = false;
  private inIs = false;
  private phonetic = 0;
  private sheetData = false;

  /** The slots the rows' dense values take, bounded by `cap` (memory follows the cap). */
  private slots = 0;

  constructor(
    readonly strings: string[],
    private readonly dateStyles: boolean[],
    private readonly date1904: boolean,
    private readonly cap: number
  ) {}

  openSheetData(): void {
    this.sheetData = true;
  }

  closeSheetData(): void {
    this.sheetData = false;
  }

  /** `r`: the row's r attribute as a number, NaN without one. */
  openRow(r: number, hidden: boolean): void {
    if (!this.sheetData) return;
    this.rowNumber = Number.isInteger(r) && r >= 1 ? r : this.rowNumber + 1;
    this.colNumber = 0;
    if (hidden) this.hiddenRows.push(this.rowNumber);
    this.row = { r: this.rowNumber, first: 0, vals: [], count: 0 };
  }

  /** `col`: the column of the cell's r attribute, 0 without a usable one. False outside a row. */
  openCell(col: number, type: number, style: number): boolean {
    if (!this.row) return false;
    this.cCol = col > 0 ? col : this.colNumber + 1;
    this.colNumber = this.cCol;
    this.cType = type;
    this.cStyle = style;
    this.text = "";
    this.inlineText = "";
    return true;
  }

  openV(): void {
    if (this.row) this.inV = true;
  }

  closeV(): void {
    this.inV = false;
  }

  openIs(): void {
    if (this.row) this.inIs = true;
  }

  closeIs(): void {
    this.inIs = false;
  }

  openT(): void {
    if (this.inIs && this.phonetic === 0) this.inT = true;
  }

  closeT(): void {
    this.inT = false;
  }

  openPhonetic(): void {
    this.phonetic++;
  }

  closePhonetic(): void {
    this.phonetic--;
  }

  addText(t: string): void {
    if (this.inV) this.text += t;
    else if (this.inT) this.inlineText += t;
  }

  /** A number cell's value (1904 dates moved to the 1900 system). */
  number(n: number): number {
    return this.date1904 && this.dateStyles[this.cStyle] ? from1904Serial(n) : n;
  }

  closeCell(): void {
    this.put(this.value());
  }

  private value(): CellValue {
    const text = this.text;
    if (this.cType === T_INLINE) return unescapeText(this.inlineText);
    if (text === "" && this.cType !== T_STR) return null;
    switch (this.cType) {
      case T_S:
        return this.strings[Number(text)] ?? null;
      case T_STR:
        return unescapeText(text);
      case T_B:
        return text === "1" || text === "true";
      case T_E:
        return { error: text };
      case T_D:
        return isoToSerial(text);
      default: {
        const n = Number(text);
        return Number.isFinite(n) ? this.number(n) : null;
      }
    }
  }

  /** The current cell's value into its row (empty ones are not kept). */
  put(v: CellValue): void {
    const row = this.row;
    if (v === null || v === "" || !row) return;
    const c = this.cCol;
    const vals = row.vals;
    if (row.count++ === 0) {
      row.first = c;
      vals.push(v);
      this.slots++;
    } else {
      const i = c - row.first;
      if (i >= 0 && i < vals.length) vals[i] = v;
      else {
        // The dense values grow by the gap: bounded by the cap before they are made.
        const grow = i < 0 ? -i : i + 1 - vals.length;
        this.slots += grow;
        if (this.slots > this.cap) throw new TooManyCells();
        if (i < 0) {
          const head = new Array<CellValue>(-i).fill(null);
          head[0] = v;
          row.vals = head.concat(vals);
          row.first = c;
        } else {
          while (vals.length < i) vals.push(null);
          vals.push(v);
        }
      }
    }
    if (c < this.left) this.left = c;
    if (c > this.right) this.right = c;
  }

  closeRow(): void {
    const row = this.row;
    if (row && row.count > 0) {
      this.rows.push(row);
      if (row.r < this.top) this.top = row.r;
      if (row.r > this.bottom) this.bottom = row.r;
    }
    this.row = null;
  }

  col(hidden: boolean, minText: string | undefined, maxText: string | undefined): void {
    if (!hidden) return;
    const min = Math.max(1, Number(minText) || 1);
    const max = Math.min(16384, Number(maxText) || min);
    for (let c = min; c <= max; c++) this.hiddenCols.add(c);
  }

  mergeCell(ref: string | undefined): void {
    const m = ref ? parseRange(ref) : null;
    if (m && (m.bottom > m.top || m.right > m.left)) this.merges.push(m);
  }
}

// ───────────────────────────── the worksheet byte scanner ─────────────────────────────

/** The most bytes one unfinished tag or text may carry into the next chunk. */
const MAX_CARRY = 1 << 20;

// Elements by local name.
const E_OTHER = 0;
const E_SHEET_DATA = 1;
const E_ROW = 2;
const E_C = 3;
const E_V = 4;
const E_IS = 5;
const E_RPH = 6;
const E_T = 7;
const E_COL = 8;
const E_MERGE = 9;

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const QUOT = 0x22;
const APOS = 0x27;
const EQ = 0x3d;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** ASCII name characters: letters, digits, _ . : - */
const isNameChar = (c: number): boolean =>
  isLetter(c) || isDigit(c) || c === 0x5f || c === 0x2e || c === 0x3a || c === 0x2d;

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Whether b[s..s+name.length) is `name` (ASCII). */
function bytesAre(b: Buffer, s: number, len: number, name: string): boolean {
  if (len !== name.length) return false;
  for (let k = 0; k < len; k++) if (b[s + k] !== name.charCodeAt(k)) return false;
  return true;
}

function elementOf(b: Buffer, s: number, len: number): number {
  switch (len) {
    case 1:
      return b[s] === 0x63 ? E_C : b[s] === 0x76 ? E_V : b[s] === 0x74 ? E_T : E_OTHER;
    case 2:
      return b[s] === 0x69 && b[s + 1] === 0x73 ? E_IS : E_OTHER;
    case 3:
      return bytesAre(b, s, 3, "row")
        ? E_ROW
        : bytesAre(b, s, 3, "col")
          ? E_COL
          : bytesAre(b, s, 3, "rPh")
            ? E_RPH
            : E_OTHER;
    case 9:
      return bytesAre(b, s, 9, "sheetData")
        ? E_SHEET_DATA
        : bytesAre(b, s, 9, "mergeCell")
          ? E_MERGE
          : E_OTHER;
    default:
      return E_OTHER;
  }
}

/**
 * An unsigned decimal integer of at most 15 digits in b[s..e), or -1 when it is anything else
 * (empty, a sign, spaces, more digits): the caller then reads the text as the general path does.
 */
function digitsAt(b: Buffer, s: number, e: number): number {
  if (e <= s || e - s > 15) return -1;
  let n = 0;
  for (let k = s; k < e; k++) {
    const c = b[k];
    if (c < 0x30 || c > 0x39) return -1;
    n = n * 10 + (c - 0x30);
  }
  return n;
}

/**
 * A plain decimal ("-12", "1.5", ".25") of at most 15 digits, exactly as Number() reads it (an
 * integer below 2^53 divided by an exact power of ten is correctly rounded), or NaN for anything
 * else (exponents, spaces, signs other than one leading "-"): those go the general way.
 */
function decimalAt(b: Buffer, s: number, e: number): number {
  let k = s;
  const neg = k < e && b[k] === 0x2d;
  if (neg) k++;
  let m = 0;
  let digits = 0;
  let frac = -1;
  for (; k < e; k++) {
    const c = b[k];
    if (c >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      digits++;
      if (frac >= 0) frac++;
    } else if (c === 0x2e && frac < 0) frac = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const v = frac > 0 ? m / POW10[frac] : m;
  return neg ? -v : v;
}

/** A cell's r attribute (letters then digits, no $) → its column, or -1 to read it as text. */
function columnAt(b: Buffer, s: number, e: number): number {
  let k = s;
  let col = 0;
  for (; k < e && k - s < 4 && isLetter(b[k]); k++) col = col * 26 + ((b[k] & ~0x20) - 64);
  if (k === s || k === e) return -1;
  const row = digitsAt(b, k, e);
  if (row < 0) return -1;
  // "A0" is no reference; the cell then follows the one before it, as parseRef says.
  return row >= 1 && col <= 16384 ? col : 0;
}

/**
 * Feeds a worksheet part's bytes, chunk by chunk, to a SheetSink. Throws FastFallback for what it
 * leaves to the general path.
 */
export class CellScanner {
  private carry: Buffer | null = null;
  private first = true;
  private buf: Buffer = Buffer.alloc(0);
  /** The current <v> text while it is one plain run in `buf`: [pStart, pEnd); -1 otherwise. */
  private pStart = -1;
  private pEnd = -1;
  // The attributes of the tag being read.
  private aNumber = NaN;
  private aCol = 0;
  private aType = T_N;
  private aStyle = 0;
  private aHidden = false;
  private aMin: string | undefined = undefined;
  private aMax: string | undefined = undefined;
  private aRef: string | undefined = undefined;

  constructor(private readonly sink: SheetSink) {}

  write(chunk: Buffer): void {
    let b = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    if (this.first) {
      if (b.length < 3) {
        this.carry = b;
        return;
      }
      this.first = false;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    }
    this.buf = b;
    const n = b.length;
    let i = 0;
    for (;;) {
      let p = i;
      let amp = false;
      for (; p < n; p++) {
        const c = b[p];
        if (c === LT) break;
        if (c === AMP) amp = true;
      }
      // Text to the end of the chunk: wait for the rest of it.
      if (p >= n) break;
      if (p > i) this.onText(b, i, p, amp);
      // Most of a sheet is `<c …><v>…</v></c>`: read at once, or else tag by tag.
      let end = b[p + 1] === 0x63 && b[p + 2] === 0x20 ? this.usualCell(b, p + 3, n) : -1;
      if (end < 0) end = this.tag(b, p, n);
      if (end < 0) {
        i = p;
        break;
      }
      i = end;
    }
    this.settle();
    if (i < n) {
      if (n - i > MAX_CARRY) throw new FastFallback();
      this.carry = b.subarray(i);
    }
  }

  close(): void {
    const c = this.carry;
    if (c) for (let k = 0; k < c.length; k++) if (!isSpace(c[k])) throw new FastFallback();
    this.carry = null;
  }

  /** A <v> run kept as offsets becomes the sink's text before its bytes go. */
  private settle(): void {
    if (this.pStart < 0) return;
    this.sink.text += this.buf.toString("utf8", this.pStart, this.pEnd);
    this.pStart = -1;
  }

  private onText(b: Buffer, s: number, e: number, amp: boolean): void {
    const sink = this.sink;
    if (!sink.inV && !sink.inT) {
      // Not kept, but an unknown entity still hands the part on, as in the general path.
      if (amp) decode(b.toString("utf8", s, e));
      return;
    }
    if (sink.inV && !amp && this.pStart < 0 && sink.text === "") {
      this.pStart = s;
      this.pEnd = e;
      return;
    }
    this.settle();
    const t = b.toString("utf8", s, e);
    sink.addText(amp ? decode(t) : t);
  }

  /** The end of the tag at `lt` (one past its ">"), -1 when it goes on in the next chunk. */
  private tag(b: Buffer, lt: number, n: number): number {
    let k = lt + 1;
    if (k >= n) return -1;
    const c0 = b[k];
    if (c0 === SLASH) {
      k++;
      const s = k;
      let colon = -1;
      for (; k < n && isNameChar(b[k]); k++) if (colon < 0 && b[k] === 0x3a) colon = k;
      if (k >= n) return -1;
      if (k === s || !isLetterOrUnderscore(b[s])) throw new FastFallback();
      const ls = colon < 0 ? s : colon + 1;
      const el = elementOf(b, ls, k - ls);
      for (; k < n && isSpace(b[k]); k++);
      if (k >= n) return -1;
      if (b[k] !== GT) throw new FastFallback();
      this.close1(el);
      return k + 1;
    }
    if (c0 === 0x3f) return this.declaration(b, lt, n);
    if (!isLetterOrUnderscore(c0)) throw new FastFallback();
    const s = k;
    let colon = -1;
    for (; k < n && isNameChar(b[k]); k++) if (colon < 0 && b[k] === 0x3a) colon = k;
    if (k >= n) return -1;
    const ls = colon < 0 ? s : colon + 1;
    const el = elementOf(b, ls, k - ls);
    this.aNumber = NaN;
    this.aCol = 0;
    this.aType = T_N;
    this.aStyle = 0;
    this.aHidden = false;
    this.aMin = undefined;
    this.aMax = undefined;
    this.aRef = undefined;
    let selfClose = false;
    for (;;) {
      const w = k;
      for (; k < n && isSpace(b[k]); k++);
      if (k >= n) return -1;
      const c = b[k];
      if (c === GT) {
        k++;
        break;
      }
      if (c === SLASH) {
        if (k + 1 >= n) return -1;
        if (b[k + 1] !== GT) throw new FastFallback();
        selfClose = true;
        k += 2;
        break;
      }
      // An attribute needs whitespace before it.
      if (k === w || !isNameChar(c)) throw new FastFallback();
      const ns = k;
      for (; k < n && isNameChar(b[k]); k++);
      const ne = k;
      for (; k < n && isSpace(b[k]); k++);
      if (k >= n) return -1;
      if (b[k] !== EQ) throw new FastFallback();
      for (k++; k < n && isSpace(b[k]); k++);
      if (k >= n) return -1;
      const q = b[k];
      if (q !== QUOT && q !== APOS) throw new FastFallback();
      const vs = ++k;
      let amp = false;
      for (; k < n; k++) {
        const c = b[k];
        if (c === q) break;
        if (c === AMP) amp = true;
      }
      if (k >= n) return -1;
      this.attribute(el, b, ns, ne - ns, vs, k, amp);
      k++;
    }
    if (el === E_C && !selfClose) {
      const end = this.plainCell(b, k, n);
      if (end >= 0) return end;
    }
    this.open1(el);
    if (selfClose) this.close1(el);
    return k;
  }

  /**
   * The usual cell body, `<v>text</v></c>` with plain text, read at once after its start tag
   * (what the tags one by one would do); -1 when the body is anything else, or goes on in the
   * next chunk, and the tags are then read one by one.
   */
  private plainCell(b: Buffer, k: number, n: number): number {
    if (k + 3 >= n || b[k] !== LT || b[k + 1] !== 0x76 || b[k + 2] !== GT) return -1;
    const vs = k + 3;
    let e = vs;
    for (; e < n; e++) {
      const c = b[e];
      if (c === LT) break;
      if (c === AMP) return -1;
    }
    if (e + 8 > n || !bytesAre(b, e, 8, "</v></c>")) return -1;
    const sink = this.sink;
    if (!sink.openCell(this.aCol, this.aType, this.aStyle)) return -1;
    // <v> opened and closed.
    sink.closeV();
    if (e > vs) {
      this.pStart = vs;
      this.pEnd = e;
    } else this.pStart = -1;
    this.close1(E_C);
    return e + 8;
  }

  /**
   * The usual cell, `<c r="B4" t="s" s="3"><v>14</v></c>` from `k` (past "<c "): attributes
   * quoted without spaces around "=" and without entities, a plain value of a shared string, a
   * number or a boolean — put at once. -1 (nothing read) for anything else: the tags one by one
   * then read it, exactly as before.
   */
  private usualCell(b: Buffer, k: number, n: number): number {
    let col = 0;
    let type = T_N;
    let style = 0;
    for (;;) {
      while (k < n && b[k] === 0x20) k++;
      if (k >= n) return -1;
      const c = b[k];
      if (c === GT) break;
      const ns = k;
      while (k < n && isNameChar(b[k])) k++;
      if (k === ns || k + 1 >= n || b[k] !== EQ) return -1;
      const q = b[k + 1];
      if (q !== QUOT && q !== APOS) return -1;
      const vs = k + 2;
      let ve = vs;
      for (; ve < n; ve++) {
        const v = b[ve];
        if (v === q) break;
        if (v === AMP) return -1;
      }
      if (ve >= n) return -1;
      if (k - ns === 1) {
        const a = b[ns];
        if (a === 0x72) {
          col = columnAt(b, vs, ve);
          if (col < 0) return -1;
        } else if (a === 0x74) type = typeAt(b, vs, ve);
        else if (a === 0x73) {
          style = digitsAt(b, vs, ve);
          if (style < 0) return -1;
        }
      }
      k = ve + 1;
      if (k < n && b[k] !== 0x20 && b[k] !== GT) return -1;
    }
    // k is at ">": the body must be <v>plain</v></c>.
    const vs = k + 4;
    if (vs >= n || b[k + 1] !== LT || b[k + 2] !== 0x76 || b[k + 3] !== GT) return -1;
    let e = vs;
    for (; e < n; e++) {
      const c = b[e];
      if (c === LT) break;
      if (c === AMP) return -1;
    }
    if (e === vs || e + 8 > n) return -1;
    // "</v></c>"
    if (b[e + 1] !== SLASH || b[e + 2] !== 0x76 || b[e + 3] !== GT || b[e + 4] !== LT) return -1;
    if (b[e + 5] !== SLASH || b[e + 6] !== 0x63 || b[e + 7] !== GT) return -1;
    let v: CellValue | undefined;
    const sink = this.sink;
    if (type === T_S) {
      const i = digitsAt(b, vs, e);
      if (i < 0) return -1;
      v = sink.strings[i] ?? null;
    } else if (type === T_N) {
      const x = decimalAt(b, vs, e);
      if (Number.isNaN(x)) return -1;
      v = x;
    } else if (type === T_B && e - vs === 1 && (b[vs] === 0x30 || b[vs] === 0x31))
      v = b[vs] === 0x31;
    else return -1;
    if (!sink.openCell(col, type, style)) return -1;
    sink.put(type === T_N ? sink.number(v as number) : v);
    return e + 8;
  }

  /** `<?xml … ?>` is skipped; any other processing instruction goes to the general path. */
  private declaration(b: Buffer, lt: number, n: number): number {
    let quote = 0;
    for (let k = lt + 1; k < n; k++) {
      const c = b[k];
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOT || c === APOS) quote = c;
      else if (c === GT) {
        if (bytesAre(b, lt, 6, "<?xml ") && b[k - 1] === 0x3f) return k + 1;
        throw new FastFallback();
      }
    }
    return -1;
  }

  private attribute(
    el: number,
    b: Buffer,
    ns: number,
    nlen: number,
    vs: number,
    ve: number,
    amp: boolean
  ): void {
    const c = nlen === 1 ? b[ns] : 0;
    switch (el) {
      case E_C:
        if (c === 0x72) {
          const col = amp ? -1 : columnAt(b, vs, ve);
          if (col >= 0) this.aCol = col;
          else {
            const p = parseRef(text(b, vs, ve, amp));
            this.aCol = p ? p[1] : 0;
          }
          return;
        }
        if (c === 0x74) {
          this.aType = amp ? cellType(text(b, vs, ve, true)) : typeAt(b, vs, ve);
          return;
        }
        if (c === 0x73) {
          const s = amp ? -1 : digitsAt(b, vs, ve);
          this.aStyle = s >= 0 ? s : Number(text(b, vs, ve, amp));
          return;
        }
        break;
      case E_ROW:
        if (c === 0x72) {
          const r = amp ? -1 : digitsAt(b, vs, ve);
          this.aNumber = r >= 0 ? r : Number(text(b, vs, ve, amp));
          return;
        }
        if (bytesAre(b, ns, nlen, "hidden")) {
          this.aHidden = isTrue(text(b, vs, ve, amp));
          return;
        }
        break;
      case E_COL:
        if (bytesAre(b, ns, nlen, "hidden")) this.aHidden = isTrue(text(b, vs, ve, amp));
        else if (bytesAre(b, ns, nlen, "min")) this.aMin = text(b, vs, ve, amp);
        else if (bytesAre(b, ns, nlen, "max")) this.aMax = text(b, vs, ve, amp);
        else break;
        return;
      case E_MERGE:
        if (bytesAre(b, ns, nlen, "ref")) {
          this.aRef = text(b, vs, ve, amp);
          return;
        }
        break;
    }
    // An attribute not read: an unknown entity in it still hands the part on.
    if (amp) decode(b.toString("utf8", vs, ve));
  }

  private open1(el: number): void {
    const sink = this.sink;
    switch (el) {
      case E_SHEET_DATA:
        sink.openSheetData();
        return;
      case E_ROW:
        sink.openRow(this.aNumber, this.aHidden);
        return;
      case E_C:
        if (sink.openCell(this.aCol, this.aType, this.aStyle)) this.pStart = -1;
        return;
      case E_V:
        sink.openV();
        return;
      case E_IS:
        sink.openIs();
        return;
      case E_RPH:
        sink.openPhonetic();
        return;
      case E_T:
        sink.openT();
        return;
      case E_COL:
        sink.col(this.aHidden, this.aMin, this.aMax);
        return;
      case E_MERGE:
        sink.mergeCell(this.aRef);
        return;
    }
  }

  private close1(el: number): void {
    const sink = this.sink;
    switch (el) {
      case E_V:
        sink.closeV();
        return;
      case E_T:
        sink.closeT();
        return;
      case E_RPH:
        sink.closePhonetic();
        return;
      case E_IS:
        sink.closeIs();
        return;
      case E_C:
        if (this.pStart >= 0) {
          const v = this.plainValue(this.buf, this.pStart, this.pEnd);
          if (v !== undefined) {
            sink.put(v);
            return;
          }
          this.settle();
        }
        sink.closeCell();
        return;
      case E_ROW:
        sink.closeRow();
        return;
      case E_SHEET_DATA:
        sink.closeSheetData();
        return;
    }
  }

  /** The value of a cell whose text is one plain run, for the usual forms; undefined otherwise. */
  private plainValue(b: Buffer, s: number, e: number): CellValue | undefined {
    const sink = this.sink;
    switch (sink.cType) {
      case T_S: {
        const i = digitsAt(b, s, e);
        return i < 0 ? undefined : (sink.strings[i] ?? null);
      }
      case T_N: {
        const v = decimalAt(b, s, e);
        return Number.isNaN(v) ? undefined : sink.number(v);
      }
      case T_B:
        if (e - s === 1 && (b[s] === 0x30 || b[s] === 0x31)) return b[s] === 0x31;
        return undefined;
      default:
        return undefined;
    }
  }
}

const isLetterOrUnderscore = (c: number): boolean => isLetter(c) || c === 0x5f;

const isTrue = (s: string): boolean => s === "1" || s === "true";

/** An attribute value as the general path has it (decoded). */
function text(b: Buffer, s: number, e: number, amp: boolean): string {
  const t = b.toString("utf8", s, e);
  return amp ? decode(t) : t;
}

/** A t attribute's bytes → its type. */
function typeAt(b: Buffer, s: number, e: number): number {
  const len = e - s;
  if (len === 1) {
    switch (b[s]) {
      case 0x73:
        return T_S;
      case 0x62:
        return T_B;
      case 0x65:
        return T_E;
      case 0x64:
        return T_D;
      default:
        return T_N;
    }
  }
  if (bytesAre(b, s, len, "str")) return T_STR;
  if (bytesAre(b, s, len, "inlineStr")) return T_INLINE;
  return T_N;
}

// ───────────────────────────── shared strings ─────────────────────────────

/** Characters XML 1.0 forbids (and CR, which saxes normalises): such a part goes to saxes. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const NOT_PLAIN = /[\x00-\x08\x0B\x0C\x0E-\x1F\r\uFFFE\uFFFF]|\]\]>/;
/** Any surrogate (three times faster than a `u` pattern over a megabyte); then the lone ones. */
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const notPlain = (s: string): boolean =>
  NOT_PLAIN.test(s) || (SURROGATE.test(s) && LONE_SURROGATE.test(s));
const DECLARATION =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

const isXmlSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09;
const isXmlChar = (c: number): boolean =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

const S_OTHER = 0;
const S_SI = 1;
const S_T = 2;
const S_RPH = 3;

/** The shared strings elements that matter, by local name s[from, to). */
function stringElement(s: string, from: number, to: number): number {
  const len = to - from;
  const c = s.charCodeAt(from);
  if (len === 1) return c === 0x74 ? S_T : S_OTHER;
  if (len === 2) return c === 0x73 && s.charCodeAt(from + 1) === 0x69 ? S_SI : S_OTHER;
  if (len === 3 && s.startsWith("rPh", from)) return S_RPH;
  return S_OTHER;
}

/** Strict XML 1.0 entity decoding (no DTD); null when saxes would refuse the text. */
function strictDecode(s: string): string | null {
  let out = "";
  let from = 0;
  for (let a = s.indexOf("&"); a >= 0; a = s.indexOf("&", from)) {
    const semi = s.indexOf(";", a + 1);
    if (semi < 0) return null;
    const name = s.slice(a + 1, semi);
    let ch = PREDEFINED[name];
    if (ch === undefined) {
      const code = /^#[0-9]+$/.test(name)
        ? parseInt(name.slice(1), 10)
        : /^#x[0-9A-Fa-f]+$/.test(name)
          ? parseInt(name.slice(2), 16)
          : -1;
      if (!isXmlChar(code)) return null;
      ch = String.fromCodePoint(code);
    }
    out += s.slice(from, a) + ch;
    from = semi + 1;
  }
  return out + s.slice(from);
}

/**
 * The shared strings part (already decoded) read without a general parser: each <si>'s text runs
 * (<t>, outside phonetic <rPh> runs) joined and unescaped, as the saxes path reads them. Null when
 * the part is anything but plain, well-formed XML of elements, attributes and text (a comment,
 * CDATA, a DOCTYPE, an unknown entity, a forbidden character, mismatched tags…): saxes then
 * reads it, and refuses it when it is not well-formed.
 */
export function scanSharedStrings(s: string): string[] | null {
  if (notPlain(s)) return null;
  const out: string[] = [];
  let cur: string | null = null;
  let inT = false;
  let phonetic = 0;
  // Open elements as [start, end) of their names in s.
  const stack: number[] = [];
  let roots = 0;
  let i = 0;
  if (s.startsWith("<?")) {
    const m = DECLARATION.exec(s);
    if (!m) return null;
    i = m[0].length;
  }
  const n = s.length;
  for (;;) {
    const lt = s.indexOf("<", i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      if (stack.length === 0) {
        for (let k = i; k < end; k++) if (!isXmlSpace(s.charCodeAt(k))) return null;
      } else {
        let t = s.slice(i, end);
        if (t.indexOf("&") >= 0) {
          const d = strictDecode(t);
          if (d === null) return null;
          t = d;
        }
        if (inT && cur !== null) cur += t;
      }
    }
    if (lt < 0) break;
    // The usual item, <si><t>text</t></si> right inside the root, read at once: the same
    // strings as the tags one by one (no element inside the text, entities decoded as below).
    if (stack.length === 2 && cur === null && s.startsWith("<si><t>", lt)) {
      const ts = lt + 7;
      const te = s.indexOf("</t></si>", ts);
      if (te >= 0 && s.indexOf("<", ts) === te) {
        let t = s.slice(ts, te);
        if (t.indexOf("&") >= 0) {
          const d = strictDecode(t);
          if (d === null) return null;
          t = d;
        }
        out.push(unescapeText(t));
        i = te + 9;
        continue;
      }
    }
    let k = lt + 1;
    const closing = s.charCodeAt(k) === 0x2f;
    if (closing) k++;
    const ns = k;
    if (!isLetterOrUnderscore(s.charCodeAt(k))) return null;
    let colon = -1;
    for (; k < n && isNameChar(s.charCodeAt(k)); k++)
      if (colon < 0 && s.charCodeAt(k) === 0x3a) colon = k;
    const ne = k;
    const local = stringElement(s, colon < 0 ? ns : colon + 1, ne);
    let selfClose = false;
    if (closing) {
      for (; k < n && isXmlSpace(s.charCodeAt(k)); k++);
      if (s.charCodeAt(k) !== GT) return null;
      const os = stack[stack.length - 2];
      const oe = stack[stack.length - 1];
      if (stack.length === 0 || oe - os !== ne - ns) return null;
      for (let a = 0; a < ne - ns; a++)
        if (s.charCodeAt(os + a) !== s.charCodeAt(ns + a)) return null;
      stack.length -= 2;
    } else {
      if (stack.length === 0 && roots++ > 0) return null;
      const names: string[] = [];
      for (;;) {
        const w = k;
        for (; k < n && isXmlSpace(s.charCodeAt(k)); k++);
        const c = s.charCodeAt(k);
        if (c === GT) break;
        if (c === SLASH) {
          if (s.charCodeAt(k + 1) !== GT) return null;
          selfClose = true;
          k++;
          break;
        }
        if (k === w || !isLetterOrUnderscore(c)) return null;
        const as = k;
        for (; k < n && isNameChar(s.charCodeAt(k)); k++);
        const name = s.slice(as, k);
        if (names.includes(name)) return null;
        names.push(name);
        for (; k < n && isXmlSpace(s.charCodeAt(k)); k++);
        if (s.charCodeAt(k) !== EQ) return null;
        for (k++; k < n && isXmlSpace(s.charCodeAt(k)); k++);
        const q = s.charCodeAt(k);
        if (q !== QUOT && q !== APOS) return null;
        const close = s.indexOf(q === QUOT ? '"' : "'", k + 1);
        if (close < 0) return null;
        const value = s.slice(k + 1, close);
        if (value.indexOf("<") >= 0 || (value.indexOf("&") >= 0 && strictDecode(value) === null))
          return null;
        k = close + 1;
      }
      if (!selfClose) stack.push(ns, ne);
      if (local === S_SI) cur = "";
      else if (local === S_RPH) phonetic++;
      else if (local === S_T && phonetic === 0) inT = true;
    }
    if (closing || selfClose) {
      if (local === S_T) inT = false;
      else if (local === S_RPH) phonetic--;
      else if (local === S_SI) {
        out.push(unescapeText(cur ?? ""));
        cur = null;
      }
    }
    i = k + 1;
  }
  return stack.length === 0 && roots === 1 ? out : null;
}
