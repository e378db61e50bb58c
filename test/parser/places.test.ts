import {
  classifySection,
  communeAfterPrefix,
  CommuneIndex,
  recase,
  stripCommunePrefix,
} from "../../src/engine/roster/places";
import { isSignatureText, isTotalText } from "../../src/engine/roster/parse";

const none = new CommuneIndex([]);
const register = new CommuneIndex(["Tân Khánh Hòa", "Phú Lợi", "Phú Mỹ", "Vĩnh Điều", "Vĩnh Phú"]);

describe("classifySection", () => {
  test.each([
    ["I. CẤP XÃ", { kind: "level", level: "commune" }],
    ["I CẤP XÃ", { kind: "level", level: "commune" }],
    ["II. ẤP, KHU PHỐ", { kind: "level", level: "hamlet" }],
    ["II. CẤP ẤP", { kind: "level", level: "hamlet" }],
    ["B. Người hoạt động không chuyên trách ở ấp, khu phố", { kind: "level", level: "hamlet" }],
    ["Ấp Tràm Trổi", { kind: "hamlet", name: "Ấp Tràm Trổi" }],
    ["1. Ấp Khánh Hòa", { kind: "hamlet", name: "Ấp Khánh Hòa" }],
    ["- Ấp Cây Gáo", { kind: "hamlet", name: "Ấp Cây Gáo" }],
    ["ẤP TRÀM TRỔI", { kind: "hamlet", name: "Ấp Tràm Trổi" }],
    ["Khu phố 2", { kind: "hamlet", name: "Khu phố 2" }],
    ["Thôn 3", { kind: "hamlet", name: "Thôn 3" }],
    ["Tổ dân phố 4", { kind: "hamlet", name: "Tổ dân phố 4" }],
    ["Xã Phú Mỹ", { kind: "commune", name: "Phú Mỹ", registered: false }],
    ["XÃ VĨNH PHÚ", { kind: "commune", name: "Vĩnh Phú", registered: false }],
    ["Phường Tô Châu", { kind: "commune", name: "Tô Châu", registered: false }],
    ["Thị trấn Kiên Lương", { kind: "commune", name: "Kiên Lương", registered: false }],
    ["III. DÔI DƯ", { kind: "heading" }],
    ["NGƯỜI ĐƯỢC BỐ TRÍ", { kind: "heading", weak: true }],
  ])("%j", (text, expected) => {
    expect(classifySection(text, none)).toEqual(expected);
  });

  test("a name of the register, with or without the prefix, in the register's spelling", () => {
    expect(classifySection("Phu My", register)).toEqual({
      kind: "commune",
      name: "Phú Mỹ",
      registered: true,
    });
    expect(classifySection("2. Xã Tân Khánh Hoà", register)).toEqual({
      kind: "commune",
      name: "Tân Khánh Hòa",
      registered: true,
    });
  });

  test.each(["Nguyễn Văn An", "Tống Văn Tư", "Thạch Thị Sa Rươl"])("%j is no section", (text) => {
    expect(classifySection(text, register)).toBeNull();
  });
});

describe("communeAfterPrefix", () => {
  test.each([
    ["DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH XÃ PHÚ MỸ", "Phú Mỹ"],
    ["DANH SÁCH NKCT XÃ VĨNH ĐIỀU, HUYỆN GIANG THÀNH", "Vĩnh Điều"],
    ["DANH SÁCH NKCT XÃ VĨNH ĐIỀU HUYỆN GIANG THÀNH", "Vĩnh Điều"],
    ["DANH SÁCH NKCT XÃ PHÚ LỢI NĂM 2019", "Phú Lợi"],
    ["ỦY BAN NHÂN DÂN XÃ TÂN KHÁNH HÒA", "Tân Khánh Hòa"],
    ["Danh sách NKCT thị trấn Hòn Đất", "Hòn Đất"],
  ])("%j → %j", (text, name) => {
    expect(communeAfterPrefix(text)).toBe(name);
  });

  test.each([
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "DANH SÁCH NKCT CẤP XÃ VÀ ẤP, KHU PHỐ",
    "ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH",
    "xã",
  ])("%j names no commune", (text) => {
    expect(communeAfterPrefix(text)).toBeNull();
  });
});

test("prefix stripping and re-casing", () => {
  expect(stripCommunePrefix("Xã Phú Mỹ")).toBe("Phú Mỹ");
  expect(stripCommunePrefix("UBND xã Phú Mỹ")).toBe("Phú Mỹ");
  expect(stripCommunePrefix("Phú Mỹ")).toBe("Phú Mỹ");
  expect(recase("PHÚ MỸ")).toBe("Phú Mỹ");
  expect(recase("Phú mỹ")).toBe("Phú mỹ");
});

test.each([
  ["Tổng cộng", true],
  ["TỔNG CỘNG (I+II)", true],
  ["Tổng", true],
  ["Tổng số", true],
  ["Cộng", true],
  ["Cộng ấp Tràm Trổi", true],
  ["II. Tổng cộng", true],
  ["Tong cong", true],
  ["Tống Văn Tư", false],
  ["Công Tằng Tôn Nữ Thị Hoa", false],
  ["Nguyễn Văn Cộng", false],
])("isTotalText(%j) = %s", (text, expected) => {
  expect(isTotalText(text)).toBe(expected);
});

test.each([
  ["Người lập biểu", true],
  ["NGƯỜI LẬP BIỂU", true],
  ["TM. ỦY BAN NHÂN DÂN", true],
  ["Phú Mỹ, ngày 05 tháng 3 năm 2019", true],
  ["Phú Mỹ, ngày    tháng    năm 2019", true],
  ["Nguyễn Văn An", false],
  ["Thôi việc", false],
])("isSignatureText(%j) = %s", (text, expected) => {
  expect(isSignatureText(text)).toBe(expected);
});
