/**
 * The 2026 documents (DOMAIN §10.5) on a small ND 154 roster: the two-tier header, the ND 154
 * payment list's columns and components, the summary's payment sentence, Chi tiết tính's case.
 * Figures worked by hand in test/golden/nd154-roster.test.ts (the same two leavers):
 * Nguyễn Thị Lan, case b: 54.648.000 + 55.027.500 + 7.590.000 = 117.265.500;
 * Trần Văn Hùng, case d: 15 × 2.530.000 = 37.950.000; together 155.215.500.
 */
import { analyze } from "../../src/engine/analyze";
import { buildSheets } from "../../src/engine/sheets/build";
import type { Grid } from "../../src/engine/types";
import type { SheetSpec } from "../../src/engine/sheets/spec";
import { NGUYEN_THI_LAN, rosterGrid, TRAN_VAN_HUNG } from "../golden/nd154-leavers";

const HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Xã",
  "Ấp",
  "Chức danh",
  "Kiêm nhiệm",
  "Hệ số",
  "Các thời gian công tác",
  "Ngày thôi việc",
  "Phương án",
  "Nghỉ hưu ở tuổi thấp hơn",
];
const roster = rosterGrid(HEADER, [NGUYEN_THI_LAN, TRAN_VAN_HUNG]);
const info: Grid = {
  sheet: "Thông tin",
  firstRow: 1,
  firstCol: 1,
  cells: [
    ["Tỉnh", "An Giang"],
    ["Xã", "Vĩnh Điều"],
    ["Quy định áp dụng", "nd154-2025-thon"],
    ["Ngày chi trả", "01/09/2026"],
  ],
};

const analysis = analyze([info, roster]);
const sheets = buildSheets(analysis, { documentDate: "2026-09-05" });
const sheet = (kind: SheetSpec["kind"]): SheetSpec => sheets.find((s) => s.kind === kind)!;
const text = (s: SheetSpec): string[] =>
  s.cells.filter((c) => typeof c.value === "string").map((c) => String(c.value));

describe("the 2026 documents", () => {
  test("the Thông tin sheet's preset id chooses the policy", () => {
    expect(analysis.policy.id).toBe("nd154-2025-thon");
  });

  test("every document: commune department header, no district, dated at the commune", () => {
    // Kiểm tra is a working sheet without the national header.
    for (const s of sheets.filter((x) => x.kind !== "findings")) {
      const t = text(s);
      expect(t).toContain("ỦY BAN NHÂN DÂN XÃ VĨNH ĐIỀU");
      expect(t).toContain("PHÒNG VĂN HÓA - XÃ HỘI");
      expect(t).toContain("Vĩnh Điều, ngày 05 tháng 9 năm 2026");
      expect(t.some((x) => /HUYỆN/.test(x))).toBe(false);
    }
    expect(text(sheet("summary"))).toContain("TRƯỞNG PHÒNG VĂN HÓA - XÃ HỘI");
  });

  test("the ND 154 payment list: one column per factor, the total, SUMs of the rows", () => {
    const s = sheet("payments");
    const t = text(s);
    for (const h of [
      "Ngày sinh",
      "Giới tính",
      "Kiêm nhiệm (không tính)",
      "Tháng đủ tuổi",
      "Số tháng nghỉ trước tuổi",
      "Trường hợp",
      "0,8 × PC × số tháng",
      "1,5 × PC × số năm tính hưởng",
      "3 × PC",
      "15 × PC",
    ])
      expect(t).toContain(h);
    const row = (name: string): (string | number | null)[] => {
      const r = s.cells.find((c) => c.value === name)!.row;
      return s.cells.filter((c) => c.row === r).map((c) => c.value);
    };
    // Lan: 15/03/1971, Nữ, PC 2.530.000, 143 + 29 = 172 months, 14,5 years, 11/2028, 27, case b.
    expect(row("Nguyễn Thị Lan")).toEqual(
      expect.arrayContaining([
        "15/03/1971",
        "Nữ",
        "Bí thư Chi bộ",
        2530000,
        172,
        14.5,
        "11/2028",
        27,
        "b",
        54648000,
        55027500,
        7590000,
        117265500,
      ])
    );
    expect(row("Trần Văn Hùng")).toEqual(
      expect.arrayContaining(["05/1966", "Nam", "08/2021", 0, "d", 37950000])
    );
    const totals = s.cells.filter((c) => c.formula?.startsWith("SUM"));
    // 0,8 ×: 54.648.000; 1,5 ×: 55.027.500; 3 ×: 7.590.000; 15 ×: 37.950.000; total 155.215.500.
    expect(totals.map((c) => c.value)).toEqual([54648000, 55027500, 7590000, 37950000, 155215500]);
  });

  test("Tổng hợp carries the ND 154 payment sentence", () => {
    expect(text(sheet("summary"))).toContain(
      "Đã chi trả trợ cấp một lần theo Điều 10 Nghị định số 154/2025/NĐ-CP cho 2 trường hợp với tổng kinh phí là 155.215.500 đồng."
    );
  });

  test("Chi tiết tính says the case and what chose it, then each component", () => {
    const t = text(sheet("trace")).join("\n");
    expect(t).toContain(
      "Trường hợp b — Từ 60 tháng công tác, còn dưới 60 tháng đến tuổi nghỉ hưu (đủ tuổi nghỉ hưu 11/2028; 27 tháng nghỉ trước tuổi; 172 tháng công tác)"
    );
    expect(t).toContain("2.530.000 × 0,8 × 27 = 54.648.000");
  });
});

describe("Phiếu tính trợ cấp", () => {
  const s = sheet("slip");
  const t = text(s);

  test("a sixth sheet under ND 154, one printed page per person", () => {
    expect(sheets.map((x) => x.name)).toEqual([
      "Tổng hợp",
      "Danh sách chi trả",
      "Danh sách bố trí",
      "Kiểm tra",
      "Chi tiết tính",
      "Phiếu tính trợ cấp",
    ]);
    expect(s.print.orientation).toBe("portrait");
    // Two people: one break, before the second Phiếu's header.
    expect(s.print.pageBreaksBefore).toHaveLength(1);
    expect(t.filter((x) => x === "PHIẾU TÍNH TRỢ CẤP MỘT LẦN")).toHaveLength(2);
  });

  test("every input, step and component of Lan's derivation, with its legal reference", () => {
    const lines = s.cells.filter((c) => c.col === 3).map((c) => String(c.value));
    // The value is one block over the two value columns of each line.
    expect(s.merges.filter((m) => m.left === 3 && m.right === 4).length).toBeGreaterThan(20);
    expect(lines).toEqual(
      expect.arrayContaining([
        "15/03/1971 (ghi rõ ngày) (ô C2), nữ",
        // 2.530.000 × 0,8 × 27 = 54.648.000; × 1,5 × 14,5 = 55.027.500; × 3 = 7.590.000.
        "2.530.000 × 0,8 × 27 = 54.648.000 đồng",
        "2.530.000 × 1,5 × 14,5 = 55.027.500 đồng",
        "2.530.000 × 3 = 7.590.000 đồng",
        "54.648.000 + 55.027.500 + 7.590.000 = 117.265.500 đồng",
      ])
    );
    const refs = s.cells.filter((c) => c.col === 5).map((c) => c.value);
    expect(refs).toContain("Nghị định 154/2025/NĐ-CP, Điều 10");
    expect(refs).toContain("Nghị định 161/2026/NĐ-CP");
    // Rule B's thresholds and the months-early counting are unverified, and say so.
    expect(refs.filter((r) => String(r).endsWith("(chưa kiểm chứng)")).length).toBeGreaterThan(0);
    expect(t).toContain(
      "Bằng chữ: Một trăm mười bảy triệu hai trăm sáu mươi lăm nghìn năm trăm đồng."
    );
  });
});
