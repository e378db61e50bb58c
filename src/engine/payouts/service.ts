import type { PartialDate } from "../types";
import { addMonthsClamped, daysInMonth, type Ymd } from "../text/dates";

/**
 * Time arithmetic of DOMAIN §5.4. A partial date is read at its precision: a year-only start
 * as January, a year-only end as December; a month-precise date as the whole month.
 */

function cmp(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function nextDay(d: Ymd): Ymd {
  if (d.day < daysInMonth(d.year, d.month)) return { ...d, day: d.day + 1 };
  return d.month < 12
    ? { year: d.year, month: d.month + 1, day: 1 }
    : { year: d.year + 1, month: 1, day: 1 };
}

/** Month of a start date (year-only → January). */
export function startMonth(d: PartialDate): number {
  return d.precision === "year" || d.month === undefined ? 1 : d.month;
}

/** Month of an end date (year-only → December). */
export function endMonth(d: PartialDate): number {
  return d.precision === "year" || d.month === undefined ? 12 : d.month;
}

/**
 * Whole months of service from `start` to `end`, both inclusive.
 * Both day-precise: the largest m with start + m calendar months ≤ end + 1 day, months added
 * with the day kept and clamped to the month's end (31/01 + 1 month = 28/02).
 * Otherwise: (E.year − S.year) × 12 + (E.month − S.month) + 1.
 * The caller checks the order first; a start after the end gives a number ≤ 0 here.
 */
export function monthsOfService(start: PartialDate, end: PartialDate): number {
  if (isDay(start) && isDay(end)) {
    const s: Ymd = { year: start.year, month: start.month, day: start.day };
    const e1 = nextDay({ year: end.year, month: end.month, day: end.day });
    // S + k months lies in month S.month + k, so k = the month difference to E+1 is an upper
    // bound, and k − 1 always fits: one comparison decides.
    const k = (e1.year - s.year) * 12 + (e1.month - s.month);
    const reached = addMonthsClamped(s.year, s.month, s.day, k);
    return cmp(reached, e1) <= 0 ? k : k - 1;
  }
  return (end.year - start.year) * 12 + (endMonth(end) - startMonth(start)) + 1;
}

function isDay(d: PartialDate): d is PartialDate & { month: number; day: number } {
  return d.precision === "day" && d.month !== undefined && d.day !== undefined;
}

/**
 * The ISO date on which the base salary is looked up for a leaving date: the day itself; for a
 * month-precise date the last day of that month; for a year-only date 31 December.
 */
export function baseSalaryDate(end: PartialDate): string {
  const month = endMonth(end);
  const day = isDay(end) ? end.day : daysInMonth(end.year, month);
  return `${String(end.year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * True when the start is certainly after the end. A year-only end reads as December and a
 * year-only start as January, as in the month count; otherwise compared at the coarser precision.
 */
export function startAfterEnd(start: PartialDate, end: PartialDate): boolean {
  if (isDay(start) && isDay(end)) return cmp(start as Ymd, end as Ymd) > 0;
  const sm = startMonth(start);
  const em = endMonth(end);
  return end.year < start.year || (end.year === start.year && em < sm);
}

/**
 * The person's 15th birthday at the birth date's precision (29/02 → 28/02 in a common year).
 * Null when there is no birth date.
 */
export function fifteenthBirthday(birth: PartialDate): PartialDate {
  if (isDay(birth)) {
    const d = addMonthsClamped(birth.year, birth.month, birth.day, 15 * 12);
    return { ...d, precision: "day" };
  }
  if (birth.precision === "month" && birth.month !== undefined)
    return { year: birth.year + 15, month: birth.month, precision: "month" };
  return { year: birth.year + 15, precision: "year" };
}

/**
 * True when the start is certainly before the 15th birthday: compared at the coarser of the two
 * precisions, so a birth year alone only catches a start in an earlier year.
 */
const RANK = { year: 0, month: 1, day: 2 } as const;

export function startBeforeFifteen(start: PartialDate, birth: PartialDate): boolean {
  // Year, then month, then day, down to the coarser precision (no arrays: this runs per leaver).
  const b = fifteenthBirthday(birth);
  if (start.year !== b.year) return start.year < b.year;
  const p = Math.min(RANK[start.precision], RANK[b.precision]);
  if (p < 1) return false;
  const sm = start.month ?? 1;
  const bm = b.month ?? 1;
  if (sm !== bm) return sm < bm;
  if (p < 2) return false;
  return (start.day ?? 1) < (b.day ?? 1);
}
