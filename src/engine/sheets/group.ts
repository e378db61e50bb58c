import type { Analysis, FindingCode, StaffMember } from "../types";
import { communeKey, NO_COMMUNE } from "../plan";
import { FINDING_CATALOG } from "../findings/catalog";

/** The id of the member's commune unit in the plan (plan/units.ts: one key per commune). */
export function memberCommuneKey(m: StaffMember): string {
  return m.commune ? communeKey(m.commune.value) : "";
}

/** Items grouped by their member's commune key (see memberCommuneKey), each group in input order. */
export function groupByCommune<T>(
  items: readonly T[],
  member: (item: T) => StaffMember
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = memberCommuneKey(member(item));
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Communes in document order: the summary's order first (it follows the rosters), then any
 * commune only the register or the plan knows. Each entry: display name and grouping key.
 */
export function communeOrder(analysis: Analysis): { name: string; key: string }[] {
  const out: { name: string; key: string }[] = [];
  const seen = new Set<string>();
  const add = (name: string, key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, key });
  };
  for (const s of analysis.report.communes)
    add(s.commune, s.commune === NO_COMMUNE ? "" : communeKey(s.commune));
  for (const m of analysis.roster.members)
    if (m.commune) add(m.commune.value, communeKey(m.commune.value));
  if (analysis.roster.members.some((m) => !m.commune)) add(NO_COMMUNE, "");
  return out;
}

export function blockReason(codes: FindingCode[]): string {
  // Each kind's short reason (findings/catalog.ts); a kind without one shows its code.
  const reasonOf = (c: FindingCode): string =>
    (FINDING_CATALOG[c] as { blockReason?: string }).blockReason ?? c;
  const reasons = [...new Set(codes.map(reasonOf))];
  return `Chưa tính: ${reasons.length ? reasons.join("; ") : "xem sheet Kiểm tra"}`;
}

export function personName(m: StaffMember): string {
  return m.name?.value ?? `(Dòng ${m.row})`;
}

/** The concurrent titles of a member, as one cell. */
export function concurrentText(m: StaffMember): string {
  return m.concurrent.map((c) => c.value).join("; ");
}
