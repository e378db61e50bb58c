import { countEn } from "./count-en";

test("the singular at 1 only, the plural at 0 and above", () => {
  expect([0, 1, 2].map((n) => countEn(n, "finding"))).toEqual([
    "0 findings",
    "1 finding",
    "2 findings",
  ]);
  expect(countEn(1, "error")).toBe("1 error");
  expect(countEn(2, "error")).toBe("2 errors");
  expect(countEn(0, "warning")).toBe("0 warnings");
});

test("the irregular plural, English grouping", () => {
  expect([0, 1, 2, 1200].map((n) => countEn(n, "person", "people"))).toEqual([
    "0 people",
    "1 person",
    "2 people",
    "1,200 people",
  ]);
});
