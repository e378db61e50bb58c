import type { CellValue } from "../types";
import { Dec } from "../money/round";
import { cleanText } from "./fold";
import { formatIntegerVi, groupThousands } from "./thousands";

/**
 * Integer with "." for thousands: 1149540875 → "1.149.540.875", -1000 → "-1.000".
 * A non-integer is written with a decimal comma ("1,5") rather than silently rounded.
 */
export function formatNumberVi(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  if (!Number.isInteger(n)) return formatDecimalVi(new Dec(n).toFixed());
  return formatIntegerVi(n);
}

/**
 * A number in the run's language: Vietnamese "1.149.540.875", English "1,149,540,875" (English
 * prose groups with commas; the Vietnamese documents and narrative keep the dot, DOMAIN §6.1).
 */
export function formatNumber(n: number, lang: "vi" | "en"): string {
  const vi = formatNumberVi(n);
  // Swap the two separators: "1.390.000,5" → "1,390,000.5".
  return lang === "en" ? vi.replace(/[.,]/g, (c) => (c === "." ? "," : ".")) : vi;
}

const CANONICAL_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

/** A decimal string to Vietnamese: "1.5" → "1,5", "8" → "8", "1390000.5" → "1.390.000,5". */
export function formatDecimalVi(d: string): string {
  // A decimal already in canonical form (no exponent, no leading or trailing zeros) is what
  // Dec#toFixed() would return: skip building a Decimal for it.
  const s = d.length <= 40 && CANONICAL_DECIMAL.test(d) ? d : new Dec(d).toFixed();
  const neg = s.startsWith("-");
  const [intPart, frac] = (neg ? s.slice(1) : s).split(".");
  const body = groupThousands(intPart) + (frac ? `,${frac}` : "");
  return neg && body !== "0" ? `-${body}` : body;
}

export type NumberParse = { ok: true; value: string } | { ok: false; text: string };

/** Canonical decimal string: no exponent, no trailing zeros, no "-0". */
function canonical(d: InstanceType<typeof Dec>): string {
  const s = d.toFixed();
  return s === "-0" ? "0" : s;
}

/**
 * Excel stores 0.1 + 0.2 style results (1.2000000000000002, 1149540874.9999998). Excel itself keeps
 * only 15 significant digits, so rounding to 15 significant digits and then to ten decimal places
 * removes float noise and nothing a clerk typed.
 */
const EXCEL_SIGNIFICANT_DIGITS = 15;
const FLOAT_NOISE_PLACES = 10;

/** Currency words clerks append: "1.390.000 đ", "đồng", "VNĐ", "VND", "₫". */
const CURRENCY_SUFFIX = /\s*(?:đồng|đ|vnđ|vnd|₫)\.?$/iu;

function parseNumberText(text: string, kind: "coefficient" | "amount"): string | null {
  let s = text.normalize("NFC").toLowerCase().replace(CURRENCY_SUFFIX, "").trim();
  let sign = "";
  const signMatch = /^([+\-\u2212])\s*/.exec(s);
  if (signMatch) {
    sign = signMatch[1] === "+" ? "" : "-";
    s = s.slice(signMatch[0].length);
  }
  if (!/^[\d.,\s]*\d[\d.,\s]*$/.test(s)) return null;
  if (/\s/.test(s)) {
    // Spaces only as thousands separators: "1 390 000" (optionally with a decimal part).
    const m = /^(\d{1,3}(?: \d{3})+)([.,]\d+)?$/.exec(s);
    if (!m) return null;
    s = m[1].replace(/ /g, "") + (m[2] ? `.${m[2].slice(1)}` : "");
    return sign + s;
  }
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let intPart: string;
  let fracPart = "";
  if (dots === 0 && commas === 0) {
    intPart = s;
  } else if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal mark and occurs once; the other groups thousands.
    const decimalMark = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const groupMark = decimalMark === "." ? "," : ".";
    const [whole, frac, ...rest] = s.split(decimalMark);
    if (rest.length > 0 || !/^\d+$/.test(frac)) return null;
    if (!new RegExp(`^\\d{1,3}(?:\\${groupMark}\\d{3})+$`).test(whole)) return null;
    intPart = whole.split(groupMark).join("");
    fracPart = frac;
  } else {
    const mark = dots > 0 ? "." : ",";
    const count = dots + commas;
    const groupedByThousands = new RegExp(`^\\d{1,3}(?:\\${mark}\\d{3})+$`).test(s);
    if (count > 1) {
      // Several of the same mark can only be thousands separators.
      if (!groupedByThousands) return null;
      intPart = s.split(mark).join("");
    } else if (kind === "amount" && groupedByThousands) {
      intPart = s.replace(mark, "");
    } else {
      const [whole, frac] = s.split(mark);
      if (!/^\d*$/.test(whole) || !/^\d+$/.test(frac)) return null;
      intPart = whole === "" ? "0" : whole;
      fracPart = frac;
    }
  }
  if (!/^\d+$/.test(intPart)) return null;
  return sign + intPart + (fracPart ? `.${fracPart}` : "");
}

/**
 * Read a coefficient or an amount cell. Null for an empty or blank cell.
 * Numbers pass through without float noise. Text: "1,5", "1.390.000", "1 390 000", "1,390,000",
 * with "đ", "đồng", "VNĐ" suffixes. In "coefficient" a single "." or "," is the decimal mark
 * ("1.390" → 1.39); in "amount" a single mark followed by exactly three digits groups thousands
 * ("1.390" → 1390), otherwise it is the decimal mark. Errors, booleans and other text →
 * { ok: false, text } with the text the clerk sees.
 */
export function parseNumberCell(v: CellValue, kind: "coefficient" | "amount"): NumberParse | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, text: String(v) };
    // An integer of at most 15 digits has no float noise to remove: its JS form is canonical
    // (String(-0) is "0"), and building a Decimal for every count and amount cell is costly.
    if (Number.isSafeInteger(v) && Math.abs(v) < 1e15) return { ok: true, value: String(v) };
    return {
      ok: true,
      value: canonical(
        new Dec(v).toSignificantDigits(EXCEL_SIGNIFICANT_DIGITS).toDecimalPlaces(FLOAT_NOISE_PLACES)
      ),
    };
  }
  if (typeof v === "boolean") return { ok: false, text: v ? "TRUE" : "FALSE" };
  if (typeof v === "object") return { ok: false, text: v.error };
  const text = cleanText(v);
  if (text === "") return null;
  const parsed = parseNumberText(text, kind);
  if (parsed === null) return { ok: false, text };
  return { ok: true, value: canonical(new Dec(parsed)) };
}
