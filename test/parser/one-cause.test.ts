import type { CellValue, Grid } from "../../src/engine/types";
import { analyze } from "../../src/engine/analyze";
import { parseRosters } from "../../src/engine/roster/parse";
import { getPreset } from "../../src/engine/policy/presets";

/**
 * One cause, one finding (issue 9, item 5). Leavers of 31/12/2018 under NQ 77: a commune-level
 * Thủ quỹ with coefficient 1 from 01/03/2010 is paid 1.390.000 × 9 = 12.510.000 (106 months =
 * 8 y 10 m → 9 years by band rule B).
 */
const HEADER = ["Họ và tên", "Năm sinh", "Chức danh", "Hệ số", "Từ ngày", "Đến ngày", "Phương án"];

function roster(rows: CellValue[][], sheet = "Phú Mỹ", title = "DANH SÁCH NKCT XÃ PHÚ MỸ"): Grid {
  return { sheet, firstRow: 1, firstCol: 1, cells: [[title], HEADER, ...rows] };
}

const leaver = (over: Partial<Record<string, CellValue>> = {}): CellValue[] => {
  const r: Record<string, CellValue> = {
    name: "Nguyễn Văn An",
    birth: 1968,
    title: "Thủ quỹ",
    coefficient: 1,
    start: "01/03/2010",
    end: "31/12/2018",
    decision: "Thôi việc",
    ...over,
  };
  return [r.name, r.birth, r.title, r.coefficient, r.start, r.end, r.decision];
};

const codesAt = (a: ReturnType<typeof analyze>, row: number) =>
  a.findings.filter((f) => f.row === row && f.sheet === "Phú Mỹ").map((f) => f.code);

describe("one cause, one finding", () => {
  test("an unreadable start date is date-invalid only, and the payout waits for it", () => {
    const a = analyze([roster([leaver({ start: "31/02/2010" })])]);
    expect(codesAt(a, 3)).toEqual(["date-invalid"]);
    expect(a.report.payouts[0].amount).toBeNull();
    expect(a.report.payouts[0].blockedBy).toEqual(["date-invalid"]);
  });

  test("an unreadable leaving date is date-invalid only; the payment date does not stand in for it", () => {
    const a = analyze([roster([leaver({ end: "32/12/2018" })])], { paymentDate: "2018-12-31" });
    expect(codesAt(a, 3)).toEqual(["date-invalid"]);
    expect(a.report.payouts[0].amount).toBeNull();
  });

  test("an unreadable birth date is reported but does not block: the amount does not depend on it", () => {
    const a = analyze([roster([leaver({ birth: "năm 19ab" })])]);
    expect(codesAt(a, 3)).toEqual(["date-invalid"]);
    expect(a.report.payouts[0].blockedBy).toEqual([]);
    expect(a.report.payouts[0].amount).toBe(12_510_000);
  });

  test("coefficient-mismatch for kept and new people too, once for a leaver", () => {
    const policy = getPreset("kien-giang-nq77-2017")!;
    policy.titles = policy.titles.map((t) =>
      t.id === "thu-quy" ? { ...t, coefficient: "0.8" } : t
    );
    const a = analyze(
      [
        roster([
          leaver(),
          leaver({ name: "Trần Thị Bé", decision: "Bố trí" }),
          leaver({ name: "Lê Văn Cường", decision: "Bố trí mới", coefficient: "0,8" }),
        ]),
      ],
      { policy }
    );
    const mismatches = a.findings.filter((f) => f.code === "coefficient-mismatch");
    expect(mismatches.map((f) => [f.person, f.cell])).toEqual([
      ["Nguyễn Văn An", "D3"],
      ["Trần Thị Bé", "D4"],
    ]);
  });
});

describe("the commune of a title line and of a sheet name", () => {
  const member = (title: string, sheet: string, register: string[]) =>
    parseRosters([roster([leaver()], sheet, title)], { communeNames: register }).members[0];

  test("the longest commune of the register the title line names", () => {
    const m = member(
      "DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH XÃ AN CƯ DỰ KIẾN BỐ TRÍ THEO NGHỊ ĐỊNH 34/2019/NĐ-CP",
      "Sheet1",
      ["An Cư", "An", "Phú Mỹ"]
    );
    expect([m.commune?.value, m.communeSource]).toEqual(["An Cư", "title"]);
  });

  test("a sheet named after a commune of the register wins over words guessed from a title line", () => {
    const m = member("DANH SÁCH NKCT XÃ TÂN AN DỰ KIẾN BỐ TRÍ", "An Cư", ["An Cư", "Phú Mỹ"]);
    expect([m.commune?.value, m.communeSource]).toEqual(["An Cư", "sheet"]);
  });

  test("without a register the title line's words are still the commune", () => {
    const m = member("DANH SÁCH NKCT XÃ PHÚ MỸ, HUYỆN GIANG THÀNH", "Sheet1", []);
    expect([m.commune?.value, m.communeSource]).toEqual(["Phú Mỹ", "title"]);
  });
});
