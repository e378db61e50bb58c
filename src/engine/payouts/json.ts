import type { Analysis, Payout } from "../types";
import { toIso } from "../text/dates";

/**
 * The payouts JSON of CONTRACT §3, built from the payout and its derivation. Every person carries
 * the formula's case, the retirement month (null when the formula does not need it), the months
 * early and the components, whose amounts sum to `amount`.
 */
export function payoutJson(p: Payout): Record<string, unknown> {
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
    case: p.case,
    retirementMonth: p.retirementMonth,
    monthsEarly: p.monthsEarly,
    components: p.components.map((c) => ({ label: c.label, amount: c.amount })),
  };
  if (p.amount === null) row.blockedBy = p.blockedBy;
  return row;
}

export function payoutsJson(a: Analysis): Record<string, unknown> {
  const r = a.report;
  return {
    policy: { id: a.policy.id, name: a.policy.name },
    people: r.payouts.map(payoutJson),
    communes: r.communes,
    totals: r.totals,
    amountInWords: r.amountInWords,
    narrative: r.narrative,
  };
}
