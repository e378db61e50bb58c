import {
  countEn,
  FIELD_KEYS,
  fieldLabel,
  formatIntegerVi,
  type FieldKey,
  type Lang,
  type Severity,
} from "../engine/light";

/** Every user-facing text of the pane, one table per language. Vietnamese is the default. */
export interface Strings {
  appTitle: string;
  tagline: string;
  check: string;
  generate: string;
  trySample: string;
  sampleHint: string;
  tabs: { roster: string; findings: string; payouts: string; policy: string };
  phases: {
    read: string;
    analyze: string;
    write: string;
    sample: string;
    policy: string;
    import: string;
  };
  noAnalysis: string;
  rosterSheets: string;
  headerRows: (rows: string) => string;
  firstDataRow: (row: number) => string;
  activeSheetMark: string;
  notMapped: string;
  autoMapped: string;
  headerRowChoice: string;
  headerRowAuto: string;
  rowOption: (rows: string) => string;
  undo: string;
  showAllFields: string;
  requiredMark: string;
  requiredLegend: string;
  corrected: string;
  noRosterMapping: string;
  candidateSheets: string;
  unrecognisedHeaders: (n: number) => string;
  column: (letters: string) => string;
  rerun: string;
  overrideSaved: string;
  fields: Record<FieldKey, string>;
  people: (n: number) => string;
  severity: Record<Severity, string>;
  noFindings: string;
  general: string;
  /** The findings' filters: commune (or sheet), severity, code. */
  filterCommune: string;
  filterSeverity: string;
  filterCode: string;
  filterAll: string;
  filtered: (shown: number, total: number) => string;
  findingsCount: (errors: number, warnings: number, infos: number) => string;
  /** The findings tab's label: errors and warnings counted apart. */
  findingsTab: (errors: number, warnings: number) => string;
  /** The progress bar's accessible name. */
  progressLabel: string;
  showAll: (n: number) => string;
  goToCell: string;
  suggestion: string;
  commune: string;
  cases: string;
  amount: string;
  total: string;
  inWords: string;
  levelCommune: string;
  levelHamlet: string;
  reduction: string;
  noPayouts: string;
  generated: (n: number) => string;
  draftWarning: (n: number) => string;
  policySource: Record<"preset" | "sheet" | "file", string>;
  policyChoice: string;
  policyAuto: string;
  unverified: string;
  baseSalary: string;
  baseSalaryFrom: string;
  baseSalaryAmount: string;
  paymentDate: string;
  place: string;
  preparer: string;
  head: string;
  approverTitle: string;
  approver: string;
  save: string;
  saved: string;
  writePolicySheet: string;
  policySheetOk: (sheet: string) => string;
  policySheetBad: (n: number) => string;
  errorTitle: string;
  unusableTitle: string;
  dismiss: string;
  /** Read the workbook's saved settings again after a failure. */
  retrySettings: string;
  /** The workbook changed since the results were computed. */
  stale: string;
  recheck: string;
  sampleInserted: (names: string) => string;
  /** "Nhập file của xã" (issue 14). */
  importCommunes: string;
  importHint: string;
  imported: (files: number, sheets: string) => string;
  importKept: (files: string) => string;
  reimportQuestion: (files: string) => string;
  replace: string;
  keep: string;
  highlight: string;
  clearHighlight: string;
  language: string;
  headerForm: string;
  headerFormAuto: string;
  formulaHeading: string;
  formulaBasis: string;
  perPerson: (n: number) => string;
  /** The per-person list's next page. */
  showMorePeople: (n: number) => string;
  caseWord: string;
  blocked: string;
  hasUnverified: string;
  sampleChoice: string;
  samples: Record<"giang-thanh-2019" | "thon-2026", string>;
  /** The table's own language, for the engine's renderings (formula in words). */
  lang: Lang;
}

/** The field names clerks read: the engine's field table (the same words as its messages). */
const fieldNames = (lang: "vi" | "en") =>
  Object.fromEntries(FIELD_KEYS.map((f) => [f, fieldLabel(f, lang)])) as Record<FieldKey, string>;
const FIELDS_VI = fieldNames("vi");
const FIELDS_EN = fieldNames("en");

const VI: Strings = {
  appTitle: "Định Biên",
  tagline: "Kiểm tra danh sách người hoạt động không chuyên trách và lập bảng chi trả.",
  check: "Kiểm tra",
  generate: "Tạo bảng",
  trySample: "Thử với dữ liệu mẫu",
  sampleHint:
    "Chèn 4 sheet của một bộ dữ liệu mẫu (giả lập) vào sổ tính này: huyện Giang Thành năm 2019, hoặc xã Vĩnh Điều sắp xếp ấp năm 2026.",
  tabs: { roster: "Danh sách", findings: "Lỗi", payouts: "Chi trả", policy: "Quy định" },
  phases: {
    read: "Đang đọc sổ tính…",
    import: "Đang nhập file của xã…",
    analyze: "Đang kiểm tra…",
    write: "Đang tạo các bảng…",
    sample: "Đang chèn dữ liệu mẫu…",
    policy: "Đang ghi sheet Quy định…",
  },
  noAnalysis: "Mở sheet danh sách rồi bấm Kiểm tra.",
  rosterSheets: "Cột đã nhận ra",
  headerRows: (rows) => `Dòng tiêu đề: ${rows}`,
  firstDataRow: (row) => `dữ liệu từ dòng ${row}`,
  activeSheetMark: "sheet đang mở",
  notMapped: "(không có)",
  autoMapped: "(tự nhận)",
  headerRowChoice: "Dòng tiêu đề",
  headerRowAuto: "(tự tìm)",
  rowOption: (rows) => `Dòng ${rows}`,
  undo: "Hoàn tác",
  showAllFields: "Hiện mọi trường",
  requiredMark: "bắt buộc",
  requiredLegend: "* bắt buộc",
  corrected: "đã chỉnh",
  noRosterMapping:
    "Chưa nhận ra danh sách. Chọn dòng tiêu đề và gán các cột Họ và tên, Chức danh, Phương án, rồi Kiểm tra lại.",
  candidateSheets: "Sheet có thể là danh sách",
  unrecognisedHeaders: (n) => `${n} cột chưa nhận ra`,
  column: (l) => `Cột ${l}`,
  rerun: "Kiểm tra lại",
  overrideSaved: "Đã lưu cách ghép cột trong sổ tính.",
  fields: FIELDS_VI,
  people: (n) => `${formatIntegerVi(n)} người`,
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  noFindings: "Không có lỗi nào. Có thể tạo bảng.",
  general: "Chung",
  filterCommune: "Xã",
  filterSeverity: "Mức độ",
  filterCode: "Mã",
  filterAll: "Tất cả",
  filtered: (shown, total) => `Đang xem ${shown}/${total}`,
  findingsCount: (e, w, i) =>
    `${formatIntegerVi(e)} lỗi · ${formatIntegerVi(w)} cảnh báo · ${formatIntegerVi(i)} thông tin`,
  findingsTab: (e, w) => `Lỗi (${formatIntegerVi(e)} lỗi, ${formatIntegerVi(w)} cảnh báo)`,
  progressLabel: "Tiến độ",
  showAll: (n) => `Xem thêm ${formatIntegerVi(n)}`,
  goToCell: "Đến ô",
  suggestion: "Gợi ý",
  commune: "Xã",
  cases: "Số người",
  amount: "Số tiền (đồng)",
  total: "Tổng cộng",
  inWords: "Bằng chữ",
  levelCommune: "cấp xã",
  levelHamlet: "ấp",
  reduction: "Giảm",
  noPayouts: "Chưa có ai được chi trả.",
  generated: (n) => `Đã tạo ${n} bảng.`,
  draftWarning: (n) => `Còn ${n} lỗi: các bảng được ghi "DỰ THẢO".`,
  policySource: {
    preset: "Bộ quy định có sẵn",
    sheet: "Sheet Quy định của sổ tính",
    file: "Quy định từ tệp",
  },
  policyChoice: "Quy định áp dụng",
  policyAuto: "Tự động (sheet Quy định nếu có)",
  unverified: "chưa kiểm chứng",
  baseSalary: "Mức lương cơ sở",
  baseSalaryFrom: "Từ ngày",
  baseSalaryAmount: "Đồng/tháng",
  paymentDate: "Ngày chi trả",
  place: "Địa danh",
  preparer: "Người lập biểu",
  head: "Thủ trưởng cơ quan",
  approverTitle: "Chức vụ người ký",
  approver: "Người ký",
  save: "Lưu",
  saved: "Đã lưu trong sổ tính.",
  writePolicySheet: "Ghi sheet Quy định",
  policySheetOk: (s) => `Đã ghi sheet «${s}» và đọc lại: hợp lệ.`,
  policySheetBad: (n) => `Đọc lại sheet Quy định: ${n} lỗi.`,
  errorTitle: "Không thực hiện được",
  unusableTitle: "Chưa dùng được sổ tính này",
  dismiss: "Đóng",
  retrySettings: "Đọc lại thiết lập",
  stale: "Kết quả cũ — bấm Kiểm tra lại",
  recheck: "Kiểm tra lại",
  sampleInserted: (names) => `Đã chèn: ${names}. Bấm Kiểm tra.`,
  importCommunes: "Nhập file của xã",
  importHint:
    "Chèn các sheet của tệp .xlsx do xã gửi vào sổ tính này, rồi kiểm tra tất cả như một.",
  imported: (files, sheets) => `Đã nhập ${files} tệp: ${sheets}.`,
  importKept: (files) => `Giữ nguyên bản đã nhập trước của: ${files}.`,
  reimportQuestion: (files) => `Đã nhập trước đây: ${files}. Thay các sheet cũ bằng bản mới?`,
  replace: "Thay thế",
  keep: "Giữ bản cũ",
  highlight: "Tô màu ô lỗi",
  clearHighlight: "Bỏ tô màu",
  language: "Tiếng Việt",
  headerForm: "Mẫu tiêu đề văn bản",
  headerFormAuto: "Theo sheet Thông tin",
  formulaHeading: "Cách tính trợ cấp",
  formulaBasis: "Mức hưởng",
  perPerson: (n) => `Từng người (${formatIntegerVi(n)})`,
  showMorePeople: (n) => `Xem thêm ${formatIntegerVi(n)} người`,
  caseWord: "trường hợp",
  blocked: "chưa tính được",
  hasUnverified: "có giá trị chưa kiểm chứng",
  sampleChoice: "Dữ liệu mẫu",
  samples: {
    "giang-thanh-2019": "Huyện Giang Thành, 2019 (NQ 77/2017)",
    "thon-2026": "Xã Vĩnh Điều, sắp xếp ấp 2026 (NĐ 154/2025)",
  },
  lang: "vi",
};

const EN: Strings = {
  appTitle: "Định Biên",
  tagline: "Check part-time commune staff rosters and prepare the payout tables.",
  check: "Check",
  generate: "Generate",
  trySample: "Try the sample data",
  sampleHint:
    "Insert the 4 sheets of a sample (synthetic data) into this workbook: Giang Thành district in 2019, or the 2026 hamlet merger of Vĩnh Điều commune.",
  tabs: { roster: "Roster", findings: "Findings", payouts: "Payouts", policy: "Policy" },
  phases: {
    read: "Reading the workbook…",
    import: "Importing the commune files…",
    analyze: "Checking…",
    write: "Writing the tables…",
    sample: "Inserting the sample…",
    policy: "Writing the policy sheet…",
  },
  noAnalysis: "Open a roster sheet and press Check.",
  rosterSheets: "Recognised columns",
  headerRows: (rows) => `Header rows: ${rows}`,
  firstDataRow: (row) => `data from row ${row}`,
  activeSheetMark: "active sheet",
  notMapped: "(none)",
  autoMapped: "(detected)",
  headerRowChoice: "Header row",
  headerRowAuto: "(find)",
  rowOption: (rows) => `Row ${rows}`,
  undo: "Undo",
  showAllFields: "Show every field",
  requiredMark: "required",
  requiredLegend: "* required",
  corrected: "corrected",
  noRosterMapping:
    "No roster recognised yet. Choose the header row and map the Name, Title and Decision columns, then check again.",
  candidateSheets: "Sheets that may be rosters",
  unrecognisedHeaders: (n) => `${countEn(n, "column")} not recognised`,
  column: (l) => `Column ${l}`,
  rerun: "Check again",
  overrideSaved: "Column mapping saved in the workbook.",
  fields: FIELDS_EN,
  people: (n) => countEn(n, "person", "people"),
  severity: { error: "Error", warning: "Warning", info: "Info" },
  noFindings: "No findings. Ready to generate.",
  general: "General",
  filterCommune: "Commune",
  filterSeverity: "Severity",
  filterCode: "Code",
  filterAll: "All",
  filtered: (shown, total) =>
    `Showing ${shown.toLocaleString("en-US")} of ${countEn(total, "finding")}`,
  findingsCount: (e, w, i) =>
    `${countEn(e, "error")} · ${countEn(w, "warning")} · ${countEn(i, "note")}`,
  findingsTab: (e, w) => `Findings (${countEn(e, "error")}, ${countEn(w, "warning")})`,
  progressLabel: "Progress",
  showAll: (n) => `Show ${countEn(n, "more finding", "more findings")}`,
  goToCell: "Go to cell",
  suggestion: "Suggestion",
  commune: "Commune",
  cases: "Cases",
  amount: "Amount (đồng)",
  total: "Total",
  inWords: "In words",
  levelCommune: "commune",
  levelHamlet: "hamlet",
  reduction: "Cut",
  noPayouts: "Nobody is paid yet.",
  generated: (n) => `${countEn(n, "table")} generated.`,
  draftWarning: (n) =>
    `${countEn(n, "error")} ${n === 1 ? "remains" : "remain"}: the tables are marked "DỰ THẢO" (draft).`,
  policySource: {
    preset: "Built-in preset",
    sheet: "The workbook's Quy định sheet",
    file: "Policy file",
  },
  policyChoice: "Policy",
  policyAuto: "Automatic (Quy định sheet if present)",
  unverified: "unverified",
  baseSalary: "Base salary",
  baseSalaryFrom: "From",
  baseSalaryAmount: "đồng/month",
  paymentDate: "Payment date",
  place: "Place name",
  preparer: "Preparer",
  head: "Head of the office",
  approverTitle: "Approver's title",
  approver: "Approver",
  save: "Save",
  saved: "Saved in the workbook.",
  writePolicySheet: "Write the Quy định sheet",
  policySheetOk: (s) => `Wrote «${s}» and read it back: valid.`,
  policySheetBad: (n) => `Reading the Quy định sheet back: ${countEn(n, "error")}.`,
  errorTitle: "Could not complete",
  unusableTitle: "This workbook cannot be used yet",
  dismiss: "Dismiss",
  retrySettings: "Read the settings again",
  stale: "Results out of date — press Check again",
  recheck: "Check again",
  sampleInserted: (names) => `Inserted: ${names}. Press Check.`,
  importCommunes: "Import commune files",
  importHint:
    "Insert the sheets of the .xlsx files the communes sent into this workbook, then check them all as one.",
  imported: (files, sheets) => `Imported ${countEn(files, "file")}: ${sheets}.`,
  importKept: (files) => `Kept the earlier import of: ${files}.`,
  reimportQuestion: (files) =>
    `Imported before: ${files}. Replace the earlier sheets with the new ones?`,
  replace: "Replace",
  keep: "Keep the earlier",
  highlight: "Highlight cells",
  clearHighlight: "Clear highlights",
  language: "English",
  headerForm: "Document header",
  headerFormAuto: "From the Thông tin sheet",
  formulaHeading: "How the payment is computed",
  formulaBasis: "Allowance basis",
  perPerson: (n) => `Each person (${n.toLocaleString("en-US")})`,
  showMorePeople: (n) => `Show ${countEn(n, "more person", "more people")}`,
  caseWord: "case",
  blocked: "not computed",
  hasUnverified: "uses unverified values",
  sampleChoice: "Sample data",
  samples: {
    "giang-thanh-2019": "Giang Thành district, 2019 (NQ 77/2017)",
    "thon-2026": "Vĩnh Điều commune, 2026 hamlet merger (ND 154/2025)",
  },
  lang: "en",
};

export const STRINGS: Record<Lang, Strings> = { vi: VI, en: EN };

/** Vietnamese unless Office runs in English. */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** Whole đồng with "." for thousands, as the product's own texts write it. */
export function formatDong(n: number): string {
  const s = Math.abs(Math.round(n))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return n < 0 ? `-${s}` : s;
}
