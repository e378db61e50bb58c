/**
 * Golden payouts under Nghị định 154/2025/NĐ-CP (DOMAIN §10.2), every figure worked out by hand
 * from the domain rules in the comments (never produced by the code under test).
 *
 * Base salary: 2.340.000 from 2024-07-01 (Nghị định 73/2024), 2.530.000 from 2026-07-01
 * (Nghị định 161/2026). PC = the main title's allowance in the month BEFORE the leaving month
 * (looked up on that month's last day); the concurrent title is not counted.
 * Cases (at the leaving date): a service < 60 months, below retirement age:
 *   0,8 × PC × months of service + 1,5 × PC × years counted + 3 × PC;
 * b service ≥ 60, 1–59 months early: 0,8 × PC × months early + 1,5 × PC × years + 3 × PC;
 * c service ≥ 60, ≥ 60 months early: 0,8 × PC × 60 + 1,5 × PC × years + 3 × PC;
 * d at or over retirement age (0 months early): 15 × PC.
 * Each component is rounded half away from zero, then summed. Years counted: whole years + rule B
 * (leftover 0 → 0; 1–6 → ½; 7–11 → 1). Months early: leaving month to retirement month, both
 * counted; 0 once the retirement month is reached. Retirement age by calendar year — men 60 y
 * (≤ 2020), 60 y 3 m in 2021, +3 m a year, 62 y from 2028; women 55 y (≤ 2020), 55 y 4 m in 2021,
 * +4 m a year, 60 y from 2035 — reached in the earliest month M with birth month + age(M's year) ≤ M.
 * Months of service with month-precise dates: (E.y − S.y)·12 + (E.m − S.m) + 1.
 *
 * With coefficient 1 after 1-7-2026: PC = 2.530.000, so 0,8 × PC = 2.024.000, 1,5 × PC = 3.795.000,
 * 3 × PC = 7.590.000, 15 × PC = 37.950.000.
 */
import { computePayouts } from "../../src/engine/payouts";
import { payoutJson } from "../../src/engine/payouts/json";
import { getPreset } from "../../src/engine/policy/presets";
import type { Payout, Policy } from "../../src/engine/types";
import { member, type MemberSpec } from "./members";

const THON = getPreset("nd154-2025-thon")!;
const XA = getPreset("nd154-2025-xa")!;

function pay(spec: MemberSpec, policy: Policy = THON, paymentDate: string | null = null): Payout {
  const { report } = computePayouts({
    members: [member({ hamlet: "Ấp Tràm Trổi", title: "Trưởng ấp", ...spec })],
    policy,
    paymentDate,
    round: null,
    blocking: [],
    lang: "vi",
  });
  expect(report.payouts).toHaveLength(1);
  return report.payouts[0];
}

const amounts = (p: Payout): number[] => p.components.map((c) => c.amount);

describe("DOMAIN §10.2 worked examples", () => {
  test("1. woman born 03/1971, 176 months, case b: 142.995.600", () => {
    // 01/01/2012 → 01/09/2026, both day-precise: S + 176 months = 01/09/2026 ≤ E + 1 = 02/09/2026,
    // S + 177 = 01/10/2026 > E + 1 → 176 months = 14 y 8 m → B: 8 → 1 → 15 years.
    // PC: August 2026 (31/08/2026: 2.530.000) × 1,2 = 3.036.000; the concurrent title is ignored.
    // Retirement: 2028 needs 57 y 8 m; 03/1971 + 57 y 8 m = 11/2028 (2027's 57 y 4 m gives
    // 07/2028, not in 2027) → 11/2028. Months early 09/2026 → 11/2028 both counted: 24 + 2 + 1 = 27.
    // 0,8 × 3.036.000 × 27 = 65.577.600; 1,5 × 3.036.000 × 15 = 68.310.000; 3 × 3.036.000 = 9.108.000.
    const p = pay({
      birth: "1971-03",
      gender: "female",
      coefficient: "1.2",
      concurrent: ["Trưởng ban Công tác Mặt trận"],
      concurrentCoefficient: "1",
      start: "2012-01-01",
      end: "2026-09-01",
    });
    expect(p.months).toBe(176);
    expect(p.yearsCounted).toBe("15");
    expect(p.baseSalary).toBe(2530000);
    expect(p.monthlyAllowance).toBe(3036000);
    expect(p.retirementMonth).toBe("2028-11");
    expect(p.monthsEarly).toBe(27);
    expect(p.case).toBe("b");
    expect(p.components.map((c) => c.label)).toEqual([
      "0,8 × PC × 27 tháng",
      "1,5 × PC × 15 năm",
      "3 × PC",
    ]);
    expect(amounts(p)).toEqual([65577600, 68310000, 9108000]);
    expect(p.amount).toBe(142995600);
  });

  test("2. man born 1985 (year only), 40 months, case a: 101.832.500", () => {
    // 05/2023 → 08/2026: 36 + 3 + 1 = 40 months = 3 y 4 m → B: 4 → ½ → 3,5 years.
    // PC: July 2026 (31/07/2026: 2.530.000) × 1. Born 1985: 62 y in 2047, so 01/2047–12/2047,
    // far beyond 60 months either way: case a whatever the month → the year alone does not block.
    // 2.024.000 × 40 = 80.960.000; 3.795.000 × 3,5 = 13.282.500; 7.590.000.
    const p = pay({
      birth: "1985",
      gender: "male",
      coefficient: "1",
      start: "2023-05",
      end: "2026-08",
    });
    expect(p.blockedBy).toEqual([]);
    expect(p.case).toBe("a");
    expect(amounts(p)).toEqual([80960000, 13282500, 7590000]);
    expect(p.amount).toBe(101832500);
    // The month decides nothing, so no month is printed as if it were known.
    expect(p.retirementMonth).toBeNull();
  });

  test("3. past retirement age, PC 3.289.000, case d: 49.335.000", () => {
    // Man born 05/1960: 60 y in 2020 → 05/2020. Leaving 01/09/2026: months early 0 → case d.
    // PC 1,3 × 2.530.000 = 3.289.000; 15 × 3.289.000 = 49.335.000.
    const p = pay({
      birth: "1960-05",
      gender: "male",
      coefficient: "1.3",
      start: "2015-01",
      end: "2026-09-01",
    });
    expect(p.monthlyAllowance).toBe(3289000);
    expect(p.retirementMonth).toBe("2020-05");
    expect(p.monthsEarly).toBe(0);
    expect(p.case).toBe("d");
    expect(p.components.map((c) => [c.label, c.amount])).toEqual([["15 × PC", 49335000]]);
    expect(p.amount).toBe(49335000);
  });
});

/** A man born 06/1980 reaches 62 y in 06/2042: far from any leaving month here (case a or c). */
const YOUNG_MAN: MemberSpec = { birth: "1980-06", gender: "male", coefficient: "1" };

describe("case boundaries", () => {
  test("59 months of service: case a", () => {
    // 11/2021 → 09/2026: 60 − 2 + 1 = 59 months = 4 y 11 m → 5 years.
    // 2.024.000 × 59 = 119.416.000; 3.795.000 × 5 = 18.975.000; 7.590.000 → 145.981.000.
    const p = pay({ ...YOUNG_MAN, start: "2021-11", end: "2026-09" });
    expect([p.months, p.case]).toEqual([59, "a"]);
    expect(amounts(p)).toEqual([119416000, 18975000, 7590000]);
    expect(p.amount).toBe(145981000);
  });

  test("60 months of service, 190 months early: case c", () => {
    // 10/2021 → 09/2026: 60 months = 5 y 0 m → 5 years. Early: 09/2026 → 06/2042 = 192 − 3 + 1 = 190.
    // 2.024.000 × 60 = 121.440.000; 18.975.000; 7.590.000 → 148.005.000.
    const p = pay({ ...YOUNG_MAN, start: "2021-10", end: "2026-09" });
    expect([p.months, p.monthsEarly, p.case]).toEqual([60, 190, "c"]);
    expect(p.components[0].label).toBe("0,8 × PC × 60 tháng");
    expect(amounts(p)).toEqual([121440000, 18975000, 7590000]);
    expect(p.amount).toBe(148005000);
  });

  // 01/2012 → 09/2026: 168 + 8 + 1 = 177 months = 14 y 9 m → 15 years: 3.795.000 × 15 = 56.925.000.
  test("59 months early: case b", () => {
    // Man born 07/1969: 62 y → 07/2031 (2030's 62 y gives 07/2031, not in 2030).
    // 09/2026 → 07/2031: 60 − 2 + 1 = 59. 2.024.000 × 59 = 119.416.000 → 183.931.000.
    const p = pay({
      birth: "1969-07",
      gender: "male",
      coefficient: "1",
      start: "2012-01",
      end: "2026-09",
    });
    expect([p.months, p.retirementMonth, p.monthsEarly, p.case]).toEqual([177, "2031-07", 59, "b"]);
    expect(amounts(p)).toEqual([119416000, 56925000, 7590000]);
    expect(p.amount).toBe(183931000);
  });

  test("60 months early: case c", () => {
    // Man born 08/1969 → 08/2031; 09/2026 → 08/2031: 60 − 1 + 1 = 60.
    // 2.024.000 × 60 = 121.440.000 → 121.440.000 + 56.925.000 + 7.590.000 = 185.955.000.
    const p = pay({
      birth: "1969-08",
      gender: "male",
      coefficient: "1",
      start: "2012-01",
      end: "2026-09",
    });
    expect([p.retirementMonth, p.monthsEarly, p.case]).toEqual(["2031-08", 60, "c"]);
    expect(p.amount).toBe(185955000);
  });

  // Man born 03/1965: 2026 needs 61 y 6 m → 09/2026 (2025's 61 y 3 m gives 06/2026, not 2025).
  const AT_AGE: MemberSpec = {
    birth: "1965-03",
    gender: "male",
    coefficient: "1",
    start: "2012-01",
  };

  test("leaving in the month retirement age is reached: case d", () => {
    // 09/2026 = the retirement month → 0 months early → 15 × 2.530.000 = 37.950.000.
    const p = pay({ ...AT_AGE, end: "2026-09" });
    expect([p.retirementMonth, p.monthsEarly, p.case, p.amount]).toEqual([
      "2026-09",
      0,
      "d",
      37950000,
    ]);
  });

  test("leaving one month before: case b with 2 months early", () => {
    // 08/2026 → 09/2026 both counted = 2. PC: July 2026 = 2.530.000. 01/2012 → 08/2026 = 176
    // months = 14 y 8 m → 15 years. 2.024.000 × 2 = 4.048.000 + 56.925.000 + 7.590.000 = 68.563.000.
    const p = pay({ ...AT_AGE, end: "2026-08" });
    expect([p.months, p.monthsEarly, p.case]).toEqual([176, 2, "b"]);
    expect(amounts(p)).toEqual([4048000, 56925000, 7590000]);
    expect(p.amount).toBe(68563000);
  });

  test("leaving one month after: case d", () => {
    const p = pay({ ...AT_AGE, end: "2026-10" });
    expect([p.monthsEarly, p.case, p.amount]).toEqual([0, "d", 37950000]);
  });

  test("below 60 months and at retirement age is case d, not a", () => {
    // 03/2024 → 09/2026: 24 + 6 + 1 = 31 months; at age → 37.950.000.
    const p = pay({ ...AT_AGE, start: "2024-03", end: "2026-09" });
    expect([p.months, p.case, p.amount]).toEqual([31, "d", 37950000]);
  });
});

describe("months early across a year change", () => {
  test("12/2026 → 11/2027 is 12 months", () => {
    // Woman born 07/1970: 2027 needs 57 y 4 m → 11/2027 (2026's 57 y gives 07/2027, not 2026).
    // 12/2026 → 11/2027: 12 − 1 + 1 = 12 → case b. 01/2010 → 12/2026: 192 + 11 + 1 = 204 = 17 y.
    // PC: November 2026 = 2.530.000. 2.024.000 × 12 = 24.288.000; 3.795.000 × 17 = 64.515.000;
    // 7.590.000 → 96.393.000.
    const p = pay({
      birth: "1970-07",
      gender: "female",
      coefficient: "1",
      start: "2010-01",
      end: "2026-12",
    });
    expect([p.months, p.retirementMonth, p.monthsEarly, p.case]).toEqual([204, "2027-11", 12, "b"]);
    expect(amounts(p)).toEqual([24288000, 64515000, 7590000]);
    expect(p.amount).toBe(96393000);
  });
});

describe("PC from the month before leaving, on both sides of 1-7-2026", () => {
  // Man born 01/1960: 60 y in 2020 → 01/2020: case d, 15 × PC.
  const OLD: MemberSpec = { birth: "1960-01", gender: "male", coefficient: "1", start: "2015-01" };

  test("leaving 01/07/2026: PC of June at 2.340.000", () => {
    // 30/06/2026 → 2.340.000 (Nghị định 73/2024). 15 × 2.340.000 = 35.100.000.
    const p = pay({ ...OLD, end: "2026-07-01" });
    expect([p.baseSalary, p.monthlyAllowance, p.amount]).toEqual([2340000, 2340000, 35100000]);
    expect(p.baseSalaryInstrument).toBe("Nghị định 73/2024/NĐ-CP");
  });

  test("leaving 31/07/2026: still June's", () => {
    const p = pay({ ...OLD, end: "2026-07-31" });
    expect(p.amount).toBe(35100000);
  });

  test("leaving 01/08/2026: PC of July at 2.530.000", () => {
    // 31/07/2026 → 2.530.000 (Nghị định 161/2026). 15 × 2.530.000 = 37.950.000.
    const p = pay({ ...OLD, end: "2026-08-01" });
    expect([p.baseSalary, p.amount]).toEqual([2530000, 37950000]);
    expect(p.baseSalaryInstrument).toBe("Nghị định 161/2026/NĐ-CP");
  });
});

describe("the concurrent title is not counted", () => {
  test("a concurrent title without any coefficient neither adds nor blocks", () => {
    // Case d, PC 2.530.000 alone: 37.950.000.
    const p = pay({
      birth: "1960-01",
      gender: "male",
      coefficient: "1",
      concurrent: ["Trưởng ban Công tác Mặt trận"],
      start: "2015-01",
      end: "2026-09",
    });
    expect(p.blockedBy).toEqual([]);
    expect(p.amount).toBe(37950000);
  });

  test("a concurrent amount written in the roster is left out of PC", () => {
    const p = pay({
      birth: "1960-01",
      gender: "male",
      allowance: 2530000,
      concurrentAllowance: 1265000,
      start: "2015-01",
      end: "2026-09",
    });
    expect(p.monthlyAllowance).toBe(2530000);
    expect(p.amount).toBe(37950000);
  });
});

describe("service periods", () => {
  test("two periods with a break: months summed, the break left out", () => {
    // 03/2012 – 11/2023: 132 + 8 + 1 = 141; 05/2024 – 07/2025: 12 + 2 + 1 = 15; 156 = 13 y 0 m → 13.
    // Leaving 07/2025 (the last period's end); PC: June 2025 = 2.340.000 × 1.
    // Woman born 05/1975: 2035 needs 60 y → 05/2035 (2034's 59 y 8 m gives 01/2035, not 2034).
    // 07/2025 → 05/2035: 120 − 2 + 1 = 119 → case c. 0,8 × 2.340.000 × 60 = 112.320.000;
    // 1,5 × 2.340.000 × 13 = 45.630.000; 3 × 2.340.000 = 7.020.000 → 164.970.000.
    const p = pay({
      birth: "1975-05",
      gender: "female",
      coefficient: "1",
      periods: "03/2012 - 11/2023; 05/2024 - 07/2025",
    });
    expect([p.months, p.yearsCounted, p.baseSalary]).toEqual([156, "13", 2340000]);
    expect([p.retirementMonth, p.monthsEarly, p.case]).toEqual(["2035-05", 119, "c"]);
    expect(amounts(p)).toEqual([112320000, 45630000, 7020000]);
    expect(p.amount).toBe(164970000);
  });

  test("one period per line, the last until the leaving date", () => {
    // 01/2015 – 12/2019: 48 + 11 + 1 = 60; 01/2024 – leaving 09/2026: 24 + 8 + 1 = 33; 93 months
    // = 7 y 9 m → 8 years. Man born 06/1980 → 190 months early → case c.
    // 121.440.000 + 3.795.000 × 8 = 30.360.000 + 7.590.000 → 159.390.000.
    const p = pay({ ...YOUNG_MAN, periods: "01/2015 - 12/2019\n01/2024 - nay", end: "2026-09" });
    expect([p.months, p.yearsCounted, p.case]).toEqual([93, "8", "c"]);
    expect(p.amount).toBe(159390000);
  });

  test("overlapping periods block the payout with periods-overlap", () => {
    // 11/2023 is in both periods.
    const { report, findings } = computePayouts({
      members: [
        member({
          ...YOUNG_MAN,
          hamlet: "Ấp Tràm Trổi",
          title: "Trưởng ấp",
          periods: "03/2012 - 11/2023; 11/2023 - 07/2025",
        }),
      ],
      policy: THON,
      paymentDate: null,
      round: null,
      blocking: [],
      lang: "vi",
    });
    expect(findings.map((f) => f.code)).toEqual(["periods-overlap"]);
    expect(findings[0].message).toContain("03/2012 – 11/2023");
    expect(findings[0].message).toContain("11/2023 – 07/2025");
    expect(report.payouts[0].amount).toBeNull();
    expect(report.payouts[0].blockedBy).toEqual(["periods-overlap"]);
  });
});

describe("band edges under rule B (case a)", () => {
  test.each([
    // months, start, years, 0,8 × PC × months, 1,5 × PC × years, total (+ 7.590.000)
    // 10/2022 → 09/2026: 48 − 1 + 1 = 48 = 4 y 0 m → 4: 97.152.000 + 15.180.000 + 7.590.000
    [48, "2022-10", "4", 97152000, 15180000, 119922000],
    // 09/2022: 49 = 4 y 1 m → 4,5: 99.176.000 + 17.077.500 + 7.590.000
    [49, "2022-09", "4.5", 99176000, 17077500, 123843500],
    // 04/2022: 48 + 5 + 1 = 54 = 4 y 6 m → 4,5: 109.296.000 + 17.077.500 + 7.590.000
    [54, "2022-04", "4.5", 109296000, 17077500, 133963500],
    // 03/2022: 55 = 4 y 7 m → 5: 111.320.000 + 18.975.000 + 7.590.000
    [55, "2022-03", "5", 111320000, 18975000, 137885000],
  ] as const)("%i months", (months, start, years, first, second, total) => {
    const p = pay({ ...YOUNG_MAN, start, end: "2026-09" });
    expect([p.months, p.yearsCounted, p.case]).toEqual([months, years, "a"]);
    expect(amounts(p)).toEqual([first, second, 7590000]);
    expect(p.amount).toBe(total);
  });
});

describe("a birth date's precision", () => {
  test("a birth year that decides the case is birth-date-needed, never a guess", () => {
    // Man born 1969, leaving 09/2026, 177 months. Born 01/1969 → 62 y in 01/2031 → 53 months early
    // (case b); born 12/1969 → 12/2031 → 64 months (case c): the month decides.
    const { report, findings } = computePayouts({
      members: [
        member({
          birth: "1969",
          gender: "male",
          coefficient: "1",
          hamlet: "Ấp Tràm Trổi",
          title: "Trưởng ấp",
          start: "2012-01",
          end: "2026-09",
        }),
      ],
      policy: THON,
      paymentDate: null,
      round: null,
      blocking: [],
      lang: "vi",
    });
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ["birth-date-needed", `C${report.payouts[0].member.row}`],
    ]);
    expect(findings[0].message).toContain("trường hợp b hoặc c");
    expect(report.payouts[0].amount).toBeNull();
    expect(report.payouts[0].blockedBy).toEqual(["birth-date-needed"]);
  });

  test("a birth year that does not decide: past the age whatever the month", () => {
    // Woman born 1955: 55 y in 2010, in any month → case d either way: 15 × 2.530.000.
    const p = pay({
      birth: "1955",
      gender: "female",
      coefficient: "1",
      start: "2015-01",
      end: "2026-09",
    });
    expect(p.blockedBy).toEqual([]);
    expect([p.case, p.monthsEarly, p.amount]).toEqual(["d", 0, 37950000]);
  });

  test("no birth date under ND 154 is birth-date-needed; under NQ 77 it does not matter", () => {
    const p = pay({ gender: "male", coefficient: "1", start: "2015-01", end: "2026-09" });
    expect(p.blockedBy).toEqual(["birth-date-needed"]);
    const q = pay(
      { coefficient: "1", start: "2015-01", end: "2018-12", hamlet: null, title: "Thủ quỹ" },
      getPreset("kien-giang-nq77-2017")!
    );
    expect(q.blockedBy).toEqual([]);
  });

  test("a missing gender is asked for", () => {
    const p = pay({ birth: "1971-03", coefficient: "1", start: "2015-01", end: "2026-09" });
    expect(p.blockedBy).toEqual(["birth-date-needed"]);
  });
});

describe("reduced retirement age (Phụ lục II)", () => {
  test("5 years earlier: a man born 05/1965 reaches it in 05/2020", () => {
    // Before 2021 the age is 60 y; 5 years lower: 55 y → 05/2020 → case d at 09/2026.
    const p = pay({
      birth: "1965-05",
      gender: "male",
      reducedRetirement: 5,
      coefficient: "1",
      start: "2015-01",
      end: "2026-09",
    });
    expect([p.retirementMonth, p.case, p.amount]).toEqual(["2020-05", "d", 37950000]);
  });
});

describe("nd154-2025-xa: commune-level leavers up to 30-5-2026", () => {
  const commune: MemberSpec = {
    hamlet: null,
    title: "Thủ quỹ",
    birth: "1960-01",
    gender: "male",
    coefficient: "1",
    start: "2015-01",
  };

  test("leaving 30/05/2026: PC of April at 2.340.000, case d", () => {
    // 30/04/2026 → 2.340.000; 15 × 2.340.000 = 35.100.000.
    const p = pay({ ...commune, end: "2026-05-30" }, XA);
    expect([p.case, p.amount]).toEqual(["d", 35100000]);
  });

  test("a later leaving date is a date-order finding and no payout", () => {
    const { report, findings } = computePayouts({
      members: [member({ ...commune, end: "2026-06-01" })],
      policy: XA,
      paymentDate: null,
      round: null,
      blocking: [],
      lang: "vi",
    });
    expect(findings.map((f) => f.code)).toEqual(["date-order"]);
    expect(findings[0].message).toContain("30/05/2026");
    expect(report.payouts[0].amount).toBeNull();
  });
});

describe("payouts JSON (CONTRACT §3)", () => {
  test("case, retirementMonth, monthsEarly and components summing to amount", () => {
    const p = pay({
      birth: "1971-03",
      gender: "female",
      coefficient: "1.2",
      start: "2012-01-01",
      end: "2026-09-01",
    });
    const j = payoutJson(p);
    expect(j).toMatchObject({
      case: "b",
      retirementMonth: "2028-11",
      monthsEarly: 27,
      amount: 142995600,
      components: [
        { label: "0,8 × PC × 27 tháng", amount: 65577600 },
        { label: "1,5 × PC × 15 năm", amount: 68310000 },
        { label: "3 × PC", amount: 9108000 },
      ],
    });
    const sum = (j.components as { amount: number }[]).reduce((s, c) => s + c.amount, 0);
    expect(sum).toBe(j.amount);
  });
});
