import { FakeExcel } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import { mergeBandRows, RETRYABLE_CODES } from "../../src/excel/read";
import { rosterRows, sectionedRoster } from "./helpers";

/**
 * Reading within Excel's limits, against the strict fake: rosters laid out like the sample (a
 * merged section row every 8 rows) at 100, 10,000 and 200,000 people.
 */

function sectioned(n: number) {
  const fake = new FakeExcel();
  const { rows, merges } = sectionedRoster(n);
  fake.addSheet("Phú Mỹ", rows, { merges });
  const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
  return { fake, port, rows, merges };
}

async function check(port: ExcelWorkbookPort) {
  const sheets = await port.listSheets();
  return port.readGrids(sheets.filter((s) => !s.generatedKind).map((s) => s.name));
}

describe("reads planned from the extents", () => {
  test("a band of 109 rows × 9 columns cannot meet more than 512 merged areas", () => {
    // At most 109·9/2 = 490 areas inside, plus 9 crossing each edge: 490 + 18 = 508 ≤ 512.
    expect(mergeBandRows(9)).toBe(109);
    expect(Math.floor((109 * 9) / 2) + 2 * 9).toBeLessThanOrEqual(512);
    // A sheet wider than 256 columns can have 512 areas crossing one row's edges: one row a call.
    expect(mergeBandRows(300)).toBe(1);
  });

  test("100 and 10,000 sectioned rows: every value and merge read, in the same number of syncs", async () => {
    const small = sectioned(100);
    const large = sectioned(10000);
    // 10,000 people in sections of 7: ⌈10000/7⌉ = 1,429 section rows + the title = 1,430 merges,
    // far above the 512 one getMergedAreasOrNullObject over the used range may answer.
    expect(large.merges.length).toBe(1430);
    const [a] = await check(small.port);
    const [b] = await check(large.port);
    // 2 title/header rows + 100 people + ⌈100/7⌉ = 15 sections = 117 rows.
    expect(a.cells.length).toBe(117);
    expect(b.cells.length).toBe(2 + 10000 + 1429);
    expect(b.merges).toEqual(large.merges);
    expect(a.merges).toEqual(small.merges);
    expect(b.cells[b.cells.length - 1][1]).toBe("Nguyễn Văn 10000");
    // listSheets 2 (sheets and workbook names; each sheet's names) + extents 1 + values 1
    // (11,431 × 9 = 102,879 cells ≤ 131,072) + merges 1.
    expect(small.fake.syncCount).toBe(5);
    expect(large.fake.syncCount).toBe(small.fake.syncCount);
  });

  test("200,000 sectioned rows are read with no answer over 5 MB", async () => {
    const big = sectioned(200000);
    const [g] = await check(big.port);
    // 2 + 200,000 + ⌈200000/7⌉ = 28,572 sections.
    expect(g.cells.length).toBe(2 + 200000 + 28572);
    expect(g.merges!.length).toBe(28573);
    expect(g.cells[g.cells.length - 1][1]).toBe("Nguyễn Văn 200000");
    // 228,574 rows × 9 = 2,057,166 cells in requests of ≤ 131,072: 16 value requests; merges in
    // 2,098 calls of 109 rows, 256 calls a request: 9 requests. With listSheets and extents: 28.
    expect(big.fake.syncCount).toBe(2 + 1 + 16 + 9);
    // Each answer of the values bands: 131,067 cells of at most ~20 bytes ≈ 2.6 MB < 5 MB.
    expect(big.fake.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  }, 120000);

  test.each(RETRYABLE_CODES)(
    "a value request failing with %s is split and retried",
    async (code) => {
      const { fake, port } = sectioned(3000);
      // Request 1 is the extents; request 2 the first (whole) values band.
      fake.inject = (n) => (n === 2 ? code : null);
      const [g] = await port.readGrids(["Phú Mỹ"]);
      expect(fake.injected).toBe(1);
      expect(g.cells.length).toBe(2 + 3000 + 429);
      expect(g.cells[g.cells.length - 1][1]).toBe("Nguyễn Văn 3000");
    }
  );

  test("a merged-area request that fails at every size leaves the merges out, not the values", async () => {
    const { fake, port } = sectioned(300);
    // Requests: 1 extents, 2 values, 3 and later merges: always refused.
    fake.inject = (n) => (n >= 3 ? "GeneralException" : null);
    const [g] = await port.readGrids(["Phú Mỹ"]);
    expect(g.merges).toEqual([]);
    expect(g.cells.length).toBe(2 + 300 + 43);
  });

  test("an error that a smaller request cannot cure reaches the caller", async () => {
    const { fake, port } = sectioned(100);
    fake.inject = (n) => (n === 2 ? "AccessDenied" : null);
    await expect(port.readGrids(["Phú Mỹ"])).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("values answered as null (too many cells) are read again in smaller bands", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Phú Mỹ", rosterRows(2000));
    // 2,002 rows × 9 = 18,018 cells; with a 5,000-cell limit the whole band loads as null.
    fake.cellLimit = 5000;
    const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
    const [g] = await port.readGrids(["Phú Mỹ"]);
    expect(g.cells.length).toBe(2002);
    expect(g.cells[2001][1]).toBe("Nguyễn Văn 2000");
  });

  test("a stray value at row 1,048,576 is read without reading the empty rows", async () => {
    const fake = new FakeExcel();
    const s = fake.addSheet("Phú Mỹ", rosterRows(100));
    s.ensure(1048576, 1).value = "ghi chú";
    const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
    const [g] = await port.readGrids(["Phú Mỹ"]);
    expect(g.cells.length).toBe(1048576);
    expect(g.cells[101][1]).toBe("Nguyễn Văn 100");
    expect(g.cells[1048575][0]).toBe("ghi chú");
    expect(g.cells[500000]).toEqual([]);
    // extents; values of rows 1..14,563 (131,072 / 9 cells) holding the roster; rows 14,564..
    // 29,126, empty; the probe; the last row; merges over the rows not in the gap (29,127 rows
    // in calls of 109 rows = 268 calls, + 1 for the last row: 2 requests of ≤ 256 calls).
    expect(fake.syncCount).toBe(1 + 2 + 1 + 1 + 2);
  }, 60000);
});
