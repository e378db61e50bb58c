/**
 * The generated workbook as LibreOffice sees it: (a) recalculating every formula from scratch gives
 * the engine's figures; (b) printed, each commune's payment list starts on its own page, all columns
 * fit the page width, the header repeats, the fonts are Times New Roman (or its metric twin).
 * PNGs of the summary and a payment list go to test-output/render/ for a human look.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { generateFile } from "../../src/cli/workbook-file";
import type { Analysis } from "../../src/engine/types";
import type { SheetSpec } from "../../src/engine/sheets/spec";
import {
  formulaCells,
  onlySheet as onlySheetOf,
  pdfFonts,
  pdfPages,
  pngs,
  soffice,
  stripCachedResults,
} from "./tools";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output", "render");
const SAMPLE = path.join(ROOT, "assets", "samples", "giang-thanh.xlsx");
const GENERATED = path.join(OUT, "giang-thanh-generated.xlsx");
const DATE = "2019-03-05";

let analysis: Analysis;
let names: Record<string, string>;

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  ({ analysis, names } = await generateFile(SAMPLE, GENERATED, { documentDate: DATE }));
});

/** One document alone in a workbook, as generateFile writes it. */
const onlySheet = (kind: SheetSpec["kind"], file: string): Promise<string> =>
  onlySheetOf(analysis, kind, file, DATE);

test("(a) LibreOffice recalculating every formula from scratch arrives at the engine's figures", async () => {
  const engine = await formulaCells(GENERATED);
  expect(engine.length).toBeGreaterThan(10);
  // Strip every cached result so LibreOffice has to compute each formula itself.
  const stripped = path.join(OUT, "stripped", "giang-thanh-stripped.xlsx");
  // No <v> after a formula: nothing cached left.
  expect(await stripCachedResults(GENERATED, stripped)).toBe(0);

  const recalculated = await formulaCells(soffice(stripped, "xlsx", path.join(OUT, "recalc")));
  const byKey = new Map(recalculated.map((c) => [`${c.sheet}!${c.address}`, c]));
  for (const c of engine) {
    const r = byKey.get(`${c.sheet}!${c.address}`);
    expect({ at: `${c.sheet}!${c.address}`, result: r?.result }).toEqual({
      at: `${c.sheet}!${c.address}`,
      result: c.result,
    });
  }
  expect(
    recalculated.filter(
      (c) => typeof c.result === "object" && c.result !== null && "error" in c.result
    )
  ).toEqual([]);
  // The district total, recomputed by LibreOffice, is the founding report's figure.
  const summaryTotals = recalculated
    .filter((c) => c.sheet === names["Tổng hợp"])
    .map((c) => c.result);
  expect(summaryTotals).toContain(analysis.report.totals.amount.total);
  expect(summaryTotals).toContain(1149540875);
});

test("(b) printed: one page group per commune, all columns on the page, header repeated, Times New Roman", async () => {
  // The file asks for Times New Roman.
  const zip = await JSZip.loadAsync(fs.readFileSync(GENERATED));
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  expect(styles).toContain('<name val="Times New Roman"/>');
  // The generated file itself carries the manual page breaks of the payment list.
  const sheetXml = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /worksheets\/sheet\d+\.xml$/.test(f))
      .map((f) => zip.file(f)?.async("string") ?? "")
  );
  expect(sheetXml.some((x) => /<rowBreaks count="4" manualBreakCount="4">/.test(x))).toBe(true);

  const payPdf = soffice(await onlySheet("payments", path.join(OUT, "payments.xlsx")), "pdf", OUT);
  const pages = pdfPages(payPdf);
  const communes = analysis.report.communes.filter((c) => c.cases.total > 0).map((c) => c.commune);
  expect(communes.length).toBe(5);
  // Each commune's list starts on a page of its own: its heading row sits on a page no other
  // commune's does, and nothing of the commune before it shares that page — above the heading there
  // is only the repeated form header, never the previous list's words, total or signatures.
  const headings = communes.map((c) => `XÃ ${c.toLocaleUpperCase("vi")}`);
  const startPages = headings.map((h) => pages.findIndex((p) => p.includes(h)));
  expect(startPages.every((i) => i >= 0)).toBe(true);
  expect(new Set(startPages).size).toBe(communes.length);
  startPages.forEach((i, k) => {
    const before = pages[i].slice(0, pages[i].indexOf(headings[k]));
    expect({
      commune: communes[k],
      previousListOnPage: /Bằng chữ|Tổng cộng|NGƯỜI LẬP BIỂU|Danh sách có/.test(before),
    }).toEqual({
      commune: communes[k],
      previousListOnPage: false,
    });
  });
  // Every page shows the table header, and the last column is on the same page as the name column.
  pages.forEach((p, i) => {
    expect({
      page: i + 1,
      form: p.includes("ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH"),
      header: p.includes("Họ và tên"),
      lastColumn: p.includes("Ký nhận"),
    }).toEqual({
      page: i + 1,
      form: true,
      header: true,
      lastColumn: true,
    });
    // Exactly one table header per page: never a second copy under the repeated one.
    expect(p.match(/Họ và tên/g)).toHaveLength(1);
  });

  const summaryPdf = soffice(
    await onlySheet("summary", path.join(OUT, "summary.xlsx")),
    "pdf",
    OUT
  );
  const summaryPages = pdfPages(summaryPdf);
  expect(summaryPages[0]).toMatch(/1[.,]149[.,]540[.,]875/);
  for (const pdf of [payPdf, summaryPdf]) {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^(TimesNewRoman|Times-|LiberationSerif)/);
  }
  pngs(summaryPdf, path.join(OUT, "summary"), 1, 1);
  pngs(payPdf, path.join(OUT, "payments"), 1, Math.min(2, pages.length));
  expect(fs.readdirSync(OUT).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(2);
});
