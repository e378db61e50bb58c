import { isRegisterGrid, parseCommuneClass, readRegister, matchRegisterHeader } from "./register";
import type { CellValue, Grid } from "../types";

function grid(sheet: string, cells: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return { sheet, firstRow: 1, firstCol: 1, cells, ...extra };
}

describe("parseCommuneClass", () => {
  test.each([
    [1, 1],
    [2, 2],
    [3, 3],
    ["1", 1],
    ["I", 1],
    ["II", 2],
    ["III", 3],
    ["iii", 3],
    ["Loại 1", 1],
    ["loại II", 2],
    ["LOẠI III", 3],
    ["Xã loại I", 1],
    [" loai 2 ", 2],
  ] as [CellValue, number][])("%p → %p", (v, c) => {
    expect(parseCommuneClass(v)).toBe(c);
  });
  test.each([[4], [0], ["IV"], ["Loại"], [""], [null], [{ error: "#N/A" }], [1.5]] as [
    CellValue,
  ][])("%p → null", (v) => {
    expect(parseCommuneClass(v)).toBeNull();
  });
});

describe("matchRegisterHeader", () => {
  test("specific columns win over the commune column", () => {
    expect(matchRegisterHeader("Xã")).toBe("commune");
    expect(matchRegisterHeader("Tên xã")).toBe("commune");
    expect(matchRegisterHeader("Đơn vị")).toBe("commune");
    expect(matchRegisterHeader("Xã biên giới")).toBe("border");
    expect(matchRegisterHeader("Biên giới (đánh dấu x)")).toBe("border");
    expect(matchRegisterHeader("Loại xã")).toBe("communeClass");
    expect(matchRegisterHeader("Ấp/khu phố")).toBe("hamlet");
    expect(matchRegisterHeader("Số NKCT tăng thêm")).toBe("extraPosts");
    expect(matchRegisterHeader("An ninh trọng điểm")).toBe("keySecurity");
    expect(matchRegisterHeader("Họ và tên")).toBeNull();
  });
});

describe("readRegister", () => {
  test("no register sheet → empty register", () => {
    const roster = grid("Phú Mỹ", [["STT", "Họ và tên", "Xã", "Chức danh", "Phương án"]]);
    expect(isRegisterGrid(roster)).toBe(false);
    expect(readRegister([roster])).toEqual({
      register: { sheet: null, communes: [] },
      findings: [],
    });
  });

  test("simple commune list under a title line, roman classes", () => {
    const g = grid("Đơn vị", [
      ["DANH SÁCH ĐƠN VỊ HÀNH CHÍNH HUYỆN GIANG THÀNH"],
      [],
      ["STT", "Tên xã", "Loại", "Số hộ", "Biên giới"],
      [1, "Tân Khánh Hòa", "I", "1.234", "x"],
      [2, "Phú Lợi", "loại II", 980, null],
      [3, "Phú Mỹ", "Loại 3", null, "X"],
      [4, "Vĩnh Điều", "Loại IV", null, "không"],
      [null, "Tổng cộng", null, 2214, null],
    ]);
    expect(isRegisterGrid(g)).toBe(true);
    const { register, findings } = readRegister([g]);
    expect(findings).toEqual([]);
    expect(register.sheet).toBe("Đơn vị");
    expect(register.communes.map((c) => [c.name, c.communeClass, c.households, c.border])).toEqual([
      ["Tân Khánh Hòa", 1, 1234, true],
      ["Phú Lợi", 2, 980, false],
      ["Phú Mỹ", 3, null, true],
      ["Vĩnh Điều", null, null, false],
    ]);
    expect(register.communes[0].cell).toEqual({ sheet: "Đơn vị", row: 4, col: 2 });
    expect(register.communes.every((c) => c.hamlets.length === 0 && c.extraPosts === 0)).toBe(true);
  });

  test("merged-ish layout: commune merged over its hamlet rows, two header rows", () => {
    // Rows 1-2 header: "Đặc điểm" over Biên giới / Hải đảo / An ninh trọng điểm.
    const g = grid(
      "DV",
      [
        ["Xã", "Loại", "Ấp, khu phố", "Số hộ", "Đặc điểm", null, null, "Số NKCT tăng thêm"],
        [null, null, null, null, "Biên giới", "Hải đảo", "An ninh trọng điểm", null],
        ["Phú Mỹ", "II", null, null, "x", null, null, 2],
        [null, null, "Ấp Tràm Trổi", 420, null, null, null, null],
        [null, null, "Ấp Trần Thệ", "180", null, null, "✓", null],
        ["Vĩnh Phú", 3, "Ấp Mới", 90, null, "x", null, null],
        ["Vĩnh Phú", null, "Ấp Cũ", 95, null, null, null, null],
        ["Vĩnh Phú", null, "Ấp Mới", 91, null, null, null, null],
        ["Xã Vĩnh Phú", null, "ấp mới", 92, null, null, null, null],
      ],
      { merges: [{ top: 3, left: 1, bottom: 5, right: 1 }] }
    );
    expect(isRegisterGrid(g)).toBe(true);
    const { register, findings } = readRegister([g]);
    expect(findings).toEqual([]);
    expect(register.communes).toHaveLength(2);
    const [pm, vp] = register.communes;
    expect(pm).toMatchObject({
      name: "Phú Mỹ",
      communeClass: 2,
      border: true,
      island: false,
      keySecurity: false,
      extraPosts: 2,
    });
    expect(pm.hamlets).toEqual([
      {
        name: "Ấp Tràm Trổi",
        households: 420,
        border: false,
        island: false,
        keySecurity: false,
        cell: { sheet: "DV", row: 4, col: 3 },
      },
      {
        name: "Ấp Trần Thệ",
        households: 180,
        border: false,
        island: false,
        keySecurity: true,
        cell: { sheet: "DV", row: 5, col: 3 },
      },
    ]);
    // No own row for Vĩnh Phú: the class on its first hamlet row classifies it; the repeated hamlet is kept once.
    expect(vp).toMatchObject({ name: "Vĩnh Phú", communeClass: 3, extraPosts: 0 });
    expect(vp.hamlets.map((h) => [h.name, h.households, h.island])).toEqual([
      ["Ấp Mới", 90, true],
      ["Ấp Cũ", 95, false],
    ]);
  });

  test("hamlet rows with an empty commune cell belong to the commune above", () => {
    const g = grid("Đơn vị", [
      ["Đơn vị", "Loại", "Ấp"],
      ["Vĩnh Điều", "Loại 1", null],
      [null, null, "Ấp Đầm Chít"],
      [null, null, "Ấp Cống Cả"],
    ]);
    const { register } = readRegister([g]);
    expect(
      register.communes.map((c) => [c.name, c.communeClass, c.hamlets.map((h) => h.name)])
    ).toEqual([["Vĩnh Điều", 1, ["Ấp Đầm Chít", "Ấp Cống Cả"]]]);
  });

  test("a hamlet whose name folds like a total (Cống Cả) is a hamlet; Tổng cộng is not", () => {
    const g = grid("Đơn vị", [
      ["Xã", "Loại", "Ấp"],
      ["Vĩnh Phú", 2, "Cống Cả"],
      ["Vĩnh Phú", 2, "Cống Tre"],
      ["Tổng cộng", null, null],
    ]);
    const { register } = readRegister([g]);
    expect(register.communes.map((c) => [c.name, c.hamlets.map((h) => h.name)])).toEqual([
      ["Vĩnh Phú", ["Cống Cả", "Cống Tre"]],
    ]);
  });

  test("detected by headers when the sheet has another name; numbering row skipped", () => {
    const g = grid("Sheet3", [
      ["TT", "Xã/phường/thị trấn", "Phân loại"],
      ["(1)", "(2)", "(3)"],
      [1, "Phú Lợi", 2],
    ]);
    expect(readRegister([grid("Phú Lợi", [["Họ và tên", "Chức danh"]]), g]).register).toEqual({
      sheet: "Sheet3",
      communes: [
        {
          name: "Phú Lợi",
          communeClass: 2,
          households: null,
          border: false,
          island: false,
          keySecurity: false,
          extraPosts: 0,
          hamlets: [],
          cell: { sheet: "Sheet3", row: 3, col: 2 },
        },
      ],
    });
  });

  test("unreadable household count is a finding at the cell; the commune is kept", () => {
    const g = grid("Đơn vị", [
      ["Xã", "Loại", "Số hộ"],
      ["Phú Mỹ", "1", "nhiều"],
    ]);
    const { register, findings } = readRegister([g]);
    expect(register.communes[0].households).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "coefficient-invalid",
      sheet: "Đơn vị",
      cell: "C2",
      row: 2,
    });
    expect(findings[0].message).toContain("«nhiều»");
  });

  test("a sheet named Đơn vị without the Xã column says so", () => {
    const g = grid("Đơn vị", [["Tên", "Ghi chú"]]);
    const { register, findings } = readRegister([g]);
    expect(register).toEqual({ sheet: "Đơn vị", communes: [] });
    expect(findings.map((f) => f.code)).toEqual(["column-missing"]);
  });

  test("grid offsets are respected", () => {
    const g: Grid = {
      sheet: "Đơn vị",
      firstRow: 5,
      firstCol: 3,
      cells: [
        ["Xã", "Loại"],
        ["Phú Mỹ", "III"],
      ],
    };
    const c = readRegister([g]).register.communes[0];
    expect(c.communeClass).toBe(3);
    expect(c.cell).toEqual({ sheet: "Đơn vị", row: 6, col: 3 });
  });
});
