import { detectHeader, isRosterGrid } from "../../src/engine/roster/header";
import { blank, grid, merge } from "./grids";

describe("detectHeader", () => {
  test("a one-row header on row 1, numbering row skipped", () => {
    const g = grid("DS", [
      ["STT", "Họ và tên", "Năm sinh", "Chức danh", "Hệ số", "Phương án", "Ghi chú"],
      [1, 2, 3, 4, 5, 6, 7],
      [1, "Nguyễn Văn An", 1965, "Thú y", 1, "Thôi việc", null],
    ]);
    expect(detectHeader(g)).toEqual({
      sheet: "DS",
      headerRows: [1],
      columns: { seq: 1, name: 2, birth: 3, title: 4, coefficient: 5, decision: 6, note: 7 },
      headers: {
        seq: "STT",
        name: "Họ và tên",
        birth: "Năm sinh",
        title: "Chức danh",
        coefficient: "Hệ số",
        decision: "Phương án",
        note: "Ghi chú",
      },
      firstDataRow: 3,
      cells: [
        { col: 1, text: "STT", field: "seq", likely: null },
        { col: 2, text: "Họ và tên", field: "name", likely: null },
        { col: 3, text: "Năm sinh", field: "birth", likely: null },
        { col: 4, text: "Chức danh", field: "title", likely: null },
        { col: 5, text: "Hệ số", field: "coefficient", likely: null },
        { col: 6, text: "Phương án", field: "decision", likely: null },
        { col: 7, text: "Ghi chú", field: "note", likely: null },
      ],
    });
  });

  test("a two-row header with merged groups under three title lines", () => {
    const g = grid(
      "Phú Mỹ",
      [
        [
          "ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH",
          null,
          null,
          null,
          null,
          null,
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ],
        ["DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH XÃ PHÚ MỸ"],
        ["(Kèm theo Phương án số 01/PA-UBND)"],
        [
          "STT",
          "Họ và tên",
          "Năm sinh",
          null,
          "Chức danh",
          "Thời gian công tác",
          null,
          "Phương án",
        ],
        [null, null, "Nam", "Nữ", null, "Từ", "Đến", null],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
        [1, "Nguyễn Văn An", 1965, null, "Thú y", "03/2010", "12/2018", "Thôi việc"],
      ],
      {
        merges: [
          merge("A2:H2"),
          merge("A4:A5"),
          merge("B4:B5"),
          merge("C4:D4"),
          merge("E4:E5"),
          merge("F4:G4"),
          merge("H4:H5"),
        ],
      }
    );
    const m = detectHeader(g);
    expect(m?.headerRows).toEqual([4, 5]);
    expect(m?.columns).toEqual({
      seq: 1,
      name: 2,
      birthMale: 3,
      birthFemale: 4,
      title: 5,
      start: 6,
      end: 7,
      decision: 8,
    });
    expect(m?.firstDataRow).toBe(7);
  });

  test("a two-row header without merge information: the group head is carried to the right", () => {
    const g = grid("DS", [
      ["TT", "Họ tên", "Ngày sinh", null, "Chức vụ", "Thời gian công tác", null, "Kết quả sắp xếp"],
      [null, null, "Nam", "Nữ", null, "Từ", "Đến", null],
      [1, "Lê Thị Hoa", null, 1980, "Thủ quỹ", 2012, 2018, "Dôi dư"],
    ]);
    const m = detectHeader(g);
    expect(m?.headerRows).toEqual([1, 2]);
    expect(m?.columns).toEqual({
      seq: 1,
      name: 2,
      birthMale: 3,
      birthFemale: 4,
      title: 5,
      start: 6,
      end: 7,
      decision: 8,
    });
    expect(m?.firstDataRow).toBe(3);
  });

  test("a header on row 25 under 24 rows of other text", () => {
    const rows = [
      ["BÁO CÁO"],
      ...blank(10),
      ["Căn cứ Nghị quyết số 77/2017/NQ-HĐND"],
      ...blank(12),
    ];
    rows.push(["Họ và tên", "Xã", "Ấp", "Chức danh", "Phương án"]);
    rows.push(["Trần Văn Bình", "Phú Lợi", "Ấp Giồng Kè", "Trưởng ấp", "Bố trí"]);
    const g = grid("Sheet1", rows);
    const m = detectHeader(g);
    expect(m?.headerRows).toEqual([25]);
    expect(m?.columns).toEqual({ name: 1, commune: 2, hamlet: 3, title: 4, decision: 5 });
    expect(m?.firstDataRow).toBe(26);
  });

  test("a header below row 30 is not looked for", () => {
    const g = grid("Sheet1", [
      ...blank(30),
      ["Họ và tên", "Chức danh", "Phương án"],
      ["An", "Thú y", "Bố trí"],
    ]);
    expect(detectHeader(g)).toBeNull();
  });

  test("the first data row is never taken for a second header row", () => {
    const g = grid("DS", [
      ["Họ và tên", "Chức danh", "Kiêm nhiệm", "Phương án"],
      ["Nguyễn Văn An", "Chức danh", "Hệ số", "Bố trí"],
      ["Lê Văn Bình", "Trưởng ấp", "Bí thư Chi bộ", "Bố trí"],
    ]);
    // Words only, some header-like, but a person's name under "Họ và tên": row 2 is data.
    expect(detectHeader(g)?.headerRows).toEqual([1]);
    expect(detectHeader(g)?.firstDataRow).toBe(2);
  });

  test("a grid that is not a roster", () => {
    expect(
      detectHeader(
        grid("Đơn vị", [
          ["Xã", "Loại"],
          ["Phú Mỹ", 1],
        ])
      )
    ).toBeNull();
    expect(
      detectHeader(
        grid("Thông tin", [
          ["Tỉnh", "Kiên Giang"],
          ["Người lập biểu", "Lê Văn Lập"],
        ])
      )
    ).toBeNull();
    expect(detectHeader(grid("Trống", []))).toBeNull();
    // name alone is not enough: a roster needs a title or a decision column too
    expect(
      isRosterGrid(
        grid("Tên", [
          ["Họ và tên", "Năm sinh"],
          ["An", 1960],
        ])
      )
    ).toBe(false);
    expect(
      isRosterGrid(
        grid("DS", [
          ["Họ và tên", "Phương án"],
          ["An", "Bố trí"],
        ])
      )
    ).toBe(true);
  });

  test("a grid that starts at C5 keeps sheet coordinates", () => {
    const g = grid(
      "DS",
      [
        ["Họ và tên", "Chức danh", "Phương án"],
        ["An", "Thú y", "Bố trí"],
      ],
      { firstRow: 5, firstCol: 3 }
    );
    const m = detectHeader(g);
    expect(m?.headerRows).toEqual([5]);
    expect(m?.columns).toEqual({ name: 3, title: 4, decision: 5 });
    expect(m?.firstDataRow).toBe(6);
  });
});
