/**
 * Integer arithmetic for the common case of the amount formulas (DOMAIN §5.3–5.5): a whole number
 * of đồng times a few plain decimals ("0.7", "1.5", "8.5"), rounded half away from zero to the
 * đồng. Every step is an exact integer operation below 2^52, so the result is the one decimal.js
 * gives; anything else (a long decimal, an exponent, a product too large) returns null and the
 * caller uses Decimal. This exists for speed only: a Decimal per multiplication was the largest
 * cost of computing twenty thousand rows.
 */

/**
 * The digits of a plain decimal (/^\d+(\.\d+)?$/, at most 15 digits) as an integer, the point
 * dropped: "1.86" → 186; -1 for anything else. A loop, not a regex: no match array per factor.
 */
function plainDecimal(f: string): number {
  let n = 0;
  let digits = 0;
  let point = -1;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0 && i > 0) point = i;
    else return -1;
  }
  if (point === f.length - 1 || digits === 0 || digits > 15) return -1;
  return n;
}

/** Digits after the point of a plain decimal. */
function fractionDigits(f: string): number {
  const point = f.indexOf(".");
  return point < 0 ? 0 : f.length - point - 1;
}
/** Half of Number.MAX_SAFE_INTEGER: room for the correction steps below without leaving exact integers. */
const LIMIT = 2 ** 52;

/** round(n × f1 × f2 × …) half away from zero, for a non-negative safe integer n and non-negative plain decimals; null when not exactly computable here. */
export function roundProduct(n: number, ...factors: string[]): number | null {
  if (!Number.isSafeInteger(n) || n < 0) return null;
  let num = n;
  let scale = 0;
  for (const f of factors) {
    const parsed = plainDecimal(f);
    if (parsed < 0) return null;
    num *= parsed;
    scale += fractionDigits(f);
    if (num > LIMIT || scale > 15) return null;
  }
  const den = 10 ** scale;
  let q = Math.floor(num / den);
  let r = num - q * den;
  // The float division can be one off near an integer: settle q and r exactly.
  if (r < 0) {
    q -= 1;
    r += den;
  } else if (r >= den) {
    q += 1;
    r -= den;
  }
  const rounded = 2 * r >= den ? q + 1 : q;
  return Number.isSafeInteger(rounded) ? rounded : null;
}
