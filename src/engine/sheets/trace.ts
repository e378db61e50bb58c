import type { Analysis, Payout, Policy } from "../types";
import { a1 } from "../grid/address";
import { dec, roundDong } from "../money/round";
import { resolveTitle } from "../checks/titles";
import { formatDateVi } from "../text/dates";
import { formatDecimalVi, formatNumberVi } from "../text/vi-number";
import { SheetBuilder, sheetName } from "./builder";
import {
  columnNumbersRow,
  communeLabel,
  documentHeader,
  legalBasisLine,
  upper,
  type DocContext,
} from "./blocks";
import { blockReason, communeOrder, groupByCommune, concurrentText, personName } from "./group";
import type { SheetSpec } from "./spec";

/**
 * Chi tiết tính (DOMAIN §6 item 5): one row per payout with every input and every step written
 * out as text — the coefficient or amount and where it came from, the base salary and its
 * instrument, A as a formula, the service period, the band, the years counted and S as a formula —
 * so any amount can be checked by hand. One row per payout (no merged blocks) keeps the sheet
 * small: at 3 000 payouts it is a few hundred kilobytes for Excel, not tens of megabytes.
 *
 * Built from the Payout fields only (not Payout.trace), so the trace text may be built lazily.
 */

/** Column of "Số tiền" (the amounts that are totalled). */
export const TRACE_AMOUNT_COL = 14;
export const TRACE_HEADERS = [
  "STT",
  "Họ và tên (dòng trong danh sách)",
  "Ấp, khu phố",
  "Chức danh (kiêm nhiệm)",
  "Hệ số / mức phụ cấp (nguồn)",
  "Lương cơ sở (đồng), văn bản",
  "Phụ cấp hằng tháng A (đồng)",
  "Từ",
  "Đến",
  "Số tháng",
  "Khung áp dụng",
  "Số năm tính hưởng",
  "Cách tính số tiền (đồng)",
  "Số tiền (đồng)",
];
const WIDTHS = [5, 19, 12, 17, 14, 14, 25, 10.5, 10.5, 6.5, 14, 7.5, 23, 12.5];

const vnd = (n: number): string => formatNumberVi(n);
const coefVi = (s: string): string => formatDecimalVi(s);

/** "Hệ số 0,85 (danh sách)" / "Hệ số 1 (quy định)" / "Mức 1.181.500 (danh sách)" and the concurrent part. */
export function allowanceSource(p: Payout, policy: Policy): string {
  const m = p.member;
  const lines: string[] = [];
  if (m.allowance) lines.push(`Mức ${vnd(m.allowance.value)} (danh sách)`);
  else if (m.coefficient) lines.push(`Hệ số ${coefVi(m.coefficient.value)} (danh sách)`);
  else {
    const def = m.title ? resolveTitle(policy, m.title.value, m.level).title : null;
    lines.push(
      def?.coefficient != null ? `Hệ số ${coefVi(def.coefficient)} (quy định)` : "Không có"
    );
  }
  if (m.concurrentAllowance)
    lines.push(`Kiêm nhiệm: mức ${vnd(m.concurrentAllowance.value)} (danh sách)`);
  else if (m.concurrentCoefficient && m.concurrent.length > 0)
    lines.push(`Kiêm nhiệm: hệ số ${coefVi(m.concurrentCoefficient.value)} (danh sách)`);
  else if (m.concurrent.length > 0) {
    const cc = policyConcurrentCoefficient(p, policy);
    lines.push(
      cc !== null ? `Kiêm nhiệm: hệ số ${coefVi(cc)} (quy định)` : "Kiêm nhiệm: không có hệ số"
    );
  }
  return lines.join("\n");
}

function policyConcurrentCoefficient(p: Payout, policy: Policy): string | null {
  let sum = dec(0);
  for (const c of p.member.concurrent) {
    const def = resolveTitle(policy, c.value, p.member.level).title;
    if (def?.coefficient == null) return null;
    sum = sum.plus(dec(def.coefficient));
  }
  return sum.toString();
}

/**
 * The main allowance as it was obtained: "round(0,85 × 1.390.000)" for a coefficient, the written
 * amount for an amount; null when the payout's own figure cannot be re-derived (then the figure
 * alone is shown rather than a formula that does not give it).
 */
function mainExpression(p: Payout, policy: Policy): string | null {
  const m = p.member;
  if (p.mainAllowance === null) return null;
  if (m.allowance) return m.allowance.value === p.mainAllowance ? vnd(p.mainAllowance) : null;
  if (p.baseSalary === null) return null;
  const coef =
    m.coefficient?.value ??
    (m.title ? resolveTitle(policy, m.title.value, m.level).title?.coefficient : null) ??
    null;
  if (coef === null) return null;
  if (roundDong(dec(coef).times(p.baseSalary)) !== p.mainAllowance) return null;
  return `round(${coefVi(coef)} × ${vnd(p.baseSalary)})`;
}

function concurrentExpression(p: Payout, policy: Policy): string | null {
  const m = p.member;
  const paid = p.concurrentAllowance;
  if (paid === null) return null;
  if (m.concurrentAllowance) return m.concurrentAllowance.value === paid ? vnd(paid) : null;
  if (p.baseSalary === null || m.concurrent.length === 0) return null;
  const cc = m.concurrentCoefficient?.value ?? policyConcurrentCoefficient(p, policy);
  if (cc === null) return null;
  const rate = policy.concurrent.payRate.value;
  if (roundDong(dec(rate).times(cc).times(p.baseSalary)) !== paid) return null;
  return `round(${coefVi(rate)} × ${coefVi(cc)} × ${vnd(p.baseSalary)})`;
}

/**
 * A as a formula: "round(0,85 × 1.390.000) + round(1 × 0,3 × 1.390.000) = 1.598.500". When the
 * policy leaves the concurrent allowance out of A, the text says so.
 */
export function monthlyAllowanceText(p: Payout, policy: Policy): string | null {
  if (p.monthlyAllowance === null) return null;
  const A = vnd(p.monthlyAllowance);
  const main = mainExpression(p, policy) ?? (p.mainAllowance !== null ? vnd(p.mainAllowance) : "?");
  const paid = p.concurrentAllowance;
  if (paid === 0 || (paid === null && p.member.concurrent.length === 0))
    return main === A ? A : `${main} = ${A}`;
  const conc = concurrentExpression(p, policy) ?? (paid !== null ? vnd(paid) : "chưa có hệ số");
  if (!policy.severance.includeConcurrent.value)
    return `${main} = ${A} (không tính kiêm nhiệm: ${conc})`;
  return `${main} + ${conc} = ${A}`;
}

/** S as a formula: "1.598.500 × 1 × 8,5 = 13.587.250" (with the rounding shown when there is one). */
export function amountText(p: Payout, policy: Policy): string {
  if (p.amount === null || p.monthlyAllowance === null || p.yearsCounted === null) {
    const codes = p.blockedBy.length ? ` [${p.blockedBy.join(", ")}]` : "";
    return `${blockReason(p.blockedBy)}${codes}`;
  }
  const mpy = policy.severance.monthsPerYear.value;
  const exact = policy.severance.bandRule === "exact" && p.months !== null;
  const raw = exact
    ? dec(p.monthlyAllowance)
        .times(mpy)
        .times(p.months ?? 0)
        .dividedBy(12)
    : dec(p.monthlyAllowance).times(mpy).times(p.yearsCounted);
  const years = exact ? `${p.months}/12` : formatDecimalVi(p.yearsCounted);
  const lhs = `${vnd(p.monthlyAllowance)} × ${formatDecimalVi(mpy)} × ${years}`;
  if (roundDong(raw) !== p.amount) return `${lhs} → ${vnd(p.amount)}`;
  if (raw.isInteger()) return `${lhs} = ${vnd(p.amount)}`;
  return `${lhs} = ${formatDecimalVi(raw.toDecimalPlaces(4).toString())} ≈ ${vnd(p.amount)}`;
}

function titleText(p: Payout): string | null {
  const main = p.member.title?.value ?? null;
  const conc = concurrentText(p.member);
  if (!conc) return main;
  return `${main ?? ""}\n(kiêm ${conc})`;
}

function payoutRow(b: SheetBuilder, p: Payout, seq: number, policy: Policy): void {
  const r = b.row++;
  const m = p.member;
  const name = `${personName(m)}\n(${m.sheet}, dòng ${m.row})`;
  const unit = m.level === "hamlet" ? (m.hamlet?.value ?? null) : "Cấp xã";
  const title = titleText(p);
  const source = allowanceSource(p, policy);
  const base =
    p.baseSalary !== null
      ? `${vnd(p.baseSalary)}${p.baseSalaryInstrument ? `\n(${p.baseSalaryInstrument})` : ""}`
      : null;
  const a = monthlyAllowanceText(p, policy);
  const s = amountText(p, policy);
  b.set(r, 1, seq, "tdCenter");
  b.set(r, 2, name, "td");
  b.set(r, 3, unit, "td");
  b.set(r, 4, title, "td");
  b.set(r, 5, source, "td");
  b.set(r, 6, base, "tdCenter");
  b.set(r, 7, a, "td");
  b.set(r, 8, p.start ? formatDateVi(p.start) : null, "tdCenter");
  b.set(r, 9, p.end ? formatDateVi(p.end) : null, "tdCenter");
  b.set(r, 10, p.months, "tdCenter");
  b.set(r, 11, p.band, "td");
  // A number, as in the payment list; under the exact rule the years are months/12, said as such.
  const years =
    p.yearsCounted === null
      ? null
      : policy.severance.bandRule === "exact" && p.months !== null
        ? `${p.months}/12`
        : Number(p.yearsCounted);
  b.set(r, 12, years, "tdCenter");
  b.set(r, 13, s, p.amount === null ? "tdNote" : "td");
  b.set(r, TRACE_AMOUNT_COL, p.amount, "tdMoney");
  // One height per row: the tallest of its wrapped texts.
  b.fit(r, 2, 2, name);
  b.fit(r, 3, 3, unit ?? "");
  b.fit(r, 4, 4, title ?? "");
  b.fit(r, 5, 5, source);
  b.fit(r, 6, 6, base ?? "");
  b.fit(r, 7, 7, a ?? "");
  b.fit(r, 11, 11, p.band ?? "");
  b.fit(r, 13, 13, s, p.amount === null ? 10 : 11);
}

/**
 * The sheet: the document header, one table header (repeated on every printed page), then per
 * commune a heading row and one row per payout (commune level first, then hamlets, each in roster
 * order, as in the payment list), and a total that is a SUM over the amount column.
 */
export function buildTrace(analysis: Analysis, ctx: DocContext): SheetSpec {
  const b = new SheetBuilder("trace", WIDTHS);
  const policy = analysis.policy;
  documentHeader(b, ctx, "Chi tiết tính chế độ thôi việc, nghỉ việc", [
    { text: `Quy định áp dụng: ${policy.name}`, style: "subtitle" },
    { text: legalBasisLine(policy), style: "basis" },
  ]);
  const hr = b.row++;
  TRACE_HEADERS.forEach((t, i) => b.set(hr, i + 1, t, "th"));
  b.height(hr, 45);
  const nr = b.row++;
  columnNumbersRow(b, nr);

  const byCommune = groupByCommune(analysis.report.payouts, (p) => p.member);
  const communes = communeOrder(analysis).filter((c) => byCommune.has(c.key));
  const first = b.row;
  for (const c of communes) {
    const heading = b.row++;
    b.block(heading, 1, heading, b.lastCol, upper(communeLabel(c.name)), "communeHeading");
    b.height(heading, 20);
    const payouts = byCommune.get(c.key) ?? [];
    let seq = 0;
    for (const level of ["commune", "hamlet"] as const)
      for (const p of payouts) if (p.member.level === level) payoutRow(b, p, ++seq, policy);
  }
  const last = b.row - 1;
  if (communes.length === 0) {
    b.block(b.row, 1, b.row, b.lastCol, "Không có trường hợp nào được chi trả.", "td");
    b.row++;
  } else {
    const tr = b.row++;
    b.set(tr, 1, null, "tdBold");
    b.block(tr, 2, tr, TRACE_AMOUNT_COL - 1, "Tổng cộng", "tdBoldCenter");
    b.set(tr, TRACE_AMOUNT_COL, analysis.report.totals.amount.total, "tdBoldMoney", {
      formula: `SUM(${a1(first, TRACE_AMOUNT_COL)}:${a1(last, TRACE_AMOUNT_COL)})`,
    });
    b.height(tr, 20);
  }
  return b.build(
    sheetName("trace"),
    { orientation: "landscape", fitToWidth: true, printTitleRows: [hr, nr] },
    // The document header above the table is tall: frozen, it would fill half a laptop screen.
    null
  );
}
