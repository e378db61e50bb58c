import { formulaInWords } from "./formula-words";
import { getPreset } from "./presets";

describe("the formula in words", () => {
  test("NQ 77: one case, A × 1 × years, concurrent allowance included", () => {
    const w = formulaInWords(getPreset("kien-giang-nq77-2017")!);
    expect(w.cases.map((c) => c.components.map((l) => l.text))).toEqual([
      ["1 × PC × số năm tính hưởng"],
    ]);
    expect(w.basis[0].text).toBe("PC: phụ cấp chức danh chính cộng phụ cấp kiêm nhiệm");
    expect(w.basis[1].text).toBe("PC tính theo lương cơ sở của ngày thôi việc");
  });

  test("ND 154 Điều 10: four cases; case c and the conventions unverified; English", () => {
    const w = formulaInWords(getPreset("nd154-2025-thon")!, "en");
    expect(w.cases.map((c) => [c.id, c.condition.verified])).toEqual([
      ["a", true],
      ["b", true],
      ["c", false],
      ["d", true],
    ]);
    expect(w.cases[1].condition.text).toBe(
      "Case b: Từ 60 tháng công tác, còn dưới 60 tháng đến tuổi nghỉ hưu (service 60 months or more; time to retirement age from 1 to under 60 months)"
    );
    expect(w.cases[2].components.map((l) => [l.text, l.verified])).toEqual([
      ["0.8 × PC × 60 months", false],
      ["1.5 × PC × years counted", false],
      ["3 × PC", false],
    ]);
    expect(w.basis.map((l) => l.verified)).toEqual([true, true, false, false]);
    expect(w.basis[3].text).toBe("Leftover months: 1–6 months → 0.5 year; 7–11 months → 1 year");
  });
});
