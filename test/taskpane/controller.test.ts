import {
  runCheck,
  runGenerate,
  insertSample,
  findingRef,
  withInfo,
} from "../../src/taskpane/controller";
import { EMPTY_SETTINGS } from "../../src/taskpane/state";
import { FakeExcel } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import { sampleWorkbook } from "./sample-workbook";

describe("pane controller on the sample district", () => {
  test("check finds the rosters; generate writes the five sheets and the founding report's sentence", async () => {
    const { fake, port } = sampleWorkbook();
    const before = fake.state.sheets.map((s) => fake.snapshot(s.name));
    const checked = await runCheck(port, EMPTY_SETTINGS, "vi", () => undefined);
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.analysis.roster.mappings.map((m) => m.sheet)).toEqual([
      "Danh sách",
      "Danh sách (có lỗi)",
    ]);

    const phases: string[] = [];
    const out = await runGenerate(port, EMPTY_SETTINGS, "vi", (p) => phases.push(p));
    if (!out.ok) throw new Error(out.message);
    expect(phases).toEqual(expect.arrayContaining(["read", "analyze", "write"]));
    const text = out.analysis.report.narrative.join(" ");
    expect(text).toContain("113 trường hợp (cấp xã 25 trường hợp, ấp 88 trường hợp)");
    expect(text).toContain("1.149.540.875 đồng");
    expect(out.names).toEqual([
      "Tổng hợp",
      "Danh sách chi trả",
      "Danh sách bố trí",
      "Kiểm tra",
      "Chi tiết tính",
    ]);
    for (const n of out.names) expect(fake.sheet(n)).toBeDefined();
    // the clerk's four sheets are untouched
    expect(fake.state.sheets.slice(0, 4).map((s) => fake.snapshot(s.name))).toEqual(before);

    // regenerating replaces the five, adds nothing
    const again = await runGenerate(port, EMPTY_SETTINGS, "vi", () => undefined);
    expect(again.ok && again.result.replaced.length).toBe(5);
    expect(fake.state.sheets.length).toBe(9);
  });

  test("a workbook without a roster gives the roster-not-found finding, not a crash", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1", [["xin chào"]]);
    const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
    const out = await runCheck(port, EMPTY_SETTINGS, "vi", () => undefined);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.finding?.code).toBe("roster-not-found");
  });

  test("an Excel failure becomes a clear message", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1", [["a"]]);
    const port = new ExcelWorkbookPort({
      run: () =>
        Promise.reject(Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" })),
      supports: fake.supports,
    });
    const out = await runCheck(port, EMPTY_SETTINGS, "en", () => undefined);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toContain("Press Enter or Esc");
  });

  test("the sample can be inserted into an empty workbook and then checked", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1", []);
    const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
    const ins = await insertSample(port, "vi");
    expect(ins).toEqual({
      ok: true,
      names: ["Đơn vị", "Thông tin", "Danh sách", "Danh sách (có lỗi)"],
    });
    // text dates stay text, numbers stay numbers
    const out = await runGenerate(port, EMPTY_SETTINGS, "vi", () => undefined);
    if (!out.ok) throw new Error(out.message);
    expect(out.analysis.report.totals.amount.total).toBe(1149540875);
  });

  test("inserting the sample into a workbook that already holds it is refused with a message", async () => {
    const { fake, port } = sampleWorkbook();
    const before = fake.state.sheets.map((s) => s.name);
    const vi = await insertSample(port, "vi");
    expect(vi.ok).toBe(false);
    if (!vi.ok) expect(vi.message).toMatch(/^Sổ tính đã có dữ liệu mẫu \(Đơn vị, Thông tin, /);
    const en = await insertSample(port, "en");
    if (!en.ok) expect(en.message).toContain("count every person twice");
    expect(en.ok).toBe(false);
    // no "Danh sách (2)": the workbook is as it was
    expect(fake.state.sheets.map((s) => s.name)).toEqual(before);
  });

  test("findingRef turns a finding's sheet and A1 cell into a reference", () => {
    expect(findingRef({ sheet: "Phú Mỹ", cell: "F12" } as never)).toEqual({
      sheet: "Phú Mỹ",
      row: 12,
      col: 6,
    });
    expect(findingRef({ sheet: "Phú Mỹ", cell: "AB3" } as never)).toEqual({
      sheet: "Phú Mỹ",
      row: 3,
      col: 28,
    });
    expect(findingRef({ sheet: "Phú Mỹ", cell: null } as never)).toBeNull();
  });

  test("signers typed in the pane override the Thông tin sheet; blank ones keep it", async () => {
    const { port } = sampleWorkbook();
    const checked = await runCheck(port, EMPTY_SETTINGS, "vi", () => undefined);
    if (!checked.ok) throw new Error(checked.message);
    const fromSheet = checked.analysis.info.signers;
    const merged = withInfo(checked.analysis, {
      ...EMPTY_SETTINGS.info,
      preparer: "  Trần Văn Mới ",
    });
    expect(merged.info.signers.preparer).toBe("Trần Văn Mới");
    expect(merged.info.signers.head).toBe(fromSheet.head);
    expect(merged.info.place).toBe(checked.analysis.info.place);
  });
});
