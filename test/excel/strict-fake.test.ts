import {
  CELL_LIMIT,
  FakeExcel,
  MERGED_AREA_LIMIT,
  PAYLOAD_LIMIT,
} from "../support/fake-excel/fake-excel";

/**
 * The fake is as strict as Excel where the adapter could otherwise pass a test that Excel would
 * fail: the limits of the office-js reference (512 merged areas per getMergedAreasOrNullObject,
 * 5 MB responses on the web, values null beyond 5 million cells), failures at any request, and
 * what Excel does to names and formulas when the clerk copies, renames or deletes a sheet.
 */

function mergedRows(n: number): FakeExcel {
  const fake = new FakeExcel();
  const s = fake.addSheet("Phú Mỹ", [["x"]]);
  for (let r = 1; r <= n; r++) s.merges.push({ top: r, left: 1, bottom: r, right: 3 });
  return fake;
}

async function mergedAreas(fake: FakeExcel, address: string): Promise<string> {
  return fake.run(async (context) => {
    const a = context.workbook.worksheets
      .getItem("Phú Mỹ")
      .getRange(address)
      .getMergedAreasOrNullObject();
    a.load("address");
    await context.sync();
    return a.address;
  });
}

describe("the strict fake's limits", () => {
  test("getMergedAreasOrNullObject answers 512 areas and fails the request at 513", async () => {
    expect(MERGED_AREA_LIMIT).toBe(512);
    const fake = mergedRows(513);
    // A1:C512 meets rows 1..512: 512 areas, allowed.
    const ok = await mergedAreas(fake, "A1:C512");
    expect(ok.split(",").length).toBe(512);
    await expect(mergedAreas(fake, "A1:C513")).rejects.toMatchObject({ code: "GeneralException" });
  });

  test("an answer above 5 MB is refused (ResponsePayloadSizeLimitExceeded)", async () => {
    expect(PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
    const fake = new FakeExcel();
    // 60,000 rows × 10 cells of 10 letters: 600,000 × (10 + 3 quotes/comma) ≈ 7.8 MB of JSON.
    const rows = Array.from({ length: 60000 }, () =>
      Array.from({ length: 10 }, () => "abcdefghij")
    );
    fake.addSheet("A", rows);
    const read = (address: string) =>
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem("A").getRange(address);
        r.load("values");
        await context.sync();
        const values = r.values;
        return values ? values.length : -1;
      });
    await expect(read("A1:J60000")).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
    // Half of it (≈ 3.9 MB) passes.
    await expect(read("A1:J30000")).resolves.toBe(30000);
  });

  test("a range of more than 5 million cells loads values as null", async () => {
    expect(CELL_LIMIT).toBe(5_000_000);
    const fake = new FakeExcel();
    const s = fake.addSheet("A", [["x"]]);
    s.ensure(1048576, 9).value = "stray";
    const values = await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem("A").getUsedRangeOrNullObject(true);
      used.load("values,rowCount,columnCount");
      await context.sync();
      // 1,048,576 rows × 9 columns = 9,437,184 cells > 5,000,000.
      expect(used.rowCount * used.columnCount).toBe(9437184);
      return used.values;
    });
    expect(values).toBeNull();
  });

  test("an injected failure fails that request only and rolls its writes back", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A", [["x"]]);
    fake.inject = (n) => (n === 2 ? "Timeout" : null);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("B1").values = [["first"]];
        await context.sync(); // request 1: applied
        context.workbook.worksheets.getItem("A").getRange("C1").values = [["second"]];
        context.workbook.worksheets.add("Mới");
        await context.sync(); // request 2: fails
      })
    ).rejects.toMatchObject({ code: "Timeout" });
    expect(fake.valueAt("A", "B1")).toBe("first");
    expect(fake.valueAt("A", "C1")).toBeNull();
    expect(fake.sheet("Mới")).toBeUndefined();
    expect(fake.injected).toBe(1);
  });
});

describe("the strict fake's names and formulas", () => {
  function marked(): FakeExcel {
    const fake = new FakeExcel();
    fake.addSheet("Phú Mỹ", [["x"]]);
    fake.addSheet("Tổng hợp", [["TỔNG HỢP"], [1149540875]]);
    fake.state.names.set("DinhBien_summary", "='Tổng hợp'!$A$1");
    fake.setFormula("Phú Mỹ", "B1", "='Tổng hợp'!A2", 1149540875);
    return fake;
  }

  test("a copy gets a sheet-scoped copy of the workbook name, the original keeps its own", () => {
    const fake = marked();
    const copy = fake.copySheet("Tổng hợp");
    expect(copy.name).toBe("Tổng hợp (2)");
    expect(copy.names.get("DinhBien_summary")).toBe("='Tổng hợp (2)'!$A$1");
    expect(fake.state.names.get("DinhBien_summary")).toBe("='Tổng hợp'!$A$1");
    expect([...fake.state.names.keys()]).toEqual(["DinhBien_summary"]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Phú Mỹ", "Tổng hợp", "Tổng hợp (2)"]);
  });

  test("a rename rewrites names and the clerk's formulas", () => {
    const fake = marked();
    fake.renameSheet("Tổng hợp", "TH 2024");
    expect(fake.state.names.get("DinhBien_summary")).toBe("='TH 2024'!$A$1");
    expect(fake.formulaAt("Phú Mỹ", "B1")).toBe("='TH 2024'!A2");
  });

  test("deleting a sheet turns formulas and names pointing into it into #REF!", async () => {
    const fake = marked();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Tổng hợp").delete();
      await context.sync();
    });
    expect(fake.formulaAt("Phú Mỹ", "B1")).toBe("=#REF!");
    expect(fake.valueAt("Phú Mỹ", "B1")).toBe("#REF!");
    expect(fake.state.names.get("DinhBien_summary")).toBe("=#REF!$A$1");
  });
});
