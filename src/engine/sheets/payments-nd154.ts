import type { Analysis, Payout, SeveranceFormula } from "../types";
import { a1 } from "../grid/address";
import { formatDateVi } from "../text/dates";
import { formatDecimalVi } from "../text/vi-number";
import { amountInWords } from "../money/words";
import { monthVi } from "../payouts/render";
import { SheetBuilder, sheetName } from "./builder";
import {
  communeLabel,
  communePages,
  documentHeader,
  paymentListFooter,
  legalBasisLine,
  tableHeader,
  type DocContext,
  type HeaderGroup,
} from "./blocks";
import { blockReason, communeOrder, concurrentText, groupByCommune, personName } from "./group";
import type { SheetSpec } from "./spec";

/**
 * Danh sách chi trả under a component formula (DOMAIN §10.5, Nghị định 154/2025): per person the
 * date of birth, gender, hamlet, main title, concurrent title (shown, not paid), PC, the periods,
 * months and years counted, the month of reaching retirement age, months early, the case, one
 * column per component factor (0,8 ×, 1,5 ×, 3 ×, 15 ×) and the total. Every figure is read from
 * the payout and its derivation; the sheet adds nothing up except in SUM formulas whose cached
 * values are the engine's sums of the same rows.
 */

/** The distinct factors of the formula's components, in the order they first appear. */
export function componentFactors(formula: SeveranceFormula): string[] {
  const out: string[] = [];
  for (const c of formula.cases)
    for (const k of c.components) if (!out.includes(k.factor)) out.push(k.factor);
  return out;
}

const QUANTITY_WORDS: Record<string, string> = {
  monthsOfService: "số tháng công tác",
  monthsEarly: "số tháng nghỉ trước tuổi",
  yearsCounted: "số năm tính hưởng",
};

/** "0,8 × PC × số tháng", "1,5 × PC × số năm tính hưởng", "3 × PC", "15 × PC". */
function factorHeader(formula: SeveranceFormula, factor: string): string {
  const words = new Set<string>();
  for (const c of formula.cases)
    for (const k of c.components) {
      if (k.factor !== factor) continue;
      if (k.quantity === "fixed") {
        if (k.fixed !== undefined && k.fixed !== 1)
          words.add(k.fixedUnit === "months" ? "số tháng" : String(k.fixed));
      } else words.add(QUANTITY_WORDS[k.quantity] ?? k.quantity);
    }
  const q =
    words.size === 0
      ? ""
      : words.size === 1
        ? ` × ${[...words][0]}`
        : ` × ${[...words].some((w) => w.includes("tháng")) ? "số tháng" : "số lượng"}`;
  return `${formatDecimalVi(factor)} × PC${q}`;
}

interface Layout {
  factors: string[];
  /** First component column; the total is after the last one, then "Ký nhận". */
  firstComponent: number;
  totalCol: number;
  signCol: number;
}

const FIXED_WIDTHS = [4, 17, 9.5, 5, 11, 14, 11, 10.5, 13, 5.5, 6, 8, 6.5, 6];
const COMPONENT_WIDTH = 11;

function layoutOf(formula: SeveranceFormula): Layout {
  const factors = componentFactors(formula);
  const firstComponent = FIXED_WIDTHS.length + 1;
  const totalCol = firstComponent + factors.length;
  return { factors, firstComponent, totalCol, signCol: totalCol + 1 };
}

function periodsText(p: Payout): string {
  const periods = p.derivation.inputs.periods;
  return periods.map((x) => `${formatDateVi(x.start)} – ${formatDateVi(x.end)}`).join("\n");
}

function payoutRow(b: SheetBuilder, p: Payout, seq: number | null, l: Layout): void {
  const r = b.row++;
  const m = p.member;
  const i = p.derivation.inputs;
  b.set(r, 1, seq, "tdCenter");
  b.set(r, 2, personName(m), "td");
  b.set(r, 3, i.birth ? formatDateVi(i.birth.value) : null, "tdCenter");
  b.set(r, 4, i.gender === "male" ? "Nam" : i.gender === "female" ? "Nữ" : null, "tdCenter");
  b.set(r, 5, m.hamlet?.value ?? (m.level === "commune" ? "Cấp xã" : null), "td");
  b.set(r, 6, m.title?.value ?? null, "td");
  const conc = concurrentText(m);
  b.set(r, 7, conc || null, "td");
  b.set(r, 8, p.monthlyAllowance, "tdMoney");
  const periods = periodsText(p);
  b.set(r, 9, periods || null, "tdCenter");
  b.set(r, 10, p.months, "tdCenter");
  b.set(r, 11, p.yearsCounted !== null ? Number(p.yearsCounted) : null, "tdCenter");
  b.set(r, 12, p.retirementMonth ? monthVi(p.retirementMonth) : null, "tdCenter");
  b.set(r, 13, p.monthsEarly, "tdCenter");
  b.set(r, 14, p.case, "tdCenter");
  l.factors.forEach((f, k) => {
    const c = p.components.find((x) => x.factor === f);
    b.set(r, l.firstComponent + k, c ? c.amount : null, "tdMoney");
  });
  b.set(r, l.totalCol, p.amount, "tdBoldMoney");
  if (p.amount === null) {
    const reason = blockReason(p.blockedBy);
    b.set(r, l.signCol, reason, "tdNote");
    b.fit(r, l.signCol, l.signCol, reason, 10);
  } else b.set(r, l.signCol, null, "td");
  b.fit(r, 2, 2, personName(m));
  b.fit(r, 5, 5, m.hamlet?.value ?? "");
  b.fit(r, 6, 6, m.title?.value ?? "");
  b.fit(r, 7, 7, conc);
  b.fit(r, 9, 9, periods);
  if ((b.rowHeights[r] ?? 0) < 20) b.height(r, 20);
}

/** The payment list of a component formula (ND 154): see the file's comment. */
export function buildNd154Payments(analysis: Analysis, ctx: DocContext): SheetSpec {
  const formula = analysis.policy.severance.formula;
  const l = layoutOf(formula);
  const widths = [
    ...FIXED_WIDTHS,
    ...l.factors.map(() => COMPONENT_WIDTH),
    12.5, // total
    9, // Ký nhận
  ];
  const b = new SheetBuilder("payments", widths);
  const byCommune = groupByCommune(analysis.report.payouts, (p) => p.member);
  const communes = communeOrder(analysis).filter((c) => byCommune.has(c.key));
  const hamletOnly = analysis.report.payouts.every((p) => p.member.level === "hamlet");
  documentHeader(b, ctx, `Danh sách chi trả ${formula.name.replace(/^Trợ cấp/i, "trợ cấp")}`, [
    {
      text: `Người hoạt động không chuyên trách ${hamletOnly ? "ở ấp, khu phố dôi dư do sắp xếp" : "dôi dư do sắp xếp"}${communes.length === 1 ? `, ${communeLabel(communes[0].name)}` : ""}`,
      style: "subtitle",
    },
    { text: legalBasisLine(analysis.policy), style: "basis" },
  ]);
  const groups: HeaderGroup[] = [
    {
      left: 9,
      right: 11,
      text: "Thời gian công tác",
      subs: ["Các giai đoạn", "Số tháng", "Số năm tính hưởng"],
    },
    {
      left: 12,
      right: 13,
      text: "Tuổi nghỉ hưu",
      subs: ["Tháng đủ tuổi", "Số tháng nghỉ trước tuổi"],
    },
  ];
  if (l.factors.length > 0)
    groups.push({
      left: l.firstComponent,
      right: l.totalCol - 1,
      text: "Các khoản trợ cấp (đồng)",
      subs: l.factors.map((f) => factorHeader(formula, f)),
    });
  const [, headerEnd] = tableHeader(b, {
    vertical: [
      [1, "STT"],
      [2, "Họ và tên"],
      [3, "Ngày sinh"],
      [4, "Giới tính"],
      [5, "Ấp, khu phố"],
      [6, "Chức danh"],
      [7, "Kiêm nhiệm (không tính)"],
      [8, "Phụ cấp hiện hưởng PC (đồng)"],
      [14, "Trường hợp"],
      [l.totalCol, "Tổng số tiền (đồng)"],
      [l.signCol, "Ký nhận"],
    ],
    groups,
    heights: [30, 58],
  });

  communePages(b, communes, "Không có trường hợp nào được chi trả.", (c) => {
    const payouts = byCommune.get(c.key) ?? [];
    let seq = 0;
    const first = b.row;
    for (const level of ["commune", "hamlet"] as const)
      for (const p of payouts)
        if (p.member.level === level) payoutRow(b, p, p.amount === null ? null : ++seq, l);
    const last = b.row - 1;
    const tr = b.row++;
    b.set(tr, 1, null, "tdBold");
    b.block(tr, 2, tr, 7, `Tổng cộng ${communeLabel(c.name)}`, "tdBoldCenter");
    const sum = (col: number, value: number): void =>
      b.set(tr, col, value, "tdBoldMoney", {
        formula: `SUM(${a1(first, col)}:${a1(last, col)})`,
      });
    for (let col = 8; col <= 14; col++) b.set(tr, col, null, "tdBold");
    l.factors.forEach((f, k) =>
      sum(
        l.firstComponent + k,
        payouts.reduce((s, p) => s + (p.components.find((x) => x.factor === f)?.amount ?? 0), 0)
      )
    );
    const total = payouts.reduce((s, p) => s + (p.amount ?? 0), 0);
    sum(l.totalCol, total);
    b.set(tr, l.signCol, null, "tdBold");
    b.height(tr, 22);
    b.row++;
    const blocked = payouts.filter((p) => p.amount === null).length;
    paymentListFooter(b, ctx.info, seq, blocked, amountInWords(total));
  });

  return b.build(
    sheetName("payments"),
    { orientation: "landscape", fitToWidth: true, printTitleRows: [1, headerEnd] },
    null
  );
}
