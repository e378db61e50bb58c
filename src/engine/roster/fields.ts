import type { FieldKey } from "../types";

/**
 * The roster fields (DOMAIN §4.1), one entry each: how a clerk names the field, how its header is
 * recognised and what its cells hold. Adding a field is adding an entry here (and its key to
 * FieldKey); header recognition (header-words.ts), the pane's mapping view, the CLI's --column and
 * the messages all read this table.
 *
 * Header phrases are foldLoose keys (no diacritics, lower case, punctuation as spaces):
 * - `aliases`: whole headers as clerks write them (examples, not a closed list); an exact match
 *   is the strongest evidence.
 * - `heads`: the words a header opens with when it names this field. Vietnamese puts the head
 *   first ("Hệ số phụ cấp" is a coefficient, "Phụ cấp kiêm nhiệm" an allowance), so the first
 *   head found decides. "~" marks a weak head that yields to a head of another field after it
 *   ("Tên xã" is the commune, "Đơn vị ấp" the hamlet); "?" a head too vague to name the field on
 *   its own ("Số tiền" could be the severance).
 * - `dateCues`: for date fields, the words that say which date a date word (ngày, thời gian,
 *   năm, tháng …) is ("bắt đầu", "từ" → start); "~" marks a cue that counts only next to a
 *   date word ("công tác").
 * - `twin`: the concurrent counterpart "kiêm nhiệm" turns this field into.
 * - `content`: what the cells under the header hold, as evidence (header.ts).
 */
export type ContentKind =
  | "date"
  | "birthYear"
  | "decision"
  | "personName"
  | "title"
  | "commune"
  | "hamlet"
  | "coefficient"
  | "amount"
  | "gender"
  | "sequence"
  | "round";

export interface FieldSpec {
  /** The field as a clerk reads it (messages, the pane, column-missing). */
  vi: string;
  en: string;
  /** Required for a roster to be usable (column-missing when absent). */
  required?: boolean;
  aliases: readonly string[];
  heads?: readonly string[];
  dateCues?: readonly string[];
  twin?: FieldKey;
  /** A birth year column for one gender under "Năm sinh" (Nam / Nữ). */
  genderOf?: { word: string };
  content?: readonly ContentKind[];
  /** Shown in the pane's mapping view without asking for more fields. */
  primary?: boolean;
}

export const ROSTER_FIELDS: Record<FieldKey, FieldSpec> = {
  seq: {
    vi: "STT",
    en: "No.",
    aliases: ["STT", "TT", "Số TT", "Số thứ tự", "Thứ tự", "S.T.T"],
    content: ["sequence"],
  },
  name: {
    vi: "Họ và tên",
    en: "Full name",
    required: true,
    primary: true,
    aliases: [
      "Họ và tên",
      "Họ tên",
      "Họ, tên",
      "Họ và tên người hoạt động không chuyên trách",
      "Họ và tên NKCT",
    ],
    heads: [
      "ho va ten",
      "ho ten",
      "ho chu dem va ten",
      "ho chu dem ten",
      "ho ten dem",
      "ho va ten dem",
      "ho va chu dem ten",
      "~ten",
    ],
    content: ["personName"],
  },
  birth: {
    vi: "Năm sinh",
    en: "Birth date",
    primary: true,
    aliases: [
      "Ngày sinh",
      "Năm sinh",
      "Ngày tháng năm sinh",
      "Ngày, tháng, năm sinh",
      "Sinh năm",
      "Ngày/tháng/năm sinh",
    ],
    dateCues: ["sinh", "ngay sinh", "nam sinh"],
    content: ["birthYear", "date"],
  },
  birthMale: {
    vi: "Năm sinh (Nam)",
    en: "Birth year (men)",
    aliases: ["Nam", "Năm sinh Nam", "Ngày sinh Nam"],
    genderOf: { word: "nam" },
    content: ["birthYear", "date"],
  },
  birthFemale: {
    vi: "Năm sinh (Nữ)",
    en: "Birth year (women)",
    aliases: ["Nữ", "Năm sinh Nữ", "Ngày sinh Nữ"],
    genderOf: { word: "nu" },
    content: ["birthYear", "date"],
  },
  gender: {
    vi: "Giới tính",
    en: "Gender",
    aliases: ["Giới tính", "Nam/Nữ", "Nam, Nữ", "Phái"],
    heads: ["gioi tinh", "phai", "gioi"],
    content: ["gender"],
  },
  commune: {
    vi: "Xã",
    en: "Commune",
    primary: true,
    aliases: [
      "Xã",
      "Đơn vị",
      "Xã/phường/thị trấn",
      "Xã, phường, thị trấn",
      "Tên xã",
      "Tên đơn vị",
      "Phường",
      "Xã/phường",
      "Đơn vị xã",
    ],
    heads: ["xa", "phuong", "thi tran", "~don vi", "dvhc", "don vi hanh chinh"],
    content: ["commune"],
  },
  hamlet: {
    vi: "Ấp, khu phố",
    en: "Hamlet",
    primary: true,
    aliases: [
      "Ấp",
      "Ấp/khu phố",
      "Ấp, khu phố",
      "Khu phố",
      "Thôn",
      "Tổ dân phố",
      "Thôn/tổ dân phố",
      "Thôn, tổ dân phố",
      "Ấp, khu phố (thôn, tổ dân phố)",
      "Tên ấp",
      "Khóm",
      "Ấp/khóm",
      "Đơn vị ấp",
    ],
    heads: [
      "ap",
      "thon",
      "khu pho",
      "to dan pho",
      "khom",
      "soc",
      "buon",
      "xom",
      "khu dan cu",
      "phum",
    ],
    content: ["hamlet"],
  },
  hamletAfter: {
    vi: "Ấp, thôn sau sắp xếp",
    en: "Hamlet after the merger",
    aliases: [
      "Thôn sau sắp xếp",
      "Ấp sau sắp xếp",
      "Thôn mới",
      "Ấp mới",
      "Thôn, tổ dân phố sau sắp xếp",
      "Thôn, tổ dân phố mới",
      "Ấp, khu phố mới",
      "Ấp, khu phố sau sắp xếp",
      "Thôn sau sáp nhập",
      "Ấp sau sáp nhập",
    ],
    // The hamlet's own heads followed by "after" words: the longest phrase is read first, so
    // "Ấp mới" is this field while "Ấp", "Ấp cũ" and "Ấp trước sắp xếp" stay the hamlet.
    heads: [
      "thon sau sap xep",
      "ap sau sap xep",
      "khu pho sau sap xep",
      "to dan pho sau sap xep",
      "thon sau khi sap xep",
      "ap sau khi sap xep",
      "thon sau sap nhap",
      "ap sau sap nhap",
      "thon sau khi sap nhap",
      "ap sau khi sap nhap",
      "thon moi",
      "ap moi",
      "khu pho moi",
      "to dan pho moi",
      "thon du kien",
      "ap du kien",
    ],
    content: ["hamlet"],
  },
  title: {
    vi: "Chức danh",
    en: "Title",
    required: true,
    primary: true,
    aliases: [
      "Chức danh",
      "Chức danh đang đảm nhiệm",
      "Chức danh hiện đang đảm nhiệm",
      "Chức danh bố trí",
      "Chức danh hiện nay",
      "Chức danh hiện tại",
      "Chức vụ",
      "Chức vụ đang đảm nhiệm",
      "Chức danh chính",
    ],
    heads: ["chuc danh", "chuc vu", "vi tri viec lam", "vi tri", "cd"],
    twin: "concurrent",
    content: ["title"],
  },
  concurrent: {
    vi: "Kiêm nhiệm",
    en: "Concurrent title",
    primary: true,
    aliases: ["Kiêm nhiệm", "Chức danh kiêm nhiệm", "Kiêm nhiệm chức danh", "Chức danh kiêm"],
    content: ["title"],
  },
  coefficient: {
    vi: "Hệ số",
    en: "Coefficient",
    primary: true,
    aliases: [
      "Hệ số",
      "Hệ số phụ cấp",
      "Hệ số phụ cấp hiện hưởng",
      "Hệ số phụ cấp chức danh",
      "Hệ số PC",
    ],
    heads: ["he so", "hs", "hspc", "hs pc"],
    twin: "concurrentCoefficient",
    content: ["coefficient"],
  },
  concurrentCoefficient: {
    vi: "Hệ số kiêm nhiệm",
    en: "Concurrent coefficient",
    aliases: ["Hệ số kiêm nhiệm", "Hệ số phụ cấp kiêm nhiệm", "Hệ số PC kiêm nhiệm"],
    content: ["coefficient"],
  },
  allowance: {
    vi: "Mức phụ cấp",
    en: "Allowance",
    primary: true,
    aliases: [
      "Mức phụ cấp",
      "Phụ cấp hiện hưởng",
      "Mức phụ cấp hiện hưởng",
      "Mức phụ cấp hiện hưởng (đồng)",
      "Phụ cấp",
      "Mức phụ cấp hàng tháng",
      "Phụ cấp hàng tháng",
      "Mức phụ cấp đang hưởng",
      "Phụ cấp đang hưởng",
    ],
    heads: ["muc phu cap", "phu cap", "muc huong", "muc", "pc", "?so tien", "?tien"],
    twin: "concurrentAllowance",
    content: ["amount"],
  },
  concurrentAllowance: {
    vi: "Phụ cấp kiêm nhiệm",
    en: "Concurrent allowance",
    aliases: ["Phụ cấp kiêm nhiệm", "Mức phụ cấp kiêm nhiệm", "Phụ cấp kiêm nhiệm (đồng)"],
    content: ["amount"],
  },
  start: {
    vi: "Ngày bắt đầu công tác",
    en: "Start date",
    primary: true,
    aliases: [
      "Ngày bắt đầu công tác",
      "Thời gian bắt đầu",
      "Thời gian bắt đầu công tác",
      "Từ ngày",
      "Từ tháng năm",
      "Từ tháng, năm",
      "Ngày bắt đầu",
      "Thời gian tham gia công tác",
      "Ngày tham gia công tác",
      "Bắt đầu công tác",
      "Thời gian công tác từ",
      "Thời gian công tác: Từ",
    ],
    dateCues: [
      "bat dau",
      "tu",
      "tham gia",
      "vao",
      "tuyen dung",
      "tuyen",
      "nhan nhiem vu",
      "nhan cong tac",
      "nhan viec",
      "bo nhiem",
      "dam nhiem",
      "giu chuc danh",
      "~cong tac",
      "~lam viec",
      "~lam",
    ],
    content: ["date"],
  },
  end: {
    vi: "Ngày thôi việc",
    en: "Leaving date",
    primary: true,
    aliases: [
      "Ngày thôi việc",
      "Ngày nghỉ việc",
      "Đến ngày",
      "Đến tháng năm",
      "Đến tháng, năm",
      "Thời gian thôi việc",
      "Thời gian nghỉ việc",
      "Ngày nghỉ",
      "Thời gian công tác đến",
      "Thời gian công tác: Đến",
    ],
    dateCues: [
      "thoi viec",
      "nghi viec",
      "den",
      "nghi",
      "ket thuc",
      "cham dut",
      "thoi",
      "het",
      "roi",
    ],
    content: ["date"],
  },
  decision: {
    vi: "Phương án",
    en: "Decision",
    required: true,
    primary: true,
    aliases: [
      "Phương án",
      "Kết quả sắp xếp",
      "Hình thức",
      "Dự kiến",
      "Phương án bố trí",
      "Phương án sắp xếp",
      "Phương án giải quyết",
      "Dự kiến bố trí",
      "Dự kiến sắp xếp",
      "Kết quả bố trí",
      "Hình thức giải quyết",
      "Hình thức sắp xếp",
    ],
    heads: [
      "phuong an",
      "ket qua",
      "hinh thuc",
      "du kien",
      "de xuat",
      "de nghi",
      "sap xep",
      "bo tri",
      "giai quyet",
      "huong giai quyet",
      "kien nghi",
      "pa",
    ],
    content: ["decision"],
  },
  round: {
    vi: "Đợt",
    en: "Round",
    primary: true,
    aliases: ["Đợt", "Đợt chi trả", "Đợt giải quyết", "Chi trả đợt"],
    heads: ["dot"],
    content: ["round"],
  },
  periods: {
    vi: "Các thời gian công tác",
    en: "Service periods",
    aliases: [
      "Các thời gian công tác",
      "Quá trình công tác",
      "Các giai đoạn công tác",
      "Thời gian công tác theo giai đoạn",
    ],
    heads: [
      "qua trinh cong tac",
      "cac thoi gian cong tac",
      "cac giai doan cong tac",
      "giai doan cong tac",
    ],
  },
  reducedRetirement: {
    vi: "Nghỉ hưu ở tuổi thấp hơn",
    en: "Reduced retirement age",
    aliases: [
      "Nghỉ hưu ở tuổi thấp hơn",
      "Tuổi nghỉ hưu thấp hơn",
      "Giảm tuổi nghỉ hưu",
      "Số năm giảm tuổi nghỉ hưu",
    ],
    heads: [
      "nghi huu o tuoi thap hon",
      "tuoi nghi huu thap hon",
      "giam tuoi nghi huu",
      "so nam giam tuoi nghi huu",
    ],
  },
  nd154Paid: {
    vi: "Đã hưởng chế độ NĐ 154",
    en: "Paid under ND 154 on",
    aliases: [
      "Đã hưởng chế độ NĐ 154",
      "Đã hưởng NĐ 154",
      "Ngày hưởng chế độ NĐ 154",
      "Đã hưởng chế độ theo Nghị định 154",
      "Đã nhận trợ cấp NĐ 154",
    ],
    heads: ["da huong che do", "da huong nd", "ngay huong che do", "da nhan tro cap"],
    content: ["date"],
  },
  note: {
    vi: "Ghi chú",
    en: "Note",
    aliases: ["Ghi chú"],
    heads: ["ghi chu", "chu thich"],
  },
};

export const FIELD_KEYS = Object.keys(ROSTER_FIELDS) as FieldKey[];

/** Fields a roster cannot do without (column-missing). */
export const REQUIRED_FIELDS: FieldKey[] = FIELD_KEYS.filter((f) => ROSTER_FIELDS[f].required);

/** The field's label in a language. */
export function fieldLabel(field: FieldKey, lang: "vi" | "en" = "vi"): string {
  return ROSTER_FIELDS[field][lang];
}
