import { allowanceInBounds, boundsText, coefficientInBounds, dateInBounds } from "./bounds";

describe("plausible bounds of roster values", () => {
  test("coefficient 0,1–10 inclusive", () => {
    expect(coefficientInBounds("0.1")).toBe(true);
    expect(coefficientInBounds("10")).toBe(true);
    expect(coefficientInBounds("1.86")).toBe(true);
    expect(coefficientInBounds("0.09")).toBe(false);
    expect(coefficientInBounds("0")).toBe(false);
    expect(coefficientInBounds("10.01")).toBe(false);
    expect(coefficientInBounds("123456789012")).toBe(false);
  });

  test("allowance 0–100.000.000 whole đồng", () => {
    expect(allowanceInBounds("1390000")).toBe(true);
    expect(allowanceInBounds("100000000")).toBe(true);
    expect(allowanceInBounds("100000001")).toBe(false);
    expect(allowanceInBounds("9007199254740993")).toBe(false);
  });

  test("service dates 1950–2100, birth dates 1900–2100", () => {
    expect(dateInBounds({ year: 1950, precision: "year" }, "service")).toBe(true);
    expect(dateInBounds({ year: 1949, precision: "year" }, "service")).toBe(false);
    expect(dateInBounds({ year: 9999, month: 12, day: 31, precision: "day" }, "service")).toBe(
      false
    );
    expect(dateInBounds({ year: 1930, precision: "year" }, "birth")).toBe(true);
    expect(dateInBounds({ year: 1930, precision: "year" }, "service")).toBe(false);
  });

  test("the suggestion's text in each language", () => {
    expect(boundsText("coefficient", "vi")).toBe("0,1–10");
    expect(boundsText("coefficient", "en")).toBe("0.1–10");
    expect(boundsText("allowance", "vi")).toBe("0–100.000.000 đồng");
    expect(boundsText("allowance", "en")).toBe("0–100,000,000 đồng");
  });
});
