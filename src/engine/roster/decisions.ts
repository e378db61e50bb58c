import type { DecisionCategory } from "../types";
import { foldLoose, levenshtein } from "../text/fold";

/** The words of DOMAIN §4.2 as a clerk writes them, with their category (suggestions, help). */
export const DECISION_VOCABULARY: readonly { word: string; category: DecisionCategory }[] = [
  { word: "Bố trí", category: "keep" },
  { word: "Tiếp tục bố trí", category: "keep" },
  { word: "Giữ nguyên", category: "keep" },
  { word: "Kiêm nhiệm", category: "keep" },
  { word: "Bố trí lại", category: "keep" },
  { word: "Bố trí mới", category: "new" },
  { word: "Tuyển mới", category: "new" },
  { word: "Bổ sung", category: "new" },
  { word: "Thôi việc", category: "leave-paid" },
  { word: "Nghỉ việc", category: "leave-paid" },
  { word: "Dôi dư", category: "leave-paid" },
  { word: "Nghỉ chế độ", category: "leave-paid" },
  { word: "Nghỉ hưu", category: "leave-unpaid" },
  { word: "Chuyển công tác", category: "leave-unpaid" },
  { word: "Không hưởng chế độ", category: "leave-unpaid" },
  { word: "Từ trần", category: "leave-unpaid" },
];

/** The decision words, for "did you mean …" suggestions. */
export const DECISION_WORDS: readonly string[] = DECISION_VOCABULARY.map((d) => d.word);

/**
 * Phrases per category, foldLoose keys, checked in this order. The order is the point: leaving
 * without pay is tested before leaving with pay ("Nghỉ việc không hưởng chế độ" is unpaid), and
 * leaving before arranging, and a new post before keeping ("Bố trí mới" is new, not "Bố trí").
 */
const RULES: readonly { category: DecisionCategory; phrases: readonly string[] }[] = [
  {
    category: "leave-unpaid",
    phrases: [
      "khong huong",
      "nghi huu",
      "huu tri",
      "chuyen cong tac",
      "tu tran",
      "qua doi",
      "tu than",
    ],
  },
  {
    category: "leave-paid",
    phrases: [
      "thoi viec",
      "nghi viec",
      "doi du",
      "nghi che do",
      "nghi huong che do",
      "huong che do",
      "tinh gian",
      "giai quyet che do",
    ],
  },
  {
    category: "new",
    phrases: ["bo tri moi", "tuyen moi", "bo sung", "tuyen dung", "bo nhiem moi", "bau moi", "moi"],
  },
  {
    category: "keep",
    phrases: [
      "bo tri",
      "tiep tuc",
      "giu nguyen",
      "kiem nhiem",
      "bo tri lai",
      "giu lai",
      "sap xep lai",
      "chuyen chuc danh",
      "chuyen sang chuc danh",
    ],
  },
];

/** "Không bố trí", "Chưa bố trí": a negated arrangement word is not an arrangement. */
const NEGATED = /(^| )(khong|chua) (bo tri|tiep tuc|giu|sap xep|kiem nhiem)( |$)/;

/**
 * The category of a decision cell (DOMAIN §4.2), or null when the text is none of the known words.
 * Case, spaces, punctuation and diacritics do not matter; extra words around a known phrase do
 * ("Bố trí Phó Trưởng Công an", "Thôi việc (dôi dư)").
 */
export function classifyDecision(text: string): DecisionCategory | null {
  if (text.length > 500) return null;
  const key = foldLoose(text);
  if (key === "") return null;
  const padded = ` ${key} `;
  for (const rule of RULES) {
    if (rule.phrases.some((p) => padded.includes(` ${p} `))) {
      if ((rule.category === "keep" || rule.category === "new") && NEGATED.test(key)) return null;
      return rule.category;
    }
  }
  return null;
}

const FOLDED_WORDS = DECISION_WORDS.map((w) => Array.from(foldLoose(w)).join(""));

/**
 * The decision word nearest to an unknown text ("Bố chí" → "Bố trí"), or null when none is close:
 * the rule of text/fold's `closest` (Levenshtein on foldLoose keys, within max(2, 40 % of the
 * length)), with the vocabulary folded once instead of on every call.
 */
export function suggestDecision(text: string): string | null {
  const key = foldLoose(text.slice(0, 100));
  const limit = Math.max(2, Math.floor(Array.from(key).length * 0.4));
  let best: { word: string; distance: number } | null = null;
  FOLDED_WORDS.forEach((folded, i) => {
    // Length difference is a lower bound of the distance: skip hopeless candidates cheaply.
    if (Math.abs(folded.length - key.length) > limit) return;
    const distance = levenshtein(key, folded);
    if (distance <= limit && (best === null || distance < best.distance))
      best = { word: DECISION_WORDS[i], distance };
  });
  return best === null ? null : (best as { word: string }).word;
}
