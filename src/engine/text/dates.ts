import type { CellValue, PartialDate } from "../types";
import { cleanText, foldLoose } from "./fold";

export type DateParse = { ok: true; date: PartialDate } | { ok: false; text: string };

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

const DAY_MS = 86_400_000;
/** Serial 0 in Excel's 1900 system is 1899-12-31 (serial 1 = 1900-01-01). */
const EPOCH = Date.UTC(1899, 11, 31);
/** Excel's largest date, 9999-12-31. */
const MAX_SERIAL = 2_958_465;

/**
 * Excel serial (1900 system) → calendar date. Excel counts a 29/02/1900 that never existed
 * (serial 60): it is invalid here, and serials above it are shifted back by one day.
 * The fractional part (time of day) is ignored. Null for serial ≤ 0, 60, or beyond 9999.
 */
export function excelSerialToYmd(serial: number): Ymd | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole <= 0 || whole === 60 || whole > MAX_SERIAL) return null;
  const days = whole > 60 ? whole - 1 : whole;
  const date = new Date(EPOCH + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Days between the 1904 and the 1900 date systems' day 0 (01/01/1904 is 1462 in the 1900 system). */
export const DAYS_1904 = 1462;

/**
 * A date serial of a 1904-date-system workbook (old Mac Excel) → the 1900-system serial the engine
 * reads: the one conversion, used by the package reader (CLI) and the office-js reader (pane).
 */
export function from1904Serial(serial: number): number {
  return serial + DAYS_1904;
}

/** Whether a number format shows a date: d, m, y (or h, s) outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .split(";")[0];
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare) && !/general/i.test(bare);
}

/** Calendar date → Excel serial (1900 system, including Excel's fake 29/02/1900 gap). */
export function ymdToExcelSerial(y: number, m: number, d: number): number {
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
  return days >= 60 ? days + 1 : days;
}

/** Add calendar months keeping the day, clamped to the month's end (31/01 + 1 → 28/02 or 29/02). */
export function addMonthsClamped(y: number, m: number, d: number, months: number): Ymd {
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(d, daysInMonth(year, month)) };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");

/** "2010-03-05" / "2010-03" / "2010". */
export function toIso(d: PartialDate): string {
  if (d.precision === "year" || d.month === undefined) return pad4(d.year);
  if (d.precision === "month" || d.day === undefined) return `${pad4(d.year)}-${pad2(d.month)}`;
  return `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** "05/03/2010" / "03/2010" / "2010". */
export function formatDateVi(d: PartialDate): string {
  if (d.precision === "year" || d.month === undefined) return String(d.year);
  if (d.precision === "month" || d.day === undefined) return `${pad2(d.month)}/${d.year}`;
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

/** Strict ISO: "2019-03-05" (day), "2019-03" (month), "2019" (year); null if malformed or impossible. */
export function parseIsoDate(s: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim());
  if (!m) return null;
  return makeDate(
    Number(m[1]),
    m[2] === undefined ? undefined : Number(m[2]),
    m[3] === undefined ? undefined : Number(m[3])
  );
}

function makeDate(year: number, month?: number, day?: number): PartialDate | null {
  if (!Number.isInteger(year)) return null;
  if (month === undefined) return { year, precision: "year" };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { year, month, precision: "month" };
  if (!isValidYmd(year, month, day)) return null;
  return { year, month, day, precision: "day" };
}

/** Years a roster can plausibly hold; also the range in which a bare number is a year, not a serial. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * Text date forms, matched on the foldLoose form (so "/", "-", "." and NBSP are all one space,
 * "tháng" is "thang"). Day first always. The words may only stand where they belong
 * ("ngày" before the day, "tháng"/"T" before the month, "năm" before the year).
 */
const YEAR = "(\\d{4})";
const N2 = "(\\d{1,2})";
const TEXT_FORMS: { re: RegExp; build: (m: RegExpExecArray) => [number, number?, number?] }[] = [
  // 2010-03-05 (ISO, year first)
  { re: new RegExp(`^${YEAR} ${N2} ${N2}$`), build: (m) => [+m[1], +m[2], +m[3]] },
  // 2010-03
  { re: new RegExp(`^${YEAR} ${N2}$`), build: (m) => [+m[1], +m[2]] },
  // 05/03/2010, 5-3-2010, 5.3.2010, ngày 5 tháng 3 năm 2010, ngày 05/3/2010
  {
    re: new RegExp(`^(?:ngay )?${N2} (?:thang )?${N2} (?:nam )?${YEAR}$`),
    build: (m) => [+m[3], +m[2], +m[1]],
  },
  // 03/2010, T3/2010, tháng 3/2010, tháng 3 năm 2010
  { re: new RegExp(`^(?:thang |t ?)?${N2} (?:nam )?${YEAR}$`), build: (m) => [+m[2], +m[1]] },
  // 2010, năm 2010
  { re: new RegExp(`^(?:nam )?${YEAR}$`), build: (m) => [+m[1]] },
];

function parseDateText(text: string): PartialDate | null {
  // A time of day after the date ("05/03/2010 00:00:00", "2010-03-05T00:00:00Z") is dropped.
  const withoutTime = text.replace(
    /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/i,
    ""
  );
  const key = foldLoose(withoutTime);
  for (const form of TEXT_FORMS) {
    const m = form.re.exec(key);
    if (!m) continue;
    const [year, month, day] = form.build(m);
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
    return makeDate(year, month, day);
  }
  return null;
}

/**
 * Read a date cell. Null for an empty or blank cell. A number: an integer 1900..2100 is a year;
 * any other is an Excel serial (time of day ignored). Text: every form of DOMAIN §4.1, day first;
 * two-digit years are ambiguous and rejected. Impossible dates and error values → { ok: false }.
 */
export function parseDateCell(v: CellValue): DateParse | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") {
    const text = String(v);
    if (Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR)
      return { ok: true, date: { year: v, precision: "year" } };
    const ymd = excelSerialToYmd(v);
    if (ymd === null) return { ok: false, text };
    return { ok: true, date: { ...ymd, precision: "day" } };
  }
  if (typeof v === "boolean") return { ok: false, text: v ? "TRUE" : "FALSE" };
  if (typeof v === "object") return { ok: false, text: v.error };
  const text = cleanText(v);
  if (text === "") return null;
  const date = parseDateText(text);
  return date === null ? { ok: false, text } : { ok: true, date };
}
