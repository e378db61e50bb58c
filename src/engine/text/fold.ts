/**
 * Text normalisation for matching what clerks type: stray spaces, NFD accents, look-alike letters,
 * old/new tone placement. Three strengths: cleanText (display), foldKey (identity), foldLoose
 * (headers, titles, decisions, place names).
 */

/** Characters that separate words but are not matched by JS `\s`. */
const ZERO_WIDTH_SEPARATORS = /[\u200B\u2060\u180E]/g;
/** Joiners and soft hyphens are invisible inside words: dropping them keeps the word whole. */
const INVISIBLE_JOINERS = /\u200C|\u200D|\u00AD/g;

/**
 * A bounded memo for a string → string fold. Rosters repeat the same few titles, communes,
 * hamlets and decisions on thousands of rows, and folding (NFC/NFD, ICU lower-casing, Unicode
 * regexes) is the costliest step of a run: each distinct text is folded once. The map is cleared
 * when it grows past MEMO_LIMIT so memory stays bounded on a roster of distinct texts; very long
 * texts (a pasted paragraph) are folded without being remembered.
 */
const MEMO_LIMIT = 50_000;
const MEMO_MAX_LENGTH = 300;

function memoFold(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s: string): string => {
    if (s.length > MEMO_MAX_LENGTH) return fn(s);
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}

/** Anything cleanText would change besides NFC: invisibles, a non-space blank, two blanks, edge blanks. */
// (U+200D stands alone: inside a class it would read as a joined sequence.)
const NEEDS_CLEANING = /[\u200B\u2060\u180E\u200C\u00AD]|\u200D|[^\S ]|\s\s|^\s|\s$/u;

function cleanTextUncached(s: string): string {
  const nfc = s.normalize("NFC");
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  return nfc
    .replace(INVISIBLE_JOINERS, "")
    .replace(ZERO_WIDTH_SEPARATORS, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

const cleanTextMemo = memoFold(cleanTextUncached);

/**
 * NFC, every kind of whitespace (NBSP, tabs, line breaks, figure/narrow spaces, zero-width
 * spaces, BOM) collapsed to one space, trimmed.
 */
export function cleanText(s: string): string {
  return cleanTextMemo(s);
}

/** Combining tone marks (NFD): grave, acute, tilde, hook above, dot below. */
const TONE = "\u0300\u0301\u0303\u0309\u0323";

/**
 * Old/new tone placement: "hoà"/"hòa", "khoẻ"/"khỏe", "thuỷ"/"thủy", "uý"/"úy". Both spellings
 * are in use; the canonical form puts the tone on the first vowel of an open oa/oe/uy syllable.
 * Only word-final clusters are touched: with a final consonant or vowel ("hoàn", "ngoài",
 * "thuyền") both styles agree already. After "q" the "u" belongs to the consonant ("quý"), so the
 * tone stays on "y".
 */
const OLD_TONE = new RegExp(`([ou])([aey])([${TONE}])(?![\\p{L}\\p{M}])`, "gu");

/**
 * In NFC, an OLD_TONE match shows as o/u followed by a precomposed a/e/y carrying a tone (the
 * lookahead forbids any further mark, so the a/e/y + tone sequence always composes): without one
 * the NFD round trip cannot move anything.
 */
const MAYBE_OLD_TONE =
  /[ou][\u00E0\u00E1\u00E3\u1EA3\u1EA1\u00E8\u00E9\u1EBD\u1EBB\u1EB9\u1EF3\u00FD\u1EF9\u1EF7\u1EF5]/;

function unifyTonePlacement(lowerNfc: string): string {
  const nfc = lowerNfc.normalize("NFC");
  if (!MAYBE_OLD_TONE.test(nfc)) return nfc;
  const nfd = lowerNfc.normalize("NFD");
  const moved = nfd.replace(
    OLD_TONE,
    (m: string, v1: string, v2: string, tone: string, offset: number) => {
      // Only o+a, o+e and u+y are the ambiguous clusters.
      if (!((v1 === "o" && (v2 === "a" || v2 === "e")) || (v1 === "u" && v2 === "y"))) return m;
      // "qu" is a consonant: "quý" keeps its tone on "y".
      if (v1 === "u" && offset > 0 && nfd[offset - 1] === "q") return m;
      return `${v1}${tone}${v2}`;
    }
  );
  return moved.normalize("NFC");
}

/**
 * Identity key for person names: cleanText, lower-case, Ð (U+00D0) and Đ → đ, tone placement
 * unified. Keeps diacritics: "Ân" and "An" are different names.
 */
export function foldKey(s: string): string {
  return foldKeyMemo(s);
}

const foldKeyMemo = memoFold((s: string): string => {
  const lower = cleanText(s)
    .replace(/[\u00D0\u0110\u0189]/g, "đ")
    // Plain toLowerCase: Vietnamese has no locale-specific case rules, so it equals
    // toLocaleLowerCase("vi") on every code point (fold.test.ts checks it) and is much faster.
    .toLowerCase()
    // U+00F0 (ð) is the lower case of the look-alike Ð.
    .replace(/\u00F0/g, "đ");
  return unifyTonePlacement(lower);
});

/**
 * Loose key for headers, titles, aliases, decisions and place names: foldKey, then no diacritics
 * (đ → d), punctuation (including "/") replaced by a space, spaces collapsed.
 */
export function foldLoose(s: string): string {
  return foldLooseMemo(s);
}

const foldLooseMemo = memoFold((s: string): string => {
  const key = foldKey(s);
  return looseLatin(key) ?? looseAny(key);
});

/** The definition of foldLoose on a foldKey. */
function looseAny(key: string): string {
  return key
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Lower-case letters of Latin-1 Supplement, Latin Extended-A/B and Vietnamese (U+1EA0–U+1EF9)
 * whose marks-stripped decomposition is one ASCII letter ("ự" → "u"), and đ → d: computed with
 * looseAny's own steps, one letter at a time, which is the same thing because NFD and mark
 * removal act letter by letter.
 */
const LATIN_BASE = new Map<number, string>([[0x0111, "d"]]);
for (const [from, to] of [
  [0x00c0, 0x024f],
  [0x1ea0, 0x1ef9],
]) {
  for (let cp = from; cp <= to; cp++) {
    const base = String.fromCharCode(cp).normalize("NFD").replace(/\p{M}/gu, "");
    if (/^[a-z]$/.test(base)) LATIN_BASE.set(cp, base);
  }
}

/**
 * looseAny without Unicode regexes for a key made only of ASCII and the letters of LATIN_BASE
 * (every Vietnamese name, title and place): ASCII letters and digits are kept, any other ASCII
 * character separates words. Null for anything else; looseAny then decides.
 */
function looseLatin(key: string): string | null {
  let out = "";
  let gap = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let piece: string | undefined;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) piece = key[i];
    else if (c < 128) {
      gap = true;
      continue;
    } else {
      piece = LATIN_BASE.get(c);
      if (piece === undefined) return null;
    }
    if (gap && out !== "") out += " ";
    gap = false;
    out += piece;
  }
  return out;
}

/** Edit distance (insert, delete, substitute) over code points. */
export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = new Array<number>(y.length + 1);
  let cur = new Array<number>(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

/**
 * The candidate nearest to `input` by Levenshtein distance on foldLoose keys (ties: the first).
 * Default maxDistance: max(2, 40 % of the folded input length, rounded down). Null if none is
 * within it.
 */
export function closest(
  input: string,
  candidates: readonly string[],
  maxDistance?: number
): { candidate: string; index: number; distance: number } | null {
  const key = foldLoose(input);
  const keyLength = Array.from(key).length;
  const limit = maxDistance ?? Math.max(2, Math.floor(keyLength * 0.4));
  let best: { candidate: string; index: number; distance: number } | null = null;
  candidates.forEach((candidate, index) => {
    const folded = foldLoose(candidate);
    // The distance is at least the difference in length: skip the O(n·m) table when that alone
    // exceeds the limit (a 10 000-character cell against a catalogue would otherwise take seconds).
    if (Math.abs(Array.from(folded).length - keyLength) > limit) return;
    const distance = levenshtein(key, folded);
    if (distance <= limit && (best === null || distance < best.distance)) {
      best = { candidate, index, distance };
    }
  });
  return best;
}
