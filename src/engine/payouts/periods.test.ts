import { firstOverlap, parsePeriods, periodMonths } from "./periods";
import type { PartialDate } from "../types";

const m = (year: number, month: number): PartialDate => ({ year, month, precision: "month" });

describe("parsePeriods", () => {
  test("two periods separated by ';'", () => {
    expect(parsePeriods("03/2012 - 11/2023; 05/2024 - 07/2025")).toEqual({
      ok: true,
      periods: [
        { start: m(2012, 3), end: m(2023, 11) },
        { start: m(2024, 5), end: m(2025, 7) },
      ],
    });
  });

  test("one per line, dashes of any kind, 'đến', and an open end", () => {
    const r = parsePeriods("03/2012 – 11/2023\n05/2024 đến nay\r\n01/2026-02/2026");
    expect(r).toEqual({
      ok: true,
      periods: [
        { start: m(2012, 3), end: m(2023, 11) },
        { start: m(2024, 5), end: null },
        { start: m(2026, 1), end: m(2026, 2) },
      ],
    });
  });

  test("day-precise dates", () => {
    const r = parsePeriods("01/03/2012 - 30/11/2023");
    expect(r).toEqual({
      ok: true,
      periods: [
        {
          start: { year: 2012, month: 3, day: 1, precision: "day" },
          end: { year: 2023, month: 11, day: 30, precision: "day" },
        },
      ],
    });
  });

  test("an unreadable part names itself", () => {
    expect(parsePeriods("03/2012 - 11/2023; từ lâu")).toMatchObject({ ok: false, part: "từ lâu" });
  });

  test("not text or empty: nothing", () => {
    expect(parsePeriods(42)).toBeNull();
    expect(parsePeriods(" ; ")).toBeNull();
  });
});

describe("months and overlaps", () => {
  test("months summed period by period", () => {
    // 03/2012 – 11/2023: 141; 05/2024 – 07/2025: 15.
    expect(
      periodMonths([
        { start: m(2012, 3), end: m(2023, 11) },
        { start: m(2024, 5), end: m(2025, 7) },
      ])
    ).toEqual({ each: [141, 15], total: 156 });
  });

  test("a shared month overlaps; consecutive months do not", () => {
    expect(
      firstOverlap([
        { start: m(2012, 3), end: m(2023, 11) },
        { start: m(2023, 11), end: m(2025, 7) },
      ])
    ).toEqual([0, 1]);
    expect(
      firstOverlap([
        { start: m(2012, 3), end: m(2023, 11) },
        { start: m(2023, 12), end: m(2025, 7) },
      ])
    ).toBeNull();
  });

  test("day-precise periods overlap only on a shared day", () => {
    const d = (year: number, month: number, day: number): PartialDate => ({
      year,
      month,
      day,
      precision: "day",
    });
    expect(
      firstOverlap([
        { start: d(2012, 3, 1), end: d(2023, 11, 15) },
        { start: d(2023, 11, 16), end: d(2025, 7, 1) },
      ])
    ).toBeNull();
    expect(
      firstOverlap([
        { start: d(2012, 3, 1), end: d(2023, 11, 15) },
        { start: d(2023, 11, 15), end: d(2025, 7, 1) },
      ])
    ).toEqual([0, 1]);
  });
});
