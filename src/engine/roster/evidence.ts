import type { CellValue, FieldKey, Grid } from "../types";
import { foldLoose } from "../text/fold";
import { parseDateCell, excelSerialToYmd } from "../text/dates";
import { parseNumberCell } from "../text/vi-number";
import { cellAt, cellText, isFilled } from "./cells";
import { classifyDecision } from "./decisions";
import { ROSTER_FIELDS, type ContentKind } from "./fields";
import type { CommuneIndex } from "./places";

/**
 * The cells under a header as evidence of its field: a column of dates, of decision words, of
 * known titles, of commune or hamlet names, of coefficients (0,1–5) or of amounts (hundreds of
 * thousands of đồng). A header's own words come first; the cells raise a plausible reading
 * ("Thời gian công tác" over dates is the start) and sink an implausible one (a "Phương án"
 * column full of amounts).
 */

/** Cells looked at under a header: enough to judge, few enough to cost nothing. */
const SAMPLE_ROWS = 60;
const SAMPLE_CELLS = 30;

/** Share of the sampled cells of each kind. */
export type Profile = Partial<Record<ContentKind, number>> & { cells: number };

/** Words titles open with (DOMAIN §3 catalogues), for columns of titles. */
const TITLE_STARTS = [
  "truong",
  "pho",
  "bi thu",
  "chu tich",
  "chi huy",
  "cong an",
  "van thu",
  "thu quy",
  "ke toan",
  "can bo",
  "nhan vien",
  "uy vien",
  "phu trach",
  "to truong",
  "y te",
  "thu y",
  "khuyen nong",
  "dan quan",
  "tham tra",
  "ban",
  "doi truong",
  "thon doi",
  "ap doi",
  "cong chuc",
];

const HAMLET_STARTS = ["ap ", "khu pho", "thon ", "to dan pho", "khom ", "soc ", "buon ", "xom "];
const COMMUNE_STARTS = ["xa ", "phuong ", "thi tran "];

function startsWithAny(key: string, starts: readonly string[]): boolean {
  return starts.some((s) => key === s.trim() || key.startsWith(s.endsWith(" ") ? s : `${s} `));
}

function yearOf(v: CellValue): number | null {
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return v;
    if (v >= 10_000 && v <= 60_000) return excelSerialToYmd(Math.floor(v))?.year ?? null;
    return null;
  }
  if (typeof v !== "string") return null;
  const parsed = parseDateCell(v);
  return parsed && parsed.ok ? parsed.date.year : null;
}

/** Reads what the cells of a column hold, below `fromRow`. */
export function profileColumn(
  grid: Grid,
  col: number,
  fromRow: number,
  communes: CommuneIndex | null
): Profile & { medianYear: number | null } {
  const counts: Partial<Record<ContentKind, number>> = {};
  const years: number[] = [];
  let cells = 0;
  let previous: number | null = null;
  let sequence = 0;
  const bump = (k: ContentKind) => (counts[k] = (counts[k] ?? 0) + 1);
  for (let r = fromRow; r < fromRow + SAMPLE_ROWS && cells < SAMPLE_CELLS; r++) {
    const v = cellAt(grid, r, col);
    if (!isFilled(v)) continue;
    cells++;
    if (typeof v === "number") {
      const year = yearOf(v);
      if (year !== null) {
        bump("date");
        years.push(year);
      }
      if (v > 0 && v <= 5) bump("coefficient");
      if (Number.isInteger(v) && v >= 50_000 && v <= 100_000_000) bump("amount");
      if (Number.isInteger(v) && v >= 1 && v <= 9) bump("round");
      if (Number.isInteger(v) && (previous === null || v === previous + 1)) sequence++;
      previous = Number.isInteger(v) ? v : null;
      continue;
    }
    if (typeof v !== "string") continue;
    const text = cellText(v);
    const key = foldLoose(text);
    if (key === "") continue;
    const year = yearOf(text);
    if (year !== null && /\d/.test(text)) {
      bump("date");
      years.push(year);
      continue;
    }
    const number = parseNumberCell(text, "amount");
    if (number && number.ok) {
      const n = Number(number.value);
      if (n >= 50_000 && n <= 100_000_000) bump("amount");
      continue;
    }
    const coefficient = parseNumberCell(text, "coefficient");
    if (coefficient && coefficient.ok) {
      const n = Number(coefficient.value);
      if (n > 0 && n <= 5) bump("coefficient");
      continue;
    }
    if (/^(dot )?\d$/.test(key)) {
      bump("round");
      continue;
    }
    if (key === "nam" || key === "nu") {
      bump("gender");
      continue;
    }
    if (classifyDecision(text) !== null) {
      bump("decision");
      continue;
    }
    if (startsWithAny(key, HAMLET_STARTS)) {
      bump("hamlet");
      continue;
    }
    if (startsWithAny(key, COMMUNE_STARTS) || (communes && communes.find(text) !== null)) {
      bump("commune");
      continue;
    }
    if (startsWithAny(key, TITLE_STARTS)) {
      bump("title");
      continue;
    }
    if (isPersonName(text)) bump("personName");
  }
  const profile: Profile & { medianYear: number | null } = { cells, medianYear: null };
  if (cells === 0) return profile;
  for (const [k, n] of Object.entries(counts) as [ContentKind, number][]) profile[k] = n / cells;
  if (sequence >= 3) profile.sequence = sequence / cells;
  if (years.length > 0) {
    years.sort((a, b) => a - b);
    profile.medianYear = years[Math.floor(years.length / 2)];
    // Most NKCT were born before 1995 and started after 1975: a column of such years is a birth column.
    if (profile.medianYear <= 1992) profile.birthYear = profile.date;
  }
  return profile;
}

/** Two to six capitalised words of letters: how a person's name looks. */
function isPersonName(text: string): boolean {
  if (text.length > 60 || /\d/.test(text)) return false;
  const words = text.split(" ");
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w.normalize("NFC")));
}

/** Kinds that say clearly what a column is not. */
const TELLING: readonly ContentKind[] = [
  "date",
  "decision",
  "personName",
  "amount",
  "title",
  "commune",
  "hamlet",
];

const SUPPORT_BONUS = 2;
const CONTRADICTION_COST = 3;

/**
 * How much a column's cells change a field's header score: up to +2 when they look like the
 * field's content, −3 when they are clearly something else (60 % or more of another telling kind).
 */
export function evidenceFor(field: FieldKey, profile: Profile): number {
  const kinds = ROSTER_FIELDS[field].content;
  if (!kinds || kinds.length === 0 || profile.cells === 0) return 0;
  let support = 0;
  for (const k of kinds) support = Math.max(support, profile[k] ?? 0);
  // A flat bonus: how much of the sample agrees beyond half says little, and a proportional one
  // would let a later copy of the same header win over the first for a cleaner sample.
  if (support >= 0.5) return SUPPORT_BONUS;
  // Place names look like people's names ("Vĩnh Điều", "Phú Lợi"): they never contradict a place.
  const place = kinds.includes("commune") || kinds.includes("hamlet");
  for (const k of TELLING) {
    if (kinds.includes(k) || (place && k === "personName")) continue;
    if ((profile[k] ?? 0) >= 0.6) return -CONTRADICTION_COST;
  }
  return 0;
}

/** A field the cells alone point to (for the likeliest field of an unrecognised header), with its strength. */
export function contentOnlyScore(field: FieldKey, profile: Profile): number {
  const kinds = ROSTER_FIELDS[field].content;
  // One cell is no evidence of what a column holds.
  if (!kinds || profile.cells < 2) return 0;
  let support = 0;
  for (const k of kinds) support = Math.max(support, profile[k] ?? 0);
  return support >= 0.5 ? support * 2 : 0;
}
