import type { Finding } from "../types";

/**
 * Which findings block which payout, declared once (payouts and documents read it):
 *
 * a leaver's payout is blocked by every **error** found on the leaver's own row, whether the
 * roster reader found it (an unreadable date or coefficient, no name, no commune …) or the payout
 * computation (no start date, no leaving date, no base salary, no allowance, dates out of order,
 * and any error a later rule adds). Warnings and infos never block: the amount is computed and
 * the clerk looks. Findings about a unit or about several rows (quotas, funds, duplicates,
 * re-appointments, vacancies) never block a single payout: the payout is right, the plan is not.
 */
export function blocksPayout(finding: Finding): boolean {
  return finding.severity === "error";
}
