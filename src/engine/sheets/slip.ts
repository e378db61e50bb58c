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

/**
 * TT · Nội dung · Giá trị (over two columns) · Căn cứ. A4 portrait, one page wide. The value's two
 * columns let the form header split about 45 / 55 (the left block over TT, Nội dung and the first
 * value column; the national motto over the rest).
 */
const WIDTHS = [4.5, 23, 17, 30, 25];
const HEADER_AREAS = { left: [1, 3] as [number, number], right: [4, 5] as [number, number] };

function slip(b: SheetBuilder, ctx: DocContext, analysis: Analysis, p: Payout): void {
  const m = p.member;
  const unit = [m.hamlet?.value, m.commune ? communeLabel(m.commune.value) : null]
    .filter((x): x is string => !!x)
    .join(", ");
  documentHeader(
    b,
    ctx,
    "Phiếu tính trợ cấp một lần",
    [
      { text: `${personName(m)}${unit ? ` — ${unit}` : ""}`, style: "subtitle" },
      { text: legalBasisLine(analysis.policy), style: "basis" },
    ],
    HEADER_AREAS
  );
  const hr = b.row++;
  b.set(hr, 1, "TT", "th");
  b.set(hr, 2, "Nội dung", "th");
  b.block(hr, 3, hr, 4, "Giá trị, cách tính", "th");
  b.set(hr, 5, "Căn cứ", "th");
  b.height(hr, 20);
  traceSteps(p, { componentLines: true }).forEach((step, k) => {
    const r = b.row++;
    const result = step.label === "Số tiền được hưởng";
    b.set(r, 1, k + 1, "tdCenter");
    b.set(r, 2, step.label, result ? "tdBold" : "td");
    b.block(r, 3, r, 4, step.value, result ? "tdBold" : "td");
    b.set(r, 5, step.ref ?? null, "tdNote");
    b.fit(r, 2, 2, step.label);
    b.fit(r, 3, 4, step.value);
    b.fit(r, 5, 5, step.ref ?? "", 10);
    if ((b.rowHeights[r] ?? 0) < 17) b.height(r, 17);
  });
  if (p.amount !== null) wordsRow(b, amountInWords(p.amount));
  else {
    const reason = `${blockReason(p.blockedBy)} (xem sheet Kiểm tra).`;
    b.block(b.row, 1, b.row, b.lastCol, reason, "words");
    b.row++;
  }
  // Cut by column, not by width: preparer over TT and Nội dung, head over the value.
  signatures(b, ctx.info, [
    [1, 2],
    [3, 4],
    [5, 5],
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
