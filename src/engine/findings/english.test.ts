import type { Grid, Policy } from "../types";
import { analyze } from "../analyze";
import { UnusableInputError } from "../errors";
import { getPreset } from "../policy/presets";
import { parsePolicy, policyToJson } from "../policy/schema";
import { policyToSheetSpec, readPolicySheet } from "../policy/policy-sheet";
import { localizeFinding } from "./catalog";

/** An English run is English throughout: the policy's errors too (issue 8, item 4). */

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
/** The English words of a text: what the clerk wrote, quoted in «», is theirs. */
const english = (text: string): string => text.replace(/«[^»]*»/g, "");

function nq77(): Policy {
  const p = getPreset("kien-giang-nq77-2017");
  if (!p) throw new Error("preset missing");
  return JSON.parse(policyToJson(p)) as Policy;
}

/** The "Quy định" sheet of NQ 77 as a grid, with one cell changed. */
function policyGrid(edit: (rows: (string | number | boolean | null)[][]) => void): Grid {
  const spec = policyToSheetSpec(nq77());
  const rows: (string | number | boolean | null)[][] = [];
  for (const c of spec.cells) {
    const row = (rows[c.row - 1] ??= []);
    row[c.col - 1] = c.value as string | number | boolean | null;
  }
  for (let r = 0; r < rows.length; r++) rows[r] = Array.from(rows[r] ?? [], (v) => v ?? null);
  edit(rows);
  return { sheet: spec.name, firstRow: 1, firstCol: 1, cells: rows };
}

const ROSTER: Grid = {
  sheet: "DS",
  firstRow: 1,
  firstCol: 1,
  cells: [
    ["Họ và tên", "Xã", "Chức danh", "Phương án"],
    ["Nguyễn Văn An", "Phú Mỹ", "Thủ quỹ", "Thôi việc"],
  ],
};

function unusable(grids: Grid[], lang: "vi" | "en"): string {
  try {
    analyze(grids, { lang });
  } catch (e) {
    if (e instanceof UnusableInputError) return e.message;
    throw e;
  }
  throw new Error("expected the policy to be refused");
}

describe("policy-sheet errors in an English run", () => {
  test("a base salary written in words (the issue's example)", () => {
    const grid = policyGrid((rows) => {
      const r = rows.findIndex((row) => row.includes(1390000));
      rows[r][rows[r].indexOf(1390000)] = "một triệu";
    });
    const vi = unusable([grid, ROSTER], "vi");
    const en = unusable([grid, ROSTER], "en");
    expect(vi).toMatch(
      /^Quy định không hợp lệ tại «baseSalary\[\d\]\.amount»: «một triệu» không phải số nguyên dương\.$/
    );
    expect(en).toMatch(
      /^The policy is invalid at «baseSalary\[\d\]\.amount»: «một triệu» is not a positive whole number\.$/
    );
  });

  test("every reading error of the sheet has its English", () => {
    const grid = policyGrid((rows) => {
      const set = (label: string, value: string): void => {
        const r = rows.findIndex((row) => row[0] === label);
        if (r < 0) throw new Error(`no row ${label}`);
        rows[r][1] = value;
      };
      set("Quy tắc tính tháng lẻ (A, B hoặc Chính xác)", "C");
      set("Chỉ kiêm nhiệm chức danh cùng cấp", "có lẽ");
    });
    const { findings } = readPolicySheet(grid);
    expect(findings.length).toBeGreaterThanOrEqual(2);
    for (const f of findings) {
      const message = localizeFinding(f, "en").message;
      expect(message).toMatch(/^The policy is invalid at /);
      expect(english(message)).not.toMatch(VIETNAMESE);
    }
  });
});

describe("policy-schema errors in English", () => {
  test.each([
    [
      "a misspelt key",
      (p: Record<string, unknown>) => ((p.hamletCapp = p.hamletCap), delete p.hamletCap),
    ],
    [
      "a band gap",
      (p: Record<string, unknown>) => (p.severance as { bands: unknown[] }).bands.pop(),
    ],
    ["a bad type", (p: Record<string, unknown>) => (p.hamletCap = "six")],
    [
      "a bad enum",
      (p: Record<string, unknown>) => ((p.severance as { bandRule: string }).bandRule = "C"),
    ],
  ])("%s", (_, edit) => {
    const p = nq77() as unknown as Record<string, unknown>;
    edit(p);
    const r = parsePolicy(p);
    if (r.ok) throw new Error("expected issues");
    for (const issue of r.issues) {
      expect(issue.en).toBeDefined();
      expect(english(issue.en ?? "")).not.toMatch(VIETNAMESE);
    }
  });

  test("a misspelt key says which key was meant, in English", () => {
    const p = nq77() as unknown as Record<string, unknown>;
    p.hamletCapp = p.hamletCap;
    delete p.hamletCap;
    const r = parsePolicy(p);
    if (r.ok) throw new Error("expected issues");
    expect(r.issues.map((i) => i.en)).toEqual([
      "The key «hamletCapp» is not part of a policy (unknown or misspelt); did you mean «hamletCap»?",
      "The required value «hamletCap» is missing (perhaps misspelt as «hamletCapp»).",
    ]);
  });
});
