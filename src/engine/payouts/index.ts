import type {
  CellRef,
  ColumnMapping,
  FieldKey,
  CommuneSummary,
  Finding,
  FindingCode,
  Lang,
  LevelCounts,
  LevelTotals,
  PartialDate,
  Payout,
  PayoutReport,
  Policy,
  StaffMember,
  TraceStep,
} from "../types";
import { createFinding } from "../findings/catalog";
import { a1 } from "../grid/address";
import { dec, roundDong } from "../money/round";
import { amountInWords } from "../money/words";
import { countYears, type YearsCounted } from "../policy/bands";
import { baseSalaryOn } from "../policy/base-salary";
import { formatDateVi, parseIsoDate } from "../text/dates";
import { foldLoose } from "../text/fold";
import { formatDecimalVi, formatNumberVi } from "../text/vi-number";
import { communeKey, memoize } from "../checks/units";
import { computeAllowance } from "./allowance";
import { roundProduct } from "./exact";
import { baseSalaryDate, monthsOfService, startAfterEnd, startBeforeFifteen } from "./service";

export { computeAllowance, type AllowanceResult } from "./allowance";
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
const PRECISION_VI: Record<PartialDate["precision"], string> = {
  day: "ghi rõ ngày",
  month: "ghi đến tháng",
  year: "chỉ có năm",
};

function cellNote(ref: CellRef | null | undefined): string {
  return ref ? ` (ô ${a1(ref.row, ref.col)})` : "";
}

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
    if (f.severity !== "error" || f.sheet === null || f.row === null) continue;
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
    const r = computeOne(m, ctx, false);
    for (const f of r.findings) findings.push(f);
    payouts.push(withLazyTrace(r.fields, ctx));
  }

  const { communes, totals } = summarise(members, payouts);
  const report: PayoutReport = {
    payouts,
    communes,
    totals,
    amountInWords: amountInWords(totals.amount.total),
    narrative: narrative(totals, payouts, input.round, lang),
  };
  return { report, findings };
}

/** The birth date and gender, read from these columns. */
const BIRTH_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  "birth",
  "birthMale",
  "birthFemale",
  "gender",
]);

/**
 * Roster fields the amount does not depend on under `policy`: an unreadable or imprecise cell of
 * such a field is still a finding, but never blocks the payout (DOMAIN §10.2: "a birth date that
 * does not matter for the amount never blocks a payout"). Under the allowance × years formula of
 * every preset here (NQ 77, ND 34, ND 33) the birth date and gender never matter. This is the
 * hook for the ND 154 component formula (cases a–d, months early): where it applies, the birth
 * fields matter and it returns none of them (and the formula reports birth-date-needed itself).
 */
export function fieldsOutsideAmount(policy: Policy): ReadonlySet<FieldKey> {
  void policy;
  return BIRTH_FIELDS;
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

/**
 * Payout.trace built on first read. The trace text (dates, amounts and coefficients in
 * Vietnamese notation) costs more than the computation itself, and a check run or the
 * «Chi tiết tính» sheet (built from the Payout fields) never reads it. The getter recomputes the
 * same pure computation with the trace on and then replaces itself by a plain data property, so
 * JSON.stringify, structuredClone (postMessage to the task pane) and spreads see an ordinary
 * array; the property stays last, as before. What the recomputation needs sits under a symbol,
 * non-enumerable: invisible to JSON, structuredClone, spreads, Object.keys and toEqual.
 */
const TRACE_CONTEXT = Symbol("payout trace context");

type LazyPayout = Payout & { [TRACE_CONTEXT]?: PersonContext };

function settleTrace(target: Payout, value: TraceStep[]): void {
  Object.defineProperty(target, "trace", {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

// One getter and setter pair for every payout: objects that share it share their hidden class
// (closures per payout made each one a dictionary of its own, five times the memory).
const LAZY_TRACE: PropertyDescriptor = {
  get(this: LazyPayout): TraceStep[] {
    const ctx = this[TRACE_CONTEXT];
    const value = ctx ? computeOne(this.member, ctx, true).trace : [];
    settleTrace(this, value);
    return value;
  },
  set(this: LazyPayout, value: TraceStep[]) {
    settleTrace(this, value);
  },
  enumerable: true,
  configurable: true,
};

function withLazyTrace(fields: Omit<Payout, "trace">, ctx: PersonContext): Payout {
  const payout = fields as LazyPayout;
  Object.defineProperty(payout, TRACE_CONTEXT, { value: ctx });
  Object.defineProperty(payout, "trace", LAZY_TRACE);
  return payout;
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

function computeOne(
  m: StaffMember,
  ctx: PersonContext,
  withTrace: boolean
): { fields: Omit<Payout, "trace">; trace: TraceStep[]; findings: Finding[] } {
  const { policy, paymentDate, blockedByParser, unreadable, columns, lang } = ctx;
  const findings: Finding[] = [];
  const trace: TraceStep[] = [];
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

  if (withTrace)
    trace.push({ label: "Họ và tên", value: `${person ?? "?"} («${m.sheet}» dòng ${m.row})` });
  const unit = m.hamlet
    ? `${m.hamlet.value}, xã ${m.commune?.value ?? "?"}`
    : `Cấp xã, xã ${m.commune?.value ?? "?"}`;
  if (withTrace) trace.push({ label: "Đơn vị", value: unit });
  if (m.title && withTrace)
    trace.push({ label: "Chức danh", value: `${m.title.value}${cellNote(m.title.cell)}` });

  // ── dates ──
  const start = m.start?.value ?? null;
  let end: PartialDate | null = m.end?.value ?? null;
  let endSource = "ngày thôi việc ghi trong danh sách";
  // An unreadable leaving date is not a missing one: the payment date does not stand in for it.
  const endUnreadable = unreadable.includes("end");
  if (!end && paymentDate && !endUnreadable) {
    end = parsedPaymentDate(paymentDate);
    endSource = "ngày chi trả (không có ngày thôi việc riêng)";
  }
  // One cause, one finding: a date the parser could not read is date-invalid, not also missing.
  // A missing date is reported at the row's empty cell of the date column when there is one.
  if (!start) {
    if (!unreadable.includes("start"))
      add("start-missing", m.start?.cell ?? columnCell(m, columns, "start") ?? at0);
  } else if (withTrace)
    trace.push({
      label: "Bắt đầu công tác",
      value: `${formatDateVi(start)} (${PRECISION_VI[start.precision]})${cellNote(m.start?.cell)}`,
    });
  if (!end) {
    if (!endUnreadable) add("end-missing", m.end?.cell ?? columnCell(m, columns, "end") ?? at0);
  } else if (withTrace)
    trace.push({
      label: "Thôi việc",
      value: `${formatDateVi(end)} (${PRECISION_VI[end.precision]}; ${endSource})${cellNote(m.end?.cell)}`,
    });

  let ordered = true;
  if (start && end && startAfterEnd(start, end)) {
    ordered = false;
    const detail =
      lang === "en"
        ? `the start date ${formatDateVi(start)} is after the leaving date ${formatDateVi(end)}.`
        : `ngày bắt đầu công tác ${formatDateVi(start)} sau ngày thôi việc ${formatDateVi(end)}.`;
    add("date-order", m.start?.cell ?? at0, { detail, value: formatDateVi(start) });
  }
  if (start && m.birth && startBeforeFifteen(start, m.birth.value)) {
    ordered = false;
    const born = formatDateVi(m.birth.value);
    const detail =
      lang === "en"
        ? `the start date ${formatDateVi(start)} is before the person's 15th birthday (born ${born}).`
        : `ngày bắt đầu công tác ${formatDateVi(start)} trước khi đủ 15 tuổi (sinh ${born}).`;
    add("date-order", m.start?.cell ?? at0, { detail, value: formatDateVi(start) });
  }

  // ── base salary on the leaving date ──
  let baseSalary: number | null = null;
  let instrument: string | null = null;
  if (end) {
    const on = baseSalaryDate(end);
    const entry = baseSalaryOn(policy, on);
    if (entry) {
      baseSalary = entry.amount;
      instrument = entry.instrument;
      if (withTrace)
        trace.push({
          label: "Mức lương cơ sở",
          value: `${vnd(entry.amount)} đồng (${entry.instrument}, áp dụng từ ${formatDateVi(parseIsoDate(entry.from) ?? { year: 0, precision: "year" })}; tra theo ngày ${formatDateVi(parseIsoDate(on) ?? end)})`,
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

  // ── monthly allowance A ──
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
    const a = computeAllowance(m, policy, baseSalary, lang, { trace: withTrace, missingAt });
    findings.push(...a.findings);
    if (withTrace) trace.push(...a.trace);
    mainAllowance = a.main;
    concurrentAllowance = a.concurrent;
    monthlyAllowance = a.severanceBase;
  } else {
    // Without a base salary no amount can be computed, but a missing coefficient is still worth
    // saying now rather than after the date is fixed. A mismatch needs B, so it waits.
    const a = computeAllowance(m, policy, 0, lang, { trace: false, missingAt });
    findings.push(...a.findings.filter((f) => f.code !== "allowance-mismatch"));
  }

  // ── months and years of service ──
  let months: number | null = null;
  let yearsCounted: string | null = null;
  let band: string | null = null;
  if (start && end && ordered) {
    months = monthsOfService(start, end);
    if (withTrace) {
      const how =
        start.precision === "day" && end.precision === "day"
          ? "tính theo ngày: S + m tháng ≤ ngày thôi việc + 1 ngày"
          : "tính theo tháng, kể cả tháng đầu và tháng cuối";
      trace.push({
        label: "Số tháng công tác",
        value: `${months} tháng = ${Math.floor(months / 12)} năm ${months % 12} tháng (${how})`,
      });
    }
    const y = yearsOf(months, policy);
    yearsCounted = y.years;
    band = y.label;
    if (withTrace) {
      trace.push({ label: "Thời gian lẻ", value: y.label });
      trace.push({ label: "Số năm tính hưởng", value: `${formatDecimalVi(y.years)} năm` });
    }
  }

  // ── severance S ──
  // The parser's error codes, then this row's own, each once.
  const blockedBy: FindingCode[] = [];
  for (const c of blockedByParser) if (!blockedBy.includes(c)) blockedBy.push(c);
  for (const f of findings)
    if (f.severity === "error" && !blockedBy.includes(f.code)) blockedBy.push(f.code);

  let amount: number | null = null;
  const mpy = policy.severance.monthsPerYear.value;
  if (
    blockedBy.length === 0 &&
    monthlyAllowance !== null &&
    yearsCounted !== null &&
    months !== null
  ) {
    // Under the exact rule the years are months/12, a repeating decimal: multiply first and
    // divide last so that an exact half đồng stays exact and rounds away from zero.
    const A = monthlyAllowance;
    const exactRule = policy.severance.bandRule === "exact";
    const product = () =>
      exactRule
        ? dec(A).times(mpy).times(months).dividedBy(12)
        : dec(A).times(mpy).times(yearsCounted);
    // Band rules: A × months per year × years are plain decimals, computed exactly in integers
    // when small enough (payouts/exact.ts), else with Decimal.
    amount = (exactRule ? null : roundProduct(A, mpy, yearsCounted)) ?? roundDong(product());
    if (withTrace) {
      const raw = product();
      const yearsText =
        policy.severance.bandRule === "exact" ? `${months}/12` : formatDecimalVi(yearsCounted);
      trace.push({
        label: "Công thức",
        value: `Số tiền = mức phụ cấp hiện hưởng × ${formatDecimalVi(mpy)} tháng/năm × số năm = ${vnd(monthlyAllowance)} × ${formatDecimalVi(mpy)} × ${yearsText} = ${formatDecimalVi(raw.toString())}`,
      });
      trace.push({ label: "Số tiền được hưởng", value: `${vnd(amount)} đồng (làm tròn đến đồng)` });
    }
  } else if (withTrace) {
    trace.push({
      label: "Số tiền được hưởng",
      value: `chưa tính được${blockedBy.length ? ` (${blockedBy.join(", ")})` : ""}`,
    });
  }

  return {
    fields: {
      member: m,
      start,
      end,
      months,
      yearsCounted,
      band,
      baseSalary,
      baseSalaryInstrument: instrument,
      mainAllowance,
      concurrentAllowance,
      monthlyAllowance,
      amount,
      blockedBy,
    },
    trace,
    findings,
  };
}

// ───────────────────────── before / after ─────────────────────────

const zeroCounts = (): LevelCounts => ({ commune: 0, hamlet: 0 });
const zeroTotals = (): LevelTotals => ({ commune: 0, hamlet: 0, total: 0 });

/** Label of the group for rows whose commune could not be read (they still count in the totals). */
const NO_COMMUNE = "(Chưa xác định xã)";

function summarise(
  members: StaffMember[],
  payouts: Payout[]
): { communes: CommuneSummary[]; totals: Omit<CommuneSummary, "commune"> } {
  const byCommune = new Map<string, CommuneSummary>();
  const keyOf = memoize(communeKey);
  const rowOf = (m: StaffMember): CommuneSummary => {
    const name = m.commune?.value ?? null;
    const key = name ? keyOf(name) : "";
    let s = byCommune.get(key);
    if (!s) {
      s = {
        commune: name ?? NO_COMMUNE,
        before: zeroCounts(),
        after: zeroCounts(),
        reduction: zeroCounts(),
        cases: zeroTotals(),
        amount: zeroTotals(),
      };
      byCommune.set(key, s);
    }
    return s;
  };
  for (const m of members) {
    const d = m.decision?.value;
    if (!d) continue; // rows without a decision category count nowhere
    const s = rowOf(m);
    if (d === "keep" || d === "leave-paid" || d === "leave-unpaid") s.before[m.level]++;
    if (d === "keep" || d === "new") s.after[m.level]++;
  }
  for (const p of payouts) {
    if (p.amount === null) continue;
    const s = rowOf(p.member);
    s.cases[p.member.level]++;
    s.amount[p.member.level] += p.amount;
  }
  const communes = [...byCommune.values()];
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

function change(n: number, lang: Lang): string {
  if (lang === "en") return n > 0 ? `fell by ${n}` : n < 0 ? `rose by ${-n}` : "did not change";
  return n > 0 ? `giảm ${vnd(n)} người` : n < 0 ? `tăng ${vnd(-n)} người` : "không đổi";
}

const enNumber = (n: number): string => vnd(n).replace(/\./g, ",");

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
  lang: Lang
): string[] {
  const rc = totals.reduction.commune;
  const rh = totals.reduction.hamlet;
  const cc = totals.cases.commune;
  const ch = totals.cases.hamlet;
  const ct = totals.cases.total;
  const amt = totals.amount.total;
  const pending = payouts.filter((p) => p.amount === null).length;
  const roundText = round !== null && round.trim() !== "" ? round.trim() : null;
  const out: string[] = [];
  if (lang === "en") {
    out.push(
      rc >= 0 && rh >= 0
        ? `The rearrangement cut ${enNumber(rc)} people at commune level and ${enNumber(rh)} in the hamlets and urban quarters.`
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
