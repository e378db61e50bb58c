import type {
  CellRange,
  HeaderCandidate,
  MappingCorrections,
  CellRef,
  CellValue,
  ColumnMapping,
  CommuneSource,
  DecisionCategory,
  FieldKey,
  Finding,
  FindingCode,
  Grid,
  Lang,
  Level,
  PartialDate,
  Roster,
  ServicePeriod,
  Sourced,
  StaffMember,
} from "../types";
import { createFinding } from "../findings/catalog";
import { foldKey, foldLoose } from "../text/fold";
import { parseDateCell, type DateParse } from "../text/dates";
import { formatNumber, parseNumberCell, type NumberParse } from "../text/vi-number";
import { a1, rangeAddress } from "../grid/address";
import { fieldLabel, REQUIRED_FIELDS } from "./fields";
import { matchHeader } from "./header-words";
import {
  CellMemo,
  cellAt,
  cellText,
  displayText,
  isCellError,
  isFilled,
  isNumberingRow,
  isNumericText,
  lastRowOf,
  mergesOf,
  rowAt,
} from "./cells";
import { classifyDecision, suggestDecision } from "./decisions";
import { detect } from "./header";
import { correctionFor } from "./mapping-store";
import { columnLetters } from "../grid/address";
import { parsePeriods } from "../payouts/periods";
import { allowanceInBounds, boundsText, coefficientInBounds, dateInBounds } from "./bounds";
import { MAX_REDUCED_YEARS } from "../payouts/retirement";
import {
  classifySection,
  communeAfterPrefix,
  CommuneIndex,
  isNumberingLabel,
  recase,
  stripCommunePrefix,
  stripNumbering,
} from "./places";

export { detectHeader, isRosterGrid } from "./header";

export interface RosterContext {
  /** Commune names of the unit register: a folded match gives the register's spelling. */
  communeNames: string[];
  lang?: Lang;
  /**
   * The column mapping's corrections per sheet (task pane, --column, the workbook's stored
   * mapping): an explicit input, laid over what detection finds; the cells are never rewritten.
   */
  corrections?: MappingCorrections;
}

type DateField = "birth" | "start" | "end" | "nd154Paid";
type NumberField = "coefficient" | "concurrentCoefficient" | "allowance" | "concurrentAllowance";

/** Field names inside messages ("ô {field} …"), per language. */
const FIELD_WORDS: Record<Lang, Record<DateField | NumberField, string>> = {
  vi: {
    birth: "ngày sinh",
    start: "ngày bắt đầu",
    end: "ngày thôi việc",
    nd154Paid: "ngày đã hưởng chế độ Nghị định 154",
    coefficient: "hệ số",
    concurrentCoefficient: "hệ số kiêm nhiệm",
    allowance: "mức phụ cấp",
    concurrentAllowance: "phụ cấp kiêm nhiệm",
  },
  en: {
    birth: "date of birth",
    start: "start date",
    end: "leaving date",
    nd154Paid: "date paid under Nghị định 154",
    coefficient: "coefficient",
    concurrentCoefficient: "concurrent coefficient",
    allowance: "allowance",
    concurrentAllowance: "concurrent allowance",
  },
};

/**
 * Parse every grid that has a roster header (DOMAIN §4.1) into staff members and parse-level
 * findings. Grids without a header are skipped (the caller decides which grids are rosters); when
 * none has one, the result carries a single `roster-not-found` finding.
 *
 * Choices worth knowing:
 * - A row with a title or decision but no name is a `name-missing` finding only, not a member: a
 *   nameless row cannot be identified, counted or paid, and a member without a name would be
 *   counted in quotas the clerk cannot trace. The finding blocks approval until it is fixed.
 * - A row with a name but nothing else is a member (with title-missing / decision-missing).
 * - Hidden rows are read like any other: hiding a row in Excel does not remove the person.
 * - A sheet with no commune anywhere (no column, section, title line or sheet name) gets one
 *   `column-missing` finding for the commune column instead of one `commune-missing` per row.
 * - Rows below a signature line ("Người lập biểu", "…, ngày … tháng … năm …") that carry neither
 *   title nor decision are signers, not people.
 * - Total, numbering, blank, repeated-header and section rows are never people.
 * Total: never throws on any grid; linear in the number of cells.
 */
export function parseRosters(grids: Grid[], context: RosterContext): Roster {
  const lang: Lang = context.lang === "en" ? "en" : "vi";
  const communes = new CommuneIndex(
    Array.isArray(context.communeNames) ? context.communeNames : []
  );
  const mappings: ColumnMapping[] = [];
  const candidates: HeaderCandidate[] = [];
  const members: StaffMember[] = [];
  const findings: Finding[] = [];
  const memos = new Memos(communes);
  const corrections =
    context.corrections && typeof context.corrections === "object" ? context.corrections : {};
  const list = (Array.isArray(grids) ? grids : []).filter((g) => g && typeof g === "object");
  for (const grid of list) {
    const sparse = sparseExtent(grid, lang);
    if (sparse) findings.push(sparse);
    const correction = correctionFor(corrections, grid.sheet);
    // A correction for every sheet (--column without a sheet) makes a roster of a sheet that is
    // not one only when the workbook has no other sheet to read.
    const mayPromote =
      list.length === 1 || Object.prototype.hasOwnProperty.call(corrections, grid.sheet);
    const { mapping, candidate } = detect(grid, { communes, correction, mayPromote });
    if (mapping === null) {
      if (candidate) candidates.push(candidate);
      continue;
    }
    mappings.push(mapping);
    const before = members.length;
    new SheetParser(grid, mapping, communes, lang, members, memos).run(findings);
    if (grid.hidden && members.length > before)
      findings.push(hiddenSheet(grid, mapping, members.length - before, lang));
  }
  if (mappings.length === 0) findings.push(rosterNotFound(candidates, lang));
  return { mappings, candidates, members, findings };
}

/** sheet-hidden: a roster the clerk cannot see is still read, and says so (issue 13). */
function hiddenSheet(grid: Grid, mapping: ColumnMapping, count: number, lang: Lang): Finding {
  const very = grid.hidden === "veryHidden";
  return createFinding(
    "sheet-hidden",
    {
      at: { sheet: grid.sheet, row: mapping.headerRows[0], col: grid.firstCol },
      count,
      params: {
        state: very ? "ẩn sâu (chỉ hiện bằng VBA)" : "ẩn",
        stateEn: very ? "very hidden (only VBA shows it)" : "hidden",
      },
    },
    lang
  );
}

/** Empty rows in a used range from which a sheet's extent is said to dwarf its filled rows. */
export const SPARSE_EMPTY_ROWS = 10_000;

/**
 * sheet-extent-sparse: the used range Excel reports (grid.extent) is far larger than the rows
 * holding values — at least SPARSE_EMPTY_ROWS empty rows, and more than nine empty rows for each
 * filled one (a stray value at row 1,048,576 beside a 30-row roster). One warning per sheet, at
 * the last row's first value (the stray cell); the sheet is still read in full.
 */
export function sparseExtent(grid: Grid, lang: Lang): Finding | null {
  const e = grid.extent;
  if (!e) return null;
  const rows = e.bottom - e.top + 1;
  let filled = 0;
  let last: { row: number; col: number } | null = null;
  for (let r = 0; r < grid.cells.length; r++) {
    const c = grid.cells[r].findIndex((v) => v !== null && v !== "");
    if (c < 0) continue;
    filled += 1;
    last = { row: grid.firstRow + r, col: grid.firstCol + c };
  }
  const empty = rows - filled;
  if (empty < SPARSE_EMPTY_ROWS || empty <= 9 * filled) return null;
  const at = last ?? { row: e.bottom, col: e.left };
  return createFinding(
    "sheet-extent-sparse",
    {
      at: { sheet: grid.sheet, ...at },
      params: {
        extent: rangeAddress(e),
        rows: formatNumber(rows, "vi"),
        rowsEn: formatNumber(rows, "en"),
        filled: formatNumber(filled, "vi"),
        filledEn: formatNumber(filled, "en"),
        cell: a1(at.row, at.col),
      },
    },
    lang
  );
}

/** How many unrecognised headers the not-found message lists before "…". */
const LISTED_HEADERS = 8;

/**
 * roster-not-found, saying what was seen: the sheet and row that came closest to a header, what
 * it recognised and each header it did not, with the likeliest field.
 */
export function rosterNotFound(candidates: HeaderCandidate[], lang: Lang): Finding {
  const best = [...candidates].sort(
    (a, b) =>
      b.cells.filter((c) => c.field !== null).length -
      a.cells.filter((c) => c.field !== null).length
  )[0];
  if (!best) {
    return createFinding(
      "roster-not-found",
      {
        params: {
          seen: " Không sheet nào có dòng giống dòng tiêu đề.",
          seenEn: " No sheet has a row that looks like a header.",
        },
      },
      lang
    );
  }
  const describe = (l: Lang): string => {
    const recognised = best.cells
      .filter((c) => c.field !== null)
      .map((c) => `${fieldLabel(c.field as FieldKey, l)} (${columnLetters(c.col)})`);
    const unknown = best.cells.filter((c) => c.field === null);
    const listed = unknown.slice(0, LISTED_HEADERS).map((c) => {
      const likely = c.likely ? fieldLabel(c.likely, l) : null;
      const where = columnLetters(c.col);
      if (l === "en") return `«${c.text}» (${where}${likely ? `, maybe ${likely}` : ""})`;
      return `«${c.text}» (${where}${likely ? `, có thể là ${likely}` : ""})`;
    });
    if (unknown.length > LISTED_HEADERS) listed.push("…");
    const rows = best.headerRows.join(l === "en" ? " and " : " và ");
    if (l === "en") {
      return ` Closest: sheet «${best.sheet}», row ${rows}: recognised ${recognised.join(", ") || "nothing"}; not recognised ${listed.join(", ") || "none"}.`;
    }
    return ` Gần nhất: sheet «${best.sheet}», dòng ${rows}: nhận ra ${recognised.join(", ") || "không cột nào"}; chưa nhận ra ${listed.join(", ") || "không có"}.`;
  };
  const first = best.cells[0];
  return createFinding(
    "roster-not-found",
    {
      at: { sheet: best.sheet, row: best.headerRows[0], col: first ? first.col : 1 },
      params: { seen: describe("vi"), seenEn: describe("en") },
    },
    lang
  );
}

// ───────────────────────────── row texts ─────────────────────────────

/** A name is text with a letter; numbers, booleans and error values (#N/A) are not names. */
function nameOf(v: CellValue): string {
  if (typeof v !== "string") return "";
  const t = cellText(v);
  return /\p{L}/u.test(t) && !isNumericText(t) ? t : "";
}

/** Cheap pre-test for the repeated-header check: every name alias starts with "H" ("Họ …"). */
function mayBeHeader(name: string): boolean {
  return name.length <= 60 && /^[\s(]*[hH]/.test(name);
}

/** "Tổng cộng", "Cộng", "Tổng", "Tổng số", "Cộng ấp X", "TỔNG CỘNG (I+II)". Diacritics kept: "Tống" is a surname. */
export function isTotalText(text: string): boolean {
  if (text.length > 200) return false;
  // Cheap pre-test (this runs on every name): the label's first letter is T or C.
  if (!/^[^\p{L}]*(?:[IVXivx]+[^\p{L}]+)?[TtCc]/u.test(text)) return false;
  const stripped = stripNumbering(text);
  if (/^(tổng cộng|tổng số|tổng|cộng)(?![\p{L}\p{M}])/u.test(foldKey(stripped))) return true;
  return /^(tong cong|tong so)( |$)/.test(foldLoose(stripped));
}

/** The signature block under a table: "Người lập biểu", "TM. UBND XÃ", "Phú Mỹ, ngày 05 tháng 3 năm 2019". */
export function isSignatureText(text: string): boolean {
  if (text.length > 200) return false;
  const k = foldLoose(text);
  if (
    /^(nguoi lap( bieu| bang| danh sach)?|tm|kt|thu truong( don vi)?|truong phong( noi vu)?|xac nhan( cua)?|ke toan|phe duyet|chu tich|pho chu tich)( |$)/.test(
      k
    )
  ) {
    // A title or long text that merely starts with these words is not a signature line.
    return k.split(" ").length <= 8;
  }
  return /(^| )ngay( \d{1,2})? thang( \d{1,2})? nam( \d{4})?( |$)/.test(k);
}

/** A hamlet cell that says "commune level": "Cấp xã", "Xã", "-". */
function isCommuneLevelMark(text: string): boolean {
  const k = foldLoose(text);
  return (
    k === "" || /^(cap )?(xa|phuong|thi tran)( phuong)?$/.test(k) || k === "cap xa phuong thi tran"
  );
}

/** "-", "–", "…": a clerk's way of leaving a number or date cell empty. */
function isPlaceholder(v: CellValue): boolean {
  return typeof v === "string" && /^[\s\-–—_.…/]+$/.test(v);
}

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
};

/** "Đợt 1", "1", 1, "I" → "1"; other text as written. */
function normalizeRound(v: CellValue): string {
  if (typeof v === "number" && Number.isInteger(v)) return String(v);
  const t = cellText(v);
  const m = /^(?:dot ?)?(\d+|[ivx]+)$/.exec(foldLoose(t));
  if (m) return /^\d+$/.test(m[1]) ? String(Number(m[1])) : String(ROMAN[m[1]] ?? t);
  return t;
}

/** Main title and the concurrent titles a title cell adds with "kiêm" ("Trưởng ấp kiêm Bí thư Chi bộ"). */
function splitTitle(text: string): { main: string; extra: string[] } {
  const parts = text.split(/\s*\(?\s*(?<![\p{L}\p{M}])kiêm(?:\s+nhiệm)?\s+/iu);
  const main = cleanPart(parts[0]);
  if (parts.length < 2 || main === "") return { main: cleanPart(text), extra: [] };
  return { main, extra: parts.slice(1).flatMap(splitConcurrent) };
}

function cleanPart(s: string): string {
  let t = cellText(s);
  // "Trưởng ấp (kiêm Công an viên)": the closing bracket belongs to the split-off part.
  if (t.endsWith(")") && !t.includes("(")) t = t.slice(0, -1).trim();
  return t;
}

/** Titles a concurrent cell lists: separated by ",", ";", "+", " và " or line breaks — never "-" ("Văn thư - Lưu trữ"). */
function splitConcurrent(text: string): string[] {
  return text
    .split(/[,;+\n\r\u2028]+|\s+và\s+/iu)
    .map((p) => cleanPart(p).replace(/^kiêm(?:\s+nhiệm)?\s+/iu, ""))
    .filter((p) => {
      const k = foldLoose(p);
      return k !== "" && k !== "x" && k !== "khong" && k !== "0" && k !== "khong co";
    });
}

function genderOf(text: string): "male" | "female" | null {
  const k = foldLoose(text);
  if (k === "nam" || k === "male" || k === "m") return "male";
  if (k === "nu" || k === "female" || k === "f") return "female";
  return null;
}

/** A tick in a Nam/Nữ column that says the gender but not the year. */
function isMark(v: CellValue): boolean {
  return typeof v === "string" && /^[xXvV✓✔√*•]$/.test(cellText(v));
}

/** What a decision cell says. */
interface DecisionRead {
  text: string;
  category: DecisionCategory | null;
  nearest: string | null;
}

/**
 * Readings that depend on the cell value alone (see CellMemo). They are shared by every parse:
 * checking the same workbook again, or one with a few cells edited, reads each distinct title,
 * date or number once. The values are treated as immutable by everything downstream.
 */
class ValueMemos {
  readonly text = new CellMemo(cellText);
  readonly title = new CellMemo((v) => splitTitle(cellText(v)));
  readonly concurrent = new CellMemo((v) =>
    typeof v === "string" ? splitConcurrent(v.length > 10_000 ? v.slice(0, 10_000) : v) : []
  );
  readonly decision = new CellMemo<DecisionRead>((v) => {
    const text = isCellError(v) ? v.error : cellText(v);
    const category = text === "" ? null : classifyDecision(text);
    return {
      text,
      category,
      nearest: text === "" || category !== null ? null : suggestDecision(text),
    };
  });
  readonly hamlet = new CellMemo<{ value: string | null; communeLevel: boolean }>((v) => {
    const t = cellText(v);
    if (t === "") return { value: null, communeLevel: false };
    return isCommuneLevelMark(t)
      ? { value: null, communeLevel: true }
      : { value: recase(t), communeLevel: false };
  });
  readonly gender = new CellMemo((v) => {
    const t = cellText(v);
    return t === "" ? null : genderOf(t);
  });
  readonly round = new CellMemo((v) => (isFilled(v) && !isCellError(v) ? normalizeRound(v) : ""));
  readonly date = new CellMemo<DateParse | null>((v) =>
    !isFilled(v) || isPlaceholder(v)
      ? null
      : parseDateCell(typeof v === "string" && v.length > 1000 ? v.slice(0, 1000) : v)
  );
  readonly coefficient = new CellMemo<NumberParse | null>((v) => readNumber(v, "coefficient"));
  readonly amount = new CellMemo<NumberParse | null>((v) => readNumber(v, "amount"));
}

const VALUE_MEMOS = new ValueMemos();

/** Per-value readings for one parse: the shared ones, and the commune, which depends on the register. */
class Memos {
  readonly text = VALUE_MEMOS.text;
  readonly title = VALUE_MEMOS.title;
  readonly concurrent = VALUE_MEMOS.concurrent;
  readonly decision = VALUE_MEMOS.decision;
  readonly hamlet = VALUE_MEMOS.hamlet;
  readonly gender = VALUE_MEMOS.gender;
  readonly round = VALUE_MEMOS.round;
  readonly date = VALUE_MEMOS.date;
  readonly coefficient = VALUE_MEMOS.coefficient;
  readonly amount = VALUE_MEMOS.amount;
  readonly commune: CellMemo<string | null>;

  constructor(communes: CommuneIndex) {
    this.commune = new CellMemo((v) => {
      const t = cellText(v);
      return t === "" ? null : (communes.find(t) ?? recase(stripCommunePrefix(t)));
    });
  }
}

/**
 * A coefficient or amount: a non-negative decimal, and for amounts whole đồng; anything else is
 * { ok: false } (a fractional amount is a mistake to show, not a value to round silently).
 */
function readNumber(v: CellValue, kind: "coefficient" | "amount"): NumberParse | null {
  if (!isFilled(v) || isPlaceholder(v)) return null;
  const parsed = parseNumberCell(
    typeof v === "string" && v.length > 1000 ? v.slice(0, 1000) : v,
    kind
  );
  if (parsed === null || !parsed.ok) return parsed;
  // Within the plausible bounds (bounds.ts): a 12-digit ID pasted into «Hệ số», 1e308 or 1e-300
  // is unreadable as a coefficient, never a value to multiply.
  const valid =
    !parsed.value.startsWith("-") &&
    (kind === "coefficient" ? coefficientInBounds(parsed.value) : allowanceInBounds(parsed.value));
  return valid ? parsed : { ok: false, text: displayText(v) };
}

// ───────────────────────────── one sheet ─────────────────────────────

interface TextCell {
  col: number;
  text: string;
  raw: CellValue;
}

interface SectionState {
  commune: Sourced<string> | null;
  hamlet: Sourced<string> | null;
  level: Level | null;
}

class SheetParser {
  private readonly sheet: string;
  private readonly cols: Partial<Record<FieldKey, number>>;
  private readonly out: Finding[] = [];
  private readonly communeMissing: Finding[] = [];
  /** Column of each finding, to order a row's findings left to right. */
  private readonly findingCols = new Map<Finding, number>();
  private membersHere = 0;
  private communeSectionSeen = false;

  constructor(
    private readonly grid: Grid,
    private readonly mapping: ColumnMapping,
    private readonly communes: CommuneIndex,
    private readonly lang: Lang,
    private readonly members: StaffMember[],
    private readonly memos: Memos
  ) {
    this.sheet = typeof grid.sheet === "string" ? grid.sheet : String(grid.sheet);
    this.cols = mapping.columns;
    this.indexVerticalMerges();
  }

  private ref(row: number, col: number): CellRef {
    return { sheet: this.sheet, row, col };
  }

  private add(
    code: FindingCode,
    at: CellRef,
    init: Omit<Parameters<typeof createFinding>[1], "at"> = {}
  ): void {
    const f = createFinding(code, { ...init, at }, this.lang);
    this.findingCols.set(f, at.col);
    this.out.push(f);
  }

  /**
   * The value of a field's cell. A cell covered by a vertical merge shows the merge's value (a
   * commune merged down all rows, one «Thôi việc» merged over three leavers), except for the name
   * and STT: a merged name is one person, not several.
   */
  private cell(row: number, field: FieldKey): CellValue {
    const col = this.cols[field];
    if (col === undefined) return null;
    const v = cellAt(this.grid, row, col);
    if (v !== null || field === "name" || field === "seq") return v;
    const spans = this.verticalMerges.get(col);
    return spans === undefined ? null : this.spreadValue(col, spans, row);
  }

  /** Vertical merges per left column, sorted by top row, for mapped columns under the header. */
  private readonly verticalMerges = new Map<
    number,
    { top: number; bottom: number; value: CellValue }[]
  >();
  private readonly mergeCursor = new Map<number, number>();

  private indexVerticalMerges(): void {
    const mapped = new Set(Object.values(this.cols));
    for (const m of mergesOf(this.grid)) {
      if (m.bottom <= m.top || m.top < this.mapping.firstDataRow || !mapped.has(m.left)) continue;
      const list = this.verticalMerges.get(m.left) ?? [];
      list.push({ top: m.top, bottom: m.bottom, value: cellAt(this.grid, m.top, m.left) });
      this.verticalMerges.set(m.left, list);
    }
    for (const list of this.verticalMerges.values()) list.sort((a, b) => a.top - b.top);
  }

  /** Rows are read in increasing order: a cursor per column keeps the lookup linear overall. */
  private spreadValue(
    col: number,
    spans: { top: number; bottom: number; value: CellValue }[],
    row: number
  ): CellValue {
    let i = this.mergeCursor.get(col) ?? 0;
    while (i < spans.length && spans[i].bottom < row) i++;
    this.mergeCursor.set(col, i);
    for (let j = i; j < spans.length && spans[j].top <= row; j++) {
      if (spans[j].bottom >= row && spans[j].top < row) return spans[j].value;
    }
    return null;
  }

  run(findings: Finding[]): void {
    const grid = this.grid;
    const headerRow = this.mapping.headerRows[0];
    const headerRef = this.ref(headerRow, grid.firstCol);
    for (const field of REQUIRED_FIELDS) {
      if (this.cols[field] === undefined) {
        this.add("column-missing", headerRef, { params: { column: fieldLabel(field) } });
      }
    }
    for (const cell of this.mapping.cells ?? []) {
      if (cell.field !== null) continue;
      const params: Record<string, string> = {
        column: columnLetters(cell.col),
        header: cell.text,
      };
      if (cell.likely !== null) {
        params.likely = fieldLabel(cell.likely, this.lang);
        params.likelyKey = cell.likely;
      }
      this.add("column-unrecognised", this.ref(headerRow, cell.col), { params });
    }
    const sheetName = this.communes.find(this.sheet);
    const sheetCommune: Sourced<string> | null =
      sheetName === null
        ? null
        : { value: sheetName, cell: this.ref(grid.firstRow, grid.firstCol), raw: this.sheet };
    // A title line naming a commune of the register; a sheet named after one wins over a
    // commune only guessed from a title line's words.
    const titleLine = this.titleCommune(headerRow);
    const titleCommune =
      titleLine === null || (!titleLine.registered && sheetCommune !== null)
        ? null
        : titleLine.commune;
    const wideMerges = this.wideMerges();

    const section: SectionState = { commune: null, hamlet: null, level: null };
    let signatureZone = false;
    const last = lastRowOf(grid);
    // Hidden rows are read like the others: hiding a row does not take a person off the roster.
    for (let row = this.mapping.firstDataRow; row <= last; row++) {
      const values = rowAt(grid, row);
      if (!values.some(isFilled)) continue;
      if (isNumberingRow(values)) continue;

      const nameRaw = this.cell(row, "name");
      const name = nameOf(nameRaw);
      const titleText = this.memos.text.get(this.cell(row, "title"));
      const hasDecision = isFilled(this.cell(row, "decision"));

      // A header repeated further down (several tables pasted one under another).
      if (name !== "" && mayBeHeader(name) && matchHeader(name) === "name") {
        signatureZone = false;
        continue;
      }
      // The other text cells are needed only for rows without a name, title or decision (read
      // at most once; no closure per row).
      let texts: TextCell[] | null = null;
      if (name !== "") {
        if (isTotalText(name)) continue;
      } else {
        texts = this.textCells(values, wideMerges.get(row));
        if (texts.length > 0 && isTotalText(texts[0].text)) continue;
      }

      if (titleText === "" && !hasDecision) {
        if (
          name !== "" ? isSignatureText(name) : (texts ?? []).some((t) => isSignatureText(t.text))
        ) {
          signatureZone = true;
          continue;
        }
        texts ??= this.textCells(values, wideMerges.get(row));
        if (this.applySection(row, name, texts, wideMerges.get(row), section)) continue;
        if (signatureZone) continue;
      }
      if (name === "" && titleText === "" && !hasDecision) continue;
      signatureZone = false;

      if (name === "") {
        const col = this.cols.name ?? grid.firstCol;
        this.add("name-missing", this.ref(row, col), { field: "name" });
        continue;
      }
      this.member(row, name, nameRaw, section, titleCommune, sheetCommune);
    }

    if (
      this.cols.commune === undefined &&
      !titleCommune &&
      !sheetCommune &&
      !this.communeSectionSeen &&
      this.membersHere > 0
    ) {
      this.add("column-missing", headerRef, { params: { column: fieldLabel("commune") } });
    } else {
      for (const f of this.communeMissing) this.out.push(f);
    }
    // Sheet order: by row, then left to right.
    const sorted = this.out
      .map((f, i) => ({ f, i, col: this.findingCols.get(f) ?? 0 }))
      .sort((a, b) => (a.f.row ?? 0) - (b.f.row ?? 0) || a.col - b.col || a.i - b.i);
    // A loop, not push(...): a spread of 200,000 findings overflows the call stack.
    for (const x of sorted) findings.push(x.f);
  }

  /** Merges that start on a row and span at least three columns: section rows written across the table. */
  private wideMerges(): Map<number, CellRange> {
    const map = new Map<number, CellRange>();
    for (const m of mergesOf(this.grid)) {
      if (m.top < this.mapping.firstDataRow || m.right - m.left < 2) continue;
      const prev = map.get(m.top);
      if (!prev || m.right - m.left > prev.right - prev.left) map.set(m.top, m);
    }
    return map;
  }

  /** The row's text cells (not numbers), at most three: enough to read a section or total label. */
  private textCells(values: readonly CellValue[], merge: CellRange | undefined): TextCell[] {
    const out: TextCell[] = [];
    if (merge) {
      const raw = cellAt(this.grid, merge.top, merge.left);
      const text = typeof raw === "string" ? cellText(raw) : "";
      if (text !== "" && !isNumericText(text)) out.push({ col: merge.left, text, raw });
    }
    for (let i = 0; i < values.length && out.length < 3; i++) {
      const v = values[i];
      if (typeof v !== "string" || !isFilled(v)) continue;
      const col = this.grid.firstCol + i;
      if (merge && col === merge.left) continue;
      const text = cellText(v);
      if (text !== "" && !isNumericText(text)) out.push({ col, text, raw: v });
    }
    return out;
  }

  /** Reads a section row (DOMAIN §4.1) into the state; true when the row was one. */
  private applySection(
    row: number,
    name: string,
    texts: TextCell[],
    merge: CellRange | undefined,
    state: SectionState
  ): boolean {
    if (texts.length === 0) return false;
    let label = texts[0];
    let text = label.text;
    if (isNumberingLabel(text) && texts.length > 1) {
      label = texts[1];
      text = `${text} ${label.text}`;
    }
    // A name in the name column that is not the label: the row is a person, whatever else it holds.
    if (name !== "" && label.col !== this.cols.name) return false;
    let kind = classifySection(text, this.communes);
    // "I" | "Nguyễn Văn An": a numbering cell before a plain text does not make a heading of it.
    if (kind?.kind === "heading" && text !== label.text)
      kind = classifySection(label.text, this.communes)?.kind === "heading" ? kind : null;
    if (kind === null) return false;
    const at = this.ref(row, label.col);
    switch (kind.kind) {
      case "level":
        state.level = kind.level;
        state.hamlet = null;
        return true;
      case "hamlet":
        state.hamlet = { value: kind.name, cell: at, raw: label.raw };
        state.level = "hamlet";
        return true;
      case "commune":
        state.commune = { value: kind.name, cell: at, raw: label.raw };
        state.hamlet = null;
        state.level = null;
        this.communeSectionSeen = true;
        return true;
      case "heading": {
        // Capitals alone do not make a heading of a numbered row: "NGUYỄN VĂN AN" with STT 5 is a person.
        if (kind.weak && texts.length <= 2 && this.hasSeqNumber(row)) return false;
        if (texts.length > 2 && !merge) return false;
        return true;
      }
    }
  }

  private hasSeqNumber(row: number): boolean {
    const v = this.cell(row, "seq");
    return typeof v === "number" || (typeof v === "string" && /^\s*\d+\s*\.?\s*$/.test(v));
  }

  /**
   * The commune a title line above the header names ("DANH SÁCH … XÃ PHÚ MỸ"): the longest
   * commune of the register the line names, else the words after "xã" (registered: false).
   */
  private titleCommune(
    headerRow: number
  ): { commune: Sourced<string>; registered: boolean } | null {
    let guess: { commune: Sourced<string>; registered: boolean } | null = null;
    for (let row = this.grid.firstRow; row < headerRow; row++) {
      const values = rowAt(this.grid, row);
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (typeof v !== "string") continue;
        const text = cellText(v);
        const cell = this.ref(row, this.grid.firstCol + i);
        const registered = this.communes.namedIn(text);
        if (registered !== null)
          return { commune: { value: registered, cell, raw: v }, registered: true };
        if (guess !== null) continue;
        const found = communeAfterPrefix(text);
        if (found !== null) {
          const known = this.communes.find(found);
          if (known !== null) return { commune: { value: known, cell, raw: v }, registered: true };
          guess = { commune: { value: found, cell, raw: v }, registered: false };
        }
      }
    }
    return guess;
  }

  private member(
    row: number,
    name: string,
    nameRaw: CellValue,
    section: SectionState,
    titleCommune: Sourced<string> | null,
    sheetCommune: Sourced<string> | null
  ): void {
    const cols = this.cols;

    // Unit: commune from the column, else section, title line, sheet name; hamlet from the column, else section.
    let commune: Sourced<string> | null = null;
    let communeSource: CommuneSource | null = null;
    const communeValue = this.memos.commune.get(this.cell(row, "commune"));
    if (communeValue !== null) {
      commune = this.sourced(row, "commune", communeValue);
      communeSource = "column";
    } else if (section.commune) {
      [commune, communeSource] = [section.commune, "section"];
    } else if (titleCommune) {
      [commune, communeSource] = [titleCommune, "title"];
    } else if (sheetCommune) {
      [commune, communeSource] = [sheetCommune, "sheet"];
    }
    let hamlet: Sourced<string> | null = null;
    const hamletRead = this.memos.hamlet.get(this.cell(row, "hamlet"));
    const columnSaysCommune = hamletRead.communeLevel;
    if (hamletRead.value !== null) hamlet = this.sourced(row, "hamlet", hamletRead.value);
    if (!hamlet && !columnSaysCommune && section.hamlet) hamlet = section.hamlet;
    const afterText = this.memos.hamlet.get(this.cell(row, "hamletAfter")).value;
    const hamletAfter = afterText !== null ? this.sourced(row, "hamletAfter", afterText) : null;
    const level: Level =
      hamlet || hamletAfter
        ? "hamlet"
        : !columnSaysCommune && section.level === "hamlet"
          ? "hamlet"
          : "commune";

    const who = { person: name, commune: commune?.value ?? null, hamlet: hamlet?.value ?? null };

    // Title, and concurrent titles from "kiêm …" in the title cell and from the concurrent column.
    let title: Sourced<string> | null = null;
    const concurrent: Sourced<string>[] = [];
    const titleRead = this.memos.title.get(this.cell(row, "title"));
    if (titleRead.main !== "") {
      const { main, extra } = titleRead;
      title = this.sourced(row, "title", main);
      for (const t of extra) concurrent.push(this.sourced(row, "title", t));
    } else if (cols.title !== undefined) {
      this.add("title-missing", this.fieldRef(row, "title"), { ...who, field: "title" });
    }
    for (const t of this.memos.concurrent.get(this.cell(row, "concurrent")))
      concurrent.push(this.sourced(row, "concurrent", t));

    // Decision.
    let decision: Sourced<DecisionCategory> | null = null;
    let decisionText: string | null = null;
    if (cols.decision !== undefined) {
      const raw = this.cell(row, "decision");
      const read = this.memos.decision.get(raw);
      if (read.text === "") {
        this.add("decision-missing", this.fieldRef(row, "decision"), { ...who, field: "decision" });
      } else {
        decisionText = read.text;
        if (read.category !== null) {
          decision = this.sourced(row, "decision", read.category);
        } else {
          const params: Record<string, string> = { value: displayText(raw) };
          if (read.nearest !== null) params.nearest = read.nearest;
          this.add("decision-unknown", this.fieldRef(row, "decision"), {
            ...who,
            field: "decision",
            params,
          });
        }
      }
    }

    // Birth and gender: the birth column, or the Nam / Nữ columns (the filled one gives the gender).
    let birth: Sourced<PartialDate> | null = null;
    let gender: "male" | "female" | null = null;
    if (isFilled(this.cell(row, "birth"))) {
      birth = this.date(row, "birth", who);
    } else {
      const male = isFilled(this.cell(row, "birthMale"));
      const female = isFilled(this.cell(row, "birthFemale"));
      if (male !== female) gender = male ? "male" : "female";
      const field = male ? "birthMale" : female ? "birthFemale" : null;
      if (field !== null && !isMark(this.cell(row, field)))
        birth = this.date(row, "birth", who, field);
    }
    gender = this.memos.gender.get(this.cell(row, "gender")) ?? gender;

    const start = this.date(row, "start", who);
    const end = this.date(row, "end", who);
    const coefficient = this.coefficient(row, "coefficient", who);
    const concurrentCoefficient = this.coefficient(row, "concurrentCoefficient", who);
    const allowance = this.amount(row, "allowance", who);
    const concurrentAllowance = this.amount(row, "concurrentAllowance", who);

    const periods = this.periods(row, who);
    const reducedRetirement = this.reducedRetirement(row, who);
    const nd154Paid = this.date(row, "nd154Paid", who);

    const roundText = this.memos.round.get(this.cell(row, "round"));
    const noteText = this.memos.text.get(this.cell(row, "note"));

    if (!commune) {
      const at = this.fieldRef(row, cols.commune !== undefined ? "commune" : "name");
      const f = createFinding("commune-missing", { ...who, at, field: "commune" }, this.lang);
      this.findingCols.set(f, at.col);
      this.communeMissing.push(f);
    }

    this.members.push({
      index: this.members.length,
      sheet: this.sheet,
      row,
      name: { value: name, cell: this.fieldRef(row, "name"), raw: nameRaw },
      birth,
      gender,
      commune,
      communeSource,
      hamlet,
      ...(hamletAfter ? { hamletAfter } : {}),
      level,
      title,
      concurrent,
      coefficient,
      concurrentCoefficient,
      allowance,
      concurrentAllowance,
      start,
      end,
      decision,
      decisionText,
      round: roundText !== "" ? this.sourced(row, "round", roundText) : null,
      note: noteText !== "" ? noteText : null,
      // Only rosters that have the column carry the field: older rosters' members stay as they were.
      ...(this.cols.periods !== undefined ? { periods } : {}),
      ...(this.cols.reducedRetirement !== undefined ? { reducedRetirement } : {}),
      ...(this.cols.nd154Paid !== undefined ? { nd154Paid } : {}),
    });
    this.membersHere++;
  }

  /** Several service periods in one cell (DOMAIN §10.4); unreadable → date-invalid, no value. */
  private periods(row: number, who: WhoInit): Sourced<ServicePeriod[]> | null {
    const col = this.cols.periods;
    if (col === undefined) return null;
    const raw = cellAt(this.grid, row, col);
    const parsed = parsePeriods(raw);
    if (parsed === null) return null;
    const at = this.ref(row, col);
    const outside =
      parsed.ok &&
      parsed.periods.some(
        (p) =>
          !dateInBounds(p.start, "service") || (p.end !== null && !dateInBounds(p.end, "service"))
      );
    if (!parsed.ok || outside) {
      this.add("date-invalid", at, {
        ...who,
        field: "periods",
        params: {
          field: this.lang === "en" ? "service periods" : "thời gian công tác",
          value: parsed.ok ? displayText(raw) : parsed.part,
        },
      });
      return null;
    }
    return { value: parsed.periods, cell: at, raw };
  }

  /**
   * Years the retirement age is lowered (Phụ lục II): a number 1–5, or a mark ("x", "Có") for
   * the full 5 years; empty or "Không" → none.
   */
  private reducedRetirement(row: number, who: WhoInit): Sourced<number> | null {
    const col = this.cols.reducedRetirement;
    if (col === undefined) return null;
    const raw = cellAt(this.grid, row, col);
    if (!isFilled(raw)) return null;
    const at = this.ref(row, col);
    const text = foldLoose(typeof raw === "string" ? raw : String(raw));
    if (text === "khong" || text === "0") return null;
    const n = typeof raw === "number" ? raw : /^\d+$/.test(text) ? Number(text) : null;
    if (n !== null && Number.isInteger(n) && n >= 1 && n <= MAX_REDUCED_YEARS)
      return { value: n, cell: at, raw };
    if (n === null && (isMark(raw) || ["co", "x", "yes"].includes(text)))
      return { value: MAX_REDUCED_YEARS, cell: at, raw };
    this.add("coefficient-invalid", at, {
      ...who,
      params: {
        field: this.lang === "en" ? "reduced retirement age" : "số năm giảm tuổi nghỉ hưu",
        value: displayText(raw),
      },
    });
    return null;
  }

  /** The cell of a field on a row (the first column when the field has none). */
  private fieldRef(row: number, field: FieldKey): CellRef {
    return this.ref(row, this.cols[field] ?? this.grid.firstCol);
  }

  private sourced<T>(row: number, field: FieldKey, value: T): Sourced<T> {
    return { value, cell: this.fieldRef(row, field), raw: this.cell(row, field) };
  }

  private date(
    row: number,
    field: DateField,
    who: WhoInit,
    column: FieldKey = field
  ): Sourced<PartialDate> | null {
    const col = this.cols[column];
    if (col === undefined) return null;
    const raw = cellAt(this.grid, row, col);
    const parsed = this.memos.date.get(raw);
    if (parsed === null) return null;
    const at = this.ref(row, col);
    if (!parsed.ok || !dateInBounds(parsed.date, field === "birth" ? "birth" : "service")) {
      this.add("date-invalid", at, {
        ...who,
        field: column,
        params: { field: FIELD_WORDS[this.lang][field], value: displayText(raw) },
      });
      return null;
    }
    if (parsed.date.precision === "year" && (field === "start" || field === "end")) {
      this.add("date-imprecise", at, {
        ...who,
        field: column,
        params: {
          field: FIELD_WORDS[this.lang][field],
          value: String(parsed.date.year),
          month: field === "start" ? "01" : "12",
        },
      });
    }
    return { value: parsed.date, cell: at, raw };
  }

  /** A non-negative decimal (whole đồng for amounts); anything else is `coefficient-invalid` and no value. */
  private number(
    row: number,
    field: NumberField,
    who: WhoInit,
    kind: "coefficient" | "amount"
  ): Sourced<string> | null {
    const col = this.cols[field];
    if (col === undefined) return null;
    const raw = cellAt(this.grid, row, col);
    const parsed = (kind === "coefficient" ? this.memos.coefficient : this.memos.amount).get(raw);
    if (parsed === null) return null;
    const at = this.ref(row, col);
    if (!parsed.ok) {
      this.add("coefficient-invalid", at, {
        ...who,
        field,
        params: {
          field: FIELD_WORDS[this.lang][field],
          value: displayText(raw),
          range: boundsText(kind === "coefficient" ? "coefficient" : "allowance", this.lang),
        },
      });
      return null;
    }
    return { value: parsed.value, cell: at, raw };
  }

  private coefficient(
    row: number,
    field: "coefficient" | "concurrentCoefficient",
    who: WhoInit
  ): Sourced<string> | null {
    return this.number(row, field, who, "coefficient");
  }

  private amount(
    row: number,
    field: "allowance" | "concurrentAllowance",
    who: WhoInit
  ): Sourced<number> | null {
    const s = this.number(row, field, who, "amount");
    return s === null ? null : { value: Number(s.value), cell: s.cell, raw: s.raw };
  }
}

interface WhoInit {
  person: string;
  commune: string | null;
  hamlet: string | null;
}
