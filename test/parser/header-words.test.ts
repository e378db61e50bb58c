import {
  headerKey,
  matchHeader,
  scoreGroupedHeader,
  scoreHeader,
} from "../../src/engine/roster/header-words";

const grouped = (g: string, s: string) => {
  const best = scoreGroupedHeader(g, s)[0];
  return best && best.score >= 4 ? best.field : null;
};

describe("matchHeader", () => {
  test.each([
    ["STT", "seq"],
    ["TT", "seq"],
    ["Số TT", "seq"],
    ["Họ và tên", "name"],
    ["HỌ VÀ TÊN", "name"],
    ["Họ tên", "name"],
    ["Họ, tên", "name"],
    ["Ho va ten", "name"],
    ["Họ và tên NKCT", "name"],
    ["Ngày tháng năm sinh", "birth"],
    ["Ngày, tháng, năm sinh", "birth"],
    ["Năm sinh", "birth"],
    ["Nam", "birthMale"],
    ["Nữ", "birthFemale"],
    ["Giới tính", "gender"],
    ["Nam/Nữ", "gender"],
    ["Xã", "commune"],
    ["Đơn vị", "commune"],
    ["Xã/phường/thị trấn", "commune"],
    ["Tên xã", "commune"],
    ["Ấp", "hamlet"],
    ["Ấp/khu phố", "hamlet"],
    ["Ấp, khu phố", "hamlet"],
    ["Khu phố", "hamlet"],
    ["Thôn", "hamlet"],
    ["Tổ dân phố", "hamlet"],
    ["Chức danh", "title"],
    ["Chức danh đang đảm nhiệm", "title"],
    ["Chức danh bố trí", "title"],
    ["Chức vụ", "title"],
    ["Kiêm nhiệm", "concurrent"],
    ["Chức danh kiêm nhiệm", "concurrent"],
    ["Hệ số", "coefficient"],
    ["Hệ số phụ cấp", "coefficient"],
    ["Hệ số kiêm nhiệm", "concurrentCoefficient"],
    ["Hệ số phụ cấp kiêm nhiệm", "concurrentCoefficient"],
    ["Mức phụ cấp", "allowance"],
    ["Phụ cấp hiện hưởng", "allowance"],
    ["Mức phụ cấp hiện hưởng (đồng)", "allowance"],
    ["Mức phụ cấp hiện hưởng\n(đồng)", "allowance"],
    ["Phụ cấp kiêm nhiệm", "concurrentAllowance"],
    ["Phụ cấp kiêm nhiệm (đồng)", "concurrentAllowance"],
    ["Ngày bắt đầu công tác", "start"],
    ["Thời gian bắt đầu", "start"],
    ["Từ ngày", "start"],
    ["Từ tháng năm", "start"],
    ["Ngày thôi việc", "end"],
    ["Ngày nghỉ việc", "end"],
    ["Đến ngày", "end"],
    ["Phương án", "decision"],
    ["Kết quả sắp xếp", "decision"],
    ["Hình thức", "decision"],
    ["Dự kiến", "decision"],
    ["Phương án bố trí", "decision"],
    ["Phương án bố trí, sắp xếp", "decision"],
    ["Đợt", "round"],
    ["Đợt chi trả", "round"],
    ["Ghi chú", "note"],
    ["Ghi chú (1)", "note"],
    ["(13) Ghi chú", "note"],
    ["Ghi  chú*", "note"],
  ])("%j → %s", (text, field) => {
    expect(matchHeader(text)).toBe(field);
  });

  test("NFD accents, NBSP and the look-alike Ð fold away", () => {
    expect(matchHeader("Họ\u00A0và tên".normalize("NFD"))).toBe("name");
    expect(matchHeader("\u00D0ợt chi trả")).toBe("round");
    expect(matchHeader("ĐƠN VỊ")).toBe("commune");
  });

  test.each([
    "",
    "Nguyễn Văn An",
    "Trưởng ấp",
    "1965",
    "DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH XÃ PHÚ MỸ",
    "Ký nhận",
    "Số tiền",
  ])("%j names no column", (text) => {
    expect(matchHeader(text)).toBeNull();
  });

  test("headerKey drops parenthesised units and numbering", () => {
    expect(headerKey("Mức phụ cấp hiện hưởng (đồng)")).toBe("muc phu cap hien huong");
    expect(headerKey("(5)")).toBe("5");
  });
});

describe("a sub-column read with its group head", () => {
  test.each([
    ["Thời gian công tác", "Từ", "start"],
    ["Thời gian công tác", "Đến", "end"],
    ["THỜI GIAN CÔNG TÁC", "Từ tháng năm", "start"],
    ["Thời gian công tác", "Đến tháng, năm", "end"],
    ["Năm sinh", "Nam", "birthMale"],
    ["Năm sinh", "Nữ", "birthFemale"],
    ["Ngày tháng năm sinh", "Nữ", "birthFemale"],
    ["Hệ số phụ cấp", "Chức danh chính", "coefficient"],
    ["Hệ số phụ cấp", "Kiêm nhiệm", "concurrentCoefficient"],
    ["Kiêm nhiệm", "Chức danh", "concurrent"],
    ["Kiêm nhiệm", "Hệ số", "concurrentCoefficient"],
    ["Kiêm nhiệm", "Phụ cấp", "concurrentAllowance"],
    ["Chức danh", "Kiêm nhiệm", "concurrent"],
  ])("%j / %j → %s", (group, sub, field) => {
    expect(grouped(group, sub)).toBe(field);
  });

  test("a data value under a group head is no sub-header", () => {
    expect(grouped("Năm sinh", "1965")).toBeNull();
    expect(grouped("Thời gian công tác", "03/2010")).toBeNull();
  });
});

describe("word roles", () => {
  test.each([
    ["Họ, chữ đệm và tên", "name"],
    ["Xã, thị trấn", "commune"],
    ["Mức phụ cấp hằng tháng (đồng)", "allowance"],
    ["Đề xuất", "decision"],
    ["Thời điểm thôi việc", "end"],
    ["Ngày tuyển dụng", "start"],
    ["HS kiêm nhiệm", "concurrentCoefficient"],
    ["Chức vụ kiêm nhiệm", "concurrent"],
    ["Tên xã", "commune"],
    ["Tên ấp", "hamlet"],
    ["Số tiền phụ cấp", "allowance"],
    ["Nghỉ từ ngày", "end"],
  ])("%j → %s (head first, cues say which date, kiêm nhiệm the twin)", (text, field) => {
    expect(matchHeader(text)).toBe(field);
  });

  test.each([
    "Số CCCD",
    "Số điện thoại",
    "Trình độ chuyên môn",
    "Ngày vào Đảng",
    "Ký nhận",
    "Trưởng ấp",
  ])("%j names no field", (text) => {
    expect(scoreHeader(text)).toEqual([]);
  });

  test("a date word alone names some date, too weakly to be taken without the cells", () => {
    const scores = scoreHeader("Ngày tháng năm");
    expect(scores.map((s) => s.field)).toEqual(["start", "end", "birth"]);
    expect(Math.max(...scores.map((s) => s.score))).toBeLessThan(4);
  });

  test("a weak cue with a date word needs the cells: «Thời gian công tác» alone is below acceptance", () => {
    expect(scoreHeader("Thời gian công tác")).toEqual([{ field: "start", score: 3.5 }]);
  });
});
