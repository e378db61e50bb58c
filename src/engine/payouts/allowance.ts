import type { CellRef, Finding, Lang, Policy, StaffMember, TitleDef, TraceStep } from "../types";
import { createFinding } from "../findings/catalog";
import { a1 } from "../grid/address";
import { dec, roundDong } from "../money/round";
import { formatDecimalVi, formatNumberVi } from "../text/vi-number";
import { resolveTitle } from "../checks/titles";
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
   * The A that severance multiplies: `received` when the policy includes the concurrent
   * allowance, else `main` (the concurrent part is then left out on purpose, and a missing
   * concurrent coefficient does not block the payout).
   */
  severanceBase: number | null;
  /** allowance-mismatch / coefficient-mismatch (warnings) and allowance-missing (error). */
  findings: Finding[];
  trace: TraceStep[];
}

export interface AllowanceOptions {
  /** Build AllowanceResult.trace (default true); false leaves it empty. */
  trace?: boolean;
  /**
   * Where a missing main allowance is reported (the row's empty coefficient cell); default: the
   * title cell, else the name cell.
   */
  missingAt?: CellRef;
}

const vnd = (n: number): string => formatNumberVi(n);
const coef = (s: string): string => formatDecimalVi(s);

function cellText(ref: CellRef | null | undefined): string {
  return ref ? ` (ô ${a1(ref.row, ref.col)})` : "";
}

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

/** The pay rate as a percentage for the trace: "1" → "100%", "0.5" → "50%". */
export function percentText(rate: string): string {
  return `${formatDecimalVi(dec(rate).times(100).toString())}%`;
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
  // Callers that only need the amounts (the fund check, a payout whose trace is built later)
  // skip the trace text: it costs more than the arithmetic.
  const withTrace = options.trace ?? true;
  const findings: Finding[] = [];
  const trace: TraceStep[] = [];
  const person = personName(member);
  const base = {
    person,
    commune: member.commune?.value ?? null,
    hamlet: member.hamlet?.value ?? null,
  };
  const B = withTrace ? vnd(baseSalary) : "";

  // ── main title ──
  const def: TitleDef | null = member.title
    ? resolveTitle(policy, member.title.value, member.level).title
    : null;
  const rosterCoef = member.coefficient?.value ?? null;
  const policyCoef = def?.coefficient ?? null;
  const mismatch = coefficientMismatch(member, def, lang);
  if (mismatch) findings.push(mismatch);
  const coefUsed = rosterCoef ?? policyCoef;
  if (coefUsed !== null) {
    if (withTrace)
      trace.push({
        label: "Hệ số phụ cấp",
        value:
          rosterCoef !== null
            ? `${coef(rosterCoef)}${cellText(member.coefficient?.cell)}`
            : `${coef(coefUsed)} (theo quy định, chức danh «${def?.name ?? ""}»)`,
      });
  }
  let main: number | null = null;
  if (member.allowance) {
    main = member.allowance.value;
    if (withTrace)
      trace.push({
        label: "Mức phụ cấp chức danh ghi trong danh sách",
        value: `${vnd(main)} đồng${cellText(member.allowance.cell)}`,
      });
    if (rosterCoef !== null) {
      const expected =
        roundProduct(baseSalary, rosterCoef) ?? roundDong(dec(rosterCoef).times(baseSalary));
      if (expected !== main) {
        findings.push(
          createFinding(
            "allowance-mismatch",
            {
              ...base,
              at: member.allowance.cell,
              title: member.title?.value ?? null,
              params: { value: vnd(main), expected: vnd(expected) },
            },
            lang
          )
        );
        if (withTrace)
          trace.push({
            label: "Đối chiếu",
            value: `${coef(rosterCoef)} × ${B} = ${vnd(expected)} khác mức ghi; dùng mức ghi ${vnd(main)}`,
          });
      }
    }
  } else if (coefUsed !== null) {
    main = roundProduct(baseSalary, coefUsed) ?? roundDong(dec(coefUsed).times(baseSalary));
    if (withTrace)
      trace.push({
        label: "Phụ cấp chức danh",
        value: `${coef(coefUsed)} × ${B} = ${vnd(main)} đồng`,
      });
  } else {
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
    if (withTrace)
      trace.push({
        label: "Phụ cấp chức danh",
        value: "không có hệ số hay mức phụ cấp (danh sách và quy định)",
      });
  }

  // ── concurrent titles ──
  const include = policy.severance.includeConcurrent.value;
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
  if (member.concurrent.length > 0) {
    if (withTrace)
      trace.push({
        label: "Chức danh kiêm nhiệm",
        value: member.concurrent.map((c) => c.value).join("; "),
      });
  }
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
    rosterCc !== null ? dec(rosterCc) : member.concurrent.length > 0 ? policyConcurrentCoef : null;
  if (member.concurrentAllowance) {
    concurrent = member.concurrentAllowance.value;
    if (withTrace)
      trace.push({
        label: "Phụ cấp kiêm nhiệm ghi trong danh sách",
        value: `${vnd(concurrent)} đồng${cellText(member.concurrentAllowance.cell)}`,
      });
    if (rosterCc !== null) {
      const expected =
        roundProduct(baseSalary, rate, rosterCc) ??
        roundDong(dec(rate).times(rosterCc).times(baseSalary));
      if (expected !== concurrent) {
        findings.push(
          createFinding(
            "allowance-mismatch",
            {
              ...base,
              at: member.concurrentAllowance.cell,
              params: { value: vnd(concurrent), expected: vnd(expected) },
            },
            lang
          )
        );
        if (withTrace)
          trace.push({
            label: "Đối chiếu kiêm nhiệm",
            value: `${percentText(rate)} × ${coef(rosterCc)} × ${B} = ${vnd(expected)} khác mức ghi; dùng mức ghi ${vnd(concurrent)}`,
          });
      }
    }
  } else if (ccUsed !== null) {
    concurrent =
      roundProduct(baseSalary, rate, ccUsed.toString()) ??
      roundDong(dec(rate).times(ccUsed).times(baseSalary));
    if (withTrace)
      trace.push({
        label: "Phụ cấp kiêm nhiệm",
        value: `${percentText(rate)} × ${coef(ccUsed.toString())}${rosterCc === null ? " (theo quy định)" : cellText(member.concurrentCoefficient?.cell)} × ${B} = ${vnd(concurrent)} đồng`,
      });
  } else if (member.concurrent.length > 0) {
    concurrent = null;
    if (include) {
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
    if (withTrace)
      trace.push({
        label: "Phụ cấp kiêm nhiệm",
        value: "không có hệ số hay mức phụ cấp kiêm nhiệm",
      });
  }

  const received = main !== null && concurrent !== null ? main + concurrent : null;
  const severanceBase = include ? received : main;
  if (main !== null && severanceBase !== null) {
    if (include) {
      if (withTrace)
        trace.push({
          label: "Mức phụ cấp hiện hưởng (A)",
          value: concurrent
            ? `${vnd(main)} + ${vnd(concurrent)} = ${vnd(severanceBase)} đồng`
            : `${vnd(severanceBase)} đồng`,
        });
    } else {
      if (withTrace)
        trace.push({
          label: "Mức phụ cấp hiện hưởng (A)",
          value: `${vnd(severanceBase)} đồng${concurrent !== 0 ? " (quy định không tính phụ cấp kiêm nhiệm vào mức hưởng chế độ)" : ""}`,
        });
    }
  }
  return { main, concurrent, received, severanceBase, findings, trace };
}
