/**
 * What every hostile corpus file must produce (test/corpus/README.md is generated from this).
 * Golden values (amounts, months, counts) are worked out by hand from DOMAIN §5; each is
 * explained next to its file in scripts/build-corpus.ts.
 *
 * Standard roster columns used by most files (header on row 3, data from row 4):
 *   A STT · B Họ và tên · C Năm sinh · D Xã · E Ấp · F Chức danh · G Kiêm nhiệm · H Hệ số ·
 *   I Mức phụ cấp · J Từ ngày · K Đến ngày · L Phương án · M Ghi chú
 */
import type { FindingCode, LevelCounts } from "../../src/engine/types";

export interface ExpectedFinding {
  code: FindingCode;
  sheet: string;
  /** A1 address of the offending cell; null for findings without a cell (sheet-level). */
  cell: string | null;
}

export interface AbsentFinding {
  code: FindingCode;
  /** Limit the ban to one sheet / cell; absent = anywhere. */
  sheet?: string;
  cell?: string;
}

export interface ExpectedPayout {
  sheet: string;
  row: number;
  /** Whole đồng, or null: the payout cannot be computed (never a silent 0). */
  amount: number | null;
  months?: number;
  yearsCounted?: string;
}

export interface ExpectedCommune {
  commune: string;
  before?: LevelCounts;
  after?: LevelCounts;
}

export interface Expectation {
  /** What the file holds (README "what it contains"). */
  what: string;
  /** Extra CLI arguments after the file (e.g. ["--policy", "<corpus>/x.json"]); "<corpus>" is replaced by the corpus folder. */
  args?: string[];
  /** Unusable input: exit 2, one stderr line starting "dinh-bien: " and containing this text. */
  exit?: 2;
  stderrIncludes?: string;
  /** Findings that must be present (check --json). */
  findings?: ExpectedFinding[];
  /** Findings that must not be present. */
  absent?: AbsentFinding[];
  /** No error-severity finding (exit 0). */
  noErrors?: boolean;
  /** summary.people of check --json. */
  people?: number;
  /** Rows of payouts --json (leave-paid people) to check. */
  payouts?: ExpectedPayout[];
  /** Before/after counts of payouts --json. */
  communes?: ExpectedCommune[];
  /** Why an outcome is weaker than one would like (documented in the README). */
  note?: string;
}

const S = "Danh sách";

export const CORPUS: Record<string, Expectation> = {
  // ───────────── unusable input: exit 2 ─────────────
  "c01-no-sheets.xlsx": {
    what: "A workbook with no worksheet at all.",
    exit: 2,
    stderrIncludes: "c01-no-sheets.xlsx",
  },
  "c02-empty-sheet.xlsx": {
    what: "One empty worksheet.",
    exit: 2,
    stderrIncludes: "c02-empty-sheet.xlsx",
  },
  "c03-header-row-31.xlsx": {
    what: "Letterhead and notes on rows 1–30, the header only on row 31 (beyond the 30-row search of DOMAIN §4.1).",
    exit: 2,
    stderrIncludes: "Không tìm thấy danh sách",
  },
  "c04-csv-named-xlsx.xlsx": {
    what: "A CSV text file named .xlsx.",
    exit: 2,
    stderrIncludes: "c04-csv-named-xlsx.xlsx",
  },
  "c05-truncated-zip.xlsx": {
    what: "The first half of a valid roster workbook (truncated zip).",
    exit: 2,
    stderrIncludes: "c05-truncated-zip.xlsx",
  },
  "c06-random-bytes.xlsx": {
    what: "4 KiB of seeded random bytes.",
    exit: 2,
    stderrIncludes: "c06-random-bytes.xlsx",
  },
  "c07-zero-bytes.xlsx": {
    what: "An empty (0-byte) file.",
    exit: 2,
    stderrIncludes: "c07-zero-bytes.xlsx",
  },
  "c08-old-xls.xlsx": {
    what: "An OLE2/CFB (old .xls) signature followed by junk, named .xlsx.",
    exit: 2,
    stderrIncludes: "c08-old-xls.xlsx",
  },
  "c09-zip-not-workbook.xlsx": {
    what: "A valid zip archive holding only a text file.",
    exit: 2,
    stderrIncludes: "c09-zip-not-workbook.xlsx",
  },

  // ───────────── layout ─────────────
  "c10-header-only.xlsx": {
    what: "Title line and header row, no data rows.",
    people: 0,
    noErrors: true,
  },
  "c11-header-row-25.xlsx": {
    what: "Letterhead, national motto, title and blank lines on rows 1–24; header on row 25; 5 people; row 28's decision is «Chờ ý kiến».",
    people: 5,
    findings: [{ code: "decision-unknown", sheet: S, cell: "L28" }],
  },
  "c12-two-header-rows.xlsx": {
    what: "Two merged header rows (4–5): «Năm sinh» over «Nam»/«Nữ», «Thời gian công tác» over «Từ»/«Đến»; a paid leaver 01/03/2010–31/12/2018, coefficient 1; another with «Đến» = 32/12/2018.",
    people: 4,
    payouts: [
      { sheet: S, row: 7, amount: 12_510_000, months: 106, yearsCounted: "9" },
      { sheet: S, row: 8, amount: null },
    ],
    findings: [{ code: "date-invalid", sheet: S, cell: "J8" }],
  },
  "c13-split-sheets.xlsx": {
    what: "One commune's roster split over three sheets (Cấp xã, Ấp Tràm Trổi, Ấp Khánh Hòa), each with its own header; a title missing on the third sheet.",
    people: 12 + 6 + 5,
    findings: [{ code: "title-missing", sheet: "Ấp Khánh Hòa", cell: "F6" }],
    payouts: [{ sheet: "Cấp xã", row: 15, amount: 12_510_000 }],
  },
  "c14-hidden-rows-cols.xlsx": {
    what: "A hidden column (internal notes) and a hidden person row (row 6); an unknown decision in visible row 8.",
    people: 6,
    findings: [{ code: "decision-unknown", sheet: S, cell: "L8" }],
    note: "Hidden rows are still data: the hidden person counts.",
  },
  "c15-merged-person-cells.xlsx": {
    what: "The commune column merged down all person rows (D4:D12); one «Thôi việc» decision merged over three leavers (L9:L11); a name merged across B:C.",
    people: 9,
    absent: [{ code: "commune-missing" }, { code: "decision-missing" }],
    payouts: [
      { sheet: S, row: 9, amount: 12_510_000 },
      { sheet: S, row: 10, amount: 12_510_000 },
      { sheet: S, row: 11, amount: 12_510_000 },
    ],
  },
  "c16-5000-columns.xlsx": {
    what: "The standard header plus 4 987 extra headed columns (to column 5 000, GJH) with values; 5 people; an unknown decision on row 5.",
    people: 5,
    findings: [{ code: "decision-unknown", sheet: S, cell: "L5" }],
  },
  "c17-totals-numbering.xlsx": {
    what: "Numbering rows under the header («(1) (2) …» as text on one sheet, 1 2 3 … as numbers on another) and total rows «Cộng», «Tổng cộng», «Tổng» with sums.",
    people: 5 + 3,
    noErrors: true,
    absent: [{ code: "name-missing" }, { code: "title-missing" }, { code: "decision-missing" }],
  },
  "c18-section-rows.xlsx": {
    what: "No commune or hamlet column: section rows in every style set them («Xã Phú Mỹ», «I. CẤP XÃ», «II. ẤP, KHU PHỐ», «1. Ấp Khánh Hòa», «Ấp Tràm Trổi», «XÃ VĨNH PHÚ», roman numeral in STT with the text beside it, «- Ấp Cây Gáo»).",
    people: 15,
    absent: [{ code: "commune-missing" }],
    communes: [
      { commune: "Phú Mỹ", before: { commune: 4, hamlet: 5 }, after: { commune: 3, hamlet: 4 } },
      { commune: "Vĩnh Phú", before: { commune: 3, hamlet: 3 }, after: { commune: 2, hamlet: 2 } },
    ],
  },
  "c19-many-blank-rows.xlsx": {
    what: "People separated by hundreds of blank rows; the last person on row 2 000.",
    people: 4,
    findings: [{ code: "decision-unknown", sheet: S, cell: "L2000" }],
  },
  "c20-commune-from-sheet-name.xlsx": {
    what: "No commune column, no title line: the sheets are named after communes of the register («Phú Mỹ», «Vĩnh Phú»).",
    people: 6,
    absent: [{ code: "commune-missing" }],
    communes: [
      { commune: "Phú Mỹ", before: { commune: 3, hamlet: 0 } },
      { commune: "Vĩnh Phú", before: { commune: 3, hamlet: 0 } },
    ],
  },
  "c21-commune-missing.xlsx": {
    what: "A commune column left empty on row 5, under a title line that names no commune, on a sheet named «Danh sách».",
    people: 3,
    findings: [{ code: "commune-missing", sheet: S, cell: "D5" }],
  },
  "c22-missing-columns.xlsx": {
    what: "A header with Họ và tên, Năm sinh, Chức danh, Hệ số, Từ ngày but no Phương án and no Xã (and no commune anywhere else): two column-missing findings on the header row.",
    findings: [{ code: "column-missing", sheet: S, cell: "A3" }],
  },

  // ───────────── cell contents ─────────────
  "c23-error-values.xlsx": {
    what: "Error values: #N/A as a paid leaver's coefficient (no amount), #REF! as a start date, #NAME? as a birth year, #DIV/0! in a note.",
    findings: [
      { code: "coefficient-invalid", sheet: S, cell: "H5" },
      { code: "date-invalid", sheet: S, cell: "J6" },
      { code: "date-invalid", sheet: S, cell: "C7" },
    ],
    payouts: [{ sheet: S, row: 5, amount: null }],
  },
  "c24-formulas.xlsx": {
    what: "Formulas with cached results: STT =ROW()-3, coefficient =0.5+0.5, amount =H5*1390000, a «Tổng cộng» row of SUMs.",
    people: 3,
    noErrors: true,
    payouts: [{ sheet: S, row: 5, amount: 12_510_000 }],
  },
  "c25-formula-no-result.xlsx": {
    what: "A paid leaver whose amount is a formula saved without a cached result and no coefficient; another whose coefficient is a formula cached as #DIV/0!.",
    findings: [{ code: "coefficient-invalid", sheet: S, cell: "H5" }],
    payouts: [
      { sheet: S, row: 4, amount: null },
      { sheet: S, row: 5, amount: null },
    ],
  },
  "c26-dates-text-forms.xlsx": {
    what: "Start and end dates in every form of DOMAIN §4.1: 05/7/2010, 5-7-2010, 07/2010, 7/2010, «tháng 7 năm 2010», 2010, a date serial, a plain serial number; end 12/2018, «tháng 12 năm 2018», 31-12-2018; the 30/06/2019 → 01/07/2019 base salary change.",
    findings: [{ code: "date-imprecise", sheet: S, cell: "J9" }],
    absent: [{ code: "date-invalid" }],
    payouts: [
      { sheet: S, row: 4, amount: 11_815_000, months: 101, yearsCounted: "8.5" },
      { sheet: S, row: 5, amount: 11_815_000, months: 101 },
      { sheet: S, row: 6, amount: 11_815_000, months: 102 },
      { sheet: S, row: 7, amount: 11_815_000, months: 102 },
      { sheet: S, row: 8, amount: 11_815_000, months: 102 },
      { sheet: S, row: 9, amount: 12_510_000, months: 108, yearsCounted: "9" },
      { sheet: S, row: 10, amount: 11_815_000, months: 101 },
      { sheet: S, row: 11, amount: 11_815_000, months: 101 },
      { sheet: S, row: 12, amount: 12_510_000, months: 106 },
      { sheet: S, row: 13, amount: 12_510_000, months: 106 },
      { sheet: S, row: 14, amount: 12_510_000, months: 106 },
      { sheet: S, row: 15, amount: 12_510_000, months: 106 },
      { sheet: S, row: 16, amount: 13_900_000, months: 120 },
      { sheet: S, row: 17, amount: 14_900_000, months: 120 },
    ],
  },
  "c27-feb29-and-month-ends.xlsx": {
    what: "29/02/2018 (not a leap year) and 31/04/2015 as start dates; 29/02/2016 → 28/02/2019; 31/01/2018 → 27/02/2019 (month-end clamping).",
    findings: [
      { code: "date-invalid", sheet: S, cell: "J4" },
      { code: "date-invalid", sheet: S, cell: "J6" },
    ],
    payouts: [
      { sheet: S, row: 4, amount: null },
      { sheet: S, row: 5, amount: 4_170_000, months: 36, yearsCounted: "3" },
      { sheet: S, row: 6, amount: null },
      { sheet: S, row: 7, amount: 2_085_000, months: 13, yearsCounted: "1.5" },
    ],
  },
  "c28-serial-60.xlsx": {
    what: "Date serial 60 (Excel's phantom 29/02/1900) and a negative serial as start dates of paid leavers.",
    findings: [
      { code: "date-invalid", sheet: S, cell: "J4" },
      { code: "date-invalid", sheet: S, cell: "J5" },
    ],
    payouts: [
      { sheet: S, row: 4, amount: null },
      { sheet: S, row: 5, amount: null },
    ],
  },
  "c29-date-1904.xlsx": {
    what: "A workbook in the 1904 date system (old Mac Excel); the start date 05/07/2010 stored as a date.",
    payouts: [{ sheet: S, row: 4, amount: 11_815_000, months: 101 }],
  },
  "c30-nfd-text.xlsx": {
    what: "Every header, name, commune, hamlet, title and decision written in NFD (decomposed accents); the register in NFC.",
    people: 4,
    noErrors: true,
    absent: [
      { code: "title-unknown" },
      { code: "decision-unknown" },
      { code: "commune-unknown" },
      { code: "hamlet-unknown" },
    ],
    payouts: [{ sheet: S, row: 6, amount: 12_510_000 }],
  },
  "c31-whitespace.xlsx": {
    what: "Non-breaking spaces, tabs and line breaks inside headers («Họ và\\ntên»), names, titles, decisions («Thôi\\nviệc») and the commune.",
    people: 4,
    noErrors: true,
    absent: [{ code: "title-unknown" }, { code: "decision-unknown" }],
    payouts: [{ sheet: S, row: 6, amount: 12_510_000 }],
  },
  "c32-legacy-fonts.xlsx": {
    what: "Names typed in legacy fonts: TCVN3 «NguyÔn V¨n A», VNI «Nguyeãn Vaên Bình»; one title in TCVN3 «Thñ quü».",
    people: 3,
    findings: [{ code: "title-unknown", sheet: S, cell: "F6" }],
    note: "The engine has no legacy-font finding: the rows count as people with the mojibake names; only the TCVN3 title is flagged (title-unknown).",
  },
  "c33-huge-cells.xlsx": {
    what: "A 10 000-character title, a 10 000-character decision and a 10 000-character note.",
    people: 3,
    findings: [
      { code: "title-unknown", sheet: S, cell: "F5" },
      { code: "decision-unknown", sheet: S, cell: "L6" },
    ],
  },
  "c34-emoji.xlsx": {
    what: "Emoji in the sheet name («Phú Mỹ 🌾»), in names and notes; a decision «👍».",
    people: 3,
    findings: [{ code: "decision-unknown", sheet: "Phú Mỹ 🌾", cell: "L6" }],
  },
  "c35-numbers.xlsx": {
    what: 'Coefficients "1,5", "1.5", 1.5, -1, 0, «không»; amounts "1.390.000", -1 390 000, "2.085.000" agreeing with 1,5, 1.500.000 disagreeing with 1.',
    findings: [
      { code: "coefficient-invalid", sheet: S, cell: "H8" },
      { code: "coefficient-invalid", sheet: S, cell: "I10" },
      { code: "coefficient-invalid", sheet: S, cell: "H14" },
      { code: "allowance-mismatch", sheet: S, cell: "I13" },
    ],
    absent: [{ code: "allowance-mismatch", sheet: S, cell: "I12" }],
    payouts: [
      { sheet: S, row: 4, amount: 18_765_000 },
      { sheet: S, row: 5, amount: 18_765_000 },
      { sheet: S, row: 6, amount: 18_765_000 },
      { sheet: S, row: 7, amount: 12_510_000 },
      { sheet: S, row: 8, amount: null },
      { sheet: S, row: 10, amount: null },
      { sheet: S, row: 11, amount: 12_510_000 },
      { sheet: S, row: 12, amount: 18_765_000 },
      { sheet: S, row: 13, amount: 13_500_000 },
      { sheet: S, row: 14, amount: null },
    ],
    note: "Row 9 (coefficient 0) is only required not to crash: a zero coefficient is a number the clerk wrote.",
  },
  "c36-rich-text-booleans.xlsx": {
    what: "Rich-text (partly bold) name and title cells; TRUE as a paid leaver's coefficient; FALSE in a note.",
    people: 3,
    findings: [{ code: "coefficient-invalid", sheet: S, cell: "H5" }],
    payouts: [{ sheet: S, row: 5, amount: null }],
    absent: [{ code: "title-unknown" }],
  },
  "c37-sheet-name-quote.xlsx": {
    what: "A roster sheet named «Ấp O'Môn» (an apostrophe that must be quoted in references); an unknown decision on row 5.",
    findings: [{ code: "decision-unknown", sheet: "Ấp O'Môn", cell: "L5" }],
  },

  // ───────────── the money must never be a silent zero ─────────────
  "c38-unreadable-allowance.xlsx": {
    what: "Paid leavers: amount «chưa rõ» and no coefficient; neither amount nor coefficient; amount «xem hồ sơ».",
    findings: [
      { code: "coefficient-invalid", sheet: S, cell: "I4" },
      { code: "allowance-missing", sheet: S, cell: "H5" },
      { code: "coefficient-invalid", sheet: S, cell: "I6" },
    ],
    payouts: [
      { sheet: S, row: 4, amount: null },
      { sheet: S, row: 5, amount: null },
      { sheet: S, row: 6, amount: null },
    ],
  },
  "c39-missing-dates.xlsx": {
    what: "Paid leavers without a start date, and without a leaving date (no payment date anywhere).",
    findings: [
      { code: "start-missing", sheet: S, cell: "J4" },
      { code: "end-missing", sheet: S, cell: "K5" },
    ],
    payouts: [
      { sheet: S, row: 4, amount: null },
      { sheet: S, row: 5, amount: null },
    ],
  },
  "c40-payment-date-sheet.xlsx": {
    what: "A paid leaver without a leaving date, and a «Thông tin» sheet whose «Ngày chi trả» is 31/12/2018.",
    absent: [{ code: "end-missing" }],
    payouts: [{ sheet: S, row: 4, amount: 12_510_000, months: 106 }],
  },
  "c41-date-order.xlsx": {
    what: "Start after end; start at age 10 (born 2000, started 2010); leaving 31/12/2015, before the first base salary (01/05/2016).",
    findings: [
      { code: "date-order", sheet: S, cell: "J4" },
      { code: "date-order", sheet: S, cell: "J5" },
      { code: "base-salary-missing", sheet: S, cell: "K6" },
    ],
    payouts: [
      { sheet: S, row: 4, amount: null },
      { sheet: S, row: 5, amount: null },
      { sheet: S, row: 6, amount: null },
    ],
  },

  // ───────────── words ─────────────
  "c42-decisions.xlsx": {
    what: "Decisions «thoi viec», «THÔI VIỆC», «Nghỉ chế độ» (paid), «Từ trần» (unpaid), «Bổ sung» (new), «Thôi vệc» (misspelt), and an empty one.",
    findings: [
      { code: "decision-unknown", sheet: S, cell: "L9" },
      { code: "decision-missing", sheet: S, cell: "L10" },
    ],
    payouts: [
      { sheet: S, row: 4, amount: 12_510_000 },
      { sheet: S, row: 5, amount: 12_510_000 },
      { sheet: S, row: 6, amount: 12_510_000 },
    ],
    communes: [
      { commune: "Phú Mỹ", before: { commune: 5, hamlet: 0 }, after: { commune: 2, hamlet: 0 } },
    ],
  },
  "c43-title-aliases.xlsx": {
    what: "Titles written as clerks do: «Phó CHT Quân sự», «Phó Trưởng CA», «VP Đảng ủy», «thu quy», «P. Trưởng ấp», «CAV», «Bí thư chi bộ ấp»; and a misspelt «Khuyến nôngg».",
    people: 8,
    findings: [{ code: "title-unknown", sheet: S, cell: "F11" }],
    absent: [
      { code: "title-unknown", sheet: S, cell: "F4" },
      { code: "title-unknown", sheet: S, cell: "F5" },
      { code: "title-unknown", sheet: S, cell: "F6" },
      { code: "title-unknown", sheet: S, cell: "F7" },
      { code: "title-unknown", sheet: S, cell: "F8" },
      { code: "title-unknown", sheet: S, cell: "F9" },
      { code: "title-unknown", sheet: S, cell: "F10" },
    ],
  },

  // ───────────── checks ─────────────
  "c44-same-person-three-communes.xlsx": {
    what: "«Trần Văn Sóc», born 1970, kept in Phú Mỹ, Vĩnh Phú and Phú Lợi; «Lê Thị Hoa» without a birth year twice.",
    findings: [
      { code: "duplicate-person", sheet: S, cell: "B5" },
      { code: "possible-duplicate", sheet: S, cell: "B8" },
    ],
  },
  "c45-quotas.xlsx": {
    what: "Register: Phú Mỹ class 1 with Ấp Tràm Trổi. 12 commune-level people kept (cap 11), 7 kept in the hamlet (cap 6), two kept «Thủ quỹ».",
    findings: [
      { code: "commune-over-quota", sheet: S, cell: "B15" },
      { code: "hamlet-over-quota", sheet: S, cell: "B22" },
      { code: "title-over-limit", sheet: S, cell: "F15" },
    ],
  },
  "c46-titles-per-person.xlsx": {
    what: "A person with two concurrent titles («Thủ quỹ; Thú y»), a hamlet person with a commune-level concurrent title.",
    findings: [
      { code: "too-many-titles", sheet: S, cell: "G4" },
      { code: "concurrent-level-mismatch", sheet: S, cell: "G5" },
    ],
  },
  "c47-reappointed.xlsx": {
    what: "The same person paid as surplus «Thú y» (row 4) and kept as «Thú y» of the same commune (row 5).",
    findings: [{ code: "reappointed-after-severance", sheet: S, cell: "F5" }],
  },
  "c48-register-issues.xlsx": {
    what: "Register «Đơn vị»: Phú Mỹ without a class; the roster also names Vĩnh Phú (not registered) and Ấp Không Có (not in Phú Mỹ's hamlets).",
    findings: [
      { code: "commune-class-missing", sheet: "Đơn vị", cell: "A2" },
      { code: "commune-unknown", sheet: S, cell: "D5" },
      { code: "hamlet-unknown", sheet: S, cell: "E6" },
    ],
  },

  // ───────────── policy ─────────────
  "c53-policy-sheet-misspelt.xlsx": {
    what: "A valid roster and a «Quy định» sheet (the preset as the add-in writes it) whose hamlet-cap label is misspelt «Số ngừơi tối da mỗi ấpp».",
    exit: 2,
    stderrIncludes: "Quy định!A31",
  },
  "c54-policy-sheet-base-salary.xlsx": {
    what: "A «Quy định» sheet whose base salary rows of 2017 and 2018 are swapped (out of date order).",
    exit: 2,
    stderrIncludes: "Quy định",
  },
  "c56-implausible-values.xlsx": {
    what: "Implausible values for paid leavers: a 12-digit citizen ID, 1e308, 1e-300 and 99999 as coefficients, a leaving date 31/12/9999, an allowance of 999.999.999.999.999 đồng without a coefficient, a start date in 1900, 69 years of service.",
    findings: [
      { code: "coefficient-invalid", sheet: S, cell: "H4" },
      { code: "coefficient-invalid", sheet: S, cell: "H5" },
      { code: "coefficient-invalid", sheet: S, cell: "H6" },
      { code: "coefficient-invalid", sheet: S, cell: "H7" },
      { code: "date-invalid", sheet: S, cell: "K8" },
      { code: "coefficient-invalid", sheet: S, cell: "I9" },
      { code: "date-invalid", sheet: S, cell: "J10" },
      { code: "date-order", sheet: S, cell: "K11" },
    ],
    // One cause, one finding: the unreadable cell is not also a missing allowance or date.
    absent: [{ code: "allowance-missing" }, { code: "end-missing" }, { code: "start-missing" }],
    people: 9,
    payouts: [
      { sheet: S, row: 4, amount: null },
      { sheet: S, row: 5, amount: null },
      { sheet: S, row: 6, amount: null },
      { sheet: S, row: 7, amount: null },
      { sheet: S, row: 8, amount: null },
      { sheet: S, row: 9, amount: null },
      { sheet: S, row: 10, amount: null },
      { sheet: S, row: 11, amount: null },
    ],
  },
  "c57-sheet-part-name.xlsx": {
    what: "The roster's worksheet part is named xl/worksheets/danh-sach-2019.xml (legal: parts are found through the relationships, not by name).",
    people: 4,
    payouts: [{ sheet: S, row: 7, amount: 12_510_000 }],
  },
  "c58-stale-marker.xlsx": {
    what: "A stale defined name DinhBien_summary pointing at the clerk's roster «Danh sách» (copied from another workbook).",
    people: 4,
    payouts: [{ sheet: S, row: 7, amount: 12_510_000 }],
  },
  "c59-x-prefix-no-refs.xlsx": {
    what: "SpreadsheetML with every element prefixed x: (as .NET writers produce it), rows and cells without r attributes, inline strings.",
    people: 4,
    payouts: [{ sheet: S, row: 7, amount: 12_510_000 }],
  },
  "c60-strict-ooxml.xlsx": {
    what: "Strict OOXML namespaces and relationship types (ISO/IEC 29500 Strict).",
    people: 4,
    payouts: [{ sheet: S, row: 7, amount: 12_510_000 }],
  },
  "c61-overlapping-merges.xlsx": {
    what: "The commune merged down D4:D7 and an overlapping merge D5:E5 (Excel repairs it by dropping the later merge).",
    people: 4,
    payouts: [{ sheet: S, row: 7, amount: 12_510_000 }],
    absent: [{ code: "commune-missing" }],
  },
  "c62-shared-formulas.xlsx": {
    what: "The paid leaver's coefficient from a shared formula (master H6, H7 refers to it), cached results 1.",
    people: 4,
    payouts: [{ sheet: S, row: 7, amount: 12_510_000 }],
  },
  "c63-far-stray-cells.xlsx": {
    what: "A note in XFD2 and a stray value in XFD1048576 beside a 4-person roster (before: out of memory).",
    people: 4,
    payouts: [{ sheet: S, row: 7, amount: 12_510_000 }],
  },
  "c64-whole-column-dropdowns.xlsx": {
    what: "Dropdowns over whole columns (L1:L1048576, A1:XFD1048576) and the note merged M:N on every person row.",
    people: 4,
    payouts: [{ sheet: S, row: 7, amount: 12_510_000 }],
  },
  "c65-crc-mismatch.xlsx": {
    what: "The roster part changed (coefficient 9 on row 7) under the CRC-32 of the original: a damaged copy.",
    exit: 2,
    stderrIncludes: "CRC",
  },
  "c66-duplicate-entries.xlsx": {
    what: "Two zip entries named xl/worksheets/sheet1.xml, with different coefficients.",
    exit: 2,
    stderrIncludes: "trùng tên",
  },
  "c67-size-lie.xlsx": {
    what: "The worksheet declares 1 000 bytes inflated and inflates to more (a zip bomb's trick).",
    exit: 2,
    stderrIncludes: "bị hỏng",
  },
  "c68-huge-part.xlsx": {
    what: "The worksheet declares 3,75 GiB inflated: refused before inflating.",
    exit: 2,
    stderrIncludes: "quá lớn",
  },
  "c69-unneeded-huge-part.xlsx": {
    what: "A valid roster with an unneeded 3,75 GiB part (xl/media/video1.bin) that nothing reads.",
    people: 4,
    payouts: [{ sheet: S, row: 7, amount: 12_510_000 }],
  },
  "c70-ods-named-xlsx.xlsx": {
    what: "An OpenDocument spreadsheet (.ods) renamed .xlsx.",
    exit: 2,
    stderrIncludes: "OpenDocument",
  },
  "c71-docx-named-xlsx.xlsx": {
    what: "A Word document (.docx) renamed .xlsx.",
    exit: 2,
    stderrIncludes: "Word",
  },
  "c72-html-named-xlsx.xlsx": {
    what: "An HTML table saved with an .xlsx name (as some software exports).",
    exit: 2,
    stderrIncludes: "HTML",
  },
  "c73-hidden-roster.xlsx": {
    what: "A second roster sheet «Danh sách cũ», very hidden, with one paid leaver.",
    findings: [{ code: "sheet-hidden", sheet: "Danh sách cũ", cell: "A3" }],
    people: 5,
    payouts: [
      { sheet: S, row: 7, amount: 12_510_000 },
      { sheet: "Danh sách cũ", row: 4, amount: 12_510_000 },
    ],
  },
  "c74-policy-special-file.xlsx": {
    what: "A valid roster run with --policy /dev/zero (a special file that never ends; before: 16 GB read).",
    args: ["--policy", "/dev/zero"],
    exit: 2,
    stderrIncludes: "1 MiB",
  },
  "c55-policy-sheet-hamlet-cap.xlsx": {
    what: "A «Quy định» sheet with the hamlet cap lowered to 5; six people kept in Ấp Tràm Trổi.",
    findings: [{ code: "hamlet-over-quota", sheet: S, cell: "B9" }],
  },
  "c49-policy-json-misspelt.xlsx": {
    what: "A valid roster run with --policy c49-policy-misspelt.json, the preset with «hamletCap» misspelt «hamletCapp».",
    args: ["--policy", "<corpus>/c49-policy-misspelt.json"],
    exit: 2,
    stderrIncludes: "hamletCap",
  },
  "c50-policy-json-base-salary.xlsx": {
    what: "A valid roster run with --policy c50-policy-base-salary-order.json: the base salary rows of 2017 and 2018 swapped.",
    args: ["--policy", "<corpus>/c50-policy-base-salary-order.json"],
    exit: 2,
    stderrIncludes: "baseSalary",
  },
  "c51-policy-json-band-gap.xlsx": {
    what: "A valid roster run with --policy c51-policy-band-gap.json: bands 0, 1–5, 7–11 (6 leftover months in no band).",
    args: ["--policy", "<corpus>/c51-policy-band-gap.json"],
    exit: 2,
    stderrIncludes: "bands",
  },
  "c52-policy-json-broken.xlsx": {
    what: "A valid roster run with --policy c52-policy-broken.json, which is not JSON.",
    args: ["--policy", "<corpus>/c52-policy-broken.json"],
    exit: 2,
    stderrIncludes: "c52-policy-broken.json",
  },
};
