import type { Analysis, Finding, Payout, Policy } from "../engine/types";
import { toIso } from "../engine/text/dates";
import { communeCount, countBySeverity } from "./summary";

/**
 * The JSON documents of CONTRACT §3. Fields may be added, never renamed or removed: each field is
 * spelt out here rather than spread from the engine's objects, so an engine change cannot leak.
 */

function findingJson(f: Finding): Record<string, unknown> {
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
  };
}

function policyRef(p: Policy): Record<string, unknown> {
  return { id: p.id, name: p.name };
}

export function checkJson(a: Analysis): Record<string, unknown> {
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
    findings: a.findings.map(findingJson),
  };
}

function payoutJson(p: Payout): Record<string, unknown> {
  const m = p.member;
  const row: Record<string, unknown> = {
    sheet: m.sheet,
    row: m.row,
    name: m.name?.value ?? null,
    commune: m.commune?.value ?? null,
    hamlet: m.hamlet?.value ?? null,
    level: m.level,
    title: m.title?.value ?? null,
    concurrent: m.concurrent.length > 0 ? m.concurrent.map((c) => c.value).join("; ") : null,
    round: m.round?.value ?? null,
    start: p.start ? toIso(p.start) : null,
    end: p.end ? toIso(p.end) : null,
    months: p.months,
    yearsCounted: p.yearsCounted,
    baseSalary: p.baseSalary,
    monthlyAllowance: p.monthlyAllowance,
    amount: p.amount,
  };
  if (p.amount === null) row.blockedBy = p.blockedBy;
  return row;
}

export function payoutsJson(a: Analysis): Record<string, unknown> {
  const r = a.report;
  return {
    policy: policyRef(a.policy),
    people: r.payouts.map(payoutJson),
    communes: r.communes,
    totals: r.totals,
    amountInWords: r.amountInWords,
    narrative: r.narrative,
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
