import { classifyDecision, DECISION_WORDS } from "./decisions";

describe("classifyDecision (DOMAIN §4.2)", () => {
  test.each([
    ["Bố trí", "keep"],
    ["Tiếp tục bố trí", "keep"],
    ["Giữ nguyên", "keep"],
    ["Kiêm nhiệm", "keep"],
    ["Bố trí lại", "keep"],
    ["BỐ TRÍ LẠI", "keep"],
    ["bo tri", "keep"],
    ["Bố trí Phó Trưởng Công an", "keep"],
    ["Bố trí mới", "new"],
    ["bố trí  mới", "new"],
    ["Tuyển mới", "new"],
    ["Bổ sung", "new"],
    ["BO SUNG", "new"],
    ["Thôi việc", "leave-paid"],
    ["Nghỉ việc", "leave-paid"],
    ["Dôi dư", "leave-paid"],
    ["Nghỉ chế độ", "leave-paid"],
    ["Dôi dư - thôi việc", "leave-paid"],
    ["thoi viec", "leave-paid"],
    ["THÔI VIỆC (dôi dư)", "leave-paid"],
    ["Nghỉ hưu", "leave-unpaid"],
    ["Chuyển công tác", "leave-unpaid"],
    ["Không hưởng chế độ", "leave-unpaid"],
    ["Từ trần", "leave-unpaid"],
    ["Nghỉ việc không hưởng chế độ", "leave-unpaid"],
    ["nghi viec khong huong che do", "leave-unpaid"],
  ])("%s → %s", (text, category) => {
    expect(classifyDecision(text)).toBe(category);
  });

  test("NFD text and non-breaking spaces fold like NFC", () => {
    expect(classifyDecision("Thôi\u00A0việc".normalize("NFD"))).toBe("leave-paid");
    expect(classifyDecision("Bố trí mới".normalize("NFD"))).toBe("new");
  });

  test.each(["", "   ", "x", "Chờ ý kiến", "Bố chí", "Không bố trí", "#N/A"])(
    "%j is not a decision",
    (text) => {
      expect(classifyDecision(text)).toBeNull();
    }
  );

  test("the suggestion list holds the vocabulary's words", () => {
    expect(DECISION_WORDS).toEqual(
      expect.arrayContaining(["Bố trí", "Bố trí mới", "Thôi việc", "Nghỉ hưu", "Từ trần"])
    );
  });
});
