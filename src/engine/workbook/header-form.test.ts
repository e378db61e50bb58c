import { DEFAULT_INFO, readInfo } from "./info";
import { headerLines, parseHeaderForm } from "./header-form";
import type { GeneralInfo, HeaderFormId } from "../types";

function info(extra: Partial<GeneralInfo>): GeneralInfo {
  return { ...DEFAULT_INFO, signers: { ...DEFAULT_INFO.signers }, ...extra };
}

describe("the left header block (DOMAIN §10.5)", () => {
  const base = { province: "An Giang", commune: "Vĩnh Điều" };
  test.each<[HeaderFormId, string, string, string]>([
    ["commune-department", "ỦY BAN NHÂN DÂN XÃ VĨNH ĐIỀU", "PHÒNG VĂN HÓA - XÃ HỘI", "Vĩnh Điều"],
    ["commune", "ỦY BAN NHÂN DÂN", "XÃ VĨNH ĐIỀU", "Vĩnh Điều"],
    ["province-department", "ỦY BAN NHÂN DÂN TỈNH AN GIANG", "SỞ NỘI VỤ", "An Giang"],
    ["province", "ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "An Giang"],
  ])("%s: %s over %s, dated at %s", (form, parent, body, place) => {
    const h = headerLines(info({ ...base, headerForm: form }));
    expect([h.parent, h.body, h.place]).toEqual([parent, body, place]);
  });

  test("no district line unless one is given; with a district and no form, the 2019 form", () => {
    expect(headerLines(info(base)).parent).toBe("ỦY BAN NHÂN DÂN XÃ VĨNH ĐIỀU");
    const old = headerLines(info({ district: "Giang Thành" }));
    expect([old.form.id, old.body]).toEqual(["district-office", "PHÒNG NỘI VỤ"]);
  });

  test("a place written on Thông tin wins; a commune named with its word keeps it", () => {
    expect(headerLines(info({ ...base, place: "Giang Thành" })).place).toBe("Giang Thành");
    const ward = headerLines(info({ commune: "Phường Rạch Giá", headerForm: "commune" }));
    expect([ward.body, ward.place]).toEqual(["PHƯỜNG RẠCH GIÁ", "Rạch Giá"]);
  });

  test("an office given on Thông tin replaces the form's department", () => {
    const h = headerLines(info({ ...base, office: "Phòng Kinh tế" }));
    expect(h.body).toBe("PHÒNG KINH TẾ");
  });

  test("the Thông tin sheet chooses the form in words", () => {
    expect(parseHeaderForm("Sở Nội vụ của tỉnh")).toBe("province-department");
    expect(parseHeaderForm("UBND xã")).toBe("commune");
    expect(parseHeaderForm("mẫu lạ")).toBeNull();
    const { info: read } = readInfo([
      {
        sheet: "Thông tin",
        firstRow: 1,
        firstCol: 1,
        cells: [
          ["Tỉnh", "An Giang"],
          ["Xã", "Vĩnh Điều"],
          ["Mẫu tiêu đề", "Ủy ban nhân dân tỉnh"],
          ["Quy định áp dụng", "nd154-2025-thon"],
        ],
      },
    ]);
    expect([read.commune, read.headerForm, read.policyId]).toEqual([
      "Vĩnh Điều",
      "province",
      "nd154-2025-thon",
    ]);
  });
});
