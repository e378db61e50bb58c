import { FakeExcel } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import { describeExcelError } from "../../src/excel/errors";
import type { SheetSpec } from "../../src/engine/sheets/spec";
import { listSpec, rosterRows } from "./helpers";
import { sampleWorkbook } from "../taskpane/sample-workbook";
import { createDinhBien } from "../../src/app";

function setup(rows = 100) {
  const fake = new FakeExcel();
  fake.addSheet("Phú Mỹ", rosterRows(rows), { merges: [{ top: 1, left: 1, bottom: 1, right: 9 }] });
  const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
  return { fake, port };
}

async function check(port: ExcelWorkbookPort) {
  const sheets = await port.listSheets();
  return port.readGrids(sheets.filter((s) => !s.generatedKind).map((s) => s.name));
}

describe("ExcelWorkbookPort reading", () => {
  test("a hidden or very hidden sheet says so on its grid (sheet-hidden, as in the CLI), in the same request", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Phú Mỹ", rosterRows(3));
    fake.addSheet("Danh sách cũ", rosterRows(3)).visibility = "Hidden";
    fake.addSheet("Lưu trữ", rosterRows(3)).visibility = "VeryHidden";
    const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
    const grids = await port.readGrids(["Phú Mỹ", "Danh sách cũ", "Lưu trữ"]);
    expect(grids.map((g) => g.hidden)).toEqual([undefined, "hidden", "veryHidden"]);
  });

  test("reads the used range with values normalised, its position and merges", async () => {
    const fake = new FakeExcel();
    fake.addSheet(
      "Tân Khánh Hòa",
      [
        [null, null],
        [null, "Họ và tên", "Phụ cấp"],
        [null, "Lê Thị Hoa", { formula: "=1390000*1", value: 1390000 }],
        [null, "", "#N/A"],
      ],
      { merges: [{ top: 2, left: 2, bottom: 2, right: 3 }] }
    );
    const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
    const [g] = await port.readGrids(["Tân Khánh Hòa"]);
    expect(g.firstRow).toBe(2);
    expect(g.firstCol).toBe(2);
    expect(g.cells).toEqual([
      ["Họ và tên", "Phụ cấp"],
      ["Lê Thị Hoa", 1390000],
      [null, { error: "#N/A" }],
    ]);
    expect(g.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 3 }]);
  });

  test("without ExcelApi 1.13 merges degrade to none instead of failing", async () => {
    const { fake, port } = setup(5);
    fake.supportedVersion = 12;
    const [g] = await port.readGrids(["Phú Mỹ"]);
    expect(g.merges).toEqual([]);
    expect(g.cells.length).toBe(7);
  });

  test("an empty sheet gives an empty grid", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Trống", []);
    const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
    expect((await port.readGrids(["Trống"]))[0].cells).toEqual([]);
  });

  test("a check costs the same number of syncs at 100 and at 10,000 roster rows", async () => {
    const small = setup(100);
    const large = setup(10000);
    const a = await check(small.port);
    const b = await check(large.port);
    expect(a[0].cells.length).toBe(102);
    expect(b[0].cells.length).toBe(10002);
    // listSheets 2 + extents 1 + values 1 (90,018 cells < 174,762 per request) + merges 1.
    expect(small.fake.syncCount).toBe(5);
    expect(large.fake.syncCount).toBe(small.fake.syncCount);
  });

  test("falls back to chunked reading when Excel refuses the one-shot response", async () => {
    const { fake, port } = setup(3000);
    fake.payloadLimit = 100 * 1024;
    const [g] = await port.readGrids(["Phú Mỹ"]);
    expect(g.cells.length).toBe(3002);
    expect(g.cells[3001][1]).toBe("Nguyễn Văn 3000");
  });
});

describe("ExcelWorkbookPort writing", () => {
  test("strings Excel would reinterpret are written as text, formulas only from spec.formula", async () => {
    const { fake, port } = setup(3);
    const tricky = [
      "=SUM(A1:A2)",
      "+84 912",
      "-",
      "- gạch đầu dòng",
      "@ghi chú",
      "'trích",
      "1.390.000",
      "(1)",
      "05/3/2010",
      "3/2010",
      "TRUE",
      "0,5",
    ];
    const long = "Qua sắp xếp, đã giảm được 30 người cấp xã và 85 người ở ấp, khu phố; ".repeat(6);
    const spec: SheetSpec = { ...listSpec(1), cells: [] };
    tricky.forEach((v, i) => spec.cells.push({ row: i + 1, col: 1, value: v }));
    spec.cells.push({ row: 20, col: 1, value: long });
    spec.cells.push({ row: 21, col: 1, value: 12, formula: "SUM(B1:B3)" });
    spec.cells.push({ row: 22, col: 1, value: 1149540875, style: "money" });
    const res = await port.writeSheets([spec]);
    const sheet = res.names["Danh sách chi trả"];
    tricky.forEach((v, i) => {
      const c = fake.sheet(sheet)!.cell(i + 1, 1)!;
      expect({ v, value: c.value, formula: c.formula }).toEqual({ v, value: v, formula: null });
    });
    expect(fake.sheet(sheet)!.cell(20, 1)!.value).toBe(long);
    expect(fake.sheet(sheet)!.cell(21, 1)!.formula).toBe("=SUM(B1:B3)");
    expect(fake.sheet(sheet)!.cell(22, 1)!.value).toBe(1149540875);
    expect(fake.sheet(sheet)!.cell(22, 1)!.numberFormat).toBe("#,##0");
    // text protection must not leave a text number format behind
    expect(fake.sheet(sheet)!.cell(7, 1)!.numberFormat).toBe("General");
  });

  test("generating costs the same number of syncs at 100 and 10,000 rows and stays under 5 MB", async () => {
    const small = setup(100);
    const large = setup(10000);
    await small.port.writeSheets([listSpec(100), listSpec(100, "arrangement", "Danh sách bố trí")]);
    await large.port.writeSheets([
      listSpec(10000),
      listSpec(10000, "arrangement", "Danh sách bố trí"),
    ]);
    // Sheets and workbook names; each sheet's names; drafts, content and the swap in one request.
    expect(small.fake.syncCount).toBe(3);
    expect(large.fake.syncCount).toBe(small.fake.syncCount);
    expect(large.fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(large.fake.sheet("Danh sách chi trả")!.cell(10003, 2)!.value).toBe("Nguyễn Văn 10000");
  });

  test("output beyond the payload budget is split across extra syncs instead of failing", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Phú Mỹ", rosterRows(2));
    const port = new ExcelWorkbookPort({
      run: fake.run,
      supports: fake.supports,
      payloadBudget: 200 * 1024,
    });
    fake.payloadLimit = 256 * 1024;
    await port.writeSheets([listSpec(5000)]);
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(fake.maxRequestBytes).toBeLessThan(256 * 1024);
    expect(fake.sheet("Danh sách chi trả")!.cell(5003, 2)!.value).toBe("Nguyễn Văn 5000");
  });

  test("formats, merges, widths, heights, freeze and print layout reach the sheet", async () => {
    const { fake, port } = setup(3);
    await port.writeSheets([listSpec(60)]);
    const s = fake.sheet("Danh sách chi trả")!;
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect(s.cell(1, 1)!.style.bold).toBe(true);
    expect(s.cell(1, 1)!.style.fontSize).toBe(13);
    expect(s.cell(5, 2)!.style.fontName).toBe("Times New Roman");
    expect(s.cell(5, 2)!.style.borders).toMatchObject({
      EdgeTop: "Continuous",
      InsideHorizontal: "Continuous",
    });
    expect(s.cell(5, 4)!.numberFormat).toBe("#,##0");
    expect(s.cell(64, 4)!.formula).toBe("=SUM(D4:D63)");
    // a bottom-only border is never stretched into inside lines
    expect(s.cell(66, 4)!.style.borders).toEqual({
      EdgeBottom: "Continuous",
      EdgeBottomWeight: "Thin",
    });
    // 28 characters → (28·7+5)·0,75 pt
    expect(s.columnWidths.get(2)).toBeCloseTo(150.75, 2);
    expect(s.rowHeights.get(3)).toBe(30);
    expect(s.freezeRows).toBe(3);
    expect(s.print.orientation).toBe("Landscape");
    expect(s.print.paperSize).toBe("A4");
    expect(s.print.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(s.print.printTitleRows).toBe("$3:$3");
    expect(s.print.margins.left).toBeCloseTo(85.04, 1);
    expect(s.print.centerFooter).toBe("Trang &P / &N");
    expect(s.pageBreaks).toEqual([50]);
  });

  test("every input cell's value and formula is identical before and after generating", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Phú Mỹ", [
      ["Họ và tên", "Hệ số", "Phụ cấp"],
      ["Lê Văn Tám", 1, { formula: "=B2*1390000", value: 1390000 }],
      ["Thạch Thị Sa Rươne", "1,5", { formula: "=B3*1390000", value: "#VALUE!" }],
    ]);
    const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
    const before = fake.snapshot("Phú Mỹ");
    await port.writeSheets([listSpec(10)]);
    await port.writeSheets([listSpec(12)]);
    await port.highlight([{ sheet: "Phú Mỹ", row: 3, col: 2 }]);
    await port.clearHighlights();
    expect(fake.snapshot("Phú Mỹ")).toEqual(before);
  });

  test("regenerating replaces only the add-in's own sheets; a clerk's clashing sheet survives", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Phú Mỹ", rosterRows(2));
    const clerk = fake.addSheet("Danh sách chi trả", [["Bảng của tôi", 42]]);
    const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
    const clerkBefore = fake.snapshot("Danh sách chi trả");

    const first = await port.writeSheets([listSpec(5)]);
    expect(first.names["Danh sách chi trả"]).toBe("Danh sách chi trả (2)");
    expect(first.replaced).toEqual([]);
    const second = await port.writeSheets([listSpec(7)]);
    expect(second.names["Danh sách chi trả"]).toBe("Danh sách chi trả (2)");
    expect(second.replaced).toEqual(["Danh sách chi trả (2)"]);

    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "Phú Mỹ",
      "Danh sách chi trả",
      "Danh sách chi trả (2)",
    ]);
    expect(fake.sheet("Danh sách chi trả")).toBe(clerk);
    expect(fake.snapshot("Danh sách chi trả")).toEqual(clerkBefore);
    expect(fake.sheet("Danh sách chi trả (2)")!.cell(10, 2)!.value).toBe("Nguyễn Văn 7");
    expect(fake.state.names.get("DinhBien_payments")).toBe("='Danh sách chi trả (2)'!$A$1");
    const listed = await port.listSheets();
    expect(listed.map((s) => s.generatedKind)).toEqual([null, null, "payments"]);
    expect(fake.state.settings.get("DinhBien.generated")).toMatchObject({
      sheets: { payments: "Danh sách chi trả (2)" },
    });
  });

  test("a generated sheet the clerk renamed is still recognised and replaced, not duplicated", async () => {
    const { fake, port } = setup(2);
    await port.writeSheets([listSpec(3)]);
    fake.sheet("Danh sách chi trả")!.name = "Chi trả cũ";
    fake.state.names.set("DinhBien_payments", "='Chi trả cũ'!$A$1");
    const listed = await port.listSheets();
    expect(listed.find((s) => s.name === "Chi trả cũ")!.generatedKind).toBe("payments");
    await port.writeSheets([listSpec(4)]);
    // the renamed sheet no longer has the spec's name, so planSheetWrites keeps it; ours is new
    expect(fake.state.sheets.map((s) => s.name)).toContain("Danh sách chi trả");
    expect(fake.state.names.get("DinhBien_payments")).toBe("='Danh sách chi trả'!$A$1");
  });
});

describe("ExcelWorkbookPort view", () => {
  test("select activates the sheet and selects the cell", async () => {
    const { fake, port } = setup(3);
    fake.addSheet("Vĩnh Điều", rosterRows(3));
    await port.select({ sheet: "Vĩnh Điều", row: 5, col: 6 });
    expect(fake.state.activeSheet).toBe("Vĩnh Điều");
    expect(fake.state.selection).toEqual({ sheet: "Vĩnh Điều", address: "F5" });
    expect(await port.activeSelection()).toEqual({ sheet: "Vĩnh Điều", address: "F5" });
  });

  test("highlights are tagged rules that clear away without touching the clerk's own rules or fills", async () => {
    const { fake, port } = setup(3);
    const sheet = fake.sheet("Phú Mỹ")!;
    sheet.ensure(4, 5).style.fill = "#FFFF00";
    sheet.conditionalFormats.push({
      id: 999,
      range: { top: 1, left: 1, bottom: 9, right: 9 },
      formula: '=$I1="Thôi việc"',
      fill: "#00FF00",
    });
    await port.highlight([
      { sheet: "Phú Mỹ", row: 4, col: 5 },
      { sheet: "Phú Mỹ", row: 5, col: 5 },
    ]);
    expect(sheet.conditionalFormats.length).toBe(3);
    const removed = await port.clearHighlights();
    expect(removed).toBe(2);
    expect(sheet.conditionalFormats.map((c) => c.id)).toEqual([999]);
    expect(sheet.cell(4, 5)!.style.fill).toBe("#FFFF00");
  });

  test("settings round-trip through the workbook", async () => {
    const { port } = setup(1);
    await port.writeSettings({ overrides: { "Phú Mỹ": { title: 5 } }, policyId: "nd34-2019" });
    expect(await port.readSettings(["overrides", "policyId", "absent"])).toEqual({
      overrides: { "Phú Mỹ": { title: 5 } },
      policyId: "nd34-2019",
    });
  });
});

describe("Excel error messages", () => {
  test.each([
    ["InvalidOperationInCellEditMode", "chế độ sửa ô", "editing a cell"],
    ["RequestPayloadSizeLimitExceeded", "5 MB", "5 MB"],
    ["ItemNotFound", "Không tìm thấy", "not found"],
    ["AccessDenied", "bảo vệ", "protected"],
    ["GeneralException", "Excel gặp lỗi", "Excel hit an error"],
    ["InvalidArgument", "đối số không hợp lệ", "invalid argument"],
    // Met by the planned reads and by long runs:
    ["Timeout", "quá nhiều thời gian", "too long"],
    ["RangeExceedsLimit", "1.048.576", "row 1,048,576"],
    ["InvalidOrTimedOutSession", "hết hạn", "timed out"],
    ["RequestAborted", "bị hủy", "aborted"],
  ])("%s", (code, vi, en) => {
    const e = Object.assign(new Error("raw"), { code });
    expect(describeExcelError(e, "vi").message).toContain(vi);
    expect(describeExcelError(e, "en").message).toContain(en);
    expect(describeExcelError(e, "vi").code).toBe(code);
  });

  test("an unknown error: a plain message with its code; the raw text only in detail", () => {
    const d = describeExcelError(new Error("boom"), "en");
    expect(d.message).toBe(
      "An unexpected error occurred. Save the workbook, close and reopen the Định Biên pane, then try again; if it persists, please report it with the error code (Unknown)."
    );
    expect(d.message).not.toContain("boom");
    expect(d.detail).toBe("boom");
  });
});

describe("ExcelWorkbookPort: the clerk's edits", () => {
  const pause = () => new Promise((r) => setTimeout(r, 20));

  test("input sheets' changes are told, the generated documents' are not; a burst is resolved together", async () => {
    const { fake, port } = sampleWorkbook();
    const heard: string[] = [];
    await port.watchInputChanges((s) => heard.push(s));
    // The add-in writes its five documents: Excel raises onChanged for each, none is input.
    await createDinhBien().generate(port, { lang: "vi" });
    await pause();
    expect(fake.state.sheets.length).toBe(9);
    expect(heard).toEqual([]);
    // The clerk edits a document: still not input.
    await fake.edit("Tổng hợp", "K2", "ghi chú");
    expect(heard).toEqual([]);
    // One edit to the roster: told, by name.
    let before = fake.syncCount;
    await fake.edit("Danh sách", "B20", "Nguyễn Sửa");
    const one = fake.syncCount - before;
    expect(heard).toEqual(["Danh sách"]);
    // Three edits at once: all told, in fewer requests than three single ones.
    before = fake.syncCount;
    await Promise.all([
      fake.edit("Đơn vị", "A2", "x"),
      fake.edit("Thông tin", "B2", "y"),
      fake.edit("Danh sách (có lỗi)", "B9", "z"),
    ]);
    await pause();
    expect([...heard.slice(1)].sort()).toEqual(["Danh sách (có lỗi)", "Thông tin", "Đơn vị"]);
    expect(fake.syncCount - before).toBeLessThan(3 * one);
  });

  test("a host without worksheets.onChanged (below ExcelApi 1.9) rejects the watch", async () => {
    const { fake, port } = sampleWorkbook();
    fake.supportedVersion = 8;
    await expect(port.watchInputChanges(() => undefined)).rejects.toThrow(/1\.9/);
  });
});
