import type { Analysis, Payout } from "../types";
import { traceSteps } from "../payouts/render";
import { amountInWords } from "../money/words";
import { SheetBuilder, sheetName } from "./builder";
import {
  communeLabel,
  documentHeader,
  legalBasisLine,
  signatures,
  wordsRow,
  type DocContext,
} from "./blocks";
import { blockReason, communeOrder, groupByCommune, personName } from "./group";
import type { SheetSpec } from "./spec";

/**
 * Phiếu tính trợ cấp (DOMAIN §10.5): one printed page per person — the form header, then every
 * input, each step, each component and the result, each line with the legal reference of the rule
 * it applies, then the amount in words and the signatures. Rendered from the payout derivation
 * (payouts/render.ts traceSteps): the sheet computes nothing.
 */

/** Nội dung · Giá trị · Căn cứ, after the line number. A4 portrait, one page wide. */
const WIDTHS = [4.5, 24, 43, 24];

function slip(b: SheetBuilder, ctx: DocContext, analysis: Analysis, p: Payout): void {
  const m = p.member;
  const unit = [m.hamlet?.value, m.commune ? communeLabel(m.commune.value) : null]
    .filter((x): x is string => !!x)
    .join(", ");
  documentHeader(b, ctx, "Phiếu tính trợ cấp một lần", [
    { text: `${personName(m)}${unit ? ` — ${unit}` : ""}`, style: "subtitle" },
    { text: legalBasisLine(analysis.policy), style: "basis" },
  ]);
  const hr = b.row++;
  ["TT", "Nội dung", "Giá trị, cách tính", "Căn cứ"].forEach((t, i) => b.set(hr, i + 1, t, "th"));
  b.height(hr, 20);
  traceSteps(p, { componentLines: true }).forEach((step, k) => {
    const r = b.row++;
    const result = step.label === "Số tiền được hưởng";
    b.set(r, 1, k + 1, "tdCenter");
    b.set(r, 2, step.label, result ? "tdBold" : "td");
    b.set(r, 3, step.value, result ? "tdBold" : "td");
    b.set(r, 4, step.ref ?? null, "tdNote");
    b.fit(r, 2, 2, step.label);
    b.fit(r, 3, 3, step.value);
    b.fit(r, 4, 4, step.ref ?? "", 10);
    if ((b.rowHeights[r] ?? 0) < 17) b.height(r, 17);
  });
  if (p.amount !== null) wordsRow(b, amountInWords(p.amount));
  else {
    const reason = `${blockReason(p.blockedBy)} (xem sheet Kiểm tra).`;
    b.block(b.row, 1, b.row, b.lastCol, reason, "words");
    b.row++;
  }
  // Four columns are too few to cut in thirds by width: preparer over TT and Nội dung.
  signatures(b, ctx.info, [
    [1, 2],
    [3, 3],
    [4, 4],
  ]);
}

/** One Phiếu per payout, in the payment list's order (commune by commune, commune level first). */
export function buildSlips(analysis: Analysis, ctx: DocContext): SheetSpec {
  const b = new SheetBuilder("slip", WIDTHS);
  const byCommune = groupByCommune(analysis.report.payouts, (p) => p.member);
  const ordered: Payout[] = [];
  for (const c of communeOrder(analysis))
    for (const level of ["commune", "hamlet"] as const)
      for (const p of byCommune.get(c.key) ?? []) if (p.member.level === level) ordered.push(p);
  if (ordered.length === 0) {
    b.block(1, 1, 1, b.lastCol, "Không có trường hợp nào được chi trả.", "text");
    b.row = 2;
  }
  ordered.forEach((p, i) => {
    if (i > 0) {
      b.pageBreaksBefore.push(b.row);
    }
    slip(b, ctx, analysis, p);
  });
  return b.build(
    sheetName("slip"),
    { orientation: "portrait", fitToWidth: true, printTitleRows: null },
    null
  );
}
