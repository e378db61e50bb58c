import { resolveTitle } from "./titles";
import { KIEN_GIANG_NQ77_2017 } from "../policy/presets";
import type { Policy, TitleDef } from "../types";

const policy = KIEN_GIANG_NQ77_2017;
const id = (text: string, level?: "commune" | "hamlet"): string | null =>
  resolveTitle(policy, text, level).title?.id ?? null;

describe("resolveTitle", () => {
  test.each([
    ["Phó Chỉ huy trưởng Quân sự", "pho-chi-huy-truong-quan-su"],
    ["Phó CHT Quân sự", "pho-chi-huy-truong-quan-su"],
    ["pho cht quan su", "pho-chi-huy-truong-quan-su"],
    ["Phó Trưởng CA", "pho-truong-cong-an"],
    ["VP Đảng ủy", "van-phong-dang-uy"],
    ["VP Đảng uỷ", "van-phong-dang-uy"],
    ["Trưởng BCTMT", "truong-ban-cong-tac-mat-tran"],
    ["P. Trưởng ấp", "pho-truong-ap"],
    ["P.Trưởng ấp", "pho-truong-ap"],
    ["CAV", "cong-an-vien"],
    ["Bí thư chi bộ ấp", "bi-thu-chi-bo"],
    ["  VĂN THƯ - LƯU TRỮ ", "van-thu-luu-tru"],
    ["Văn thư – lưu trữ", "van-thu-luu-tru"],
    ["Thu quy", "thu-quy"],
    ["Trưởng ấp", "truong-ap"],
    ["Phó Trưởng ấp", "pho-truong-ap"],
  ])("%s → %s", (text, expected) => {
    expect(id(text)).toBe(expected);
  });

  test("abbreviations are not guessed outside the aliases", () => {
    expect(id("P. Chủ tịch Hội Nông dân")).toBeNull();
    expect(id("CT Hội Nông dân")).toBeNull();
  });

  test("unknown → null with the nearest name", () => {
    expect(resolveTitle(policy, "Thủ quĩ")).toEqual({ title: null, nearest: "Thủ quỹ" });
    expect(resolveTitle(policy, "Cong an vin")).toEqual({ title: null, nearest: "Công an viên" });
    expect(resolveTitle(policy, "Giám đốc")).toEqual({ title: null, nearest: null });
    expect(resolveTitle(policy, "")).toEqual({ title: null, nearest: null });
  });

  test("a title of the person's level wins; the other level is still found", () => {
    const t = (level: "commune" | "hamlet", tid: string): TitleDef => ({
      id: tid,
      level,
      name: "Thủ quỹ",
      aliases: [],
      coefficient: null,
      limit: 1,
      required: false,
      verified: false,
    });
    const p: Policy = { ...policy, titles: [t("commune", "tq-xa"), t("hamlet", "tq-ap")] };
    expect(resolveTitle(p, "thủ quỹ", "hamlet").title?.id).toBe("tq-ap");
    expect(resolveTitle(p, "thủ quỹ", "commune").title?.id).toBe("tq-xa");
    expect(id("Trưởng ấp", "commune")).toBe("truong-ap");
  });
});
