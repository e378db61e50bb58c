import { FakeExcel, PAYLOAD_LIMIT } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import { analyze } from "../../src/engine/analyze";
import { buildSheets } from "../../src/engine/sheets/build";
import type { Grid } from "../../src/engine/types";
import type { SheetSpec } from "../../src/engine/sheets/spec";
import { runGenerate } from "../../src/taskpane/controller";
import { EMPTY_SETTINGS } from "../../src/taskpane/state";
import { makeSyntheticRoster } from "../../scripts/synthetic";

const SEED = 20190118;
const BUDGET = 4 * 1024 * 1024;

function fakeWith(grids: Grid[]): FakeExcel {
  const fake = new FakeExcel();
  for (const g of grids) {
    const rows: Grid["cells"] = [];
    for (let r = 1; r < g.firstRow; r++) rows.push([]);
    for (const line of g.cells) rows.push([...new Array(g.firstCol - 1).fill(null), ...line]);
    fake.addSheet(g.sheet, rows);
  }
  return fake;
}

/** What the fake measures for writing these specs in one request (no budget, no limit). */
async function oneRequestBytes(specs: SheetSpec[]): Promise<number> {
  const fake = new FakeExcel();
  fake.addSheet("Danh sách", [["x"]]);
  fake.payloadLimit = Number.MAX_SAFE_INTEGER;
  const port = new ExcelWorkbookPort({
    run: fake.run,
    supports: fake.supports,
    payloadBudget: Number.MAX_SAFE_INTEGER,
  });
  await port.writeSheets(specs);
  return fake.maxRequestBytes;
}

async function generate(rows: number): Promise<{ fake: FakeExcel; ok: boolean }> {
  const fake = fakeWith(makeSyntheticRoster(rows, rows === 100 ? 1 : 25, SEED));
  const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
  fake.syncCount = 0;
  const r = await runGenerate(port, EMPTY_SETTINGS, "vi", () => undefined);
  return { fake, ok: r.ok };
}

describe("request size", () => {
  test("the writer's estimate bounds what Excel is sent: with limit = budget, no request is refused", async () => {
    // The five documents of a 1,000-row district exercise every kind of call (values, number
    // formats, styles over many areas, merges, links, heights, print setup). With Excel's limit
    // set to the writer's budget, a single underestimated request would be refused.
    const analysis = analyze(makeSyntheticRoster(1000, 5, SEED), {});
    const specs = buildSheets(analysis, { documentDate: "2019-01-15" });
    const total = await oneRequestBytes(specs);
    for (const budget of [48 * 1024, 100 * 1024]) {
      const fake = new FakeExcel();
      fake.addSheet("Danh sách", [["x"]]);
      fake.payloadLimit = budget;
      const port = new ExcelWorkbookPort({
        run: fake.run,
        supports: fake.supports,
        payloadBudget: budget,
      });
      await port.writeSheets(specs);
      expect(fake.maxRequestBytes).toBeLessThanOrEqual(budget);
      // It did have to split: the output is several budgets large.
      expect(fake.syncCount).toBeGreaterThan(2 + Math.floor(total / budget) - 1);
      const trace = fake.sheet("Chi tiết tính")!;
      expect(trace.cells.size).toBeGreaterThan(1000);
    }
  });

  test("Vietnamese text is counted in UTF-8 bytes", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A", [["x"]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("A1").values = [["ệệệệệệệệệệ"]];
      await context.sync();
    });
    // 10 letters of 3 bytes each, plus the quotes and brackets of the JSON.
    expect(fake.maxRequestBytes).toBeGreaterThanOrEqual(30 + 6);
  });

  test("generate at 100 and 10,000 synthetic rows: no request over 5 MB; syncs bounded by output size", async () => {
    const small = await generate(100);
    const large = await generate(10000);
    expect(small.ok).toBe(true);
    expect(large.ok).toBe(true);
    expect(small.fake.maxRequestBytes).toBeLessThanOrEqual(BUDGET);
    expect(large.fake.maxRequestBytes).toBeLessThanOrEqual(BUDGET);
    expect(large.fake.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(large.fake.sheet("Chi tiết tính")!.cells.size).toBeGreaterThan(3000 * 14);

    // The output at 10,000 rows (≈ 3,200 paid leavers, ≈ 1,600 hamlets) is about 4.2 MB as the
    // fake counts it — above one 4 MB budget — so one extra request is honest; more would mean
    // syncs growing with something other than the bytes written.
    const analysis = analyze(makeSyntheticRoster(10000, 25, SEED), {});
    const written = await oneRequestBytes(buildSheets(analysis, { documentDate: "2019-01-15" }));
    const extra = large.fake.syncCount - small.fake.syncCount;
    expect(extra).toBeGreaterThanOrEqual(0);
    // The estimate is at most twice the fake's count (OP_BYTES 200 against its 120 per call).
    expect(extra).toBeLessThanOrEqual(Math.ceil((2 * written) / BUDGET) - 1);
    if (written * 2 <= BUDGET) expect(extra).toBe(0);
    // check 5 (list 2, extents, values, merges) + write 3 (list 2, drafts and swap) + the extra
    // one or two above.
    expect(large.fake.syncCount).toBeLessThanOrEqual(10);
  });
});
