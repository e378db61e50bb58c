/**
 * The 2026 sample (assets/samples/thon-2026.xlsx) reproduces the hand-worked table of
 * docs/samples/thon-2026.md exactly, through the CLI as a clerk would run it. The expected rows
 * below are that table's (worked from DOMAIN §10.2 in the document, not copied from the program).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cli, ROOT } from "../cli/helpers";
import { buildThon2026 } from "../../src/engine/sample/thon-2026";
import { buildThon2026WorkbookBuffer } from "../../scripts/build-sample";

const FILE = path.join(ROOT, "assets", "samples", "thon-2026.xlsx");

interface Person {
  name: string;
  case: string | null;
  months: number | null;
  yearsCounted: string | null;
  retirementMonth: string | null;
  monthsEarly: number | null;
  monthlyAllowance: number | null;
  amount: number | null;
  components: { label: string; amount: number }[];
  blockedBy?: string[];
}
interface Payouts {
  policy: { id: string };
  people: Person[];
  totals: {
    before: { hamlet: number };
    after: { hamlet: number };
    cases: { total: number };
    amount: { total: number };
  };
  narrative: string[];
}

// name, case, months, years, retirement, months early, PC, components, total (the doc's table).
type Row = [string, string, number, string, string | null, number | null, number, number[], number];
const TABLE: Row[] = [
  ["Lê Văn Hậu", "a", 42, "3.5", null, null, 2530000, [85008000, 13282500, 7590000], 105880500],
  [
    "Nguyễn Thị Lan",
    "b",
    176,
    "15",
    "2028-11",
    28,
    3036000,
    [68006400, 68310000, 9108000],
    145424400,
  ],
  [
    "Trần Quốc Khải",
    "c",
    196,
    "16.5",
    "2042-07",
    192,
    2530000,
    [121440000, 62617500, 7590000],
    191647500,
  ],
  ["Danh Sà Rum", "d", 219, "18.5", "2025-07", 0, 3289000, [49335000], 49335000],
  [
    "Võ Thị Kiều",
    "c",
    125,
    "10.5",
    "2035-09",
    111,
    2340000,
    [112320000, 36855000, 7020000],
    156195000,
  ],
  [
    "Phạm Văn Đức",
    "b",
    223,
    "19",
    "2029-02",
    31,
    2783000,
    [69018400, 79315500, 8349000],
    156682900,
  ],
];

let json: Payouts;
let code: number;
beforeAll(async () => {
  const r = await cli(["payouts", FILE, "--json"]);
  code = r.code;
  json = JSON.parse(r.stdout) as Payouts;
});

describe("thon-2026: the hand-worked table", () => {
  test("computed under the preset its Thông tin sheet names; errors planted, so exit 1", () => {
    expect(json.policy.id).toBe("nd154-2025-thon");
    expect(code).toBe(1);
  });

  test.each(TABLE)("%s", (name, kase, months, years, ret, early, pc, parts, total) => {
    const p = json.people.find((x) => x.name === name)!;
    expect([p.case, p.months, p.yearsCounted, p.retirementMonth, p.monthsEarly]).toEqual([
      kase,
      months,
      years,
      ret,
      // Case a does not need the retirement age: the birth year alone (1990) is enough.
      kase === "a" ? null : early,
    ]);
    expect(p.monthlyAllowance).toBe(pc);
    expect(p.components.map((c) => c.amount)).toEqual(parts);
    expect(p.amount).toBe(total);
    // The components add up to the amount.
    expect(p.components.reduce((s, c) => s + c.amount, 0)).toBe(p.amount);
  });

  test("the two rows the mistakes sheet blocks", () => {
    const blocked = json.people.filter((p) => p.amount === null);
    expect(blocked.map((p) => [p.name, p.blockedBy])).toEqual([
      ["Thạch Văn Sang", ["birth-date-needed"]],
      ["Huỳnh Thị Diệu", ["periods-overlap"]],
    ]);
  });

  test("totals: 54 → 48, 6 cases, 805.165.300 = the sum of the printed rows", () => {
    expect([json.totals.before.hamlet, json.totals.after.hamlet]).toEqual([54, 48]);
    expect(json.totals.cases.total).toBe(6);
    // 105.880.500 + 145.424.400 + 191.647.500 + 49.335.000 + 156.195.000 + 156.682.900.
    expect(json.totals.amount.total).toBe(805165300);
    expect(json.people.reduce((s, p) => s + (p.amount ?? 0), 0)).toBe(805165300);
    expect(json.narrative.slice(0, 2)).toEqual([
      "Sắp xếp 21 ấp thành 18 ấp; số người hoạt động không chuyên trách ở ấp giảm từ 54 xuống 48 người.",
      "Đã chi trả trợ cấp một lần theo Điều 10 Nghị định số 154/2025/NĐ-CP cho 6 trường hợp với tổng kinh phí là 805.165.300 đồng.",
    ]);
  });
});

describe("thon-2026: the mistakes sheet", () => {
  test("each planted mistake, on the mistakes sheet; the clean sheet has no error", async () => {
    const r = await cli(["check", FILE, "--json"]);
    const findings = (
      JSON.parse(r.stdout) as { findings: { code: string; severity: string; sheet: string }[] }
    ).findings.filter((f) => f.severity === "error");
    expect(findings.map((f) => f.code).sort()).toEqual([
      "birth-date-needed",
      "fund-exceeded",
      "hamlet-over-quota",
      "periods-overlap",
      "refund-required",
      "title-over-limit",
    ]);
    expect(new Set(findings.map((f) => f.sheet))).toEqual(new Set(["Danh sách (có lỗi)"]));
  });
});

describe("thon-2026: the file and the demo", () => {
  test("built deterministically; the committed file is up to date", async () => {
    expect(buildThon2026()).toEqual(buildThon2026());
    expect((await buildThon2026WorkbookBuffer()).equals(fs.readFileSync(FILE))).toBe(true);
  });

  test("demo --sample thon-2026 prints both sentences and where the file went", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thon-2026-"));
    const r = await cli(["demo", "--sample", "thon-2026", "--out", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Sắp xếp 21 ấp thành 18 ấp;");
    expect(r.stdout).toContain("cho 6 trường hợp với tổng kinh phí là 805.165.300 đồng.");
    const out = path.join(dir, "thon-2026-dinh-bien.xlsx");
    expect(r.stdout).toContain(out);
    expect(fs.existsSync(out)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("an unknown sample is a usage error", async () => {
    const r = await cli(["demo", "--sample", "thon-2025"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dinh-bien: .*thon-2026/);
  });
});
