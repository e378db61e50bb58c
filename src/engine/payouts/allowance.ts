import type {
  CellRef,
  DerivationStep,
  FieldKey,
  Finding,
  Lang,
  Policy,
  StaffMember,
  TitleDef,
} from "../types";
import { createFinding } from "../findings/catalog";
import { dec, roundDong } from "../money/round";
import { formatDecimalVi, formatNumberVi } from "../text/vi-number";
import { resolveTitle } from "../plan/titles";
import { roundProduct } from "./exact";

/** A person's monthly allowance (DOMAIN §5.3) at one base salary, with how it was obtained. */
export interface AllowanceResult {
  /** Main-title allowance in whole đồng; null when neither an amount nor a coefficient is known. */
  main: number | null;
  /**
   * Concurrent allowance actually paid (after the policy's pay rate), whole đồng; 0 when the
   * person holds no concurrent title; null when a concurrent title has no known coefficient.
   */
  concurrent: number | null;
  /** main + concurrent: what the person receives each month; null when either part is unknown. */
  received: number | null;
  /**
   * The basis the severance formula multiplies: `received` when the formula includes the
   * concurrent allowance, else `main` (the concurrent part is then left out on purpose, and a
   * missing concurrent coefficient does not block the payout).
   */
  severanceBase: number | null;
  /** allowance-mismatch / coefficient-mismatch (warnings) and allowance-missing (error). */
  findings: Finding[];
  /** The derivation steps: "allowance" (main, concurrent) and "allowance-basis". */
  steps: DerivationStep[];
}

export interface AllowanceOptions {
  /** Build AllowanceResult.steps (default true); false leaves them empty. */
  trace?: boolean;
  /**
   * Where a missing main allowance is reported (the row's empty coefficient cell); default: the
   * title cell, else the name cell.
   */
  missingAt?: CellRef;
  /**
   * Fields whose cells the parser could not read on this row (coefficient-invalid already says
   * so): one cause, one finding — no allowance-missing on top of it.
   */
  unreadable?: readonly FieldKey[];
}

function unreadableAny(options: AllowanceOptions, fields: readonly FieldKey[]): boolean {
  return fields.some((f) => options.unreadable?.includes(f) ?? false);
}

const vnd = (n: number): string => formatNumberVi(n);
const coef = (s: string): string => formatDecimalVi(s);

function personName(member: StaffMember): string | null {
  return member.name?.value ?? null;
}

function rowRef(member: StaffMember): CellRef {
  return (
    member.title?.cell ?? member.name?.cell ?? { sheet: member.sheet, row: member.row, col: 1 }
  );
}

/** Equal decimals; equal strings need no Decimal. */
function sameDecimal(a: string, b: string): boolean {
  return a === b || dec(a).eq(dec(b));
}

/** The pay rate as a percentage: "1" → "100%", "0.5" → "50%". */
export function percentText(rate: string): string {
  return `${formatDecimalVi(dec(rate).times(100).toString())}%`;
}

/** round(baseSalary × factors…) half away from zero: integers when exact, else Decimal. */
function amountOf(baseSalary: number, ...factors: string[]): number {
  return (
    roundProduct(baseSalary, ...factors) ??
    roundDong(factors.reduce((acc, f) => acc.times(f), dec(baseSalary)))
  );
}

/**
 * coefficient-mismatch: the roster's main-title coefficient differs from the policy catalogue's
 * for the title (`def`, resolved by the caller). One home for leavers (here) and for the people
 * kept or appointed (checks), whose allowances feed the fund checks.
 */
export function coefficientMismatch(
  member: StaffMember,
  def: TitleDef | null,
  lang: Lang
): Finding | null {
  const rosterCoef = member.coefficient?.value ?? null;
  const policyCoef = def?.coefficient ?? null;
  if (rosterCoef === null || policyCoef === null || sameDecimal(rosterCoef, policyCoef))
    return null;
  return createFinding(
    "coefficient-mismatch",
    {
      person: personName(member),
      commune: member.commune?.value ?? null,
      hamlet: member.hamlet?.value ?? null,
      at: member.coefficient?.cell,
      title: def?.name ?? null,
      params: { value: coef(rosterCoef), expected: coef(policyCoef) },
    },
    lang
  );
}

/**
 * Compute the monthly allowance of `member` with base salary `baseSalary`.
 * Amounts written in the roster are what the person actually receives and win; a coefficient
 * comes from the roster first and the policy's title catalogue second.
 */
export function computeAllowance(
  member: StaffMember,
  policy: Policy,
  baseSalary: number,
  lang: Lang,
  options: AllowanceOptions = {}
): AllowanceResult {
  const withSteps = options.trace ?? true;
  const findings: Finding[] = [];
  const steps: DerivationStep[] = [];
  const person = personName(member);
  const base = {
    person,
    commune: member.commune?.value ?? null,
    hamlet: member.hamlet?.value ?? null,
  };

  // ── main title ──
  const def: TitleDef | null = member.title
    ? resolveTitle(policy, member.title.value, member.level).title
    : null;
  const rosterCoef = member.coefficient?.value ?? null;
  const policyCoef = def?.coefficient ?? null;
  const mismatch = coefficientMismatch(member, def, lang);
  if (mismatch) findings.push(mismatch);
  const coefUsed = rosterCoef ?? policyCoef;
  const coefSource = rosterCoef !== null ? "roster" : policyCoef !== null ? "policy" : null;
  let main: number | null = null;
  if (member.allowance) {
    main = member.allowance.value;
    let expected: number | null = null;
    if (rosterCoef !== null) {
      const e = amountOf(baseSalary, rosterCoef);
      if (e !== main) {
        expected = e;
        findings.push(
          createFinding(
            "allowance-mismatch",
            {
              ...base,
              at: member.allowance.cell,
              title: member.title?.value ?? null,
              params: { value: vnd(main), expected: vnd(e) },
            },
            lang
          )
        );
      }
    }
    if (withSteps)
      steps.push({
        kind: "allowance",
        part: "main",
        how: "amount",
        coefficient: coefUsed,
        coefficientSource: coefSource,
        rate: null,
        baseSalary,
        amount: main,
        expected,
      });
  } else if (coefUsed !== null) {
    main = amountOf(baseSalary, coefUsed);
    if (withSteps)
      steps.push({
        kind: "allowance",
        part: "main",
        how: "coefficient",
        coefficient: coefUsed,
        coefficientSource: coefSource,
        rate: null,
        baseSalary,
        amount: main,
        expected: null,
      });
  } else if (!unreadableAny(options, ["coefficient", "allowance"])) {
    findings.push(
      createFinding(
        "allowance-missing",
        {
          ...base,
          at: options.missingAt ?? rowRef(member),
          title: member.title?.value ?? null,
          params: {
            what: `của chức danh «${member.title?.value ?? "?"}»`,
            whatEn: `the title «${member.title?.value ?? "?"}»`,
          },
        },
        lang
      )
    );
  }

  // ── concurrent titles ──
  const include = policy.severance.formula.basis.includeConcurrent.value;
  const rate = policy.concurrent.payRate.value;
  let concurrent: number | null = 0;
  const concurrentDefs = member.concurrent.map(
    (c) => resolveTitle(policy, c.value, member.level).title
  );
  // Only read with concurrent titles: most rows have none, and a Decimal sum of nothing costs.
  const policyConcurrentCoef =
    member.concurrent.length > 0 && concurrentDefs.every((d) => d?.coefficient != null)
      ? concurrentDefs.reduce((sum, d) => sum.plus(dec(d?.coefficient ?? "0")), dec(0))
      : null;
  const rosterCc = member.concurrentCoefficient?.value ?? null;
  if (
    rosterCc !== null &&
    member.concurrent.length > 0 &&
    policyConcurrentCoef !== null &&
    !dec(rosterCc).eq(policyConcurrentCoef)
  ) {
    findings.push(
      createFinding(
        "coefficient-mismatch",
        {
          ...base,
          at: member.concurrentCoefficient?.cell,
          title: member.concurrent.map((c) => c.value).join("; "),
          params: { value: coef(rosterCc), expected: coef(policyConcurrentCoef.toString()) },
        },
        lang
      )
    );
  }
  const ccUsed =
    rosterCc !== null
      ? rosterCc
      : member.concurrent.length > 0 && policyConcurrentCoef !== null
        ? policyConcurrentCoef.toString()
        : null;
  const ccSource = rosterCc !== null ? "roster" : ccUsed !== null ? "policy" : null;
  if (member.concurrentAllowance) {
    concurrent = member.concurrentAllowance.value;
    let expected: number | null = null;
    if (rosterCc !== null) {
      const e = amountOf(baseSalary, rate, rosterCc);
      if (e !== concurrent) {
        expected = e;
        findings.push(
          createFinding(
            "allowance-mismatch",
            {
              ...base,
              at: member.concurrentAllowance.cell,
              params: { value: vnd(concurrent), expected: vnd(e) },
            },
            lang
          )
        );
      }
    }
    if (withSteps)
      steps.push({
        kind: "allowance",
        part: "concurrent",
        how: "amount",
        coefficient: ccUsed,
        coefficientSource: ccSource,
        rate,
        baseSalary,
        amount: concurrent,
        expected,
      });
  } else if (ccUsed !== null) {
    // A concurrent coefficient without a concurrent title still pays (as it always has).
    concurrent = amountOf(baseSalary, rate, ccUsed);
    if (withSteps)
      steps.push({
        kind: "allowance",
        part: "concurrent",
        how: "coefficient",
        coefficient: ccUsed,
        coefficientSource: ccSource,
        rate,
        baseSalary,
        amount: concurrent,
        expected: null,
      });
  } else if (member.concurrent.length > 0) {
    concurrent = null;
    if (include && !unreadableAny(options, ["concurrentCoefficient", "concurrentAllowance"])) {
      findings.push(
        createFinding(
          "allowance-missing",
          {
            ...base,
            at: member.concurrentCoefficient?.cell ?? member.concurrent[0].cell,
            title: member.concurrent.map((c) => c.value).join("; "),
            params: {
              what: `kiêm nhiệm «${member.concurrent.map((c) => c.value).join("; ")}»`,
              whatEn: `the concurrent title «${member.concurrent.map((c) => c.value).join("; ")}»`,
            },
          },
          lang
        )
      );
    }
  }

  const received = main !== null && concurrent !== null ? main + concurrent : null;
  const severanceBase = include ? received : main;
  if (withSteps && main !== null && severanceBase !== null) {
    const b = policy.severance.formula.basis;
    steps.push({
      kind: "allowance-basis",
      main,
      concurrent: concurrent ?? 0,
      includesConcurrent: include,
      month: b.month.value,
      amount: severanceBase,
      ref: b.includeConcurrent.ref ?? null,
      verified: b.includeConcurrent.verified,
    });
  }
  return { main, concurrent, received, severanceBase, findings, steps };
}
