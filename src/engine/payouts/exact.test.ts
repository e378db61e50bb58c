import fc from "fast-check";
import { roundProduct } from "./exact";
import { dec, roundDong } from "../money/round";

describe("roundProduct", () => {
  test("worked examples, rounding half away from zero", () => {
    expect(roundProduct(1390000, "0.7")).toBe(973000);
    expect(roundProduct(1390000, "1.86")).toBe(2585400);
    expect(roundProduct(2085000, "1", "9")).toBe(18765000);
    expect(roundProduct(1390000, "1.5", "8.5")).toBe(17722500);
    expect(roundProduct(5, "0.5")).toBe(3); // 2,5 → 3
    expect(roundProduct(5, "0.3")).toBe(2); // 1,5 → 2
    expect(roundProduct(7, "0.07")).toBe(0); // 0,49 → 0
    expect(roundProduct(1, "0.5")).toBe(1); // 0,5 → 1
    expect(roundProduct(0, "1.5")).toBe(0);
    expect(roundProduct(1390000)).toBe(1390000);
    expect(roundProduct(1, "1.50")).toBe(2); // trailing zero is harmless
  });

  test("declines what it cannot do exactly: Decimal takes over", () => {
    expect(roundProduct(1390000, "1e3")).toBeNull();
    expect(roundProduct(1390000, "-1")).toBeNull();
    expect(roundProduct(-5, "1")).toBeNull();
    expect(roundProduct(1.5, "1")).toBeNull();
    expect(roundProduct(1390000, "0.1234567890123456")).toBeNull(); // 16 digits
    expect(roundProduct(2 ** 40, "4096.1")).toBeNull(); // product past 2^52
    expect(roundProduct(1390000, "8.833333333333333333333333333333333333333")).toBeNull();
  });

  test("agrees with decimal.js and roundDong wherever it answers", () => {
    const decimalText = fc
      .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 6 }))
      .map(([digits, places]) => {
        const s = String(digits).padStart(places + 1, "0");
        return places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
      });
    let answered = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.array(decimalText, { minLength: 0, maxLength: 2 }),
        (n, factors) => {
          const got = roundProduct(n, ...factors);
          if (got !== null) answered++;
          if (got !== null)
            expect(got).toBe(roundDong(factors.reduce((acc, f) => acc.times(f), dec(n))));
        }
      ),
      { numRuns: 3000 }
    );
    // Not vacuous: most of these products are in range.
    expect(answered).toBeGreaterThan(1500);
  });
});

describe("roundProduct reads only plain decimals", () => {
  test.each([".5", "5.", "1.2.3", "", "1,5", " 1", "1e3", "+1", "0x10", "1_000"])(
    "«%s» is declined",
    (f) => {
      expect(roundProduct(10, f)).toBeNull();
    }
  );
  test.each([
    ["0", 0],
    ["007", 70],
    ["0.05", 1], // 0,5 → 1
    ["12.340", 123], // 123,4 → 123
  ])("«%s» × 10", (f, want) => {
    expect(roundProduct(10, f as string)).toBe(want);
  });
});
