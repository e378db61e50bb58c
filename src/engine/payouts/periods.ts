import type { CellValue, PartialDate, ServicePeriod } from "../types";
import { parseDateCell } from "../text/dates";
import { cleanText, foldLoose } from "../text/fold";
import { monthsOfService, startAfterEnd, endMonth, startMonth } from "./service";

/**
 * Service periods written in one cell (DOMAIN §10.4): "03/2012 - 11/2023; 05/2024 - 07/2025",
 * one per line or separated by ";". Each period is "start - end" (also "–", "—", "đến", "→");
 * an end of "nay" / "hiện nay" / "đến nay" (or nothing) means until the leaving date.
 */

export type PeriodsParse =
  { ok: true; periods: ServicePeriod[] } | { ok: false; text: string; part: string };

// The first "start – end" separator: a dash between spaces or between digits, an en or em dash,
// an arrow, or the word "đến" ("\b" is ASCII-only in JavaScript, so spaces delimit the word).
const SEPARATOR = /\s*(?:–|—|→|->)\s*|\s+-\s+|(?<=\d)-(?=\d)|\s+(?:đến|den|to)\s+/i;
/\s*(?:–|—|→|->|\s-\s|(?<=\d)-(?=\d{1,2}\/)|(?<=\d)-(?=\d{4}\b)|\bđến\b|\bden\b)\s*/i;
const NOW = new Set(["nay", "hien nay", "den nay", "hien tai", "now"]);

function parseDatePart(text: string): PartialDate | null {
  const parsed = parseDateCell(text);
  return parsed && parsed.ok ? parsed.date : null;
}

export function parsePeriods(v: CellValue): PeriodsParse | null {
  if (typeof v !== "string") return null;
  const text = cleanText(v.replace(/\r/g, ""));
  const parts = v
    .split(/[;\n]/)
    .map((s) => cleanText(s))
    .filter((s) => s !== "");
  if (parts.length === 0) return null;
  const periods: ServicePeriod[] = [];
  for (const part of parts) {
    const sep = SEPARATOR.exec(part);
    const startText = sep ? part.slice(0, sep.index) : part;
    const endText = sep ? part.slice(sep.index + sep[0].length).trim() : "";
    const start = parseDatePart(startText);
    if (!start) return { ok: false, text, part };
    let end: PartialDate | null = null;
    if (endText !== "" && !NOW.has(foldLoose(endText))) {
      end = parseDatePart(endText);
      if (!end) return { ok: false, text, part };
    }
    periods.push({ start, end });
  }
  return { ok: true, periods };
}

/** A period closed at the leaving date when it is open. */
export function closePeriod(
  p: ServicePeriod,
  leaving: PartialDate
): { start: PartialDate; end: PartialDate } {
  return { start: p.start, end: p.end ?? leaving };
}

/** First and last month (index year × 12 + month − 1) a period covers, at its precision. */
function monthSpan(p: { start: PartialDate; end: PartialDate }): [number, number] {
  return [p.start.year * 12 + startMonth(p.start) - 1, p.end.year * 12 + endMonth(p.end) - 1];
}

/**
 * The first pair of periods that overlap, in reading order, or null. Day-precise periods overlap
 * when one starts on or before the other's end; otherwise when they share a month (a period
 * ending 11/2023 and one starting 11/2023 count that month twice).
 */
export function firstOverlap(
  periods: { start: PartialDate; end: PartialDate }[]
): [number, number] | null {
  for (let i = 0; i < periods.length; i++)
    for (let j = i + 1; j < periods.length; j++) {
      const a = periods[i];
      const b = periods[j];
      const allDays = [a.start, a.end, b.start, b.end].every((d) => d.precision === "day");
      if (allDays) {
        if (!startAfterEnd(b.start, a.end) && !startAfterEnd(a.start, b.end)) return [i, j];
      } else {
        const [a0, a1] = monthSpan(a);
        const [b0, b1] = monthSpan(b);
        if (a0 <= b1 && b0 <= a1) return [i, j];
      }
    }
  return null;
}

/** Months of each period (DOMAIN §5.4 per period) and their sum: breaks are not counted. */
export function periodMonths(periods: { start: PartialDate; end: PartialDate }[]): {
  each: number[];
  total: number;
} {
  const each = periods.map((p) => monthsOfService(p.start, p.end));
  return { each, total: each.reduce((a, b) => a + b, 0) };
}
