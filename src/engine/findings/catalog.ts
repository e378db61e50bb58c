import type { CellRef, FieldKey, Finding, FindingCode, Lang, Severity } from "../types";
import { a1 } from "../grid/address";

/**
 * One home per finding code: its severity and its message and suggestion templates in both
 * languages. Templates use {param} placeholders filled from Finding.params; a missing param
 * renders as "?" so a gap shows instead of vanishing.
 */
interface FindingKind {
  severity: Severity;
  vi: string;
  en: string;
  /** Suggested fix; rendered only when every placeholder it uses has a value. */
  fixVi?: string;
  fixEn?: string;
}

export const FINDING_CATALOG: Record<FindingCode, FindingKind> = {
  "roster-not-found": {
    severity: "error",
    vi: "Không tìm thấy danh sách nào có dòng tiêu đề nhận ra được (cần cột Họ và tên và cột Chức danh hoặc Phương án).{seenVi}",
    en: "No sheet has a recognisable roster header (a Họ và tên column and a Chức danh or Phương án column are needed).{seenEn}",
    fixVi:
      "Chọn dòng tiêu đề và gán cột trong ngăn Định Biên, hoặc dùng --column TRƯỜNG=CỘT (ví dụ --column name=B).",
    fixEn:
      "Choose the header row and map the columns in the Định Biên pane, or use --column FIELD=COLUMN (e.g. --column name=B).",
  },
  "column-missing": {
    severity: "error",
    vi: "Sheet «{sheet}» thiếu cột bắt buộc «{column}».",
    en: "Sheet «{sheet}» lacks the required column «{column}».",
    fixVi: "Thêm cột có tiêu đề «{column}».",
    fixEn: "Add a column headed «{column}».",
  },
  "name-missing": {
    severity: "error",
    vi: "Dòng {row} có dữ liệu nhưng không có họ và tên.",
    en: "Row {row} has data but no name.",
  },
  "title-missing": {
    severity: "error",
    vi: "{person}: chưa ghi chức danh.",
    en: "{person}: no title given.",
  },
  "title-unknown": {
    severity: "warning",
    vi: "{person}: chức danh «{value}» không có trong danh mục của quy định.",
    en: "{person}: title «{value}» is not in the policy's catalogue.",
    fixVi: "Có phải là «{nearest}»?",
    fixEn: "Did you mean «{nearest}»?",
  },
  "decision-missing": {
    severity: "error",
    vi: "{person}: chưa ghi phương án (bố trí, thôi việc…).",
    en: "{person}: no decision (Phương án) given.",
  },
  "decision-unknown": {
    severity: "error",
    vi: "{person}: phương án «{value}» không nhận ra được; dòng này chưa được tính.",
    en: "{person}: decision «{value}» is not recognised; the row is not counted.",
    fixVi: "Có phải là «{nearest}»?",
    fixEn: "Did you mean «{nearest}»?",
  },
  "commune-missing": {
    severity: "error",
    vi: "{person}: không xác định được xã (không có cột xã, dòng mục, dòng tiêu đề hay tên sheet nêu tên xã).",
    en: "{person}: no commune (no commune column, section row, title line or sheet name names one).",
  },
  "commune-unknown": {
    severity: "warning",
    vi: "Xã «{value}» không có trong danh sách đơn vị.",
    en: "Commune «{value}» is not in the unit register.",
    fixVi: "Có phải là «{nearest}»?",
    fixEn: "Did you mean «{nearest}»?",
  },
  "hamlet-unknown": {
    severity: "warning",
    vi: "Ấp «{value}» không có trong danh sách ấp của xã {commune}.",
    en: "Hamlet «{value}» is not listed for commune {commune}.",
    fixVi: "Có phải là «{nearest}»?",
    fixEn: "Did you mean «{nearest}»?",
  },
  "commune-class-missing": {
    severity: "warning",
    vi: "Xã {commune} chưa có phân loại (loại 1, 2, 3): chưa kiểm tra được số lượng cấp xã.",
    en: "Commune {commune} has no class (1, 2, 3): its commune-level quota is not checked.",
    fixVi: "Ghi loại xã trong sheet «Đơn vị».",
    fixEn: "Give the commune's class in the «Đơn vị» sheet.",
  },
  "date-invalid": {
    severity: "error",
    vi: "{person}: ô {field} «{value}» không phải là ngày hợp lệ.",
    en: "{person}: the {field} cell «{value}» is not a valid date.",
    fixVi: "Ghi theo dạng 05/03/2010, 03/2010 hoặc 2010.",
    fixEn: "Write it as 05/03/2010, 03/2010 or 2010.",
  },
  "date-imprecise": {
    severity: "warning",
    vi: "{person}: {field} chỉ ghi năm ({value}); tính như tháng {month}.",
    en: "{person}: {field} gives only a year ({value}); read as month {month}.",
    fixVi: "Ghi rõ tháng và năm.",
    fixEn: "Give the month and year.",
  },
  "date-order": {
    severity: "error",
    vi: "{person}: {detail}",
    en: "{person}: {detail}",
  },
  "start-missing": {
    severity: "error",
    vi: "{person}: thôi việc có hưởng chế độ nhưng chưa có ngày bắt đầu công tác.",
    en: "{person}: paid leaver without a start date.",
  },
  "end-missing": {
    severity: "error",
    vi: "{person}: chưa có ngày thôi việc và chưa nhập ngày chi trả.",
    en: "{person}: no leaving date and no payment date given.",
    fixVi: "Ghi ngày thôi việc hoặc ngày chi trả (sheet «Thông tin» hoặc --payment-date).",
    fixEn: "Give a leaving date or a payment date («Thông tin» sheet or --payment-date).",
  },
  "base-salary-missing": {
    severity: "error",
    vi: "{person}: ngày thôi việc {value} trước mốc lương cơ sở đầu tiên của quy định ({first}).",
    en: "{person}: leaving date {value} is before the policy's first base salary entry ({first}).",
  },
  "coefficient-invalid": {
    severity: "error",
    vi: "{person}: ô {field} «{value}» không phải là số không âm.",
    en: "{person}: the {field} cell «{value}» is not a non-negative number.",
  },
  "allowance-missing": {
    severity: "error",
    vi: "{person}: không có hệ số hay mức phụ cấp {what} (trong danh sách hoặc quy định) để tính chế độ.",
    en: "{person}: no coefficient or allowance for {whatEn} (roster or policy) to compute the payout.",
  },
  "allowance-mismatch": {
    severity: "warning",
    vi: "{person}: mức phụ cấp ghi {value} đồng khác hệ số × lương cơ sở = {expected} đồng; dùng mức đã ghi.",
    en: "{person}: the allowance given, {value} đồng, differs from coefficient × base salary = {expected} đồng; the given amount is used.",
  },
  "coefficient-mismatch": {
    severity: "warning",
    vi: "{person}: hệ số {value} khác hệ số của chức danh trong quy định ({expected}).",
    en: "{person}: coefficient {value} differs from the policy's coefficient for the title ({expected}).",
  },
  "duplicate-person": {
    severity: "error",
    vi: "{person} (sinh {birthYear}) có mặt nhiều lần trong phương án: {places}.",
    en: "{person} (born {birthYear}) appears more than once in the plan: {places}.",
  },
  "possible-duplicate": {
    severity: "warning",
    vi: "Tên {person} xuất hiện nhiều lần trong phương án ({places}); không có năm sinh để phân biệt.",
    en: "The name {person} appears more than once in the plan ({places}); no birth year to tell them apart.",
  },
  "commune-over-quota": {
    severity: "error",
    vi: "Xã {commune}: bố trí {count} người cấp xã, vượt {difference} so với tối đa {limit} người (xã loại {communeClass}).",
    en: "Commune {commune}: {count} commune-level people arranged, {difference} over the cap of {limit} (class {communeClass}).",
  },
  "hamlet-over-quota": {
    severity: "error",
    vi: "{hamlet} (xã {commune}): bố trí {count} người, vượt {difference} so với tối đa {limit} người.",
    en: "{hamlet} ({commune}): {count} people arranged, {difference} over the cap of {limit}.",
  },
  "title-over-limit": {
    severity: "error",
    vi: "{unit}: chức danh «{title}» có {count} người đảm nhiệm, tối đa {limit}.",
    en: "{unit}: title «{title}» has {count} holders, at most {limit} allowed.",
  },
  "too-many-titles": {
    severity: "error",
    vi: "{person}: đảm nhiệm {count} chức danh, tối đa {limit} (1 chức danh và {extra} kiêm nhiệm).",
    en: "{person}: holds {count} titles, at most {limit} (1 title and {extra} concurrent).",
  },
  "concurrent-level-mismatch": {
    severity: "error",
    vi: "{person}: kiêm nhiệm «{value}» là chức danh {otherLevel}, khác cấp với người này.",
    en: "{person}: concurrent title «{value}» belongs to the {otherLevel} level, not this person's.",
  },
  "fund-exceeded": {
    severity: "error",
    vi: "{unit}: tổng phụ cấp {count} đồng vượt quỹ phụ cấp {limit} đồng ({coefficient} × {baseSalary}).",
    en: "{unit}: allowances total {count} đồng, above the fund of {limit} đồng ({coefficient} × {baseSalary}).",
  },
  "reappointed-after-severance": {
    severity: "error",
    vi: "{person}: đã hưởng chế độ thôi việc nhưng vẫn được bố trí lại chức danh «{title}» tại {unit} (Công văn 460/UBND-NCPC).",
    en: "{person}: paid severance yet arranged again as «{title}» in {unit} (Công văn 460/UBND-NCPC).",
  },
  "title-vacant": {
    severity: "info",
    vi: "{unit}: chưa bố trí chức danh «{title}».",
    en: "{unit}: no holder for «{title}».",
  },
  "column-unrecognised": {
    severity: "warning",
    vi: "Cột {column} «{header}» không ứng với trường nào của danh sách; dữ liệu cột này không được đọc.",
    en: "Column {column} «{header}» maps to no roster field; its cells are not read.",
    fixVi:
      "Nếu đây là cột «{likely}», chọn lại trong ngăn Định Biên hoặc dùng --column {likelyKey}={column}.",
    fixEn:
      "If this is the «{likely}» column, map it in the Định Biên pane or use --column {likelyKey}={column}.",
  },
  "policy-invalid": {
    severity: "error",
    vi: "Quy định không hợp lệ tại «{key}»: {detail}",
    en: "The policy is invalid at «{key}»: {detail}",
  },
  "birth-date-needed": {
    severity: "error",
    vi: "{person}: số tiền trợ cấp phụ thuộc vào {what} mà danh sách chưa ghi ({detail}); chưa tính được.",
    en: "{person}: the payment depends on {whatEn}, which the roster does not give ({detailEn}); not computed.",
    fixVi: "Ghi đủ ngày, tháng, năm sinh và giới tính của người này.",
    fixEn: "Give this person's full date of birth and gender.",
  },
  "periods-overlap": {
    severity: "error",
    vi: "{person}: hai thời gian công tác chồng lên nhau: {first} và {second}.",
    en: "{person}: two service periods overlap: {first} and {second}.",
    fixVi: "Sửa lại các thời gian công tác để không trùng tháng nào.",
    fixEn: "Correct the periods so that no month is counted twice.",
  },
  "refund-required": {
    severity: "error",
    vi: "{person}: đã hưởng chế độ theo Nghị định 154/2025/NĐ-CP ({paid}) nhưng trong vòng 60 tháng lại được {how} tại {unit}; phải hoàn trả khoản đã nhận.",
    en: "{person}: paid under Nghị định 154/2025/NĐ-CP ({paid}) yet {howEn} in {unit} within 60 months; the payment must be refunded.",
  },
};

/**
 * A template split once into literal text (even indexes) and placeholder names (odd indexes):
 * filling it is then a loop, not a regex per finding. Templates are the catalogue's, so the map
 * stays small.
 */
const compiled = new Map<string, string[]>();

function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

function fill(template: string, params: Record<string, string | number>): string {
  const parts = compile(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = params[parts[i]];
    out += (v === undefined || v === "" ? "?" : String(v)) + parts[i + 1];
  }
  return out;
}

function fillIfComplete(
  template: string | undefined,
  params: Record<string, string | number>
): string | null {
  if (!template) return null;
  const parts = compile(template);
  for (let i = 1; i < parts.length; i += 2) {
    const v = params[parts[i]];
    if (v === undefined || v === "") return null;
  }
  return fill(template, params);
}

export interface FindingInit {
  /** The offending cell, if any. */
  at?: CellRef | null;
  commune?: string | null;
  hamlet?: string | null;
  title?: string | null;
  person?: string | null;
  limit?: number | null;
  count?: number | null;
  /** Every row counted, as cell refs (unit-level findings). */
  cells?: CellRef[];
  params?: Record<string, string | number>;
  /** The roster field of the offending cell (parser findings). */
  field?: FieldKey;
}

/** Build a finding of a catalogued kind, with its text rendered in `lang`. */
export function createFinding(
  code: FindingCode,
  init: FindingInit = {},
  lang: Lang = "vi"
): Finding {
  const at = init.at ?? null;
  const params: Record<string, string | number> = { ...(init.params ?? {}) };
  if (at && params.row === undefined) params.row = at.row;
  if (at && params.sheet === undefined) params.sheet = at.sheet;
  if (init.person && params.person === undefined) params.person = init.person;
  if (init.commune && params.commune === undefined) params.commune = init.commune;
  if (init.hamlet && params.hamlet === undefined) params.hamlet = init.hamlet;
  if (init.title && params.title === undefined) params.title = init.title;
  if (init.limit != null && params.limit === undefined) params.limit = init.limit;
  if (init.count != null && params.count === undefined) params.count = init.count;
  if (params.person === undefined && at) params.person = `Dòng ${at.row}`;
  const finding: Finding = {
    code,
    severity: FINDING_CATALOG[code].severity,
    sheet: at?.sheet ?? null,
    cell: at ? a1(at.row, at.col) : null,
    row: at?.row ?? null,
    commune: init.commune ?? null,
    hamlet: init.hamlet ?? null,
    title: init.title ?? null,
    person: init.person ?? null,
    limit: init.limit ?? null,
    count: init.count ?? null,
    cells: (init.cells ?? []).map((c) => a1(c.row, c.col)),
    params,
    message: "",
    suggestion: null,
  };
  if (init.field !== undefined) finding.field = init.field;
  // localizeFinding's work without its copy of the finding: this runs once per finding.
  const kind = FINDING_CATALOG[code];
  const shown =
    lang === "en" && params.person === `Dòng ${finding.row}`
      ? { ...params, person: `Row ${finding.row}` }
      : params;
  finding.message = fill(lang === "en" ? kind.en : kind.vi, shown);
  finding.suggestion = fillIfComplete(lang === "en" ? kind.fixEn : kind.fixVi, shown);
  return finding;
}

/** Render a finding's message and suggestion in the given language. */
export function localizeFinding(finding: Finding, lang: Lang): Finding {
  const kind = FINDING_CATALOG[finding.code];
  const params =
    lang === "en" && finding.params.person === `Dòng ${finding.row}`
      ? { ...finding.params, person: `Row ${finding.row}` }
      : finding.params;
  return {
    ...finding,
    message: fill(lang === "en" ? kind.en : kind.vi, params),
    suggestion: fillIfComplete(lang === "en" ? kind.fixEn : kind.fixVi, params),
  };
}

/** Errors first: used to order findings at the same place. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
