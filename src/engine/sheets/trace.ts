import type { Analysis, Payout, Policy } from "../types";
import { a1 } from "../grid/address";
import { allowanceSource, amountText, caseText, monthlyAllowanceText } from "../payouts/render";
import { formatDateVi } from "../text/dates";
import { formatNumberVi } from "../text/vi-number";
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
import { MONTHS_PER_YEAR_FORMULA } from "../policy/presets";

/**
 * Chi tiết tính (DOMAIN §6 item 5): one row per payout with every input and every step written
 * out as text — the coefficient or amount and where it came from, the base salary and its
 * instrument, A as a formula, the service period, the band, the years counted and S as a formula —
 * so any amount can be checked by hand. One row per payout (no merged blocks) keeps the sheet
 * small: at 3 000 payouts it is a few hundred kilobytes for Excel, not tens of megabytes.
 *
 * Rendered from the payout derivation (payouts/render.ts): no arithmetic on money here.
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
  const a = monthlyAllowanceText(p);
  // Under a component formula (ND 154) the case and what chose it come first, then each component.
  const chosen = caseText(p);
  const s =
    chosen && p.amount !== null ? `${chosen}\n${amountText(p)}` : amountText(p, blockReason);
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
  const title =
    policy.severance.formula.id === MONTHS_PER_YEAR_FORMULA
      ? "Chi tiết tính chế độ thôi việc, nghỉ việc"
      : `Chi tiết tính ${policy.severance.formula.name.replace(/^Trợ cấp/i, "trợ cấp")}`;
  documentHeader(b, ctx, title, [
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
