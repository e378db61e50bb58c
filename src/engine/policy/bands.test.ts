import { BANDS_A, BANDS_B, bandsForRule, countYears } from "./bands";
import { getPreset } from "./presets";
import type { BandRule, Policy } from "../types";

function withRule(rule: BandRule): Policy {
  const p = getPreset("kien-giang-nq77-2017")!;
  p.severance.bandRule = rule;
  p.severance.bands = bandsForRule(rule);
  return p;
}

describe("band tables", () => {
  test("rule A and rule B as in DOMAIN §3.5", () => {
    expect(BANDS_A).toEqual([
      { fromMonths: 0, toMonths: 2, years: "0" },
      { fromMonths: 3, toMonths: 6, years: "0.5" },
      { fromMonths: 7, toMonths: 11, years: "1" },
    ]);
    expect(BANDS_B).toEqual([
      { fromMonths: 0, toMonths: 0, years: "0" },
      { fromMonths: 1, toMonths: 6, years: "0.5" },
      { fromMonths: 7, toMonths: 11, years: "1" },
    ]);
    expect(bandsForRule("exact")).toEqual([]);
  });
  test("bandsForRule returns copies", () => {
    const b = bandsForRule("A");
    b[0].years = "9";
    expect(BANDS_A[0].years).toBe("0");
  });
});

describe("countYears", () => {
  // Worked by hand: months = 12·8 + leftover; years = 8 + band(leftover).
  test.each([
    // leftover, rule A, rule B
    [96, "8", "8"], // 0
    [97, "8", "8.5"], // 1
    [98, "8", "8.5"], // 2
    [99, "8.5", "8.5"], // 3
    [102, "8.5", "8.5"], // 6
    [103, "9", "9"], // 7
    [107, "9", "9"], // 11
    [108, "9", "9"], // 12 leftover = a whole year
  ])("%i months → A %s, B %s", (months, a, b) => {
    expect(countYears(months, withRule("A")).years).toBe(a);
    expect(countYears(months, withRule("B")).years).toBe(b);
  });

  test("small counts", () => {
    expect(countYears(0, withRule("B")).years).toBe("0");
    expect(countYears(1, withRule("B")).years).toBe("0.5");
    expect(countYears(2, withRule("A")).years).toBe("0");
    expect(countYears(12, withRule("A")).years).toBe("1");
  });

  test("band and label", () => {
    const r = countYears(106, withRule("B"));
    expect(r).toEqual({
      years: "9",
      band: { fromMonths: 7, toMonths: 11, years: "1" },
      label: "10 tháng lẻ → 1 năm (quy tắc B)",
    });
    expect(countYears(99, withRule("A")).label).toBe("3 tháng lẻ → 0,5 năm (quy tắc A)");
    expect(countYears(96, withRule("A")).label).toBe("0 tháng lẻ → 0 năm (quy tắc A)");
  });

  test("uses the policy's own bands", () => {
    const p = withRule("B");
    p.severance.bands = [
      { fromMonths: 0, toMonths: 5, years: "0" },
      { fromMonths: 6, toMonths: 11, years: "1" },
    ];
    expect(countYears(17, p).years).toBe("1");
    expect(countYears(18, p).years).toBe("2");
  });

  test("exact rule keeps the fraction", () => {
    const p = withRule("exact");
    // 106 / 12 = 8 + 10/12 = 8.8333…; 40 significant digits
    const r = countYears(106, p);
    expect(r.years).toBe("8." + "8" + "3".repeat(38));
    expect(r.band).toBeNull();
    expect(r.label).toBe("10 tháng lẻ → 10/12 năm (tính chính xác)");
    expect(countYears(108, p).years).toBe("9");
    expect(countYears(6, p).years).toBe("0.5");
    expect(countYears(3, p).years).toBe("0.25");
  });

  test("refuses negative or fractional months", () => {
    expect(() => countYears(-1, withRule("A"))).toThrow(RangeError);
    expect(() => countYears(1.5, withRule("A"))).toThrow(RangeError);
  });
});
