import type { CellRef, CellValue, Finding, Grid, Param, Policy } from "../types";
import type { CellSpec, CellStyle, SheetSpec } from "../sheets/spec";
import { GENERATED_SHEET_NAMES } from "../sheets/spec";
import { createFinding } from "../findings/catalog";
import { cleanText, closest, foldLoose } from "../text/fold";
import { parseNumberCell, formatDecimalVi } from "../text/vi-number";
import { parseDateCell, parseIsoDate, formatDateVi, toIso } from "../text/dates";
import { Dec } from "../money/round";
import { parsePolicy } from "./schema";
import { monthsPerYearFormula } from "./presets";
import { isBlank, lastCol, lastRow, textOf, valueAt } from "../workbook/cells";

/**
 * The "Quy định" sheet (DOMAIN §8): the active policy laid out for a clerk to read and edit, and
 * read back on every run as strictly as a preset. Layout: a title, then numbered sections; each
 * section is a heading in column A ("II. MỨC LƯƠNG CƠ SỞ"), a header row, and rows. Key/value
 * sections put the label in A, the value in B, the legal reference in C and "Đã/Chưa kiểm chứng"
 * in D. The reader finds sections and rows by their folded labels, so a clerk may reorder rows,
 * insert blank lines or change case and accents; a label it does not know is a finding.
 */

// ───────────────────────────── layout definitions ─────────────────────────────

type SectionId =
  | "general"
  | "baseSalary"
  | "communeCap"
  | "hamletCap"
  | "titles"
  | "concurrent"
  | "severance"
  | "cases"
  | "bands"
  | "funds";

interface SectionDef {
  id: SectionId;
  heading: string;
  /** Folded prefixes that recognise the heading. */
  match: string[];
  header: string[];
}

const KV_HEADER = ["Mục", "Giá trị", "Căn cứ", "Kiểm chứng"];

/**
 * The formula's cases: a case row (id in A, its name, the conditions, its reference) followed by
 * one row per component (A empty; factor, quantity, fixed number, reference).
 */
const CASE_HEADER = [
  "Trường hợp",
  "Điều kiện",
  "Số tháng công tác từ",
  "Số tháng công tác dưới",
  "Số tháng đến tuổi nghỉ hưu từ",
  "Số tháng đến tuổi nghỉ hưu dưới",
  "Hệ số × PC",
  "Nhân với",
  "Số cố định",
  "Căn cứ",
  "Kiểm chứng",
];
const CASE_COLS = CASE_HEADER.length;

const QUANTITY_TEXT: Record<string, string> = {
  monthsOfService: "Số tháng công tác",
  monthsEarly: "Số tháng nghỉ trước tuổi",
  yearsCounted: "Số năm tính hưởng",
  fixed: "Số cố định",
  "fixed:months": "Số cố định (tháng)",
  "fixed:years": "Số cố định (năm)",
};
const BASIS_MONTH_TEXT = {
  leaving: "Tháng thôi việc",
  "before-leaving": "Tháng liền trước tháng thôi việc",
} as const;
const COUNTING_TEXT = {
  inclusive: "Tính cả tháng thôi việc và tháng đủ tuổi",
  exclusive: "Không tính tháng thôi việc",
} as const;

const SECTIONS: SectionDef[] = [
  {
    id: "general",
    heading: "THÔNG TIN CHUNG VÀ CĂN CỨ PHÁP LÝ",
    match: ["thong tin chung"],
    header: ["Mục", "Giá trị"],
  },
  {
    id: "baseSalary",
    heading: "MỨC LƯƠNG CƠ SỞ",
    match: ["muc luong co so", "luong co so"],
    header: ["Áp dụng từ ngày", "Mức lương cơ sở (đồng/tháng)", "Văn bản", "Kiểm chứng"],
  },
  {
    id: "communeCap",
    heading: "SỐ LƯỢNG TỐI ĐA CẤP XÃ THEO LOẠI XÃ",
    match: ["so luong toi da cap xa", "so luong cap xa"],
    header: ["Loại xã", "Số người tối đa", "Căn cứ", "Kiểm chứng"],
  },
  {
    id: "hamletCap",
    heading: "SỐ LƯỢNG TỐI ĐA Ở ẤP, KHU PHỐ",
    match: ["so luong toi da o ap", "so luong o ap", "so luong toi da ap"],
    header: KV_HEADER,
  },
  {
    id: "titles",
    heading: "CHỨC DANH",
    match: ["chuc danh"],
    header: [
      "Cấp",
      "Tên chức danh",
      "Tên gọi khác (cách nhau bằng dấu ;)",
      "Hệ số phụ cấp",
      "Số người tối đa",
      "Bắt buộc",
      "Kiểm chứng",
      "Mã",
    ],
  },
  { id: "concurrent", heading: "KIÊM NHIỆM", match: ["kiem nhiem"], header: KV_HEADER },
  {
    id: "severance",
    heading: "CHẾ ĐỘ THÔI VIỆC",
    match: ["che do thoi viec", "thoi viec"],
    header: KV_HEADER,
  },
  {
    id: "cases",
    heading: "CÁC TRƯỜNG HỢP VÀ THÀNH PHẦN TRỢ CẤP",
    match: ["cac truong hop", "truong hop va thanh phan", "thanh phan tro cap"],
    header: CASE_HEADER,
  },
  {
    id: "bands",
    heading: "CÁCH TÍNH THÁNG LẺ (THEO KHOẢNG)",
    match: ["cach tinh thang le", "khoang thang le", "thang le"],
    header: ["Từ tháng lẻ", "Đến tháng lẻ", "Số năm được tính"],
  },
  {
    id: "funds",
    heading: "QUỸ PHỤ CẤP (HỆ SỐ × MỨC LƯƠNG CƠ SỞ)",
    match: ["quy phu cap"],
    header: KV_HEADER,
  },
];

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

type ValueKind =
  | "text"
  | "date"
  | "int"
  | "nonNegInt"
  | "decimal"
  | "percent"
  | "bool"
  | "bandRule"
  | "basisMonth"
  | "counting";

/** One key/value row: its label, the policy key it holds, and how the value is written. */
interface KvRow {
  section: SectionId;
  label: string;
  aliases?: string[];
  key: string;
  kind: ValueKind;
  /** A Param<T>: value in B, reference in C, verified in D. */
  param: boolean;
  /** An empty value cell means null (funds.extraPost). */
  nullable?: boolean;
  /** The key may be absent: the row is written only when present, an empty value omits it. */
  optional?: boolean;
}

const KV_ROWS: KvRow[] = [
  { section: "general", label: "Mã quy định", key: "id", kind: "text", param: false },
  { section: "general", label: "Tên quy định", key: "name", kind: "text", param: false },
  { section: "general", label: "Số văn bản", key: "legalBasis.number", kind: "text", param: false },
  {
    section: "general",
    label: "Ngày ban hành",
    key: "legalBasis.date",
    kind: "date",
    param: false,
  },
  {
    section: "general",
    label: "Cơ quan ban hành",
    key: "legalBasis.issuer",
    kind: "text",
    param: false,
  },
  {
    section: "general",
    label: "Ngày có hiệu lực",
    key: "effectiveFrom",
    kind: "date",
    param: false,
  },
  {
    section: "communeCap",
    label: "Xã loại 1",
    aliases: ["loai 1", "loai i", "xa loai i"],
    key: "communeCap.class1",
    kind: "int",
    param: true,
  },
  {
    section: "communeCap",
    label: "Xã loại 2",
    aliases: ["loai 2", "loai ii", "xa loai ii"],
    key: "communeCap.class2",
    kind: "int",
    param: true,
  },
  {
    section: "communeCap",
    label: "Xã loại 3",
    aliases: ["loai 3", "loai iii", "xa loai iii"],
    key: "communeCap.class3",
    kind: "int",
    param: true,
  },
  {
    section: "hamletCap",
    label: "Số người tối đa mỗi ấp, khu phố",
    aliases: ["so nguoi toi da", "so nguoi toi da moi ap"],
    key: "hamletCap",
    kind: "int",
    param: true,
  },
  {
    section: "concurrent",
    label: "Số chức danh kiêm nhiệm tối đa mỗi người",
    aliases: ["so chuc danh kiem nhiem toi da"],
    key: "concurrent.maxExtraTitles",
    kind: "nonNegInt",
    param: true,
  },
  {
    section: "concurrent",
    label: "Tỷ lệ hưởng phụ cấp của chức danh kiêm nhiệm",
    aliases: ["ty le huong phu cap kiem nhiem", "ty le phu cap kiem nhiem"],
    key: "concurrent.payRate",
    kind: "percent",
    param: true,
  },
  {
    section: "concurrent",
    label: "Chỉ kiêm nhiệm chức danh cùng cấp",
    key: "concurrent.sameLevelOnly",
    kind: "bool",
    param: false,
  },
  {
    section: "severance",
    label: "Mã công thức trợ cấp",
    key: "severance.formula.id",
    kind: "text",
    param: false,
  },
  {
    section: "severance",
    label: "Tên công thức trợ cấp",
    key: "severance.formula.name",
    kind: "text",
    param: false,
  },
  {
    section: "severance",
    label: "Tính cả phụ cấp kiêm nhiệm",
    aliases: ["tinh ca phu cap kiem nhiem vao che do"],
    key: "severance.formula.basis.includeConcurrent",
    kind: "bool",
    param: true,
  },
  {
    section: "severance",
    label: "Phụ cấp (PC) tính theo tháng",
    aliases: ["phu cap tinh theo thang", "thang tinh phu cap"],
    key: "severance.formula.basis.month",
    kind: "basisMonth",
    param: true,
  },
  {
    section: "severance",
    label: "Cách đếm số tháng nghỉ trước tuổi",
    aliases: ["cach dem so thang nghi truoc tuoi nghi huu"],
    key: "severance.formula.monthsEarlyCounting",
    kind: "counting",
    param: true,
  },
  {
    // Sheets written before the component formula: NQ 77's one number, read as its formula.
    section: "severance",
    label: "Số tháng phụ cấp cho mỗi năm công tác",
    key: "legacy.monthsPerYear",
    kind: "decimal",
    param: true,
    optional: true,
  },
  {
    section: "severance",
    label: "Ngày thôi việc muộn nhất được hưởng",
    key: "severance.formula.lastLeavingDate",
    kind: "date",
    param: true,
    optional: true,
  },
  {
    section: "severance",
    label: "Số tháng phải hoàn trả nếu được bố trí lại",
    key: "severance.formula.refundWithinMonths",
    kind: "int",
    param: true,
    optional: true,
  },
  {
    section: "severance",
    label: "Quy tắc tính tháng lẻ (A, B hoặc Chính xác)",
    aliases: ["quy tac tinh thang le", "quy tac thang le"],
    key: "severance.bandRule",
    kind: "bandRule",
    param: false,
  },
  {
    section: "funds",
    label: "Xã loại 1",
    aliases: ["loai 1", "loai i", "xa loai i"],
    key: "funds.commune.class1",
    kind: "decimal",
    param: true,
  },
  {
    section: "funds",
    label: "Xã loại 2",
    aliases: ["loai 2", "loai ii", "xa loai ii"],
    key: "funds.commune.class2",
    kind: "decimal",
    param: true,
  },
  {
    section: "funds",
    label: "Xã loại 3",
    aliases: ["loai 3", "loai iii", "xa loai iii"],
    key: "funds.commune.class3",
    kind: "decimal",
    param: true,
  },
  {
    section: "funds",
    label: "Mỗi người hoạt động không chuyên trách tăng thêm",
    aliases: ["moi nguoi tang them", "nguoi tang them"],
    key: "funds.extraPost",
    kind: "decimal",
    param: true,
    nullable: true,
  },
  {
    section: "funds",
    label: "Ấp, khu phố thông thường",
    aliases: ["ap khu pho", "ap thong thuong"],
    key: "funds.hamlet.standard",
    kind: "decimal",
    param: true,
  },
  {
    section: "funds",
    label: "Ấp lớn, biên giới, hải đảo, an ninh trọng điểm",
    aliases: ["ap lon"],
    key: "funds.hamlet.large",
    kind: "decimal",
    param: true,
  },
  {
    section: "funds",
    label: "Số hộ từ đó ấp được tính là ấp lớn",
    aliases: ["so ho ap lon", "so ho toi thieu cua ap lon"],
    key: "funds.hamlet.largeHouseholds",
    kind: "int",
    param: false,
  },
];

const VERIFIED = "Đã kiểm chứng";
const UNVERIFIED = "Chưa kiểm chứng";
const YES = "Có";
const NO = "Không";
const LEVEL_TEXT = { commune: "Cấp xã", hamlet: "Ấp, khu phố" } as const;
const BAND_RULE_TEXT = { A: "A", B: "B", exact: "Chính xác" } as const;

// ───────────────────────────── writing ─────────────────────────────

const FONT = "Times New Roman";
const thin = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;
const STYLES: Record<string, CellStyle> = {
  title: {
    font: { name: FONT, size: 14, bold: true },
    align: { horizontal: "center", vertical: "middle" },
  },
  note: {
    font: { name: FONT, size: 11, italic: true },
    align: { horizontal: "left", vertical: "middle", wrap: true },
  },
  heading: {
    font: { name: FONT, size: 12, bold: true },
    align: { horizontal: "left", vertical: "middle" },
  },
  th: {
    font: { name: FONT, size: 11, bold: true },
    align: { horizontal: "center", vertical: "middle", wrap: true },
    border: thin,
    fill: "DDEBF7",
  },
  td: {
    font: { name: FONT, size: 11 },
    align: { horizontal: "left", vertical: "middle", wrap: true },
    border: thin,
  },
  tdCenter: {
    font: { name: FONT, size: 11 },
    align: { horizontal: "center", vertical: "middle", wrap: true },
    border: thin,
  },
  // Dates are written as day-first text in a text-formatted cell, so that Excel on a
  // month-first system does not turn "01/07/2018" into 7 January.
  tdDate: {
    font: { name: FONT, size: 11 },
    align: { horizontal: "center", vertical: "middle" },
    border: thin,
    numFmt: "@",
  },
  tdInt: {
    font: { name: FONT, size: 11 },
    align: { horizontal: "right", vertical: "middle" },
    border: thin,
    numFmt: "#,##0",
  },
  tdDecimal: {
    font: { name: FONT, size: 11 },
    align: { horizontal: "right", vertical: "middle" },
    border: thin,
    numFmt: "General",
  },
  tdPercent: {
    font: { name: FONT, size: 11 },
    align: { horizontal: "right", vertical: "middle" },
    border: thin,
    numFmt: "0%",
  },
  tdUnverified: {
    font: { name: FONT, size: 11, italic: true },
    align: { horizontal: "center", vertical: "middle" },
    border: thin,
    fill: "FFF2CC",
  },
};

/** A decimal string as a cell: a number when the number round-trips exactly, else Vietnamese text. */
function decimalCell(d: string): string | number {
  const n = Number(d);
  return Number.isFinite(n) && new Dec(n).toFixed() === new Dec(d).toFixed()
    ? n
    : formatDecimalVi(d);
}

function dateText(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? formatDateVi(d) : iso;
}

function getPath(obj: unknown, key: string): unknown {
  let v: unknown = obj;
  for (const part of key.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** The active policy as the "Quy định" sheet. */
export function policyToSheetSpec(policy: Policy): SheetSpec {
  const cells: CellSpec[] = [];
  const merges: SheetSpec["merges"] = [];
  const rowHeights: Record<number, number> = {};
  let row = 1;
  const put = (r: number, c: number, value: string | number | null, style: string) => {
    cells.push({ row: r, col: c, value, style });
  };
  const verifiedCell = (r: number, c: number, v: boolean | undefined) => {
    if (v === undefined) put(r, c, null, "tdCenter");
    else put(r, c, v ? VERIFIED : UNVERIFIED, v ? "tdCenter" : "tdUnverified");
  };

  put(row, 1, `QUY ĐỊNH ÁP DỤNG: ${policy.name}`, "title");
  merges.push({ top: row, left: 1, bottom: row, right: 8 });
  rowHeights[row] = 24;
  row++;
  put(
    row,
    1,
    "Sheet này được đọc lại mỗi lần kiểm tra. Có thể sửa giá trị, thêm hoặc xóa dòng trong các bảng; giữ nguyên tên các mục ở cột A. Ngày ghi dạng 05/03/2019; hệ số dùng dấu phẩy thập phân; tên gọi khác cách nhau bằng dấu chấm phẩy.",
    "note"
  );
  merges.push({ top: row, left: 1, bottom: row, right: 8 });
  rowHeights[row] = 32;
  row += 2;

  const sections = SECTIONS.filter((s) => s.id !== "funds" || policy.funds !== null);
  sections.forEach((section, i) => {
    put(row, 1, `${ROMAN[i]}. ${section.heading}`, "heading");
    row++;
    section.header.forEach((h, c) => put(row, c + 1, h, "th"));
    row++;
    if (section.id === "baseSalary") {
      for (const e of policy.baseSalary) {
        put(row, 1, dateText(e.from), "tdDate");
        put(row, 2, e.amount, "tdInt");
        put(row, 3, e.instrument, "td");
        verifiedCell(row, 4, e.verified);
        row++;
      }
    } else if (section.id === "titles") {
      for (const t of policy.titles) {
        put(row, 1, LEVEL_TEXT[t.level], "td");
        put(row, 2, t.name, "td");
        put(row, 3, t.aliases.join("; "), "td");
        put(row, 4, t.coefficient === null ? null : decimalCell(t.coefficient), "tdDecimal");
        put(row, 5, t.limit, "tdInt");
        put(row, 6, t.required ? YES : NO, "tdCenter");
        verifiedCell(row, 7, t.verified);
        put(row, 8, t.id, "td");
        row++;
      }
    } else if (section.id === "cases") {
      for (const c of policy.severance.formula.cases) {
        put(row, 1, c.id, "tdCenter");
        put(row, 2, c.name, "td");
        put(row, 3, c.when.serviceMonths?.min ?? null, "tdInt");
        put(row, 4, c.when.serviceMonths?.below ?? null, "tdInt");
        put(row, 5, c.when.monthsEarly?.min ?? null, "tdInt");
        put(row, 6, c.when.monthsEarly?.below ?? null, "tdInt");
        for (let col = 7; col <= 9; col++) put(row, col, null, "td");
        put(row, 10, c.ref ?? null, "td");
        verifiedCell(row, 11, c.verified);
        row++;
        for (const k of c.components) {
          for (let col = 1; col <= 6; col++) put(row, col, null, "td");
          put(row, 7, decimalCell(k.factor), "tdDecimal");
          put(
            row,
            8,
            QUANTITY_TEXT[k.fixedUnit ? `fixed:${k.fixedUnit}` : k.quantity] ?? k.quantity,
            "td"
          );
          put(row, 9, k.fixed ?? null, "tdDecimal");
          put(row, 10, k.ref ?? null, "td");
          verifiedCell(row, 11, k.verified);
          row++;
        }
      }
    } else if (section.id === "bands") {
      for (const b of policy.severance.bands) {
        put(row, 1, b.fromMonths, "tdInt");
        put(row, 2, b.toMonths, "tdInt");
        put(row, 3, decimalCell(b.years), "tdDecimal");
        row++;
      }
    } else {
      for (const def of KV_ROWS.filter((d) => d.section === section.id)) {
        const raw = getPath(policy, def.key);
        if (def.optional && raw === undefined) continue;
        put(row, 1, def.label, "td");
        const isParam = def.param && raw !== null && typeof raw === "object";
        const value = isParam ? (raw as { value: unknown }).value : raw;
        const [v, style] = writeValue(def.kind, value);
        put(row, 2, v, style);
        if (def.kind === "bandRule") {
          put(row, 3, policy.severance.bandsRef ?? null, "td");
          verifiedCell(row, 4, policy.severance.bandsVerified);
        } else if (isParam) {
          const p = raw as { ref?: string; verified: boolean };
          put(row, 3, p.ref ?? null, "td");
          verifiedCell(row, 4, p.verified);
        } else if (section.header.length > 2) {
          put(row, 3, null, "td");
          put(row, 4, null, "tdCenter");
        }
        row++;
      }
    }
    row++;
  });

  return {
    kind: "policy",
    name: GENERATED_SHEET_NAMES.policy,
    cells,
    styles: STYLES,
    merges,
    columnWidths: [44, 44, 48, 18, 14, 12, 18, 34, 12, 40, 18],
    rowHeights,
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: true,
      printTitleRows: null,
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
      pageBreaksBefore: [],
      footer: "Trang &P/&N",
      header: null,
    },
    freezeRows: null,
  };
}

function writeValue(kind: ValueKind, value: unknown): [string | number | null, string] {
  if (value === null || value === undefined) return [null, "td"];
  switch (kind) {
    case "text":
      return [String(value), "td"];
    case "date":
      return [dateText(String(value)), "tdDate"];
    case "int":
    case "nonNegInt":
      return [value as number, "tdInt"];
    case "decimal":
      return [decimalCell(String(value)), "tdDecimal"];
    case "percent":
      return [decimalCell(String(value)), "tdPercent"];
    case "bool":
      return [value ? YES : NO, "tdCenter"];
    case "bandRule":
      return [BAND_RULE_TEXT[value as keyof typeof BAND_RULE_TEXT] ?? String(value), "tdCenter"];
    case "basisMonth":
      return [BASIS_MONTH_TEXT[value as keyof typeof BASIS_MONTH_TEXT] ?? String(value), "td"];
    case "counting":
      return [COUNTING_TEXT[value as keyof typeof COUNTING_TEXT] ?? String(value), "td"];
  }
}

/** A label read back against a table of texts (folded), or null. */
function fromTexts<T extends string>(texts: Record<T, string>, shown: string): T | null {
  const k = foldLoose(shown);
  for (const [value, text] of Object.entries(texts) as [T, string][])
    if (foldLoose(text) === k || foldLoose(value) === k) return value;
  return null;
}

// ───────────────────────────── reading ─────────────────────────────

const HEADING = /^\s*(?:[IVXLC]+|\d{1,2})\s*[.)]\s*(\S.*)$/i;

function headingText(grid: Grid, row: number): string | null {
  const a = valueAt(grid, row, grid.firstCol);
  if (typeof a !== "string") return null;
  const m = HEADING.exec(cleanText(a));
  if (!m) return null;
  for (let col = grid.firstCol + 1; col <= lastCol(grid); col++) {
    // A merged heading repeats its value across the merge; only other content disqualifies.
    const v = valueAt(grid, row, col);
    if (!isBlank(v) && v !== a) return null;
  }
  return m[1];
}

function sectionOf(text: string): SectionDef | null {
  const key = foldLoose(text);
  return SECTIONS.find((s) => s.match.some((m) => key === m || key.startsWith(m + " "))) ?? null;
}

const DETECT_ROWS = 200;

/** True when the sheet carries at least two of the policy sheet's markers (sections, "Mã quy định"). */
export function isPolicySheet(grid: Grid): boolean {
  let markers = 0;
  // The markers sit at the top of the sheet; a big roster is not scanned to its end.
  const end = Math.min(lastRow(grid), grid.firstRow + DETECT_ROWS - 1);
  for (let row = grid.firstRow; row <= end; row++) {
    const h = headingText(grid, row);
    if (h !== null && sectionOf(h) !== null) markers++;
    const a = valueAt(grid, row, grid.firstCol);
    if (typeof a === "string" && foldLoose(a) === "ma quy dinh") markers++;
    if (markers >= 2) return true;
  }
  return false;
}

class SheetReader {
  readonly findings: Finding[] = [];
  /** Policy key → the cell it was read from, to point parse issues at cells. */
  readonly cells = new Map<string, CellRef>();
  readonly sectionCells = new Map<SectionId, CellRef>();
  /** Keys that already have a finding: later schema issues under them are not repeated. */
  private readonly reported: string[] = [];

  constructor(readonly grid: Grid) {}

  at(row: number, col: number): CellRef {
    return { sheet: this.grid.sheet, row, col };
  }

  report(key: string, detail: Detail, at: CellRef): void {
    if (this.reported.some((k) => k === key || key.startsWith(k + ".") || key.startsWith(k + "[")))
      return;
    this.reported.push(key);
    this.findings.push(
      createFinding("policy-invalid", {
        at,
        params: { key, detail: detail.vi, detailEn: detail.en },
      })
    );
  }

  isReported(key: string): boolean {
    return this.reported.some(
      (k) => k === key || key.startsWith(k + ".") || key.startsWith(k + "[")
    );
  }
}

function setPath(obj: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split(".");
  let cur = obj;
  for (const p of parts.slice(0, -1)) {
    if (cur[p] === undefined || cur[p] === null || typeof cur[p] !== "object") cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]] = value;
}

/** What is wrong, in both languages (the finding renders the one of the run). */
interface Detail {
  vi: string;
  en: string;
}

type Read<T> = { ok: true; value: T } | { ok: false; detail: Detail } | null;

function readValue(kind: ValueKind, v: CellValue): Read<unknown> {
  if (isBlank(v)) return null;
  const shown = textOf(v);
  switch (kind) {
    case "text":
      return { ok: true, value: shown };
    case "date": {
      const d = parseDateCell(v);
      if (d && d.ok && d.date.precision === "day") return { ok: true, value: toIso(d.date) };
      return {
        ok: false,
        detail: {
          vi: `«${shown}» không phải ngày đầy đủ (ngày/tháng/năm).`,
          en: `«${shown}» is not a full date (day/month/year).`,
        },
      };
    }
    case "int":
    case "nonNegInt": {
      const n = parseNumberCell(v, "amount");
      if (
        n &&
        n.ok &&
        /^\d+$/.test(n.value) &&
        (kind === "nonNegInt" || n.value !== "0") &&
        Number.isSafeInteger(Number(n.value))
      )
        return { ok: true, value: Number(n.value) };
      return {
        ok: false,
        detail: {
          vi: `«${shown}» không phải số nguyên ${kind === "int" ? "dương" : "không âm"}.`,
          en: `«${shown}» is not a ${kind === "int" ? "positive" : "non-negative"} whole number.`,
        },
      };
    }
    case "decimal":
    case "percent": {
      let src: CellValue = v;
      let scale = false;
      if (kind === "percent" && typeof v === "string" && /%\s*$/.test(v)) {
        src = v.replace(/%\s*$/, "");
        scale = true;
      }
      const n = parseNumberCell(src, "coefficient");
      if (n && n.ok && !n.value.startsWith("-"))
        return { ok: true, value: scale ? new Dec(n.value).div(100).toFixed() : n.value };
      return {
        ok: false,
        detail: {
          vi: `«${shown}» không phải số không âm.`,
          en: `«${shown}» is not a non-negative number.`,
        },
      };
    }
    case "bool": {
      if (typeof v === "boolean") return { ok: true, value: v };
      const k = foldLoose(shown);
      if (["co", "x", "dung", "true", "yes"].includes(k)) return { ok: true, value: true };
      if (["khong", "false", "no", "sai"].includes(k)) return { ok: true, value: false };
      return {
        ok: false,
        detail: {
          vi: `«${shown}» phải là «Có» hoặc «Không».`,
          en: `«${shown}» must be «Có» (yes) or «Không» (no).`,
        },
      };
    }
    case "basisMonth": {
      const v = fromTexts(BASIS_MONTH_TEXT, shown);
      if (v) return { ok: true, value: v };
      return {
        ok: false,
        detail: {
          vi: `«${shown}» phải là «${BASIS_MONTH_TEXT.leaving}» hoặc «${BASIS_MONTH_TEXT["before-leaving"]}».`,
          en: `«${shown}» must be «${BASIS_MONTH_TEXT.leaving}» (the leaving month) or «${BASIS_MONTH_TEXT["before-leaving"]}» (the month before leaving).`,
        },
      };
    }
    case "counting": {
      const v = fromTexts(COUNTING_TEXT, shown);
      if (v) return { ok: true, value: v };
      return {
        ok: false,
        detail: {
          vi: `«${shown}» phải là «${COUNTING_TEXT.inclusive}» hoặc «${COUNTING_TEXT.exclusive}».`,
          en: `«${shown}» must be «${COUNTING_TEXT.inclusive}» (inclusive) or «${COUNTING_TEXT.exclusive}» (exclusive).`,
        },
      };
    }
    case "bandRule": {
      const k = foldLoose(shown).replace(/^quy tac /, "");
      if (k === "a") return { ok: true, value: "A" };
      if (k === "b") return { ok: true, value: "B" };
      if (["chinh xac", "exact", "tinh chinh xac"].includes(k)) return { ok: true, value: "exact" };
      return {
        ok: false,
        detail: {
          vi: `«${shown}» không phải quy tắc tính tháng lẻ (A, B hoặc Chính xác).`,
          en: `«${shown}» is not a rule for leftover months (A, B or «Chính xác»).`,
        },
      };
    }
  }
}

/** "Đã kiểm chứng" → true, "Chưa kiểm chứng" or empty → false (unverified is the safe default). */
function readVerified(v: CellValue): Read<boolean> {
  if (typeof v === "boolean") return { ok: true, value: v };
  const k = foldLoose(textOf(v));
  if (k === "") return null;
  if (k.startsWith("chua") || ["khong", "no", "false"].includes(k))
    return { ok: true, value: false };
  if (k.startsWith("da kiem chung") || ["co", "x", "yes", "true", "da"].includes(k))
    return { ok: true, value: true };
  return {
    ok: false,
    detail: {
      vi: `«${textOf(v)}» phải là «${VERIFIED}» hoặc «${UNVERIFIED}».`,
      en: `«${textOf(v)}» must be «${VERIFIED}» (verified) or «${UNVERIFIED}» (unverified).`,
    },
  };
}

function readLevel(v: CellValue): Read<"commune" | "hamlet"> {
  const k = foldLoose(textOf(v));
  if (k === "") return null;
  if (["cap xa", "xa", "xa phuong thi tran"].includes(k)) return { ok: true, value: "commune" };
  if (
    [
      "ap khu pho",
      "ap",
      "cap ap",
      "khu pho",
      "thon",
      "thon to dan pho",
      "to dan pho",
      "ap thon",
    ].includes(k)
  )
    return { ok: true, value: "hamlet" };
  return {
    ok: false,
    detail: {
      vi: `«${textOf(v)}» phải là «${LEVEL_TEXT.commune}» hoặc «${LEVEL_TEXT.hamlet}».`,
      en: `«${textOf(v)}» must be «${LEVEL_TEXT.commune}» (commune) or «${LEVEL_TEXT.hamlet}» (hamlet).`,
    },
  };
}

function slug(name: string): string {
  return foldLoose(name).replace(/ /g, "-");
}

/** Read the "Quy định" sheet back into a policy, validated by parsePolicy. */
export function readPolicySheet(grid: Grid): { policy: Policy | null; findings: Finding[] } {
  const rd = new SheetReader(grid);
  const out: Record<string, unknown> = {
    baseSalary: [],
    titles: [],
    severance: { bands: [] },
    funds: null,
  };
  const baseSalary: Record<string, unknown>[] = [];
  const titles: Record<string, unknown>[] = [];
  const bands: Record<string, unknown>[] = [];
  const cases: Record<string, unknown>[] = [];
  const seenKv = new Set<string>();
  let section: SectionDef | null = null;
  let headerPending = false;
  const A = grid.firstCol;

  const cellValue = (row: number, offset: number): CellValue => valueAt(grid, row, A + offset);

  const take = <T>(key: string, r: Read<T>, at: CellRef, assign: (v: T) => void): void => {
    rd.cells.set(key, at);
    if (r === null) return;
    if (r.ok) assign(r.value);
    else rd.report(key, r.detail, at);
  };

  for (let row = grid.firstRow; row <= lastRow(grid); row++) {
    const heading = headingText(grid, row);
    if (heading !== null) {
      const s = sectionOf(heading);
      if (!s) {
        rd.report(
          heading,
          {
            vi: `mục «${heading}» không có trong mẫu Quy định; các mục là: ${SECTIONS.map((x) => x.heading).join("; ")}.`,
            en: `the section «${heading}» is not one of the policy sheet's; its sections are: ${SECTIONS.map((x) => `«${x.heading}»`).join("; ")}.`,
          },
          rd.at(row, A)
        );
        section = null;
        continue;
      }
      section = s;
      headerPending = true;
      rd.sectionCells.set(s.id, rd.at(row, A));
      if (s.id === "funds") out.funds = {};
      continue;
    }
    if (!section) continue; // the title and note lines above the first section
    let blank = true;
    for (let c = 0; c < CASE_COLS; c++) if (!isBlank(cellValue(row, c))) blank = false;
    if (blank) continue;
    if (headerPending) {
      headerPending = false;
      if (foldLoose(textOf(cellValue(row, 0))) === foldLoose(section.header[0])) continue;
    }

    if (section.id === "baseSalary") {
      const i = baseSalary.length;
      const entry: Record<string, unknown> = {};
      baseSalary.push(entry);
      const k = `baseSalary[${i}]`;
      rd.cells.set(k, rd.at(row, A));
      take(
        `${k}.from`,
        readValue("date", cellValue(row, 0)),
        rd.at(row, A),
        (v) => (entry.from = v)
      );
      take(
        `${k}.amount`,
        readValue("int", cellValue(row, 1)),
        rd.at(row, A + 1),
        (v) => (entry.amount = v)
      );
      take(
        `${k}.instrument`,
        readValue("text", cellValue(row, 2)),
        rd.at(row, A + 2),
        (v) => (entry.instrument = v)
      );
      entry.verified = false;
      take(
        `${k}.verified`,
        readVerified(cellValue(row, 3)),
        rd.at(row, A + 3),
        (v) => (entry.verified = v)
      );
    } else if (section.id === "titles") {
      const i = titles.length;
      const t: Record<string, unknown> = {};
      titles.push(t);
      const k = `titles[${i}]`;
      rd.cells.set(k, rd.at(row, A + 1));
      take(`${k}.level`, readLevel(cellValue(row, 0)), rd.at(row, A), (v) => (t.level = v));
      take(
        `${k}.name`,
        readValue("text", cellValue(row, 1)),
        rd.at(row, A + 1),
        (v) => (t.name = v)
      );
      const aliasText = cellValue(row, 2);
      t.aliases =
        typeof aliasText === "string"
          ? aliasText
              .split(/[;\n]/)
              .map((s) => cleanText(s))
              .filter((s) => s !== "")
          : isBlank(aliasText)
            ? []
            : [textOf(aliasText)];
      rd.cells.set(`${k}.aliases`, rd.at(row, A + 2));
      t.coefficient = null;
      take(
        `${k}.coefficient`,
        readValue("decimal", cellValue(row, 3)),
        rd.at(row, A + 3),
        (v) => (t.coefficient = v)
      );
      take(
        `${k}.limit`,
        readValue("int", cellValue(row, 4)),
        rd.at(row, A + 4),
        (v) => (t.limit = v)
      );
      t.required = false;
      take(
        `${k}.required`,
        readValue("bool", cellValue(row, 5)),
        rd.at(row, A + 5),
        (v) => (t.required = v)
      );
      t.verified = false;
      take(
        `${k}.verified`,
        readVerified(cellValue(row, 6)),
        rd.at(row, A + 6),
        (v) => (t.verified = v)
      );
      // A clerk adding a title need not invent an id: it is derived from the name.
      take(`${k}.id`, readValue("text", cellValue(row, 7)), rd.at(row, A + 7), (v) => (t.id = v));
      if (t.id === undefined && typeof t.name === "string") t.id = slug(t.name);
    } else if (section.id === "cases") {
      readCaseRow(rd, row, cellValue, cases, take);
    } else if (section.id === "bands") {
      const i = bands.length;
      const b: Record<string, unknown> = {};
      bands.push(b);
      const k = `severance.bands[${i}]`;
      rd.cells.set(k, rd.at(row, A));
      take(
        `${k}.fromMonths`,
        readValue("nonNegInt", cellValue(row, 0)),
        rd.at(row, A),
        (v) => (b.fromMonths = v)
      );
      take(
        `${k}.toMonths`,
        readValue("nonNegInt", cellValue(row, 1)),
        rd.at(row, A + 1),
        (v) => (b.toMonths = v)
      );
      take(
        `${k}.years`,
        readValue("decimal", cellValue(row, 2)),
        rd.at(row, A + 2),
        (v) => (b.years = v)
      );
    } else {
      const label = textOf(cellValue(row, 0));
      const key = foldLoose(label);
      const def = KV_ROWS.find(
        (d) =>
          d.section === section!.id &&
          (foldLoose(d.label) === key || (d.aliases ?? []).includes(key))
      );
      if (!def) {
        const labels = KV_ROWS.filter((d) => d.section === section!.id).map((d) => d.label);
        const near = closest(label, labels);
        rd.report(
          label,
          {
            vi: `dòng «${label}» không có trong mục «${section.heading}»${near ? `; có phải là «${near.candidate}»?` : "."}`,
            en: `the row «${label}» is not one of the section «${section.heading}»${near ? `; did you mean «${near.candidate}»?` : "."}`,
          },
          rd.at(row, A)
        );
        continue;
      }
      if (seenKv.has(def.key)) {
        rd.report(
          def.key,
          { vi: `dòng «${label}» bị lặp lại.`, en: `the row «${label}» is repeated.` },
          rd.at(row, A)
        );
        continue;
      }
      seenKv.add(def.key);
      const valueRef = rd.at(row, A + 1);
      rd.cells.set(def.key, valueRef);
      const read = readValue(def.kind, cellValue(row, 1));
      if (def.kind === "bandRule") {
        take(def.key, read, valueRef, (v) => setPath(out, def.key, v));
        const ref = textOf(cellValue(row, 2));
        if (ref !== "") setPath(out, "severance.bandsRef", ref);
        rd.cells.set("severance.bandsRef", rd.at(row, A + 2));
        take("severance.bandsVerified", readVerified(cellValue(row, 3)), rd.at(row, A + 3), (v) =>
          setPath(out, "severance.bandsVerified", v)
        );
      } else if (def.param) {
        if (read === null && def.nullable) {
          setPath(out, def.key, null);
          continue;
        }
        if (read === null && def.optional) continue;
        const param: Record<string, unknown> = { verified: false };
        take(`${def.key}.value`, read, valueRef, (v) => (param.value = v));
        const ref = textOf(cellValue(row, 2));
        if (ref !== "") param.ref = ref;
        rd.cells.set(`${def.key}.ref`, rd.at(row, A + 2));
        take(
          `${def.key}.verified`,
          readVerified(cellValue(row, 3)),
          rd.at(row, A + 3),
          (v) => (param.verified = v)
        );
        setPath(out, def.key, param);
      } else {
        take(def.key, read, valueRef, (v) => setPath(out, def.key, v));
      }
    }
  }
  out.baseSalary = baseSalary;
  out.titles = titles;
  setPath(out, "severance.bands", bands);
  const legacy = (
    out.legacy as
      { monthsPerYear?: { value?: string; ref?: string; verified: boolean } } | undefined
  )?.monthsPerYear;
  delete out.legacy;
  if (legacy && cases.length === 0 && typeof legacy.value === "string") {
    // An older sheet: "months per year" and "include concurrent" are NQ 77's formula.
    const read = (getPath(out, "severance.formula") ?? {}) as Record<string, unknown>;
    const include = (getPath(out, "severance.formula.basis.includeConcurrent") as
      Param<boolean> | undefined) ?? {
      value: true,
      verified: false,
    };
    const formula = monthsPerYearFormula(legacy.value, legacy.verified, include, legacy.ref);
    setPath(out, "severance.formula", {
      ...formula,
      ...read,
      basis: { ...formula.basis, ...(read.basis as object) },
    });
  } else {
    if (legacy)
      rd.report(
        "legacy.monthsPerYear",
        {
          vi: "dòng «Số tháng phụ cấp cho mỗi năm công tác» là mẫu cũ; khi có bảng các trường hợp, hãy ghi số tháng vào cột «Hệ số × PC» của thành phần và xóa dòng này.",
          en: "the row «Số tháng phụ cấp cho mỗi năm công tác» is the old form; with a table of cases, write the months in the component's «Hệ số × PC» column and delete this row.",
        },
        rd.cells.get("legacy.monthsPerYear") ?? rd.at(grid.firstRow, A)
      );
    setPath(out, "severance.formula.cases", cases);
  }

  if (rd.findings.length > 0) return { policy: null, findings: rd.findings };

  const parsed = parsePolicy(out);
  if (parsed.ok) return { policy: parsed.policy, findings: [] };
  for (const issue of parsed.issues) {
    if (rd.isReported(issue.key)) continue;
    const prefix = `«${issue.key}»: `;
    const strip = (m: string): string => (m.startsWith(prefix) ? m.slice(prefix.length) : m);
    const detail = { vi: strip(issue.message), en: strip(issue.en ?? issue.message) };
    rd.report(issue.key, detail, cellForKey(rd, issue.key));
  }
  return { policy: null, findings: rd.findings };
}

type Take = <T>(key: string, r: Read<T>, at: CellRef, assign: (v: T) => void) => void;

/** A row of the cases table: a case (id in A) or a component of the case above it. */
function readCaseRow(
  rd: SheetReader,
  row: number,
  cellValue: (row: number, offset: number) => CellValue,
  cases: Record<string, unknown>[],
  take: Take
): void {
  const A = rd.grid.firstCol;
  const idText = textOf(cellValue(row, 0));
  if (idText !== "") {
    const i = cases.length;
    const c: Record<string, unknown> = { id: idText, when: {}, components: [], verified: false };
    cases.push(c);
    const k = `severance.formula.cases[${i}]`;
    rd.cells.set(k, rd.at(row, A));
    rd.cells.set(`${k}.id`, rd.at(row, A));
    take(`${k}.name`, readValue("text", cellValue(row, 1)), rd.at(row, A + 1), (v) => (c.name = v));
    const when = c.when as Record<string, Record<string, unknown>>;
    const bound = (
      offset: number,
      range: "serviceMonths" | "monthsEarly",
      end: "min" | "below"
    ): void =>
      take(
        `${k}.when.${range}.${end}`,
        readValue("nonNegInt", cellValue(row, offset)),
        rd.at(row, A + offset),
        (v) => ((when[range] ??= {})[end] = v)
      );
    bound(2, "serviceMonths", "min");
    bound(3, "serviceMonths", "below");
    bound(4, "monthsEarly", "min");
    bound(5, "monthsEarly", "below");
    const ref = textOf(cellValue(row, 9));
    if (ref !== "") c.ref = ref;
    take(
      `${k}.verified`,
      readVerified(cellValue(row, 10)),
      rd.at(row, A + 10),
      (v) => (c.verified = v)
    );
    return;
  }
  const i = cases.length - 1;
  if (i < 0) {
    rd.report(
      "severance.formula.cases",
      {
        vi: "dòng thành phần trợ cấp đứng trước mọi trường hợp; ghi mã trường hợp (a, b…) ở cột A của dòng trường hợp.",
        en: "a component row comes before any case; write the case letter (a, b…) in column A of the case's row.",
      },
      rd.at(row, A)
    );
    return;
  }
  const components = cases[i].components as Record<string, unknown>[];
  const j = components.length;
  const comp: Record<string, unknown> = { verified: false };
  components.push(comp);
  const k = `severance.formula.cases[${i}].components[${j}]`;
  rd.cells.set(k, rd.at(row, A + 6));
  take(
    `${k}.factor`,
    readValue("decimal", cellValue(row, 6)),
    rd.at(row, A + 6),
    (v) => (comp.factor = v)
  );
  const qText = textOf(cellValue(row, 7));
  rd.cells.set(`${k}.quantity`, rd.at(row, A + 7));
  if (qText !== "") {
    const q = fromTexts(QUANTITY_TEXT, qText);
    if (q === null) {
      const near = closest(qText, Object.values(QUANTITY_TEXT));
      const quantities = Object.values(QUANTITY_TEXT)
        .map((t) => `«${t}»`)
        .join(", ");
      rd.report(
        `${k}.quantity`,
        {
          vi: `«${qText}» không phải đại lượng của công thức; chỉ nhận ${quantities}${near ? `; có phải là «${near.candidate}»?` : "."}`,
          en: `«${qText}» is not a quantity of the formula; only ${quantities} are accepted${near ? `; did you mean «${near.candidate}»?` : "."}`,
        },
        rd.at(row, A + 7)
      );
    } else if (q.startsWith("fixed:")) {
      comp.quantity = "fixed";
      comp.fixedUnit = q.slice("fixed:".length);
    } else comp.quantity = q;
  }
  take(
    `${k}.fixed`,
    readValue("decimal", cellValue(row, 8)),
    rd.at(row, A + 8),
    (v) => (comp.fixed = Number(v))
  );
  const ref = textOf(cellValue(row, 9));
  if (ref !== "") comp.ref = ref;
  take(
    `${k}.verified`,
    readVerified(cellValue(row, 10)),
    rd.at(row, A + 10),
    (v) => (comp.verified = v)
  );
}

const SECTION_OF_KEY: [string, SectionId][] = [
  ["severance.formula.cases", "cases"],
  ["severance.bands", "bands"],
  ["severance", "severance"],
  ["baseSalary", "baseSalary"],
  ["communeCap", "communeCap"],
  ["hamletCap", "hamletCap"],
  ["concurrent", "concurrent"],
  ["funds", "funds"],
  ["titles", "titles"],
];

/** The cell a key was read from, else the nearest enclosing key's, else its section heading. */
function cellForKey(rd: SheetReader, key: string): CellRef {
  let k = key;
  while (k !== "") {
    const c = rd.cells.get(k);
    if (c) return c;
    const cut = Math.max(k.lastIndexOf("."), k.lastIndexOf("["));
    k = cut > 0 ? k.slice(0, cut) : "";
  }
  const sec = SECTION_OF_KEY.find(
    ([prefix]) => key === prefix || key.startsWith(prefix + ".") || key.startsWith(prefix + "[")
  );
  const heading = rd.sectionCells.get(sec ? sec[1] : "general");
  return heading ?? { sheet: rd.grid.sheet, row: rd.grid.firstRow, col: rd.grid.firstCol };
}
