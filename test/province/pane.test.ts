/**
 * The pane's "Nhập file của xã" (issue 14, item 2) on the counting fake Excel: the picked
 * communes' workbooks are inserted (insertWorksheetsFromBase64, ExcelApi 1.13) without touching
 * any other sheet, then checked as one; a file imported before is replaced only when the clerk
 * confirms; without 1.13 a clear message and nothing inserted.
 */
import { importCommuneFiles, runCheck, IMPORTS_SETTING } from "../../src/taskpane/controller";
import { EMPTY_SETTINGS } from "../../src/taskpane/state";
import { FakeExcel } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort, SETTINGS_PREFIX } from "../../src/excel/port";
import { communeFileGrids } from "../../scripts/synthetic-province";
import { communeName } from "../../scripts/synthetic";

const TODAY = "2026-12-02";

/** A fake Excel with the clerk's own sheet, knowing two communes' files as base64 "A" and "B". */
function workbook() {
  const fake = new FakeExcel();
  fake.addSheet("Ghi chú", [["Tổng hợp các xã gửi về"], ["Đợt 1", 2026]]);
  const sheets = (i: number) =>
    communeFileGrids(i, { rows: 30, seed: 9 }).map((g) => ({ name: g.sheet, rows: g.cells }));
  fake.files.set("A", sheets(0));
  fake.files.set("B", sheets(1));
  const port = new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
  return { fake, port };
}

const names = (fake: FakeExcel): string[] => fake.state.sheets.map((s) => s.name);

test("two communes' files are inserted after the clerk's sheets and checked as one", async () => {
  const { fake, port } = workbook();
  const note = fake.snapshot("Ghi chú");
  const asked: string[][] = [];
  const out = await importCommuneFiles(
    port,
    [
      { name: "a.xlsx", base64: "A" },
      { name: "b.xlsx", base64: "B" },
    ],
    "vi",
    async (again) => {
      asked.push(again);
      return true;
    },
    TODAY
  );
  if (!out.ok) throw new Error(out.message);
  expect(asked).toEqual([]); // nothing imported before: nothing to confirm
  // Each file's sheets named after its commune: its roster is the commune's name (these files
  // name it so already), its other sheets say whose they are — no "Đơn vị (2)" to guess from.
  expect(names(fake)).toEqual([
    "Ghi chú",
    communeName(0),
    `Đơn vị - ${communeName(0)}`,
    `Thông tin - ${communeName(0)}`,
    communeName(1),
    `Đơn vị - ${communeName(1)}`,
    `Thông tin - ${communeName(1)}`,
  ]);
  expect(fake.snapshot("Ghi chú")).toEqual(note);
  // The workbook remembers where each sheet came from and when.
  expect(fake.state.settings.get(`${SETTINGS_PREFIX}${IMPORTS_SETTING}`)).toEqual({
    "a.xlsx": {
      sheets: [communeName(0), `Đơn vị - ${communeName(0)}`, `Thông tin - ${communeName(0)}`],
      date: TODAY,
      commune: communeName(0),
    },
    "b.xlsx": {
      sheets: [communeName(1), `Đơn vị - ${communeName(1)}`, `Thông tin - ${communeName(1)}`],
      date: TODAY,
      commune: communeName(1),
    },
  });

  const checked = await runCheck(port, EMPTY_SETTINGS, "vi", () => undefined);
  if (!checked.ok) throw new Error(checked.message);
  const communes = checked.analysis.report.communes;
  expect(communes.map((c) => c.commune)).toEqual([communeName(0), communeName(1)]);
  // Each synthetic commune: 17 commune-level people before, 11 after, 5 paid.
  expect(checked.analysis.report.totals.before.commune).toBe(34);
  expect(checked.analysis.report.totals.after.commune).toBe(22);
  expect(checked.analysis.report.totals.cases.commune).toBe(10);
});

test("a file imported before is replaced only when the clerk confirms; other sheets untouched", async () => {
  const { fake, port } = workbook();
  const files = [
    { name: "a.xlsx", base64: "A" },
    { name: "b.xlsx", base64: "B" },
  ];
  const yes = async () => true;
  await importCommuneFiles(port, files, "vi", yes, "2026-11-30");
  const first = names(fake);
  // The clerk edits commune 1's sheet (b.xlsx) and the note; then picks a.xlsx again.
  const bSheet = fake.sheet(communeName(1));
  if (!bSheet) throw new Error("no b sheet");
  bSheet.ensure(40, 2).value = "Nguyễn Văn Mới";
  const bSheets = [communeName(1), `Đơn vị - ${communeName(1)}`, `Thông tin - ${communeName(1)}`];
  const untouched = ["Ghi chú", ...bSheets].map((n) => fake.snapshot(n));

  let asked: string[] = [];
  const kept = await importCommuneFiles(
    port,
    [files[0]],
    "vi",
    async (again) => {
      asked = again;
      return false;
    },
    TODAY
  );
  expect(asked).toEqual(["a.xlsx"]);
  expect(kept).toEqual({ ok: true, imported: [], kept: ["a.xlsx"] });
  expect(names(fake)).toEqual(first);

  const replaced = await importCommuneFiles(port, [files[0]], "vi", yes, TODAY);
  if (!replaced.ok) throw new Error(replaced.message);
  // a.xlsx's three sheets went and came back (at the end); b.xlsx and the note are as they were.
  expect(names(fake)).toEqual([
    "Ghi chú",
    ...bSheets,
    communeName(0),
    `Đơn vị - ${communeName(0)}`,
    `Thông tin - ${communeName(0)}`,
  ]);
  expect(["Ghi chú", ...bSheets].map((n) => fake.snapshot(n))).toEqual(untouched);
  const record = fake.state.settings.get(`${SETTINGS_PREFIX}${IMPORTS_SETTING}`) as Record<
    string,
    { date: string }
  >;
  expect(record["a.xlsx"].date).toBe(TODAY);
  expect(record["b.xlsx"].date).toBe("2026-11-30");
});

test("without ExcelApi 1.13 a clear message, and nothing is inserted", async () => {
  const { fake, port } = workbook();
  fake.supportedVersion = 12;
  const out = await importCommuneFiles(
    port,
    [{ name: "a.xlsx", base64: "A" }],
    "en",
    async () => true,
    TODAY
  );
  expect(out.ok).toBe(false);
  if (!out.ok) expect(out.message).toContain("ExcelApi 1.13");
  expect(names(fake)).toEqual(["Ghi chú"]);
});

test("a roster sheet named «Danh sách» takes its commune's name; a clash gets « (2)», never another's sheet", async () => {
  const { fake, port } = workbook();
  // The clerk already has a sheet named after commune 0 (say, last year's list).
  fake.addSheet(communeName(0), [["Danh sách năm trước"]]);
  const renamed = communeFileGrids(0, { rows: 30, seed: 9 }).map((g, i) => ({
    name: i === 0 ? "Danh sách" : g.sheet,
    rows: g.cells,
  }));
  fake.files.set("C", renamed);
  const before = fake.snapshot(communeName(0));
  const out = await importCommuneFiles(
    port,
    [{ name: "c.xlsx", base64: "C" }],
    "vi",
    async () => true,
    TODAY
  );
  if (!out.ok) throw new Error(out.message);
  expect(out.imported[0].sheets).toEqual([
    `${communeName(0)} (2)`,
    `Đơn vị - ${communeName(0)}`,
    `Thông tin - ${communeName(0)}`,
  ]);
  expect(fake.snapshot(communeName(0))).toEqual(before);
});

test("the same commune from another file replaces the earlier import only when the clerk confirms", async () => {
  const { fake, port } = workbook();
  const yes = async () => true;
  await importCommuneFiles(port, [{ name: "a.xlsx", base64: "A" }], "vi", yes, "2026-11-30");
  const first = names(fake);
  // Commune 0 sends a corrected file under another name ("A" again: the same commune's sheets).
  const asked: string[][] = [];
  const out = await importCommuneFiles(
    port,
    [{ name: "a-sua.xlsx", base64: "A" }],
    "vi",
    async (again) => {
      asked.push(again);
      return true;
    },
    TODAY
  );
  if (!out.ok) throw new Error(out.message);
  expect(asked).toEqual([["a.xlsx"]]);
  // The earlier sheets went; the new ones took their names.
  expect(names(fake)).toEqual(first);
  const record = fake.state.settings.get(`${SETTINGS_PREFIX}${IMPORTS_SETTING}`) as Record<
    string,
    { date: string; commune?: string }
  >;
  expect(Object.keys(record)).toEqual(["a-sua.xlsx"]);
  expect(record["a-sua.xlsx"]).toMatchObject({ date: TODAY, commune: communeName(0) });
});
