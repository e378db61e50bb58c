/**
 * Tổng hợp toàn tỉnh as LibreOffice sees it (issue 14, item 3): `generate` over a folder of five
 * communes' files writes the province's summary; with every cached result stripped, LibreOffice
 * recalculates its SUMs to the engine's figures, and prints it on one page width in Times.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { cli } from "../cli/helpers";
import { writeCommuneFiles } from "../../scripts/synthetic-province";
import { pdfFonts, pdfPages, pngs, soffice } from "./tools";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output", "render", "province");

interface Cell {
  address: string;
  formula: string | null;
  value: unknown;
}

async function cells(
  file: string,
  strip = false
): Promise<{ cells: Cell[]; wb: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Cell[] = [];
  const ws = wb.getWorksheet("Tổng hợp toàn tỉnh");
  if (!ws) throw new Error("no province sheet");
  ws.eachRow((row) =>
    row.eachCell((c) => {
      const v = c.value as ExcelJS.CellFormulaValue | number | string | null;
      if (v && typeof v === "object" && "formula" in v) {
        out.push({ address: c.address, formula: v.formula, value: v.result });
        if (strip) c.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
      } else out.push({ address: c.address, formula: null, value: v });
    })
  );
  return { cells: out, wb };
}

let cwd: string;
let generated: string;

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "dinh-bien-province-render-"));
  await writeCommuneFiles(path.join(cwd, "communes"), 5, { rows: 40, seed: 3 });
  generated = path.join(OUT, "tong-hop-toan-tinh.xlsx");
  const r = await cli(["generate", "communes", "--out", generated, "--json"], cwd);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
});

afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

test("LibreOffice recalculates every SUM of the province summary to the engine's figure", async () => {
  const { cells: engine, wb } = await cells(generated, true);
  const formulas = engine.filter((c) => c.formula !== null);
  // 12 figure columns of the totals row (no case columns under NQ 77's one-case formula).
  expect(formulas).toHaveLength(12);
  const stripped = path.join(OUT, "stripped", "tong-hop-toan-tinh.xlsx");
  fs.mkdirSync(path.dirname(stripped), { recursive: true });
  await wb.xlsx.writeFile(stripped);
  const recalculated = (await cells(soffice(stripped, "xlsx", path.join(OUT, "recalc")))).cells;
  const byAddress = new Map(recalculated.map((c) => [c.address, c.value]));
  for (const c of formulas)
    expect({ at: c.address, value: byAddress.get(c.address) }).toEqual({
      at: c.address,
      value: c.value,
    });
  // Worked by hand: five communes of 17 commune-level people before, 11 after, 5 paid each.
  const totalsRow = formulas.map((c) => c.value);
  expect(totalsRow[0]).toBe(5 * 17);
  expect(totalsRow[2]).toBe(5 * 11);
  expect(totalsRow[4]).toBe(5 * 6);
  expect(totalsRow[6]).toBe(5 * 5);
});

test("printed: the Sở Nội vụ header, one page wide, Times New Roman", () => {
  const pdf = soffice(generated, "pdf", OUT);
  const pages = pdfPages(pdf);
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain("SỞ NỘI VỤ");
  expect(pages[0]).toContain("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG");
  expect(pages[0]).toContain("TỔNG HỢP TOÀN TỈNH");
  expect(pages[0]).toMatch(/Bằng chữ: [A-ZĐ]/);
  expect(pdfFonts(pdf).every((f) => /Times|Liberation ?Serif/i.test(f))).toBe(true);
  pngs(pdf, path.join(OUT, "tong-hop-toan-tinh"), 1, 1);
});
