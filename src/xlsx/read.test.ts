import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { InputFileError, readWorkbookFile } from "./read";
import { gridFromWorksheet } from "../../test/support/exceljs-grid";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dinh-bien-read-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function writeBook(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("readWorkbookFile", () => {
  it("normalises every kind of cell value", async () => {
    const file = await writeBook("values.xlsx", (wb) => {
      const ws = wb.addWorksheet("Danh sách");
      ws.getCell("B2").value = "Họ và tên";
      ws.getCell("C2").value = 1.5;
      const date = ws.getCell("D2");
      date.value = new Date(Date.UTC(2010, 2, 5));
      date.numFmt = "dd/mm/yyyy";
      ws.getCell("E2").value = { formula: "C2*2", result: 3 };
      ws.getCell("F2").value = { formula: "C2*3" } as ExcelJS.CellFormulaValue;
      ws.getCell("G2").value = {
        richText: [{ text: "Phú " }, { font: { bold: true }, text: "Mỹ" }],
      };
      ws.getCell("H2").value = { text: "liên kết", hyperlink: "https://example.org" };
      ws.getCell("I2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("J2").value = true;
      ws.getCell("C3").value = 2;
      ws.getCell("E3").value = { sharedFormula: "E2", result: 4 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("D4").value = { formula: "D2+1", result: new Date(Date.UTC(2010, 2, 6)) };
      ws.getCell("D4").numFmt = "dd/mm/yyyy";
    });
    const { grids } = await readWorkbookFile(file);
    expect(grids).toHaveLength(1);
    const g = grids[0];
    expect(g.sheet).toBe("Danh sách");
    expect(g.firstRow).toBe(2);
    expect(g.firstCol).toBe(2);
    const at = (a1row: number, col: number) => g.cells[a1row - g.firstRow][col - g.firstCol];
    expect(at(2, 2)).toBe("Họ và tên");
    expect(at(2, 3)).toBe(1.5);
    // 2010-03-05 is serial 40242 in Excel's 1900 system.
    expect(at(2, 4)).toBe(40242);
    expect(at(2, 5)).toBe(3);
    expect(at(2, 6)).toBeNull();
    expect(at(2, 7)).toBe("Phú Mỹ");
    expect(at(2, 8)).toBe("liên kết");
    expect(at(2, 9)).toEqual({ error: "#N/A" });
    expect(at(2, 10)).toBe(true);
    expect(at(3, 5)).toBe(4);
    expect(at(4, 4)).toBe(40243);
    // Rows are padded to the used width.
    expect(g.cells[2]).toHaveLength(9);
  });

  it("reports merges, hidden rows and hidden columns, and blanks merged non-master cells", async () => {
    const file = await writeBook("merges.xlsx", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "Năm sinh";
      ws.mergeCells("A1:B1");
      ws.getCell("A2").value = "Nam";
      ws.getCell("B2").value = "Nữ";
      ws.getCell("C3").value = "x";
      ws.getRow(2).hidden = true;
      ws.getColumn(3).hidden = true;
    });
    const { grids } = await readWorkbookFile(file);
    const g = grids[0];
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(g.cells[0]).toEqual(["Năm sinh", null, null]);
    expect(g.hiddenRows).toEqual([2]);
    expect(g.hiddenCols).toEqual([3]);
  });

  it("reads 20,000 rows", async () => {
    const file = await writeBook("big.xlsx", (wb) => {
      const ws = wb.addWorksheet("Big");
      for (let r = 1; r <= 20000; r++) ws.addRow([r, `Người ${r}`, "Công an viên", 0.8]);
    });
    const { grids } = await readWorkbookFile(file);
    expect(grids[0].cells).toHaveLength(20000);
    expect(grids[0].cells[19999]).toEqual([20000, "Người 20000", "Công an viên", 0.8]);
  });

  it("rejects a missing file", async () => {
    const missing = path.join(dir, "khong-co.xlsx");
    await expect(readWorkbookFile(missing)).rejects.toThrow(`không tìm thấy tệp ${missing}`);
    await expect(readWorkbookFile(missing, "en")).rejects.toThrow(`file not found: ${missing}`);
  });

  it("rejects text, CSV and old .xls files by their signature", async () => {
    const text = path.join(dir, "text.xlsx");
    fs.writeFileSync(text, "Họ và tên,Chức danh\n");
    await expect(readWorkbookFile(text)).rejects.toThrow("không phải tệp Excel .xlsx");
    const xls = path.join(dir, "old.xls");
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const err = await readWorkbookFile(xls).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputFileError);
    expect((err as InputFileError).problem).toBe("not-xlsx");
    expect((err as Error).message).toContain(".xls cũ");
  });

  it("rejects a damaged zip", async () => {
    const bad = path.join(dir, "bad.xlsx");
    fs.writeFileSync(
      bad,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)])
    );
    const err = await readWorkbookFile(bad).catch((e: unknown) => e);
    expect((err as InputFileError).problem).toBe("unreadable");
    expect((err as Error).message).not.toMatch(/\n/);
  });

  it("rejects a workbook whose sheets hold no value", async () => {
    const file = await writeBook("empty.xlsx", (wb) => {
      wb.addWorksheet("Sheet1");
      wb.addWorksheet("Sheet2").getCell("B2").numFmt = "0.00";
    });
    const err = await readWorkbookFile(file).catch((e: unknown) => e);
    expect((err as InputFileError).problem).toBe("empty");
  });
});

describe("gridFromWorksheet", () => {
  it("gives an empty grid for an empty sheet", () => {
    const wb = new ExcelJS.Workbook();
    const g = gridFromWorksheet(wb.addWorksheet("Trống"));
    expect(g).toMatchObject({ sheet: "Trống", firstRow: 1, firstCol: 1, cells: [] });
  });
});
