import type { CellValue, Grid, SheetSpec } from "../index";
import { analyze } from "../analyze";
import { buildSheets } from "../sheets/build";
import { buildPlan, hamletWord, mergerSentence } from ".";
import { readRegister } from "../workbook/register";
import { getPreset } from "../policy/presets";

const HEADER = ["STT", "Họ và tên", "Năm sinh", "Xã", "Ấp", "Chức danh", "Phương án"];

function roster(rows: CellValue[][], header: string[] = HEADER): Grid {
  return { sheet: "Danh sách", firstRow: 1, firstCol: 1, cells: [header, ...rows] };
}

function registerGrid(rows: CellValue[][], header = ["Xã", "Loại", "Ấp"]): Grid {
  return { sheet: "Đơn vị", firstRow: 1, firstCol: 1, cells: [header, ...rows] };
}

/** Distinct hamlet titles of NQ 77, so that only the people count matters. */
const HAMLET_TITLES = ["Trưởng ấp", "Phó Trưởng ấp", "Công an viên", "Thú y", "Y tế", "Văn thư"];

function textsOf(spec: SheetSpec): string[] {
  return spec.cells.map((c) => (typeof c.value === "string" ? c.value : "")).filter(Boolean);
}

describe("one hamlet, however it is written (issue 8)", () => {
  // Seven people kept in one hamlet of Phú Mỹ (class 1, hamlet cap 6 under NQ 77), the hamlet
  // written seven ways, plus one leaver. By hand: 7 after, 1 over the cap; before = 7 kept + 1
  // leaver = 8; reduction 1.
  const variants = [
    "Tràm Trổi",
    "Ấp Tràm Trổi",
    "ấp tràm trổi",
    "Ấp Tràm Trổi".normalize("NFD"),
    "Tràm Trổi  ",
    " ẤP  TRÀM TRỔI",
    "Ấp\u00a0Tràm Trổi",
  ];
  const rows: CellValue[][] = variants.map((h, i) => [
    i + 1,
    `Người Số ${i + 1}`,
    1970 + i,
    "Phú Mỹ",
    h,
    HAMLET_TITLES[i % HAMLET_TITLES.length],
    "Tiếp tục bố trí",
  ]);
  rows.push([8, "Người Thôi Việc", 1960, "Phú Mỹ", "Tràm Trổi", "Trưởng ấp", "Nghỉ hưu"]);
  const grids = [roster(rows), registerGrid([["Phú Mỹ", 1, null]])];

  test.each(["vi", "en"] as const)(
    "Kiểm tra, Danh sách bố trí and the summary agree (%s)",
    (lang) => {
      const a = analyze(grids, { lang });
      const over = a.findings.filter((f) => f.code === "hamlet-over-quota");
      expect(over.map((f) => [f.count, f.limit, f.params.difference])).toEqual([[7, 6, 1]]);

      const hamlets = a.plan.communes[0].hamlets;
      expect(hamlets.map((h) => [h.hamletName, h.after.length, h.before.length])).toEqual([
        ["Tràm Trổi", 7, 8],
      ]);

      const arrangement = buildSheets(a, { documentDate: "2019-03-05" })[2];
      const texts = textsOf(arrangement);
      expect(texts).toContain("1. Tràm Trổi");
      expect(texts).toContain("7 / 6 người — vượt 1");
      expect(texts.filter((t) => /^\d+\. /.test(t))).toEqual(["1. Tràm Trổi"]);

      const s = a.report.communes[0];
      expect([s.before.hamlet, s.after.hamlet, s.reduction.hamlet]).toEqual([8, 7, 1]);
    }
  );
});

describe("hamlet merger (DOMAIN §10.3)", () => {
  // Register: Thôn 1 + Thôn 2 → Thôn Đông; Thôn 3 → Thôn Tây; Thôn 4 stays. 4 hamlets → 3.
  const register = registerGrid(
    [
      ["Phú Mỹ", 1, null, null, null],
      ["Phú Mỹ", null, "Thôn 1", "Thôn Đông", 120],
      ["Phú Mỹ", null, "Thôn 2", "Thôn Đông", 90],
      ["Phú Mỹ", null, "Thôn 3", "Thôn Tây", 300],
      ["Phú Mỹ", null, "Thôn 4", null, 80],
    ],
    ["Xã", "Loại", "Thôn cũ", "Thôn mới", "Số hộ"]
  );

  test("the register maps old hamlets to new ones; a new hamlet takes its old ones' households", () => {
    const { register: reg } = readRegister([register]);
    const names = reg.communes[0].hamlets.map((h) => [h.name, h.mergesInto ?? null, h.households]);
    expect(names).toEqual([
      ["Thôn 1", "Thôn Đông", 120],
      ["Thôn Đông", null, 210],
      ["Thôn 2", "Thôn Đông", 90],
      ["Thôn 3", "Thôn Tây", 300],
      ["Thôn Tây", null, 300],
      ["Thôn 4", null, 80],
    ]);
    expect(reg.communes[0].hamlets.filter((h) => h.targetOnly).map((h) => h.name)).toEqual([
      "Thôn Đông",
      "Thôn Tây",
    ]);
  });

  // Roster: Thôn 1: 3 kept + 1 leaver; Thôn 2: 2 kept + 2 leavers; Thôn 3: 2 kept; Thôn 4: 1 kept
  // + 1 leaver; 1 new person in Thôn Tây. By hand: before 3+1 + 2+2 + 2 + 1+1 = 12; after 3 + 2
  // + 2 + 1 + 1 = 9. After per new hamlet: Đông 5, Tây 3, Thôn 4 1.
  const people: [string, string][] = [
    ["Thôn 1", "Tiếp tục bố trí"],
    ["Thôn 1", "Tiếp tục bố trí"],
    ["Thôn 1", "Tiếp tục bố trí"],
    ["Thôn 1", "Thôi việc"],
    ["Thôn 2", "Tiếp tục bố trí"],
    ["Thôn 2", "Tiếp tục bố trí"],
    ["Thôn 2", "Thôi việc"],
    ["Thôn 2", "Nghỉ hưu"],
    ["Thôn 3", "Tiếp tục bố trí"],
    ["Thôn 3", "Tiếp tục bố trí"],
    ["Thôn 4", "Tiếp tục bố trí"],
    ["Thôn 4", "Thôi việc"],
    ["Thôn Tây", "Bố trí mới"],
  ];
  const rows: CellValue[][] = people.map(([h, d], i) => [
    i + 1,
    `Người Số ${i + 1}`,
    1970 + i,
    "Phú Mỹ",
    h,
    HAMLET_TITLES[i % HAMLET_TITLES.length],
    d,
  ]);

  test("before per old hamlet, after per new hamlet, the sentence", () => {
    const a = analyze([roster(rows), register], { lang: "vi" });
    const hamlets = a.plan.communes[0].hamlets;
    const figures = hamlets.map((h) => [
      h.hamletName,
      h.before.length,
      h.after.length,
      h.existsBefore,
      h.existsAfter,
      h.cap,
    ]);
    expect(figures).toEqual([
      ["Thôn 1", 4, 0, true, false, null],
      ["Thôn Đông", 0, 5, false, true, 6],
      ["Thôn 2", 4, 0, true, false, null],
      ["Thôn 3", 2, 0, true, false, null],
      ["Thôn Tây", 0, 3, false, true, 6],
      ["Thôn 4", 2, 1, true, true, 6],
    ]);
    expect(a.plan.merger).toEqual({
      merging: true,
      hamletsBefore: 4,
      hamletsAfter: 3,
      peopleBefore: 12,
      peopleAfter: 9,
      word: "thôn",
    });
    expect(mergerSentence(a.plan.merger)).toBe(
      "Sắp xếp 4 thôn thành 3 thôn; số người hoạt động không chuyên trách ở thôn giảm từ 12 xuống 9 người"
    );
    expect(mergerSentence(a.plan.merger, "en")).toBe(
      "4 hamlets rearranged into 3; part-time officials in the hamlets fell from 12 to 9"
    );
    const s = a.report.communes[0];
    expect([s.before.hamlet, s.after.hamlet]).toEqual([12, 9]);

    // Danh sách bố trí lists the hamlets after the merger only, each "count / cap".
    const texts = textsOf(buildSheets(a, { documentDate: "2026-07-01" })[2]);
    expect(texts.filter((t) => /^\d+\. /.test(t))).toEqual([
      "1. Thôn Đông",
      "2. Thôn Tây",
      "3. Thôn 4",
    ]);
    expect(texts.filter((t) => / \/ 6 người/.test(t))).toEqual([
      "5 / 6 người",
      "3 / 6 người",
      "1 / 6 người",
    ]);
  });

  test("the roster's «Thôn sau sắp xếp» places a kept person; an unknown one is a finding", () => {
    const header = [...HEADER.slice(0, 5), "Thôn sau sắp xếp", ...HEADER.slice(5)];
    const withAfter = rows.map((r) => [...r.slice(0, 5), null, ...r.slice(5)]);
    withAfter[10][5] = "Thôn Đông"; // Thôn 4's kept person goes to Thôn Đông
    withAfter[8][5] = "Thôn Bắc"; // not in the register
    const a = analyze([roster(withAfter, header), register], { lang: "vi" });
    const after = Object.fromEntries(
      a.plan.communes[0].hamlets.map((h) => [h.hamletName, h.after.length])
    );
    expect(after).toMatchObject({ "Thôn Đông": 6, "Thôn Tây": 2, "Thôn 4": 0, "Thôn Bắc": 1 });
    const unknown = a.findings.filter((f) => f.code === "hamlet-unknown");
    expect(unknown.map((f) => [f.cell, f.params.value])).toEqual([["F10", "Thôn Bắc"]]);
  });

  test("without a register mapping, a roster column alone merges: all kept moved away", () => {
    const policy = getPreset("kien-giang-nq77-2017");
    if (!policy) throw new Error("preset missing");
    const m = (index: number, hamlet: string, decision: "keep" | "leave-paid", after?: string) => ({
      index,
      sheet: "DS",
      row: index + 2,
      name: { value: `P${index}`, cell: { sheet: "DS", row: index + 2, col: 2 }, raw: `P${index}` },
      birth: null,
      gender: null,
      commune: { value: "Phú Mỹ", cell: { sheet: "DS", row: index + 2, col: 3 }, raw: "Phú Mỹ" },
      communeSource: "column" as const,
      hamlet: { value: hamlet, cell: { sheet: "DS", row: index + 2, col: 4 }, raw: hamlet },
      ...(after
        ? {
            hamletAfter: {
              value: after,
              cell: { sheet: "DS", row: index + 2, col: 5 },
              raw: after,
            },
          }
        : {}),
      level: "hamlet" as const,
      title: null,
      concurrent: [],
      coefficient: null,
      concurrentCoefficient: null,
      allowance: null,
      concurrentAllowance: null,
      start: null,
      end: null,
      decision: { value: decision, cell: { sheet: "DS", row: index + 2, col: 6 }, raw: decision },
      decisionText: decision,
      round: null,
      note: null,
    });
    // Ấp A: one kept (moved to Ấp B), one leaver; Ấp B: one kept. 2 hamlets → 1; 3 → 2 people.
    const plan = buildPlan({
      members: [m(0, "Ấp A", "keep", "Ấp B"), m(1, "Ấp A", "leave-paid"), m(2, "Ấp B", "keep")],
      policy,
      register: { sheet: null, communes: [] },
    });
    expect(plan.merger).toMatchObject({ hamletsBefore: 2, hamletsAfter: 1, word: "ấp" });
    expect(mergerSentence(plan.merger)).toBe(
      "Sắp xếp 2 ấp thành 1 ấp; số người hoạt động không chuyên trách ở ấp giảm từ 3 xuống 2 người"
    );
  });
});

describe("hamletWord", () => {
  test.each([
    [["Ấp Tràm Trổi", "Ấp Cống Cả", "Khu phố 2"], "ấp"],
    [["Thôn 1", "Thôn 2", "Ấp 3"], "thôn"],
    [["Khu phố 1", "Khu phố 2"], "khu phố"],
    [["Tổ dân phố 5"], "tổ dân phố"],
    [["khóm 1", "Khóm 2"], "khóm"],
    [["Tràm Trổi", "Cống Cả"], "thôn"],
    [[], "thôn"],
  ])("%j → %s", (names, word) => {
    expect(hamletWord(names)).toBe(word);
  });
});
