import { PRESETS, getPreset, isPresetPolicy } from "./presets";
import { parsePolicy } from "./schema";
import { BANDS_A, BANDS_B } from "./bands";
import { foldLoose } from "../text/fold";

describe("presets", () => {
  test("the five ids (CONTRACT §2)", () => {
    expect(PRESETS.map((p) => p.id)).toEqual([
      "kien-giang-nq77-2017",
      "nd34-2019",
      "nd33-2023",
      "nd154-2025-thon",
      "nd154-2025-xa",
    ]);
    expect(getPreset("nope")).toBeUndefined();
  });

  test.each(PRESETS.map((p) => [p.id]))("%s passes parsePolicy", (id) => {
    expect(parsePolicy(getPreset(id)).ok).toBe(true);
  });

  test("getPreset returns an independent copy", () => {
    const a = getPreset("nd34-2019")!;
    a.hamletCap.value = 99;
    expect(getPreset("nd34-2019")!.hamletCap.value).toBe(3);
  });

  test("nq77 per DOMAIN §3.1", () => {
    const p = getPreset("kien-giang-nq77-2017")!;
    expect(p.legalBasis).toEqual({
      number: "77/2017/NQ-HĐND",
      date: "2017-07-20",
      issuer: "Hội đồng nhân dân tỉnh Kiên Giang",
    });
    expect([
      p.communeCap.class1.value,
      p.communeCap.class2.value,
      p.communeCap.class3.value,
    ]).toEqual([11, 11, 11]);
    expect([
      p.communeCap.class1.verified,
      p.communeCap.class2.verified,
      p.communeCap.class3.verified,
    ]).toEqual([true, true, false]);
    expect(p.hamletCap).toMatchObject({ value: 6, verified: true });
    expect(p.concurrent.maxExtraTitles).toMatchObject({ value: 1, verified: true });
    expect(p.concurrent.payRate).toMatchObject({ value: "1", verified: true });
    expect(p.concurrent.sameLevelOnly).toBe(true);
    const formula = p.severance.formula;
    expect(formula.cases).toHaveLength(1);
    expect(formula.cases[0].components).toEqual([
      { factor: "1", quantity: "yearsCounted", ref: "Nghị quyết 77/2017/NQ-HĐND", verified: true },
    ]);
    expect(formula.basis.includeConcurrent).toMatchObject({ value: true, verified: false });
    expect(formula.basis.month.value).toBe("leaving");
    expect(p.severance.bandRule).toBe("B");
    expect(p.severance.bands).toEqual(BANDS_B);
    expect(p.severance.bandsVerified).toBe(false);
    expect(p.funds).toBeNull();
    expect(p.baseSalary).toHaveLength(7);
    const commune = p.titles.filter((t) => t.level === "commune");
    const hamlet = p.titles.filter((t) => t.level === "hamlet");
    expect(commune).toHaveLength(19);
    expect(hamlet.map((t) => t.name)).toEqual([
      "Bí thư Chi bộ",
      "Trưởng ấp (Trưởng khu phố)",
      "Phó Trưởng ấp (Phó Trưởng khu phố)",
      "Trưởng ban Công tác Mặt trận",
      "Công an viên",
      "Ấp đội trưởng",
    ]);
    expect(
      p.titles.every((t) => t.coefficient === null && t.limit === 1 && !t.required && !t.verified)
    ).toBe(true);
  });

  test("the clerk abbreviations of DOMAIN §3.1 are aliases of the right titles", () => {
    const p = getPreset("kien-giang-nq77-2017")!;
    const owner = (alias: string) =>
      p.titles
        .filter((t) => [t.name, ...t.aliases].some((a) => foldLoose(a) === foldLoose(alias)))
        .map((t) => t.id);
    expect(owner("Phó CHT Quân sự")).toEqual(["pho-chi-huy-truong-quan-su"]);
    expect(owner("pho cht quan su")).toEqual(["pho-chi-huy-truong-quan-su"]);
    expect(owner("Phó Trưởng CA")).toEqual(["pho-truong-cong-an"]);
    expect(owner("VP Đảng ủy")).toEqual(["van-phong-dang-uy"]);
    expect(owner("Trưởng BCTMT")).toEqual(["truong-ban-cong-tac-mat-tran"]);
    expect(owner("P. Trưởng ấp")).toEqual(["pho-truong-ap"]);
    expect(owner("CAV")).toEqual(["cong-an-vien"]);
    expect(owner("Bí thư chi bộ ấp")).toEqual(["bi-thu-chi-bo"]);
    expect(owner("Trưởng khu phố")).toEqual(["truong-ap"]);
    expect(owner("Phó CT HND")).toEqual(["pho-chu-tich-hoi-nong-dan"]);
    expect(owner("CT Hội CTĐ")).toEqual(["chu-tich-hoi-chu-thap-do"]);
  });

  test("no alias belongs to two titles of one preset", () => {
    for (const p of PRESETS) {
      const seen = new Map<string, string>();
      for (const t of p.titles) {
        for (const a of [t.name, ...t.aliases]) {
          const k = foldLoose(a);
          const other = seen.get(k);
          if (other !== undefined && other !== t.id)
            throw new Error(`${p.id}: «${a}» is in ${other} and ${t.id}`);
          seen.set(k, t.id);
        }
      }
    }
  });

  test("title ids are unique ascii kebab-case", () => {
    for (const p of PRESETS) {
      const ids = p.titles.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  test("nd34 per DOMAIN §3.2", () => {
    const p = getPreset("nd34-2019")!;
    expect(p.effectiveFrom).toBe("2019-06-25");
    expect([
      p.communeCap.class1.value,
      p.communeCap.class2.value,
      p.communeCap.class3.value,
    ]).toEqual([14, 12, 10]);
    expect(p.hamletCap.value).toBe(3);
    expect(p.funds).not.toBeNull();
    const f = p.funds!;
    expect([f.commune.class1.value, f.commune.class2.value, f.commune.class3.value]).toEqual([
      "16",
      "13.7",
      "11.4",
    ]);
    expect(f.extraPost).toBeNull();
    expect([f.hamlet.standard.value, f.hamlet.large.value, f.hamlet.largeHouseholds]).toEqual([
      "3",
      "5",
      350,
    ]);
    expect(p.severance.bandRule).toBe("A");
    expect(p.severance.bands).toEqual(BANDS_A);
    expect(p.severance.bandsVerified).toBe(false);
    const hamlet = p.titles.filter((t) => t.level === "hamlet");
    expect(hamlet.map((t) => t.id)).toEqual([
      "bi-thu-chi-bo",
      "truong-ap",
      "truong-ban-cong-tac-mat-tran",
    ]);
    expect(hamlet.every((t) => t.verified)).toBe(true);
    expect(
      p.titles
        .filter((t) => t.level === "commune")
        .every((t) => !t.verified && t.coefficient === null)
    ).toBe(true);
  });

  test("nd33 per DOMAIN §3.3", () => {
    const p = getPreset("nd33-2023")!;
    expect(p.effectiveFrom).toBe("2023-08-01");
    expect([
      p.communeCap.class1.value,
      p.communeCap.class2.value,
      p.communeCap.class3.value,
    ]).toEqual([14, 12, 10]);
    expect(p.hamletCap.value).toBe(3);
    const f = p.funds!;
    expect([f.commune.class1.value, f.commune.class2.value, f.commune.class3.value]).toEqual([
      "21",
      "18",
      "15",
    ]);
    expect(f.extraPost).toMatchObject({ value: "1.5", verified: true });
    expect(f.hamlet.large).toMatchObject({ value: "6", verified: true });
    expect(f.hamlet.standard).toMatchObject({ value: "4.5", verified: false });
    expect(f.hamlet.largeHouseholds).toBe(350);
  });
});

describe("isPresetPolicy", () => {
  test("a copy of a preset is a preset; an edited one is not", () => {
    const p = getPreset("nd33-2023")!;
    expect(isPresetPolicy(p)).toBe(true);
    p.titles[0].aliases.push("x");
    expect(isPresetPolicy(p)).toBe(false);
    const q = getPreset("kien-giang-nq77-2017")!;
    q.id = "my-policy";
    expect(isPresetPolicy(q)).toBe(false);
  });
});
