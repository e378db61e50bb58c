import { BASE_SALARY_TABLE, baseSalaryOn } from "./base-salary";
import { getPreset } from "./presets";

const policy = getPreset("kien-giang-nq77-2017")!;

describe("BASE_SALARY_TABLE", () => {
  test("the seven rows of DOMAIN §3.4, verified", () => {
    expect(BASE_SALARY_TABLE.map((r) => [r.from, r.amount, r.instrument])).toEqual([
      ["2016-05-01", 1210000, "Nghị định 47/2016/NĐ-CP"],
      ["2017-07-01", 1300000, "Nghị định 47/2017/NĐ-CP"],
      ["2018-07-01", 1390000, "Nghị định 72/2018/NĐ-CP"],
      ["2019-07-01", 1490000, "Nghị định 38/2019/NĐ-CP"],
      ["2023-07-01", 1800000, "Nghị định 24/2023/NĐ-CP"],
      ["2024-07-01", 2340000, "Nghị định 73/2024/NĐ-CP"],
      ["2026-07-01", 2530000, "Nghị định 161/2026/NĐ-CP"],
    ]);
    expect(BASE_SALARY_TABLE.every((r) => r.verified)).toBe(true);
  });
});

describe("baseSalaryOn", () => {
  test.each([
    ["2016-04-30", null],
    ["2000-01-01", null],
    ["2016-05-01", 1210000],
    ["2017-06-30", 1210000],
    ["2017-07-01", 1300000],
    ["2018-06-30", 1300000],
    ["2018-07-01", 1390000],
    ["2018-12-31", 1390000],
    ["2019-06-30", 1390000],
    ["2019-07-01", 1490000],
    ["2023-06-30", 1490000],
    ["2023-07-01", 1800000],
    ["2024-06-30", 1800000],
    ["2024-07-01", 2340000],
    ["2026-06-30", 2340000],
    ["2026-07-01", 2530000],
    ["2030-01-01", 2530000],
  ])("on %s", (date, amount) => {
    const row = baseSalaryOn(policy, date);
    expect(row?.amount ?? null).toBe(amount);
  });

  test("returns the row with its instrument", () => {
    expect(baseSalaryOn(policy, "2019-01-15")).toEqual({
      from: "2018-07-01",
      amount: 1390000,
      instrument: "Nghị định 72/2018/NĐ-CP",
      verified: true,
    });
  });

  test("uses the policy's own table, not the constant", () => {
    const edited = getPreset("nd33-2023")!;
    edited.baseSalary = [{ from: "2020-01-01", amount: 5, instrument: "X", verified: false }];
    expect(baseSalaryOn(edited, "2019-12-31")).toBeNull();
    expect(baseSalaryOn(edited, "2020-01-01")?.amount).toBe(5);
  });
});
