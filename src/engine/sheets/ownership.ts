import type { GeneratedSheetKind, SheetSpec } from "./spec";
import { GENERATED_SHEET_NAMES } from "./spec";

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

const KINDS = Object.keys(GENERATED_SHEET_NAMES) as GeneratedSheetKind[];

/**
 * A generated sheet is marked by a workbook-level defined name DinhBien_<kind> referring to its A1.
 * A defined name survives renames and moves in Excel and is invisible to a clerk printing the sheet.
 */
export function markerName(kind: GeneratedSheetKind): string {
  return `DinhBien_${kind}`;
}

/**
 * The marker inside the sheet: a sheet-scoped defined name DinhBien_Sheet_<kind>. It travels with
 * the sheet wherever the clerk takes it — a copy of the sheet carries it too (Excel copies a
 * sheet's own names with it, and turns the workbook names referring to it into sheet-scoped names
 * of the copy). A sheet carrying any of the add-in's names, in either scope, is a generated sheet:
 * never read as a roster. Only the sheet the workbook-level marker refers to is the current
 * document of its kind, the one a new generation may replace.
 */
export function sheetMarkerName(kind: GeneratedSheetKind): string {
  return `DinhBien_Sheet_${kind}`;
}

/** Sheet-scoped name of a draft: a document being written under a temporary name. */
export const DRAFT_MARKER = "DinhBien_Draft";

/**
 * The kind of a generated sheet from the names scoped to it (its own marker, or the sheet-scoped
 * copy of a workbook marker a copied sheet gets), or null when none is ours. The draft marker
 * alone counts as generated too: kind "draft".
 */
export function kindOfSheetNames(names: string[]): GeneratedSheetKind | "draft" | null {
  for (const n of names) {
    const m = /^DinhBien_Sheet_(\w+)$/i.exec(n.trim());
    const kind = m
      ? (KINDS.find((k) => k.toLowerCase() === m[1].toLowerCase()) ?? null)
      : kindOfMarker(n);
    if (kind) return kind;
  }
  return names.some((n) => n.trim().toLowerCase() === DRAFT_MARKER.toLowerCase()) ? "draft" : null;
}

/** A temporary name for the draft of a document: "~ Tổng hợp", "~ Tổng hợp (2)", … unused. */
export function draftName(base: string, taken: (name: string) => boolean): string {
  let n = 1;
  while (taken(candidateName(`~ ${base}`, n))) n++;
  return candidateName(`~ ${base}`, n);
}

/** The kind a defined name marks, or null when the name is not one of ours. */
export function kindOfMarker(name: string): GeneratedSheetKind | null {
  const m = /^DinhBien_(\w+)$/i.exec(name.trim());
  if (!m) return null;
  return KINDS.find((k) => k.toLowerCase() === m[1].toLowerCase()) ?? null;
}

/** A sheet name as Excel compares it: case-insensitively (NFC, Vietnamese lower case). */
export const sheetNameKey = (s: string): string => s.normalize("NFC").toLocaleLowerCase("vi");
const key = sheetNameKey;

/** "base" or "base (n)", with base cut so that the whole stays within 31 characters. */
export function candidateName(base: string, n: number): string {
  const suffix = n <= 1 ? "" : ` (${n})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
}

/** Base is candidateName(base, 1) itself or candidateName(base, n) for some n ≥ 2. */
function isOwnName(name: string, base: string): boolean {
  if (key(name) === key(candidateName(base, 1))) return true;
  const m = / \((\d+)\)$/.exec(name);
  return m !== null && Number(m[1]) >= 2 && key(candidateName(base, Number(m[1]))) === key(name);
}

export interface SheetWritePlan<S extends Pick<SheetSpec, "name" | "kind"> = SheetSpec> {
  /** Each spec with the name it is written under, in spec order. */
  targets: { spec: S; name: string }[];
  /** Earlier generated sheets to remove before writing. */
  remove: string[];
}

/**
 * Which sheets to remove and under which names to write the new ones. Only a sheet that carries
 * this add-in's marker for the spec's kind, and whose name is the spec's name or "name (n)", is
 * replaced; every other sheet — a clerk's sheet that happens to be called "Tổng hợp" too — is kept,
 * and the new sheet takes the next free " (n)".
 */
export function planSheetWrites<S extends Pick<SheetSpec, "name" | "kind"> = SheetSpec>(
  existing: { name: string; marker: GeneratedSheetKind | null }[],
  specs: S[]
): SheetWritePlan<S> {
  const remove: string[] = [];
  for (const spec of specs) {
    for (const s of existing) {
      if (s.marker === spec.kind && isOwnName(s.name, spec.name) && !remove.includes(s.name))
        remove.push(s.name);
    }
  }
  const taken = new Set(existing.filter((s) => !remove.includes(s.name)).map((s) => key(s.name)));
  const targets = specs.map((spec) => {
    let n = 1;
    while (taken.has(key(candidateName(spec.name, n)))) n++;
    const name = candidateName(spec.name, n);
    taken.add(key(name));
    return { spec, name };
  });
  return { targets, remove };
}
