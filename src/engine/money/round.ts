import Decimal from "decimal.js";

/**
 * The one Decimal class for money and coefficients. Precision 40 keeps every product of a
 * coefficient, a base salary and a number of years exact; ROUND_HALF_UP in decimal.js rounds
 * half away from zero (like Excel's ROUND), which is what DOMAIN §5.5 asks for. Exponent limits are
 * widened so toString() never switches to scientific notation for realistic values.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = Decimal;

/** A Decimal of the configured class. Never use JS float arithmetic for money. */
export function dec(x: Decimal.Value): Decimal {
  return new Dec(x);
}

/**
 * Round to a whole đồng, half away from zero (2.5 → 3, -2.5 → -3).
 * Throws RangeError for NaN, infinities and results outside the safe integer range, because a
 * silently wrong amount is worse than a stopped computation.
 */
export function roundDong(x: Decimal.Value): number {
  const d = new Dec(x);
  if (!d.isFinite()) throw new RangeError(`Not a finite amount: ${String(x)}`);
  const r = d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  if (!Number.isSafeInteger(r))
    throw new RangeError(`Amount out of the safe integer range: ${d.toString()}`);
  // Normalise -0 (e.g. from -0.4) to 0 so it prints and compares as 0.
  return r === 0 ? 0 : r;
}
