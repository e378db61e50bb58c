import { parsePolicy, policyToJson, keyPath, isIsoDate } from "./schema";
import { PRESETS, getPreset } from "./presets";
import type { Policy } from "../types";

function nq77(): Policy {
  const p = getPreset("kien-giang-nq77-2017");
  if (!p) throw new Error("preset missing");
  return p;
}

function issuesOf(input: unknown) {
  const r = parsePolicy(input);
  if (r.ok) throw new Error("expected the policy to be refused");
  return r.issues;
}

describe("parsePolicy", () => {
  test.each(PRESETS.map((p) => [p.id, p] as const))("preset %s passes", (_id, preset) => {
    const r = parsePolicy(preset);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.policy).toEqual(preset);
  });

  test.each(PRESETS.map((p) => [p.id, p] as const))(
    "preset %s round-trips through JSON",
    (_id, preset) => {
      const json = policyToJson(preset);
      expect(json).toContain('\n  "id": ');
      const r = parsePolicy(JSON.parse(json));
      expect(r).toEqual({ ok: true, policy: preset });
    }
  );

  test("unknown key at the top level is named", () => {
    const p = { ...nq77(), colour: "red" };
    const issues = issuesOf(p);
    expect(issues.map((i) => i.key)).toEqual(["colour"]);
    expect(issues[0].message).toContain("«colour»");
    expect(issues[0].message).toContain("không có trong quy định");
  });

  test("misspelt nested key names its path and the intended key", () => {
    const p = nq77() as unknown as { severance: Record<string, unknown> };
    p.severance.bandRul = p.severance.bandRule;
    delete p.severance.bandRule;
    const issues = issuesOf(p);
    const keys = issues.map((i) => i.key).sort();
    expect(keys).toEqual(["severance.bandRul", "severance.bandRule"]);
    const unknown = issues.find((i) => i.key === "severance.bandRul")!;
    expect(unknown.message).toContain("có phải là «bandRule»?");
    const missing = issues.find((i) => i.key === "severance.bandRule")!;
    expect(missing.message).toBe(
      "Thiếu giá trị bắt buộc «severance.bandRule» (có lẽ viết sai thành «severance.bandRul»)."
    );
  });

  test("a misspelt key comes before the key it leaves missing, naming the misspelling and the fix", () => {
    const p = nq77() as unknown as Record<string, unknown>;
    p.hamletCapp = p.hamletCap;
    delete p.hamletCap;
    // zod reports the missing key first (schema order); the cause must come first.
    expect(issuesOf(p)).toEqual([
      {
        key: "hamletCapp",
        message:
          "Khóa «hamletCapp» không có trong quy định (khóa lạ hoặc viết sai); có phải là «hamletCap»?",
        en: "The key «hamletCapp» is not part of a policy (unknown or misspelt); did you mean «hamletCap»?",
      },
      {
        key: "hamletCap",
        message: "Thiếu giá trị bắt buộc «hamletCap» (có lẽ viết sai thành «hamletCapp»).",
        en: "The required value «hamletCap» is missing (perhaps misspelt as «hamletCapp»).",
      },
    ]);
  });

  test("unknown keys first, the other issues after them in their own order", () => {
    const p = nq77() as unknown as Record<string, Record<string, unknown>>;
    delete p.hamletCap.verified; // missing, early in the schema
    p.severance.bandRule = "C"; // invalid value, later
    p.concurrent.payRat = "1"; // unknown nested key, no key left missing by it
    p.colour = { value: "red" }; // unknown top-level key, no suggestion
    const issues = issuesOf(p);
    expect(issues).toHaveLength(4);
    expect(issues.slice(2).map((i) => i.key)).toEqual(["hamletCap.verified", "severance.bandRule"]);
    expect(
      issues
        .slice(0, 2)
        .map((i) => i.key)
        .sort()
    ).toEqual(["colour", "concurrent.payRat"]);
    expect(issues.find((i) => i.key === "concurrent.payRat")?.message).toContain(
      "có phải là «payRate»?"
    );
    expect(issues.find((i) => i.key === "colour")?.message).not.toContain("có phải là");
    // Not misspelt by anything: the plain wording.
    expect(issues[2].message).toBe("Thiếu giá trị bắt buộc «hamletCap.verified».");
  });

  test("misspelt key inside a title names the array index", () => {
    const p = nq77() as unknown as { titles: Record<string, unknown>[] };
    p.titles[3].limt = 2;
    const issues = issuesOf(p);
    expect(issues).toEqual([
      {
        key: "titles[3].limt",
        message:
          "Khóa «titles[3].limt» không có trong quy định (khóa lạ hoặc viết sai); có phải là «limit»?",
        en: "The key «titles[3].limt» is not part of a policy (unknown or misspelt); did you mean «limit»?",
      },
    ]);
  });

  test("missing required value", () => {
    const p = nq77() as unknown as { hamletCap: Record<string, unknown> };
    delete p.hamletCap.verified;
    expect(issuesOf(p)).toEqual([
      {
        key: "hamletCap.verified",
        message: "Thiếu giá trị bắt buộc «hamletCap.verified».",
        en: "The required value «hamletCap.verified» is missing.",
      },
    ]);
  });

  test("band gap is reported with the missing months", () => {
    const p = nq77();
    p.severance.bands = [
      { fromMonths: 0, toMonths: 0, years: "0" },
      { fromMonths: 3, toMonths: 6, years: "0.5" },
      { fromMonths: 7, toMonths: 11, years: "1" },
    ];
    const issues = issuesOf(p);
    expect(issues).toHaveLength(1);
    expect(issues[0].key).toBe("severance.bands");
    expect(issues[0].message).toContain("1, 2 tháng lẻ không thuộc khoảng nào");
  });

  test("band overlap points at the second band", () => {
    const p = nq77();
    p.severance.bands = [
      { fromMonths: 0, toMonths: 2, years: "0" },
      { fromMonths: 2, toMonths: 6, years: "0.5" },
      { fromMonths: 7, toMonths: 11, years: "1" },
    ];
    const issues = issuesOf(p);
    expect(issues).toHaveLength(1);
    expect(issues[0].key).toBe("severance.bands[1]");
    expect(issues[0].message).toContain("chồng lên khoảng thứ 1");
  });

  test("band beyond 11 months is refused", () => {
    const p = nq77();
    p.severance.bands[2].toMonths = 12;
    const keys = issuesOf(p).map((i) => i.key);
    expect(keys).toContain("severance.bands[2].toMonths");
  });

  test("exact rule must have no bands", () => {
    const p = nq77();
    p.severance.bandRule = "exact";
    expect(issuesOf(p).map((i) => i.key)).toEqual(["severance.bands"]);
    p.severance.bands = [];
    expect(parsePolicy(p).ok).toBe(true);
  });

  test("base salary out of date order names the row", () => {
    const p = nq77();
    [p.baseSalary[2], p.baseSalary[3]] = [p.baseSalary[3], p.baseSalary[2]];
    const issues = issuesOf(p);
    expect(issues.map((i) => i.key)).toEqual(["baseSalary[3].from"]);
    expect(issues[0].message).toContain("tăng dần");
  });

  test("base salary with a repeated date is refused", () => {
    const p = nq77();
    p.baseSalary[1].from = p.baseSalary[0].from;
    expect(issuesOf(p).map((i) => i.key)).toEqual(["baseSalary[1].from"]);
  });

  test("non-positive and fractional base salary amounts are refused", () => {
    const p = nq77();
    p.baseSalary[0].amount = 0;
    p.baseSalary[1].amount = -5;
    p.baseSalary[2].amount = 1390000.5;
    expect(issuesOf(p).map((i) => i.key)).toEqual([
      "baseSalary[0].amount",
      "baseSalary[1].amount",
      "baseSalary[2].amount",
    ]);
  });

  test("an impossible ISO date is refused", () => {
    const p = nq77();
    p.effectiveFrom = "2019-02-29";
    p.legalBasis.date = "20/07/2017";
    const issues = issuesOf(p);
    expect(issues.map((i) => i.key).sort()).toEqual(["effectiveFrom", "legalBasis.date"]);
    expect(issues.find((i) => i.key === "effectiveFrom")!.message).toContain("YYYY-MM-DD");
  });

  test("coefficients must be decimal strings with a dot", () => {
    const p = nq77();
    p.titles[0].coefficient = "1,5";
    (p.titles[1] as unknown as { coefficient: unknown }).coefficient = 1.5;
    p.titles[2].coefficient = "0.95";
    const issues = issuesOf(p);
    expect(issues.map((i) => i.key)).toEqual(["titles[0].coefficient", "titles[1].coefficient"]);
    expect(issues[0].message).toContain("số thập phân");
  });

  test("wrong enum value and duplicate title id", () => {
    const p = nq77();
    (p.severance as unknown as { bandRule: string }).bandRule = "C";
    p.titles[5].id = p.titles[0].id;
    const issues = issuesOf(p);
    expect(issues.map((i) => i.key).sort()).toEqual(["severance.bandRule", "titles[5].id"]);
    expect(issues.find((i) => i.key === "severance.bandRule")!.message).toContain("«C»");
  });

  test("a non-object is refused as a whole", () => {
    expect(issuesOf("policy")[0].key).toBe("");
    expect(issuesOf(null)[0].message).toContain("quy định");
  });
});

describe("the severance formula", () => {
  const thon = (): Policy => getPreset("nd154-2025-thon")!;

  test("a misspelt key inside a component names its path and the intended key", () => {
    const p = thon() as unknown as {
      severance: { formula: { cases: Record<string, unknown>[] } };
    };
    const comp = (p.severance.formula.cases[0].components as Record<string, unknown>[])[0];
    comp.factr = comp.factor;
    delete comp.factor;
    const issues = issuesOf(p);
    expect(issues[0].key).toBe("severance.formula.cases[0].components[0].factr");
    expect(issues[0].message).toContain("có phải là «factor»?");
  });

  test("a component naming an unknown quantity is refused at its key", () => {
    const p = thon() as unknown as {
      severance: { formula: { cases: { components: Record<string, unknown>[] }[] } };
    };
    p.severance.formula.cases[1].components[0].quantity = "monthsLeft";
    const issues = issuesOf(p);
    expect(issues.map((i) => i.key)).toEqual(["severance.formula.cases[1].components[0].quantity"]);
    expect(issues[0].message).toContain("«monthsLeft» không hợp lệ");
  });

  test("a fixed quantity without its number is refused", () => {
    const p = thon();
    delete p.severance.formula.cases[3].components[0].fixed;
    expect(issuesOf(p).map((i) => i.key)).toEqual([
      "severance.formula.cases[3].components[0].fixed",
    ]);
  });

  test("a gap between the cases names the uncovered months", () => {
    // Case a now stops at 59 months: 59 months of service and months early ≥ 1 belong to no case.
    const p = thon();
    p.severance.formula.cases[0].when.serviceMonths = { below: 59 };
    const issues = issuesOf(p);
    expect(issues.map((i) => i.key)).toEqual(["severance.formula.cases"]);
    expect(issues[0].message).toContain("bị hở");
    expect(issues[0].message).toContain("59 tháng công tác, 1 tháng đến tuổi nghỉ hưu");
  });

  test("two cases that overlap are named", () => {
    // Case d now reaches 1 month early: that point is also case a's (service < 60) and b's.
    const p = thon();
    p.severance.formula.cases[3].when.monthsEarly = { below: 2 };
    const issues = issuesOf(p);
    expect(issues.every((i) => i.key === "severance.formula.cases")).toBe(true);
    expect(issues.map((i) => i.message).join(" ")).toContain("«a» và «d» chồng lên nhau");
    expect(issues.map((i) => i.message).join(" ")).toContain("«b» và «d» chồng lên nhau");
  });

  test("an empty condition range is refused", () => {
    const p = thon();
    p.severance.formula.cases[1].when.monthsEarly = { min: 60, below: 60 };
    const keys = issuesOf(p).map((i) => i.key);
    expect(keys).toContain("severance.formula.cases[1].when.monthsEarly");
  });

  test("a counting convention outside the two is refused", () => {
    const p = thon() as unknown as {
      severance: { formula: { monthsEarlyCounting: { value: string } } };
    };
    p.severance.formula.monthsEarlyCounting.value = "roughly";
    expect(issuesOf(p).map((i) => i.key)).toEqual(["severance.formula.monthsEarlyCounting.value"]);
  });
});

describe("a policy exported before the component formula", () => {
  test("monthsPerYear and includeConcurrent read as NQ 77's formula", () => {
    const preset = nq77();
    const { formula, ...rest } = preset.severance;
    void formula;
    const earlier = {
      ...preset,
      severance: {
        monthsPerYear: { value: "1", ref: "Nghị quyết 77/2017/NQ-HĐND", verified: true },
        includeConcurrent: { value: true, ref: "Nghị quyết 77/2017/NQ-HĐND", verified: false },
        ...rest,
      },
    };
    expect(parsePolicy(JSON.parse(JSON.stringify(earlier)))).toEqual({ ok: true, policy: preset });
  });
});

describe("helpers", () => {
  test("keyPath", () => {
    expect(keyPath(["titles", 3, "limit"])).toBe("titles[3].limit");
    expect(keyPath([])).toBe("");
    expect(keyPath([2, "from"])).toBe("[2].from");
  });
  test("isIsoDate", () => {
    expect(isIsoDate("2020-02-29")).toBe(true);
    expect(isIsoDate("2019-02-29")).toBe(false);
    expect(isIsoDate("2019-13-01")).toBe(false);
    expect(isIsoDate("2019-7-1")).toBe(false);
  });
});

describe("messages", () => {
  test("numbers out of range say the bound", () => {
    const p = getPreset("kien-giang-nq77-2017")!;
    p.titles[0].limit = 0;
    p.severance.bands[0].fromMonths = -1;
    const r = parsePolicy(p);
    if (r.ok) throw new Error("expected issues");
    expect(r.issues.find((i) => i.key === "titles[0].limit")!.message).toBe(
      "«titles[0].limit»: 0 quá nhỏ, phải lớn hơn 0."
    );
    expect(r.issues.find((i) => i.key === "severance.bands[0].fromMonths")!.message).toBe(
      "«severance.bands[0].fromMonths»: -1 quá nhỏ, phải từ 0 trở lên."
    );
  });
});
