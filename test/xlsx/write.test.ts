import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildSheets } from "../../src/engine/sheets/build";
import { sampleAnalysis } from "../../src/engine/sheets/__fixtures__/analysis";
import { listMarkedSheets, writeSheetSpecs } from "../support/exceljs-layout";
import { XlsxWorkbookPort } from "../support/exceljs-port";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf);
  return back;
}

function clerkWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("DS").getCell("A1").value = "Họ và tên";
  wb.addWorksheet("Tổng hợp").getCell("B2").value = "Bảng của tôi";
  return wb;
}

const specs = () =>
  buildSheets(sampleAnalysis({ withError: true }), { documentDate: "2019-03-05" });

describe("writeSheetSpecs", () => {
  test("a clerk's sheet named Tổng hợp survives; ours becomes Tổng hợp (2); regeneration replaces only ours", async () => {
    let wb = clerkWorkbook();
    const first = writeSheetSpecs(wb, specs());
    expect(first.names["Tổng hợp"]).toBe("Tổng hợp (2)");
    expect(first.replaced).toEqual([]);
    wb = await roundTrip(wb);
    expect(listMarkedSheets(wb)).toEqual([
      { name: "DS", marker: null },
      { name: "Tổng hợp", marker: null },
      { name: "Tổng hợp (2)", marker: "summary" },
      { name: "Danh sách chi trả", marker: "payments" },
      { name: "Danh sách bố trí", marker: "arrangement" },
      { name: "Kiểm tra", marker: "findings" },
      { name: "Chi tiết tính", marker: "trace" },
    ]);

    const second = writeSheetSpecs(wb, specs());
    expect(second.replaced.sort()).toEqual(
      ["Chi tiết tính", "Danh sách bố trí", "Danh sách chi trả", "Kiểm tra", "Tổng hợp (2)"].sort()
    );
    expect(second.names["Tổng hợp"]).toBe("Tổng hợp (2)");
    wb = await roundTrip(wb);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "DS",
      "Tổng hợp",
      "Tổng hợp (2)",
      "Danh sách chi trả",
      "Danh sách bố trí",
      "Kiểm tra",
      "Chi tiết tính",
    ]);
    expect(wb.getWorksheet("Tổng hợp")?.getCell("B2").value).toBe("Bảng của tôi");
    expect(wb.getWorksheet("DS")?.getCell("A1").value).toBe("Họ và tên");
    const port = new XlsxWorkbookPort(wb);
    const infos = await port.listSheets();
    expect(infos.filter((s) => s.generatedKind !== null)).toHaveLength(5);
  });

  test("formulas keep cached results; formula-looking names are text; print setup and styles", async () => {
    const wb = await roundTrip(
      (() => {
        const w = clerkWorkbook();
        writeSheetSpecs(w, specs());
        return w;
      })()
    );
    const pay = wb.getWorksheet("Danh sách chi trả");
    if (!pay) throw new Error("no sheet");
    const values: ExcelJS.CellValue[] = [];
    pay.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toContain('=HYPERLINK("http://x","y")');
    expect(values).toContain("+Văn thư");
    const formulas = values.filter(
      (v): v is ExcelJS.CellFormulaValue => typeof v === "object" && v !== null && "formula" in v
    );
    expect(formulas.map((f) => f.result)).toEqual(
      expect.arrayContaining([20850000, 5560000, 26410000, 6950000])
    );
    expect(formulas.every((f) => /^SUM\(/.test(f.formula))).toBe(true);

    expect(pay.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(pay.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(pay.pageSetup.margins?.left).toBeCloseTo(30 / 25.4, 3);
    expect(pay.headerFooter.oddFooter).toContain("Trang &P/&N");

    const an = pay.getColumn(2).values.findIndex((v) => v === "Nguyễn Văn An");
    expect(pay.getCell(an, 2).font.name).toBe("Times New Roman");
    expect(pay.getCell(an, 13).numFmt).toBe("#,##0");

    const check = wb.getWorksheet("Kiểm tra");
    let link: ExcelJS.CellValue = null;
    check?.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as ExcelJS.CellFormulaValue;
        if (typeof v === "object" && v && "formula" in v && v.formula.startsWith("HYPERLINK"))
          link = v;
      })
    );
    expect(link).toEqual({ formula: 'HYPERLINK("#\'DS\'!J14","J14")', result: "J14" });
  });

  test("a manual page break before each commune's block after the first", () => {
    const wb = clerkWorkbook();
    const built = specs();
    writeSheetSpecs(wb, built);
    const pay = wb.getWorksheet("Danh sách chi trả");
    // ExcelJS records a break after a row (it does not read them back, so check before saving).
    const rowBreaks = (pay as unknown as { rowBreaks: { id: number; man: number }[] }).rowBreaks;
    expect(rowBreaks.map((b) => b.id + 1)).toEqual(built[1].print.pageBreaksBefore);
    expect(rowBreaks.length).toBe(1);
  });

  test("the written file is a valid xlsx on disk", async () => {
    const wb = clerkWorkbook();
    writeSheetSpecs(wb, specs());
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dinhbien-")), "out.xlsx");
    await wb.xlsx.writeFile(out);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});
