import type { Analysis, CommuneSummary } from "../types";
import { a1 } from "../grid/address";
import { SheetBuilder, sheetName } from "./builder";
import {
  communeLabel,
  documentHeader,
  legalBasisLine,
  signatures,
  tableHeader,
  wordsRow,
  type DocContext,
} from "./blocks";
import type { SheetSpec } from "./spec";
import { MONTHS_PER_YEAR_FORMULA } from "../policy/presets";

/** The column (1-based) of each figure of the summary table. */
export const SUMMARY_COLUMNS = {
  beforeCommune: 3,
  beforeHamlet: 4,
  afterCommune: 5,
  afterHamlet: 6,
  reductionCommune: 7,
  reductionHamlet: 8,
  casesCommune: 9,
  casesHamlet: 10,
  casesTotal: 11,
  amountCommune: 12,
  amountHamlet: 13,
  amountTotal: 14,
} as const;

/** People before / after / fewer and paid cases (9 counts), then the money (3), of a summary row. */
export function summaryFigures(s: Omit<CommuneSummary, "commune">): {
  counts: number[];
  money: number[];
} {
  return {
    counts: [
      s.before.commune,
      s.before.hamlet,
      s.after.commune,
      s.after.hamlet,
      s.reduction.commune,
      s.reduction.hamlet,
      s.cases.commune,
      s.cases.hamlet,
      s.cases.total,
    ],
    money: [s.amount.commune, s.amount.hamlet, s.amount.total],
  };
}

/**
 * The totals row at `tr`: a label over columns 1..labelTo, then from column `from` each value
 * (its cached result) as SUM of the table's rows first..last; money from column `moneyFrom`.
 */
export function totalsRow(
  b: SheetBuilder,
  tr: number,
  labelTo: number,
  rows: { first: number; last: number },
  from: number,
  values: number[],
  moneyFrom: number
): void {
  b.block(tr, 1, tr, labelTo, "Tổng cộng", "tdBoldCenter");
  values.forEach((v, k) => {
    const col = from + k;
    const formula =
      rows.last >= rows.first ? `SUM(${a1(rows.first, col)}:${a1(rows.last, col)})` : undefined;
    b.set(
      tr,
      col,
      v,
      col >= moneyFrom ? "tdBoldMoney" : "tdBoldCenter",
      formula ? { formula } : {}
    );
  });
  b.height(tr, 20);
}

/** Tổng hợp (DOMAIN §6 item 1): one row per commune, a totals row of SUM formulas, words, narrative. */
export function buildSummary(analysis: Analysis, ctx: DocContext): SheetSpec {
  const b = new SheetBuilder("summary", [5, 20, 9, 9, 9, 9, 9, 9, 9, 9, 9, 15, 15, 16]);
  documentHeader(
    b,
    ctx,
    // Under a component formula (ND 154) the one-time payment of a hamlet merger (DOMAIN §10).
    analysis.policy.severance.formula.id === MONTHS_PER_YEAR_FORMULA
      ? "Bảng tổng hợp kết quả sắp xếp và chi trả chế độ thôi việc, nghỉ việc đối với người hoạt động không chuyên trách ở xã, ấp, khu phố"
      : `Bảng tổng hợp kết quả sắp xếp và chi trả ${analysis.policy.severance.formula.name.replace(/^Trợ cấp/i, "trợ cấp")} đối với người hoạt động không chuyên trách dôi dư`,
    [{ text: legalBasisLine(analysis.policy), style: "basis" }]
  );

  const [h1, h3] = tableHeader(b, {
    vertical: [
      [1, "STT"],
      [2, "Xã, thị trấn"],
    ],
    groups: [
      { left: 3, right: 4, text: "Số người trước sắp xếp", subs: ["Cấp xã", "Ấp"] },
      { left: 5, right: 6, text: "Số người sau sắp xếp", subs: ["Cấp xã", "Ấp"] },
      { left: 7, right: 8, text: "Số người giảm", subs: ["Cấp xã", "Ấp"] },
      { left: 9, right: 11, text: "Số trường hợp đã chi trả", subs: ["Cấp xã", "Ấp", "Tổng"] },
      { left: 12, right: 14, text: "Kinh phí chi trả (đồng)", subs: ["Cấp xã", "Ấp", "Tổng"] },
    ],
    heights: [34, 18],
  });

  const first = b.row;
  analysis.report.communes.forEach((s, i) => {
    const r = b.row++;
    b.set(r, 1, i + 1, "tdCenter");
    b.set(r, 2, communeLabel(s.commune).replace(/^xã /, "Xã "), "td");
    const { counts, money } = summaryFigures(s);
    const figures = [...counts, ...money];
    figures.forEach((v, k) => b.set(r, 3 + k, v, k >= 9 ? "tdMoney" : "tdCenter"));
    b.fit(r, 2, 2, s.commune, 11);
  });
  const last = b.row - 1;

  const { counts, money } = summaryFigures(analysis.report.totals);
  totalsRow(b, b.row++, 2, { first, last }, 3, [...counts, ...money], 12);
  b.row++;

  wordsRow(b, analysis.report.amountInWords);
  b.row++;
  for (const sentence of analysis.report.narrative) {
    b.block(b.row, 1, b.row, b.lastCol, sentence, "text");
    b.fit(b.row, 1, b.lastCol, sentence, 12);
    b.row++;
  }
  signatures(b, ctx.info);

  return b.build(
    sheetName("summary"),
    { orientation: "landscape", fitToWidth: true, printTitleRows: [h1, h3] },
    null
  );
}
