import { buildSheets } from "./build";
import { computePayouts } from "../payouts";
import { buildPlan } from "../plan";
import { dateLine, legalBasisLine, parentBodyLine } from "./blocks";
import { GENERATED_SHEET_NAMES, type CellSpec, type SheetSpec } from "./spec";
import { member, sampleAnalysis } from "./__fixtures__/analysis";

const DATE = { documentDate: "2019-03-05" };

function cellsWith(spec: SheetSpec, value: string | number): CellSpec[] {
  return spec.cells.filter((c) => c.value === value);
}
function only(spec: SheetSpec, value: string | number): CellSpec {
  const found = cellsWith(spec, value);
  if (found.length !== 1) throw new Error(`${String(value)}: ${found.length} cells`);
  return found[0];
}
function at(spec: SheetSpec, row: number, col: number): CellSpec | undefined {
  return spec.cells.find((c) => c.row === row && c.col === col);
}

describe("buildSheets", () => {
  const specs = buildSheets(sampleAnalysis(), DATE);
  const [summary, payments, arrangement, findings, trace] = specs;

  test("five sheets with the exact names, in order", () => {
    expect(specs.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Danh sách chi trả",
      "Danh sách bố trí",
      "Kiểm tra",
      "Chi tiết tính",
    ]);
    expect(specs.map((s) => s.kind)).toEqual([
      "summary",
      "payments",
      "arrangement",
      "findings",
      "trace",
    ]);
    for (const s of specs) expect(s.name).toBe(GENERATED_SHEET_NAMES[s.kind]);
  });

  test("national header, date line and legal basis", () => {
    for (const s of [summary, payments, arrangement]) {
      expect(cellsWith(s, "ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH").length).toBeGreaterThan(0);
      expect(cellsWith(s, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").length).toBeGreaterThan(0);
      expect(cellsWith(s, "Độc lập - Tự do - Hạnh phúc").length).toBeGreaterThan(0);
      expect(cellsWith(s, "Giang Thành, ngày 05 tháng 3 năm 2019").length).toBeGreaterThan(0);
    }
    const office = only(summary, "PHÒNG NỘI VỤ");
    expect(summary.styles[office.style ?? ""].font?.bold).toBe(true);
    const parent = only(summary, "ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH");
    expect(summary.styles[parent.style ?? ""].font?.bold).toBeFalsy();
    expect(
      cellsWith(
        summary,
        "(Thực hiện Nghị quyết số 77/2017/NQ-HĐND ngày 20/7/2017 của Hội đồng nhân dân tỉnh Kiên Giang)"
      )
    ).toHaveLength(1);
  });

  test("Times New Roman everywhere", () => {
    for (const s of specs)
      for (const st of Object.values(s.styles)) expect(st.font?.name).toBe("Times New Roman");
  });

  test("summary totals are SUM formulas over the commune rows with the report's totals cached", () => {
    const first = only(summary, "Xã Phú Mỹ").row;
    const last = only(summary, "Xã Vĩnh Điều").row;
    expect(last).toBe(first + 1);
    const totalRow = only(summary, "Tổng cộng").row;
    const amount = at(summary, totalRow, 14);
    expect(amount?.formula).toBe(`SUM(N${first}:N${last})`);
    expect(amount?.value).toBe(33360000);
    expect(at(summary, totalRow, 7)).toMatchObject({
      formula: `SUM(G${first}:G${last})`,
      value: 3,
    });
    expect(at(summary, totalRow, 11)).toMatchObject({
      formula: `SUM(K${first}:K${last})`,
      value: 4,
    });
    expect(summary.styles[amount?.style ?? ""].numFmt).toBe("#,##0");
    expect(
      cellsWith(summary, "Bằng chữ: Ba mươi ba triệu ba trăm sáu mươi nghìn đồng.")
    ).toHaveLength(1);
    expect(
      cellsWith(summary, "Qua sắp xếp, đã giảm được 3 người cấp xã và 1 người ở ấp, khu phố.")
    ).toHaveLength(1);
  });

  test("signature blocks side by side with names below", () => {
    const t1 = only(summary, "NGƯỜI LẬP BIỂU");
    const t2 = only(summary, "TRƯỞNG PHÒNG NỘI VỤ");
    const t3 = only(summary, "KT. CHỦ TỊCH");
    expect(t2.row).toBe(t1.row);
    expect(t3.row).toBe(t1.row);
    expect(t1.col).toBeLessThan(t2.col);
    expect(t2.col).toBeLessThan(t3.col);
    expect(only(summary, "PHÓ CHỦ TỊCH").row).toBe(t1.row + 1);
    const name = only(summary, "Lê Văn Ký");
    expect(name.row).toBeGreaterThan(t1.row + 3);
    expect(summary.styles[name.style ?? ""].font?.bold).toBe(true);
  });

  test("payment list: per commune groups, subtotals and totals point at the right rows", () => {
    const an = only(payments, "Nguyễn Văn An").row;
    const chua = only(payments, "Lê Văn Chưa").row;
    const subtotals = cellsWith(payments, "Cộng I");
    expect(subtotals).toHaveLength(2);
    const sub1 = at(payments, subtotals[0].row, 13);
    expect(sub1).toMatchObject({ formula: `SUM(M${an}:M${chua})`, value: 20850000 });
    const sa = only(payments, "Thạch Sà Rươl").row;
    const sub2Row = cellsWith(payments, "Cộng II")[0].row;
    expect(at(payments, sub2Row, 13)).toMatchObject({
      formula: `SUM(M${sa}:M${sa})`,
      value: 5560000,
    });
    const totals = [
      only(payments, "Tổng cộng xã Phú Mỹ (I + II)"),
      only(payments, "Tổng cộng xã Vĩnh Điều (I + II)"),
    ];
    expect(at(payments, totals[0].row, 13)).toMatchObject({
      formula: `SUM(M${subtotals[0].row},M${sub2Row})`,
      value: 26410000,
    });
    expect(at(payments, totals[1].row, 13)?.value).toBe(6950000);
    expect(
      cellsWith(payments, "Bằng chữ: Hai mươi sáu triệu bốn trăm mười nghìn đồng.")
    ).toHaveLength(1);
  });

  test("a payout that cannot be computed is listed with its reason and not counted", () => {
    const row = only(payments, "Lê Văn Chưa").row;
    expect(at(payments, row, 13)?.value).toBeNull();
    expect(at(payments, row, 1)?.value).toBeNull();
    expect(String(at(payments, row, 14)?.value)).toContain("thiếu ngày bắt đầu");
    expect(
      payments.cells.some(
        (c) => typeof c.value === "string" && c.value.startsWith("(Danh sách có 3 người")
      )
    ).toBe(true);
    expect(payments.cells.some((c) => c.value === "(Danh sách có 1 người)")).toBe(true);
  });

  test("each commune's payment list starts a new printed page under the repeated form header", () => {
    const phuMy = only(payments, "XÃ PHÚ MỸ").row;
    const vinhDieu = only(payments, "XÃ VĨNH ĐIỀU").row;
    expect(payments.print.pageBreaksBefore).toEqual([vinhDieu]);
    expect(vinhDieu).toBeGreaterThan(only(payments, "Tổng cộng xã Phú Mỹ (I + II)").row);
    // The national header, title and table header are the print titles: they head every page.
    const [t1, t2] = payments.print.printTitleRows ?? [0, 0];
    expect(t1).toBe(1);
    expect(t2).toBe(phuMy - 1);
    expect(only(payments, "ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH").row).toBe(1);
    const h1 = only(payments, "Họ và tên").row;
    expect(at(payments, h1 + 1, 3)?.value).toBe("Nam");
    expect(at(payments, t2, 1)?.value).toBe("(1)");
    expect(at(payments, t2, 14)?.value).toBe("(14)");
    expect(payments.print).toMatchObject({
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: true,
      footer: expect.stringContaining("Trang &P/&N"),
    });
    expect(payments.merges).toContainEqual({ top: h1, left: 3, bottom: h1, right: 4 });
    expect(payments.merges).toContainEqual({ top: h1, left: 2, bottom: h1 + 1, right: 2 });
    expect(only(payments, "Người hoạt động không chuyên trách ở xã, ấp, khu phố").row).toBeLessThan(
      h1
    );
  });

  test("arrangement shows count / cap per unit and concurrent titles", () => {
    expect(cellsWith(arrangement, "1. Ấp Tràm Trổi")).toHaveLength(1);
    expect(cellsWith(arrangement, "1 / 6 người")).toHaveLength(1);
    // No register: the commune class is unknown, so the cap is not guessed.
    expect(
      arrangement.cells.some(
        (c) => c.value === "1 người (chưa rõ loại xã, chưa đối chiếu định mức)"
      )
    ).toBe(true);
    expect(cellsWith(arrangement, "Thủ quỹ")).toHaveLength(1);
    expect(cellsWith(arrangement, "Bố trí mới")).toHaveLength(1);
    expect(arrangement.print.pageBreaksBefore).toHaveLength(1);
  });

  test("a hamlet whose people all leave still shows 0 / cap", () => {
    const analysis = sampleAnalysis();
    analysis.roster.members.push(
      member({
        row: 40,
        name: "Lâm Văn Rết",
        commune: "Phú Mỹ",
        hamlet: "Ấp Cỏ Quen",
        title: "Công an viên",
        decision: "leave-paid",
      })
    );
    const { members } = analysis.roster;
    analysis.plan = buildPlan({ members, policy: analysis.policy, register: analysis.register });
    const arr = buildSheets(analysis, DATE)[2];
    expect(cellsWith(arr, "2. Ấp Cỏ Quen")).toHaveLength(1);
    const row = only(arr, "2. Ấp Cỏ Quen").row;
    expect(at(arr, row, 6)?.value).toBe("0 / 6 người");
    expect(cellsWith(arr, "Lâm Văn Rết")).toHaveLength(0);
  });

  test("trace: one row per payout under commune headings, with a SUM total", () => {
    const h = only(trace, "Họ và tên (dòng trong danh sách)").row;
    expect(at(trace, h, 14)?.value).toBe("Số tiền (đồng)");
    expect(at(trace, h + 1, 14)?.value).toBe("(14)");
    expect(trace.print).toMatchObject({
      orientation: "landscape",
      fitToWidth: true,
      printTitleRows: [h, h + 1],
      footer: expect.stringContaining("Trang &P/&N"),
    });
    expect(cellsWith(trace, "ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH")).toHaveLength(1);
    const phuMy = only(trace, "XÃ PHÚ MỸ").row;
    const vinhDieu = only(trace, "XÃ VĨNH ĐIỀU").row;
    expect(phuMy).toBe(h + 2);
    // Phú Mỹ: three commune-level rows (An, the formula-looking name, Chưa), then the hamlet one.
    const an = only(trace, "Nguyễn Văn An\n(DS, dòng 10)").row;
    expect(an).toBe(phuMy + 1);
    expect(only(trace, "Thạch Sà Rươl\n(DS, dòng 12)").row).toBe(phuMy + 4);
    expect(vinhDieu).toBe(phuMy + 5);
    expect(at(trace, an, 1)?.value).toBe(1);
    expect(at(trace, an, 3)?.value).toBe("Cấp xã");
    expect(at(trace, an, 6)?.value).toBe("1.390.000\n(Nghị định 72/2018/NĐ-CP)");
    expect(at(trace, an, 8)?.value).toBe("01/03/2010");
    expect(at(trace, an, 9)?.value).toBe("31/12/2018");
    expect(at(trace, an, 10)?.value).toBe(106);
    expect(at(trace, an, 11)?.value).toBe("1–6 tháng → 0,5 năm");
    expect(at(trace, an, 12)?.value).toBe(9);
    expect(at(trace, an, 13)?.value).toBe("1.390.000 × 1 × 9 = 12.510.000");
    expect(at(trace, an, 14)?.value).toBe(12510000);
    // The blocked row: no amount, the reason and its code.
    const chua = only(trace, "Lê Văn Chưa\n(DS, dòng 14)").row;
    expect(at(trace, chua, 14)?.value).toBeNull();
    expect(at(trace, chua, 13)?.value).toBe(
      "Chưa tính: thiếu ngày bắt đầu công tác [start-missing]"
    );
    // No merged blocks per payout: only the header area, commune headings and the total label.
    expect(trace.merges.filter((m) => m.top > h + 1)).toHaveLength(3);
    const total = only(trace, "Tổng cộng").row;
    const d = only(trace, "Danh Thị Mỹ\n(DS, dòng 20)").row;
    expect(total).toBe(d + 1);
    expect(at(trace, total, 14)).toMatchObject({
      formula: `SUM(N${phuMy}:N${d})`,
      value: 33360000,
    });
    expect(trace.styles[at(trace, total, 14)?.style ?? ""].numFmt).toBe("#,##0");
    expect(findings.name).toBe("Kiểm tra");
  });

  test("trace: a hand-computed payout reads its formulas and amount", () => {
    const analysis = sampleAnalysis();
    const m = member({
      row: 50,
      name: "Phan Văn Tính",
      commune: "Vĩnh Điều",
      title: "Văn phòng Đảng ủy",
      concurrent: ["Thủ quỹ"],
      decision: "leave-paid",
      coefficient: "0.85",
    });
    m.concurrentCoefficient = { value: "0.3", cell: { sheet: "DS", row: 50, col: 9 }, raw: 0.3 };
    // 01/7/2010 – 31/12/2018: S + 102 months = 01/01/2019 = E + 1 day → 102 months = 8 years
    // 6 months; rule B: 6 months → ½ year: 8,5.
    // A = round(0,85 × 1 390 000) + round(100 % × 0,3 × 1 390 000) = 1 181 500 + 417 000.
    // S = 1 598 500 × 1 month/year × 8,5 = 13 587 250.
    m.start = {
      value: { year: 2010, month: 7, day: 1, precision: "day" },
      cell: { sheet: "DS", row: 50, col: 10 },
      raw: null,
    };
    m.end = {
      value: { year: 2018, month: 12, day: 31, precision: "day" },
      cell: { sheet: "DS", row: 50, col: 11 },
      raw: null,
    };
    const computed = computePayouts({
      members: [m],
      policy: analysis.policy,
      paymentDate: null,
      round: null,
      blocking: [],
      lang: "vi",
    }).report.payouts[0];
    expect(computed.amount).toBe(13587250);
    analysis.report.payouts.push(computed);
    analysis.report.totals.amount.total += 13587250;
    const t = buildSheets(analysis, DATE)[4];
    const r = only(t, "Phan Văn Tính\n(DS, dòng 50)").row;
    expect(at(t, r, 4)?.value).toBe("Văn phòng Đảng ủy\n(kiêm Thủ quỹ)");
    expect(at(t, r, 5)?.value).toBe("Hệ số 0,85 (danh sách)\nKiêm nhiệm: hệ số 0,3 (danh sách)");
    expect(at(t, r, 7)?.value).toBe(
      "round(0,85 × 1.390.000) + round(1 × 0,3 × 1.390.000) = 1.598.500"
    );
    expect(at(t, r, 10)?.value).toBe(102);
    expect(at(t, r, 12)?.value).toBe(8.5);
    expect(at(t, r, 13)?.value).toBe("1.598.500 × 1 × 8,5 = 13.587.250");
    expect(at(t, r, 14)?.value).toBe(13587250);
    const total = only(t, "Tổng cộng").row;
    expect(at(t, total, 14)?.value).toBe(33360000 + 13587250);
  });

  test("person rows carry no merges (office-js would need one call per row)", () => {
    for (const spec of [payments, arrangement, trace]) {
      const personRows = new Set(
        spec.cells.filter((c) => c.col === 1 && typeof c.value === "number").map((c) => c.row)
      );
      expect(personRows.size).toBeGreaterThan(0);
      const onPersonRows = spec.merges.filter(
        (m) => personRows.has(m.top) || personRows.has(m.bottom)
      );
      expect(onPersonRows).toEqual([]);
    }
  });

  test("a birth year without gender is centred across Nam | Nữ, bordered as one cell", () => {
    const noGender = sampleAnalysis();
    for (const m of noGender.roster.members) m.gender = null;
    for (const p of noGender.report.payouts) p.member.gender = null;
    const [, pay, arr] = buildSheets(noGender, DATE);
    for (const spec of [pay, arr]) {
      const yearCells = spec.cells.filter((c) => c.col === 3 && c.style === "acrossStart");
      expect(yearCells.length).toBeGreaterThan(0);
      for (const c of yearCells) {
        expect(typeof c.value).toBe("number");
        expect(at(spec, c.row, 4)).toMatchObject({ value: null, style: "acrossEnd" });
      }
    }
  });

  test("strings from the input that look like formulas stay plain values", () => {
    const all = specs.flatMap((s) => s.cells);
    expect(
      all.filter((c) => c.value === '=HYPERLINK("http://x","y")').map((c) => c.formula)
    ).toEqual([undefined, undefined]);
    expect(cellsWith(payments, "+Văn thư")[0].formula).toBeUndefined();
    expect(cellsWith(arrangement, "@Trần Văn Giữ")[0].formula).toBeUndefined();
    expect(cellsWith(arrangement, "-Lý Thị Mới")[0].formula).toBeUndefined();
    for (const c of all.filter((x) => x.formula !== undefined))
      expect(c.formula).toMatch(/^SUM\([A-Z]+\d+(:[A-Z]+\d+|(,[A-Z]+\d+)*)\)$/);
  });

  test("deterministic", () => {
    expect(JSON.stringify(buildSheets(sampleAnalysis(), DATE))).toBe(JSON.stringify(specs));
  });

  test("no draft mark without errors", () => {
    for (const s of specs)
      expect(
        s.cells.some((c) => typeof c.value === "string" && c.value.startsWith("DỰ THẢO"))
      ).toBe(false);
  });
});

describe("draft marking", () => {
  test("every document says DỰ THẢO and how many errors remain; names stay exact", () => {
    const specs = buildSheets(sampleAnalysis({ withError: true }), DATE);
    expect(specs.map((s) => s.name)).toEqual(Object.values(GENERATED_SHEET_NAMES).slice(0, 5));
    for (const s of specs)
      expect(s.cells.some((c) => c.value === "DỰ THẢO — còn 1 lỗi cần sửa")).toBe(true);
  });

  test("Kiểm tra links each finding to its cell", () => {
    const findings = buildSheets(sampleAnalysis({ withError: true }), DATE)[3];
    const cell = findings.cells.find((c) => c.value === "J14");
    expect(cell?.link).toBe("'DS'!J14");
    expect(
      findings.cells.some((c) => c.value === "Lê Văn Chưa: thiếu ngày bắt đầu công tác.")
    ).toBe(true);
  });
});

describe("form lines", () => {
  test("date line: two-digit day, leading zero only for months 1–2", () => {
    expect(dateLine("Giang Thành", "2019-03-05")).toBe("Giang Thành, ngày 05 tháng 3 năm 2019");
    expect(dateLine("Giang Thành", "2019-01-18")).toBe("Giang Thành, ngày 18 tháng 01 năm 2019");
    expect(dateLine("Giang Thành", "2019-02-09")).toBe("Giang Thành, ngày 09 tháng 02 năm 2019");
    expect(dateLine("Giang Thành", "2019-11-20")).toBe("Giang Thành, ngày 20 tháng 11 năm 2019");
  });
  test("parent body in capitals", () => {
    expect(parentBodyLine("Giang Thành")).toBe("ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH");
    expect(parentBodyLine("thị xã Hà Tiên")).toBe("ỦY BAN NHÂN DÂN THỊ XÃ HÀ TIÊN");
  });
  test("legal basis of a decree", () => {
    const policy = sampleAnalysis().policy;
    expect(
      legalBasisLine({
        ...policy,
        legalBasis: { number: "34/2019/NĐ-CP", date: "2019-04-24", issuer: "Chính phủ" },
      })
    ).toBe("(Thực hiện Nghị định số 34/2019/NĐ-CP ngày 24/4/2019 của Chính phủ)");
  });
  test("a documentDate that is not a day is refused", () => {
    expect(() => buildSheets(sampleAnalysis(), { documentDate: "2019-03" })).toThrow(RangeError);
  });
});
