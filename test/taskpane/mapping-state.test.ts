import { initialState, reduce } from "../../src/taskpane/state";
import { analyze } from "../../src/engine/analyze";
import { buildSampleDistrict } from "../../src/engine/sample/giang-thanh";
import { FakeExcel } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import { writeMappingStore } from "../../src/excel/mapping-store";
import { MAPPING_SHEET, readMappingGrid } from "../../src/engine/roster/mapping-store";

const analysis = analyze(
  buildSampleDistrict().map((s) => ({
    sheet: s.name,
    firstRow: 1,
    firstCol: 1,
    cells: s.rows,
    merges: s.merges,
  }))
);

describe("pane state for column corrections", () => {
  test("a check started from the mapping view stays on its tab, errors or not", () => {
    const s = initialState("vi");
    expect(reduce(s, { type: "analysed", analysis, activeSheet: null }).tab).toBe("findings");
    expect(reduce(s, { type: "analysed", analysis, activeSheet: null, stay: true }).tab).toBe(
      "roster"
    );
  });

  test("corrections start from the workbook's stored ones; each change can be undone", () => {
    let s = reduce(initialState("vi"), {
      type: "analysed",
      analysis: { ...analysis, storedCorrections: { A: { columns: { start: { col: 3 } } } } },
      activeSheet: null,
    });
    expect(s.corrections).toEqual({ A: { columns: { start: { col: 3 } } } });
    s = reduce(s, { type: "corrections", corrections: {}, undoable: true });
    expect(s.corrections).toEqual({});
    s = reduce(s, { type: "undo" });
    expect(s.corrections).toEqual({ A: { columns: { start: { col: 3 } } } });
    expect(s.undo).toEqual([]);
  });
});

describe("the stored mapping through office-js", () => {
  test("written very hidden; a shorter mapping leaves no rows of the longer one behind", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Phú Mỹ", [["Họ và tên", "Chức danh", "Phương án"]]);
    const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
    await writeMappingStore(fake.run, {
      "Phú Mỹ": {
        headerRows: [1],
        columns: { start: { col: 11, header: "Mốc" }, note: { col: null } },
      },
      "Vĩnh Điều": { columns: { end: { col: 12 } } },
    });
    await writeMappingStore(fake.run, {
      "Phú Mỹ": { columns: { start: { col: 11, header: "Mốc" } } },
    });
    expect(fake.sheet(MAPPING_SHEET)?.visibility).toBe("VeryHidden");
    const [grid] = await port.readGrids([MAPPING_SHEET]);
    expect(readMappingGrid(grid)).toEqual({
      "Phú Mỹ": { columns: { start: { col: 11, header: "Mốc" } } },
    });
  });
});
