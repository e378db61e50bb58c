import type { FindingCode } from "../types";
import { createFinding, FINDING_CATALOG, localizeFinding, renderTexts } from "./catalog";

const codes = Object.keys(FINDING_CATALOG) as FindingCode[];

interface Kind {
  vi: string;
  en: string;
  fixVi?: string;
  fixEn?: string;
  example?: {
    params: Record<string, string | number>;
    enParams?: Record<string, string | number>;
    vi: string;
    en: string;
    fixVi?: string;
    fixEn?: string;
  };
}
const kind = (code: FindingCode): Kind => FINDING_CATALOG[code] as Kind;

const placeholders = (t: string | undefined): string[] =>
  [...(t ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace(/En$/, "")).sort();

/** Letters only Vietnamese has (vowels with a tone or a hat, đ). */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
/** Vietnamese an English text may carry: the clerk's own headers, the currency, a legal reference. */
const QUOTED_TERMS = [
  "Họ và tên",
  "Chức danh",
  "Phương án",
  "đồng",
  "Công văn 460/UBND-NCPC",
  "Nghị định 154/2025/NĐ-CP",
  "Định Biên",
];

function englishOnly(text: string): string {
  let t = text.replace(/«[^»]*»/g, "").replace(/\{\w+\}/g, "");
  for (const term of QUOTED_TERMS) t = t.split(term).join("");
  return t;
}

describe.each(codes)("%s", (code) => {
  const k = kind(code);
  const example = k.example;

  if (example) {
    test("its example renders as worked by hand, in both languages", () => {
      expect(renderTexts(code, example.params, "vi")).toEqual({
        message: example.vi,
        suggestion: example.fixVi ?? null,
      });
      const en = { ...example.params, ...(example.enParams ?? {}) };
      expect(renderTexts(code, en, "en")).toEqual({
        message: example.en,
        suggestion: example.fixEn ?? null,
      });
    });
  }

  test("both languages use the same parameters", () => {
    expect(placeholders(k.en)).toEqual(placeholders(k.vi));
    expect(placeholders(k.fixEn)).toEqual(placeholders(k.fixVi));
  });

  test("the English templates are English", () => {
    expect(englishOnly(k.en)).not.toMatch(VIETNAMESE);
    expect(englishOnly(k.fixEn ?? "")).not.toMatch(VIETNAMESE);
  });
});

describe("rendering", () => {
  test("a row without a person's name is named in the run's language", () => {
    const at = { sheet: "DS", row: 7, col: 3 };
    const f = createFinding("title-missing", { at });
    expect(f.message).toBe("Dòng 7: chưa ghi chức danh.");
    expect(localizeFinding(f, "en").message).toBe("Row 7: no title given.");
    expect(f.params).toEqual({ row: 7, sheet: "DS" });
  });

  test("an English run takes a parameter's English twin, else the parameter itself", () => {
    const withTwin = { key: "hamletCap", detail: "«x» sai.", detailEn: "«x» is wrong." };
    expect(renderTexts("policy-invalid", withTwin, "en").message).toBe(
      "The policy is invalid at «hamletCap»: «x» is wrong."
    );
    expect(renderTexts("policy-invalid", withTwin, "vi").message).toBe(
      "Quy định không hợp lệ tại «hamletCap»: «x» sai."
    );
    expect(renderTexts("policy-invalid", { key: "k", detail: "d" }, "en").message).toBe(
      "The policy is invalid at «k»: d"
    );
  });

  test("a missing parameter shows as ?; a suggestion with one missing is left out", () => {
    expect(renderTexts("title-unknown", { person: "An" }, "vi")).toEqual({
      message: "An: chức danh «?» không có trong danh mục của quy định.",
      suggestion: null,
    });
  });

  test("a finding rendered in a language is not rendered again in it", () => {
    const f = createFinding("title-missing", { person: "An" }, "en");
    expect(localizeFinding(f, "en")).toBe(f);
    const vi = localizeFinding(f, "vi");
    expect(vi.message).toBe("An: chưa ghi chức danh.");
    expect(localizeFinding(vi, "vi")).toBe(vi);
  });
});
