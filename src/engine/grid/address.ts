import type { CellRange } from "../types";

/** 1-based column number → letters (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 1-based row and column → "F12". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Quote a sheet name for a formula or link: 'Phú Mỹ'!F12. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** "AB" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A1 address parsing shared by the adapters and the test fake. Accepts "A1", "A1:C5", "5:9", "A:C",
 * "$A$1", and a sheet prefix ("Sheet1!A1", "'Phú Mỹ'!A1:B2").
 */
export interface ParsedAddress {
  sheet: string | null;
  range: CellRange;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

function parsePart(part: string): { row: number | null; col: number | null } {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(part.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`Bad address part: ${part}`);
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

export function parseAddress(address: string): ParsedAddress {
  const { sheet, local } = splitSheet(address.trim());
  const [a, b] = local.split(":");
  const p = parsePart(a);
  const q = b === undefined ? p : parsePart(b);
  const range: CellRange = {
    top: p.row ?? 1,
    left: p.col ?? 1,
    bottom: q.row ?? MAX_ROW,
    right: q.col ?? MAX_COL,
  };
  return { sheet, range };
}

/** Split a RangeAreas address ("'A b'!A1:B2,'A b'!C3") at commas outside quotes. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function rangeAddress(r: CellRange): string {
  const a = `${columnLetters(r.left)}${r.top}`;
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${columnLetters(r.right)}${r.bottom}`;
}

/** How Excel prints a sheet name in an address: quoted unless plain ASCII letters/digits/_ . */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
