/**
 * The 2026 documents (DOMAIN §10.5) as LibreOffice sees them, on the thon-2026 sample:
 * (a) recalculating every formula from scratch gives the engine's figures (805.165.300 đồng, the
 *     hand-worked total of docs/samples/thon-2026.md);
 * (b) the ND 154 payment list prints on A4 landscape, every column on the page width, its header
 *     rows repeated on every page (shown on a longer list of the same commune);
 * (c) each Phiếu tính trợ cấp is one printed page.
 * PNGs of the payment list, one Phiếu and Tổng hợp go to test-output/render-2026/ for a human look.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { generateFile } from "../../src/cli/workbook-file";
import { analyze } from "../../src/engine/analyze";
import type { Analysis, CellValue, Grid } from "../../src/engine/types";
import type { SheetSpec } from "../../src/engine/sheets/spec";
import { buildThon2026, THON_2026_SHEETS } from "../../src/engine/sample/thon-2026";
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
const OUT = path.join(ROOT, "test-output", "render-2026");
const SAMPLE = path.join(ROOT, "assets", "samples", "thon-2026.xlsx");
const GENERATED = path.join(OUT, "thon-2026-generated.xlsx");
const DATE = "2026-08-20";

let analysis: Analysis;
let names: Record<string, string>;

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  ({ analysis, names } = await generateFile(SAMPLE, GENERATED, { documentDate: DATE }));
});

/** One document alone in a workbook, as generateFile writes it. */
const onlySheet = (a: Analysis, kind: SheetSpec["kind"], file: string): Promise<string> =>
  onlySheetOf(a, kind, file, DATE);

/** Page sizes in points, from pdfinfo, per page. */
function pageSizes(pdf: string): { w: number; h: number }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf]).toString();
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    w: Number(m[1]),
    h: Number(m[2]),
  }));
}

test("(a) LibreOffice recalculating every formula arrives at the engine's figures", async () => {
  const engine = await formulaCells(GENERATED);
  expect(engine.length).toBeGreaterThan(10);
  const stripped = path.join(OUT, "stripped", "thon-2026-stripped.xlsx");
  expect(await stripCachedResults(GENERATED, stripped)).toBe(0);
  const recalculated = await formulaCells(soffice(stripped, "xlsx", path.join(OUT, "recalc")));
  const key = (c: { sheet: string; address: string }): string => `${c.sheet}!${c.address}`;
  const byKey = new Map(recalculated.map((c) => [key(c), c.result]));
  for (const c of engine)
    expect({ at: key(c), result: byKey.get(key(c)) }).toEqual({ at: key(c), result: c.result });
  // The payment list's total and the summary's, recomputed: the hand-worked 805.165.300.
  for (const sheet of [names["Danh sách chi trả"], names["Tổng hợp"]])
    expect(recalculated.filter((c) => c.sheet === sheet).map((c) => c.result)).toContain(805165300);
  // The component columns: 0,8 × 455.792.800; 1,5 × 260.380.500; 3 × 39.657.000; 15 × 49.335.000
  // (the doc's table summed by column: e.g. 85.008.000 + 68.006.400 + 121.440.000 + 112.320.000 +
  // 69.018.400 = 455.792.800).
  const pay = recalculated
    .filter((c) => c.sheet === names["Danh sách chi trả"])
    .map((c) => c.result);
  expect(pay).toEqual([455792800, 260380500, 39657000, 49335000, 805165300]);
});

/** The sample with its clean roster's six leavers copied 8 times more (a list of ~56 rows). */
function longerList(): Analysis {
  const grids: Grid[] = buildThon2026().map((s) => ({
    sheet: s.name,
    firstRow: 1,
    firstCol: 1,
    cells: s.rows.map((r) => [...r]),
  }));
  const roster = grids.find((g) => g.sheet === THON_2026_SHEETS.roster)!;
  const leavers = roster.cells.filter((r) => r[12] === "Nghỉ việc");
  for (let k = 1; k <= 8; k++)
    for (const r of leavers) {
      const copy: CellValue[] = [...r];
      copy[1] = `${String(r[1])} ${k}`;
      roster.cells.push(copy);
    }
  return analyze(grids);
}

test("(b) the ND 154 payment list: A4 landscape, one page wide, header rows on every page", async () => {
  const pdf = soffice(
    await onlySheet(analysis, "payments", path.join(OUT, "payments.xlsx")),
    "pdf",
    OUT
  );
  const pages = pdfPages(pdf);
  expect(pages).toHaveLength(1);
  const long = longerList();
  expect(long.report.payouts.length).toBe(8 + 6 * 8);
  const longPdf = soffice(
    await onlySheet(long, "payments", path.join(OUT, "payments-long.xlsx")),
    "pdf",
    OUT
  );
  const longPages = pdfPages(longPdf);
  expect(longPages.length).toBeGreaterThan(1);
  for (const s of [...pageSizes(pdf), ...pageSizes(longPdf)]) {
    // A4 landscape: 841,9 × 595,3 points.
    expect([Math.round(s.w), Math.round(s.h)]).toEqual([842, 595]);
  }
  longPages.forEach((p, i) =>
    expect({
      page: i + 1,
      form: p.includes("PHÒNG VĂN HÓA - XÃ HỘI"),
      firstColumn: p.includes("Họ và tên"),
      caseColumn: p.includes("Trường"),
      lastComponent: p.includes("15 × PC"),
      lastColumn: p.includes("Ký nhận"),
      headerOnce: (p.match(/Họ và tên/g) ?? []).length,
    }).toEqual({
      page: i + 1,
      form: true,
      firstColumn: true,
      caseColumn: true,
      lastComponent: true,
      lastColumn: true,
      headerOnce: 1,
    })
  );
  expect(pages[0]).toContain("Sang"); // a blocked row is listed with its reason
  // The blocked rows say why (wrapped in the Ký nhận column): birth date needed, periods overlap.
  expect(pages[0]).toMatch(/Chưa tính:[\s\S]*cần ngày,[\s\S]*tháng sinh/);
  expect(pages[0]).toMatch(/công tác[\s\S]*chồng nhau/);
  pngs(pdf, path.join(OUT, "payments"), 1, 1);
});

test("(c) each Phiếu tính trợ cấp is one printed page; Tổng hợp carries both sentences", async () => {
  const pdf = soffice(await onlySheet(analysis, "slip", path.join(OUT, "slip.xlsx")), "pdf", OUT);
  const pages = pdfPages(pdf);
  const people = analysis.report.payouts.map((p) => p.member.name?.value ?? "");
  expect(pages).toHaveLength(people.length);
  pages.forEach((p, i) => {
    expect((p.match(/PHIẾU TÍNH TRỢ CẤP MỘT LẦN/g) ?? []).length).toBe(1);
    expect(p).toContain(people[i]);
    expect(p).toContain("NGƯỜI LẬP BIỂU");
  });
  for (const s of pageSizes(pdf)) expect([Math.round(s.w), Math.round(s.h)]).toEqual([595, 842]);
  // Nguyễn Thị Lan's page: her three components and the total.
  const lan = pages[people.indexOf("Nguyễn Thị Lan")];
  expect(lan).toMatch(/68\.006\.400 \+ 68\.310\.000 \+ 9\.108\.000 = 145\.424\.400/);

  const sumPdf = soffice(
    await onlySheet(analysis, "summary", path.join(OUT, "summary.xlsx")),
    "pdf",
    OUT
  );
  const summary = pdfPages(sumPdf).join("\n").replace(/\s+/g, " ");
  expect(summary).toContain("Sắp xếp 21 ấp thành 18 ấp;");
  expect(summary).toContain("cho 6 trường hợp với tổng kinh phí là 805.165.300 đồng.");
  for (const f of [...pdfFonts(pdf), ...pdfFonts(sumPdf)])
    expect(f).toMatch(/^(TimesNewRoman|Times-|LiberationSerif)/);
  pngs(pdf, path.join(OUT, "phieu"), 2, 2);
  pngs(sumPdf, path.join(OUT, "summary"), 1, 1);
  expect(fs.readdirSync(OUT).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(3);
});
