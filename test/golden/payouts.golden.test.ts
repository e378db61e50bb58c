/**
 * Golden payouts, every figure worked out by hand from DOMAIN §3.4–§5.5 (never produced by the
 * code under test). Base salary table: from 2016-05-01 1.210.000; 2017-07-01 1.300.000;
 * 2018-07-01 1.390.000; 2019-07-01 1.490.000.
 * Band rule B: leftover 0 → 0; 1–6 → ½; 7–11 → 1.  Rule A: 0–2 → 0; 3–6 → ½; 7–11 → 1.
 * Months, both dates day-precise: the largest m with S + m months ≤ E + 1 day;
 * otherwise (E.y − S.y)·12 + (E.m − S.m) + 1.
 * A = round(coef × B) + round(payRate × concurrentCoef × B);  S = round(A × monthsPerYear × years).
 */
import { computePayouts } from "../../src/engine/payouts";
import type { Payout, Policy, TitleDef } from "../../src/engine/types";
import { member, nq77, type MemberSpec } from "./members";

function pay(spec: MemberSpec, policy: Policy = nq77(), paymentDate: string | null = null): Payout {
  const { report } = computePayouts({
    members: [member(spec)],
    policy,
    paymentDate,
    round: null,
    blocking: [],
    lang: "vi",
  });
  expect(report.payouts).toHaveLength(1);
  return report.payouts[0];
}

interface Golden {
  name: string;
  spec: MemberSpec;
  policy?: Policy;
  paymentDate?: string;
  months: number;
  years: string;
  baseSalary: number;
  monthlyAllowance: number;
  amount: number;
}

const ruleA = nq77({ rule: "A" });
const ruleB = nq77({ rule: "B" });
const exact = nq77({ rule: "exact" });

const catalogue: TitleDef[] = [
  {
    id: "van-thu",
    level: "commune",
    name: "Văn thư - Lưu trữ",
    aliases: ["Văn thư"],
    coefficient: "1",
    limit: 1,
    required: false,
    verified: false,
  },
  {
    id: "thu-quy",
    level: "commune",
    name: "Thủ quỹ",
    aliases: [],
    coefficient: "0.8",
    limit: 1,
    required: false,
    verified: false,
  },
];

const cases: Golden[] = [
  // ── the contract's example: 01/03/2010 → 31/12/2018; E+1 = 01/01/2019 = S + 106 months → 106 = 8 y 10 m → B: 10 → 1 → 9 y.
  // B on 31/12/2018 = 1.390.000; A = 1 × 1.390.000; S = 1.390.000 × 9 = 12.510.000.
  {
    name: "contract example, rule B",
    spec: { coefficient: "1", start: "2010-03-01", end: "2018-12-31" },
    months: 106,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 12510000,
  },
  // same months, month precision: (2018−2010)·12 + (12−3) + 1 = 96 + 9 + 1 = 106.
  {
    name: "month-precise 03/2010 → 12/2018",
    spec: { coefficient: "1", start: "2010-03", end: "2018-12" },
    months: 106,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 12510000,
  },
  // ── band edges under rule B (A = 1.390.000 unless said) ──
  // leftover 0: 01/01/2010 → 31/12/2018: S + 108 = 01/01/2019 ≤ E+1 → 108 = 9 y 0 m → 9; coef 0.5 → A = 695.000 → 6.255.000.
  {
    name: "B leftover 0",
    spec: { coefficient: "0.5", start: "2010-01-01", end: "2018-12-31" },
    policy: ruleB,
    months: 108,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 695000,
    amount: 6255000,
  },
  // leftover 1: 01/12/2009 → 31/12/2018: 109 = 9 y 1 m → 9,5 → 1.390.000 × 9,5 = 13.205.000.
  {
    name: "B leftover 1",
    spec: { coefficient: "1", start: "2009-12-01", end: "2018-12-31" },
    policy: ruleB,
    months: 109,
    years: "9.5",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13205000,
  },
  // leftover 2: 01/11/2009 → 110 = 9 y 2 m → 9,5 → 13.205.000.
  {
    name: "B leftover 2",
    spec: { coefficient: "1", start: "2009-11-01", end: "2018-12-31" },
    policy: ruleB,
    months: 110,
    years: "9.5",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13205000,
  },
  // leftover 3: 01/10/2009 → 111 → 9,5 → 13.205.000.
  {
    name: "B leftover 3",
    spec: { coefficient: "1", start: "2009-10-01", end: "2018-12-31" },
    policy: ruleB,
    months: 111,
    years: "9.5",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13205000,
  },
  // leftover 6: 01/07/2009 → 114 → 9,5 → 13.205.000.
  {
    name: "B leftover 6",
    spec: { coefficient: "1", start: "2009-07-01", end: "2018-12-31" },
    policy: ruleB,
    months: 114,
    years: "9.5",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13205000,
  },
  // leftover 7: 01/06/2009 → 115 → 10 → 13.900.000.
  {
    name: "B leftover 7",
    spec: { coefficient: "1", start: "2009-06-01", end: "2018-12-31" },
    policy: ruleB,
    months: 115,
    years: "10",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13900000,
  },
  // leftover 11: 01/02/2009 → 119 → 10 → 13.900.000.
  {
    name: "B leftover 11",
    spec: { coefficient: "1", start: "2009-02-01", end: "2018-12-31" },
    policy: ruleB,
    months: 119,
    years: "10",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13900000,
  },
  // 12 leftover months are a whole year: 01/01/2009 → 120 = 10 y 0 m → 10 → 13.900.000.
  {
    name: "B 12 months = next whole year",
    spec: { coefficient: "1", start: "2009-01-01", end: "2018-12-31" },
    policy: ruleB,
    months: 120,
    years: "10",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13900000,
  },
  // ── the same edges under rule A ──
  // leftover 0: 108 → 9 → 12.510.000.
  {
    name: "A leftover 0",
    spec: { coefficient: "1", start: "2010-01-01", end: "2018-12-31" },
    policy: ruleA,
    months: 108,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 12510000,
  },
  // leftover 1: 109 → 9 (0–2 → 0) → 12.510.000.
  {
    name: "A leftover 1",
    spec: { coefficient: "1", start: "2009-12-01", end: "2018-12-31" },
    policy: ruleA,
    months: 109,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 12510000,
  },
  // leftover 2: 110 → 9 → 12.510.000.
  {
    name: "A leftover 2",
    spec: { coefficient: "1", start: "2009-11-01", end: "2018-12-31" },
    policy: ruleA,
    months: 110,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 12510000,
  },
  // leftover 3: 111 → 9,5 → 13.205.000.
  {
    name: "A leftover 3",
    spec: { coefficient: "1", start: "2009-10-01", end: "2018-12-31" },
    policy: ruleA,
    months: 111,
    years: "9.5",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13205000,
  },
  // leftover 6: 114 → 9,5 → 13.205.000.
  {
    name: "A leftover 6",
    spec: { coefficient: "1", start: "2009-07-01", end: "2018-12-31" },
    policy: ruleA,
    months: 114,
    years: "9.5",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13205000,
  },
  // leftover 7: 115 → 10 → 13.900.000.
  {
    name: "A leftover 7",
    spec: { coefficient: "1", start: "2009-06-01", end: "2018-12-31" },
    policy: ruleA,
    months: 115,
    years: "10",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13900000,
  },
  // leftover 11: 119 → 10 → 13.900.000.
  {
    name: "A leftover 11",
    spec: { coefficient: "1", start: "2009-02-01", end: "2018-12-31" },
    policy: ruleA,
    months: 119,
    years: "10",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13900000,
  },
  // 120 → 10 → 13.900.000.
  {
    name: "A 12 months",
    spec: { coefficient: "1", start: "2009-01-01", end: "2018-12-31" },
    policy: ruleA,
    months: 120,
    years: "10",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13900000,
  },
  // ── day- versus month-precise ──
  // 15/03/2010 → 14/03/2019: E+1 = 15/03/2019 = S + 108 → 108 → 9; B on 14/03/2019 = 1.390.000 → 12.510.000.
  {
    name: "day-precise exactly 9 years",
    spec: { coefficient: "1", start: "2010-03-15", end: "2019-03-14" },
    months: 108,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 12510000,
  },
  // 03/2010 → 03/2019 counted inclusively: 108 + 0 + 1 = 109 → 9 y 1 m → B: 9,5 → 13.205.000 (B on 31/03/2019).
  {
    name: "month-precise counts both end months",
    spec: { coefficient: "1", start: "2010-03", end: "2019-03" },
    months: 109,
    years: "9.5",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13205000,
  },
  // mixed precision counts by months: 15/03/2010 (day) → 03/2019 (month) = 109 as above.
  {
    name: "mixed precision counts by months",
    spec: { coefficient: "1", start: "2010-03-15", end: "2019-03" },
    months: 109,
    years: "9.5",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 13205000,
  },
  // year-only dates: start 2010 reads 01/2010, end 2018 reads 12/2018 → 8·12 + 11 + 1 = 108 → 9; B on 31/12/2018 = 1.390.000.
  {
    name: "year-only dates",
    spec: { coefficient: "1", start: "2010", end: "2018" },
    months: 108,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 12510000,
  },
  // ── month ends ──
  // 31/01/2017 → 27/02/2018: E+1 = 28/02/2018; S + 13 months = 31/02/2018 clamped = 28/02/2018 ≤ 28/02 → 13 = 1 y 1 m;
  // B on 27/02/2018 = 1.300.000 (before 01/07/2018). Rule B: 1,5 → 1.300.000 × 1,5 = 1.950.000.
  {
    name: "31 Jan + 13 months clamps to 28 Feb (B)",
    spec: { coefficient: "1", start: "2017-01-31", end: "2018-02-27" },
    policy: ruleB,
    months: 13,
    years: "1.5",
    baseSalary: 1300000,
    monthlyAllowance: 1300000,
    amount: 1950000,
  },
  // rule A: 1 y 1 m → 1 → 1.300.000.
  {
    name: "31 Jan + 13 months clamps to 28 Feb (A)",
    spec: { coefficient: "1", start: "2017-01-31", end: "2018-02-27" },
    policy: ruleA,
    months: 13,
    years: "1",
    baseSalary: 1300000,
    monthlyAllowance: 1300000,
    amount: 1300000,
  },
  // one day less: E+1 = 27/02/2018 < 28/02/2018 → 12 months → 1 y → 1.300.000 (rule B).
  {
    name: "one day short of the clamped month",
    spec: { coefficient: "1", start: "2017-01-31", end: "2018-02-26" },
    policy: ruleB,
    months: 12,
    years: "1",
    baseSalary: 1300000,
    monthlyAllowance: 1300000,
    amount: 1300000,
  },
  // ── base salary change between two leaving dates ──
  // 01/07/2010 → 30/06/2018: E+1 = 01/07/2018 = S + 96 → 96 → 8; B on 30/06/2018 = 1.300.000 → 10.400.000.
  {
    name: "leaving 30/06/2018 uses 1.300.000",
    spec: { coefficient: "1", start: "2010-07-01", end: "2018-06-30" },
    months: 96,
    years: "8",
    baseSalary: 1300000,
    monthlyAllowance: 1300000,
    amount: 10400000,
  },
  // 01/07/2010 → 01/07/2018: E+1 = 02/07/2018; S + 97 = 01/08/2018 > → 96 → 8; B on 01/07/2018 = 1.390.000 → 11.120.000.
  {
    name: "leaving 01/07/2018 uses 1.390.000",
    spec: { coefficient: "1", start: "2010-07-01", end: "2018-07-01" },
    months: 96,
    years: "8",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 11120000,
  },
  // month-precise 06/2018 → B on 30/06/2018 = 1.300.000; 07/2010 → 06/2018 = 96 + (6 − 7) + 1 = 96 → 8 → 10.400.000.
  {
    name: "month-precise 06/2018 uses the month's last day",
    spec: { coefficient: "1", start: "2010-07", end: "2018-06" },
    months: 96,
    years: "8",
    baseSalary: 1300000,
    monthlyAllowance: 1300000,
    amount: 10400000,
  },
  // 2016–2017 period: 01/07/2012 → 30/06/2017: 60 → 5; B = 1.210.000; coef 1,5 → A = 1.815.000 → 9.075.000.
  {
    name: "2017 leaver at 1.210.000",
    spec: { coefficient: "1.5", start: "2012-07-01", end: "2017-06-30" },
    months: 60,
    years: "5",
    baseSalary: 1210000,
    monthlyAllowance: 1815000,
    amount: 9075000,
  },
  // 2019 period: 16/08/2004 → 15/08/2019: E+1 = 16/08/2019 = S + 180 → 15 y; B = 1.490.000; coef 0,9 → A = 1.341.000 → 20.115.000.
  {
    name: "2019 leaver at 1.490.000",
    spec: { coefficient: "0.9", start: "2004-08-16", end: "2019-08-15" },
    months: 180,
    years: "15",
    baseSalary: 1490000,
    monthlyAllowance: 1341000,
    amount: 20115000,
  },
  // ── concurrent titles ──
  // payRate 1: main 1 × 1.390.000 = 1.390.000; concurrent round(1 × 0,5 × 1.390.000) = 695.000; A = 2.085.000; 9 y → 18.765.000.
  {
    name: "concurrent at 100 %",
    spec: {
      coefficient: "1",
      concurrent: ["Văn thư"],
      concurrentCoefficient: "0.5",
      start: "2010-03-01",
      end: "2018-12-31",
    },
    months: 106,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 2085000,
    amount: 18765000,
  },
  // payRate 0,5: concurrent round(0,5 × 0,5 × 1.390.000) = 347.500; A = 1.737.500; × 9 = 15.637.500.
  {
    name: "concurrent at 50 %",
    spec: {
      coefficient: "1",
      concurrent: ["Văn thư"],
      concurrentCoefficient: "0.5",
      start: "2010-03-01",
      end: "2018-12-31",
    },
    policy: nq77({ payRate: "0.5" }),
    months: 106,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1737500,
    amount: 15637500,
  },
  // includeConcurrent = false: A for severance = main only = 1.390.000 → 12.510.000.
  {
    name: "concurrent excluded from severance",
    spec: {
      coefficient: "1",
      concurrent: ["Văn thư"],
      concurrentCoefficient: "0.5",
      start: "2010-03-01",
      end: "2018-12-31",
    },
    policy: nq77({ includeConcurrent: false }),
    months: 106,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 12510000,
  },
  // coefficients from the policy's catalogue: "Văn thư" → 1; concurrent "Thủ quỹ" → 0,8 → 1.112.000; A = 2.502.000; × 9 = 22.518.000.
  {
    name: "coefficients from the catalogue",
    spec: { title: "Văn thư", concurrent: ["Thủ quỹ"], start: "2010-03-01", end: "2018-12-31" },
    policy: nq77({ titles: catalogue }),
    months: 106,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 2502000,
    amount: 22518000,
  },
  // ── amounts given instead of coefficients ──
  // allowance 1.500.000 given; 9 y → 13.500.000.
  {
    name: "amount given",
    spec: { allowance: 1500000, start: "2010-03-01", end: "2018-12-31" },
    months: 106,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1500000,
    amount: 13500000,
  },
  // allowance 1.234.567 and concurrent allowance 600.000 given: A = 1.834.567; 8 y 6 m?: 01/07/2010 → 31/12/2018 = 102 = 8 y 6 m → B: 8,5
  // → 1.834.567 × 8,5 = 14.676.536 + 917.283,5 = 15.593.819,5 → half away from zero → 15.593.820.
  {
    name: "amounts given, half-đồng tie rounds up",
    spec: {
      allowance: 1234567,
      concurrent: ["Văn thư"],
      concurrentAllowance: 600000,
      start: "2010-07-01",
      end: "2018-12-31",
    },
    months: 102,
    years: "8.5",
    baseSalary: 1390000,
    monthlyAllowance: 1834567,
    amount: 15593820,
  },
  // ── half-đồng ties from coefficients ──
  // main 1 → 1.390.000; concurrent round(0,5 × 0,125 × 1.390.000) = round(86.875) = 86.875; A = 1.476.875 (odd);
  // 8,5 y → 1.476.875 × 8 = 11.815.000, × 0,5 = 738.437,5 → 12.553.437,5 → 12.553.438.
  {
    name: "coefficient tie: 8,5 years of an odd allowance",
    spec: {
      coefficient: "1",
      concurrent: ["Văn thư"],
      concurrentCoefficient: "0.125",
      start: "2010-07-01",
      end: "2018-12-31",
    },
    policy: nq77({ payRate: "0.5" }),
    months: 102,
    years: "8.5",
    baseSalary: 1390000,
    monthlyAllowance: 1476875,
    amount: 12553438,
  },
  // A's own rounding: 0,12345 × 1.390.000 = 171.595,5 → 171.596; × 9 = 1.544.364.
  {
    name: "allowance tie: 0,12345 × 1.390.000",
    spec: { coefficient: "0.12345", start: "2010-03-01", end: "2018-12-31" },
    months: 106,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 171596,
    amount: 1544364,
  },
  // both: 0,123457 × 1.390.000 = 171.605,23 → 171.605; × 8,5 = 1.372.840 + 85.802,5 = 1.458.642,5 → 1.458.643.
  {
    name: "severance tie after an allowance rounded down",
    spec: { coefficient: "0.123457", start: "2010-07-01", end: "2018-12-31" },
    months: 102,
    years: "8.5",
    baseSalary: 1390000,
    monthlyAllowance: 171605,
    amount: 1458643,
  },
  // ── three-decimal coefficients ──
  // 1,234 × 1.390.000 = 1.715.260; × 9 = 15.437.340.
  {
    name: "three-decimal coefficient",
    spec: { coefficient: "1.234", start: "2010-03-01", end: "2018-12-31" },
    months: 106,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1715260,
    amount: 15437340,
  },
  // 0,675 × 1.300.000 = 877.500; 01/07/2011 → 31/05/2018: E+1 = 01/06/2018; S + 83 = 01/06/2018 ≤ → 83 = 6 y 11 m → 7 → 6.142.500.
  {
    name: "three-decimal coefficient at 1.300.000",
    spec: { coefficient: "0.675", start: "2011-07-01", end: "2018-05-31" },
    months: 83,
    years: "7",
    baseSalary: 1300000,
    monthlyAllowance: 877500,
    amount: 6142500,
  },
  // ── the exact rule ──
  // 106 months: 1.390.000 × 106 / 12 = 147.340.000 / 12 = 12.278.333,33… → 12.278.333.
  {
    name: "exact rule",
    spec: { coefficient: "1", start: "2010-03-01", end: "2018-12-31" },
    policy: exact,
    months: 106,
    years: "8.83333333333333333…",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 12278333,
  },
  // exact tie: amount 1.390.005, 10 months (01/03/2018 → 31/12/2018): 13.900.050 / 12 = 1.158.337,5 → 1.158.338
  // (a truncated 0,8333… × 1.390.005 would give 1.158.337,4999… and round the wrong way).
  {
    name: "exact rule, half-đồng tie",
    spec: { allowance: 1390005, start: "2018-03-01", end: "2018-12-31" },
    policy: exact,
    months: 10,
    years: "0.83333333333333333…",
    baseSalary: 1390000,
    monthlyAllowance: 1390005,
    amount: 1158338,
  },
  // ── months per year ──
  // 1,5 months per year: 1.390.000 × 1,5 × 9 = 18.765.000.
  {
    name: "1,5 months per year",
    spec: { coefficient: "1", start: "2010-03-01", end: "2018-12-31" },
    policy: nq77({ monthsPerYear: "1.5" }),
    months: 106,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 18765000,
  },
  // ── payment date when no own leaving date ──
  // 05/03/2010 → 05/03/2019 (payment date): E+1 = 06/03/2019; S + 108 = 05/03/2019 ≤; S + 109 = 05/04 > → 108 → 9 → 12.510.000.
  {
    name: "payment date as leaving date",
    spec: { coefficient: "1", start: "2010-03-05", end: null },
    paymentDate: "2019-03-05",
    months: 108,
    years: "9",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 12510000,
  },
  // own leaving date wins over the payment date: 01/07/2010 → 30/06/2018 as above → 10.400.000.
  {
    name: "own leaving date wins",
    spec: { coefficient: "1", start: "2010-07-01", end: "2018-06-30" },
    paymentDate: "2019-03-05",
    months: 96,
    years: "8",
    baseSalary: 1300000,
    monthlyAllowance: 1300000,
    amount: 10400000,
  },
  // short service: 01/10/2018 → 31/12/2018: 3 months → B: ½ → 1.390.000 × 0,5 = 695.000; A: ½ as well.
  {
    name: "three months of service",
    spec: { coefficient: "1", start: "2018-10-01", end: "2018-12-31" },
    months: 3,
    years: "0.5",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 695000,
  },
  // rule A, 2 months (01/11/2018 → 31/12/2018) → 0 years → 0 đồng (a computed zero, not a missing amount).
  {
    name: "two months under rule A pay nothing",
    spec: { coefficient: "1", start: "2018-11-01", end: "2018-12-31" },
    policy: ruleA,
    months: 2,
    years: "0",
    baseSalary: 1390000,
    monthlyAllowance: 1390000,
    amount: 0,
  },
];

describe("golden payouts (worked by hand)", () => {
  test("there are at least 30 of them", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const p = pay(c.spec, c.policy ?? nq77(), c.paymentDate ?? null);
    expect(p.blockedBy).toEqual([]);
    // Under the exact rule the years are a repeating decimal: compare its first 18 places.
    const years =
      c.years.endsWith("…") && p.yearsCounted?.startsWith(c.years.slice(0, -1))
        ? c.years
        : p.yearsCounted;
    expect({
      months: p.months,
      years,
      baseSalary: p.baseSalary,
      monthlyAllowance: p.monthlyAllowance,
      amount: p.amount,
    }).toEqual({
      months: c.months,
      years: c.years,
      baseSalary: c.baseSalary,
      monthlyAllowance: c.monthlyAllowance,
      amount: c.amount,
    });
  });
});
