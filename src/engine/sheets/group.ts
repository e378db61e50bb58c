import type { Analysis, FindingCode, StaffMember } from "../types";
import { communeKey } from "../checks/units";

/** Label for rows whose commune could not be read (the payout summary uses the same words). */
export const NO_COMMUNE = "(Chưa xác định xã)";

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

export function hamletKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
}

/** Short Vietnamese reasons for a payment-list row whose amount could not be computed. */
const BLOCK_REASON: Partial<Record<FindingCode, string>> = {
  "start-missing": "thiếu ngày bắt đầu công tác",
  "end-missing": "thiếu ngày thôi việc",
  "date-invalid": "ngày tháng không đọc được",
  "date-order": "ngày tháng không hợp lệ",
  "base-salary-missing": "chưa có mức lương cơ sở",
  "coefficient-invalid": "hệ số/mức phụ cấp không hợp lệ",
  "allowance-missing": "thiếu hệ số hoặc mức phụ cấp",
  "commune-missing": "chưa rõ xã",
  "name-missing": "thiếu họ tên",
  "title-missing": "thiếu chức danh",
  "duplicate-person": "trùng người",
};

export function blockReason(codes: FindingCode[]): string {
  const reasons = [...new Set(codes.map((c) => BLOCK_REASON[c] ?? c))];
  return `Chưa tính: ${reasons.length ? reasons.join("; ") : "xem sheet Kiểm tra"}`;
}

export function personName(m: StaffMember): string {
  return m.name?.value ?? `(Dòng ${m.row})`;
}

/** The concurrent titles of a member, as one cell. */
export function concurrentText(m: StaffMember): string {
  return m.concurrent.map((c) => c.value).join("; ");
}
