import fc from "fast-check";
import { computePayouts } from ".";
import type { Policy } from "../types";
import { member, nq77, type MemberSpec } from "../../../test/golden/members";

const DAY = 86400000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const T0 = Date.UTC(1995, 0, 1);
const T_SALARY = Date.UTC(2016, 4, 1); // first base salary entry
const T1 = Date.UTC(2025, 11, 31);

const policies: Policy[] = [
  nq77({ rule: "A" }),
  nq77({ rule: "B" }),
  nq77({ rule: "exact" }),
  nq77({ payRate: "0.5" }),
  nq77({ includeConcurrent: false, monthsPerYear: "1.5" }),
];

/** A leave-paid row with a computable payout (dates in order, a coefficient or an amount). */
const leaver = fc
  .record({
    endDays: fc.integer({ min: 0, max: Math.floor((T1 - T_SALARY) / DAY) }),
    serviceDays: fc.integer({ min: 0, max: 30 * 366 }),
    precision: fc.constantFrom("day", "month", "year"),
    coefficient: fc.option(
      fc.integer({ min: 0, max: 3000 }).map((n) => (n / 1000).toFixed(3)),
      { nil: null }
    ),
    allowance: fc.option(fc.integer({ min: 0, max: 9_000_000 }), { nil: null }),
    concurrentCoefficient: fc.option(
      fc.integer({ min: 0, max: 1500 }).map((n) => (n / 1000).toFixed(3)),
      { nil: null }
    ),
    commune: fc.constantFrom("Phú Mỹ", "Phú Lợi", "Vĩnh Điều"),
    hamlet: fc.option(fc.constantFrom("Ấp 1", "Ấp 2"), { nil: null }),
  })
  .map((r) => {
    const end = T_SALARY + r.endDays * DAY;
    const start = Math.max(T0, end - r.serviceDays * DAY);
    const cut = (s: string): string =>
      r.precision === "day" ? s : r.precision === "month" ? s.slice(0, 7) : s.slice(0, 4);
    const spec: MemberSpec = {
      commune: r.commune,
      hamlet: r.hamlet,
      start: cut(iso(start)),
      end: cut(iso(end)),
      coefficient: r.coefficient ?? (r.allowance === null ? "1" : null),
      allowance: r.allowance,
      concurrentCoefficient: r.concurrentCoefficient,
      decision: "leave-paid",
    };
    return spec;
  });

const row = fc.oneof(
  { weight: 4, arbitrary: leaver },
  {
    weight: 1,
    arbitrary: fc.constantFrom<MemberSpec>(
      { decision: "keep" },
      { decision: "new", hamlet: "Ấp 1" },
      { decision: "leave-unpaid" },
      { decision: "leave-paid", start: null }
    ),
  }
);

describe("payout properties", () => {
  test("totals are the sums of the rounded rows; every amount is a non-negative safe integer", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 25 }),
        fc.constantFrom(...policies),
        (specs, policy) => {
          const { report } = computePayouts({
            members: specs.map((s) => member(s)),
            policy,
            paymentDate: null,
            round: null,
            blocking: [],
            lang: "vi",
          });
          let total = 0;
          let cases = 0;
          for (const p of report.payouts) {
            if (p.amount === null) {
              expect(p.blockedBy.length).toBeGreaterThan(0);
              continue;
            }
            expect(Number.isSafeInteger(p.amount)).toBe(true);
            expect(p.amount).toBeGreaterThanOrEqual(0);
            total += p.amount;
            cases++;
          }
          expect(report.totals.amount.total).toBe(total);
          expect(report.totals.cases.total).toBe(cases);
          const sum = (f: (c: (typeof report.communes)[number]) => number): number =>
            report.communes.reduce((a, c) => a + f(c), 0);
          expect(sum((c) => c.amount.total)).toBe(total);
          expect(sum((c) => c.amount.commune)).toBe(report.totals.amount.commune);
          expect(sum((c) => c.amount.hamlet)).toBe(report.totals.amount.hamlet);
          expect(report.totals.amount.commune + report.totals.amount.hamlet).toBe(total);
          for (const c of report.communes) {
            const mine = report.payouts.filter(
              (p) => p.amount !== null && (p.member.commune?.value ?? "") === c.commune
            );
            expect(c.amount.total).toBe(mine.reduce((a, p) => a + (p.amount ?? 0), 0));
            expect(c.reduction.commune).toBe(c.before.commune - c.after.commune);
          }
        }
      ),
      { numRuns: 200 }
    );
  });

  test("more service never pays less (later leaving date, all else equal)", () => {
    fc.assert(
      fc.property(
        leaver,
        fc.integer({ min: 0, max: 3000 }),
        fc.constantFrom(...policies),
        (spec, extraDays, policy) => {
          const endT = Date.parse(
            `${spec.end?.length === 4 ? `${spec.end}-12-31` : spec.end?.length === 7 ? `${spec.end}-28` : spec.end}T00:00:00Z`
          );
          const later = iso(Math.min(T1, endT + extraDays * DAY));
          const laterEnd =
            spec.end?.length === 4
              ? later.slice(0, 4)
              : spec.end?.length === 7
                ? later.slice(0, 7)
                : later;
          const a = computePayouts({
            members: [member(spec)],
            policy,
            paymentDate: null,
            round: null,
            blocking: [],
            lang: "vi",
          }).report.payouts[0];
          const b = computePayouts({
            members: [member({ ...spec, end: laterEnd })],
            policy,
            paymentDate: null,
            round: null,
            blocking: [],
            lang: "vi",
          }).report.payouts[0];
          expect(a.amount).not.toBeNull();
          expect(b.amount).not.toBeNull();
          expect(b.months ?? -1).toBeGreaterThanOrEqual(a.months ?? 0);
          expect(b.amount ?? -1).toBeGreaterThanOrEqual(a.amount ?? 0);
        }
      ),
      { numRuns: 300 }
    );
  });
});
