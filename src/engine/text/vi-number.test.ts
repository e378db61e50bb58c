import fc from "fast-check";
import { formatDecimalVi, formatNumberVi, parseNumberCell } from "./vi-number";

describe("formatNumberVi", () => {
  test.each([
    [1149540875, "1.149.540.875"],
    [-1000, "-1.000"],
    [0, "0"],
    [999, "999"],
    [1000, "1.000"],
    [12510000, "12.510.000"],
    [-999999, "-999.999"],
    [1000000000000, "1.000.000.000.000"],
    [9007199254740991, "9.007.199.254.740.991"],
  ])("%d → %s", (n, s) => {
    expect(formatNumberVi(n)).toBe(s);
  });
  test("-0 prints as 0", () => {
    expect(formatNumberVi(-0)).toBe("0");
  });
});

describe("formatDecimalVi", () => {
  test.each([
    ["1.5", "1,5"],
    ["8", "8"],
    ["0.125", "0,125"],
    ["1.50", "1,5"],
    ["-2.25", "-2,25"],
    ["1390000", "1.390.000"],
    ["1390000.5", "1.390.000,5"],
  ])("%s → %s", (d, s) => {
    expect(formatDecimalVi(d)).toBe(s);
  });
});

describe("parseNumberCell", () => {
  test("empty and blank cells are null", () => {
    expect(parseNumberCell(null, "amount")).toBeNull();
    expect(parseNumberCell("", "amount")).toBeNull();
    expect(parseNumberCell(" \u00A0\t", "coefficient")).toBeNull();
  });

  test("numbers pass through as canonical decimal strings", () => {
    expect(parseNumberCell(1.5, "coefficient")).toEqual({ ok: true, value: "1.5" });
    expect(parseNumberCell(1390000, "amount")).toEqual({ ok: true, value: "1390000" });
    expect(parseNumberCell(-2, "amount")).toEqual({ ok: true, value: "-2" });
    expect(parseNumberCell(0, "amount")).toEqual({ ok: true, value: "0" });
    expect(parseNumberCell(-0, "amount")).toEqual({ ok: true, value: "0" });
    expect(parseNumberCell(1e21, "amount")).toEqual({ ok: true, value: "1000000000000000000000" });
  });

  test("Excel float artefacts are rounded away", () => {
    expect(parseNumberCell(1.2000000000000002, "coefficient")).toEqual({ ok: true, value: "1.2" });
    expect(parseNumberCell(0.1 + 0.2, "coefficient")).toEqual({ ok: true, value: "0.3" });
    expect(parseNumberCell(0.7 * 3, "coefficient")).toEqual({ ok: true, value: "2.1" });
    expect(parseNumberCell(1149540874.9999998, "amount")).toEqual({
      ok: true,
      value: "1149540875",
    });
    expect(parseNumberCell(0.125, "coefficient")).toEqual({ ok: true, value: "0.125" });
  });

  test.each<[string, "coefficient" | "amount", string]>([
    ["1,5", "coefficient", "1.5"],
    ["1.5", "coefficient", "1.5"],
    ["1.390", "coefficient", "1.39"],
    ["1,390", "coefficient", "1.39"],
    ["0,125", "coefficient", "0.125"],
    [",5", "coefficient", "0.5"],
    ["1", "coefficient", "1"],
    ["1,0", "coefficient", "1"],
    ["1,5", "amount", "1.5"],
    ["1.390", "amount", "1390"],
    ["1,390", "amount", "1390"],
    ["1.390.000", "amount", "1390000"],
    ["1.390.000", "coefficient", "1390000"],
    ["1 390 000", "amount", "1390000"],
    ["1,390,000", "amount", "1390000"],
    ["1.390.000 đ", "amount", "1390000"],
    ["1.390.000đ", "amount", "1390000"],
    ["1.390.000 đồng", "amount", "1390000"],
    ["1.390.000 VNĐ", "amount", "1390000"],
    ["1.390.000 vnd", "amount", "1390000"],
    ["1.390.000,50", "amount", "1390000.5"],
    ["1,390,000.50", "amount", "1390000.5"],
    ["\u00A01.390.000\u00A0", "amount", "1390000"],
    ["1\u00A0390\u00A0000", "amount", "1390000"],
    ["-1.000", "amount", "-1000"],
    ["1390000", "amount", "1390000"],
    ["12.510.000", "amount", "12510000"],
    ["1.12", "amount", "1.12"],
    ["1.1234", "amount", "1.1234"],
  ])("%j (%s) → %s", (text, kind, value) => {
    expect(parseNumberCell(text, kind)).toEqual({ ok: true, value });
  });

  test.each<[string, string]>([
    ["abc", "abc"],
    ["1,5 hệ số", "1,5 hệ số"],
    ["1.2.3", "1.2.3"],
    ["1.39.000", "1.39.000"],
    ["1 39 000", "1 39 000"],
    ["1,5,0", "1,5,0"],
    ["1.390,000.5", "1.390,000.5"],
    ["  x\u00A0 y ", "x y"],
    ["--1", "--1"],
    ["1,5.0,3", "1,5.0,3"],
  ])("%j is not a number", (text, shown) => {
    expect(parseNumberCell(text, "amount")).toEqual({ ok: false, text: shown });
  });

  test("error values and booleans are not numbers", () => {
    expect(parseNumberCell({ error: "#N/A" }, "amount")).toEqual({ ok: false, text: "#N/A" });
    expect(parseNumberCell({ error: "#REF!" }, "coefficient")).toEqual({
      ok: false,
      text: "#REF!",
    });
    expect(parseNumberCell(true, "amount")).toEqual({ ok: false, text: "TRUE" });
    expect(parseNumberCell(false, "coefficient")).toEqual({ ok: false, text: "FALSE" });
    expect(parseNumberCell(NaN, "amount")).toEqual({ ok: false, text: "NaN" });
  });

  test("property: formatNumberVi then parse (amount) round-trips every safe integer in ±1e15", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        const parsed = parseNumberCell(formatNumberVi(n), "amount");
        expect(parsed).toEqual({ ok: true, value: String(n === 0 ? 0 : n) });
      }),
      { numRuns: 2000 }
    );
  });

  test("property: formatDecimalVi then parse (coefficient) round-trips coefficients", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 999 }), (i, f) => {
        const value = `${i}.${String(f).padStart(3, "0")}`.replace(/0+$/, "");
        const parsed = parseNumberCell(formatDecimalVi(value), "coefficient");
        expect(parsed).toEqual({ ok: true, value });
      })
    );
  });
});
