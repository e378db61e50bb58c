import type { Lang } from "../engine";

/** The one place the CLI picks between its Vietnamese and English wording. */
export function t(lang: Lang, vi: string, en: string): string {
  return lang === "en" ? en : vi;
}
