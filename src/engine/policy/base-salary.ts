import type { BaseSalaryEntry, Policy } from "../types";

/**
 * The national base salary (mức lương cơ sở), DOMAIN §3.4: shared by every preset, editable in a
 * policy. Each row is in force from its date until the next row's date.
 */
export const BASE_SALARY_TABLE: BaseSalaryEntry[] = [
  { from: "2016-05-01", amount: 1210000, instrument: "Nghị định 47/2016/NĐ-CP", verified: true },
  { from: "2017-07-01", amount: 1300000, instrument: "Nghị định 47/2017/NĐ-CP", verified: true },
  { from: "2018-07-01", amount: 1390000, instrument: "Nghị định 72/2018/NĐ-CP", verified: true },
  { from: "2019-07-01", amount: 1490000, instrument: "Nghị định 38/2019/NĐ-CP", verified: true },
  { from: "2023-07-01", amount: 1800000, instrument: "Nghị định 24/2023/NĐ-CP", verified: true },
  { from: "2024-07-01", amount: 2340000, instrument: "Nghị định 73/2024/NĐ-CP", verified: true },
  { from: "2026-07-01", amount: 2530000, instrument: "Nghị định 161/2026/NĐ-CP", verified: true },
];

/**
 * The row in force on an ISO date (YYYY-MM-DD): the last row whose `from` is on or before it.
 * Null before the first row: the caller reports base-salary-missing instead of guessing.
 * ISO dates compare correctly as strings; the policy schema keeps the table in increasing order,
 * but the search does not rely on it.
 */
export function baseSalaryOn(policy: Policy, isoDate: string): BaseSalaryEntry | null {
  let best: BaseSalaryEntry | null = null;
  for (const row of policy.baseSalary) {
    if (row.from <= isoDate && (best === null || row.from > best.from)) best = row;
  }
  return best;
}
