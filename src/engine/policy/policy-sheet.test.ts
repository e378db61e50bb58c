import { isPolicySheet, policyToSheetSpec, readPolicySheet } from "./policy-sheet";
import { PRESETS, getPreset } from "./presets";
import { bandsForRule } from "./bands";
import type { CellValue, Grid, Policy } from "../types";
import type { SheetSpec } from "../sheets/spec";

/** What an adapter would hand back after writing the spec: values at their cells, merges kept. */
function specToGrid(spec: SheetSpec): Grid {
  const cells: CellValue[][] = [];
  for (const c of spec.cells) {
    while (cells.length < c.row) cells.push([]);
    const r = cells[c.row - 1];
    while (r.length < c.col) r.push(null);
    r[c.col - 1] = c.value;
  }
  return { sheet: spec.name, firstRow: 1, firstCol: 1, cells, merges: spec.merges };
}

function findRow(grid: Grid, text: string): number {
  const i = grid.cells.findIndex(
    (r) => typeof r[0] === "string" && (r[0] as string).includes(text)
  );
  if (i < 0) throw new Error(`no row «${text}»`);
  return i;
}

function gridOf(p: Policy): Grid {
  return specToGrid(policyToSheetSpec(p));
}

describe("policyToSheetSpec", () => {
  const spec = policyToSheetSpec(getPreset("kien-giang-nq77-2017")!);
  const text = (row: number, col: number) =>
    spec.cells.find((c) => c.row === row && c.col === col)?.value;
  const rowOf = (t: string) =>
    spec.cells.find((c) => c.col === 1 && typeof c.value === "string" && c.value.includes(t))!.row;

  test("kind, name, print setup, Times New Roman", () => {
    expect(spec.kind).toBe("policy");
    expect(spec.name).toBe("Quy định");
    expect(spec.print.orientation).toBe("landscape");
    for (const style of Object.values(spec.styles))
      expect(style.font?.name).toBe("Times New Roman");
    expect(spec.columnWidths.every((w) => w >= 12)).toBe(true);
  });

  test("sections in order; no fund section when the policy has no funds", () => {
    const headings = spec.cells.filter((c) => c.style === "heading").map((c) => c.value);
    expect(headings).toEqual([
      "I. THÔNG TIN CHUNG VÀ CĂN CỨ PHÁP LÝ",
      "II. MỨC LƯƠNG CƠ SỞ",
      "III. SỐ LƯỢNG TỐI ĐA CẤP XÃ THEO LOẠI XÃ",
      "IV. SỐ LƯỢNG TỐI ĐA Ở ẤP, KHU PHỐ",
      "V. CHỨC DANH",
      "VI. KIÊM NHIỆM",
      "VII. CHẾ ĐỘ THÔI VIỆC",
      "VIII. CÁC TRƯỜNG HỢP VÀ THÀNH PHẦN TRỢ CẤP",
      "IX. CÁCH TÍNH THÁNG LẺ (THEO KHOẢNG)",
    ]);
    const nd33 = policyToSheetSpec(getPreset("nd33-2023")!);
    expect(nd33.cells.filter((c) => c.style === "heading").map((c) => c.value)).toContain(
      "X. QUỸ PHỤ CẤP (HỆ SỐ × MỨC LƯƠNG CƠ SỞ)"
    );
  });

  test("values as a clerk reads them", () => {
    const r = rowOf("Ngày ban hành");
    expect(text(r, 2)).toBe("20/07/2017");
    const bs = rowOf("MỨC LƯƠNG CƠ SỞ");
    expect([text(bs + 1, 1), text(bs + 1, 2), text(bs + 1, 3), text(bs + 1, 4)]).toEqual([
      "Áp dụng từ ngày",
      "Mức lương cơ sở (đồng/tháng)",
      "Văn bản",
      "Kiểm chứng",
    ]);
    expect([text(bs + 4, 1), text(bs + 4, 2), text(bs + 4, 3), text(bs + 4, 4)]).toEqual([
      "01/07/2018",
      1390000,
      "Nghị định 72/2018/NĐ-CP",
      "Đã kiểm chứng",
    ]);
    const c3 = rowOf("Xã loại 3");
    expect([text(c3, 2), text(c3, 4)]).toEqual([11, "Chưa kiểm chứng"]);
    const t = rowOf("CHỨC DANH") + 2;
    expect([
      text(t, 1),
      text(t, 2),
      text(t, 4),
      text(t, 5),
      text(t, 6),
      text(t, 7),
      text(t, 8),
    ]).toEqual([
      "Cấp xã",
      "Phó Chỉ huy trưởng Quân sự",
      null,
      1,
      "Không",
      "Chưa kiểm chứng",
      "pho-chi-huy-truong-quan-su",
    ]);
    expect(String(text(t, 3)).split("; ")).toContain("Phó CHT Quân sự");
    const rule = rowOf("Quy tắc tính tháng lẻ");
    expect([text(rule, 2), text(rule, 4)]).toEqual(["B", "Chưa kiểm chứng"]);
    const dateCell = spec.cells.find((c) => c.row === bs + 4 && c.col === 1)!;
    expect(spec.styles[dateCell.style!].numFmt).toBe("@");
    const rate = spec.cells.find((c) => c.row === rowOf("Tỷ lệ hưởng") && c.col === 2)!;
    expect(rate.value).toBe(1);
    expect(spec.styles[rate.style!].numFmt).toBe("0%");
  });
});

describe("readPolicySheet", () => {
  test.each(PRESETS.map((p) => [p.id, p] as const))("round trip is exact for %s", (_id, preset) => {
    const grid = gridOf(preset);
    expect(isPolicySheet(grid)).toBe(true);
    const r = readPolicySheet(grid);
    expect(r.findings).toEqual([]);
    expect(r.policy).toEqual(preset);
  });

  test("round trip of an edited policy: exact rule, coefficients, required title, no bandsVerified", () => {
    const p = getPreset("nd33-2023")!;
    p.severance.bandRule = "exact";
    p.severance.bands = bandsForRule("exact");
    delete p.severance.bandsVerified;
    delete p.severance.bandsRef;
    p.titles[0].coefficient = "1.25";
    p.titles[1].coefficient = "0.955";
    p.titles[2].required = true;
    p.titles[3].aliases = [];
    p.concurrent.payRate = { value: "0.3", verified: false };
    const r = readPolicySheet(gridOf(p));
    expect(r.findings).toEqual([]);
    expect(r.policy).toEqual(p);
  });

  test("clerk's edits in their own notation are read", () => {
    const grid = gridOf(getPreset("kien-giang-nq77-2017")!);
    const cap = findRow(grid, "Số người tối đa mỗi ấp");
    grid.cells[cap][1] = "7";
    const rate = findRow(grid, "Tỷ lệ hưởng");
    grid.cells[rate][1] = "50%";
    const t = findRow(grid, "CHỨC DANH") + 2;
    grid.cells[t][3] = "1,5";
    grid.cells[t][6] = "đã kiểm chứng";
    grid.cells[t + 1][7] = null; // id left empty: derived from the name
    const date = findRow(grid, "Ngày có hiệu lực");
    grid.cells[date][1] = 42948; // Excel serial of 2017-08-01
    const r = readPolicySheet(grid);
    expect(r.findings).toEqual([]);
    expect(r.policy!.hamletCap.value).toBe(7);
    expect(r.policy!.concurrent.payRate.value).toBe("0.5");
    expect(r.policy!.titles[0]).toMatchObject({ coefficient: "1.5", verified: true });
    expect(r.policy!.titles[1].id).toBe("pho-truong-cong-an");
    expect(r.policy!.effectiveFrom).toBe("2017-08-01");
  });

  test("an unreadable number is a policy-invalid finding at its cell", () => {
    const grid = gridOf(getPreset("kien-giang-nq77-2017")!);
    const t = findRow(grid, "CHỨC DANH") + 2 + 3;
    grid.cells[t][4] = "một";
    const r = readPolicySheet(grid);
    expect(r.policy).toBeNull();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      code: "policy-invalid",
      severity: "error",
      sheet: "Quy định",
      cell: `E${t + 1}`,
      row: t + 1,
    });
    expect(r.findings[0].params.key).toBe("titles[3].limit");
    expect(r.findings[0].message).toContain("«một»");
  });

  test("an unknown section label is a finding at the heading", () => {
    const grid = gridOf(getPreset("kien-giang-nq77-2017")!);
    const h = findRow(grid, "KIÊM NHIỆM");
    grid.cells[h][0] = "VI. CHẾ ĐỘ ĐẶC BIỆT";
    const r = readPolicySheet(grid);
    expect(r.policy).toBeNull();
    const f = r.findings.find((x) => x.cell === `A${h + 1}`)!;
    expect(f.code).toBe("policy-invalid");
    expect(f.params.key).toBe("CHẾ ĐỘ ĐẶC BIỆT");
    expect(f.message).toContain("không có trong mẫu Quy định");
  });

  test("an unknown row label inside a section is a finding at that row", () => {
    const grid = gridOf(getPreset("kien-giang-nq77-2017")!);
    const row = findRow(grid, "Chỉ kiêm nhiệm chức danh cùng cấp");
    grid.cells[row][0] = "Chỉ kiêm nhiệm trong xã";
    const r = readPolicySheet(grid);
    expect(r.policy).toBeNull();
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([["policy-invalid", `A${row + 1}`]]);
  });

  test("a misspelt row label suggests the intended one", () => {
    const grid = gridOf(getPreset("kien-giang-nq77-2017")!);
    const row = findRow(grid, "Số người tối đa mỗi ấp");
    grid.cells[row][0] = "Số ngừơi tối da mỗi ấpp";
    const r = readPolicySheet(grid);
    expect(r.policy).toBeNull();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].cell).toBe(`A${row + 1}`);
    expect(r.findings[0].message).toContain("có phải là «Số người tối đa mỗi ấp, khu phố»?");
  });

  test("a band overlap is a finding at the overlapping band's row", () => {
    const grid = gridOf(getPreset("kien-giang-nq77-2017")!);
    const first = findRow(grid, "CÁCH TÍNH THÁNG LẺ") + 2;
    grid.cells[first + 1][0] = 0; // band 2 now 0–6, overlapping band 1 (0–0)
    const r = readPolicySheet(grid);
    expect(r.policy).toBeNull();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: "policy-invalid", cell: `A${first + 2}` });
    expect(r.findings[0].params.key).toBe("severance.bands[1]");
    expect(r.findings[0].message).toContain("chồng lên");
  });

  test("base salary rows out of order point at the later row's date", () => {
    const grid = gridOf(getPreset("kien-giang-nq77-2017")!);
    const first = findRow(grid, "MỨC LƯƠNG CƠ SỞ") + 2;
    grid.cells[first + 2][0] = "01/01/2016";
    const r = readPolicySheet(grid);
    expect(r.findings.map((f) => [f.params.key, f.cell])).toEqual([
      ["baseSalary[2].from", `A${first + 3}`],
    ]);
  });

  test("a missing required row points at its section heading", () => {
    const grid = gridOf(getPreset("kien-giang-nq77-2017")!);
    const row = findRow(grid, "Số người tối đa mỗi ấp");
    grid.cells[row] = [];
    const r = readPolicySheet(grid);
    const h = findRow(grid, "SỐ LƯỢNG TỐI ĐA Ở ẤP");
    expect(r.findings.map((f) => [f.params.key, f.cell])).toEqual([["hamletCap", `A${h + 1}`]]);
    expect(r.findings[0].message).toContain("Thiếu giá trị bắt buộc");
  });

  test("the ND 154 cases as a clerk reads them: one case row, then its components", () => {
    const grid = gridOf(getPreset("nd154-2025-thon")!);
    const first = findRow(grid, "CÁC TRƯỜNG HỢP VÀ THÀNH PHẦN TRỢ CẤP") + 2;
    // Case a: below 60 months of service, from 1 month to retirement age.
    expect(grid.cells[first].slice(0, 6)).toEqual([
      "a",
      "Dưới 60 tháng công tác, chưa đến tuổi nghỉ hưu",
      null,
      60,
      1,
      null,
    ]);
    expect(grid.cells[first + 1].slice(6, 9)).toEqual([0.8, "Số tháng công tác", null]);
    expect(grid.cells[first + 2].slice(6, 9)).toEqual([1.5, "Số năm tính hưởng", null]);
    expect(grid.cells[first + 3].slice(6, 9)).toEqual([3, "Số cố định", 1]);
    // Case c's 60 months, unverified.
    // a and b take a case row and three component rows each.
    const c = first + 8;
    expect(grid.cells[c][0]).toBe("c");
    expect(grid.cells[c + 1].slice(6, 11)).toEqual([
      0.8,
      "Số cố định (tháng)",
      60,
      "Nghị định 154/2025/NĐ-CP, Điều 10",
      "Chưa kiểm chứng",
    ]);
    const month = findRow(grid, "Phụ cấp (PC) tính theo tháng");
    expect(grid.cells[month][1]).toBe("Tháng liền trước tháng thôi việc");
  });

  test("an unknown quantity in the cases table is a finding at its cell, naming the key", () => {
    const grid = gridOf(getPreset("nd154-2025-thon")!);
    const first = findRow(grid, "CÁC TRƯỜNG HỢP VÀ THÀNH PHẦN TRỢ CẤP") + 2;
    grid.cells[first + 1][7] = "Số tháng còn lại";
    const r = readPolicySheet(grid);
    expect(r.policy).toBeNull();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: "policy-invalid", cell: `H${first + 2}` });
    expect(r.findings[0].params.key).toBe("severance.formula.cases[0].components[0].quantity");
  });

  test("a case gap written by the clerk is a finding at the cases heading", () => {
    const grid = gridOf(getPreset("nd154-2025-thon")!);
    const first = findRow(grid, "CÁC TRƯỜNG HỢP VÀ THÀNH PHẦN TRỢ CẤP") + 2;
    grid.cells[first][3] = 59; // case a: below 59 months
    const r = readPolicySheet(grid);
    expect(r.policy).toBeNull();
    expect(r.findings.map((f) => f.params.key)).toEqual(["severance.formula.cases"]);
    expect(r.findings[0].message).toContain("bị hở");
  });

  test("a sheet of the earlier layout (months per year, no cases table) reads as NQ 77's formula", () => {
    const preset = getPreset("kien-giang-nq77-2017")!;
    const grid = gridOf(preset);
    const id = findRow(grid, "Mã công thức trợ cấp");
    grid.cells[id] = [
      "Số tháng phụ cấp cho mỗi năm công tác",
      1,
      "Nghị quyết 77/2017/NQ-HĐND",
      "Đã kiểm chứng",
    ];
    for (const label of [
      "Tên công thức trợ cấp",
      "Phụ cấp (PC) tính theo tháng",
      "Cách đếm số tháng nghỉ trước tuổi",
    ])
      grid.cells[findRow(grid, label)] = [];
    const cases = findRow(grid, "CÁC TRƯỜNG HỢP VÀ THÀNH PHẦN TRỢ CẤP");
    const bands = findRow(grid, "CÁCH TÍNH THÁNG LẺ");
    for (let r = cases; r < bands; r++) grid.cells[r] = [];
    const r = readPolicySheet(grid);
    expect(r.findings).toEqual([]);
    expect(r.policy).toEqual(preset);
  });

  test("isPolicySheet is false for a roster and for a clerk's unrelated sheet", () => {
    expect(
      isPolicySheet({
        sheet: "Phú Mỹ",
        firstRow: 1,
        firstCol: 1,
        cells: [
          ["STT", "Họ và tên", "Chức danh"],
          [1, "A", "Thủ quỹ"],
        ],
      })
    ).toBe(false);
    expect(
      isPolicySheet({
        sheet: "Quy định",
        firstRow: 1,
        firstCol: 1,
        cells: [["Nghị quyết 77/2017"], ["Điều 1. Phạm vi"]],
      })
    ).toBe(false);
  });
});
