import { Dec } from "../money/round";
import { formatDecimalVi } from "../text/vi-number";
import type { Band, BandRule, Policy } from "../types";

/**
 * Partial-year band rules (DOMAIN §3.5). Leftover months (months of service mod 12) count as a
 * fraction of a year according to the band they fall in. Bands are data; these are the defaults.
 */

/** Nghị định 108/2014 as amended by 113/2018 (and 170/2025): 0–2 → 0; 3–6 → ½; 7–11 → 1. */
export const BANDS_A: Band[] = [
  { fromMonths: 0, toMonths: 2, years: "0" },
  { fromMonths: 3, toMonths: 6, years: "0.5" },
  { fromMonths: 7, toMonths: 11, years: "1" },
];

/** Common in provincial NKCT resolutions: 0 → 0; 1–6 → ½; 7–11 → 1. */
export const BANDS_B: Band[] = [
  { fromMonths: 0, toMonths: 0, years: "0" },
  { fromMonths: 1, toMonths: 6, years: "0.5" },
  { fromMonths: 7, toMonths: 11, years: "1" },
];

/** The default bands of a rule (fresh copies, so a policy can edit its own). "exact" has none. */
export function bandsForRule(rule: BandRule): Band[] {
  const src = rule === "A" ? BANDS_A : rule === "B" ? BANDS_B : [];
  return src.map((b) => ({ ...b }));
}

const RULE_LABEL: Record<BandRule, string> = {
  A: "quy tắc A",
  B: "quy tắc B",
  exact: "tính chính xác",
};

export interface YearsCounted {
  /** Decimal string with a dot, e.g. "8.5", "9", "0". */
  years: string;
  /** The band applied to the leftover months; null under the exact rule. */
  band: Band | null;
  /** Vietnamese, e.g. "10 tháng lẻ → 1 năm (quy tắc B)". */
  label: string;
}

/**
 * Years of service counted from whole months (DOMAIN §5.4): ⌊months / 12⌋ + band(months mod 12)
 * under the policy's bands; under the exact rule, months / 12 with no rounding of time.
 *
 * Exact division uses the engine's Decimal class (money/round.ts: 40 significant digits), so
 * 106 months → "8.833333333333333333333333333333333333333" (40 significant digits); the money
 * computed from it is rounded to the đồng only at the end, where the remaining error is far below
 * half a đồng.
 */
export function countYears(months: number, policy: Policy): YearsCounted {
  if (!Number.isInteger(months) || months < 0)
    throw new RangeError(`countYears: months must be a non-negative integer, got ${months}`);
  const whole = Math.floor(months / 12);
  const left = months % 12;
  const rule = policy.severance.bandRule;
  if (rule === "exact") {
    const years = new Dec(months).div(12).toFixed();
    const label =
      left === 0
        ? `0 tháng lẻ → 0 năm (${RULE_LABEL.exact})`
        : `${left} tháng lẻ → ${left}/12 năm (${RULE_LABEL.exact})`;
    return { years, band: null, label };
  }
  const band = policy.severance.bands.find((b) => b.fromMonths <= left && left <= b.toMonths);
  // A validated policy covers 0..11 exactly once; a missing band is a programming error, and a
  // silent 0 would underpay, so refuse.
  if (!band)
    throw new Error(`countYears: no band covers ${left} leftover months in policy ${policy.id}`);
  const years = new Dec(whole).plus(band.years).toFixed();
  return {
    years,
    band,
    label: `${left} tháng lẻ → ${formatDecimalVi(band.years)} năm (${RULE_LABEL[rule]})`,
  };
}
