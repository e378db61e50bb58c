import type { CellRef, FieldKey, Finding, FindingCode, Lang, Severity } from "../types";
import { a1 } from "../grid/address";

/**
 * Findings as self-describing kinds: one entry per code holds its severity, its message and
 * suggestion templates in Vietnamese and English, the short reason a payment list prints when the
 * finding blocks a payout, and a worked example that is its test (catalog.test.ts renders every
 * example in both languages and checks every template). Rendering happens here only.
 *
 * Adding a code: add it to FindingCode (types.ts) and one entry below:
 *   "my-code": {
 *     severity: "error",
 *     vi: "{person}: …", en: "{person}: …",          // {param} placeholders; typed from these
 *     fixVi: "…", fixEn: "…",                        // optional suggestion
 *     example: { params: { person: "Nguyễn Văn An" }, vi: "Nguyễn Văn An: …", en: "…" },
 *   },
 * createFinding("my-code", { params }) then accepts exactly the placeholders of the templates. A
 * parameter whose text depends on the language may have an English twin named …En ({detailEn});
 * the English template falls back to the plain one when the twin is absent. A missing parameter
 * renders as "?" so that a gap shows instead of vanishing. Which findings block a payout is
 * declared once, in blocking.ts.
 */
interface FindingKind {
  severity: Severity;
  vi: string;
  en: string;
  /** Suggested fix; rendered only when every placeholder it uses has a value. */
  fixVi?: string;
  fixEn?: string;
  /** Short reason printed in a payment list's row when this finding blocks the payout. */
  blockReason?: string;
  /** The kind's test: parameters and the texts they render to, worked by hand. */
  example?: FindingExample;
}

interface FindingExample {
  params: Readonly<Record<string, string | number>>;
  vi: string;
  en: string;
  /** Parameters that differ in an English run (words the caller renders in the run's language). */
  enParams?: Readonly<Record<string, string | number>>;
  fixVi?: string;
  fixEn?: string;
}

export const FINDING_CATALOG = {
  "roster-not-found": {
    severity: "error",
    vi: "Không tìm thấy danh sách nào có dòng tiêu đề nhận ra được (cần cột Họ và tên và cột Chức danh hoặc Phương án).{seen}",
    en: "No sheet has a recognisable roster header (a Họ và tên column and a Chức danh or Phương án column are needed).{seenEn}",
    fixVi:
      "Chọn dòng tiêu đề và gán cột trong ngăn Định Biên, hoặc dùng --column TRƯỜNG=CỘT (ví dụ --column name=B).",
    fixEn:
      "Choose the header row and map the columns in the Định Biên pane, or use --column FIELD=COLUMN (e.g. --column name=B).",
    example: {
      params: {
        seen: " Không sheet nào có dòng giống dòng tiêu đề.",
        seenEn: " No sheet has a row that looks like a header.",
      },
      vi: "Không tìm thấy danh sách nào có dòng tiêu đề nhận ra được (cần cột Họ và tên và cột Chức danh hoặc Phương án). Không sheet nào có dòng giống dòng tiêu đề.",
      en: "No sheet has a recognisable roster header (a Họ và tên column and a Chức danh or Phương án column are needed). No sheet has a row that looks like a header.",
      fixVi:
        "Chọn dòng tiêu đề và gán cột trong ngăn Định Biên, hoặc dùng --column TRƯỜNG=CỘT (ví dụ --column name=B).",
      fixEn:
        "Choose the header row and map the columns in the Định Biên pane, or use --column FIELD=COLUMN (e.g. --column name=B).",
    },
  },
  "column-missing": {
    severity: "error",
    vi: "Sheet «{sheet}» thiếu cột bắt buộc «{column}».",
    en: "Sheet «{sheet}» lacks the required column «{column}».",
    fixVi: "Thêm cột có tiêu đề «{column}».",
    fixEn: "Add a column headed «{column}».",
    example: {
      params: { sheet: "Phú Mỹ", column: "Chức danh" },
      vi: "Sheet «Phú Mỹ» thiếu cột bắt buộc «Chức danh».",
      en: "Sheet «Phú Mỹ» lacks the required column «Chức danh».",
      fixVi: "Thêm cột có tiêu đề «Chức danh».",
      fixEn: "Add a column headed «Chức danh».",
    },
  },
  "name-missing": {
    severity: "error",
    vi: "Dòng {row} có dữ liệu nhưng không có họ và tên.",
    en: "Row {row} has data but no name.",
    blockReason: "thiếu họ tên",
    example: {
      params: { row: 12 },
      vi: "Dòng 12 có dữ liệu nhưng không có họ và tên.",
      en: "Row 12 has data but no name.",
    },
  },
  "title-missing": {
    severity: "error",
    vi: "{person}: chưa ghi chức danh.",
    en: "{person}: no title given.",
    blockReason: "thiếu chức danh",
    example: {
      params: { person: "Nguyễn Văn An" },
      vi: "Nguyễn Văn An: chưa ghi chức danh.",
      en: "Nguyễn Văn An: no title given.",
    },
  },
  "title-unknown": {
    severity: "warning",
    vi: "{person}: chức danh «{value}» không có trong danh mục của quy định.",
    en: "{person}: title «{value}» is not in the policy's catalogue.",
    fixVi: "Có phải là «{nearest}»?",
    fixEn: "Did you mean «{nearest}»?",
    example: {
      params: { person: "Nguyễn Văn An", value: "Phó trưởng ap", nearest: "Phó Trưởng ấp" },
      vi: "Nguyễn Văn An: chức danh «Phó trưởng ap» không có trong danh mục của quy định.",
      en: "Nguyễn Văn An: title «Phó trưởng ap» is not in the policy's catalogue.",
      fixVi: "Có phải là «Phó Trưởng ấp»?",
      fixEn: "Did you mean «Phó Trưởng ấp»?",
    },
  },
  "decision-missing": {
    severity: "error",
    vi: "{person}: chưa ghi phương án (bố trí, thôi việc…).",
    en: "{person}: no decision (Phương án) given.",
    example: {
      params: { person: "Nguyễn Văn An" },
      vi: "Nguyễn Văn An: chưa ghi phương án (bố trí, thôi việc…).",
      en: "Nguyễn Văn An: no decision (Phương án) given.",
    },
  },
  "decision-unknown": {
    severity: "error",
    vi: "{person}: phương án «{value}» không nhận ra được; dòng này chưa được tính.",
    en: "{person}: decision «{value}» is not recognised; the row is not counted.",
    fixVi: "Có phải là «{nearest}»?",
    fixEn: "Did you mean «{nearest}»?",
    example: {
      params: { person: "Nguyễn Văn An", value: "Thoi viec?" },
      vi: "Nguyễn Văn An: phương án «Thoi viec?» không nhận ra được; dòng này chưa được tính.",
      en: "Nguyễn Văn An: decision «Thoi viec?» is not recognised; the row is not counted.",
    },
  },
  "commune-missing": {
    severity: "error",
    vi: "{person}: không xác định được xã (không có cột xã, dòng mục, dòng tiêu đề hay tên sheet nêu tên xã).",
    en: "{person}: no commune (no commune column, section row, title line or sheet name names one).",
    blockReason: "chưa rõ xã",
    example: {
      params: { person: "Nguyễn Văn An" },
      vi: "Nguyễn Văn An: không xác định được xã (không có cột xã, dòng mục, dòng tiêu đề hay tên sheet nêu tên xã).",
      en: "Nguyễn Văn An: no commune (no commune column, section row, title line or sheet name names one).",
    },
  },
  "commune-unknown": {
    severity: "warning",
    vi: "Xã «{value}» không có trong danh sách đơn vị.",
    en: "Commune «{value}» is not in the unit register.",
    fixVi: "Có phải là «{nearest}»?",
    fixEn: "Did you mean «{nearest}»?",
    example: {
      params: { value: "Phu My", nearest: "Phú Mỹ" },
      vi: "Xã «Phu My» không có trong danh sách đơn vị.",
      en: "Commune «Phu My» is not in the unit register.",
      fixVi: "Có phải là «Phú Mỹ»?",
      fixEn: "Did you mean «Phú Mỹ»?",
    },
  },
  "hamlet-unknown": {
    severity: "warning",
    vi: "Ấp «{value}» không có trong danh sách ấp của xã {commune}.",
    en: "Hamlet «{value}» is not listed for commune {commune}.",
    fixVi: "Có phải là «{nearest}»?",
    fixEn: "Did you mean «{nearest}»?",
    example: {
      params: { value: "Tram Troi", commune: "Phú Mỹ" },
      vi: "Ấp «Tram Troi» không có trong danh sách ấp của xã Phú Mỹ.",
      en: "Hamlet «Tram Troi» is not listed for commune Phú Mỹ.",
    },
  },
  "commune-class-missing": {
    severity: "warning",
    vi: "Xã {commune} chưa có phân loại (loại 1, 2, 3): chưa kiểm tra được số lượng cấp xã.",
    en: "Commune {commune} has no class (1, 2, 3): its commune-level quota is not checked.",
    fixVi: "Ghi loại xã trong sheet «Đơn vị».",
    fixEn: "Give the commune's class in the «Đơn vị» sheet.",
    example: {
      params: { commune: "Phú Mỹ" },
      vi: "Xã Phú Mỹ chưa có phân loại (loại 1, 2, 3): chưa kiểm tra được số lượng cấp xã.",
      en: "Commune Phú Mỹ has no class (1, 2, 3): its commune-level quota is not checked.",
      fixVi: "Ghi loại xã trong sheet «Đơn vị».",
      fixEn: "Give the commune's class in the «Đơn vị» sheet.",
    },
  },
  "date-invalid": {
    severity: "error",
    vi: "{person}: ô {field} «{value}» không phải là ngày hợp lệ.",
    en: "{person}: the {field} cell «{value}» is not a valid date.",
    fixVi: "Ghi theo dạng 05/03/2010, 03/2010 hoặc 2010.",
    fixEn: "Write it as 05/03/2010, 03/2010 or 2010.",
    blockReason: "ngày tháng không đọc được",
    example: {
      params: { person: "Nguyễn Văn An", field: "ngày bắt đầu", value: "31/13/2010" },
      vi: "Nguyễn Văn An: ô ngày bắt đầu «31/13/2010» không phải là ngày hợp lệ.",
      enParams: { field: "start date" },
      en: "Nguyễn Văn An: the start date cell «31/13/2010» is not a valid date.",
      fixVi: "Ghi theo dạng 05/03/2010, 03/2010 hoặc 2010.",
      fixEn: "Write it as 05/03/2010, 03/2010 or 2010.",
    },
  },
  "date-imprecise": {
    severity: "warning",
    vi: "{person}: {field} chỉ ghi năm ({value}); tính như tháng {month}.",
    en: "{person}: {field} gives only a year ({value}); read as month {month}.",
    fixVi: "Ghi rõ tháng và năm.",
    fixEn: "Give the month and year.",
    example: {
      params: { person: "Nguyễn Văn An", field: "ngày bắt đầu", value: "2010", month: "01" },
      vi: "Nguyễn Văn An: ngày bắt đầu chỉ ghi năm (2010); tính như tháng 01.",
      enParams: { field: "start date" },
      en: "Nguyễn Văn An: start date gives only a year (2010); read as month 01.",
      fixVi: "Ghi rõ tháng và năm.",
      fixEn: "Give the month and year.",
    },
  },
  "date-order": {
    severity: "error",
    vi: "{person}: {detail}",
    en: "{person}: {detail}",
    blockReason: "ngày tháng không hợp lệ",
    example: {
      params: {
        person: "Nguyễn Văn An",
        detail: "ngày bắt đầu công tác 01/03/2019 sau ngày thôi việc 31/12/2018.",
      },
      vi: "Nguyễn Văn An: ngày bắt đầu công tác 01/03/2019 sau ngày thôi việc 31/12/2018.",
      enParams: { detail: "the start date 01/03/2019 is after the leaving date 31/12/2018." },
      en: "Nguyễn Văn An: the start date 01/03/2019 is after the leaving date 31/12/2018.",
    },
  },
  "start-missing": {
    severity: "error",
    vi: "{person}: thôi việc có hưởng chế độ nhưng chưa có ngày bắt đầu công tác.",
    en: "{person}: paid leaver without a start date.",
    blockReason: "thiếu ngày bắt đầu công tác",
    example: {
      params: { person: "Nguyễn Văn An" },
      vi: "Nguyễn Văn An: thôi việc có hưởng chế độ nhưng chưa có ngày bắt đầu công tác.",
      en: "Nguyễn Văn An: paid leaver without a start date.",
    },
  },
  "end-missing": {
    severity: "error",
    vi: "{person}: chưa có ngày thôi việc và chưa nhập ngày chi trả.",
    en: "{person}: no leaving date and no payment date given.",
    fixVi: "Ghi ngày thôi việc hoặc ngày chi trả (sheet «Thông tin» hoặc --payment-date).",
    fixEn: "Give a leaving date or a payment date («Thông tin» sheet or --payment-date).",
    blockReason: "thiếu ngày thôi việc",
    example: {
      params: { person: "Nguyễn Văn An" },
      vi: "Nguyễn Văn An: chưa có ngày thôi việc và chưa nhập ngày chi trả.",
      en: "Nguyễn Văn An: no leaving date and no payment date given.",
      fixVi: "Ghi ngày thôi việc hoặc ngày chi trả (sheet «Thông tin» hoặc --payment-date).",
      fixEn: "Give a leaving date or a payment date («Thông tin» sheet or --payment-date).",
    },
  },
  "base-salary-missing": {
    severity: "error",
    vi: "{person}: ngày thôi việc {value} trước mốc lương cơ sở đầu tiên của quy định ({first}).",
    en: "{person}: leaving date {value} is before the policy's first base salary entry ({first}).",
    blockReason: "chưa có mức lương cơ sở",
    example: {
      params: { person: "Nguyễn Văn An", value: "31/12/2005", first: "01/05/2006" },
      vi: "Nguyễn Văn An: ngày thôi việc 31/12/2005 trước mốc lương cơ sở đầu tiên của quy định (01/05/2006).",
      en: "Nguyễn Văn An: leaving date 31/12/2005 is before the policy's first base salary entry (01/05/2006).",
    },
  },
  "coefficient-invalid": {
    severity: "error",
    vi: "{person}: ô {field} «{value}» không phải là số hợp lệ.",
    en: "{person}: the {field} cell «{value}» is not a valid number.",
    fixVi: "Giá trị hợp lý: {range}.",
    fixEn: "Plausible values: {range}.",
    blockReason: "hệ số/mức phụ cấp không hợp lệ",
    example: {
      params: { person: "Nguyễn Văn An", field: "hệ số", value: "123456789012", range: "0,1–10" },
      vi: "Nguyễn Văn An: ô hệ số «123456789012» không phải là số hợp lệ.",
      enParams: { field: "coefficient", range: "0.1–10" },
      en: "Nguyễn Văn An: the coefficient cell «123456789012» is not a valid number.",
      fixVi: "Giá trị hợp lý: 0,1–10.",
      fixEn: "Plausible values: 0.1–10.",
    },
  },
  "allowance-missing": {
    severity: "error",
    vi: "{person}: không có hệ số hay mức phụ cấp {what} (trong danh sách hoặc quy định) để tính chế độ.",
    en: "{person}: no coefficient or allowance for {whatEn} (roster or policy) to compute the payout.",
    blockReason: "thiếu hệ số hoặc mức phụ cấp",
    example: {
      params: {
        person: "Nguyễn Văn An",
        what: "của chức danh «Thủ quỹ»",
        whatEn: "the title «Thủ quỹ»",
      },
      vi: "Nguyễn Văn An: không có hệ số hay mức phụ cấp của chức danh «Thủ quỹ» (trong danh sách hoặc quy định) để tính chế độ.",
      en: "Nguyễn Văn An: no coefficient or allowance for the title «Thủ quỹ» (roster or policy) to compute the payout.",
    },
  },
  "allowance-mismatch": {
    severity: "warning",
    vi: "{person}: mức phụ cấp ghi {value} đồng khác hệ số × lương cơ sở = {expected} đồng; dùng mức đã ghi.",
    en: "{person}: the allowance given, {value} đồng, differs from coefficient × base salary = {expected} đồng; the given amount is used.",
    example: {
      params: { person: "Nguyễn Văn An", value: "1.400.000", expected: "1.390.000" },
      vi: "Nguyễn Văn An: mức phụ cấp ghi 1.400.000 đồng khác hệ số × lương cơ sở = 1.390.000 đồng; dùng mức đã ghi.",
      en: "Nguyễn Văn An: the allowance given, 1.400.000 đồng, differs from coefficient × base salary = 1.390.000 đồng; the given amount is used.",
    },
  },
  "coefficient-mismatch": {
    severity: "warning",
    vi: "{person}: hệ số {value} khác hệ số của chức danh trong quy định ({expected}).",
    en: "{person}: coefficient {value} differs from the policy's coefficient for the title ({expected}).",
    example: {
      params: { person: "Nguyễn Văn An", value: "1,2", expected: "1,0" },
      vi: "Nguyễn Văn An: hệ số 1,2 khác hệ số của chức danh trong quy định (1,0).",
      en: "Nguyễn Văn An: coefficient 1,2 differs from the policy's coefficient for the title (1,0).",
    },
  },
  "duplicate-person": {
    severity: "error",
    vi: "{person} (sinh {birthYear}) có mặt nhiều lần trong phương án: {places}.",
    en: "{person} (born {birthYear}) appears more than once in the plan: {places}.",
    blockReason: "trùng người",
    example: {
      params: {
        person: "Nguyễn Văn An",
        birthYear: 1970,
        places: "Xã Phú Mỹ, «DS» dòng 5; Xã Phú Lợi, «DS» dòng 9",
      },
      vi: "Nguyễn Văn An (sinh 1970) có mặt nhiều lần trong phương án: Xã Phú Mỹ, «DS» dòng 5; Xã Phú Lợi, «DS» dòng 9.",
      enParams: { places: "Phú Mỹ commune, «DS» row 5; Phú Lợi commune, «DS» row 9" },
      en: "Nguyễn Văn An (born 1970) appears more than once in the plan: Phú Mỹ commune, «DS» row 5; Phú Lợi commune, «DS» row 9.",
    },
  },
  "possible-duplicate": {
    severity: "warning",
    vi: "Tên {person} xuất hiện nhiều lần trong phương án ({places}); không có năm sinh để phân biệt.",
    en: "The name {person} appears more than once in the plan ({places}); no birth year to tell them apart.",
    example: {
      params: {
        person: "Nguyễn Văn An",
        places: "Xã Phú Mỹ, «DS» dòng 5; Xã Phú Lợi, «DS» dòng 9",
      },
      vi: "Tên Nguyễn Văn An xuất hiện nhiều lần trong phương án (Xã Phú Mỹ, «DS» dòng 5; Xã Phú Lợi, «DS» dòng 9); không có năm sinh để phân biệt.",
      enParams: { places: "Phú Mỹ commune, «DS» row 5; Phú Lợi commune, «DS» row 9" },
      en: "The name Nguyễn Văn An appears more than once in the plan (Phú Mỹ commune, «DS» row 5; Phú Lợi commune, «DS» row 9); no birth year to tell them apart.",
    },
  },
  "commune-over-quota": {
    severity: "error",
    vi: "Xã {commune}: bố trí {count} người cấp xã, vượt {difference} so với tối đa {limit} người (xã loại {communeClass}).",
    en: "Commune {commune}: {count} commune-level people arranged, {difference} over the cap of {limit} (class {communeClass}).",
    example: {
      params: { commune: "Phú Mỹ", count: 12, difference: 1, limit: 11, communeClass: 1 },
      vi: "Xã Phú Mỹ: bố trí 12 người cấp xã, vượt 1 so với tối đa 11 người (xã loại 1).",
      en: "Commune Phú Mỹ: 12 commune-level people arranged, 1 over the cap of 11 (class 1).",
    },
  },
  "hamlet-over-quota": {
    severity: "error",
    vi: "{hamlet} (xã {commune}): bố trí {count} người, vượt {difference} so với tối đa {limit} người.",
    en: "{hamlet} ({commune}): {count} people arranged, {difference} over the cap of {limit}.",
    example: {
      params: { hamlet: "Ấp Tràm Trổi", commune: "Phú Mỹ", count: 7, difference: 1, limit: 6 },
      vi: "Ấp Tràm Trổi (xã Phú Mỹ): bố trí 7 người, vượt 1 so với tối đa 6 người.",
      en: "Ấp Tràm Trổi (Phú Mỹ): 7 people arranged, 1 over the cap of 6.",
    },
  },
  "title-over-limit": {
    severity: "error",
    vi: "{unit}: chức danh «{title}» có {count} người đảm nhiệm, tối đa {limit}.",
    en: "{unit}: title «{title}» has {count} holders, at most {limit} allowed.",
    example: {
      params: { unit: "Xã Phú Mỹ", title: "Thủ quỹ", count: 2, limit: 1 },
      vi: "Xã Phú Mỹ: chức danh «Thủ quỹ» có 2 người đảm nhiệm, tối đa 1.",
      enParams: { unit: "Phú Mỹ commune" },
      en: "Phú Mỹ commune: title «Thủ quỹ» has 2 holders, at most 1 allowed.",
    },
  },
  "too-many-titles": {
    severity: "error",
    vi: "{person}: đảm nhiệm {count} chức danh, tối đa {limit} (1 chức danh và {extra} kiêm nhiệm).",
    en: "{person}: holds {count} titles, at most {limit} (1 title and {extra} concurrent).",
    example: {
      params: { person: "Nguyễn Văn An", count: 3, limit: 2, extra: 1 },
      vi: "Nguyễn Văn An: đảm nhiệm 3 chức danh, tối đa 2 (1 chức danh và 1 kiêm nhiệm).",
      en: "Nguyễn Văn An: holds 3 titles, at most 2 (1 title and 1 concurrent).",
    },
  },
  "concurrent-level-mismatch": {
    severity: "error",
    vi: "{person}: kiêm nhiệm «{value}» là chức danh {otherLevel}, khác cấp với người này.",
    en: "{person}: concurrent title «{value}» belongs to the {otherLevel} level, not this person's.",
    example: {
      params: { person: "Nguyễn Văn An", value: "Trưởng ấp", otherLevel: "cấp ấp, khu phố" },
      vi: "Nguyễn Văn An: kiêm nhiệm «Trưởng ấp» là chức danh cấp ấp, khu phố, khác cấp với người này.",
      enParams: { otherLevel: "hamlet" },
      en: "Nguyễn Văn An: concurrent title «Trưởng ấp» belongs to the hamlet level, not this person's.",
    },
  },
  "fund-exceeded": {
    severity: "error",
    vi: "{unit}: tổng phụ cấp {count} đồng vượt quỹ phụ cấp {limit} đồng ({coefficient} × {baseSalary}).",
    en: "{unit}: allowances total {count} đồng, above the fund of {limit} đồng ({coefficient} × {baseSalary}).",
    example: {
      params: {
        unit: "Xã Phú Mỹ",
        count: "23.989.000",
        limit: "23.840.000",
        coefficient: "16",
        baseSalary: "1.490.000",
      },
      vi: "Xã Phú Mỹ: tổng phụ cấp 23.989.000 đồng vượt quỹ phụ cấp 23.840.000 đồng (16 × 1.490.000).",
      enParams: { unit: "Phú Mỹ commune" },
      en: "Phú Mỹ commune: allowances total 23.989.000 đồng, above the fund of 23.840.000 đồng (16 × 1.490.000).",
    },
  },
  "reappointed-after-severance": {
    severity: "error",
    vi: "{person}: đã hưởng chế độ thôi việc nhưng vẫn được bố trí lại chức danh «{title}» tại {unit} (Công văn 460/UBND-NCPC).",
    en: "{person}: paid severance yet arranged again as «{title}» in {unit} (Công văn 460/UBND-NCPC).",
    example: {
      params: { person: "Nguyễn Văn An", title: "Thủ quỹ", unit: "Xã Phú Mỹ" },
      vi: "Nguyễn Văn An: đã hưởng chế độ thôi việc nhưng vẫn được bố trí lại chức danh «Thủ quỹ» tại Xã Phú Mỹ (Công văn 460/UBND-NCPC).",
      enParams: { unit: "Phú Mỹ commune" },
      en: "Nguyễn Văn An: paid severance yet arranged again as «Thủ quỹ» in Phú Mỹ commune (Công văn 460/UBND-NCPC).",
    },
  },
  "title-vacant": {
    severity: "info",
    vi: "{unit}: chưa bố trí chức danh «{title}».",
    en: "{unit}: no holder for «{title}».",
    example: {
      params: { unit: "Ấp Tràm Trổi (xã Phú Mỹ)", title: "Trưởng ấp" },
      vi: "Ấp Tràm Trổi (xã Phú Mỹ): chưa bố trí chức danh «Trưởng ấp».",
      enParams: { unit: "Tràm Trổi hamlet (Phú Mỹ commune)" },
      en: "Tràm Trổi hamlet (Phú Mỹ commune): no holder for «Trưởng ấp».",
    },
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
  "sheet-hidden": {
    severity: "warning",
    vi: "Sheet «{sheet}» đang bị {state} nhưng có {count} người trong danh sách; họ vẫn được kiểm tra và tính.",
    en: "Sheet «{sheet}» is {stateEn} but holds {count} people of the roster; they are still checked and paid.",
    fixVi: "Hiện sheet này (chuột phải vào thẻ sheet → Unhide) để xem lại trước khi ký.",
    fixEn: "Unhide the sheet (right-click a sheet tab → Unhide) and review it before signing.",
    example: {
      params: { sheet: "Danh sách cũ", state: "ẩn sâu (chỉ hiện bằng VBA)", count: 3 },
      vi: "Sheet «Danh sách cũ» đang bị ẩn sâu (chỉ hiện bằng VBA) nhưng có 3 người trong danh sách; họ vẫn được kiểm tra và tính.",
      enParams: { stateEn: "very hidden (only VBA shows it)" },
      en: "Sheet «Danh sách cũ» is very hidden (only VBA shows it) but holds 3 people of the roster; they are still checked and paid.",
      fixVi: "Hiện sheet này (chuột phải vào thẻ sheet → Unhide) để xem lại trước khi ký.",
      fixEn: "Unhide the sheet (right-click a sheet tab → Unhide) and review it before signing.",
    },
  },
  "sheet-extent-sparse": {
    severity: "warning",
    vi: "Sheet «{sheet}» có vùng đã dùng {extent} ({rows} dòng) nhưng chỉ {filled} dòng có giá trị: có ô lẻ ở rất xa bên dưới danh sách. Sheet vẫn được đọc đủ, nhưng mỗi lần kiểm tra chậm hơn.",
    en: "Sheet «{sheet}» has the used range {extent} ({rowsEn} rows) but only {filledEn} rows hold values: a stray cell lies far below the roster. The sheet is still read in full, but every check is slower.",
    fixVi: "Xóa ô lẻ ở {cell} (hoặc xóa hẳn các dòng thừa bên dưới danh sách) rồi lưu sổ tính.",
    fixEn:
      "Delete the stray cell at {cell} (or delete the spare rows below the roster), then save the workbook.",
    example: {
      params: {
        sheet: "Danh sách",
        extent: "A1:J1048576",
        rows: "1.048.576",
        filled: "31",
        cell: "J1048576",
      },
      vi: "Sheet «Danh sách» có vùng đã dùng A1:J1048576 (1.048.576 dòng) nhưng chỉ 31 dòng có giá trị: có ô lẻ ở rất xa bên dưới danh sách. Sheet vẫn được đọc đủ, nhưng mỗi lần kiểm tra chậm hơn.",
      enParams: { rowsEn: "1,048,576", filledEn: "31" },
      en: "Sheet «Danh sách» has the used range A1:J1048576 (1,048,576 rows) but only 31 rows hold values: a stray cell lies far below the roster. The sheet is still read in full, but every check is slower.",
      fixVi: "Xóa ô lẻ ở J1048576 (hoặc xóa hẳn các dòng thừa bên dưới danh sách) rồi lưu sổ tính.",
      fixEn:
        "Delete the stray cell at J1048576 (or delete the spare rows below the roster), then save the workbook.",
    },
  },
  "policy-invalid": {
    severity: "error",
    vi: "Quy định không hợp lệ tại «{key}»: {detail}",
    en: "The policy is invalid at «{key}»: {detailEn}",
    example: {
      params: {
        key: "baseSalary[0].amount",
        detail: "«một triệu» không phải số nguyên dương.",
        detailEn: "«một triệu» is not a positive whole number.",
      },
      vi: "Quy định không hợp lệ tại «baseSalary[0].amount»: «một triệu» không phải số nguyên dương.",
      en: "The policy is invalid at «baseSalary[0].amount»: «một triệu» is not a positive whole number.",
    },
  },
  "birth-date-needed": {
    severity: "error",
    blockReason: "cần ngày, tháng sinh",
    vi: "{person}: số tiền trợ cấp phụ thuộc vào {what} mà danh sách chưa ghi ({detail}); chưa tính được.",
    en: "{person}: the payment depends on {whatEn}, which the roster does not give ({detailEn}); not computed.",
    fixVi: "Ghi đủ ngày, tháng, năm sinh và giới tính của người này.",
    fixEn: "Give this person's full date of birth and gender.",
    example: {
      params: {
        person: "Lê Thị Hoa",
        what: "ngày sinh",
        whatEn: "the date of birth",
        detail: "để xác định tuổi nghỉ hưu",
        detailEn: "to find the retirement age",
      },
      vi: "Lê Thị Hoa: số tiền trợ cấp phụ thuộc vào ngày sinh mà danh sách chưa ghi (để xác định tuổi nghỉ hưu); chưa tính được.",
      en: "Lê Thị Hoa: the payment depends on the date of birth, which the roster does not give (to find the retirement age); not computed.",
      fixVi: "Ghi đủ ngày, tháng, năm sinh và giới tính của người này.",
      fixEn: "Give this person's full date of birth and gender.",
    },
  },
  "periods-overlap": {
    severity: "error",
    blockReason: "thời gian công tác chồng nhau",
    vi: "{person}: hai thời gian công tác chồng lên nhau: {first} và {second}.",
    en: "{person}: two service periods overlap: {first} and {second}.",
    fixVi: "Sửa lại các thời gian công tác để không trùng tháng nào.",
    fixEn: "Correct the periods so that no month is counted twice.",
    example: {
      params: { person: "Trần Văn Bình", first: "01/2010 – 12/2015", second: "06/2015 – 05/2026" },
      vi: "Trần Văn Bình: hai thời gian công tác chồng lên nhau: 01/2010 – 12/2015 và 06/2015 – 05/2026.",
      en: "Trần Văn Bình: two service periods overlap: 01/2010 – 12/2015 and 06/2015 – 05/2026.",
      fixVi: "Sửa lại các thời gian công tác để không trùng tháng nào.",
      fixEn: "Correct the periods so that no month is counted twice.",
    },
  },
  "refund-required": {
    severity: "error",
    vi: "{person}: đã hưởng chế độ theo Nghị định 154/2025/NĐ-CP ({paid}) nhưng trong vòng 60 tháng lại được {how} tại {unit}; phải hoàn trả khoản đã nhận.",
    en: "{person}: paid under Nghị định 154/2025/NĐ-CP ({paid}) yet {howEn} in {unit} within 60 months; the payment must be refunded.",
  },
  "file-unreadable": {
    severity: "error",
    vi: "Không đọc được tệp «{file}»: {reason}",
    en: "The file «{file}» cannot be read: {reasonEn}",
    fixVi: "Mở tệp bằng Excel, lưu lại dạng .xlsx rồi chạy lại; các tệp khác vẫn được kiểm tra.",
    fixEn:
      "Open the file in Excel, save it as .xlsx and run again; the other files are still checked.",
    example: {
      params: {
        file: "xa-phu-my.xlsx",
        reason: "tệp không phải là sổ tính Excel (.xlsx).",
        reasonEn: "the file is not an Excel workbook (.xlsx).",
      },
      vi: "Không đọc được tệp «xa-phu-my.xlsx»: tệp không phải là sổ tính Excel (.xlsx).",
      en: "The file «xa-phu-my.xlsx» cannot be read: the file is not an Excel workbook (.xlsx).",
      fixVi: "Mở tệp bằng Excel, lưu lại dạng .xlsx rồi chạy lại; các tệp khác vẫn được kiểm tra.",
      fixEn:
        "Open the file in Excel, save it as .xlsx and run again; the other files are still checked.",
    },
  },
  "commune-file-missing": {
    severity: "error",
    vi: "Chưa có danh sách của xã {commune}: không tệp nào trong {files} tệp đã nhận có xã này.",
    en: "No list from commune {commune}: none of the {files} files received has it.",
    example: {
      params: { commune: "Phú Mỹ", files: 19 },
      vi: "Chưa có danh sách của xã Phú Mỹ: không tệp nào trong 19 tệp đã nhận có xã này.",
      en: "No list from commune Phú Mỹ: none of the 19 files received has it.",
    },
  },
  "commune-file-duplicate": {
    severity: "error",
    vi: "Xã {commune} có trong nhiều tệp: {files}; chỉ được tính một lần.",
    en: "Commune {commune} is in more than one file: {files}; it may be counted once only.",
    fixVi: "Giữ lại tệp mới nhất của xã và bỏ các tệp kia khỏi thư mục.",
    fixEn: "Keep the commune's latest file and remove the others from the folder.",
    example: {
      params: { commune: "Phú Mỹ", files: "«phu-my.xlsx», «phu-my (1).xlsx»" },
      vi: "Xã Phú Mỹ có trong nhiều tệp: «phu-my.xlsx», «phu-my (1).xlsx»; chỉ được tính một lần.",
      en: "Commune Phú Mỹ is in more than one file: «phu-my.xlsx», «phu-my (1).xlsx»; it may be counted once only.",
      fixVi: "Giữ lại tệp mới nhất của xã và bỏ các tệp kia khỏi thư mục.",
      fixEn: "Keep the commune's latest file and remove the others from the folder.",
    },
  },
  "file-stale": {
    severity: "warning",
    vi: "Tệp «{file}» có {what} {date}, khác với {reference} của các tệp khác: có thể là bản cũ.",
    en: "The file «{file}» has {whatEn} {date}, unlike the other files' {reference}: it may be an old version.",
    fixVi: "Xin xã gửi lại bản mới nhất.",
    fixEn: "Ask the commune for its latest version.",
    example: {
      params: {
        file: "vinh-dieu.xlsx",
        what: "ngày chi trả",
        whatEn: "the payment date",
        date: "31/12/2018",
        reference: "15/01/2019",
      },
      vi: "Tệp «vinh-dieu.xlsx» có ngày chi trả 31/12/2018, khác với 15/01/2019 của các tệp khác: có thể là bản cũ.",
      en: "The file «vinh-dieu.xlsx» has the payment date 31/12/2018, unlike the other files' 15/01/2019: it may be an old version.",
      fixVi: "Xin xã gửi lại bản mới nhất.",
      fixEn: "Ask the commune for its latest version.",
    },
  },
} as const satisfies Record<FindingCode, FindingKind>;

type Kinds = typeof FINDING_CATALOG;

/** The {placeholders} of a template, as a union of names. */
type Placeholders<T> = T extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

type TemplatesOf<K> =
  | (K extends { vi: infer T } ? T : never)
  | (K extends { en: infer T } ? T : never)
  | (K extends { fixVi: infer T } ? T : never)
  | (K extends { fixEn: infer T } ? T : never);

/** The parameter names a code's templates use. */
export type FindingParamName<C extends FindingCode> = Placeholders<TemplatesOf<Kinds[C]>>;

/** The parameters of a code: only the names its templates use, each a text or a number. */
export type FindingParams<C extends FindingCode> = {
  [P in FindingParamName<C>]?: string | number;
};

// Every example gives only parameters its templates use: a misspelt one fails to compile.
type ExampleParams<C extends FindingCode> = Kinds[C] extends { example: { params: infer P } }
  ? keyof P
  : never;
type StrayExampleParams = {
  [C in FindingCode]: Exclude<ExampleParams<C>, FindingParamName<C>> extends never ? never : C;
}[FindingCode];
const EXAMPLES_USE_KNOWN_PARAMS: [StrayExampleParams] extends [never] ? true : StrayExampleParams =
  true;
void EXAMPLES_USE_KNOWN_PARAMS;

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

type Params = Readonly<Record<string, string | number>>;

/** A parameter's value in a language: an English template takes the …En twin when there is one. */
function valueOf(params: Params, name: string, lang: Lang): string | number | undefined {
  const v = params[name];
  if (v !== undefined || lang !== "en" || !name.endsWith("En")) return v;
  return params[name.slice(0, -2)];
}

function fill(template: string, params: Params, lang: Lang): string {
  const parts = compile(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = valueOf(params, parts[i], lang);
    out += (v === undefined || v === "" ? "?" : String(v)) + parts[i + 1];
  }
  return out;
}

function fillIfComplete(template: string | undefined, params: Params, lang: Lang): string | null {
  if (!template) return null;
  const parts = compile(template);
  for (let i = 1; i < parts.length; i += 2) {
    const v = valueOf(params, parts[i], lang);
    if (v === undefined || v === "") return null;
  }
  return fill(template, params, lang);
}

/**
 * The one renderer: a code's message and suggestion from its parameters in a language. A finding
 * about a row whose person has no name says which row, in the language of the run.
 */
export function renderTexts(
  code: FindingCode,
  params: Params,
  lang: Lang,
  row: number | null = null
): { message: string; suggestion: string | null } {
  const kind: FindingKind = FINDING_CATALOG[code];
  const shown =
    params.person === undefined && row !== null
      ? { ...params, person: lang === "en" ? `Row ${row}` : `Dòng ${row}` }
      : params;
  return {
    message: fill(lang === "en" ? kind.en : kind.vi, shown, lang),
    suggestion: fillIfComplete(lang === "en" ? kind.fixEn : kind.fixVi, shown, lang),
  };
}

/** The language each finding was last rendered in, so that a finding is rendered once per language. */
const renderedIn = new WeakMap<Finding, Lang>();

export interface FindingInit<C extends FindingCode = FindingCode> {
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
  params?: FindingParams<C>;
  /** The roster field of the offending cell (parser findings). */
  field?: FieldKey;
}

/** Build a finding of a catalogued kind, with its text rendered in `lang`. */
export function createFinding<C extends FindingCode>(
  code: C,
  init: FindingInit<C> = {},
  lang: Lang = "vi"
): Finding {
  const at = init.at ?? null;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(init.params ?? {}))
    if (v !== undefined) params[k] = v as string | number;
  if (at && params.row === undefined) params.row = at.row;
  if (at && params.sheet === undefined) params.sheet = at.sheet;
  if (init.person && params.person === undefined) params.person = init.person;
  if (init.commune && params.commune === undefined) params.commune = init.commune;
  if (init.hamlet && params.hamlet === undefined) params.hamlet = init.hamlet;
  if (init.title && params.title === undefined) params.title = init.title;
  if (init.limit != null && params.limit === undefined) params.limit = init.limit;
  if (init.count != null && params.count === undefined) params.count = init.count;
  const row = at?.row ?? null;
  const finding: Finding = {
    code,
    severity: FINDING_CATALOG[code].severity,
    sheet: at?.sheet ?? null,
    cell: at ? a1(at.row, at.col) : null,
    row,
    commune: init.commune ?? null,
    hamlet: init.hamlet ?? null,
    title: init.title ?? null,
    person: init.person ?? null,
    limit: init.limit ?? null,
    count: init.count ?? null,
    cells: (init.cells ?? []).map((c) => a1(c.row, c.col)),
    params,
    ...renderTexts(code, params, lang, row),
  };
  if (init.field !== undefined) finding.field = init.field;
  renderedIn.set(finding, lang);
  return finding;
}

/** The finding with its message and suggestion in `lang` (the finding itself when already so). */
export function localizeFinding(finding: Finding, lang: Lang): Finding {
  if (renderedIn.get(finding) === lang) return finding;
  const localized = {
    ...finding,
    ...renderTexts(finding.code, finding.params, lang, finding.row),
  };
  renderedIn.set(localized, lang);
  return localized;
}

/** Errors first: used to order findings at the same place. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
