import type { Analysis, Finding, Severity } from "../types";
import { a1, sheetRef } from "../grid/address";
import { SheetBuilder, sheetName } from "./builder";
import { dateLine, draftLine, upper, type DocContext } from "./blocks";
import type { SheetSpec } from "./spec";

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
};
const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** Title, date and draft mark of the working documents (Kiểm tra, Chi tiết tính), which nobody signs. */
export function workingHeader(
  b: SheetBuilder,
  ctx: DocContext,
  title: string,
  subtitle: string
): void {
  b.block(b.row, 1, b.row, b.lastCol, upper(title), "title");
  b.height(b.row, 22);
  b.row++;
  b.block(b.row, 1, b.row, b.lastCol, subtitle, "basis");
  b.fit(b.row, 1, b.lastCol, subtitle, 12);
  b.row++;
  b.block(b.row, 1, b.row, b.lastCol, dateLine(ctx.place, ctx.documentDate), "dateLine");
  b.row++;
  const draft = draftLine(ctx.errors);
  if (draft) {
    b.block(b.row, 1, b.row, b.lastCol, draft, "draft");
    b.height(b.row, 20);
    b.row++;
  }
  b.row++;
}

function countBy<K>(items: Finding[], key: (f: Finding) => K): Map<K, Record<Severity, number>> {
  const out = new Map<K, Record<Severity, number>>();
  for (const f of items) {
    const k = key(f);
    const c = out.get(k) ?? { error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    out.set(k, c);
  }
  return out;
}

/**
 * Kiểm tra (DOMAIN §6 item 4): counts by severity, by code and by commune first, then one row per
 * finding with a link to the offending cell.
 */
export function buildFindingsSheet(analysis: Analysis, ctx: DocContext): SheetSpec {
  const b = new SheetBuilder("findings", [5, 10, 24, 14, 8, 20, 14, 60, 34]);
  const findings = analysis.findings;
  workingHeader(b, ctx, "Kết quả kiểm tra danh sách", `Quy định áp dụng: ${analysis.policy.name}`);

  const total = countBy(findings, () => "all").get("all") ?? { error: 0, warning: 0, info: 0 };
  b.block(b.row, 1, b.row, b.lastCol, "I. TỔNG HỢP", "textBold");
  b.row++;
  const sentence = `Có ${findings.length} vấn đề: ${total.error} lỗi, ${total.warning} cảnh báo, ${total.info} thông tin.`;
  b.block(b.row, 1, b.row, b.lastCol, sentence, "text");
  b.row++;

  // By severity.
  let r = b.row++;
  b.set(r, 2, "Mức độ", "th");
  b.set(r, 3, "Số lượng", "th");
  for (const s of SEVERITIES) {
    r = b.row++;
    b.set(r, 2, SEVERITY_LABEL[s], "td");
    b.set(r, 3, total[s], "tdCenter");
  }
  b.row++;

  // By code, in order of severity then code.
  r = b.row++;
  b.set(r, 2, "Mức độ", "th");
  b.set(r, 3, "Mã", "th");
  b.set(r, 4, "Số lượng", "th");
  const byCode = countBy(findings, (f) => `${SEVERITIES.indexOf(f.severity)}|${f.code}`);
  for (const k of [...byCode.keys()].sort()) {
    const [sev, code] = k.split("|");
    const severity = SEVERITIES[Number(sev)];
    r = b.row++;
    b.set(r, 2, SEVERITY_LABEL[severity], "td");
    b.set(r, 3, code, "td");
    b.set(r, 4, byCode.get(k)?.[severity] ?? 0, "tdCenter");
  }
  b.row++;

  // By commune.
  r = b.row++;
  b.block(r, 2, r, 3, "Xã", "th");
  b.set(r, 4, "Lỗi", "th");
  b.set(r, 5, "Cảnh báo", "th");
  b.set(r, 6, "Thông tin", "th");
  b.height(r, 30);
  const byCommune = countBy(findings, (f) => f.commune ?? "(Không gắn với xã)");
  for (const [name, c] of byCommune) {
    r = b.row++;
    b.block(r, 2, r, 3, name, "td");
    b.set(r, 4, c.error, "tdCenter");
    b.set(r, 5, c.warning, "tdCenter");
    b.set(r, 6, c.info, "tdCenter");
  }
  b.row++;

  b.block(b.row, 1, b.row, b.lastCol, "II. CHI TIẾT", "textBold");
  b.row++;
  const hr = b.row++;
  ["STT", "Mức độ", "Mã", "Sheet", "Ô", "Người", "Xã / ấp", "Nội dung", "Gợi ý sửa"].forEach(
    (t, i) => b.set(hr, i + 1, t, "th")
  );
  b.height(hr, 20);
  findings.forEach((f, i) => {
    const row = b.row++;
    b.set(row, 1, i + 1, "tdCenter");
    b.set(row, 2, SEVERITY_LABEL[f.severity], "tdCenter");
    b.set(row, 3, f.code, "td");
    b.set(row, 4, f.sheet, "td");
    if (f.sheet && f.cell) b.set(row, 5, f.cell, "tdLink", { link: sheetRef(f.sheet, f.cell) });
    else if (f.sheet && f.row)
      b.set(row, 5, a1(f.row, 1), "tdLink", { link: sheetRef(f.sheet, a1(f.row, 1)) });
    else b.set(row, 5, null, "tdCenter");
    b.set(row, 6, f.person, "td");
    const unit = [f.commune, f.hamlet].filter((x): x is string => !!x).join(" / ");
    b.set(row, 7, unit || null, "td");
    b.set(row, 8, f.message, "td");
    b.set(row, 9, f.suggestion, "td");
    b.fit(row, 8, 8, f.message);
    b.fit(row, 9, 9, f.suggestion ?? "");
    b.fit(row, 6, 6, f.person ?? "");
    b.fit(row, 7, 7, unit);
    b.fit(row, 4, 4, f.sheet ?? "");
  });
  if (findings.length === 0) {
    b.block(b.row, 1, b.row, b.lastCol, "Không có vấn đề nào.", "td");
    b.row++;
  }

  return b.build(
    sheetName("findings"),
    { orientation: "landscape", fitToWidth: true, printTitleRows: [hr, hr] },
    hr
  );
}
