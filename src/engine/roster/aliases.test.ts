import { headerKey, matchGroupedHeader, matchHeader } from "./aliases";

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

describe("matchGroupedHeader", () => {
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
    expect(matchGroupedHeader(group, sub)).toBe(field);
  });

  test("a data value under a group head is no sub-header", () => {
    expect(matchGroupedHeader("Năm sinh", "1965")).toBeNull();
    expect(matchGroupedHeader("Thời gian công tác", "03/2010")).toBeNull();
  });
});
