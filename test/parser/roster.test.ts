import type { CellValue, Finding, Roster, StaffMember } from "../../src/engine/types";
import { parseRosters } from "../../src/engine/roster/parse";
import { blank, grid, merge } from "./grids";

const ctx = (communeNames: string[] = []) => ({ communeNames });
const byRow = (r: Roster, row: number, sheet?: string): StaffMember | undefined =>
  r.members.find((m) => m.row === row && (sheet === undefined || m.sheet === sheet));
const codes = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.cell}`);

/** DOMAIN §4.1's typical commune form: title lines, two merged header rows, numbering, sections, totals, signatures. */
function phuMyForm() {
  const rows: CellValue[][] = [
    [
      "ỦY BAN NHÂN DÂN XÃ PHÚ MỸ",
      null,
      null,
      null,
      null,
      null,
      null,
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ],
    ["DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH XÃ PHÚ MỸ"],
    ["(Kèm theo Phương án số 01/PA-UBND ngày 05/3/2019)"],
    // 4–5: header; A STT, B name, C:D Năm sinh / Nam Nữ, E Chức danh, F Kiêm nhiệm, G Hệ số,
    // H:I Thời gian công tác / Từ Đến, J Phương án, K Ấp, L Ghi chú
    [
      "STT",
      "Họ và tên",
      "Năm sinh",
      null,
      "Chức danh",
      "Kiêm nhiệm",
      "Hệ số",
      "Thời gian công tác",
      null,
      "Phương án",
      "Ấp",
      "Ghi chú",
    ],
    [null, null, "Nam", "Nữ", null, null, null, "Từ", "Đến", null, null, null],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    ["I", "CẤP XÃ"],
    [
      1,
      "Nguyễn Văn An",
      1965,
      null,
      "Phó Chỉ huy trưởng Quân sự",
      null,
      1,
      "05/3/2010",
      "31/12/2018",
      "Thôi việc",
    ],
    [
      2,
      "Trần Thị Bé",
      null,
      "1970",
      "Văn thư - Lưu trữ",
      "Thủ quỹ, Phụ trách Đài truyền thanh",
      "1,5",
      "03/2010",
      null,
      "Bố trí",
    ],
    ["II", "ẤP, KHU PHỐ"],
    ["1.", "Ấp Tràm Trổi"],
    [
      3,
      "Lê Văn Cường",
      1958,
      null,
      "Trưởng ấp kiêm Bí thư Chi bộ",
      null,
      "1,2",
      2005,
      "12/2018",
      "Nghỉ hưu",
    ],
    [null, "Cộng ấp Tràm Trổi", null, null, null, null, 1.2],
    [2, "Ấp Khánh Hòa"],
    [4, "Danh Sà Rết", "x", null, "Công an viên", null, null, "tháng 3 năm 2012", null, "Dôi dư"],
    [null, "Tổng cộng", null, null, null, null, 3.7],
    [],
    [null, null, null, null, null, null, null, "Phú Mỹ, ngày 05 tháng 3 năm 2019"],
    [null, "NGƯỜI LẬP BIỂU", null, null, null, null, null, "TM. ỦY BAN NHÂN DÂN"],
    [],
    [null, "Phạm Văn Lập", null, null, null, null, null, "Võ Văn Ký"],
  ];
  return grid("DS NKCT", rows, {
    merges: [
      merge("A2:L2"),
      merge("A4:A5"),
      merge("B4:B5"),
      merge("C4:D4"),
      merge("E4:E5"),
      merge("F4:F5"),
      merge("G4:G5"),
      merge("H4:I4"),
      merge("J4:J5"),
      merge("K4:K5"),
      merge("L4:L5"),
      merge("B7:L7"),
      merge("B10:L10"),
    ],
  });
}

describe("parseRosters on a two-row merged form with sections", () => {
  const roster = parseRosters([phuMyForm()], ctx());

  test("maps the columns through the merged groups", () => {
    expect(roster.mappings).toHaveLength(1);
    expect(roster.mappings[0].headerRows).toEqual([4, 5]);
    expect(roster.mappings[0].firstDataRow).toBe(7);
    expect(roster.mappings[0].columns).toEqual({
      seq: 1,
      name: 2,
      birthMale: 3,
      birthFemale: 4,
      title: 5,
      concurrent: 6,
      coefficient: 7,
      start: 8,
      end: 9,
      decision: 10,
      hamlet: 11,
      note: 12,
    });
  });

  test("only person rows become members: sections, totals, numbering, signatures do not", () => {
    expect(roster.members.map((m) => m.row)).toEqual([8, 9, 12, 15]);
    expect(roster.members.map((m) => m.index)).toEqual([0, 1, 2, 3]);
  });

  test("the commune comes from the title line, re-cased", () => {
    for (const m of roster.members) {
      expect(m.commune?.value).toBe("Phú Mỹ");
      expect(m.communeSource).toBe("title");
    }
    // the first title line (UBND XÃ PHÚ MỸ) names it first
    expect(roster.members[0].commune?.cell).toEqual({ sheet: "DS NKCT", row: 1, col: 1 });
  });

  test("levels and hamlets follow the section rows", () => {
    const an = byRow(roster, 8)!;
    expect([an.level, an.hamlet]).toEqual(["commune", null]);
    expect(byRow(roster, 9)!.level).toBe("commune");
    const cuong = byRow(roster, 12)!;
    expect(cuong.level).toBe("hamlet");
    expect(cuong.hamlet?.value).toBe("Ấp Tràm Trổi");
    expect(cuong.hamlet?.cell).toEqual({ sheet: "DS NKCT", row: 11, col: 2 });
    expect(byRow(roster, 15)!.hamlet?.value).toBe("Ấp Khánh Hòa");
  });

  test("values keep their cells", () => {
    const an = byRow(roster, 8)!;
    expect(an.name).toEqual({
      value: "Nguyễn Văn An",
      cell: { sheet: "DS NKCT", row: 8, col: 2 },
      raw: "Nguyễn Văn An",
    });
    expect(an.birth?.value).toEqual({ year: 1965, precision: "year" });
    expect(an.gender).toBe("male");
    expect(an.title?.value).toBe("Phó Chỉ huy trưởng Quân sự");
    expect(an.coefficient).toEqual({
      value: "1",
      cell: { sheet: "DS NKCT", row: 8, col: 7 },
      raw: 1,
    });
    expect(an.start?.value).toEqual({ year: 2010, month: 3, day: 5, precision: "day" });
    expect(an.end?.value).toEqual({ year: 2018, month: 12, day: 31, precision: "day" });
    expect(an.decision).toEqual({
      value: "leave-paid",
      cell: { sheet: "DS NKCT", row: 8, col: 10 },
      raw: "Thôi việc",
    });
    expect(an.decisionText).toBe("Thôi việc");
  });

  test("Nữ column gives gender and year; a list of concurrent titles is split (never on '-')", () => {
    const be = byRow(roster, 9)!;
    expect(be.gender).toBe("female");
    expect(be.birth?.value).toEqual({ year: 1970, precision: "year" });
    expect(be.birth?.cell.col).toBe(4);
    expect(be.title?.value).toBe("Văn thư - Lưu trữ");
    expect(be.concurrent.map((c) => c.value)).toEqual(["Thủ quỹ", "Phụ trách Đài truyền thanh"]);
    expect(be.coefficient?.value).toBe("1.5");
    expect(be.start?.value).toEqual({ year: 2010, month: 3, precision: "month" });
    expect(be.decision?.value).toBe("keep");
  });

  test("'kiêm' in the title cell adds a concurrent title", () => {
    const cuong = byRow(roster, 12)!;
    expect(cuong.title?.value).toBe("Trưởng ấp");
    expect(cuong.concurrent.map((c) => [c.value, c.cell.col])).toEqual([["Bí thư Chi bộ", 5]]);
    expect(cuong.decision?.value).toBe("leave-unpaid");
  });

  test("a tick in the Nam column gives the gender only", () => {
    const ret = byRow(roster, 15)!;
    expect(ret.gender).toBe("male");
    expect(ret.birth).toBeNull();
    expect(ret.start?.value).toEqual({ year: 2012, month: 3, precision: "month" });
  });

  test("findings: the year-only start date only", () => {
    expect(codes(roster.findings)).toEqual(["date-imprecise@H12"]);
    const f = roster.findings[0];
    expect(f.params).toMatchObject({
      person: "Lê Văn Cường",
      field: "ngày bắt đầu",
      value: "2005",
      month: "01",
    });
    expect(f.severity).toBe("warning");
    expect(f.hamlet).toBe("Ấp Tràm Trổi");
  });

  test("the register's spelling wins when a commune name folds to it", () => {
    const r = parseRosters([phuMyForm()], ctx(["Phu My", "Phú Lợi"]));
    expect(r.members[0].commune?.value).toBe("Phu My");
  });
});

describe("sections per commune and per hamlet, no hamlet column", () => {
  const g = grid("Tổng hợp DS", [
    ["TT", "Họ tên", "Chức danh", "Phương án"],
    ["XÃ TÂN KHÁNH HOÀ"],
    ["I. CẤP XÃ"],
    [1, "Thạch Thị Sa Rươl", "Thủ quỹ", "Thôi việc"],
    ["II. CẤP ẤP"],
    [null, "Ấp Tràm Trổi"],
    [2, "Phan Văn Tư", "Trưởng ấp", "Bố trí"],
    [null, "Khu phố 2"],
    [3, "Đỗ Thị Năm", "Công an viên", "Bố trí mới"],
    ["Xã Vĩnh Điều"],
    [4, "Châu Văn Sáu", "Thú y", "Bố trí"],
    ["Phường Tô Châu"],
    [5, "Mai Thị Bảy", "Thú y", "Bố trí"],
  ]);
  const r = parseRosters([g], ctx(["Tân Khánh Hòa", "Vĩnh Điều"]));

  test("commune sections set the commune (register spelling, old tone placement folded)", () => {
    expect(r.members.map((m) => [m.row, m.commune?.value, m.communeSource])).toEqual([
      [4, "Tân Khánh Hòa", "section"],
      [7, "Tân Khánh Hòa", "section"],
      [9, "Tân Khánh Hòa", "section"],
      [11, "Vĩnh Điều", "section"],
      [13, "Tô Châu", "section"],
    ]);
    expect(r.members[0].commune?.cell).toEqual({ sheet: "Tổng hợp DS", row: 2, col: 1 });
  });

  test("level and hamlet sections; a new commune resets the hamlet", () => {
    expect(r.members.map((m) => [m.level, m.hamlet?.value ?? null])).toEqual([
      ["commune", null],
      ["hamlet", "Ấp Tràm Trổi"],
      ["hamlet", "Khu phố 2"],
      ["commune", null],
      ["commune", null],
    ]);
  });

  test("no findings", () => {
    expect(r.findings).toEqual([]);
  });
});

describe("commune sources", () => {
  const rows = (extra: CellValue[][] = []): CellValue[][] => [
    ...extra,
    ["Họ và tên", "Chức danh", "Phương án"],
    ["Ngô Văn Một", "Thú y", "Bố trí"],
  ];

  test("from a column, prefix removed, register spelling", () => {
    const g = grid("S", [
      ["Họ và tên", "Xã", "Chức danh", "Phương án"],
      ["Ngô Văn Một", "Xã Phú Lợi", "Thú y", "Bố trí"],
      ["Ngô Văn Hai", "VĨNH PHÚ", "Thú y", "Bố trí"],
      ["Ngô Văn Ba", "phu loi", "Thú y", "Bố trí"],
    ]);
    const r = parseRosters([g], ctx(["Phú Lợi"]));
    expect(r.members.map((m) => [m.commune?.value, m.communeSource, m.commune?.cell.col])).toEqual([
      ["Phú Lợi", "column", 2],
      ["Vĩnh Phú", "column", 2],
      ["Phú Lợi", "column", 2],
    ]);
  });

  test("from the sheet name when it is a commune of the register", () => {
    const r = parseRosters([grid("Phu Loi", rows())], ctx(["Phú Lợi"]));
    expect(r.members[0].commune?.value).toBe("Phú Lợi");
    expect(r.members[0].communeSource).toBe("sheet");
    expect(r.findings).toEqual([]);
  });

  test("the sheet name alone, outside the register, is no commune: one column-missing", () => {
    const r = parseRosters([grid("Phú Lợi", [["Danh sách"], ...rows()])], ctx([]));
    expect(r.members[0].commune).toBeNull();
    expect(codes(r.findings)).toEqual(["column-missing@A2"]);
    expect(r.findings[0].params).toMatchObject({ sheet: "Phú Lợi", column: "Xã" });
  });

  test("a title line 'XÃ … , HUYỆN …' stops at the comma; 'CẤP XÃ VÀ ẤP' names no commune", () => {
    const r1 = parseRosters(
      [grid("S", rows([["DANH SÁCH NKCT XÃ VĨNH ĐIỀU, HUYỆN GIANG THÀNH"]]))],
      ctx()
    );
    expect(r1.members[0].commune?.value).toBe("Vĩnh Điều");
    expect(r1.members[0].communeSource).toBe("title");
    const r2 = parseRosters([grid("S", rows([["DANH SÁCH NKCT CẤP XÃ VÀ ẤP, KHU PHỐ"]]))], ctx());
    expect(r2.members[0].commune).toBeNull();
  });

  test("a commune column with an empty cell and no other source: commune-missing at that cell", () => {
    const g = grid("S", [
      ["Họ và tên", "Xã", "Chức danh", "Phương án"],
      ["Ngô Văn Một", "Phú Mỹ", "Thú y", "Bố trí"],
      ["Ngô Văn Hai", null, "Thú y", "Bố trí"],
    ]);
    const r = parseRosters([g], ctx());
    expect(codes(r.findings)).toEqual(["commune-missing@B3"]);
    expect(r.findings[0].person).toBe("Ngô Văn Hai");
  });
});

describe("header on row 25, dates in many forms", () => {
  const dateForms: [CellValue, object][] = [
    ["05/3/2010", { year: 2010, month: 3, day: 5, precision: "day" }],
    ["5-3-2010", { year: 2010, month: 3, day: 5, precision: "day" }],
    ["5.3.2010", { year: 2010, month: 3, day: 5, precision: "day" }],
    ["ngày 5 tháng 3 năm 2010", { year: 2010, month: 3, day: 5, precision: "day" }],
    ["03/2010", { year: 2010, month: 3, precision: "month" }],
    ["3/2010", { year: 2010, month: 3, precision: "month" }],
    ["tháng 3 năm 2010", { year: 2010, month: 3, precision: "month" }],
    ["T3/2010", { year: 2010, month: 3, precision: "month" }],
    ["2010-03-05", { year: 2010, month: 3, day: 5, precision: "day" }],
    [40242, { year: 2010, month: 3, day: 5, precision: "day" }],
    [43465, { year: 2018, month: 12, day: 31, precision: "day" }],
  ];
  const rows: CellValue[][] = [
    ["BẢNG KÊ"],
    ...blank(23),
    ["STT", "Họ và tên", "Chức danh", "Ngày bắt đầu công tác", "Phương án", "Xã"],
  ];
  dateForms.forEach(([d], i) =>
    rows.push([i + 1, `Người Số ${i + 1}`, "Thú y", d, "Thôi việc", "Phú Mỹ"])
  );
  const r = parseRosters([grid("S", rows)], ctx());

  test.each(dateForms.map((f, i) => [i, ...f]))("form %i: %j", (i, _raw, expected) => {
    const m = byRow(r, 26 + (i as number))!;
    expect(m.start?.value).toEqual(expected);
    expect(m.start?.cell).toEqual({ sheet: "S", row: 26 + (i as number), col: 4 });
  });

  test("no findings", () => {
    expect(r.mappings[0].headerRows).toEqual([25]);
    expect(r.findings).toEqual([]);
  });
});

describe("each parse-level finding at its cell", () => {
  const g = grid("Lỗi", [
    ["DANH SÁCH XÃ PHÚ MỸ"],
    [
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Chức danh",
      "Hệ số",
      "Mức phụ cấp",
      "Từ ngày",
      "Đến ngày",
      "Phương án",
    ],
    [1, null, "1960", "Thú y", 1, null, "01/2010", "12/2018", "Thôi việc"], // 3: name-missing B3
    [2, "Võ Văn Hai", "1961", null, 1, null, "01/2010", "12/2018", "Thôi việc"], // 4: title-missing D4
    [3, "Võ Văn Ba", "31/02/1962", "Thú y", 1, null, "01/2010", "12/2018", null], // 5: date-invalid C5, decision-missing I5
    [4, "Võ Văn Bốn", "1963", "Thú y", "abc", "1.390.000,5", "2010", "2018", "Bố chí"], // 6
    [
      5,
      "Võ Văn Năm",
      { error: "#N/A" },
      "Thú y",
      -1,
      "1.390.000",
      "13/2010",
      "12/2018",
      "Nghỉ việc",
    ], // 7
    [6, { error: "#N/A" }, null, "Thú y", 1, null, null, null, "Bố trí"], // 8: name-missing B8
  ]);
  const r = parseRosters([g], ctx());

  test("findings, in row order", () => {
    expect(codes(r.findings)).toEqual([
      "name-missing@B3",
      "title-missing@D4",
      "date-invalid@C5",
      "decision-missing@I5",
      "coefficient-invalid@E6",
      "coefficient-invalid@F6",
      "date-imprecise@G6",
      "date-imprecise@H6",
      "decision-unknown@I6",
      "date-invalid@C7",
      "coefficient-invalid@E7",
      "date-invalid@G7",
      "name-missing@B8",
    ]);
  });

  test("nameless rows are findings only, not members", () => {
    expect(r.members.map((m) => m.row)).toEqual([4, 5, 6, 7]);
  });

  test("messages name the person and the value", () => {
    const f = (cell: string) => r.findings.find((x) => x.cell === cell)!;
    expect(f("B3").message).toBe("Dòng 3 có dữ liệu nhưng không có họ và tên.");
    expect(f("C5").message).toBe("Võ Văn Ba: ô ngày sinh «31/02/1962» không phải là ngày hợp lệ.");
    expect(f("E6").params).toMatchObject({ field: "hệ số", value: "abc" });
    expect(f("F6").params).toMatchObject({ field: "mức phụ cấp", value: "1.390.000,5" });
    expect(f("G6").params).toMatchObject({ field: "ngày bắt đầu", value: "2010", month: "01" });
    expect(f("H6").params).toMatchObject({ field: "ngày thôi việc", value: "2018", month: "12" });
    expect(f("I6").params).toMatchObject({ value: "Bố chí", nearest: "Bố trí" });
    expect(f("I6").suggestion).toBe("Có phải là «Bố trí»?");
    expect(f("C7").params).toMatchObject({ value: "#N/A" });
    expect(f("E7").params).toMatchObject({ value: "-1" });
    expect(f("I5").severity).toBe("error");
    expect(f("I5").commune).toBe("Phú Mỹ");
  });

  test("unreadable values are null, readable ones kept", () => {
    const bon = byRow(r, 6)!;
    expect(bon.coefficient).toBeNull();
    expect(bon.allowance).toBeNull();
    expect(bon.decision).toBeNull();
    expect(bon.decisionText).toBe("Bố chí");
    expect(bon.start?.value).toEqual({ year: 2010, precision: "year" });
    const nam = byRow(r, 7)!;
    expect(nam.allowance?.value).toBe(1390000);
    expect(nam.birth).toBeNull();
  });

  test("English messages", () => {
    const en = parseRosters([g], { communeNames: [], lang: "en" });
    const f = en.findings.find((x) => x.cell === "C5")!;
    expect(f.message).toBe("Võ Văn Ba: the date of birth cell «31/02/1962» is not a valid date.");
  });
});

describe("required columns and rosters", () => {
  test("no decision column: column-missing once, at the header row", () => {
    const g = grid("S", [
      ["TIÊU ĐỀ"],
      ["Họ và tên", "Chức danh", "Xã"],
      ["An", "Thú y", "Phú Mỹ"],
      ["Bình", "Thú y", "Phú Mỹ"],
    ]);
    const r = parseRosters([g], ctx());
    expect(codes(r.findings)).toEqual(["column-missing@A2"]);
    expect(r.findings[0].params.column).toBe("Phương án");
    expect(r.members).toHaveLength(2);
    expect(r.members[0].decision).toBeNull();
  });

  test("no title column: column-missing for Chức danh, no title-missing per row", () => {
    const g = grid("S", [
      ["Họ và tên", "Phương án", "Xã"],
      ["An", "Bố trí", "Phú Mỹ"],
    ]);
    expect(codes(parseRosters([g], ctx()).findings)).toEqual(["column-missing@A1"]);
  });

  test("no roster at all: roster-not-found at the closest header row, saying what it saw", () => {
    const r = parseRosters(
      [
        grid("Đơn vị", [
          ["Xã", "Loại"],
          ["Phú Mỹ", 1],
        ]),
        grid("Trống", []),
      ],
      ctx()
    );
    expect(r.mappings).toEqual([]);
    expect(r.members).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ["roster-not-found", "Đơn vị", "A1"],
    ]);
    // "Xã" is the commune; "Loại" is nothing a roster has.
    expect(r.findings[0].message).toContain(
      "Gần nhất: sheet «Đơn vị», dòng 1: nhận ra Xã (A); chưa nhận ra «Loại» (B)."
    );
  });

  test("no header-like row anywhere: roster-not-found without a place", () => {
    const r = parseRosters([grid("Trống", [])], ctx());
    expect(r.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ["roster-not-found", null, null],
    ]);
    expect(r.findings[0].message).toContain("Không sheet nào có dòng giống dòng tiêu đề.");
  });

  test("grids without a header are skipped; members are indexed across sheets", () => {
    const a = grid("A", [
      ["Họ và tên", "Chức danh", "Phương án", "Xã"],
      ["An", "Thú y", "Bố trí", "Phú Mỹ"],
    ]);
    const b = grid("B", [
      ["Họ và tên", "Chức danh", "Phương án", "Xã"],
      ["Bình", "Thú y", "Bố trí", "Phú Lợi"],
    ]);
    const r = parseRosters([a, grid("Ghi chú", [["abc"]]), b], ctx());
    expect(r.mappings.map((m) => m.sheet)).toEqual(["A", "B"]);
    expect(r.members.map((m) => [m.sheet, m.index])).toEqual([
      ["A", 0],
      ["B", 1],
    ]);
  });
});

describe("messy cells", () => {
  test("NFD text, NBSP and stray spaces are cleaned; names keep their diacritics", () => {
    const g = grid("S", [
      ["Họ và tên".normalize("NFD"), "Chức\u00A0danh", "Phương   án", "Xã"],
      [
        "  Nguyễn\u00A0Thị   Ánh ".normalize("NFD"),
        "Phó Chủ tịch Hội Nông dân".normalize("NFD"),
        "Thôi việc".normalize("NFD"),
        "Phú Mỹ",
      ],
    ]);
    const r = parseRosters([g], ctx());
    expect(r.members[0].name?.value).toBe("Nguyễn Thị Ánh");
    expect(r.members[0].name?.value).toBe("Nguyễn Thị Ánh".normalize("NFC"));
    expect(r.members[0].title?.value).toBe("Phó Chủ tịch Hội Nông dân");
    expect(r.members[0].decision?.value).toBe("leave-paid");
  });

  test("concurrent titles, several to a cell", () => {
    const g = grid("S", [
      ["Họ và tên", "Chức danh", "Chức danh kiêm nhiệm", "Phương án", "Xã"],
      ["A", "Thủ quỹ", "Văn thư - Lưu trữ; Thú y", "Bố trí", "X"],
      ["B", "Thủ quỹ", "Khuyến nông + Thú y", "Bố trí", "X"],
      ["C", "Thủ quỹ", "Khuyến nông và Thú y", "Bố trí", "X"],
      ["D", "Thủ quỹ", "Khuyến nông\nThú y\r\nQuản lý Nhà văn hóa", "Bố trí", "X"],
      ["E", "Thủ quỹ", "-", "Bố trí", "X"],
      ["F", "Thủ quỹ", "Không", "Bố trí", "X"],
    ]);
    const r = parseRosters([g], ctx());
    expect(r.members.map((m) => m.concurrent.map((c) => c.value))).toEqual([
      ["Văn thư - Lưu trữ", "Thú y"],
      ["Khuyến nông", "Thú y"],
      ["Khuyến nông", "Thú y"],
      ["Khuyến nông", "Thú y", "Quản lý Nhà văn hóa"],
      [],
      [],
    ]);
    expect(r.members[0].concurrent[1].cell).toEqual({ sheet: "S", row: 2, col: 3 });
  });

  test("a hamlet column saying 'Cấp xã' means commune level; hamlet column values win over sections", () => {
    const g = grid("S", [
      ["Họ và tên", "Ấp/khu phố", "Chức danh", "Phương án", "Xã"],
      ["II. ẤP"],
      ["A", "Cấp xã", "Thủ quỹ", "Bố trí", "Phú Mỹ"],
      ["B", "Ấp 3", "Trưởng ấp", "Bố trí", "Phú Mỹ"],
      ["C", null, "Trưởng ấp", "Bố trí", "Phú Mỹ"],
    ]);
    const r = parseRosters([g], ctx());
    expect(
      r.members.map((m) => [m.level, m.hamlet?.value ?? null, m.hamlet?.cell.col ?? null])
    ).toEqual([
      ["commune", null, null],
      ["hamlet", "Ấp 3", 2],
      ["hamlet", null, null],
    ]);
  });

  test("gender column, round, note, allowance amounts", () => {
    const g = grid("S", [
      [
        "Họ và tên",
        "Giới tính",
        "Chức danh",
        "Mức phụ cấp hiện hưởng (đồng)",
        "Phụ cấp kiêm nhiệm",
        "Hệ số kiêm nhiệm",
        "Phương án",
        "Đợt chi trả",
        "Ghi chú",
        "Xã",
      ],
      [
        "A",
        "Nữ",
        "Thủ quỹ",
        "1.390.000",
        695000,
        "0,5",
        "Thôi việc",
        "Đợt 1",
        "hộ nghèo",
        "Phú Mỹ",
      ],
      ["B", "nam", "Thủ quỹ", 1390000, null, null, "Thôi việc", 2, null, "Phú Mỹ"],
    ]);
    const r = parseRosters([g], ctx());
    const [a, b] = r.members;
    expect([
      a.gender,
      a.allowance?.value,
      a.concurrentAllowance?.value,
      a.concurrentCoefficient?.value,
      a.round?.value,
      a.note,
    ]).toEqual(["female", 1390000, 695000, "0.5", "1", "hộ nghèo"]);
    expect([b.gender, b.allowance?.value, b.round?.value, b.note]).toEqual([
      "male",
      1390000,
      "2",
      null,
    ]);
    expect(r.findings).toEqual([]);
  });

  test("a repeated header, a second table's title line and a hidden row", () => {
    const g = grid(
      "S",
      [
        ["DANH SÁCH XÃ PHÚ MỸ"],
        ["Họ và tên", "Chức danh", "Phương án"],
        ["An", "Thú y", "Bố trí"],
        ["DANH SÁCH XÃ PHÚ LỢI"],
        ["Họ và tên", "Chức danh", "Phương án"],
        ["Bình", "Thú y", "Bố trí"],
      ],
      { hiddenRows: [6] }
    );
    const r = parseRosters([g], ctx());
    expect(r.members.map((m) => [m.row, m.name?.value, m.commune?.value, m.communeSource])).toEqual(
      [
        [3, "An", "Phú Mỹ", "title"],
        [6, "Bình", "Phú Lợi", "section"],
      ]
    );
    expect(r.findings).toEqual([]);
  });

  test("a name in capitals with a number is a person; a capitals heading without one is not", () => {
    const g = grid("S", [
      ["STT", "Họ và tên", "Chức danh", "Phương án", "Xã"],
      [null, "NGƯỜI ĐƯỢC BỐ TRÍ"],
      [1, "NGUYỄN VĂN AN"],
      [null, "III. DÔI DƯ"],
    ]);
    const r = parseRosters([g], ctx());
    expect(r.members.map((m) => m.row)).toEqual([3]);
    expect(codes(r.findings)).toEqual([
      "title-missing@C3",
      "decision-missing@D3",
      "commune-missing@E3",
    ]);
  });

  test("a surname Tống is not a total row", () => {
    const g = grid("S", [
      ["Họ và tên", "Chức danh", "Phương án", "Xã"],
      ["Tống Văn Cộng", "Thú y", "Bố trí", "Phú Mỹ"],
      ["TỔNG CỘNG", null, null, null],
    ]);
    expect(parseRosters([g], ctx()).members.map((m) => m.name?.value)).toEqual(["Tống Văn Cộng"]);
  });

  test("a commune and a decision merged down several rows apply to each row; a merged name does not", () => {
    const g = grid(
      "S",
      [
        ["STT", "Họ và tên", "Năm sinh", "Xã", "Chức danh", "Phương án"],
        ["A", "B", 1, 2, 3, 4],
        [1, "Lý Văn Một", 1960, "Phú Mỹ", "Thủ quỹ", "Thôi việc"],
        [2, "Lý Văn Hai", 1961, null, "Thú y", null],
        [3, "Lý Văn Ba", null, null, "Khuyến nông", null],
        [4, "Lý Văn Bốn", 1963, null, "Văn thư - Lưu trữ", "Bố trí"],
      ],
      { merges: [merge("D3:D6"), merge("F3:F5"), merge("B5:C5")] }
    );
    const r = parseRosters([g], ctx());
    expect(r.mappings[0].firstDataRow).toBe(3);
    expect(
      r.members.map((m) => [m.row, m.commune?.value, m.commune?.cell.row, m.decision?.value])
    ).toEqual([
      [3, "Phú Mỹ", 3, "leave-paid"],
      [4, "Phú Mỹ", 4, "leave-paid"],
      [5, "Phú Mỹ", 5, "leave-paid"],
      [6, "Phú Mỹ", 6, "keep"],
    ]);
    expect(r.members[1].decision?.raw).toBe("Thôi việc");
    expect(r.findings).toEqual([]);
  });
});
