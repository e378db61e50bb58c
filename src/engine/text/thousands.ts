/**
 * Digits grouped by three with "." (the Vietnamese thousands separator), for integers. Kept apart
 * from vi-number.ts (which needs decimal.js for fractions) so that the task pane's main thread can
 * print counts without loading the engine (src/engine/light.ts).
 */

/** Groups of three digits with "." (Vietnamese thousands separator). */
export function groupThousands(digits: string): string {
  // A plain loop: this runs for every amount of every payout trace, and the lookahead regex it
  // replaces cost more than the rest of the formatting.
  const n = digits.length;
  if (n <= 3) return digits;
  for (let i = 0; i < n; i++) {
    const c = digits.charCodeAt(i);
    if (c < 48 || c > 57) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }
  const head = n % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < n; i += 3) out += "." + digits.slice(i, i + 3);
  return out;
}

/** An integer with "." for thousands: 1149540875 → "1.149.540.875", -1000 → "-1.000". */
export function formatIntegerVi(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not an integer: ${n}`);
  const neg = n < 0;
  // A safe integer prints without an exponent; BigInt avoids exponent notation above 1e21 and
  // keeps every digit of larger integers.
  const abs = Math.abs(n);
  const digits = Number.isSafeInteger(abs) ? String(abs) : BigInt(abs).toString();
  return (neg ? "-" : "") + groupThousands(digits);
}
