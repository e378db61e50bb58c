import { cleanText, closest, foldKey, foldLoose, levenshtein } from "./fold";

describe("cleanText", () => {
  test("collapses every kind of whitespace and trims", () => {
    expect(cleanText("  Nguyễn\u00A0Văn\tA\r\n ")).toBe("Nguyễn Văn A");
    expect(cleanText("Phú\u2007Mỹ\u202FXã")).toBe("Phú Mỹ Xã");
    expect(cleanText("\u200BPhú\u200BMỹ\uFEFF")).toBe("Phú Mỹ");
    expect(cleanText("a \n\n  b")).toBe("a b");
  });
  test("composes NFD to NFC", () => {
    const nfd = "Nguyễn".normalize("NFD");
    expect(nfd).not.toBe("Nguyễn");
    expect(cleanText(nfd)).toBe("Nguyễn");
  });
  test("drops invisible joiners inside words", () => {
    expect(cleanText("Ng\u200Duyễn")).toBe("Nguyễn");
  });
});

describe("foldKey", () => {
  test("old and new tone placement fold to one key", () => {
    expect(foldKey("Hoà")).toBe("hòa");
    expect(foldKey("hòa")).toBe("hòa");
    expect(foldKey("Thuỷ")).toBe("thủy");
    expect(foldKey("Thủy")).toBe("thủy");
    expect(foldKey("khoẻ")).toBe("khỏe");
    expect(foldKey("uý")).toBe("úy");
    expect(foldKey("oà")).toBe("òa");
    expect(foldKey("oè")).toBe("òe");
    expect(foldKey("Tân Khánh Hoà")).toBe(foldKey("Tân Khánh Hòa"));
    expect(foldKey("Nguyễn Thị Thuý")).toBe(foldKey("Nguyễn Thị Thúy"));
  });
  test("leaves clusters with a following letter and qu- alone", () => {
    expect(foldKey("hoàn")).toBe("hoàn");
    expect(foldKey("ngoài")).toBe("ngoài");
    expect(foldKey("Quý")).toBe("quý");
    expect(foldKey("Huỳnh")).toBe("huỳnh");
    expect(foldKey("thuyền")).toBe("thuyền");
  });
  test("NFD, NBSP and case do not matter", () => {
    expect(foldKey("NGUYỄN\u00A0 VĂN  AN".normalize("NFD"))).toBe("nguyễn văn an");
    expect(foldKey("Ho\u0300a")).toBe("hòa");
    expect(foldKey("Hoa\u0300")).toBe("hòa");
  });
  test("the look-alike Ð (U+00D0) and Đ both become đ", () => {
    expect(foldKey("\u00D0inh Văn Bảy")).toBe("đinh văn bảy");
    expect(foldKey("Đinh Văn Bảy")).toBe("đinh văn bảy");
    expect(foldKey("\u00F0inh")).toBe("đinh");
  });
  test("keeps diacritics: Ân is not An", () => {
    expect(foldKey("Ân")).not.toBe(foldKey("An"));
    expect(foldKey("Lê Văn Ân")).toBe("lê văn ân");
  });
});

describe("foldLoose", () => {
  test("strips diacritics and đ", () => {
    expect(foldLoose("Họ và tên")).toBe("ho va ten");
    expect(foldLoose("ĐƠN VỊ")).toBe("don vi");
    expect(foldLoose("\u00D0ơn vị")).toBe("don vi");
    expect(foldLoose("Phó Chủ tịch Hội Liên hiệp Phụ nữ")).toBe(
      "pho chu tich hoi lien hiep phu nu"
    );
  });
  test("punctuation becomes a space, spaces collapse", () => {
    expect(foldLoose("Xã/phường/thị trấn")).toBe("xa phuong thi tran");
    expect(foldLoose("Văn thư - Lưu trữ")).toBe("van thu luu tru");
    expect(foldLoose("Mức phụ cấp hiện hưởng (đồng)")).toBe("muc phu cap hien huong dong");
    expect(foldLoose("P. Trưởng ấp")).toBe("p truong ap");
    expect(foldLoose("I. CẤP XÃ")).toBe("i cap xa");
  });
  test("old/new tones and NFD give the same loose key", () => {
    expect(foldLoose("Quản lý Nhà văn hoá")).toBe(
      foldLoose("Quản lý Nhà văn hóa".normalize("NFD"))
    );
  });
});

describe("levenshtein", () => {
  test.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "ab", 2],
    ["kitten", "sitting", 3],
    ["thu quy", "thu quy", 0],
    ["flaw", "lawn", 2],
    ["ấp", "ap", 1], // NFC: "ấ" is one code point
  ])("%s / %s → %d", (a, b, d) => {
    expect(levenshtein(a as string, b as string)).toBe(d);
  });
});

describe("closest", () => {
  const titles = ["Thủ quỹ", "Thú y", "Khuyến nông", "Văn thư - Lưu trữ"];
  test("finds a misspelt title on loose keys", () => {
    expect(closest("Thu quy", titles)).toEqual({ candidate: "Thủ quỹ", index: 0, distance: 0 });
    expect(closest("Khuyen nong", titles)).toEqual({
      candidate: "Khuyến nông",
      index: 2,
      distance: 0,
    });
    expect(closest("Khuyến nôg", titles)).toEqual({
      candidate: "Khuyến nông",
      index: 2,
      distance: 1,
    });
  });
  test("ties go to the first candidate", () => {
    expect(closest("ab", ["ac", "ad"])).toEqual({ candidate: "ac", index: 0, distance: 1 });
  });
  test("null when nothing is close enough", () => {
    expect(closest("Chủ tịch Hội Chữ thập đỏ", titles)).toBeNull();
    expect(closest("xyz", [])).toBeNull();
  });
  test("default limit is max(2, 40 % of the input length); an explicit limit overrides it", () => {
    // "abcdefghij" has 10 letters → limit 4.
    expect(closest("abcdefghij", ["abcdefWXYZ"])).toEqual({
      candidate: "abcdefWXYZ",
      index: 0,
      distance: 4,
    });
    expect(closest("abcdefghij", ["abcdeVWXYZ"])).toBeNull();
    expect(closest("ab", ["xy"])).toEqual({ candidate: "xy", index: 0, distance: 2 });
    expect(closest("abcdefghij", ["abcdefWXYZ"], 3)).toBeNull();
  });
});
