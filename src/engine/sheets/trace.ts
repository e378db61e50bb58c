import type { Analysis } from "../types";
import { a1, sheetRef } from "../grid/address";
import { formatNumberVi } from "../text/vi-number";
import { SheetBuilder, sheetName } from "./builder";
import { workingHeader } from "./findings-sheet";
import { blockReason, personName } from "./group";
import type { DocContext } from "./blocks";
import type { SheetSpec } from "./spec";

/**
 * Chi tiết tính (DOMAIN §6 item 5): every payout's trace — inputs, base salary and instrument,
 * months, band, years counted, formula, result — so any amount can be audited.
 */
export function buildTrace(analysis: Analysis, ctx: DocContext): SheetSpec {
  const b = new SheetBuilder("trace", [5, 22, 16, 16, 30, 62]);
  workingHeader(
    b,
    ctx,
    "Chi tiết tính chế độ thôi việc, nghỉ việc",
    `Quy định áp dụng: ${analysis.policy.name}`
  );
  const hr = b.row++;
  ["STT", "Họ và tên", "Xã", "Ấp, khu phố", "Nội dung", "Giá trị"].forEach((t, i) =>
    b.set(hr, i + 1, t, "th")
  );
  b.height(hr, 20);

  analysis.report.payouts.forEach((p, i) => {
    const m = p.member;
    const steps = [...p.trace];
    // The trace ends with the result; say so explicitly when there is none (or no trace at all).
    if (p.amount === null) steps.push({ label: "Số tiền", value: blockReason(p.blockedBy) });
    else if (steps.length === 0)
      steps.push({ label: "Số tiền", value: `${formatNumberVi(p.amount)} đồng` });
    const top = b.row;
    const bottom = top + steps.length - 1;
    const nameCell = m.name?.cell ?? { sheet: m.sheet, row: m.row, col: 1 };
    b.block(top, 1, bottom, 1, i + 1, "tdCenter");
    b.block(top, 2, bottom, 2, personName(m), "tdLink", {
      link: sheetRef(nameCell.sheet, a1(nameCell.row, nameCell.col)),
    });
    b.block(top, 3, bottom, 3, m.commune?.value ?? null, "tdCenter");
    b.block(
      top,
      4,
      bottom,
      4,
      m.level === "hamlet" ? (m.hamlet?.value ?? null) : "Cấp xã",
      "tdCenter"
    );
    steps.forEach((s, k) => {
      const r = top + k;
      const last = k === steps.length - 1;
      b.set(r, 5, s.label, last ? "tdBold" : "td");
      b.set(r, 6, s.value, last ? "tdBold" : "td");
      b.fit(r, 6, 6, s.value);
      b.fit(r, 5, 5, s.label);
    });
    b.row = bottom + 1;
  });
  if (analysis.report.payouts.length === 0) {
    b.block(b.row, 1, b.row, b.lastCol, "Không có trường hợp nào được chi trả.", "td");
    b.row++;
  }
  return b.build(
    sheetName("trace"),
    { orientation: "landscape", fitToWidth: true, printTitleRows: [hr, hr] },
    hr
  );
}
