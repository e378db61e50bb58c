import type {
  CellRef,
  ColumnMapping,
  CommuneSummary,
  DerivationStep,
  FieldKey,
  Finding,
  FindingCode,
  Lang,
  LevelCounts,
  LevelTotals,
  MergerFigures,
  PartialDate,
  Payout,
  PayoutComponent,
  PayoutDerivation,
  Plan,
  PlanUnit,
  PayoutReport,
  Policy,
  SeveranceCase,
  StaffMember,
} from "../types";
import { createFinding } from "../findings/catalog";
import { blocksPayout } from "../findings/blocking";
import { amountInWords } from "../money/words";
import { countYears, type YearsCounted } from "../policy/bands";
import { baseSalaryOn } from "../policy/base-salary";
import { formatDateVi, parseIsoDate } from "../text/dates";
import { foldLoose } from "../text/fold";
import { formatNumber, formatNumberVi } from "../text/vi-number";
import { buildPlan, communeTitle, mergerSentence, personOf } from "../plan";
import { MONTHS_PER_YEAR_FORMULA } from "../policy/presets";
import { computeAllowance } from "./allowance";
import { ROSTER_BOUNDS } from "../roster/bounds";
import {
  evaluateCase,
  needsRetirement,
  selectCase,
  sumComponents,
  type Quantities,
} from "./formula";
import { firstOverlap, periodMonths } from "./periods";
import {
  birthMonthRange,
  monthIndex,
  monthIso,
  monthsEarly as monthsEarlyOf,
  REDUCED_RETIREMENT_REF,
  RETIREMENT_REF,
  retirementMonth as retirementMonthOf,
  type RetirementMonth,
} from "./retirement";
import { baseSalaryDate, endMonth, startAfterEnd, startBeforeFifteen, startMonth } from "./service";

export { coefficientMismatch, computeAllowance, type AllowanceResult } from "./allowance";
export { traceSteps, allowanceSource, monthlyAllowanceText, amountText } from "./render";
export {
  monthsOfService,
  baseSalaryDate,
  startAfterEnd,
  startBeforeFifteen,
  fifteenthBirthday,
} from "./service";

export interface PayoutInput {
  members: StaffMember[];
  policy: Policy;
  /** ISO date used as the leaving date of leavers without their own. */
  paymentDate: string | null;
  /** Only leave-paid rows of this round are paid; null = every round. */
  round: string | null;
  /** Findings already known (the roster parser's); error ones at a member's sheet and row block its payout. */
  blocking: Finding[];
  lang: Lang;
  /**
   * The rosters' column mappings (Roster.mappings). With them, a missing start date, leaving
   * date or coefficient is reported at the row's empty cell in that column (CONTRACT §3: the
   * offending cell); without them, or when the sheet has no such column, at the name cell.
   */
  mappings?: ColumnMapping[];
  /** The plan whose before/after counts the summary reports (built from the members when absent). */
  plan?: Plan;
}

export interface PayoutResult {
  report: PayoutReport;
  findings: Finding[];
}

/** "Đợt 1", "01", "1" are the same round; other labels compare loosely. */
export function roundKey(text: string): string {
  const digits = /\d+/.exec(text);
  return digits ? String(Number(digits[0])) : foldLoose(text);
}

const vnd = (n: number): string => formatNumberVi(n);

/**
 * Severance for every leave-paid row (DOMAIN §5.3–5.5) and the before/after summary (§5.6).
 * Every amount is an integer number of đồng obtained by decimal arithmetic and one rounding
 * half away from zero at each point the domain names; totals add the rounded rows.
 */
export function computePayouts(input: PayoutInput): PayoutResult {
  const { policy, lang } = input;
  const members = [...input.members].sort((a, b) => a.index - b.index);
  const wantedRound =
    input.round !== null && input.round.trim() !== "" ? roundKey(input.round) : null;

  // Sheet → row → codes: no key string is built per member.
  const blockingAt = new Map<string, Map<number, FindingCode[]>>();
  // Sheet → row → fields whose cell the parser could not read (their findings say so already).
  const unreadableAt = new Map<string, Map<number, FieldKey[]>>();
  const ignored = fieldsOutsideAmount(policy);
  for (const f of input.blocking) {
    if (!blocksPayout(f) || f.sheet === null || f.row === null) continue;
    if (f.field !== undefined && (f.code === "date-invalid" || f.code === "coefficient-invalid")) {
      let rows = unreadableAt.get(f.sheet);
      if (!rows) unreadableAt.set(f.sheet, (rows = new Map()));
      rows.set(f.row, [...(rows.get(f.row) ?? []), f.field]);
    }
    // A cell the amount does not depend on is worth fixing, but does not hold the payout up.
    if (f.field !== undefined && ignored.has(f.field)) continue;
    let rows = blockingAt.get(f.sheet);
    if (!rows) blockingAt.set(f.sheet, (rows = new Map()));
    const list = rows.get(f.row);
    if (list) {
      if (!list.includes(f.code)) list.push(f.code);
    } else rows.set(f.row, [f.code]);
  }

  const columnsOf = new Map<string, SheetColumns>();
  for (const mapping of input.mappings ?? []) {
    if (!columnsOf.has(mapping.sheet)) columnsOf.set(mapping.sheet, mapping.columns);
  }

  const findings: Finding[] = [];
  const payouts: Payout[] = [];
  for (const m of members) {
    if (m.decision?.value !== "leave-paid") continue;
    if (wantedRound !== null && (m.round === null || roundKey(m.round.value) !== wantedRound))
      continue;
    const blocked = blockingAt.get(m.sheet)?.get(m.row) ?? [];
    const ctx: PersonContext = {
      policy,
      paymentDate: input.paymentDate,
      blockedByParser: blocked,
      unreadable: unreadableAt.get(m.sheet)?.get(m.row) ?? [],
      columns: columnsOf.get(m.sheet) ?? null,
      lang,
    };
    const r = computeOne(m, ctx);
    for (const f of r.findings) findings.push(f);
    payouts.push(r.payout);
  }

  const plan =
    input.plan ?? buildPlan({ members, policy, register: { sheet: null, communes: [] } });
  const { communes, totals } = summarise(plan, payouts);
  const report: PayoutReport = {
    payouts,
    communes,
    totals,
    amountInWords: amountInWords(totals.amount.total),
    narrative: narrative(totals, payouts, input.round, lang, { merger: plan.merger, policy }),
  };
  return { report, findings };
}

/** The birth date and gender, read from these columns. */
const BIRTH_FIELDS_LIST: readonly FieldKey[] = ["birth", "birthMale", "birthFemale", "gender"];
const BIRTH_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>(BIRTH_FIELDS_LIST);
const NO_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>();

/**
 * Roster fields the amount does not depend on under `policy`: an unreadable or imprecise cell of
 * such a field is still a finding, but never blocks the payout (DOMAIN §10.2: "a birth date that
 * does not matter for the amount never blocks a payout"). Under an allowance × years formula (NQ
 * 77, ND 34, ND 33) the birth date and gender never matter; under a formula that needs the
 * retirement age (ND 154) they do, and the formula itself reports birth-date-needed only where
 * the precision decides the amount.
 */
export function fieldsOutsideAmount(policy: Policy): ReadonlySet<FieldKey> {
  return needsRetirement(policy.severance.formula) ? NO_FIELDS : BIRTH_FIELDS;
}

// ───────────────────────── one person ─────────────────────────

/**
 * countYears per policy and month count: a district's leavers share a few hundred month counts,
 * and the Decimal sum and label are the same each time. Keyed on the policy object, which the
 * engine treats as an immutable value (as checks/titles.ts does).
 */
const yearsMemo = new WeakMap<Policy, Map<number, YearsCounted>>();

function yearsOf(months: number, policy: Policy): YearsCounted {
  let byMonths = yearsMemo.get(policy);
  if (!byMonths) yearsMemo.set(policy, (byMonths = new Map()));
  let y = byMonths.get(months);
  if (!y) {
    y = countYears(months, policy);
    if (byMonths.size >= 10_000) byMonths.clear();
    byMonths.set(months, y);
  }
  return y;
}

/** The payment date as a PartialDate: parsed once, a fresh copy for each payout that uses it. */
let lastPaymentDate: { iso: string; date: PartialDate | null } | null = null;

function parsedPaymentDate(iso: string): PartialDate | null {
  if (lastPaymentDate?.iso !== iso) lastPaymentDate = { iso, date: parseIsoDate(iso) };
  const d = lastPaymentDate.date;
  return d ? { ...d } : null;
}

type SheetColumns = ColumnMapping["columns"];

/** What one person's computation needs besides the member. */
interface PersonContext {
  policy: Policy;
  paymentDate: string | null;
  /** Error codes the parser already reported on the member's row. */
  blockedByParser: FindingCode[];
  /** Fields whose cell on the row the parser could not read (date-invalid, coefficient-invalid). */
  unreadable: FieldKey[];
  /** Columns of the member's sheet; null when unknown. */
  columns: SheetColumns | null;
  lang: Lang;
}

/** The member's cell in a column of its sheet, or null when the sheet has no such column. */
function columnCell(
  m: StaffMember,
  columns: SheetColumns | null,
  field: keyof SheetColumns
): CellRef | null {
  const col = columns?.[field];
  return col === undefined ? null : { sheet: m.sheet, row: m.row, col };
}

/**
 * The ISO date whose base salary gives the allowance basis: the leaving date itself (DOMAIN
 * §5.4), or the last day of the month before the leaving month (ND 154: PC of the month before).
 */
function basisDate(end: PartialDate, month: "leaving" | "before-leaving"): string {
  if (month === "leaving") return baseSalaryDate(end);
  const m = endMonth(end);
  const prev: PartialDate =
    m === 1
      ? { year: end.year - 1, month: 12, precision: "month" }
      : { year: end.year, month: m - 1, precision: "month" };
  return baseSalaryDate(prev);
}

/** The first day a partial date can be (a month → its 1st, a year → 1 January). */
function earliestIso(d: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(d.year).padStart(4, "0")}-${pad(d.month ?? 1)}-${pad(d.precision === "day" ? (d.day ?? 1) : 1)}`;
}

const monthOf = (d: PartialDate, asEnd: boolean): number =>
  monthIndex(d.year, asEnd ? endMonth(d) : startMonth(d));

/** The periods of service: the periods cell when the roster has one, else start → leaving date. */
function servicePeriods(
  m: StaffMember,
  start: PartialDate | null,
  end: PartialDate | null
): { start: PartialDate; end: PartialDate; cell: CellRef | null }[] | null {
  if (m.periods) {
    if (!end && m.periods.value.some((p) => p.end === null)) return null;
    return m.periods.value.map((p) => ({
      start: p.start,
      end: p.end ?? (end as PartialDate),
      cell: m.periods?.cell ?? null,
    }));
  }
  if (!start || !end) return null;
  return [{ start, end, cell: m.start?.cell ?? null }];
}

interface RetirementOutcome {
  caseDef: SeveranceCase | null;
  components: PayoutComponent[];
  retirement: RetirementMonth | null;
  monthsEarly: number | null;
}

function computeOne(m: StaffMember, ctx: PersonContext): { payout: Payout; findings: Finding[] } {
  const { policy, paymentDate, blockedByParser, unreadable, columns, lang } = ctx;
  const formula = policy.severance.formula;
  const findings: Finding[] = [];
  const steps: DerivationStep[] = [];
  const person = m.name?.value ?? null;
  const at0 = m.name?.cell ?? m.title?.cell ?? { sheet: m.sheet, row: m.row, col: 1 };
  const base = {
    person,
    commune: m.commune?.value ?? null,
    hamlet: m.hamlet?.value ?? null,
    title: m.title?.value ?? null,
  };
  const add = (
    code: FindingCode,
    at: CellRef,
    params: Record<string, string | number> = {}
  ): void => {
    findings.push(createFinding(code, { ...base, at, params }, lang));
  };

  // ── dates ──
  const start = m.start?.value ?? null;
  let end: PartialDate | null = m.end?.value ?? null;
  let endSource: "roster" | "payment-date" = "roster";
  let endCell: CellRef | null = m.end?.cell ?? null;
  // An unreadable leaving date is not a missing one: the payment date does not stand in for it.
  const endUnreadable = unreadable.includes("end");
  if (!end && paymentDate && !endUnreadable) {
    end = parsedPaymentDate(paymentDate);
    endSource = "payment-date";
    endCell = null;
  }
  if (!end && m.periods && m.periods.value.every((p) => p.end !== null)) {
    // Every period closed: the last one ends on the leaving date.
    const last = [...m.periods.value].sort(
      (a, b) => monthOf(b.end as PartialDate, true) - monthOf(a.end as PartialDate, true)
    )[0];
    end = last?.end ?? null;
    endCell = m.periods.cell;
  }
  // One cause, one finding: a date the parser could not read is date-invalid, not also missing.
  // A missing date is reported at the row's empty cell of the date column when there is one.
  const periodsUnreadable = unreadable.includes("periods");
  if (!start && !m.periods && !unreadable.includes("start") && !periodsUnreadable)
    add("start-missing", m.start?.cell ?? columnCell(m, columns, "start") ?? at0);
  if (!end && !endUnreadable && !periodsUnreadable)
    add("end-missing", m.end?.cell ?? columnCell(m, columns, "end") ?? at0);

  const periods = servicePeriods(m, start, end);
  let ordered = true;
  for (const p of periods ?? []) {
    if (startAfterEnd(p.start, p.end)) {
      ordered = false;
      const detail =
        lang === "en"
          ? `the start date ${formatDateVi(p.start)} is after the leaving date ${formatDateVi(p.end)}.`
          : `ngày bắt đầu công tác ${formatDateVi(p.start)} sau ngày thôi việc ${formatDateVi(p.end)}.`;
      add("date-order", p.cell ?? at0, { detail, value: formatDateVi(p.start) });
      break;
    }
  }
  const firstStart =
    periods?.reduce<PartialDate | null>(
      (a, p) => (a === null || monthOf(p.start, false) < monthOf(a, false) ? p.start : a),
      null
    ) ?? start;
  if (firstStart && m.birth && startBeforeFifteen(firstStart, m.birth.value)) {
    ordered = false;
    const born = formatDateVi(m.birth.value);
    const detail =
      lang === "en"
        ? `the start date ${formatDateVi(firstStart)} is before the person's 15th birthday (born ${born}).`
        : `ngày bắt đầu công tác ${formatDateVi(firstStart)} trước khi đủ 15 tuổi (sinh ${born}).`;
    add("date-order", m.periods?.cell ?? m.start?.cell ?? at0, {
      detail,
      value: formatDateVi(firstStart),
    });
  }
  if (ordered && periods && periods.length > 1) {
    const pair = firstOverlap(periods);
    if (pair) {
      const text = (i: number) =>
        `${formatDateVi(periods[i].start)} – ${formatDateVi(periods[i].end)}`;
      add("periods-overlap", m.periods?.cell ?? at0, {
        first: text(pair[0]),
        second: text(pair[1]),
      });
      ordered = false;
    }
  }
  if (ordered && periods) {
    // Plausible bounds (roster/bounds.ts): more service than one working life is a mistake in
    // a date, shown at it, never a number of months to pay.
    const total = periodMonths(periods).total;
    const maxYears = ROSTER_BOUNDS.serviceYears;
    if (total > maxYears * 12) {
      ordered = false;
      const detail =
        lang === "en"
          ? `the service periods add up to ${total} months, more than ${maxYears} years; check the dates.`
          : `thời gian công tác cộng lại ${total} tháng, quá ${maxYears} năm; kiểm tra lại ngày tháng.`;
      add("date-order", endCell ?? m.periods?.cell ?? m.start?.cell ?? at0, {
        detail,
        value: String(total),
      });
    }
  }
  const last = formula.lastLeavingDate;
  if (end && last && earliestIso(end) > last.value) {
    const until = formatDateVi(parseIsoDate(last.value) ?? end);
    const detail =
      lang === "en"
        ? `the leaving date ${formatDateVi(end)} is after ${until}, the last leaving date ${formula.name} pays.`
        : `ngày thôi việc ${formatDateVi(end)} sau ngày ${until}, ngày cuối cùng được hưởng theo ${formula.name}.`;
    add("date-order", endCell ?? at0, { detail, value: formatDateVi(end) });
  }

  // ── base salary of the allowance basis ──
  let baseSalary: number | null = null;
  let instrument: string | null = null;
  if (end) {
    const on = basisDate(end, formula.basis.month.value);
    const entry = baseSalaryOn(policy, on);
    if (entry) {
      baseSalary = entry.amount;
      instrument = entry.instrument;
      steps.push({
        kind: "base-salary",
        on,
        amount: entry.amount,
        from: entry.from,
        instrument: entry.instrument,
        verified: entry.verified,
      });
    } else {
      const first = [...policy.baseSalary].sort((a, b) => (a.from < b.from ? -1 : 1))[0];
      add("base-salary-missing", m.end?.cell ?? at0, {
        value: formatDateVi(end),
        first: first
          ? formatDateVi(parseIsoDate(first.from) ?? { year: 0, precision: "year" })
          : "?",
      });
    }
  }

  // ── allowance basis (A, PC) ──
  // No coefficient or amount: the row's empty coefficient cell, else its empty amount cell, else
  // the name.
  const missingAt =
    m.coefficient || m.allowance
      ? undefined
      : (columnCell(m, columns, "coefficient") ?? columnCell(m, columns, "allowance") ?? at0);
  let mainAllowance: number | null = null;
  let concurrentAllowance: number | null = null;
  let monthlyAllowance: number | null = null;
  if (baseSalary !== null) {
    const a = computeAllowance(m, policy, baseSalary, lang, { missingAt, unreadable });
    findings.push(...a.findings);
    steps.push(...a.steps);
    mainAllowance = a.main;
    concurrentAllowance = a.concurrent;
    monthlyAllowance = a.severanceBase;
  } else {
    // Without a base salary no amount can be computed, but a missing coefficient is still worth
    // saying now rather than after the date is fixed. A mismatch needs B, so it waits.
    const a = computeAllowance(m, policy, 0, lang, {
      trace: false,
      missingAt,
      unreadable,
    });
    findings.push(...a.findings.filter((f) => f.code !== "allowance-mismatch"));
  }

  // ── months and years of service ──
  let months: number | null = null;
  let years: YearsCounted | null = null;
  if (periods && ordered) {
    const counted = periodMonths(periods);
    months = counted.total;
    steps.push({
      kind: "service",
      periods: periods.map((p, i) => ({
        months: counted.each[i],
        byDay: p.start.precision === "day" && p.end.precision === "day",
      })),
      months,
    });
    years = yearsOf(months, policy);
    steps.push({
      kind: "years-counted",
      months,
      whole: Math.floor(months / 12),
      leftover: months % 12,
      band: years.band,
      rule: policy.severance.bandRule,
      years: years.years,
      ref: policy.severance.bandsRef ?? null,
      verified: policy.severance.bandsVerified ?? false,
    });
  }

  // ── the formula: case, retirement, components ──
  const blockedBy: FindingCode[] = [];
  const blockOn = (): void => {
    for (const c of blockedByParser) if (!blockedBy.includes(c)) blockedBy.push(c);
    for (const f of findings)
      if (blocksPayout(f) && !blockedBy.includes(f.code)) blockedBy.push(f.code);
  };
  blockOn();

  let outcome: RetirementOutcome | null = null;
  if (
    blockedBy.length === 0 &&
    monthlyAllowance !== null &&
    years !== null &&
    months !== null &&
    end
  ) {
    const A = monthlyAllowance;
    const q = (monthsEarly: number | null): Quantities => ({
      monthsOfService: months as number,
      monthsEarly,
      yearsCounted: (years as YearsCounted).years,
      exactYears: policy.severance.bandRule === "exact",
    });
    const evaluate = (retirement: RetirementMonth | null): RetirementOutcome => {
      const early =
        retirement === null
          ? null
          : monthsEarlyOf(
              monthOf(end as PartialDate, true),
              retirement.month,
              formula.monthsEarlyCounting.value
            );
      const caseDef = selectCase(formula, months as number, early);
      return {
        caseDef,
        components: caseDef ? evaluateCase(caseDef, A, q(early)) : [],
        retirement,
        monthsEarly: early,
      };
    };
    if (!needsRetirement(formula)) outcome = evaluate(null);
    else {
      const gender = m.gender;
      const birth = m.birth?.value ?? null;
      const reduced = m.reducedRetirement?.value ?? 0;
      const birthUnreadable = BIRTH_FIELDS_LIST.some((f) => unreadable.includes(f));
      if (birthUnreadable && birth === null) {
        // Its date-invalid finding already holds the payout up: one cause, one finding.
      } else if (gender === null || birth === null) {
        const what = birth === null ? "ngày sinh" : "giới tính";
        const whatEn = birth === null ? "the date of birth" : "the gender";
        add(
          "birth-date-needed",
          (birth === null ? (m.birth?.cell ?? columnCell(m, columns, "birth")) : m.birth?.cell) ??
            at0,
          {
            what,
            whatEn,
            detail: "để xác định tuổi nghỉ hưu",
            detailEn: "to find the retirement age",
          }
        );
      } else {
        // A birth year alone: the result under the earliest and the latest birth month; equal → it
        // does not matter (DOMAIN §10.2), else the full date is needed — never a guess.
        const [lo, hi] = birthMonthRange(birth);
        const early = evaluate(retirementMonthOf(gender, birth.year, lo, reduced));
        const late =
          lo === hi ? early : evaluate(retirementMonthOf(gender, birth.year, hi, reduced));
        const same =
          early.caseDef?.id === late.caseDef?.id &&
          sumComponents(early.components) === sumComponents(late.components);
        if (!same) {
          add("birth-date-needed", m.birth?.cell ?? at0, {
            what: "tháng sinh",
            whatEn: "the month of birth",
            detail: `sinh năm ${birth.year}: trường hợp ${early.caseDef?.id ?? "?"} hoặc ${late.caseDef?.id ?? "?"}, ${vnd(sumComponents(early.components))} hoặc ${vnd(sumComponents(late.components))} đồng`,
            detailEn: `born in ${birth.year}: case ${early.caseDef?.id ?? "?"} or ${late.caseDef?.id ?? "?"}, ${vnd(sumComponents(early.components))} or ${vnd(sumComponents(late.components))} đồng`,
          });
        } else {
          outcome = early;
          const leaving = monthOf(end, true);
          steps.push({
            kind: "retirement",
            gender,
            requiredMonths: early.retirement?.requiredMonths ?? 0,
            reducedYears: reduced,
            month: monthIso(early.retirement?.month ?? 0),
            latestMonth: monthIso(late.retirement?.month ?? 0),
            ref: reduced > 0 ? `${RETIREMENT_REF}; ${REDUCED_RETIREMENT_REF}` : RETIREMENT_REF,
          });
          steps.push({
            kind: "months-early",
            from: monthIso(leaving),
            to: monthIso(early.retirement?.month ?? 0),
            counting: formula.monthsEarlyCounting.value,
            months: early.monthsEarly ?? 0,
            latestMonths: late.monthsEarly ?? 0,
            ref: formula.monthsEarlyCounting.ref ?? null,
            verified: formula.monthsEarlyCounting.verified,
          });
        }
      }
    }
    blockOn();
  }

  const chosen = blockedBy.length === 0 && outcome?.caseDef ? outcome : null;
  const components = chosen ? chosen.components : [];
  const amount = chosen ? sumComponents(components) : null;
  const retirement = chosen?.retirement ?? null;
  const retirementMonth =
    retirement && chosen && steps.some((s) => s.kind === "retirement" && s.month === s.latestMonth)
      ? monthIso(retirement.month)
      : null;
  const earlyStep = steps.find((s) => s.kind === "months-early");
  const monthsEarly =
    earlyStep && earlyStep.kind === "months-early" && earlyStep.months === earlyStep.latestMonths
      ? earlyStep.months
      : null;

  const derivation: PayoutDerivation = {
    formula: { id: formula.id, name: formula.name },
    inputs: {
      name: m.name,
      unit: { commune: m.commune?.value ?? null, hamlet: m.hamlet?.value ?? null, level: m.level },
      title: m.title,
      concurrent: m.concurrent,
      coefficient: m.coefficient,
      concurrentCoefficient: m.concurrentCoefficient,
      allowance: m.allowance,
      concurrentAllowance: m.concurrentAllowance,
      periods: periods ?? [],
      leaving: end ? { date: end, source: endSource, cell: endCell } : null,
      birth: m.birth,
      gender: m.gender,
      reducedRetirement: m.reducedRetirement ?? null,
    },
    steps,
    case: chosen?.caseDef
      ? {
          id: chosen.caseDef.id,
          name: chosen.caseDef.name,
          ref: chosen.caseDef.ref ?? null,
          verified: chosen.caseDef.verified,
        }
      : null,
    components,
    amount,
    blockedBy,
  };

  return {
    payout: {
      member: m,
      start: firstStart,
      end,
      months,
      yearsCounted: years?.years ?? null,
      band: years?.label ?? null,
      baseSalary,
      baseSalaryInstrument: instrument,
      mainAllowance,
      concurrentAllowance,
      monthlyAllowance,
      amount,
      blockedBy,
      case: derivation.case?.id ?? null,
      retirementMonth,
      monthsEarly,
      components,
      derivation,
    },
    findings,
  };
}

// ───────────────────────── before / after ─────────────────────────

const zeroCounts = (): LevelCounts => ({ commune: 0, hamlet: 0 });
const zeroTotals = (): LevelTotals => ({ commune: 0, hamlet: 0, total: 0 });

/** Per commune of the plan, in the order of its first counted row: before/after (§5.6), cases, amounts. */
function summarise(
  plan: Plan,
  payouts: Payout[]
): { communes: CommuneSummary[]; totals: Omit<CommuneSummary, "commune"> } {
  const byCommune = new Map<PlanUnit, { first: number; s: CommuneSummary }>();
  const rowOf = (unit: PlanUnit, index: number): CommuneSummary => {
    let entry = byCommune.get(unit);
    if (!entry) {
      entry = {
        first: index,
        s: {
          commune: communeTitle(unit),
          before: zeroCounts(),
          after: zeroCounts(),
          reduction: zeroCounts(),
          cases: zeroTotals(),
          amount: zeroTotals(),
        },
      };
      byCommune.set(unit, entry);
    }
    return entry.s;
  };
  for (const p of plan.people) {
    if (!p.before && !p.after) continue; // rows without a decision category count nowhere
    const s = rowOf(p.commune, p.member.index);
    if (p.before) s.before[p.member.level]++;
    if (p.after) s.after[p.member.level]++;
  }
  for (const p of payouts) {
    if (p.amount === null) continue;
    const unit = personOf(plan, p.member)?.commune;
    if (!unit) continue;
    const s = rowOf(unit, p.member.index);
    s.cases[p.member.level]++;
    s.amount[p.member.level] += p.amount;
  }
  const communes = [...byCommune.values()].sort((a, b) => a.first - b.first).map((e) => e.s);
  const totals: Omit<CommuneSummary, "commune"> = {
    before: zeroCounts(),
    after: zeroCounts(),
    reduction: zeroCounts(),
    cases: zeroTotals(),
    amount: zeroTotals(),
  };
  for (const s of communes) {
    for (const level of ["commune", "hamlet"] as const) {
      s.reduction[level] = s.before[level] - s.after[level];
      totals.before[level] += s.before[level];
      totals.after[level] += s.after[level];
      totals.reduction[level] += s.reduction[level];
      totals.cases[level] += s.cases[level];
      totals.amount[level] += s.amount[level];
    }
    s.cases.total = s.cases.commune + s.cases.hamlet;
    s.amount.total = s.amount.commune + s.amount.hamlet;
  }
  totals.cases.total = totals.cases.commune + totals.cases.hamlet;
  totals.amount.total = totals.amount.commune + totals.amount.hamlet;
  for (const n of [totals.amount.commune, totals.amount.hamlet, totals.amount.total]) {
    if (!Number.isSafeInteger(n))
      throw new RangeError(`Total amount out of the safe integer range: ${n}`);
  }
  return { communes, totals };
}

// ───────────────────────── narrative ─────────────────────────

/** The figures both narratives say. */
function narrativeFigures(
  totals: Omit<CommuneSummary, "commune">,
  payouts: Payout[],
  round: string | null
) {
  return {
    cc: totals.cases.commune,
    ch: totals.cases.hamlet,
    ct: totals.cases.total,
    amt: totals.amount.total,
    pending: payouts.filter((p) => p.amount === null).length,
    roundText: round !== null && round.trim() !== "" ? round.trim() : null,
  };
}

function isMonthsPerYear(policy: Policy): boolean {
  return policy.severance.formula.id === MONTHS_PER_YEAR_FORMULA;
}

/**
 * The 2026 frame (DOMAIN §10.3, §10.5): the merger in one sentence when hamlets merge, else the
 * reduction; then the payment under the formula's own name — "Đã chi trả trợ cấp một lần theo
 * Điều 10 Nghị định số 154/2025/NĐ-CP cho 8 trường hợp với tổng kinh phí là … đồng."
 */
function mergerNarrative(
  totals: Omit<CommuneSummary, "commune">,
  payouts: Payout[],
  round: string | null,
  lang: Lang,
  frame: { merger: MergerFigures; policy: Policy }
): string[] {
  const out: string[] = [];
  const { cc, ch, ct, amt, pending, roundText } = narrativeFigures(totals, payouts, round);
  const formulaName = frame.policy.severance.formula.name.trim();
  if (lang === "en") {
    if (frame.merger.merging) out.push(`${mergerSentence(frame.merger, lang)}.`);
    const split =
      cc > 0 && ch > 0 ? ` (${enNumber(cc)} commune-level, ${enNumber(ch)} hamlet-level)` : "";
    out.push(
      `${roundText ? `In round ${roundText}, t` : "T"}he one-time payment (${formulaName}) was made in ${enNumber(ct)} ${ct === 1 ? "case" : "cases"}${split}, ${enNumber(amt)} đồng in all.`
    );
    if (pending > 0)
      out.push(
        `${enNumber(pending)} more ${pending === 1 ? "case" : "cases"} could not be computed yet (see the «Kiểm tra» sheet).`
      );
    return out;
  }
  if (frame.merger.merging) out.push(`${mergerSentence(frame.merger, lang)}.`);
  else {
    const rc = totals.reduction.commune;
    const rh = totals.reduction.hamlet;
    out.push(
      rc >= 0 && rh >= 0
        ? `Qua sắp xếp, đã giảm được ${vnd(rc)} người cấp xã và ${vnd(rh)} người ở ấp, khu phố.`
        : `Qua sắp xếp, số người cấp xã ${change(rc, lang)}, số người ở ấp, khu phố ${change(rh, lang)}.`
    );
  }
  const what = formulaName
    ? formulaName.charAt(0).toLocaleLowerCase("vi") + formulaName.slice(1)
    : "trợ cấp";
  const named = what.replace(/(Nghị định|Nghị quyết|Quyết định|Thông tư) (\d)/, "$1 số $2");
  const split = cc > 0 && ch > 0 ? ` (cấp xã ${vnd(cc)} trường hợp, ấp ${vnd(ch)} trường hợp)` : "";
  out.push(
    `${roundText ? `Đợt ${roundText.replace(/^đợt\s*/i, "")}, đ` : "Đ"}ã chi trả ${named} cho ${vnd(ct)} trường hợp${split} với tổng kinh phí là ${vnd(amt)} đồng.`
  );
  if (pending > 0)
    out.push(`Còn ${vnd(pending)} trường hợp chưa tính được chế độ (xem sheet «Kiểm tra»).`);
  return out;
}

function change(n: number, lang: Lang): string {
  if (lang === "en")
    return n > 0 ? `fell by ${enNumber(n)}` : n < 0 ? `rose by ${enNumber(-n)}` : "did not change";
  return n > 0 ? `giảm ${vnd(n)} người` : n < 0 ? `tăng ${vnd(-n)} người` : "không đổi";
}

const enNumber = (n: number): string => formatNumber(n, "en");
/** "1 person", "30 people": English counts of people. */
const enPeople = (n: number): string => `${enNumber(n)} ${n === 1 ? "person" : "people"}`;

/**
 * The sentences a clerk pastes into the review report, in the founding report's own form:
 * "Qua sắp xếp, đã giảm được 30 người cấp xã và 85 người ở ấp, khu phố." and
 * "Đã chi trả thôi việc, nghỉ việc cho 113 trường hợp (cấp xã 25 trường hợp, ấp 88 trường hợp)
 * với tổng kinh phí là 1.149.540.875 đồng."
 */
export function narrative(
  totals: Omit<CommuneSummary, "commune">,
  payouts: Payout[],
  round: string | null,
  lang: Lang,
  frame?: { merger: MergerFigures; policy: Policy }
): string[] {
  if (frame && (frame.merger.merging || !isMonthsPerYear(frame.policy)))
    return mergerNarrative(totals, payouts, round, lang, frame);
  const rc = totals.reduction.commune;
  const rh = totals.reduction.hamlet;
  const { cc, ch, ct, amt, pending, roundText } = narrativeFigures(totals, payouts, round);
  const out: string[] = [];
  if (lang === "en") {
    out.push(
      rc >= 0 && rh >= 0
        ? `The rearrangement cut ${enPeople(rc)} at commune level and ${enNumber(rh)} in the hamlets and urban quarters.`
        : `After the rearrangement, the number of commune-level people ${change(rc, lang)} and the number in the hamlets and urban quarters ${change(rh, lang)}.`
    );
    out.push(
      `${roundText ? `In round ${roundText}, s` : "S"}everance for leaving was paid in ${enNumber(ct)} ${ct === 1 ? "case" : "cases"} (${enNumber(cc)} commune-level, ${enNumber(ch)} hamlet-level), ${enNumber(amt)} đồng in all.`
    );
    if (pending > 0)
      out.push(
        `${enNumber(pending)} more ${pending === 1 ? "case" : "cases"} could not be computed yet (see the «Kiểm tra» sheet).`
      );
    return out;
  }
  out.push(
    rc >= 0 && rh >= 0
      ? `Qua sắp xếp, đã giảm được ${vnd(rc)} người cấp xã và ${vnd(rh)} người ở ấp, khu phố.`
      : `Qua sắp xếp, số người cấp xã ${change(rc, lang)}, số người ở ấp, khu phố ${change(rh, lang)}.`
  );
  out.push(
    `${roundText ? `Đợt ${roundText.replace(/^đợt\s*/i, "")}, đ` : "Đ"}ã chi trả thôi việc, nghỉ việc cho ${vnd(ct)} trường hợp (cấp xã ${vnd(cc)} trường hợp, ấp ${vnd(ch)} trường hợp) với tổng kinh phí là ${vnd(amt)} đồng.`
  );
  if (pending > 0)
    out.push(`Còn ${vnd(pending)} trường hợp chưa tính được chế độ (xem sheet «Kiểm tra»).`);
  return out;
}
