import type { Analysis, Finding, Policy } from "../engine";
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

// The payouts JSON is built in the engine, next to the derivation it renders (case,
// retirementMonth, monthsEarly, components).
export { payoutsJson } from "../engine";

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
