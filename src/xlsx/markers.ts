import {
  GENERATED_SHEET_NAMES,
  kindOfMarker,
  sheetNameKey,
  type GeneratedSheetKind,
} from "../engine";

/** Sheet name from a defined-name range such as "'Tổng hợp'!$A$1" or "Sheet1!$A$1". */
export function sheetOfRange(range: string): string | null {
  const m = /^(?:'((?:[^']|'')*)'|([^'!]+))!/.exec(range.trim().replace(/^=/, ""));
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

const fold = sheetNameKey;

/**
 * Whether `sheet` can be the add-in's sheet of `kind`: its exact name, or that name with the
 * " (2)" the add-in adds when a clerk's sheet holds the name. A DinhBien_* name left pointing at
 * a clerk's sheet (copied from another workbook, or a sheet renamed since) marks nothing: the
 * clerk's roster is read, and never replaced.
 */
export function canBeGenerated(kind: GeneratedSheetKind, sheet: string): boolean {
  const base = fold(GENERATED_SHEET_NAMES[kind]);
  const name = fold(sheet);
  return name === base || new RegExp(`^${escape(base)} \\(\\d+\\)$`).test(name);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Sheet name → the kind its DinhBien_<kind> marker says it is, for markers that can be true. */
export function markedSheets(
  names: readonly { name: string; ranges: readonly string[] }[]
): Map<string, GeneratedSheetKind> {
  const out = new Map<string, GeneratedSheetKind>();
  for (const dn of names) {
    const kind = kindOfMarker(dn.name);
    const sheet = dn.ranges.length ? sheetOfRange(dn.ranges[0]) : null;
    if (kind && sheet && canBeGenerated(kind, sheet)) out.set(sheet, kind);
  }
  return out;
}
