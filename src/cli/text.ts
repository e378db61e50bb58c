import {
  countEn,
  formatNumberVi,
  type Analysis,
  type Finding,
  type Lang,
  type Policy,
  type Severity,
} from "../engine";
import { t } from "./i18n";
import { communeCount, countBySeverity } from "./summary";

/** The human-readable output of every command (the default without --json). */

const SEVERITY_HEADINGS: Record<Severity, [string, string]> = {
  error: ["Lỗi", "Errors"],
  warning: ["Cảnh báo", "Warnings"],
  info: ["Thông tin", "Notes"],
};

function place(f: Finding): string {
  if (!f.sheet) return "";
  return f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
}

/** The findings by severity, each on its line with its place (`place` says where). */
export function findingLines(
  findings: Finding[],
  lang: Lang,
  where: (f: Finding) => string = place
): string[] {
  const out: string[] = [];
  for (const sev of ["error", "warning", "info"] as Severity[]) {
    const list = findings.filter((f) => f.severity === sev);
    if (list.length === 0) continue;
    out.push("", `${SEVERITY_HEADINGS[sev][lang === "en" ? 1 : 0]} (${list.length}):`);
    for (const f of list) {
      const at = where(f);
      out.push(`  • ${at ? `${at} ` : ""}[${f.code}] ${f.message}`);
      if (f.suggestion) out.push(`      → ${f.suggestion}`);
    }
  }
  return out;
}

/** "2 errors, 1 warning, 0 notes" */
export function severityCounts(c: Record<Severity, number>): string {
  return `${countEn(c.error, "error")}, ${countEn(c.warning, "warning")}, ${countEn(c.info, "note")}`;
}

export function findingsText(a: Analysis, lang: Lang): string {
  const c = countBySeverity(a.findings);
  const out: string[] = [
    t(
      lang,
      `${a.roster.members.length} người, ${communeCount(a)} xã; ${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin.`,
      `${countEn(a.roster.members.length, "person", "people")}, ${countEn(communeCount(a), "commune")}; ${severityCounts(c)}.`
    ),
    ...findingLines(a.findings, lang),
  ];
  return out.join("\n") + "\n";
}

/** "Định Biên — kiểm tra: FILE" and the policy line, above check's and payouts' text. */
export function header(a: Analysis, file: string, lang: Lang, what: [string, string]): string {
  return `Định Biên — ${t(lang, what[0], what[1])}: ${file}\n${t(lang, "Chính sách", "Policy")}: ${a.policy.name} (${a.policy.id})\n\n`;
}

function pad(s: string, n: number, right = false): string {
  const len = [...s].length;
  if (len >= n) return s;
  return right ? " ".repeat(n - len) + s : s + " ".repeat(n - len);
}

type Figures = Analysis["report"]["totals"];

/** The per-commune table and the totals line of payouts' text (one commune file or many). */
export function summaryTable(
  rows: { name: string; s: Figures; note?: string }[],
  totals: Figures,
  lang: Lang
): string[] {
  const money = (n: number): string => formatNumberVi(n);
  const cols =
    lang === "en"
      ? ["Commune", "Before c/h", "After c/h", "Cut c/h", "Cases c/h/total", "Amount (đồng)"]
      : ["Xã", "Trước xã/ấp", "Sau xã/ấp", "Giảm xã/ấp", "Trường hợp xã/ấp/cộng", "Số tiền (đồng)"];
  const widths = [16, 12, 12, 11, 22, 16];
  const line = (cells: string[]): string =>
    cells.map((c, i) => pad(c, widths[i], i > 0)).join("  ");
  const rowOf = (name: string, s: Figures): string =>
    line([
      name,
      `${s.before.commune}/${s.before.hamlet}`,
      `${s.after.commune}/${s.after.hamlet}`,
      `${s.reduction.commune}/${s.reduction.hamlet}`,
      `${s.cases.commune}/${s.cases.hamlet}/${s.cases.total}`,
      money(s.amount.total),
    ]);
  return [
    line(cols),
    ...rows.map((r) => rowOf(r.name, r.s) + (r.note ? `  ${r.note}` : "")),
    rowOf(t(lang, "Tổng cộng", "Total"), totals),
    "",
    t(
      lang,
      `Tổng số tiền: ${money(totals.amount.total)} đồng (cấp xã ${money(totals.amount.commune)} đồng, ấp ${money(totals.amount.hamlet)} đồng).`,
      `Total amount: ${money(totals.amount.total)} đồng (commune level ${money(totals.amount.commune)}, hamlets ${money(totals.amount.hamlet)}).`
    ),
  ];
}

export function payoutsText(a: Analysis, lang: Lang): string {
  const r = a.report;
  const out: string[] = summaryTable(
    r.communes.map((c) => ({ name: c.commune, s: c })),
    r.totals,
    lang
  );
  out.push(`${t(lang, "Bằng chữ", "In words")}: ${r.amountInWords}`);
  const blocked = r.payouts.filter((p) => p.amount === null);
  if (blocked.length > 0) {
    out.push(
      "",
      t(
        lang,
        `Chưa tính được ${blocked.length} trường hợp:`,
        `${countEn(blocked.length, "payout")} could not be computed:`
      )
    );
    for (const p of blocked) {
      out.push(
        `  • ${p.member.sheet}!${p.member.row}: ${p.member.name?.value ?? "?"} — ${p.blockedBy.join(", ")}`
      );
    }
  }
  if (r.narrative.length > 0) out.push("", ...r.narrative);
  return out.join("\n") + "\n";
}

/** Below payouts' table when errors remain. */
export function errorsRemainNote(a: Analysis, lang: Lang): string {
  const errors = countBySeverity(a.findings).error;
  if (errors === 0) return "";
  return "\n" + errorsRemainLine(errors, lang) + "\n";
}

/** "Còn 2 lỗi…" / "2 errors remain…" (one or more errors). */
export function errorsRemainLine(errors: number, lang: Lang): string {
  return t(
    lang,
    `Còn ${errors} lỗi: xem «dinh-bien check».`,
    `${countEn(errors, "error")} ${errors === 1 ? "remains" : "remain"}: see «dinh-bien check».`
  );
}

export function generateText(
  a: Analysis,
  input: string,
  out: string,
  names: Record<string, string>,
  lang: Lang
): string {
  const c = countBySeverity(a.findings);
  const lines = [
    `Định Biên — ${t(lang, "tạo văn bản", "generate")}: ${input}`,
    `${t(lang, "Chính sách", "Policy")}: ${a.policy.name} (${a.policy.id})`,
    "",
    ...a.report.narrative,
    "",
    t(lang, `Đã ghi: ${out}`, `Written: ${out}`),
    t(
      lang,
      `Các sheet: ${Object.values(names).join(", ")}`,
      `Sheets: ${Object.values(names).join(", ")}`
    ),
    t(
      lang,
      `${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin (xem sheet «Kiểm tra»).`,
      `${severityCounts(c)} (see the «Kiểm tra» sheet).`
    ),
  ];
  if (c.error > 0)
    lines.push(
      t(
        lang,
        "Văn bản được đánh dấu DỰ THẢO cho đến khi sửa hết lỗi.",
        "The documents are marked DỰ THẢO (draft) until every error is fixed."
      )
    );
  return lines.join("\n") + "\n";
}

/** After demo's generate text: the sample's errors are there on purpose. */
export function demoNote(lang: Lang): string {
  return t(
    lang,
    "(Các lỗi của dữ liệu mẫu nằm ở sheet «Danh sách (có lỗi)», cố ý để minh họa các phép kiểm tra.)\n",
    "(The sample's errors are on the sheet «Danh sách (có lỗi)», planted to show what the checks do.)\n"
  );
}

export function policiesText(presets: readonly Policy[]): string {
  return presets.map((p) => `${p.id}\t${p.name}`).join("\n") + "\n";
}

export function policyText(p: Policy, lang: Lang): string {
  const lines = [
    `${p.name} (${p.id})`,
    `${t(lang, "Căn cứ", "Legal basis")}: ${p.legalBasis.number}, ${p.legalBasis.date}, ${p.legalBasis.issuer}`,
    `${t(lang, "Hiệu lực từ", "Effective from")}: ${p.effectiveFrom}`,
    `${t(lang, "Số lượng cấp xã (loại 1/2/3)", "Commune-level cap (class 1/2/3)")}: ${p.communeCap.class1.value}/${p.communeCap.class2.value}/${p.communeCap.class3.value}`,
    `${t(lang, "Số lượng mỗi ấp", "Per hamlet")}: ${p.hamletCap.value}`,
    `${t(lang, "Kiêm nhiệm tối đa", "Concurrent titles at most")}: ${p.concurrent.maxExtraTitles.value}`,
    `${t(lang, "Quy tắc tháng lẻ", "Partial-year rule")}: ${p.severance.bandRule}`,
    `${t(lang, "Chức danh", "Titles")}: ${p.titles.length}`,
  ];
  return lines.join("\n") + "\n";
}
