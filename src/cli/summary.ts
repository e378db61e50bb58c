import type { Analysis, Finding, Severity } from "../engine";

/** The counts both the text and the JSON output state. */

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function communeCount(a: Analysis): number {
  const names = new Set<string>();
  for (const m of a.roster.members) if (m.commune) names.add(m.commune.value);
  return names.size;
}
