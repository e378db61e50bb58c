import type { Analysis, Payout } from "../types";
import { a1 } from "../grid/address";
import { formatDateVi } from "../text/dates";
import { formatDecimalVi } from "../text/vi-number";
import { amountInWords } from "../money/words";
import { SheetBuilder, sheetName } from "./builder";
import {
  BIRTH_YEAR_GROUP,
  communeLabel,
  documentHeader,
  paymentListFooter,
  legalBasisLine,
  tableHeader,
  type DocContext,
  communePages,
} from "./blocks";
import { blockReason, communeOrder, groupByCommune, concurrentText, personName } from "./group";
import type { SheetSpec } from "./spec";

/** Column of "Số tiền" (the amounts that are totalled). */
export const PAYMENT_AMOUNT_COL = 13;
export const PAYMENT_HEADERS = [
  "STT",
  "Họ và tên",
  "Năm sinh",
  "Chức danh",
  "Kiêm nhiệm",
  "Ấp, khu phố",
  "Thời gian công tác",
  "Số năm tính hưởng",
  "Hệ số phụ cấp",
  "Mức phụ cấp hiện hưởng (đồng)",
  "Số tiền (đồng)",
  "Ký nhận",
];

const WIDTHS = [5, 21, 6, 6, 21, 15, 13, 10.5, 10.5, 7.5, 7.5, 12, 13, 12];

const HEADER = {
  vertical: [
    [1, "STT"],
    [2, "Họ và tên"],
    [5, "Chức danh"],
    [6, "Kiêm nhiệm"],
    [7, "Ấp, khu phố"],
    [10, "Số năm tính hưởng"],
    [11, "Hệ số phụ cấp"],
    [12, "Mức phụ cấp hiện hưởng (đồng)"],
    [13, "Số tiền (đồng)"],
    [14, "Ký nhận"],
  ] as [number, string][],
  groups: [
    BIRTH_YEAR_GROUP,
    { left: 8, right: 9, text: "Thời gian công tác", subs: ["Từ", "Đến"] },
  ],
  heights: [30, 30] as [number, number],
};

function coefficientCell(p: Payout): string | number | null {
  const main = p.member.coefficient?.value ?? null;
  const extra = p.member.concurrentCoefficient?.value ?? null;
  if (main !== null && extra !== null)
    return `${formatDecimalVi(main)} + ${formatDecimalVi(extra)}`;
  if (main !== null) return Number(main);
  return null;
}

function payoutRow(b: SheetBuilder, p: Payout, seq: number | null): void {
  const r = b.row++;
  const m = p.member;
  b.set(r, 1, seq, "tdCenter");
  b.set(r, 2, personName(m), "td");
  const year = m.birth?.value.year ?? null;
  if (year !== null && m.gender === null) b.across(r, 3, 4, year);
  else {
    b.set(r, 3, m.gender === "male" ? year : null, "tdCenter");
    b.set(r, 4, m.gender === "female" ? year : null, "tdCenter");
  }
  b.set(r, 5, m.title?.value ?? null, "td");
  const conc = concurrentText(m);
  b.set(r, 6, conc || null, "td");
  b.set(r, 7, m.level === "hamlet" ? (m.hamlet?.value ?? null) : "Cấp xã", "td");
  b.set(r, 8, p.start ? formatDateVi(p.start) : null, "tdCenter");
  b.set(r, 9, p.end ? formatDateVi(p.end) : null, "tdCenter");
  b.set(r, 10, p.yearsCounted !== null ? Number(p.yearsCounted) : null, "tdCenter");
  b.set(r, 11, coefficientCell(p), "tdCenter");
  b.set(r, 12, p.monthlyAllowance, "tdMoney");
  b.set(r, 13, p.amount, "tdMoney");
  if (p.amount === null) {
    const reason = blockReason(p.blockedBy);
    b.set(r, 14, reason, "tdNote");
    b.fit(r, 14, 14, reason, 10);
  } else b.set(r, 14, null, "td");
  b.fit(r, 2, 2, personName(m));
  b.fit(r, 5, 5, m.title?.value ?? "");
  b.fit(r, 6, 6, conc);
  b.fit(r, 7, 7, m.hamlet?.value ?? "");
  if ((b.rowHeights[r] ?? 0) < 20) b.height(r, 20);
}

/** One group (I. Cấp xã / II. Ấp, khu phố): a heading row, the rows, a subtotal. Returns the subtotal row. */
function group(
  b: SheetBuilder,
  roman: string,
  label: string,
  payouts: Payout[],
  seq: { n: number }
): { row: number; sum: number } {
  const hr = b.row++;
  b.set(hr, 1, roman, "tdBoldCenter");
  b.block(hr, 2, hr, b.lastCol, label, "tdBold");
  const first = b.row;
  for (const p of payouts) payoutRow(b, p, p.amount === null ? null : ++seq.n);
  const last = b.row - 1;
  const sum = payouts.reduce((s, p) => s + (p.amount ?? 0), 0);
  const sr = b.row++;
  b.set(sr, 1, null, "tdBold");
  b.block(sr, 2, sr, PAYMENT_AMOUNT_COL - 1, `Cộng ${roman}`, "tdBold");
  b.set(
    sr,
    PAYMENT_AMOUNT_COL,
    sum,
    "tdBoldMoney",
    last >= first
      ? { formula: `SUM(${a1(first, PAYMENT_AMOUNT_COL)}:${a1(last, PAYMENT_AMOUNT_COL)})` }
      : {}
  );
  b.set(sr, 14, null, "tdBold");
  b.height(sr, 20);
  return { row: sr, sum };
}

/**
 * Danh sách chi trả (DOMAIN §6 item 2): per commune, on its own printed page, a payment list with
 * the national header, grouped "I. Cấp xã" / "II. Ấp, khu phố", subtotals, a total, the amount in
 * words, the head count and signatures. Rows that cannot be computed are listed with the reason
 * and no number, and are not counted.
 */
export function buildPayments(analysis: Analysis, ctx: DocContext): SheetSpec {
  const b = new SheetBuilder("payments", WIDTHS);
  const byCommune = groupByCommune(analysis.report.payouts, (p) => p.member);
  const communes = communeOrder(analysis).filter((c) => byCommune.has(c.key));

  // One form header and table header at the top, repeated on every printed page (print titles):
  // each commune then starts on a fresh page right under it. Repeating only the table header would
  // print it above the national header of every commune after the first.
  documentHeader(b, ctx, "Danh sách chi trả chế độ thôi việc, nghỉ việc", [
    {
      text: `Người hoạt động không chuyên trách ${communes.length === 1 ? communeLabel(communes[0].name) : "ở xã, ấp, khu phố"}`,
      style: "subtitle",
    },
    { text: legalBasisLine(analysis.policy), style: "basis" },
  ]);
  const [, headerEnd] = tableHeader(b, HEADER);
  const titleRows: [number, number] = [1, headerEnd];

  communePages(b, communes, "Không có trường hợp nào được chi trả.", (c) => {
    const payouts = byCommune.get(c.key) ?? [];
    const seq = { n: 0 };
    const g1 = group(
      b,
      "I",
      "Cấp xã",
      payouts.filter((p) => p.member.level === "commune"),
      seq
    );
    const g2 = group(
      b,
      "II",
      "Ấp, khu phố",
      payouts.filter((p) => p.member.level === "hamlet"),
      seq
    );
    const tr = b.row++;
    b.set(tr, 1, null, "tdBold");
    b.block(
      tr,
      2,
      tr,
      PAYMENT_AMOUNT_COL - 1,
      `Tổng cộng ${communeLabel(c.name)} (I + II)`,
      "tdBoldCenter"
    );
    const total = g1.sum + g2.sum;
    b.set(tr, PAYMENT_AMOUNT_COL, total, "tdBoldMoney", {
      formula: `SUM(${a1(g1.row, PAYMENT_AMOUNT_COL)},${a1(g2.row, PAYMENT_AMOUNT_COL)})`,
    });
    b.set(tr, 14, null, "tdBold");
    b.height(tr, 22);
    b.row++;
    const blocked = payouts.filter((p) => p.amount === null).length;
    paymentListFooter(b, ctx.info, seq.n, blocked, amountInWords(total));
  });

  return b.build(
    sheetName("payments"),
    { orientation: "landscape", fitToWidth: true, printTitleRows: titleRows },
    null
  );
}
