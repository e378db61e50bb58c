/**
 * The month of reaching retirement age (DOMAIN §10.2; Bộ luật Lao động 2019 Điều 169, Nghị định
 * 135/2020 Phụ lục I), worked by hand: the earliest month M with birth month + the age required
 * in M's calendar year ≤ M.
 * Men: ≤ 2020 60 y; 2021 60 y 3 m; 2022 60 y 6 m; 2023 60 y 9 m; 2024 61 y; 2025 61 y 3 m;
 * 2026 61 y 6 m; 2027 61 y 9 m; from 2028 62 y.
 * Women: ≤ 2020 55 y; 2021 55 y 4 m; 2022 55 y 8 m; 2023 56 y; 2024 56 y 4 m; 2025 56 y 8 m;
 * 2026 57 y; 2027 57 y 4 m; 2028 57 y 8 m; 2029 58 y; 2030 58 y 4 m; 2031 58 y 8 m; 2032 59 y;
 * 2033 59 y 4 m; 2034 59 y 8 m; from 2035 60 y.
 * Each row says why the year before does not already give a month.
 */
import {
  monthIso,
  monthsEarly,
  retirementMonth,
  monthIndex,
} from "../../src/engine/payouts/retirement";

const reached = (g: "male" | "female", y: number, m: number, reduced = 0): string =>
  monthIso(retirementMonth(g, y, m, reduced).month);

describe("men born 1961–1976", () => {
  test.each([
    // 01/1961 + 60 y 3 m = 04/2021 (2020: 01/1961 + 60 y = 01/2021, not in 2020)
    [1961, 1, "2021-04"],
    // 05/1962 + 60 y 6 m = 11/2022 (2021: + 60 y 3 m = 08/2022, not in 2021)
    [1962, 5, "2022-11"],
    // 03/1963 + 60 y 9 m = 12/2023 (2022: + 60 y 6 m = 09/2023)
    [1963, 3, "2023-12"],
    // 04/1963 + 60 y 9 m = 01/2024, not in 2023; 2024: + 61 y = 04/2024
    [1963, 4, "2024-04"],
    // 02/1964: 2024: + 61 y = 02/2025, not in 2024; 2025: + 61 y 3 m = 05/2025
    [1964, 2, "2025-05"],
    // 05/1965: 2025: + 61 y 3 m = 08/2026; 2026: + 61 y 6 m = 11/2026 (the DOMAIN example)
    [1965, 5, "2026-11"],
    // 01/1966: 2026: + 61 y 6 m = 07/2027; 2027: + 61 y 9 m = 10/2027
    [1966, 1, "2027-10"],
    // 06/1966: 2027: + 61 y 9 m = 03/2028, not in 2027; 2028: + 62 y = 06/2028
    [1966, 6, "2028-06"],
    // 12/1967 + 62 y = 12/2029 (2028: the same 12/2029, not in 2028)
    [1967, 12, "2029-12"],
    [1968, 7, "2030-07"],
    [1969, 8, "2031-08"],
    [1970, 2, "2032-02"],
    [1971, 10, "2033-10"],
    [1972, 3, "2034-03"],
    [1973, 11, "2035-11"],
    [1974, 9, "2036-09"],
    [1975, 4, "2037-04"],
    [1976, 6, "2038-06"],
  ] as const)("born %i-%i → %s", (y, m, expected) => {
    expect(reached("male", y, m)).toBe(expected);
  });
});

describe("women born 1961–1976", () => {
  test.each([
    // before 2021 the age is 55 y: 03/1961 + 55 y = 03/2016
    [1961, 3, "2016-03"],
    [1962, 6, "2017-06"],
    [1963, 9, "2018-09"],
    [1964, 12, "2019-12"],
    // 09/1965 + 55 y = 09/2020 (2020 is still 55 y)
    [1965, 9, "2020-09"],
    // 01/1966: 2020: + 55 y = 01/2021, not in 2020; 2021: + 55 y 4 m = 05/2021
    [1966, 1, "2021-05"],
    // 10/1966: 2021: + 55 y 4 m = 02/2022, not in 2021; 2022: + 55 y 8 m = 06/2022
    [1966, 10, "2022-06"],
    // 04/1967: 2021: 08/2022; 2022: + 55 y 8 m = 12/2022
    [1967, 4, "2022-12"],
    // 02/1968: 2023: + 56 y = 02/2024, not in 2023; 2024: + 56 y 4 m = 06/2024
    [1968, 2, "2024-06"],
    // 07/1969: 2024: + 56 y 4 m = 11/2025; 2025: + 56 y 8 m = 03/2026; 2026: + 57 y = 07/2026
    [1969, 7, "2026-07"],
    // 01/1970: 2025: 09/2026; 2026: + 57 y = 01/2027; 2027: + 57 y 4 m = 05/2027
    [1970, 1, "2027-05"],
    // 03/1971: 2027: + 57 y 4 m = 07/2028; 2028: + 57 y 8 m = 11/2028 (the DOMAIN example)
    [1971, 3, "2028-11"],
    // 05/1972: 2028: 01/2030; 2029: + 58 y = 05/2030; 2030: + 58 y 4 m = 09/2030
    [1972, 5, "2030-09"],
    // 08/1973: 2030: 12/2031; 2031: + 58 y 8 m = 04/2032; 2032: + 59 y = 08/2032
    [1973, 8, "2032-08"],
    // 12/1974: 2033: + 59 y 4 m = 04/2034; 2034: + 59 y 8 m = 08/2034
    [1974, 12, "2034-08"],
    // 06/1975: 2034: + 59 y 8 m = 02/2035; 2035: + 60 y = 06/2035
    [1975, 6, "2035-06"],
    [1976, 11, "2036-11"],
  ] as const)("born %i-%i → %s", (y, m, expected) => {
    expect(reached("female", y, m)).toBe(expected);
  });
});

describe("reduced age and months early", () => {
  test("a woman born 03/1971, 5 years lower: 07/2021", () => {
    // 2020: 50 y → 03/2021, not in 2020; 2021: 50 y 4 m → 07/2021.
    expect(reached("female", 1971, 3, 5)).toBe("2021-07");
  });

  test("months early both counted, and the difference", () => {
    // 09/2026 → 11/2028: 24 + 2 + 1 = 27 inclusive; 26 exclusive; 0 once reached.
    const from = monthIndex(2026, 9);
    const to = monthIndex(2028, 11);
    expect(monthsEarly(from, to, "inclusive")).toBe(27);
    expect(monthsEarly(from, to, "exclusive")).toBe(26);
    expect(monthsEarly(to, to, "inclusive")).toBe(0);
    expect(monthsEarly(to + 1, to, "inclusive")).toBe(0);
    // across a year change: 11/2026 → 02/2027 = 2 + 1 + 1 = 4
    expect(monthsEarly(monthIndex(2026, 11), monthIndex(2027, 2), "inclusive")).toBe(4);
  });
});
