import type { PartialDate } from "../types";
import {
  baseSalaryDate,
  fifteenthBirthday,
  monthsOfService,
  startAfterEnd,
  startBeforeFifteen,
} from "./service";

const day = (d: number, m: number, y: number): PartialDate => ({
  year: y,
  month: m,
  day: d,
  precision: "day",
});
const month = (m: number, y: number): PartialDate => ({ year: y, month: m, precision: "month" });
const year = (y: number): PartialDate => ({ year: y, precision: "year" });

describe("monthsOfService, both dates day-precise (largest m with S + m months ≤ E + 1 day)", () => {
  test.each<[string, PartialDate, PartialDate, number]>([
    // E+1 = 01/01/2019 = 01/03/2010 + 106 months.
    ["01/03/2010 → 31/12/2018", day(1, 3, 2010), day(31, 12, 2018), 106],
    // E+1 = 31/12/2018; S + 106 = 01/01/2019 > 31/12 → 105.
    ["01/03/2010 → 30/12/2018", day(1, 3, 2010), day(30, 12, 2018), 105],
    // E+1 = 28/02/2018; S + 1 = 31/02 → clamped 28/02 ≤ 28/02 → 1 (28 days of service fill February).
    ["31/01/2018 → 27/02/2018", day(31, 1, 2018), day(27, 2, 2018), 1],
    // E+1 = 27/02/2018 < 28/02 → 0.
    ["31/01/2018 → 26/02/2018", day(31, 1, 2018), day(26, 2, 2018), 0],
    // E+1 = 01/03/2018; S + 1 = 28/02 ≤ 01/03; S + 2 = 31/03 > 01/03 → 1.
    ["31/01/2018 → 28/02/2018", day(31, 1, 2018), day(28, 2, 2018), 1],
    // leap year: E+1 = 29/02/2016 = clamped 31/01 + 1 → 1; E = 27/02 → E+1 = 28/02 < 29/02 → 0.
    ["31/01/2016 → 28/02/2016", day(31, 1, 2016), day(28, 2, 2016), 1],
    ["31/01/2016 → 27/02/2016", day(31, 1, 2016), day(27, 2, 2016), 0],
    // 29/02/2016 + 12 months = 28/02/2017 ≤ E+1 = 01/03/2017; + 13 = 29/03 > → 12.
    ["29/02/2016 → 28/02/2017", day(29, 2, 2016), day(28, 2, 2017), 12],
    // 31/08 + 1 month = 30/09 ≤ E+1 = 01/10 → 1.
    ["31/08/2018 → 30/09/2018", day(31, 8, 2018), day(30, 9, 2018), 1],
    // one day of service: E+1 = 02/03; S + 1 = 01/04 > → 0.
    ["01/03/2018 → 01/03/2018", day(1, 3, 2018), day(1, 3, 2018), 0],
    // year end: 01/01/2018 → 31/12/2018: E+1 = 01/01/2019 = S + 12.
    ["01/01/2018 → 31/12/2018", day(1, 1, 2018), day(31, 12, 2018), 12],
    // 15/06/2000 → 14/06/2019: E+1 = 15/06/2019 = S + 228.
    ["15/06/2000 → 14/06/2019", day(15, 6, 2000), day(14, 6, 2019), 228],
  ])("%s = %d months", (_l, s, e, expected) => {
    expect(monthsOfService(s, e)).toBe(expected);
  });
});

describe("monthsOfService, otherwise inclusive months", () => {
  test.each<[string, PartialDate, PartialDate, number]>([
    ["03/2010 → 12/2018", month(3, 2010), month(12, 2018), 106],
    ["03/2018 → 03/2018", month(3, 2018), month(3, 2018), 1],
    // year-only start reads January, year-only end December: 8·12 + 11 + 1.
    ["2010 → 2018", year(2010), year(2018), 108],
    ["2018 → 2018", year(2018), year(2018), 12],
    // day start, month end → counted by months: (2018−2010)·12 + (12−3) + 1.
    ["15/03/2010 → 12/2018", day(15, 3, 2010), month(12, 2018), 106],
    // month start, year-only end (December).
    ["03/2010 → 2018", month(3, 2010), year(2018), 106],
  ])("%s = %d months", (_l, s, e, expected) => {
    expect(monthsOfService(s, e)).toBe(expected);
  });
});

describe("baseSalaryDate", () => {
  test("a day is itself, a month its last day, a year 31 December", () => {
    expect(baseSalaryDate(day(5, 3, 2019))).toBe("2019-03-05");
    expect(baseSalaryDate(month(6, 2018))).toBe("2018-06-30");
    expect(baseSalaryDate(month(2, 2016))).toBe("2016-02-29");
    expect(baseSalaryDate(year(2018))).toBe("2018-12-31");
  });
});

describe("date order", () => {
  test("start after end", () => {
    expect(startAfterEnd(day(1, 1, 2019), day(31, 12, 2018))).toBe(true);
    expect(startAfterEnd(day(31, 12, 2018), day(31, 12, 2018))).toBe(false);
    expect(startAfterEnd(month(1, 2019), month(12, 2018))).toBe(true);
    expect(startAfterEnd(month(12, 2018), month(12, 2018))).toBe(false);
    // year-only end reads December: 03/2018 → 2018 is in order.
    expect(startAfterEnd(month(3, 2018), year(2018))).toBe(false);
    expect(startAfterEnd(year(2019), month(12, 2018))).toBe(true);
    // day vs month: 15/12/2018 → 12/2018 is in order.
    expect(startAfterEnd(day(15, 12, 2018), month(12, 2018))).toBe(false);
  });

  test("15th birthday keeps the birth precision (29/02 → 28/02)", () => {
    expect(fifteenthBirthday(day(29, 2, 2000))).toEqual({
      year: 2015,
      month: 2,
      day: 28,
      precision: "day",
    });
    expect(fifteenthBirthday(month(5, 1990))).toEqual({ year: 2005, month: 5, precision: "month" });
    expect(fifteenthBirthday(year(1990))).toEqual({ year: 2005, precision: "year" });
  });

  test("start before the 15th birthday only when certain", () => {
    expect(startBeforeFifteen(day(1, 5, 2005), day(2, 5, 1990))).toBe(true);
    expect(startBeforeFifteen(day(2, 5, 2005), day(2, 5, 1990))).toBe(false);
    // birth year only: only an earlier year is certain.
    expect(startBeforeFifteen(day(31, 12, 2004), year(1990))).toBe(true);
    expect(startBeforeFifteen(day(1, 1, 2005), year(1990))).toBe(false);
    // month precision of birth: 04/2005 before 05/2005.
    expect(startBeforeFifteen(day(30, 4, 2005), month(5, 1990))).toBe(true);
    expect(startBeforeFifteen(day(1, 5, 2005), month(5, 1990))).toBe(false);
  });
});
