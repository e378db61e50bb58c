import type { FieldKey } from "../types";
import { foldLoose } from "../text/fold";

/**
 * Header aliases per roster field (DOMAIN §4.1). Written as clerks write them; matched on the
 * foldLoose key, so case, spaces, diacritics, "đ" and punctuation do not matter. Examples, not a
 * closed list: a header that starts with an alias (on word boundaries) also matches, the longest
 * alias winning ("Hệ số phụ cấp kiêm nhiệm" is not "Hệ số phụ cấp").
 */
export const HEADER_ALIASES: Record<FieldKey, readonly string[]> = {
  seq: ["STT", "TT", "Số TT", "Số thứ tự", "Thứ tự"],
  name: [
    "Họ và tên",
    "Họ tên",
    "Họ, tên",
    "Họ và tên người hoạt động không chuyên trách",
    "Họ và tên NKCT",
  ],
  birth: [
    "Ngày sinh",
    "Năm sinh",
    "Ngày tháng năm sinh",
    "Ngày, tháng, năm sinh",
    "Sinh năm",
    "Ngày/tháng/năm sinh",
  ],
  birthMale: ["Nam", "Năm sinh Nam", "Ngày sinh Nam"],
  birthFemale: ["Nữ", "Năm sinh Nữ", "Ngày sinh Nữ"],
  gender: ["Giới tính", "Nam/Nữ", "Nam, Nữ", "Phái"],
  commune: [
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
  hamlet: [
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
  title: [
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
  concurrent: ["Kiêm nhiệm", "Chức danh kiêm nhiệm", "Kiêm nhiệm chức danh", "Chức danh kiêm"],
  coefficient: [
    "Hệ số",
    "Hệ số phụ cấp",
    "Hệ số phụ cấp hiện hưởng",
    "Hệ số phụ cấp chức danh",
    "Hệ số PC",
  ],
  concurrentCoefficient: ["Hệ số kiêm nhiệm", "Hệ số phụ cấp kiêm nhiệm", "Hệ số PC kiêm nhiệm"],
  allowance: [
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
  concurrentAllowance: [
    "Phụ cấp kiêm nhiệm",
    "Mức phụ cấp kiêm nhiệm",
    "Phụ cấp kiêm nhiệm (đồng)",
  ],
  start: [
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
  end: [
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
  decision: [
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
  round: ["Đợt", "Đợt chi trả", "Đợt giải quyết", "Chi trả đợt"],
  note: ["Ghi chú"],
  periods: [
    "Các thời gian công tác",
    "Quá trình công tác",
    "Các giai đoạn công tác",
    "Thời gian công tác (các giai đoạn)",
    "Thời gian công tác theo giai đoạn",
  ],
  reducedRetirement: [
    "Nghỉ hưu ở tuổi thấp hơn",
    "Tuổi nghỉ hưu thấp hơn",
    "Giảm tuổi nghỉ hưu",
    "Số năm giảm tuổi nghỉ hưu",
  ],
  nd154Paid: [
    "Đã hưởng chế độ NĐ 154",
    "Đã hưởng NĐ 154",
    "Ngày hưởng chế độ NĐ 154",
    "Đã hưởng chế độ theo Nghị định 154",
    "Đã nhận trợ cấp NĐ 154",
  ],
};

/** Field names as a clerk reads them, for column-missing messages. */
export const FIELD_LABELS_VI: Record<FieldKey, string> = {
  seq: "STT",
  name: "Họ và tên",
  birth: "Năm sinh",
  birthMale: "Năm sinh (Nam)",
  birthFemale: "Năm sinh (Nữ)",
  gender: "Giới tính",
  commune: "Xã",
  hamlet: "Ấp, khu phố",
  title: "Chức danh",
  concurrent: "Kiêm nhiệm",
  coefficient: "Hệ số",
  concurrentCoefficient: "Hệ số kiêm nhiệm",
  allowance: "Mức phụ cấp",
  concurrentAllowance: "Phụ cấp kiêm nhiệm",
  start: "Ngày bắt đầu công tác",
  end: "Ngày thôi việc",
  decision: "Phương án",
  round: "Đợt",
  note: "Ghi chú",
  periods: "Các thời gian công tác",
  reducedRetirement: "Nghỉ hưu ở tuổi thấp hơn",
  nd154Paid: "Đã hưởng chế độ NĐ 154",
};

/**
 * The header key: parenthesised units and numbering ("(đồng)", "(1)", "[3]"), a trailing "*"
 * footnote mark and a leading "1." removed, then foldLoose. If only the parenthesised part
 * carried words, keep it ("(Họ và tên)").
 */
export function headerKey(text: string): string {
  const withoutParens = text.replace(/[([][^()[\]]*[)\]]/g, " ");
  const base = foldLoose(withoutParens).length > 0 ? withoutParens : text;
  return foldLoose(base.replace(/\*+/g, " ")).replace(/^\d{1,2} (?=\p{L})/u, "");
}

interface AliasEntry {
  key: string;
  field: FieldKey;
}

/** Every alias key, longest first, so the first prefix hit is the most specific. */
const ALIAS_ENTRIES: AliasEntry[] = (Object.keys(HEADER_ALIASES) as FieldKey[])
  .flatMap((field) => HEADER_ALIASES[field].map((alias) => ({ key: headerKey(alias), field })))
  .sort((a, b) => b.key.length - a.key.length);

const EXACT = new Map<string, FieldKey>();
for (const e of [...ALIAS_ENTRIES].reverse()) EXACT.set(e.key, e.field);

/** Prefix matches need a word after the alias and an alias of some substance ("tt" alone must not claim "tt ..."). */
const MIN_PREFIX_KEY = 4;
/** Headers are short; a long text is a title line or a note, not a column name. */
const MAX_HEADER_WORDS = 12;

/**
 * The field a header text names, or null. Exact alias first, then the longest alias the header
 * starts with (word boundary), with "kiêm nhiệm" anywhere turning a title, coefficient or
 * allowance into its concurrent counterpart.
 */
export function matchHeader(text: string): FieldKey | null {
  if (text.length > 200) return null;
  // Header rows are read several times (one row, row pairs, each grid); remember the answers.
  const hit = MATCH_CACHE.get(text);
  if (hit !== undefined) return hit;
  const field = matchHeaderUncached(text);
  if (MATCH_CACHE.size >= 20_000) MATCH_CACHE.clear();
  MATCH_CACHE.set(text, field);
  return field;
}

const MATCH_CACHE = new Map<string, FieldKey | null>();

function matchHeaderUncached(text: string): FieldKey | null {
  const key = headerKey(text);
  if (key === "") return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  if (key.split(" ").length > MAX_HEADER_WORDS) return null;
  for (const e of ALIAS_ENTRIES) {
    if (e.key.length < MIN_PREFIX_KEY) continue;
    if (key.startsWith(e.key + " ")) return toConcurrent(e.field, key);
  }
  return null;
}

function toConcurrent(field: FieldKey, key: string): FieldKey {
  if (!` ${key} `.includes(" kiem nhiem ")) return field;
  if (field === "title") return "concurrent";
  if (field === "coefficient") return "concurrentCoefficient";
  if (field === "allowance") return "concurrentAllowance";
  return field;
}

const has = (key: string, phrase: string): boolean => ` ${key} `.includes(` ${phrase} `);

/** Words that make a short upper header cell a group over sub-columns. */
const GROUP_WORDS = [
  "sinh",
  "thoi gian",
  "cong tac",
  "he so",
  "phu cap",
  "muc",
  "kiem nhiem",
  "chuc danh",
  "chuc vu",
  "so tien",
];

/** Whether a header text can head a group of sub-columns ("Thời gian công tác", "Năm sinh", "Hệ số"). */
export function isGroupHead(text: string): boolean {
  if (text.length > 80) return false;
  const key = headerKey(text);
  if (key === "" || key.split(" ").length > 6) return false;
  return GROUP_WORDS.some((w) => has(key, w));
}

/**
 * The field of a sub-column under a group head: "Thời gian công tác" / "Từ" → start, "Năm sinh" /
 * "Nữ" → birthFemale, "Hệ số" / "Kiêm nhiệm" → concurrentCoefficient, "Kiêm nhiệm" / "Phụ cấp" →
 * concurrentAllowance. Null when the pair says nothing the sub-header alone would not.
 */
export function matchGroupedHeader(group: string, sub: string): FieldKey | null {
  if (group.length > 80 || sub.length > 80) return null;
  const g = headerKey(group);
  const s = headerKey(sub);
  if (g === "" || s === "" || /\d/.test(s)) return null;
  const both = `${g} ${s}`;
  const concurrent = has(both, "kiem nhiem");
  if (has(g, "sinh")) {
    if (s === "nam") return "birthMale";
    if (s === "nu") return "birthFemale";
    return null;
  }
  if (has(g, "thoi gian") || has(g, "cong tac")) {
    if (s === "tu" || s.startsWith("tu ") || has(s, "bat dau")) return "start";
    if (s === "den" || s.startsWith("den ") || has(s, "thoi viec") || has(s, "nghi viec"))
      return "end";
  }
  if (has(both, "he so")) return concurrent ? "concurrentCoefficient" : "coefficient";
  if (has(both, "phu cap") || has(both, "muc") || has(both, "so tien") || has(both, "thanh tien")) {
    return concurrent ? "concurrentAllowance" : "allowance";
  }
  if (has(both, "chuc danh") || has(both, "chuc vu")) return concurrent ? "concurrent" : "title";
  return null;
}
