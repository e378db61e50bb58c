/**
 * The ND 154 columns read from a roster grid through the whole pipeline: the periods cell, the
 * gender column, the reduced-age column and the earlier-payment column. Figures worked by hand
 * (see nd154.golden.test.ts for the rules): PC = 1 × 2.530.000 (August 2026 for a 09/2026 leaver).
 */
import { analyze } from "../../src/engine/analyze";
import { getPreset } from "../../src/engine/policy/presets";
import { NGUYEN_THI_LAN, rosterGrid, TRAN_VAN_HUNG } from "./nd154-leavers";

const HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Xã",
  "Ấp",
  "Chức danh",
  "Hệ số",
  "Các thời gian công tác",
  "Ngày thôi việc",
  "Phương án",
  "Nghỉ hưu ở tuổi thấp hơn",
  "Đã hưởng chế độ NĐ 154",
];

const THON = getPreset("nd154-2025-thon")!;

describe("a 2026 roster under nd154-2025-thon", () => {
  const analysis = analyze(
    [
      rosterGrid(HEADER, [
        // 01/2012 – 11/2023: 132 + 10 + 1 = 143 months; 05/2024 – 09/2026: 24 + 4 + 1 = 29;
        // 172 = 14 y 4 m → 14,5 years. Woman born 03/1971 → 11/2028 → 27 months early → case b:
        // 2.024.000 × 27 = 54.648.000; 3.795.000 × 14,5 = 55.027.500; 7.590.000 → 117.265.500.
        NGUYEN_THI_LAN,
        // Man born 05/1966, 5 years lower (Phụ lục II): 2021 needs 55 y 3 m → 08/2021 → case d
        // at 09/2026: 15 × 2.530.000 = 37.950.000.
        TRAN_VAN_HUNG,
        // Kept, paid under ND 154 on 15/08/2025: refund-required at the column's cell (M4).
        {
          "Họ và tên": "Lê Văn Tư",
          "Ngày sinh": "1980",
          "Giới tính": "Nam",
          Xã: "Vĩnh Điều",
          Ấp: "Tràm Trổi",
          "Chức danh": "Trưởng ban Công tác Mặt trận",
          "Hệ số": 1,
          "Phương án": "Bố trí",
          "Đã hưởng chế độ NĐ 154": "15/08/2025",
        },
      ]),
    ],
    { policy: THON, paymentDate: "2026-09-01" }
  );

  test("the periods cell gives the months, breaks left out", () => {
    const p = analysis.report.payouts[0];
    expect([p.months, p.yearsCounted, p.retirementMonth, p.monthsEarly, p.case]).toEqual([
      172,
      "14.5",
      "2028-11",
      27,
      "b",
    ]);
    expect(p.components.map((c) => c.amount)).toEqual([54648000, 55027500, 7590000]);
    expect(p.amount).toBe(117265500);
  });

  test("the reduced-age column lowers the age by 5 years", () => {
    const p = analysis.report.payouts[1];
    expect([p.retirementMonth, p.case, p.amount]).toEqual(["2021-08", "d", 37950000]);
  });

  test("a kept person already paid under ND 154 is refund-required at the payment cell", () => {
    const f = analysis.findings.filter((x) => x.code === "refund-required");
    expect(f.map((x) => x.cell)).toEqual(["M4"]);
  });

  test("totals add the rows", () => {
    expect(analysis.report.totals.amount.total).toBe(117265500 + 37950000);
  });
});
