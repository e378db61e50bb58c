import { cleanText, foldKey, foldLoose } from "../text/fold";

/**
 * Place names in roster text: communes ("Xã Phú Mỹ", a title line "DANH SÁCH … XÃ PHÚ MỸ"),
 * hamlets ("Ấp Tràm Trổi", "Khu phố 2") and the level headings of section rows ("I. CẤP XÃ",
 * "II. ẤP, KHU PHỐ").
 */

/** Title Case for a text written in capitals ("PHÚ MỸ" → "Phú Mỹ"); other texts stay as written. */
export function recase(text: string): string {
  const t = cleanText(text);
  const upper = t.toLocaleUpperCase("vi");
  if (t !== upper || t === t.toLocaleLowerCase("vi")) return t;
  return t
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => {
      const chars = Array.from(w);
      return chars.length === 0 ? w : chars[0].toLocaleUpperCase("vi") + chars.slice(1).join("");
    })
    .join(" ");
}

const COMMUNE_PREFIXES = [["xa"], ["phuong"], ["thi", "tran"]];
const ADMIN_PREFIXES = [["ubnd"], ["uy", "ban", "nhan", "dan"]];

interface Token {
  orig: string;
  fold: string;
  word: boolean;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of cleanText(text).matchAll(/[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}\s]+/gu)) {
    const orig = m[0];
    const word = /[\p{L}\p{N}]/u.test(orig);
    out.push({ orig, fold: word ? foldLoose(orig) : "", word });
  }
  return out;
}

function startsWithSeq(tokens: Token[], at: number, seq: string[]): boolean {
  for (let i = 0; i < seq.length; i++) {
    const t = tokens[at + i];
    if (!t || !t.word || t.fold !== seq[i]) return false;
  }
  return true;
}

/** Words that end a commune name in a title line ("XÃ PHÚ MỸ HUYỆN GIANG THÀNH", "… NĂM 2018"). */
const NAME_STOP = new Set([
  "huyện",
  "tỉnh",
  "quận",
  "thị",
  "năm",
  "đợt",
  "giai",
  "theo",
  "tại",
  "về",
  "và",
  "tp",
  "ấp",
  "khu",
  "thôn",
  "huyen",
  "tinh",
  "quan",
]);
/** Words that cannot open a commune name: "cấp xã và ấp", "xã hội", "xã, phường". */
const NAME_BAD_START = new Set(["va", "hoi", "ap", "khu", "phuong", "thi", "xa", "cap", "thon"]);

/**
 * The commune a free text names after "xã", "phường" or "thị trấn" ("DANH SÁCH … XÃ PHÚ MỸ,
 * HUYỆN GIANG THÀNH" → "Phú Mỹ"), re-cased from capitals; null when it names none. "Cấp xã",
 * "xã hội" and "xã và ấp" are not communes.
 */
export function communeAfterPrefix(text: string): string | null {
  if (text.length > 500) return null;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const prefix = COMMUNE_PREFIXES.find((p) => startsWithSeq(tokens, i, p));
    if (!prefix) continue;
    const before = i > 0 ? tokens[i - 1] : undefined;
    if (before && before.word && (before.fold === "cap" || before.fold === "hoa")) continue;
    const words: string[] = [];
    for (let j = i + prefix.length; j < tokens.length && words.length < 5; j++) {
      const t = tokens[j];
      if (!t.word) {
        if (words.length > 0) break;
        continue;
      }
      if (words.length === 0 && NAME_BAD_START.has(t.fold)) break;
      if (words.length > 0 && (NAME_STOP.has(foldKey(t.orig)) || /\d/.test(t.orig))) break;
      words.push(t.orig);
    }
    if (words.length > 0) return recase(words.join(" "));
  }
  return null;
}

/** A commune name without its "Xã"/"Phường"/"Thị trấn"/"UBND xã" prefix, as written. */
export function stripCommunePrefix(text: string): string {
  const tokens = tokenize(text);
  let i = 0;
  for (const p of ADMIN_PREFIXES) if (startsWithSeq(tokens, i, p)) i += p.length;
  const p = COMMUNE_PREFIXES.find((q) => startsWithSeq(tokens, i, q));
  if (p && tokens.slice(i + p.length).some((t) => t.word)) {
    i += p.length;
    const rest = tokens.slice(i).filter((t, k) => t.word || k > 0);
    return cleanText(
      rest
        .map((t) => t.orig)
        .join(" ")
        .replace(/\s+([,.;:)])/g, "$1")
    );
  }
  return cleanText(text);
}

/** Looks up communes of the unit register by folded name, prefix or not ("Xã Phú Mỹ" = "phu my"). */
export class CommuneIndex {
  private readonly byKey = new Map<string, string>();
  private readonly byLoose = new Map<string, string | null>();

  constructor(names: readonly string[]) {
    for (const name of names) {
      if (typeof name !== "string") continue;
      const bare = stripCommunePrefix(name);
      if (bare === "") continue;
      const key = foldKey(bare);
      if (!this.byKey.has(key)) this.byKey.set(key, name);
      const loose = foldLoose(bare);
      // Two register names that only differ by diacritics cannot be told apart loosely.
      this.byLoose.set(
        loose,
        this.byLoose.has(loose) && this.byLoose.get(loose) !== name ? null : name
      );
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * The longest commune of the register a free text names after "xã", "phường" or "thị trấn"
   * ("… XÃ AN CƯ DỰ KIẾN BỐ TRÍ …" → "An Cư", not "An Cư Dự Kiến Bố"), or null.
   */
  namedIn(text: string): string | null {
    if (this.byKey.size === 0 || text.length > 500) return null;
    const line = ` ${foldLoose(text)} `;
    let best: string | null = null;
    let bestLength = 0;
    for (const [loose, name] of this.byLoose) {
      if (name === null || loose.length <= bestLength) continue;
      if (COMMUNE_PREFIXES.some((p) => line.includes(` ${p.join(" ")} ${loose} `))) {
        best = name;
        bestLength = loose.length;
      }
    }
    return best;
  }

  /** The register's spelling of a commune, or null. */
  find(text: string): string | null {
    if (this.byKey.size === 0 || text.length > 200) return null;
    const bare = stripCommunePrefix(text);
    return this.byKey.get(foldKey(bare)) ?? this.byLoose.get(foldLoose(bare)) ?? null;
  }
}

/** Leading numbering of a section row: "I.", "II ", "1.", "a)", "B/". */
const NUMBERING_PREFIX = /^\s*(?:(?:[IVXL]+|[A-Za-z]|\d{1,3})\s*[.):/-]|[IVXL]+\s)\s*/;

export function stripNumbering(text: string): string {
  // Bullets and dashes first ("- Ấp Cây Gáo", "• Khu phố 2"), then numbering.
  return text.replace(/^[\s\-–—•·*+]+/, "").replace(NUMBERING_PREFIX, "");
}

/** Whether a text opens with roman or letter numbering ("II. …", "A. …", "b) …"). */
export function hasHeadingNumbering(text: string): boolean {
  return /^\s*(?:(?:[IVXL]+|[A-Za-z])\s*[.):/]|[IVXL]+\s)/.test(text);
}

/** A cell that is only a numbering label: "I", "II.", "1", "a)", "(3)". */
export function isNumberingLabel(text: string): boolean {
  return /^\s*[([]?\s*(?:[IVXL]+|[A-Za-z]|\d{1,3})\s*[.):/\]]?\s*$/.test(text);
}

const HAMLET_WORDS = [
  ["ap"],
  ["khu", "pho"],
  ["thon"],
  ["to", "dan", "pho"],
  ["khom"],
  ["soc"],
  ["phum"],
];
/** Words a level heading is made of: "I. CẤP XÃ", "II. ẤP, KHU PHỐ", "NKCT ở ấp, khu phố". */
const LEVEL_WORDS = new Set(
  "cap xa phuong thi tran ap khu pho thon to dan khom va cac o tai nkct nguoi hoat dong khong chuyen trach can bo thuoc".split(
    " "
  )
);

export type SectionKind =
  | { kind: "level"; level: "commune" | "hamlet" }
  | { kind: "hamlet"; name: string }
  | { kind: "commune"; name: string; registered: boolean }
  /** weak: only the capitals made it a heading (a name in capitals with a number is a person). */
  | { kind: "heading"; weak?: boolean };

function hasPhrase(words: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((p, k) => words[i + k] === p)) return true;
  }
  return false;
}

/**
 * What a section row's text says (DOMAIN §4.1): a level ("I. CẤP XÃ" → commune, "II. ẤP, KHU
 * PHỐ" → hamlet), a hamlet ("1. Ấp Khánh Hòa", "Khu phố 2"), a commune ("Xã Phú Mỹ", a name of
 * the register, a title line naming one), a heading of no consequence ("III. DÔI DƯ", text in
 * capitals), or null: an ordinary text (a person's name).
 */
export function classifySection(text: string, communes: CommuneIndex): SectionKind | null {
  if (text.length > 300) return null;
  const stripped = cleanText(stripNumbering(text));
  const key = foldLoose(stripped);
  if (key === "") return { kind: "heading" };
  const words = key.split(" ");
  if (words.every((w) => LEVEL_WORDS.has(w))) {
    const hamlet = HAMLET_WORDS.some((p) => hasPhrase(words, p));
    const commune =
      hasPhrase(words, ["xa"]) || hasPhrase(words, ["phuong"]) || hasPhrase(words, ["thi", "tran"]);
    if (hamlet && !commune) return { kind: "level", level: "hamlet" };
    if (commune && !hamlet) return { kind: "level", level: "commune" };
    return { kind: "heading" };
  }
  const hamletPrefix = HAMLET_WORDS.find((p) => p.every((w, k) => words[k] === w));
  if (hamletPrefix && words.length > hamletPrefix.length)
    return { kind: "hamlet", name: recase(stripped) };
  const registered = communes.find(stripped);
  if (registered !== null) return { kind: "commune", name: registered, registered: true };
  if (COMMUNE_PREFIXES.some((p) => p.every((w, k) => words[k] === w))) {
    const name = communeAfterPrefix(stripped);
    if (name !== null)
      return {
        kind: "commune",
        name: communes.find(name) ?? name,
        registered: communes.find(name) !== null,
      };
  }
  if (/^(danh sach|bang|ubnd|uy ban nhan dan)( |$)/.test(key)) {
    const name = communeAfterPrefix(stripped);
    if (name !== null)
      return {
        kind: "commune",
        name: communes.find(name) ?? name,
        registered: communes.find(name) !== null,
      };
    return { kind: "heading" };
  }
  const isCaps =
    stripped === stripped.toLocaleUpperCase("vi") && /\p{Lu}/u.test(stripped) && words.length >= 2;
  if (hasHeadingNumbering(text)) return { kind: "heading" };
  if (isCaps) return { kind: "heading", weak: true };
  return null;
}
