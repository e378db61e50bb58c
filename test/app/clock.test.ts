import { systemClock, todayInVietnam } from "../../src/app/clock";

/** Vietnam is UTC+7 all year (Asia/Ho_Chi_Minh, no daylight saving). */
describe("todayInVietnam", () => {
  test("23:30 UTC is already the next day in Vietnam (06:30)", () => {
    expect(todayInVietnam(new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-02");
  });

  test("16:59 UTC is still the same day (23:59 in Vietnam); 17:00 UTC is midnight there", () => {
    expect(todayInVietnam(new Date("2019-03-05T16:59:59Z"))).toBe("2019-03-05");
    expect(todayInVietnam(new Date("2019-03-05T17:00:00Z"))).toBe("2019-03-06");
  });

  test("month, year and leap-day boundaries", () => {
    expect(todayInVietnam(new Date("2018-12-31T17:00:00Z"))).toBe("2019-01-01");
    expect(todayInVietnam(new Date("2024-02-28T18:00:00Z"))).toBe("2024-02-29");
    expect(todayInVietnam(new Date("2023-02-28T18:00:00Z"))).toBe("2023-03-01");
  });

  test("the same day in January and July: no daylight saving shift", () => {
    expect(todayInVietnam(new Date("2026-01-15T16:30:00Z"))).toBe("2026-01-15");
    expect(todayInVietnam(new Date("2026-07-15T16:30:00Z"))).toBe("2026-07-15");
  });

  test("the system clock is now", () => {
    const before = Date.now();
    const t = systemClock().getTime();
    expect(t).toBeGreaterThanOrEqual(before);
  });
});
