import { FakeExcel, FakeOfficeError } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import { writeMappingStore } from "../../src/excel/mapping-store";
import { changedSheets, loadSettings, saveCorrections } from "../../src/taskpane/controller";
import {
  MAPPING_SHEET,
  readMappingGrid,
  withCorrection,
} from "../../src/engine/roster/mapping-store";
import type { XlRequestContext } from "../../src/excel/api";

/** Settings and column corrections against the strict fake: read failures said, writes merged. */

function failingSettings(fake: FakeExcel, code = "GeneralException") {
  return new ExcelWorkbookPort({
    run: (batch) =>
      fake.run(async (ctx: XlRequestContext) => {
        ctx.workbook.settings.getItemOrNullObject = () => {
          throw new FakeOfficeError(code, "settings unavailable");
        };
        return batch(ctx);
      }),
    supports: fake.supports,
  });
}

async function storedMapping(fake: FakeExcel) {
  const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
  const [grid] = await port.readGrids([MAPPING_SHEET]);
  return readMappingGrid(grid);
}

describe("settings", () => {
  test("a failed read is a failure with a message, not the default policy", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A", [["x"]]);
    fake.state.settings.set("DinhBien.policyChoice", "nd34-2019");
    const out = await loadSettings(failingSettings(fake), "vi");
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.message).toMatch(/^Không đọc được thiết lập đã lưu trong sổ tính/);
    expect(out.message).toMatch(/Excel gặp lỗi khi thực hiện yêu cầu/);
    // Nothing was written over the clerk's settings.
    expect(fake.state.settings.get("DinhBien.policyChoice")).toBe("nd34-2019");
  });

  test("a readable store gives the saved values", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A", [["x"]]);
    fake.state.settings.set("DinhBien.policyChoice", "nd34-2019");
    const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
    expect(await loadSettings(port, "en")).toEqual({
      ok: true,
      settings: { policyChoice: "nd34-2019" },
    });
  });
});

/** Stored corrections for two sheets: Phú Mỹ's start date in G, Tân Hòa's end date in H. */
const twoSheets = () =>
  withCorrection(withCorrection({}, "Phú Mỹ", "start", { col: 7 }), "Tân Hòa", "end", { col: 8 });

describe("column corrections merge per sheet", () => {
  test("the sheets a change touched", () => {
    const a = withCorrection({}, "Phú Mỹ", "start", { col: 7 });
    const b = withCorrection(a, "Tân Hòa", "end", { col: 8 });
    expect(changedSheets(a, b)).toEqual(["Tân Hòa"]);
    expect(changedSheets(b, a)).toEqual(["Tân Hòa"]);
    expect(changedSheets(b, b)).toEqual([]);
  });

  test("one sheet's correction keeps the corrections stored for the other sheets", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A", [["x"]]);
    await writeMappingStore(fake.run, twoSheets());
    // The pane knows nothing of them (its run failed before reading them) and corrects Mỹ Lộc.
    const pane = withCorrection({}, "Mỹ Lộc", "title", { col: 5 });
    const port = Object.assign(new ExcelWorkbookPort({ run: fake.run, supports: fake.supports }), {
      writeMapping: (c: typeof pane, changed?: string[]) => writeMappingStore(fake.run, c, changed),
    });
    expect(await saveCorrections(port, pane, "vi", {})).toBeNull();
    const after = await storedMapping(fake);
    expect(Object.keys(after).sort()).toEqual(["Mỹ Lộc", "Phú Mỹ", "Tân Hòa"]);
    expect(after["Phú Mỹ"].columns?.start?.col).toBe(7);
    expect(after["Tân Hòa"].columns?.end?.col).toBe(8);
    expect(after["Mỹ Lộc"].columns?.title?.col).toBe(5);
  });

  test("undoing a sheet's last correction removes only that sheet's entry", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A", [["x"]]);
    const both = twoSheets();
    await writeMappingStore(fake.run, both);
    const onlyMy = withCorrection({}, "Phú Mỹ", "start", { col: 7 });
    await writeMappingStore(fake.run, onlyMy, changedSheets(both, onlyMy));
    expect(Object.keys(await storedMapping(fake))).toEqual(["Phú Mỹ"]);
  });
});
