/**
 * The province's run over a folder of communes' files (issue 14, item 1–2): every file checked
 * alone, its findings kept with file, sheet and cell; the checks across files; an unreadable
 * file one stderr line and one finding while the others are still processed; totals that are
 * the sums of the per-file runs. The folder is described in ./folder.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { cli, expectUnusable, type RunResult } from "../cli/helpers";
import { buildTestProvince, commune, FOLDER, inFolder, type TestProvince } from "./folder";

interface JsonFinding {
  code: string;
  severity: string;
  file: string | null;
  sheet: string | null;
  cell: string | null;
  commune: string | null;
  message: string;
  places: { file: string; sheet: string; cell: string }[];
}

type Counts = { commune: number; hamlet: number; total?: number };
interface Figures {
  before: Counts;
  after: Counts;
  reduction: Counts;
  cases: Counts;
  amount: Counts;
}

let province: TestProvince;
let check: RunResult;
let findings: JsonFinding[];

beforeAll(async () => {
  province = await buildTestProvince();
  check = await cli(["check", FOLDER, "--register", "tinh.xlsx", "--json"], province.cwd);
  findings = (JSON.parse(check.stdout) as { findings: JsonFinding[] }).findings;
}, 120_000);

afterAll(() => fs.rmSync(province.cwd, { recursive: true, force: true }));

const ofCode = (code: string): JsonFinding[] => findings.filter((f) => f.code === code);

test("an unreadable file is one stderr line and one finding; exit 1 since errors remain", () => {
  expect(check.code).toBe(1);
  const lines = check.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith(`dinh-bien: ${inFolder("xa-020.xlsx")}: `)).toBe(true);
  const [f] = ofCode("file-unreadable");
  expect(ofCode("file-unreadable")).toHaveLength(1);
  expect(f.file).toBe(inFolder("xa-020.xlsx"));
  expect(f.severity).toBe("error");
  // The true reason, as the reader gives it: the file is not a workbook.
  expect(f.message).toMatch(/^Không đọc được tệp «communes\/xa-020\.xlsx»: .*(xlsx|hỏng)/);
});

test("the other 21 files are all read: 22 files, 1 unreadable, 21 communes' rows", () => {
  const out = JSON.parse(check.stdout) as {
    summary: { files: number; unreadable: number; communes: number; people: number };
  };
  // 20 files xa-000 … xa-019, the copy of xa-005, the unreadable xa-020.
  expect(out.summary.files).toBe(22);
  expect(out.summary.unreadable).toBe(1);
  expect(out.summary.communes).toBe(21);
  expect(out.summary.people).toBe(21 * 30);
});

test("a planted mistake keeps its file, sheet and cell", () => {
  const bad = ofCode("date-invalid");
  expect(bad).toHaveLength(1);
  expect(bad[0]).toMatchObject({
    file: inFolder("xa-003.xlsx"),
    sheet: commune(3),
    cell: "J15",
  });
});

test("communes of the register without a readable file: 20 (unreadable) and 21 (none)", () => {
  expect(ofCode("commune-file-missing").map((f) => f.commune)).toEqual([commune(20), commune(21)]);
});

test("commune 5 in two files is one duplicate-file finding naming both", () => {
  const dup = ofCode("commune-file-duplicate");
  expect(dup).toHaveLength(1);
  expect(dup[0].commune).toBe(commune(5));
  expect(dup[0].message).toContain("«communes/xa-005 (1).xlsx», «communes/xa-005.xlsx»");
});

test("stale files: xa-011's payment date and xa-013's document date", () => {
  const stale = ofCode("file-stale");
  expect(stale.map((f) => f.file)).toEqual([inFolder("xa-011.xlsx"), inFolder("xa-013.xlsx")]);
  expect(stale[0].message).toContain("ngày chi trả 31/12/2018, khác với 15/01/2019");
  // 01/10/2018 → 15/01/2019: 31 (Oct.) + 30 (Nov.) + 31 (Dec.) + 14 = 106 days, more than 30.
  expect(stale[1].message).toContain("ngày lập 01/10/2018, khác với 15/01/2019");
});

test("the same person in two communes' lists points at both files and cells", () => {
  // The copied commune 5 shares every person with itself: that is commune-file-duplicate, not this.
  const across = ofCode("duplicate-person").filter((f) => f.places.length > 0);
  expect(across).toHaveLength(1);
  expect(across[0].file).toBe(inFolder("xa-007.xlsx"));
  expect(across[0].places).toEqual([
    { file: inFolder("xa-002.xlsx"), sheet: commune(2), cell: "B4" },
    { file: inFolder("xa-007.xlsx"), sheet: commune(7), cell: "B4" },
  ]);
  expect(across[0].message).toContain(String(province.twin.name));
  expect(across[0].message).toContain(`sinh ${String(province.twin.birth)}`);
});

describe("payouts over the folder", () => {
  let total: { communes: (Figures & { file: string; commune: string })[]; totals: Figures };
  let people: { file: string; amount: number | null }[];

  beforeAll(async () => {
    const r = await cli(["payouts", FOLDER, "--json"], province.cwd);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as typeof total & { people: typeof people };
    total = out;
    people = out.people;
  }, 120_000);

  test("commune-level figures worked by hand: 21 communes × (17 before, 11 after, 5 paid)", () => {
    // Each synthetic commune: 11 kept, 5 paid leavers and 1 unpaid at commune level (17 before,
    // 11 after, 6 fewer); xa-003's first paid leaver is blocked by its impossible start date.
    expect(total.totals.before.commune).toBe(21 * 17); // 357
    expect(total.totals.after.commune).toBe(21 * 11); // 231
    expect(total.totals.reduction.commune).toBe(21 * 6); // 126
    expect(total.totals.cases.commune).toBe(21 * 5 - 1); // 104
    const row3 = total.communes.find((c) => c.file === inFolder("xa-003.xlsx"));
    expect(row3?.cases.commune).toBe(4);
  });

  test("totals equal the sums of the per-file runs, each row from its own file", async () => {
    const files = fs
      .readdirSync(path.join(province.cwd, FOLDER))
      .filter((f) => f !== "xa-020.xlsx")
      .sort();
    expect(files).toHaveLength(21);
    const sum: Figures = {
      before: { commune: 0, hamlet: 0 },
      after: { commune: 0, hamlet: 0 },
      reduction: { commune: 0, hamlet: 0 },
      cases: { commune: 0, hamlet: 0, total: 0 },
      amount: { commune: 0, hamlet: 0, total: 0 },
    };
    for (const name of files) {
      const r = await cli(["payouts", inFolder(name), "--json"], province.cwd);
      const one = JSON.parse(r.stdout) as { totals: Figures; communes: Figures[] };
      for (const k of Object.keys(sum) as (keyof Figures)[])
        for (const l of Object.keys(sum[k]) as (keyof Counts)[])
          (sum[k][l] as number) += one.totals[k][l] as number;
      const row = total.communes.find((c) => c.file === inFolder(name));
      expect(row && { ...row, file: undefined }).toMatchObject(one.communes[0]);
    }
    expect(total.totals).toEqual(sum);
    expect(people.every((p) => typeof p.file === "string")).toBe(true);
  }, 120_000);
});

test("a single file's JSON gains `file` on findings and people, nothing renamed", async () => {
  const name = inFolder("xa-003.xlsx");
  const r = await cli(["check", name, "--json"], province.cwd);
  const out = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: object };
  expect(out.findings.find((f) => f.code === "date-invalid")).toMatchObject({
    file: name,
    sheet: commune(3),
    cell: "J15",
  });
  expect(Object.keys(out)).toEqual(["policy", "summary", "findings"]);
  const p = await cli(["payouts", name, "--json"], province.cwd);
  const people = (JSON.parse(p.stdout) as { people: { file: string }[] }).people;
  expect(people.length).toBeGreaterThan(0);
  expect(people.every((x) => x.file === name)).toBe(true);
});

test("the text output names the file of each finding", async () => {
  const r = await cli(["check", FOLDER], province.cwd);
  expect(r.stdout).toContain(`${inFolder("xa-003.xlsx")}: ${commune(3)}!J15 [date-invalid]`);
  expect(r.stdout).toContain("21 tệp đọc được, 1 tệp không đọc được");
});

test("nothing readable: exit 2 with one stderr line", async () => {
  const r = await cli(["check", inFolder("xa-020.xlsx"), "nowhere.xlsx"], province.cwd);
  expectUnusable(r);
  expect(r.stderr).toContain("2 tệp");
});

test("in English the province's counts agree with their numbers (1 file, 2 files; 1 person, 2 people)", async () => {
  const en = await cli(["check", FOLDER, "--register", "tinh.xlsx", "--lang", "en"], province.cwd);
  expect(en.stdout.split("\n")[0]).toMatch(/^Định Biên — check: [\d,]+ files$/);
  const first = en.stdout.split("\n").find((l) => / read, /.test(l)) ?? "";
  expect(first).toMatch(
    /^[\d,]+ files? read, [\d,]+ unreadable; [\d,]+ (person|people), [\d,]+ communes?; [\d,]+ errors?, [\d,]+ warnings?, [\d,]+ notes?\.$/
  );
  const pairs = [
    ...first.matchAll(/([\d,]+) (file|person|people|commune|error|warning|note)(s?)\b/g),
  ];
  expect(pairs.length).toBe(6);
  for (const [, n, word, s] of pairs) {
    const one = Number(n.replace(/,/g, "")) === 1;
    if (word === "person" || word === "people") expect(word).toBe(one ? "person" : "people");
    else expect(s).toBe(one ? "" : "s");
  }
}, 120_000);
