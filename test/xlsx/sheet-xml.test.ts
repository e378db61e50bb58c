/**
 * The direct writer (src/xlsx/sheet-xml.ts) against the ExcelJS layout generate used before
 * (test/support/exceljs-layout.ts), on the founding sample and on thon-2026: the same specs
 * written both ways into the clerk's workbook, both read back with ExcelJS, and every generated
 * sheet compared — each cell's value, formula, result, type and whole style, merges, column
 * widths, row heights, page setup, margins, print titles, header and footer, views, and the
 * workbook's defined names.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { analyze } from "../../src/engine/analyze";
import { buildSheets } from "../../src/engine/sheets/build";
import type { SheetSpec } from "../../src/engine/sheets/spec";
import { newWorkbook, writeIntoPackage } from "../../src/xlsx/package-write";
import { readWorkbookFile } from "../../src/xlsx/read";
import { writeSheetSpecs } from "../support/exceljs-layout";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLES = ["giang-thanh", "thon-2026"].map((n) =>
  path.join(ROOT, "assets", "samples", `${n}.xlsx`)
);

async function load(bytes: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Everything a reader sees of one sheet, in plain data. */
function contents(ws: ExcelJS.Worksheet, widthsOf: number) {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) =>
      cells.push({
        at: c.address,
        type: c.type,
        value: c.type === ExcelJS.ValueType.Merge ? null : c.value,
        style: JSON.parse(JSON.stringify(c.style ?? {})) as unknown,
      })
    )
  );
  const heights: Record<number, number | undefined> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height !== undefined) heights[n] = row.height;
  });
  const { margins, ...setup } = ws.pageSetup;
  return {
    cells,
    merges: [...(ws.model.merges ?? [])].sort(),
    widths: Array.from({ length: widthsOf }, (_, i) => ws.getColumn(i + 1).width),
    heights,
    setup,
    margins,
    headerFooter: ws.headerFooter,
    views: ws.views,
  };
}

function names(wb: ExcelJS.Workbook): string[] {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  return model.map((d) => `${d.name} ${d.ranges.join(",")}`).sort();
}

describe.each(SAMPLES)(
  "%s: the direct writer and the ExcelJS layout give the same documents",
  (file) => {
    let specs: SheetSpec[];
    let before: ExcelJS.Workbook;
    let after: ExcelJS.Workbook;

    beforeAll(async () => {
      const read = await readWorkbookFile(file);
      specs = buildSheets(analyze(read.grids), { documentDate: "2026-03-01" });
      const old = await load(fs.readFileSync(file));
      writeSheetSpecs(old, specs);
      before = await load(await old.xlsx.writeBuffer());
      after = await load((await writeIntoPackage(read.package, specs)).bytes);
    });

    test("the same sheets, in the same order", () => {
      expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
      expect(specs.length).toBeGreaterThanOrEqual(5);
    });

    test("every generated sheet: cells, styles, merges, sizes, print setup, views", () => {
      for (const spec of specs) {
        const a = contents(
          before.getWorksheet(spec.name) as ExcelJS.Worksheet,
          spec.columnWidths.length
        );
        const b = contents(
          after.getWorksheet(spec.name) as ExcelJS.Worksheet,
          spec.columnWidths.length
        );
        expect(b.cells.length).toBeGreaterThan(50);
        expect(b.cells).toEqual(a.cells);
        expect(b.merges).toEqual(a.merges);
        expect(b.heights).toEqual(a.heights);
        expect(b.setup).toEqual(a.setup);
        // Print titles are defined names that ExcelJS reads into the page setup.
        const t = spec.print.printTitleRows;
        expect(b.setup.printTitlesRow).toBe(t ? `${t[0]}:${t[1]}` : undefined);
        expect(b.headerFooter).toEqual(a.headerFooter);
        expect(b.views).toEqual(a.views);
        for (const k of ["left", "right", "top", "bottom", "header", "footer"] as const)
          expect(b.margins?.[k]).toBeCloseTo(a.margins?.[k] ?? NaN, 12);
        // Both leave out a width of exactly 9 (ExcelJS's default width): Excel's standard width.
        expect(b.widths).toEqual(a.widths);
        expect(a.widths).toEqual(spec.columnWidths.map((w) => (w === 9 ? undefined : w)));
      }
    });

    test("the same defined names: the clerk's, the markers, the print titles", () => {
      // The old layout wrote only the workbook-level markers; the package writer (before and now)
      // adds the sheet-scoped one too, which ExcelJS reads as the same name and range.
      const scoped = (n: string) => !/^DinhBien_Sheet_/.test(n);
      expect(names(after).filter(scoped)).toEqual(names(before).filter(scoped));
      expect(names(after).filter((n) => n.startsWith("DinhBien_")).length).toBe(2 * specs.length);
    });

    test("a new workbook of the documents alone holds the same sheets", async () => {
      const alone = await load((await newWorkbook(specs)).bytes);
      expect(alone.worksheets.map((w) => w.name)).toEqual(specs.map((s) => s.name));
      const spec = specs[0];
      const a = contents(before.getWorksheet(spec.name) as ExcelJS.Worksheet, 1);
      const b = contents(alone.getWorksheet(spec.name) as ExcelJS.Worksheet, 1);
      expect(b.cells).toEqual(a.cells);
    });
  }
);
