import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Analysis, FieldKey } from "../../src/engine/types";
import { columnLetters } from "../../src/engine/grid/address";
import { withCorrection, MAPPING_SHEET } from "../../src/engine/roster/mapping-store";
import { writeMappingStore } from "../../src/excel/mapping-store";
import { writeMappingSheet } from "../support/exceljs-mapping-store";
import { runCheck } from "../../src/taskpane/controller";
import { EMPTY_SETTINGS } from "../../src/taskpane/state";
import { cli, SAMPLE } from "../cli/helpers";
import { sampleWorkbook } from "../taskpane/sample-workbook";

/** The founding sample (DOMAIN §9): 296 people, 1.149.540.875 đồng. */
const PEOPLE = 296;
const TOTAL = 1_149_540_875;
const ROSTER = "Danh sách";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dinh-bien-corr-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function summary(a: Analysis) {
  return {
    people: a.roster.members.length,
    total: a.report.totals.amount.total,
    findings: a.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`),
  };
}

describe("every field-to-column correction on the sample's two-row merged header", () => {
  let baseline: ReturnType<typeof summary>;
  let mapped: [FieldKey, number, string][] = [];

  beforeAll(async () => {
    const { port } = sampleWorkbook();
    const out = await runCheck(port, EMPTY_SETTINGS, "vi", () => undefined);
    if (!out.ok) throw new Error(out.message);
    baseline = summary(out.analysis);
    const m = out.analysis.roster.mappings.find((x) => x.sheet === ROSTER);
    if (!m) throw new Error("no roster");
    mapped = (Object.entries(m.columns) as [FieldKey, number][]).map(([f, col]) => [
      f,
      col,
      m.headers[f] ?? "",
    ]);
  });

  test("the sample reads as it always has", () => {
    expect(baseline.people).toBe(PEOPLE);
    expect(baseline.total).toBe(TOTAL);
    expect(mapped.map(([f]) => f)).toHaveLength(16);
  });

  test("through the pane: re-choosing each shown column, stored in the workbook and read back, changes nothing", async () => {
    for (const [field, col, header] of mapped) {
      const { fake, port } = sampleWorkbook();
      const corrections = withCorrection({}, ROSTER, field, { col, header });
      await writeMappingStore(fake.run, corrections);
      expect(fake.sheet(MAPPING_SHEET)?.visibility).toBe("VeryHidden");
      // No corrections passed: the run reads them from the workbook's own sheet.
      const out = await runCheck(port, EMPTY_SETTINGS, "vi", () => undefined);
      if (!out.ok) throw new Error(`${field}: ${out.message}`);
      expect([field, summary(out.analysis)]).toEqual([field, baseline]);
      expect(out.analysis.roster.mappings[0].corrected).toEqual([field]);
    }
  });

  test("through --column: each field set to its own column (letter on its sheet, or header text), people, findings and totals stay", async () => {
    const base = JSON.parse((await cli(["check", SAMPLE, "--json"])).stdout) as {
      summary: unknown;
      findings: unknown[];
    };
    for (const [field, col, header] of mapped) {
      const letter = columnLetters(col);
      const checked = await cli([
        "check",
        SAMPLE,
        "--json",
        "--column",
        `${ROSTER}!${field}=${letter}`,
      ]);
      const json = JSON.parse(checked.stdout) as { summary: unknown; findings: unknown[] };
      expect([field, json.summary, json.findings]).toEqual([field, base.summary, base.findings]);
      // Without a sheet, a header text applies where a column is so headed (a letter would
      // apply to every roster sheet, and the two sheets of the sample differ).
      const paid = await cli(["payouts", SAMPLE, "--json", "--column", `${field}=${header}`]);
      const totals = (JSON.parse(paid.stdout) as { totals: { amount: { total: number } } }).totals;
      expect([field, totals.amount.total]).toEqual([field, TOTAL]);
    }
  });

  test("a correction on one sheet never erases another's", () => {
    const one = withCorrection({}, ROSTER, "start", { col: 12 });
    const two = withCorrection(one, "Danh sách (có lỗi)", "start", { col: 10 });
    const three = withCorrection(two, ROSTER, "end", { col: 13 });
    expect(three).toEqual({
      [ROSTER]: { columns: { start: { col: 12 }, end: { col: 13 } } },
      "Danh sách (có lỗi)": { columns: { start: { col: 10 } } },
    });
    // Given back to detection: only that field goes.
    expect(withCorrection(three, ROSTER, "start", undefined)[ROSTER]).toEqual({
      columns: { end: { col: 13 } },
    });
  });
});

/**
 * A roster whose start-date column is headed in words of its own ("Mốc tính thâm niên", the
 * seniority reference date), next to columns a roster does not use. Leavers of 31/12/2018 under
 * NQ 77 (base salary 1.390.000 from 1-7-2018, one month of allowance per year, band rule B:
 * leftover 1–6 months → ½ year, 7–11 → 1 year), worked by hand:
 * - An: coefficient 1, 01/03/2010 → 31/12/2018 = 106 months = 8 y 10 m → 9 years:
 *   1.390.000 × 9 = 12.510.000;
 * - Bé: coefficient 1,2, 15/06/2015 → 31/12/2018 = 42 months = 3 y 6 m → 3,5 years:
 *   1.668.000 × 3,5 = 5.838.000;
 * - Cường: coefficient 0,8, 01/2017 → 12/2018 by months, both counted = 24 months → 2 years:
 *   1.112.000 × 2 = 2.224.000.
 * Total 20.572.000.
 */
async function unusualStartWorkbook(store = false): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phú Mỹ");
  ws.addRow(["DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH XÃ PHÚ MỸ"]);
  ws.addRow([
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Ấp",
    "Chức danh",
    "Hệ số",
    "Số CCCD",
    "Số điện thoại",
    "Trình độ chuyên môn",
    "Ngày thôi việc",
    "Mốc tính thâm niên",
    "Phương án",
  ]);
  const rows = [
    [
      1,
      "Nguyễn Văn An",
      1968,
      "Ấp Tràm Trổi",
      "Trưởng ấp",
      1,
      "091234567890",
      "0912345678",
      "Trung cấp",
      "31/12/2018",
      "01/03/2010",
      "Thôi việc",
    ],
    [
      2,
      "Trần Thị Bé",
      1975,
      "Ấp Tràm Trổi",
      "Phó Trưởng ấp",
      "1,2",
      "091234567891",
      "0912345679",
      "Sơ cấp",
      "31/12/2018",
      "15/06/2015",
      "Thôi việc",
    ],
    [
      3,
      "Lê Văn Cường",
      1980,
      "Ấp Cây Gáo",
      "Công an viên",
      "0,8",
      "091234567892",
      "0912345670",
      "",
      "31/12/2018",
      "01/2017",
      "Nghỉ việc",
    ],
    [
      4,
      "Danh Sà Rết",
      1985,
      "Ấp Cây Gáo",
      "Trưởng ấp",
      1,
      "091234567893",
      "0912345671",
      "Đại học",
      "",
      "01/01/2012",
      "Bố trí",
    ],
  ];
  for (const r of rows) ws.addRow(r);
  if (store)
    writeMappingSheet(wb, {
      "Phú Mỹ": { columns: { start: { col: 11, header: "Mốc tính thâm niên" } } },
    });
  const file = path.join(dir, store ? "unusual-start-stored.xlsx" : "unusual-start.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("tried as a new user would: a start-date column under a heading of its own", () => {
  test("check names the column and the field it likely is", async () => {
    const file = await unusualStartWorkbook();
    const r = await cli(["check", file, "--json"]);
    const json = JSON.parse(r.stdout) as {
      findings: { code: string; cell: string; message: string; suggestion: string | null }[];
    };
    const unrecognised = json.findings.filter((f) => f.code === "column-unrecognised");
    expect(unrecognised.map((f) => f.cell)).toEqual(["G2", "H2", "I2", "K2"]);
    const k = unrecognised[3];
    expect(k.message).toBe(
      "Cột K «Mốc tính thâm niên» không ứng với trường nào của danh sách; dữ liệu cột này không được đọc."
    );
    expect(k.suggestion).toBe(
      "Nếu đây là cột «Ngày bắt đầu công tác», chọn lại trong ngăn Định Biên hoặc dùng --column start=K."
    );
    // Without the column every paid leaver is blocked, once each, for the start date only (at
    // the name: the sheet has no start column).
    const blocked = json.findings.filter((f) => f.code === "start-missing").map((f) => f.cell);
    expect(blocked).toEqual(["B3", "B4", "B5"]);
  });

  const paid = (stdout: string) =>
    (
      JSON.parse(stdout) as {
        people: { name: string; amount: number | null }[];
        totals: { amount: { total: number } };
      }
    ).people.map((p) => [p.name, p.amount]);

  const expected = [
    ["Nguyễn Văn An", 12_510_000],
    ["Trần Thị Bé", 5_838_000],
    ["Lê Văn Cường", 2_224_000],
  ];

  test("`payouts FILE --column start=K` pays everyone correctly", async () => {
    const file = await unusualStartWorkbook();
    const r = await cli(["payouts", file, "--json", "--column", "start=K"]);
    expect(paid(r.stdout)).toEqual(expected);
    const byHeader = await cli(["payouts", file, "--json", "--column", "start=Mốc tính thâm niên"]);
    expect(paid(byHeader.stdout)).toEqual(expected);
    const total = (JSON.parse(r.stdout) as { totals: { amount: { total: number } } }).totals;
    expect(total.amount.total).toBe(20_572_000);
  });

  test("the same choice stored by the pane in the workbook: `payouts FILE` alone pays everyone", async () => {
    const file = await unusualStartWorkbook(true);
    const r = await cli(["payouts", file, "--json"]);
    expect(paid(r.stdout)).toEqual(expected);
    // The stored mapping is never read as a roster: one sheet's people only.
    const checked = JSON.parse((await cli(["check", file, "--json"])).stdout) as {
      summary: { people: number };
    };
    expect(checked.summary.people).toBe(4);
  });

  test("--column refuses what it cannot mean, in one line", async () => {
    const file = await unusualStartWorkbook();
    const bad = await cli(["payouts", file, "--column", "khởi điểm=K"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^dinh-bien: --column: không có trường «khởi điểm»/);
    const noEq = await cli(["payouts", file, "--column", "start"]);
    expect(noEq.code).toBe(2);
    expect(noEq.stderr).toContain("--column cần dạng TRƯỜNG=CỘT");
  });
});
