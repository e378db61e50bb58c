import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { cli, expectUnusable, ROOT, SAMPLE } from "./helpers";
import { getPreset } from "../../src/engine/policy/presets";
import { parsePolicy, policyToJson } from "../../src/engine/policy/schema";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dinh-bien-cli-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function book(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("unusable input: exit 2 and one line", () => {
  it("a missing file", async () => {
    const r = await cli(["check", "khong-co.xlsx"], dir);
    expectUnusable(r);
    expect(r.stderr).toContain("không tìm thấy tệp");
    expect(r.stderr).toContain("khong-co.xlsx");
  });

  it("a text file named .xlsx", async () => {
    const file = path.join(dir, "text.xlsx");
    fs.writeFileSync(file, "Họ và tên;Chức danh\nNguyễn Văn A;Thủ quỹ\n");
    const r = await cli(["payouts", file]);
    expectUnusable(r);
    expect(r.stderr).toContain("không phải tệp Excel .xlsx");
  });

  it("an empty workbook", async () => {
    const file = await book("empty.xlsx", (wb) => {
      wb.addWorksheet("Sheet1");
    });
    const r = await cli(["check", file]);
    expectUnusable(r);
    expect(r.stderr).toContain("không có dữ liệu");
  });

  it("a workbook without a roster", async () => {
    const file = await book("no-roster.xlsx", (wb) => {
      const ws = wb.addWorksheet("Ghi chép");
      ws.addRow(["Chợ phiên", "thứ Bảy"]);
      ws.addRow(["Giá lúa", 5600]);
    });
    const r = await cli(["check", file, "--json"]);
    expectUnusable(r);
    expect(r.stderr).toContain("Không tìm thấy danh sách");
  });

  it("a policy file with an unknown key names the key", async () => {
    const policy = JSON.parse(policyToJson(getPreset("kien-giang-nq77-2017")!)) as Record<
      string,
      unknown
    >;
    policy.mucLuong = 1390000;
    const file = path.join(dir, "policy.json");
    fs.writeFileSync(file, JSON.stringify(policy));
    const r = await cli(["payouts", SAMPLE, "--policy", file]);
    expectUnusable(r);
    expect(r.stderr).toMatch(/^dinh-bien: chính sách .*policy\.json không hợp lệ: .*mucLuong/);
  });

  it("a policy file that is not JSON", async () => {
    const file = path.join(dir, "broken.json");
    fs.writeFileSync(file, "{ id: ");
    const r = await cli(["check", SAMPLE, "--policy", file]);
    expectUnusable(r);
    expect(r.stderr).toContain("không hợp lệ: JSON");
  });

  it("an unknown preset, command or option, a bad date, in English when asked", async () => {
    expectUnusable(await cli(["check", SAMPLE, "--policy", "ha-noi-2030"]));
    expectUnusable(await cli(["kiem-tra", SAMPLE]));
    expectUnusable(await cli(["check", SAMPLE, "--fast"]));
    expectUnusable(await cli(["check", SAMPLE, "--payment-date", "2018-02-30"]));
    expectUnusable(await cli([]));
    const en = await cli(["check", "missing.xlsx", "--lang", "en"], dir);
    expectUnusable(en);
    expect(en.stderr).toBe("dinh-bien: file not found: " + path.join(dir, "missing.xlsx") + "\n");
  });

  it("generate refuses --out equal to the input, also through another spelling of the path", async () => {
    const copy = path.join(dir, "copy.xlsx");
    fs.copyFileSync(SAMPLE, copy);
    const before = fs.readFileSync(copy);
    const r = await cli(["generate", "copy.xlsx", "--out", "./sub/../copy.xlsx"], dir);
    expectUnusable(r);
    expect(fs.readFileSync(copy).equals(before)).toBe(true);
    expectUnusable(await cli(["generate", copy]));
  });
});

describe("policies", () => {
  it("lists the presets", async () => {
    const r = await cli(["policies"]);
    expect(r.code).toBe(0);
    for (const id of ["kien-giang-nq77-2017", "nd34-2019", "nd33-2023"])
      expect(r.stdout).toContain(id);
  });

  it("prints one policy as JSON that validates as a policy", async () => {
    const r = await cli(["policy", "nd34-2019", "--json"]);
    expect(r.code).toBe(0);
    const parsed = parsePolicy(JSON.parse(r.stdout));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.policy.communeCap.class1.value).toBe(14);
  });

  it("accepts a valid policy file", async () => {
    const file = path.join(dir, "nq77.json");
    fs.writeFileSync(file, policyToJson(getPreset("kien-giang-nq77-2017")!));
    const r = await cli(["payouts", SAMPLE, "--policy", file, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).totals.amount.total).toBe(1149540875);
  });
});

describe("options", () => {
  it("--round filters the payment round", async () => {
    const r = await cli(["payouts", SAMPLE, "--json", "--round", "2"]);
    const j = JSON.parse(r.stdout);
    expect(j.people).toHaveLength(0);
    expect(j.totals.amount.total).toBe(0);
  });

  it("--help and --version", async () => {
    const h = await cli(["--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain("dinh-bien check");
    const v = await cli(["--version"]);
    expect(v.stdout).toMatch(/^dinh-bien \d+\.\d+\.\d+\n$/);
  });
});

describe("generate and demo", () => {
  it("demo writes the generated workbook and prints the summary sentences", async () => {
    const r = await cli(["demo", "--out", dir]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = path.join(dir, "giang-thanh-dinh-bien.xlsx");
    expect(fs.existsSync(out)).toBe(true);
    expect(r.stdout).toContain("Qua sắp xếp, đã giảm được 30 người cấp xã và 85 người");
    expect(r.stdout).toContain(out);
    // Reading the generated copy ignores the generated sheets: the same figures come back.
    const again = await cli(["payouts", out, "--json"]);
    expect(JSON.parse(again.stdout).totals.cases.total).toBe(113);
  });
});

describe("the bin", () => {
  it("runs as a real process", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "dinh-bien.js"), "policies"], {
      encoding: "utf8",
      cwd: ROOT,
      timeout: 120000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("kien-giang-nq77-2017");
  });
});
