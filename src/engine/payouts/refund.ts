import type { Finding, Lang, PartialDate, Policy, StaffMember } from "../types";
import { createFinding } from "../findings/catalog";
import { formatDateVi, parseIsoDate } from "../text/dates";
import { resolveTitle, titleKey } from "../plan/titles";
import { communeKey, communeUnitLabel, hamletKey, hamletUnitLabel } from "../plan/units";
import { birthYear, nameKey, personCell } from "../plan/people";
import { monthIndex } from "./retirement";
import { endMonth } from "./service";

/**
 * The refund rule of Nghị định 154/2025 (DOMAIN §10.2): a person paid under it who within the
 * formula's `refundWithinMonths` (60) is again arranged as an NKCT must pay it back, so a plan
 * that keeps or appoints such a person is a finding (refund-required, error).
 *
 * The roster tells an earlier ND 154 payment in two ways:
 * - the column "Đã hưởng chế độ NĐ 154" gives its date on the kept or new row; it counts when it
 *   is less than 60 months before the plan date (the payment date, else the documents' date; with
 *   neither, it counts: ND 154 has paid only since 16-6-2025, within 60 months of any plan before
 *   mid-2030);
 * - the same person (folded name, and the same birth year when both rows give one) is paid under
 *   this policy (leave-paid) and kept or new in the same plan. When the kept or new row is the
 *   same title in the same unit, `reappointed-after-severance` already says so: one finding for
 *   one cause, so this rule is silent there.
 */
export function checkRefunds(
  members: StaffMember[],
  policy: Policy,
  planDate: string | null,
  lang: Lang
): Finding[] {
  const window = policy.severance.formula.refundWithinMonths?.value;
  if (window === undefined) return [];
  const plan = planDate ? parseIsoDate(planDate) : null;
  const planMonth = plan ? monthIndex(plan.year, endMonth(plan)) : null;
  const within = (paid: PartialDate): boolean =>
    planMonth === null || planMonth - monthIndex(paid.year, endMonth(paid)) < window;

  const paidByName = new Map<string, StaffMember[]>();
  for (const m of members) {
    if (m.decision?.value !== "leave-paid") continue;
    const k = nameKey(m);
    if (!k) continue;
    const list = paidByName.get(k);
    if (list) list.push(m);
    else paidByName.set(k, [m]);
  }

  const findings: Finding[] = [];
  for (const m of members) {
    const d = m.decision?.value;
    if (d !== "keep" && d !== "new") continue;
    const unit = unitLabel(m, lang);
    const how = d === "keep" ? "bố trí lại" : "bố trí mới";
    const howEn = d === "keep" ? "kept" : "appointed";
    const base = {
      person: m.name?.value ?? null,
      commune: m.commune?.value ?? null,
      hamlet: m.hamlet?.value ?? null,
      title: m.title?.value ?? null,
    };
    if (m.nd154Paid && within(m.nd154Paid.value)) {
      findings.push(
        createFinding(
          "refund-required",
          {
            ...base,
            at: m.nd154Paid.cell,
            params: { paid: formatDateVi(m.nd154Paid.value), how, howEn, unit },
          },
          lang
        )
      );
      continue;
    }
    const k = nameKey(m);
    const paid = (k ? (paidByName.get(k) ?? []) : []).find(
      (p) => sameYear(p, m) && !sameTitleAndUnit(p, m, policy)
    );
    if (paid)
      findings.push(
        createFinding(
          "refund-required",
          {
            ...base,
            at: personCell(m),
            cells: [personCell(paid), personCell(m)],
            params: {
              paid:
                lang === "en"
                  ? `«${paid.sheet}» row ${paid.row}`
                  : `«${paid.sheet}» dòng ${paid.row}`,
              how,
              howEn,
              unit,
            },
          },
          lang
        )
      );
  }
  return findings;
}

function sameYear(a: StaffMember, b: StaffMember): boolean {
  const ya = birthYear(a);
  const yb = birthYear(b);
  return ya === null || yb === null || ya === yb;
}

function unitLabel(m: StaffMember, lang: Lang): string {
  const commune = m.commune?.value ?? "";
  return m.hamlet
    ? hamletUnitLabel(m.hamlet.value, commune, lang)
    : communeUnitLabel(commune, lang);
}

function titleIds(m: StaffMember, policy: Policy): string[] {
  const texts = [m.title, ...m.concurrent].filter((t) => t !== null).map((t) => t.value);
  return texts.map((t) => {
    const def = resolveTitle(policy, t, m.level).title;
    return def ? `id:${def.id}` : `text:${titleKey(t)}`;
  });
}

/** The case reappointed-after-severance reports: same unit, a shared title. */
function sameTitleAndUnit(paid: StaffMember, m: StaffMember, policy: Policy): boolean {
  const unit = (x: StaffMember) =>
    `${x.commune ? communeKey(x.commune.value) : ""}\u0000${x.hamlet ? hamletKey(x.hamlet.value) : ""}`;
  if (unit(paid) !== unit(m)) return false;
  const theirs = new Set(titleIds(paid, policy));
  return titleIds(m, policy).some((t) => theirs.has(t));
}
