import { analyze } from "./analyze";
import { UnusableInputError } from "./errors";
import { buildSampleDistrict } from "./sample/giang-thanh";
import { getPreset } from "./policy/presets";
import { policyToSheetSpec } from "./policy/policy-sheet";
import type { Grid } from "./types";
import type { SheetSpec } from "./sheets/spec";

function sampleGrids(): Grid[] {
  return buildSampleDistrict().map((s) => ({
    sheet: s.name,
    firstRow: 1,
    firstCol: 1,
    cells: s.rows,
    merges: s.merges,
  }));
}

function specToGrid(spec: SheetSpec): Grid {
  const rows = Math.max(...spec.cells.map((c) => c.row));
  const cols = Math.max(...spec.cells.map((c) => c.col));
  const cells: Grid["cells"] = Array.from({ length: rows }, () => Array<null>(cols).fill(null));
  for (const c of spec.cells) cells[c.row - 1][c.col - 1] = c.value;
  return { sheet: spec.name, firstRow: 1, firstCol: 1, cells, merges: spec.merges };
}

describe("analyze: the whole pipeline on the sample district's grids", () => {
  const analysis = analyze(sampleGrids());

  test("reproduces the founding report (DOMAIN §1, §5.6)", () => {
    const t = analysis.report.totals;
    expect(t.reduction).toEqual({ commune: 30, hamlet: 85 });
    expect(t.cases).toEqual({ commune: 25, hamlet: 88, total: 113 });
    expect(t.amount.total).toBe(1149540875);
    expect(analysis.report.amountInWords).toBe(
      "Một tỷ một trăm bốn mươi chín triệu năm trăm bốn mươi nghìn tám trăm bảy mươi lăm đồng"
    );
    expect(analysis.report.narrative[1]).toContain("1.149.540.875 đồng");
  });

  test("reads the register, the information sheet and the default preset", () => {
    expect(analysis.register.communes.map((c) => c.name)).toHaveLength(5);
    expect(analysis.info.paymentDate).toBe("2018-12-31");
    expect(analysis.policy.id).toBe("kien-giang-nq77-2017");
    expect(analysis.policySource).toBe("preset");
  });

  test("errors come only from the mistakes sheet, in sheet order", () => {
    const errors = analysis.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((f) => f.sheet))).toEqual(new Set(["Danh sách (có lỗi)"]));
    const rows = errors.map((f) => f.row ?? 0);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  test("--payment-date overrides the information sheet", () => {
    const later = analyze(sampleGrids(), { paymentDate: "2019-12-31" });
    expect(later.info.paymentDate).toBe("2019-12-31");
  });

  test("English messages with lang en", () => {
    const en = analyze(sampleGrids(), { lang: "en" });
    const unknown = en.findings.find((f) => f.code === "decision-unknown");
    expect(unknown?.message).toMatch(/is not recognised/);
  });

  test("sheets the adapter generated are never read as input", () => {
    const grids = sampleGrids();
    const without = analyze(grids, { generatedSheets: ["Danh sách (có lỗi)"] });
    expect(without.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("the workbook's own Quy định sheet is the policy, even when the add-in wrote it", () => {
    const policy = getPreset("kien-giang-nq77-2017")!;
    const sheet = specToGrid(
      policyToSheetSpec({ ...policy, hamletCap: { value: 7, verified: false } })
    );
    const withSheet = analyze([...sampleGrids(), sheet], { generatedSheets: [sheet.sheet] });
    expect(withSheet.policySource).toBe("sheet");
    expect(withSheet.policy.hamletCap.value).toBe(7);
    // With a cap of 7 the over-quota hamlet of the mistakes sheet (7 people) is within the cap.
    expect(withSheet.findings.some((f) => f.code === "hamlet-over-quota")).toBe(false);
  });
});

describe("analyze: unusable input", () => {
  test("no roster → UnusableInputError carrying roster-not-found", () => {
    const grid: Grid = {
      sheet: "Sheet1",
      firstRow: 1,
      firstCol: 1,
      cells: [["Ghi chú"], ["Không có gì"]],
    };
    expect.assertions(2);
    try {
      analyze([grid]);
    } catch (e) {
      expect(e).toBeInstanceOf(UnusableInputError);
      expect((e as UnusableInputError).finding.code).toBe("roster-not-found");
    }
  });

  test("an invalid Quy định sheet → UnusableInputError carrying policy-invalid at a cell", () => {
    const sheet = specToGrid(policyToSheetSpec(getPreset("kien-giang-nq77-2017")!));
    // Break the first numeric value after the base-salary heading: an amount that is not a number.
    const rowIndex = sheet.cells.findIndex(
      (r) => typeof r[1] === "number" && (r[1] as number) >= 1000000
    );
    sheet.cells[rowIndex][1] = "một triệu";
    expect.assertions(3);
    try {
      analyze([...sampleGrids(), sheet]);
    } catch (e) {
      expect(e).toBeInstanceOf(UnusableInputError);
      expect((e as UnusableInputError).finding.code).toBe("policy-invalid");
      expect((e as UnusableInputError).finding.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });
});
