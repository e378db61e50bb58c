import type { CommuneFileRun, Finding, FindingPlace, Lang, Register, StaffMember } from "../types";
import { createFinding } from "../findings/catalog";
import { a1 } from "../grid/address";
import { parseIsoDate } from "../text/dates";
import { birthYear, nameKey, personCell } from "../plan/people";
import { communeKey } from "../plan/units";

/**
 * The province's checks across communes' files (issue 14), on each file's own analysis: which
 * commune of the province register sent no file, which commune is in two files, which file is
 * stale (its payment date differs from the round's, or its document date is well before the
 * newest file's), and the same person (DOMAIN §5.1: folded name + birth year) in two communes'
 * lists. Each file's own checks ran already; nothing here looks inside one file.
 */

export interface ProvinceCheckInput {
  files: CommuneFileRun[];
  /** The communes the province expects a file from; null: no register, no missing-file check. */
  register: Register | null;
  lang: Lang;
  /** A document date this many days before the newest file's is stale (default 30). */
  staleDays?: number;
}

export const DEFAULT_STALE_DAYS = 30;

const DAY_MS = 86_400_000;

function viDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d || d.day === undefined || d.month === undefined) return iso;
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

function dayNumber(iso: string): number | null {
  const d = parseIsoDate(iso);
  if (!d || d.day === undefined || d.month === undefined) return null;
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

/** Named communes of a file's plan, by key, with the name as the file spells it. */
function communesOf(run: CommuneFileRun): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of run.analysis.plan.communes) {
    if (!c.unit.named) continue;
    const key = communeKey(c.unit.communeName);
    if (key && !out.has(key)) out.set(key, c.unit.communeName);
  }
  return out;
}

function fileList(files: string[]): string {
  return files.map((f) => `«${f}»`).join(", ");
}

function checkCommuneFiles(input: ProvinceCheckInput, out: Finding[]): void {
  const { files, register, lang } = input;
  const where = new Map<string, { name: string; files: string[] }>();
  for (const run of files) {
    for (const [key, name] of communesOf(run)) {
      const entry = where.get(key);
      if (entry) {
        if (!entry.files.includes(run.file)) entry.files.push(run.file);
      } else where.set(key, { name, files: [run.file] });
    }
  }
  for (const { name, files: inFiles } of where.values()) {
    if (inFiles.length < 2) continue;
    const f = createFinding(
      "commune-file-duplicate",
      { commune: name, count: inFiles.length, params: { files: fileList(inFiles) } },
      lang
    );
    f.file = inFiles[1];
    out.push(f);
  }
  if (register) {
    for (const c of register.communes) {
      if (where.has(communeKey(c.name))) continue;
      const f = createFinding(
        "commune-file-missing",
        { at: c.cell, commune: c.name, params: { files: files.length } },
        lang
      );
      f.file = null;
      out.push(f);
    }
  }
}

/** The most common value (ties: the latest ISO date). */
function roundDate(dates: string[]): string | null {
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && d > best)) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

function checkStale(input: ProvinceCheckInput, out: Finding[]): void {
  const { files, lang } = input;
  const staleDays = input.staleDays ?? DEFAULT_STALE_DAYS;
  const stale = (file: string, what: [string, string], date: string, reference: string): void => {
    const f = createFinding(
      "file-stale",
      {
        params: {
          file,
          what: what[0],
          whatEn: what[1],
          date: viDate(date),
          reference: viDate(reference),
        },
      },
      lang
    );
    f.file = file;
    out.push(f);
  };

  const paid = files.filter((r) => r.analysis.info.paymentDate);
  const reference = roundDate(paid.map((r) => r.analysis.info.paymentDate as string));
  if (reference !== null && paid.length >= 2) {
    for (const r of paid) {
      const date = r.analysis.info.paymentDate as string;
      if (date !== reference) stale(r.file, ["ngày chi trả", "the payment date"], date, reference);
    }
  }

  const dated = files
    .map((r) => ({
      r,
      day: r.analysis.info.documentDate ? dayNumber(r.analysis.info.documentDate) : null,
    }))
    .filter((x): x is { r: CommuneFileRun; day: number } => x.day !== null);
  if (dated.length >= 2) {
    const newest = dated.reduce((a, b) => (b.day > a.day ? b : a));
    for (const { r, day } of dated) {
      if (newest.day - day > staleDays)
        stale(
          r.file,
          ["ngày lập", "the document date"],
          r.analysis.info.documentDate as string,
          newest.r.analysis.info.documentDate as string
        );
    }
  }
}

interface Seen {
  file: string;
  member: StaffMember;
  commune: string;
}

function checkPeopleAcrossFiles(files: CommuneFileRun[], lang: Lang, out: Finding[]): void {
  const byIdentity = new Map<string, Seen | Seen[]>();
  for (const run of files) {
    for (const p of run.analysis.plan.people) {
      const name = nameKey(p.member);
      const year = birthYear(p.member);
      if (name === null || year === null) continue;
      const key = `${name}\u0000${year}`;
      const seen: Seen = { file: run.file, member: p.member, commune: p.commune.id };
      const prev = byIdentity.get(key);
      if (prev === undefined) byIdentity.set(key, seen);
      else if (Array.isArray(prev)) prev.push(seen);
      else byIdentity.set(key, [prev, seen]);
    }
  }
  for (const group of byIdentity.values()) {
    if (!Array.isArray(group)) continue;
    // One commune in two files is commune-file-duplicate; within one file the file's own check speaks.
    const filesOf = new Set(group.map((s) => s.file));
    const communes = new Set(group.map((s) => s.commune));
    if (filesOf.size < 2 || communes.size < 2) continue;
    const second = group.find((s) => s.file !== group[0].file) ?? group[1];
    const places: FindingPlace[] = group.map((s) => {
      const c = personCell(s.member);
      return { file: s.file, sheet: c.sheet, cell: a1(c.row, c.col) };
    });
    const text = group
      .map((s) =>
        lang === "en"
          ? `file «${s.file}», «${s.member.sheet}» row ${s.member.row}`
          : `tệp «${s.file}», «${s.member.sheet}» dòng ${s.member.row}`
      )
      .join("; ");
    const f = createFinding(
      "duplicate-person",
      {
        at: personCell(second.member),
        person: second.member.name?.value ?? null,
        commune: second.member.commune?.value ?? null,
        hamlet: second.member.hamlet?.value ?? null,
        title: second.member.title?.value ?? null,
        count: group.length,
        params: { birthYear: birthYear(second.member) ?? "?", places: text },
      },
      lang
    );
    f.file = second.file;
    f.places = places;
    out.push(f);
  }
}

/** Findings across the communes' files; each carries the file it points at (null: none). */
export function checkProvince(input: ProvinceCheckInput): Finding[] {
  const out: Finding[] = [];
  checkCommuneFiles(input, out);
  checkStale(input, out);
  checkPeopleAcrossFiles(input.files, input.lang, out);
  return out;
}
