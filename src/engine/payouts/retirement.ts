import type { PartialDate } from "../types";

/**
 * Retirement age under normal conditions as dated data (DOMAIN §10.2): Bộ luật Lao động 2019
 * Điều 169 and Nghị định 135/2020/NĐ-CP Phụ lục I, by the calendar year in which the person
 * reaches it. Before the first row the age is the old one (60 / 55); after the last row it stays.
 */
export const RETIREMENT_REF =
  "Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP, Phụ lục I";
export const REDUCED_RETIREMENT_REF = "Nghị định 135/2020/NĐ-CP, Phụ lục II";

/** Age required (years, months) from a calendar year on. */
interface AgeRow {
  year: number;
  years: number;
  months: number;
}

export const RETIREMENT_AGES: Record<"male" | "female", { before: AgeRow; rows: AgeRow[] }> = {
  male: {
    before: { year: 2020, years: 60, months: 0 },
    rows: [
      { year: 2021, years: 60, months: 3 },
      { year: 2022, years: 60, months: 6 },
      { year: 2023, years: 60, months: 9 },
      { year: 2024, years: 61, months: 0 },
      { year: 2025, years: 61, months: 3 },
      { year: 2026, years: 61, months: 6 },
      { year: 2027, years: 61, months: 9 },
      { year: 2028, years: 62, months: 0 },
    ],
  },
  female: {
    before: { year: 2020, years: 55, months: 0 },
    rows: [
      { year: 2021, years: 55, months: 4 },
      { year: 2022, years: 55, months: 8 },
      { year: 2023, years: 56, months: 0 },
      { year: 2024, years: 56, months: 4 },
      { year: 2025, years: 56, months: 8 },
      { year: 2026, years: 57, months: 0 },
      { year: 2027, years: 57, months: 4 },
      { year: 2028, years: 57, months: 8 },
      { year: 2029, years: 58, months: 0 },
      { year: 2030, years: 58, months: 4 },
      { year: 2031, years: 58, months: 8 },
      { year: 2032, years: 59, months: 0 },
      { year: 2033, years: 59, months: 4 },
      { year: 2034, years: 59, months: 8 },
      { year: 2035, years: 60, months: 0 },
    ],
  },
};

/** Phụ lục II lowers the age by at most 5 years. */
export const MAX_REDUCED_YEARS = 5;

/** The age required in a calendar year, in months (60 y 3 m = 723). */
export function requiredAgeMonths(gender: "male" | "female", year: number): number {
  const t = RETIREMENT_AGES[gender];
  let row = t.before;
  for (const r of t.rows) if (r.year <= year) row = r;
  return row.years * 12 + row.months;
}

/** A month as one integer: year × 12 + (month − 1). */
export type MonthIndex = number;

export const monthIndex = (year: number, month: number): MonthIndex => year * 12 + month - 1;

/** "YYYY-MM" of a month index. */
export function monthIso(m: MonthIndex): string {
  const y = Math.floor(m / 12);
  return `${String(y).padStart(4, "0")}-${String((m % 12) + 1).padStart(2, "0")}`;
}

export interface RetirementMonth {
  month: MonthIndex;
  /** Age required in the year it is reached (after any reduction), months. */
  requiredMonths: number;
}

/**
 * The month a person born in `birthMonth` of `birthYear` reaches retirement age: the earliest
 * month M with birth month + the age required in M's year (less `reducedYears`) ≤ M. The age
 * required never falls from one year to the next, so the first year with such a month gives it.
 */
export function retirementMonth(
  gender: "male" | "female",
  birthYear: number,
  birthMonth: number,
  reducedYears = 0
): RetirementMonth {
  const born = monthIndex(birthYear, birthMonth);
  for (let year = birthYear; ; year++) {
    const required = requiredAgeMonths(gender, year) - reducedYears * 12;
    const m = Math.max(monthIndex(year, 1), born + required);
    if (m <= monthIndex(year, 12)) return { month: m, requiredMonths: required };
  }
}

/**
 * Months early from the leaving month to the retirement month (DOMAIN §10.2): "inclusive"
 * counts both (09/2026 → 11/2028 = 27), "exclusive" the difference (26). 0 when the person has
 * reached the age in or before the leaving month.
 */
export function monthsEarly(
  leaving: MonthIndex,
  retirement: MonthIndex,
  counting: "inclusive" | "exclusive"
): number {
  if (leaving >= retirement) return 0;
  return retirement - leaving + (counting === "inclusive" ? 1 : 0);
}

/** The birth months a partial birth date allows: its own month, or January–December for a year. */
export function birthMonthRange(birth: PartialDate): [number, number] {
  if (birth.precision === "year" || birth.month === undefined) return [1, 12];
  return [birth.month, birth.month];
}
