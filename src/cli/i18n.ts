import type { Lang } from "../engine";

/** The one place the CLI picks between its Vietnamese and English wording. */
export function t(lang: Lang, vi: string, en: string): string {
  return lang === "en" ? en : vi;
}

const EN_PLURAL = new Intl.PluralRules("en-US");

/**
 * "0 findings", "1 finding", "2 findings", "1,200 people": an English count with its noun's
 * plural (`other`: the irregular ones, "people"); English number style. The same rule as the
 * pane's `count` (src/taskpane/strings.ts).
 */
export function countEn(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${EN_PLURAL.select(n) === "one" ? one : other}`;
}
