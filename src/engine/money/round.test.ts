import Decimal from "decimal.js";
import { dec, Dec, roundDong } from "./round";

describe("roundDong", () => {
  test.each<[Decimal.Value, number]>([
    [2.5, 3],
    ["2.5", 3],
    [-2.5, -3],
    ["-2.5", -3],
    ["2.4999", 2],
    ["-2.4999", -2],
    ["0.5", 1],
    ["-0.5", -1],
    ["1.5", 2],
    ["1390000", 1390000],
    ["695000.5", 695001],
    ["-0.4", 0],
  ])("%s → %d", (x, expected) => {
    expect(roundDong(x)).toBe(expected);
  });

  test("-0.4 gives +0, not -0", () => {
    expect(Object.is(roundDong("-0.4"), 0)).toBe(true);
  });

  test("1390000 × 0.5 is exact", () => {
    expect(roundDong(dec(1390000).times("0.5"))).toBe(695000);
  });

  test("coefficient × base salary without float error: 1.23 × 1390000 = 1709700", () => {
    // In floats 1.23 * 1390000 = 1709699.9999999998.
    expect(roundDong(dec("1.23").times(1390000))).toBe(1709700);
  });

  test("half a đồng from a product rounds away from zero", () => {
    // 0.105 × 1390000 = 145950 exactly; 0.0000005 × 1000000 = 0.5 → 1.
    expect(roundDong(dec("0.105").times(1390000))).toBe(145950);
    expect(roundDong(dec("0.0000005").times(1000000))).toBe(1);
  });

  test("throws RangeError outside the safe integer range and for NaN", () => {
    expect(() => roundDong("9007199254740993")).toThrow(RangeError);
    expect(() => roundDong("1e30")).toThrow(RangeError);
    expect(() => roundDong(NaN)).toThrow(RangeError);
    expect(() => roundDong(Infinity)).toThrow(RangeError);
    expect(roundDong("9007199254740991")).toBe(9007199254740991);
  });

  test("Dec keeps 40 significant digits and prints without exponent", () => {
    expect(Dec.precision).toBe(40);
    expect(dec("1").dividedBy(3).toString()).toBe("0." + "3".repeat(40));
    expect(dec("1e25").toString()).toBe("10000000000000000000000000");
    expect(dec(x1()).plus("0.2").toString()).toBe("0.3");
  });
});

function x1(): string {
  return "0.1";
}
