import Decimal from "decimal.js";
import type { Lang, PartialDate } from "../types";

/**
 * Plausible values of a roster's cells (issue 13): policy data, not code. A value outside its
 * bounds is not read as a value: it is a finding at its cell (coefficient-invalid, date-invalid,
 * date-order), exactly like an unreadable one, so it never reaches the money arithmetic. With
 * every input bounded, a person's amount and the sum over any roster stay far below 2^53:
 * 10 (coefficient, plus concurrent ≤ 10) × base salary × (60 years × 1,5 months + 6 months) —
 * about 10^10 đồng per person at a base salary of 10^7 — times 10^5 people is 10^15 < 9·10^15.
 */
export interface RosterBounds {
  /** A title coefficient (main or concurrent), inclusive, as decimal strings. */
  coefficient: { min: string; max: string };
  /** A monthly allowance written as an amount, whole đồng, inclusive. */
  allowance: { min: number; max: number };
  /** Years of a service date (start, end, periods, ND 154 payment), inclusive. */
  serviceYear: { min: number; max: number };
  /** Years of a birth date, inclusive. */
  birthYear: { min: number; max: number };
  /** The longest service one person can have, in years. */
  serviceYears: number;
}

export const ROSTER_BOUNDS: RosterBounds = {
  coefficient: { min: "0.1", max: "10" },
  allowance: { min: 0, max: 100_000_000 },
  serviceYear: { min: 1950, max: 2100 },
  birthYear: { min: 1900, max: 2100 },
  serviceYears: 60,
};

/** A canonical non-negative decimal string within the coefficient bounds. */
export function coefficientInBounds(value: string, b: RosterBounds = ROSTER_BOUNDS): boolean {
  const d = new Decimal(value);
  return d.gte(b.coefficient.min) && d.lte(b.coefficient.max);
}

/** A canonical whole-đồng string within the allowance bounds. */
export function allowanceInBounds(value: string, b: RosterBounds = ROSTER_BOUNDS): boolean {
  if (!/^\d{1,15}$/.test(value)) return false;
  const n = Number(value);
  return n >= b.allowance.min && n <= b.allowance.max;
}

export function dateInBounds(
  d: PartialDate,
  kind: "birth" | "service",
  b: RosterBounds = ROSTER_BOUNDS
): boolean {
  const { min, max } = kind === "birth" ? b.birthYear : b.serviceYear;
  return d.year >= min && d.year <= max;
}

/** The bounds as the suggestion of a finding shows them («0,1–10», «0–100.000.000 đồng»). */
export function boundsText(
  kind: "coefficient" | "allowance",
  lang: Lang,
  b: RosterBounds = ROSTER_BOUNDS
): string {
  const sep = lang === "vi" ? { dec: ",", group: "." } : { dec: ".", group: "," };
  if (kind === "coefficient")
    return `${b.coefficient.min.replace(".", sep.dec)}–${b.coefficient.max.replace(".", sep.dec)}`;
  const f = (n: number) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  return `${f(b.allowance.min)}–${f(b.allowance.max)} đồng`;
}
