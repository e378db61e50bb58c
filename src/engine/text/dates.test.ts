import type { PartialDate } from "../types";
import {
  addMonthsClamped,
  daysInMonth,
  excelSerialToYmd,
  formatDateVi,
  isValidYmd,
  parseDateCell,
  parseIsoDate,
  toIso,
  ymdToExcelSerial,
} from "./dates";

const day = (year: number, month: number, d: number): PartialDate => ({
  year,
  month,
  day: d,
  precision: "day",
});
const month = (year: number, m: number): PartialDate => ({ year, month: m, precision: "month" });
const year = (y: number): PartialDate => ({ year: y, precision: "year" });

describe("parseDateCell — text forms", () => {
  test.each<[string, PartialDate]>([
    ["05/03/2010", day(2010, 3, 5)],
    ["5/3/2010", day(2010, 3, 5)],
    ["05/3/2010", day(2010, 3, 5)],
    ["5/03/2010", day(2010, 3, 5)],
    ["5-3-2010", day(2010, 3, 5)],
    ["05-03-2010", day(2010, 3, 5)],
    ["5.3.2010", day(2010, 3, 5)],
    ["2010-03-05", day(2010, 3, 5)],
    ["2010-03-05T00:00:00", day(2010, 3, 5)],
    ["05/03/2010 00:00:00", day(2010, 3, 5)],
    ["31/12/2018", day(2018, 12, 31)],
    ["29/02/2020", day(2020, 2, 29)],
    ["29/02/2000", day(2000, 2, 29)],
    ["ngày 5 tháng 3 năm 2010", day(2010, 3, 5)],
    ["Ngày 05 tháng 03 năm 2010", day(2010, 3, 5)],
    ["ngày 05/3/2010", day(2010, 3, 5)],
    ["03/2010", month(2010, 3)],
    ["3/2010", month(2010, 3)],
    ["3-2010", month(2010, 3)],
    ["12/2018", month(2018, 12)],
    ["T3/2010", month(2010, 3)],
    ["t3/2010", month(2010, 3)],
    ["tháng 3/2010", month(2010, 3)],
    ["tháng 3 năm 2010", month(2010, 3)],
    ["Tháng 03 năm 2010", month(2010, 3)],
    ["THÁNG 3 NĂM 2010", month(2010, 3)],
    ["2010-03", month(2010, 3)],
    ["2010", year(2010)],
    ["năm 2010", year(2010)],
    ["Năm 1975", year(1975)],
  ])("%j", (text, expected) => {
    expect(parseDateCell(text)).toEqual({ ok: true, date: expected });
  });

  test("stray spaces, NBSP and NFD accents do not matter", () => {
    expect(parseDateCell("  05 / 03 / 2010 ")).toEqual({ ok: true, date: day(2010, 3, 5) });
    expect(parseDateCell("\u00A005/03/2010\u00A0")).toEqual({ ok: true, date: day(2010, 3, 5) });
    expect(parseDateCell("tháng\u00A03\u00A0năm\u00A02010")).toEqual({
      ok: true,
      date: month(2010, 3),
    });
    expect(parseDateCell("ngày 5 tháng 3 năm 2010".normalize("NFD"))).toEqual({
      ok: true,
      date: day(2010, 3, 5),
    });
    expect(parseDateCell("Tha\u0301ng 3 na\u0306m 2010")).toEqual({
      ok: true,
      date: month(2010, 3),
    });
  });

  test.each([
    "29/02/2019",
    "29/02/1900",
    "31/04/2010",
    "31/06/2010",
    "13/2010",
    "0/2010",
    "00/2010",
    "32/1/2010",
    "0/1/2010",
    "5/13/2010",
    "5/3/10",
    "3/10",
    "05/03/201",
    "2010-13-01",
    "2010-02-30",
    "abc",
    "ngày 2010",
    "năm 3/2010",
    "5/3/2010/1",
    "1850",
    "2200",
    "1,5",
  ])("%j is invalid", (text) => {
    expect(parseDateCell(text)).toEqual({ ok: false, text });
  });

  test("empty and blank cells are null", () => {
    expect(parseDateCell(null)).toBeNull();
    expect(parseDateCell("")).toBeNull();
    expect(parseDateCell(" \u00A0 ")).toBeNull();
  });

  test("error values and booleans are invalid", () => {
    expect(parseDateCell({ error: "#N/A" })).toEqual({ ok: false, text: "#N/A" });
    expect(parseDateCell({ error: "#REF!" })).toEqual({ ok: false, text: "#REF!" });
    expect(parseDateCell(true)).toEqual({ ok: false, text: "TRUE" });
  });
});

describe("parseDateCell — numbers", () => {
  test("an integer 1900..2100 is a year", () => {
    expect(parseDateCell(2010)).toEqual({ ok: true, date: year(2010) });
    expect(parseDateCell(1900)).toEqual({ ok: true, date: year(1900) });
    expect(parseDateCell(2100)).toEqual({ ok: true, date: year(2100) });
  });
  test("other numbers are Excel serials", () => {
    // 40242: 2010-03-05 (40179 = 2010-01-01, + 31 + 28 + 4).
    expect(parseDateCell(40242)).toEqual({ ok: true, date: day(2010, 3, 5) });
    expect(parseDateCell(40242.75)).toEqual({ ok: true, date: day(2010, 3, 5) });
    expect(parseDateCell(43465)).toEqual({ ok: true, date: day(2018, 12, 31) });
    expect(parseDateCell(1)).toEqual({ ok: true, date: day(1900, 1, 1) });
    expect(parseDateCell(59)).toEqual({ ok: true, date: day(1900, 2, 28) });
    expect(parseDateCell(61)).toEqual({ ok: true, date: day(1900, 3, 1) });
    expect(parseDateCell(2101)).toEqual({ ok: true, date: day(1905, 10, 1) });
  });
  test("serial 60 (Excel's fake 29/02/1900), zero and negatives are invalid", () => {
    expect(parseDateCell(60)).toEqual({ ok: false, text: "60" });
    expect(parseDateCell(0)).toEqual({ ok: false, text: "0" });
    expect(parseDateCell(-5)).toEqual({ ok: false, text: "-5" });
    expect(parseDateCell(0.5)).toEqual({ ok: false, text: "0.5" });
    expect(parseDateCell(3e6)).toEqual({ ok: false, text: "3000000" });
  });
});

describe("serial conversions", () => {
  test.each<[number, number, number, number]>([
    [1, 1900, 1, 1],
    [59, 1900, 2, 28],
    [61, 1900, 3, 1],
    [367, 1901, 1, 1],
    [36526, 2000, 1, 1],
    [40179, 2010, 1, 1],
    [43465, 2018, 12, 31],
    [43466, 2019, 1, 1],
    [43890, 2020, 2, 29],
    [2958465, 9999, 12, 31],
  ])("serial %d ↔ %d-%d-%d", (serial, y, m, d) => {
    expect(excelSerialToYmd(serial)).toEqual({ year: y, month: m, day: d });
    expect(ymdToExcelSerial(y, m, d)).toBe(serial);
  });
  test("invalid serials", () => {
    expect(excelSerialToYmd(60)).toBeNull();
    expect(excelSerialToYmd(0)).toBeNull();
    expect(excelSerialToYmd(-1)).toBeNull();
    expect(excelSerialToYmd(NaN)).toBeNull();
    expect(excelSerialToYmd(2958466)).toBeNull();
  });
});

describe("calendar helpers", () => {
  test("daysInMonth and leap years", () => {
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2010, 4)).toBe(30);
    expect(daysInMonth(2010, 12)).toBe(31);
  });
  test("isValidYmd", () => {
    expect(isValidYmd(2020, 2, 29)).toBe(true);
    expect(isValidYmd(2019, 2, 29)).toBe(false);
    expect(isValidYmd(2010, 4, 31)).toBe(false);
    expect(isValidYmd(2010, 0, 1)).toBe(false);
    expect(isValidYmd(2010, 1, 0)).toBe(false);
    expect(isValidYmd(2010, 1.5, 1)).toBe(false);
  });
  test.each<[[number, number, number, number], [number, number, number]]>([
    [
      [2010, 1, 31, 1],
      [2010, 2, 28],
    ],
    [
      [2020, 1, 31, 1],
      [2020, 2, 29],
    ],
    [
      [2010, 3, 31, 1],
      [2010, 4, 30],
    ],
    // DOMAIN §5.4: 01/03/2010 → 31/12/2018 is 106 months because S + 106 months = 01/01/2019 = E + 1 day.
    [
      [2010, 3, 1, 106],
      [2019, 1, 1],
    ],
    [
      [2010, 3, 1, 105],
      [2018, 12, 1],
    ],
    [
      [2010, 12, 15, 1],
      [2011, 1, 15],
    ],
    [
      [2010, 3, 31, -1],
      [2010, 2, 28],
    ],
    [
      [2011, 1, 15, -13],
      [2009, 12, 15],
    ],
    [
      [2019, 8, 31, 6],
      [2020, 2, 29],
    ],
    [
      [2010, 5, 5, 0],
      [2010, 5, 5],
    ],
  ])("addMonthsClamped(%j) → %j", ([y, m, d, n], [ey, em, ed]) => {
    expect(addMonthsClamped(y, m, d, n)).toEqual({ year: ey, month: em, day: ed });
  });
});

describe("ISO and Vietnamese formatting", () => {
  test("parseIsoDate", () => {
    expect(parseIsoDate("2019-03-05")).toEqual(day(2019, 3, 5));
    expect(parseIsoDate("2019-03")).toEqual(month(2019, 3));
    expect(parseIsoDate("2019")).toEqual(year(2019));
    expect(parseIsoDate("2019-02-29")).toBeNull();
    expect(parseIsoDate("2019-13")).toBeNull();
    expect(parseIsoDate("2019-3-5")).toBeNull();
    expect(parseIsoDate("05/03/2019")).toBeNull();
    expect(parseIsoDate("")).toBeNull();
  });
  test("toIso", () => {
    expect(toIso(day(2010, 3, 5))).toBe("2010-03-05");
    expect(toIso(month(2010, 3))).toBe("2010-03");
    expect(toIso(year(2010))).toBe("2010");
  });
  test("formatDateVi", () => {
    expect(formatDateVi(day(2010, 3, 5))).toBe("05/03/2010");
    expect(formatDateVi(day(2018, 12, 31))).toBe("31/12/2018");
    expect(formatDateVi(month(2010, 3))).toBe("03/2010");
    expect(formatDateVi(year(2010))).toBe("2010");
  });
});
