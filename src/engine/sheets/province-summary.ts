import type { GeneralInfo, ProvinceAnalysis, Signers } from "../types";
import { DEFAULT_INFO } from "../workbook/info";
import { parseIsoDate } from "../text/dates";
import { levelCaseKey } from "../province";
import { SheetBuilder, sheetName } from "./builder";
import {
  communeLabel,
  documentHeader,
  signatures,
  tableHeader,
  wordsRow,
  type HeaderGroup,
} from "./blocks";
import type { SheetSpec } from "./spec";
import { summaryFigures, totalsRow } from "./summary";

/**
 * Tổng hợp toàn tỉnh (issue 14): one row per commune of every file, with the file it came from
 * and its date; people before / after / fewer, paid cases (by the formula's case when it has
 * several, ND 154's a–d) and money, each figure as the commune's own run gave it; a totals row
 * of SUM formulas whose cached values are the province's sums; the amount in words; the Sở Nội
 * vụ's header block (DOMAIN §10.5) and the report's sentences.
 */

export interface ProvinceDocOptions {
  /** ISO day of the date line. */
  documentDate: string;
  /** The province's name; default the one most files' "Thông tin" sheets give. */
  province?: string;
  /** The issuing department; default "SỞ NỘI VỤ". */
  office?: string;
  /** Place of the date line; default the province's name. */
  place?: string;
  signers?: Partial<Signers>;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  let best = "";
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

function isoToVi(iso: string | null): string {
  const d = iso ? parseIsoDate(iso) : null;
  if (!d || d.day === undefined || d.month === undefined) return "";
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

/** The columns of the table, left to right (1-based), with the case columns when there are any. */
export function provinceColumns(caseColumns: number): {
  figures: number;
  cases: number;
  amount: number;
  last: number;
} {
  const figures = 5; // before c/h, after c/h, fewer c/h, paid c/h/total: columns 5–13
  const cases = 14;
  const amount = cases + caseColumns;
  return { figures, cases, amount, last: amount + 2 };
}

/** The case columns: each level with paid cases (commune first), each case id under it. */
function caseKeys(p: ProvinceAnalysis): string[] {
  return p.caseLevels.flatMap((l) => p.caseIds.map((id) => levelCaseKey(l, id)));
}

export function buildProvinceSummary(p: ProvinceAnalysis, o: ProvinceDocOptions): SheetSpec {
  const keys = caseKeys(p);
  const cols = provinceColumns(keys.length);
  const widths = [5, 18, 16, 11, 8, 8, 8, 8, 8, 8, 8, 8, 8, ...keys.map(() => 7), 15, 15, 16];
  const b = new SheetBuilder("province", widths);
  const province = (o.province ?? mostCommon(p.files.map((f) => f.analysis.info.province))).trim();
  const info: GeneralInfo = {
    ...DEFAULT_INFO,
    province,
    // The Sở Nội vụ's block: "ỦY BAN NHÂN DÂN TỈNH AN GIANG" over "SỞ NỘI VỤ" (DOMAIN §10.5).
    headerForm: "province-department",
    district: "",
    office: o.office ?? "SỞ NỘI VỤ",
    place: o.place ?? province,
    documentDate: o.documentDate,
    signers: {
      preparer: o.signers?.preparer ?? "",
      head: o.signers?.head ?? "",
      approverTitle: o.signers?.approverTitle ?? "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
      approver: o.signers?.approver ?? "",
    },
  };
  const errors = p.findings.filter((f) => f.severity === "error").length;
  documentHeader(
    b,
    { info, place: info.place, documentDate: o.documentDate, errors },
    "Tổng hợp toàn tỉnh kết quả sắp xếp và chi trả chế độ thôi việc, nghỉ việc đối với người hoạt động không chuyên trách",
    [
      {
        text: `(Tổng hợp từ ${p.files.length + p.unreadable.length} tệp của các xã${p.unreadable.length ? `, ${p.unreadable.length} tệp không đọc được` : ""})`,
        style: "basis",
      },
    ]
  );

  const groups: HeaderGroup[] = [
    { left: 5, right: 6, text: "Số người trước sắp xếp", subs: ["Cấp xã", "Ấp"] },
    { left: 7, right: 8, text: "Số người sau sắp xếp", subs: ["Cấp xã", "Ấp"] },
    { left: 9, right: 10, text: "Số người giảm", subs: ["Cấp xã", "Ấp"] },
    { left: 11, right: 13, text: "Số trường hợp đã chi trả", subs: ["Cấp xã", "Ấp", "Tổng"] },
  ];
  p.caseLevels.forEach((level, k) =>
    groups.push({
      left: cols.cases + k * p.caseIds.length,
      right: cols.cases + (k + 1) * p.caseIds.length - 1,
      text: level === "commune" ? "Trường hợp (cấp xã)" : "Trường hợp (ấp)",
      subs: p.caseIds.map((id) => id),
    })
  );
  groups.push({
    left: cols.amount,
    right: cols.amount + 2,
    text: "Kinh phí chi trả (đồng)",
    subs: ["Cấp xã", "Ấp", "Tổng"],
  });
  const [h1, h3] = tableHeader(b, {
    vertical: [
      [1, "STT"],
      [2, "Xã, phường"],
      [3, "Tệp của xã"],
      [4, "Ngày lập"],
    ],
    groups,
    heights: [34, 18],
  });

  const first = b.row;
  p.rows.forEach((row, i) => {
    const r = b.row++;
    const s = row.summary;
    b.set(r, 1, i + 1, "tdCenter");
    b.set(r, 2, communeLabel(s.commune).replace(/^xã /, "Xã "), "td");
    b.set(r, 3, row.file, "td");
    b.set(r, 4, isoToVi(row.documentDate), "tdCenter");
    const { counts, money } = summaryFigures(s);
    const figures = [...counts, ...keys.map((k) => row.casesByLevel[k] ?? 0), ...money];
    figures.forEach((v, k) =>
      b.set(r, cols.figures + k, v, cols.figures + k >= cols.amount ? "tdMoney" : "tdCenter")
    );
    b.fit(r, 3, 3, row.file, 11);
  });
  const last = b.row - 1;

  const { counts, money } = summaryFigures(p.totals);
  const totals = [...counts, ...keys.map((k) => p.casesByLevel[k] ?? 0), ...money];
  totalsRow(b, b.row++, 4, { first, last }, cols.figures, totals, cols.amount);
  b.row++;

  wordsRow(b, p.amountInWords);
  b.row++;
  for (const sentence of p.narrative) {
    b.block(b.row, 1, b.row, b.lastCol, sentence, "text");
    b.fit(b.row, 1, b.lastCol, sentence, 12);
    b.row++;
  }
  signatures(b, info);

  return b.build(
    sheetName("province"),
    { orientation: "landscape", fitToWidth: true, printTitleRows: [h1, h3] },
    h3
  );
}
