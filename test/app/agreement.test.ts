/**
 * Issue 8, "done when": the bundled sample run through the task pane's controller (office-js
 * adapter over the fake Excel), the ribbon commands (the same adapter, the functions the ribbon
 * buttons call) and the CLI (ExcelJS adapter on the .xlsx file) gives the same findings, the same
 * payouts and the same sheet specs. All three are shells over one application service; this test
 * keeps it that way.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Grid, SheetSpec, WorkbookPort } from "../../src/engine";
import { FakeExcel } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import { readWorkbookFile } from "../../src/xlsx/read";
import { writeSheetSpecs } from "../support/exceljs-layout";
import { runCheck, runGenerate, type PanePort } from "../../src/taskpane/controller";
import { EMPTY_SETTINGS } from "../../src/taskpane/state";
import { checkJson, payoutsJsonOf } from "../../src/cli/main";
import { cli, SAMPLE } from "../cli/helpers";

// commands.ts registers its handlers with Office when loaded: a minimal Office for that.
(globalThis as unknown as Record<string, unknown>).Office = {
  onReady: (cb?: () => void) => Promise.resolve(cb?.()),
  actions: { associate: () => undefined },
};

const DOCUMENTS = [
  "Tổng hợp",
  "Danh sách chi trả",
  "Danh sách bố trí",
  "Kiểm tra",
  "Chi tiết tính",
];

/** A fake Excel holding exactly the grids the CLI reads from the sample file. */
function fakeOf(grids: Grid[]): FakeExcel {
  const fake = new FakeExcel();
  for (const g of grids) {
    const rows: Grid["cells"] = [];
    for (let r = 1; r < g.firstRow; r++) rows.push([]);
    for (const line of g.cells) rows.push([...new Array(g.firstCol - 1).fill(null), ...line]);
    fake.addSheet(g.sheet, rows, { merges: g.merges });
  }
  return fake;
}

/** The port with every batch of specs it is asked to write recorded. */
function recording<P extends WorkbookPort>(port: P): { port: P; written: SheetSpec[][] } {
  const written: SheetSpec[][] = [];
  const wrapped = new Proxy(port, {
    get(target, key) {
      if (key === "writeSheets")
        return (specs: SheetSpec[]) => {
          written.push(specs);
          return target.writeSheets(specs);
        };
      const v: unknown = Reflect.get(target, key);
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { port: wrapped, written };
}

function officePort(grids: Grid[]): { port: PanePort; written: SheetSpec[][] } {
  const fake = fakeOf(grids);
  return recording<PanePort>(new ExcelWorkbookPort({ run: fake.run, supports: fake.supports }));
}

/** Every cell of the named sheets as ExcelJS reads them back from a saved file. */
async function documentCells(file: string): Promise<Record<string, Record<string, unknown>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, Record<string, unknown>> = {};
  for (const name of DOCUMENTS) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name} in ${file}`);
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        cells[c.address] = c.value;
      })
    );
    out[name] = cells;
  }
  return out;
}

let dir: string;
let grids: Grid[];
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dinh-bien-agree-"));
  ({ grids } = await readWorkbookFile(SAMPLE));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("pane, ribbon and CLI agree on the sample: findings, payouts and sheet specs", async () => {
  // Task pane: Kiểm tra, then Tạo bảng.
  const pane = officePort(grids);
  const checked = await runCheck(pane.port, EMPTY_SETTINGS, "vi", () => undefined);
  if (!checked.ok) throw new Error(checked.message);
  const generated = await runGenerate(pane.port, EMPTY_SETTINGS, "vi", () => undefined);
  if (!generated.ok) throw new Error(generated.message);
  const [paneSpecs] = pane.written;
  expect(paneSpecs.map((s) => s.name)).toEqual(DOCUMENTS);

  // Ribbon: Kiểm tra writes the Kiểm tra sheet alone, Tạo bảng the five.
  const { checkCommand, generateCommand } = await import("../../src/commands/commands");
  const ribbon = officePort(grids);
  await checkCommand(ribbon.port, "vi");
  await generateCommand(ribbon.port, "vi");
  expect(ribbon.written).toHaveLength(2);
  const [ribbonCheck, ribbonSpecs] = ribbon.written;
  expect(ribbonCheck.map((s) => s.name)).toEqual(["Kiểm tra"]);
  expect(ribbonCheck[0]).toEqual(paneSpecs[3]);
  expect(ribbonSpecs).toEqual(paneSpecs);

  // CLI: check --json, payouts --json and generate, on the file itself.
  const check = await cli(["check", SAMPLE, "--json"]);
  const payouts = await cli(["payouts", SAMPLE, "--json"]);
  expect(check.code).toBe(1); // the sample's planted errors
  expect(payouts.code).toBe(1);
  const cliFindings = JSON.parse(check.stdout) as ReturnType<typeof checkJson>;
  const cliPayouts = JSON.parse(payouts.stdout) as ReturnType<typeof payoutsJsonOf>;
  // The CLI adds the file it read to every finding and person (CONTRACT §3, issue 14).
  expect(cliFindings).toEqual(checkJson(checked.analysis, SAMPLE));
  expect(cliFindings).toEqual(checkJson(generated.analysis, SAMPLE));
  expect(cliPayouts).toEqual(payoutsJsonOf(checked.analysis, SAMPLE));
  expect(cliPayouts).toEqual(payoutsJsonOf(generated.analysis, SAMPLE));

  // The CLI's documents are the pane's specs written by the xlsx adapter.
  const cliOut = path.join(dir, "cli.xlsx");
  expect((await cli(["generate", SAMPLE, "--out", cliOut])).code).toBe(1);
  const fromPane = new ExcelJS.Workbook();
  await fromPane.xlsx.readFile(SAMPLE);
  writeSheetSpecs(fromPane, paneSpecs);
  const paneOut = path.join(dir, "pane.xlsx");
  await fromPane.xlsx.writeFile(paneOut);
  expect(await documentCells(cliOut)).toEqual(await documentCells(paneOut));

  // And they are the founding report's figures (DOMAIN §9): 30 / 85 fewer people, 25 + 88 = 113
  // cases, 1.149.540.875 đồng.
  const totals = cliPayouts.totals as {
    reduction: { commune: number; hamlet: number };
    cases: { commune: number; hamlet: number; total: number };
    amount: { total: number };
  };
  expect(totals.reduction).toEqual({ commune: 30, hamlet: 85 });
  expect(totals.cases).toEqual({ commune: 25, hamlet: 88, total: 113 });
  expect(totals.amount.total).toBe(1149540875);
}, 120000);
