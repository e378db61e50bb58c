import {
  payoutsJson,
  type Analysis,
  type Finding,
  type Policy,
  type ProvinceAnalysis,
} from "../engine";
import { communeCount, countBySeverity } from "./summary";

/**
 * The JSON documents of CONTRACT §3. Fields may be added, never renamed or removed: each field is
 * spelt out here rather than spread from the engine's objects, so an engine change cannot leak.
 */

function findingJson(f: Finding, file: string | null): Record<string, unknown> {
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    commune: f.commune,
    hamlet: f.hamlet,
    title: f.title,
    person: f.person,
    limit: f.limit,
    count: f.count,
    cells: f.cells,
    message: f.message,
    suggestion: f.suggestion,
    file,
    places: f.places ?? [],
  };
}

function policyRef(p: Policy): Record<string, unknown> {
  return { id: p.id, name: p.name };
}

/** `check --json` of one workbook; `file` (the argument) is added to every finding. */
export function checkJson(a: Analysis, file: string | null = null): Record<string, unknown> {
  const c = countBySeverity(a.findings);
  return {
    policy: policyRef(a.policy),
    summary: {
      people: a.roster.members.length,
      communes: communeCount(a),
      errors: c.error,
      warnings: c.warning,
      infos: c.info,
    },
    findings: a.findings.map((f) => findingJson(f, f.file ?? file)),
  };
}

// The payouts JSON is built in the engine, next to the derivation it renders (case,
// retirementMonth, monthsEarly, components); the CLI adds the file each person came from.
export { payoutsJson } from "../engine";

function withFile(json: Record<string, unknown>, file: string | null): Record<string, unknown>[] {
  return (json.people as Record<string, unknown>[]).map((p) => ({ ...p, file }));
}

const peopleOf = (a: Analysis, file: string | null): Record<string, unknown>[] =>
  withFile(payoutsJson(a), file);

/** `payouts --json` of one workbook, each person with `file`. */
export function payoutsJsonOf(a: Analysis, file: string | null): Record<string, unknown> {
  const json = payoutsJson(a);
  return { ...json, people: withFile(json, file) };
}

function filesJson(p: ProvinceAnalysis): Record<string, unknown>[] {
  const read = p.files.map((run) => {
    const c = countBySeverity(run.analysis.findings);
    return {
      file: run.file,
      readable: true,
      policy: policyRef(run.analysis.policy),
      people: run.analysis.roster.members.length,
      communes: communeCount(run.analysis),
      documentDate: run.analysis.info.documentDate,
      paymentDate: run.analysis.info.paymentDate,
      errors: c.error,
      warnings: c.warning,
      infos: c.info,
    };
  });
  const unread = p.unreadable.map((u) => ({ file: u.file, readable: false, reason: u.reason }));
  return [...read, ...unread];
}

/** The policy of the first file read (each file's own is under `files`). */
function firstPolicy(p: ProvinceAnalysis): Record<string, unknown> | null {
  return p.files.length > 0 ? policyRef(p.files[0].analysis.policy) : null;
}

/** `check --json` over several communes' files: CONTRACT §3's shape, plus `files`. */
export function provinceCheckJson(p: ProvinceAnalysis): Record<string, unknown> {
  const c = countBySeverity(p.findings);
  return {
    policy: firstPolicy(p),
    summary: {
      people: p.files.reduce((n, run) => n + run.analysis.roster.members.length, 0),
      communes: p.rows.length,
      errors: c.error,
      warnings: c.warning,
      infos: c.info,
      files: p.files.length + p.unreadable.length,
      unreadable: p.unreadable.length,
    },
    files: filesJson(p),
    findings: p.findings.map((f) => findingJson(f, f.file ?? null)),
  };
}

/** `payouts --json` over several communes' files: one `communes` row per commune and file. */
export function provincePayoutsJson(p: ProvinceAnalysis): Record<string, unknown> {
  return {
    policy: firstPolicy(p),
    people: p.files.flatMap((run) => peopleOf(run.analysis, run.file)),
    communes: p.rows.map((r) => ({
      ...r.summary,
      file: r.file,
      documentDate: r.documentDate,
      paymentDate: r.paymentDate,
      casesByFormula: r.casesByFormula,
      casesByLevel: r.casesByLevel,
    })),
    totals: p.totals,
    casesByFormula: p.casesByFormula,
    casesByLevel: p.casesByLevel,
    amountInWords: p.amountInWords,
    narrative: p.narrative,
    files: filesJson(p),
  };
}

/** `generate --json` and `demo --json`. */
export function generateJson(
  a: Analysis,
  file: string,
  names: Record<string, string>
): Record<string, unknown> {
  const c = countBySeverity(a.findings);
  return {
    file,
    sheets: names,
    summary: { errors: c.error, warnings: c.warning, infos: c.info },
    narrative: a.report.narrative,
  };
}

/** `policies --json`. */
export function policiesJson(presets: readonly Policy[]): Record<string, unknown>[] {
  return presets.map((p) => ({
    id: p.id,
    name: p.name,
    legalBasis: p.legalBasis,
    effectiveFrom: p.effectiveFrom,
  }));
}
