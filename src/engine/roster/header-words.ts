import type { FieldKey } from "../types";
import { foldLoose } from "../text/fold";
import { FIELD_KEYS, ROSTER_FIELDS } from "./fields";

/**
 * What a header text says, by the roles of its words (DOMAIN §4.1: the aliases are examples, not
 * the list). A header is read head first, as Vietnamese is written: "Mức phụ cấp hằng tháng
 * (đồng)" is an allowance whatever follows, "Ngày bắt đầu công tác" a date whose cue "bắt đầu"
 * makes it the start, "Hệ số kiêm nhiệm" a coefficient turned into its concurrent twin by
 * "kiêm nhiệm". Units and numbering in brackets ("(đồng)", "(lần)", "(5)") are dropped first.
 * Words known to head other columns (Số CCCD, Số điện thoại, Trình độ chuyên môn, Ký nhận …)
 * make a header name nothing. The result is a score per field; header.ts adds the cells' evidence
 * and chooses one field per column.
 */

export interface FieldScore {
  field: FieldKey;
  score: number;
}

/** A column is mapped to a field only at this score or above. */
export const ACCEPT_SCORE = 4;

const EXACT_SCORE = 10;
const HEAD_SCORE = 7;
/** A weak head on its own ("Tên", "Đơn vị"). */
const WEAK_HEAD_SCORE = 6;
/** A head too vague to decide alone ("Số tiền"). */
const VAGUE_HEAD_SCORE = 3;
/** A date cue without a date word ("Từ", "Đến", "Bắt đầu công tác"). */
const CUE_ONLY_SCORE = 6;
/** A date word with only a weak cue ("Thời gian công tác"): the cells must confirm it. */
const WEAK_CUE_SCORE = 3.5;
/** Longest header read: a longer text is a title line or a note. */
const MAX_HEADER_WORDS = 12;
/** Each word the roles do not explain costs this much. */
const UNEXPLAINED_COST = 0.5;

/** Words that make a header a date: which date is said by the cues of the date fields. */
const DATE_WORDS = [
  "ngay thang nam",
  "thang nam",
  "ngay thang",
  "thoi gian",
  "thoi diem",
  "ngay",
  "nam",
  "thang",
  "tg",
  "moc",
];
const CONCURRENT_WORDS = ["kiem nhiem", "kiem"];
/** Words that say nothing about the field ("hiện hưởng", "hằng tháng", "của", units). */
const FILLER_WORDS = [
  "cua",
  "hien",
  "dang",
  "nay",
  "hien nay",
  "hien tai",
  "hien huong",
  "dang huong",
  "duoc huong",
  "huong",
  "hang thang",
  "moi thang",
  "chinh",
  "nguoi",
  "hoat dong",
  "khong chuyen trach",
  "nkct",
  "nguoi hdkct",
  "o",
  "tai",
  "va",
  "cac",
  "theo",
  "quy dinh",
  "dong",
  "vnd",
  "d",
  "so",
  "sau",
  "truoc",
  "sap xep",
  "bo tri",
  "moi",
  "cu",
  "ghi ro",
  "chuc danh chinh",
  "nhiem vu",
  "cu the",
  "cap xa",
  "cap",
];
/** Words that head columns a roster does not use: such a header names no field. */
const NEGATIVE_WORDS = [
  "tro cap",
  "ky nhan",
  "ky ten",
  "ky",
  "cccd",
  "cmnd",
  "cmtnd",
  "can cuoc",
  "dinh danh",
  "dien thoai",
  "sdt",
  "trinh do",
  "chuyen mon",
  "hoc van",
  "dan toc",
  "ton giao",
  "dang vien",
  "vao dang",
  "que quan",
  "dia chi",
  "noi o",
  "thuong tru",
  "bao hiem",
  "bhxh",
  "so nam",
  "so thang",
  "ly do",
  "nguyen vong",
  "thanh tien",
  "tong cong",
  "tong so",
  "tai khoan",
  "ngan hang",
  "ma so",
  "email",
  "chinh tri",
  "ly luan",
  "nghe nghiep",
  "suc khoe",
  "danh sach",
  "ngay cap",
  "noi cap",
  "stk",
];

type Role =
  | { kind: "head"; field: FieldKey; weak: boolean; vague: boolean }
  | { kind: "cue"; field: FieldKey; weak: boolean }
  | { kind: "date" }
  | { kind: "concurrent" }
  | { kind: "filler" }
  | { kind: "negative" };

interface Phrase {
  words: string[];
  role: Role;
}

/** Phrases by their first word, longest first: the reader takes the longest phrase at each word. */
const PHRASES = new Map<string, Phrase[]>();

function addPhrase(text: string, role: Role): void {
  const words = text.split(" ");
  const list = PHRASES.get(words[0]) ?? [];
  list.push({ words, role });
  list.sort((a, b) => b.words.length - a.words.length);
  PHRASES.set(words[0], list);
}

for (const w of NEGATIVE_WORDS) addPhrase(w, { kind: "negative" });
for (const field of FIELD_KEYS) {
  const spec = ROSTER_FIELDS[field];
  for (const h of spec.heads ?? []) {
    const weak = h.startsWith("~");
    const vague = h.startsWith("?");
    addPhrase(h.replace(/^[~?]/, ""), { kind: "head", field, weak, vague });
  }
  for (const c of spec.dateCues ?? []) {
    addPhrase(c.replace(/^~/, ""), { kind: "cue", field, weak: c.startsWith("~") });
  }
}
for (const w of DATE_WORDS) addPhrase(w, { kind: "date" });
for (const w of CONCURRENT_WORDS) addPhrase(w, { kind: "concurrent" });
for (const w of FILLER_WORDS) addPhrase(w, { kind: "filler" });

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

/** Exact aliases: key → field (the first field listing it wins). */
const EXACT = new Map<string, FieldKey>();
for (const field of FIELD_KEYS) {
  for (const alias of ROSTER_FIELDS[field].aliases) {
    const key = headerKey(alias);
    if (!EXACT.has(key)) EXACT.set(key, field);
  }
}

interface Hit {
  role: Role;
  /** Index of the phrase's first word. */
  at: number;
  end: number;
}

function readWords(words: string[]): { hits: Hit[]; unexplained: number; leading: number } {
  const hits: Hit[] = [];
  let unexplained = 0;
  let leading = 0;
  for (let i = 0; i < words.length;) {
    const w = words[i];
    const phrase = (PHRASES.get(w) ?? []).find((p) =>
      p.words.every((pw, k) => words[i + k] === pw)
    );
    if (phrase) {
      hits.push({ role: phrase.role, at: i, end: i + phrase.words.length });
      i += phrase.words.length;
      continue;
    }
    // Numbers (column numbers, "Đợt 1") say nothing either way.
    if (!/^\d+$/.test(w)) {
      unexplained++;
      if (!hits.some((h) => h.role.kind !== "filler")) leading++;
    }
    i++;
  }
  return { hits, unexplained, leading };
}

const scoreCache = new Map<string, FieldScore[]>();

/**
 * The fields a header text may name, best first, each with a score (ACCEPT_SCORE or more to be
 * taken without further evidence). Empty when the text names nothing. Pure; memoised.
 */
export function scoreHeader(text: string): FieldScore[] {
  if (text.length > 200) return [];
  const hit = scoreCache.get(text);
  if (hit) return hit;
  const scores = scoreKey(headerKey(text));
  if (scoreCache.size >= 20_000) scoreCache.clear();
  scoreCache.set(text, scores);
  return scores;
}

function scoreKey(key: string): FieldScore[] {
  if (key === "") return [];
  const exact = EXACT.get(key);
  if (exact) return [{ field: exact, score: EXACT_SCORE }];
  const words = key.split(" ");
  if (words.length > MAX_HEADER_WORDS) return [];
  const { hits, unexplained, leading } = readWords(words);
  // A text that opens with unknown words ("Trưởng ấp", "Danh sách … xã Phú Mỹ") is not a header.
  if (leading > 0) return [];
  if (hits.some((h) => h.role.kind === "negative")) return [];
  const cost = unexplained * UNEXPLAINED_COST;
  const meaningful = hits.filter((h) => h.role.kind !== "filler");
  if (meaningful.length === 0) return [];
  const concurrent = meaningful.some((h) => h.role.kind === "concurrent");
  const first = meaningful[0];

  const out = (field: FieldKey, score: number): FieldScore[] =>
    score - cost > 0 ? [{ field, score: score - cost }] : [];

  // A date: its cues say which one ("Ngày sinh", "Thời gian bắt đầu", "Đến ngày").
  if (first.role.kind === "date" || first.role.kind === "cue") {
    const hasDateWord = meaningful.some((h) => h.role.kind === "date");
    const cues = meaningful.filter(
      (h): h is Hit & { role: { kind: "cue"; field: FieldKey; weak: boolean } } =>
        h.role.kind === "cue"
    );
    const birth = cues.find((c) => c.role.field === "birth");
    if (birth) {
      // "Năm sinh Nam" / "Ngày sinh Nữ": the birth date of one gender's column.
      const after = words.slice(birth.end);
      for (const field of FIELD_KEYS) {
        const g = ROSTER_FIELDS[field].genderOf;
        if (g && after.includes(g.word)) return out(field, HEAD_SCORE);
      }
      return out("birth", HEAD_SCORE);
    }
    const strong = cues.find((c) => !c.role.weak);
    if (strong) return out(strong.role.field, hasDateWord ? HEAD_SCORE : CUE_ONLY_SCORE);
    const weak = hasDateWord ? cues.find((c) => c.role.weak) : undefined;
    if (weak) return out(weak.role.field, WEAK_CUE_SCORE);
    if (!hasDateWord) return [];
    // A date word alone ("Ngày tháng năm"): some date, the cells and the other columns decide.
    return [...out("start", 2), ...out("end", 1.5), ...out("birth", 1.5)];
  }

  const heads = meaningful.filter(
    (h): h is Hit & { role: { kind: "head"; field: FieldKey; weak: boolean; vague: boolean } } =>
      h.role.kind === "head"
  );
  if (heads.length > 0) {
    // "Tên xã", "Đơn vị ấp", "Số tiền phụ cấp": a weak or vague head yields to a firm head after it.
    const head =
      heads[0].role.weak || heads[0].role.vague
        ? (heads.find((h) => !h.role.weak && !h.role.vague) ?? heads[0])
        : heads[0];
    let field = head.role.field;
    const twin = ROSTER_FIELDS[field].twin;
    if (concurrent && twin) field = twin;
    const score = head.role.vague
      ? VAGUE_HEAD_SCORE
      : head.role.weak && head === heads[0]
        ? WEAK_HEAD_SCORE
        : HEAD_SCORE;
    return out(field, score);
  }
  if (concurrent) return out("concurrent", HEAD_SCORE);
  return [];
}

/** The field a header text names on its own words, or null (the best field at ACCEPT_SCORE or more). */
export function matchHeader(text: string): FieldKey | null {
  const best = scoreHeader(text)[0];
  return best && best.score >= ACCEPT_SCORE ? best.field : null;
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
  "ngay",
  "thang",
];

/** Whether a header text can head a group of sub-columns ("Thời gian công tác", "Năm sinh", "Hệ số"). */
export function isGroupHead(text: string): boolean {
  if (text.length > 80) return false;
  const key = headerKey(text);
  if (key === "" || key.split(" ").length > 6) return false;
  return GROUP_WORDS.some((w) => has(key, w));
}

/**
 * The field of a sub-column read with its group head: "Thời gian công tác" / "Từ" → start,
 * "Năm sinh" / "Nữ" → birthFemale, "Hệ số" / "Kiêm nhiệm" → concurrentCoefficient. A data value
 * under the head ("1965", "03/2010") is no sub-header: null.
 */
export function scoreGroupedHeader(group: string, sub: string): FieldScore[] {
  if (group.length > 80 || sub.length > 80) return [];
  const s = headerKey(sub);
  if (s === "" || /\d/.test(s)) return [];
  return scoreHeader(`${group} ${sub}`);
}
