import type { Level, Policy, TitleDef } from "../types";
import { closest, foldLoose } from "../text/fold";

/** The result of looking a title up in the policy's catalogue. */
export interface TitleResolution {
  /** The catalogue title matched by name or alias, or null. */
  title: TitleDef | null;
  /** When nothing matched: the nearest catalogue name, for the suggestion; else null. */
  nearest: string | null;
}

/**
 * Key used to compare titles: diacritics stripped (clerks type with and without them), and
 * punctuation treated as a space so "Văn thư - Lưu trữ", "Văn thư, lưu trữ" and "P. Trưởng ấp"
 * compare by their words. Abbreviations ("P.", "CT", "CAV") are matched only through the
 * policy's aliases, never guessed.
 */
export function titleKey(text: string): string {
  return foldLoose(text)
    .replace(/[.,;:()\-–—/\\+_"'«»]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

interface TitleIndex {
  /** titleKey → titles with that name or alias (several when two levels share a name). */
  byKey: Map<string, TitleDef[]>;
  /** Keys of names and aliases, parallel to `owners`, for the nearest-name search. */
  keys: string[];
  owners: TitleDef[];
  /**
   * Memo of earlier look-ups per level ("" = no level): rosters repeat the same few title texts
   * thousands of times. Nested maps: no key string is built per look-up.
   */
  memo: Map<string, Map<string, TitleResolution>>;
}

// Keyed on the title list itself: policies are treated as immutable values, and a policy given a
// new title list (an edited "Quy định" sheet, a test) gets a fresh index.
const indexes = new WeakMap<TitleDef[], TitleIndex>();

function indexOf(policy: Policy): TitleIndex {
  let index = indexes.get(policy.titles);
  if (index) return index;
  index = { byKey: new Map(), keys: [], owners: [], memo: new Map() };
  for (const def of policy.titles) {
    for (const text of [def.name, ...def.aliases]) {
      const key = titleKey(text);
      if (!key) continue;
      const list = index.byKey.get(key);
      if (!list) index.byKey.set(key, [def]);
      else if (!list.includes(def)) list.push(def);
      index.keys.push(key);
      index.owners.push(def);
    }
  }
  indexes.set(policy.titles, index);
  return index;
}

/**
 * Find the catalogue title a clerk's text names. With `level`, a title of that level wins over
 * a same-named title of the other level; a title of the other level is still returned (the
 * caller decides whether that is a `concurrent-level-mismatch`).
 */
export function resolveTitle(policy: Policy, text: string, level?: Level): TitleResolution {
  const index = indexOf(policy);
  // Memo on the raw text: folding is the expensive part and the texts repeat.
  const levelKey = level ?? "";
  let memo = index.memo.get(levelKey);
  if (!memo) index.memo.set(levelKey, (memo = new Map()));
  const known = memo.get(text);
  if (known) return known;
  const key = titleKey(text);

  let result: TitleResolution;
  const matches = key ? index.byKey.get(key) : undefined;
  if (matches && matches.length > 0) {
    const sameLevel = level ? matches.find((d) => d.level === level) : undefined;
    result = { title: sameLevel ?? matches[0], nearest: null };
  } else {
    result = { title: null, nearest: key ? nearestName(index, key, level) : null };
  }
  if (memo.size >= 50_000) memo.clear();
  memo.set(text, result);
  return result;
}

function nearestName(index: TitleIndex, key: string, level?: Level): string | null {
  if (index.keys.length === 0) return null;
  // Prefer a title of the person's own level; fall back to any level.
  if (level) {
    const keys: string[] = [];
    const owners: TitleDef[] = [];
    index.keys.forEach((k, i) => {
      if (index.owners[i].level === level) {
        keys.push(k);
        owners.push(index.owners[i]);
      }
    });
    const hit = keys.length > 0 ? closest(key, keys, maxDistanceFor(key)) : null;
    if (hit) return owners[hit.index].name;
  }
  const hit = closest(key, index.keys, maxDistanceFor(key));
  return hit ? index.owners[hit.index].name : null;
}

/** A suggestion is offered only when the text is reasonably close (a third of its length). */
function maxDistanceFor(key: string): number {
  return Math.max(2, Math.ceil(key.length / 3));
}
