import { DEFAULT_INFO, isInfoGrid, matchInfoLabel, readInfo } from "./info";
import type { CellValue, Grid } from "../types";

function grid(sheet: string, cells: CellValue[][]): Grid {
  return { sheet, firstRow: 1, firstCol: 1, cells };
}

describe("DEFAULT_INFO", () => {
  test("defaults of DOMAIN §4.4", () => {
    expect(DEFAULT_INFO).toEqual({
      province: "",
      district: "",
      office: "PHÒNG NỘI VỤ",
      place: "",
      documentDate: null,
      paymentDate: null,
      signers: {
        preparer: "",
        head: "",
        approverTitle: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        approver: "",
      },
      sheet: null,
    });
  });
});

describe("matchInfoLabel", () => {
  test.each([
    ["Tỉnh", "province"],
    ["TỈNH:", "province"],
    ["Huyện", "district"],
    ["Cơ quan", "office"],
    ["Địa danh", "place"],
    ["Ngày lập", "documentDate"],
    ["Ngày lập biểu:", "documentDate"],
    ["Ngày chi trả", "paymentDate"],
    ["Người lập biểu", "preparer"],
    ["nguoi lap bieu", "preparer"],
    ["Trưởng phòng Nội vụ", "head"],
    ["Người ký", "approver"],
    ["Người ký (họ và tên)", "approver"],
    ["Chức vụ người ký", "approverTitle"],
    ["Chức vụ", "approverTitle"],
  ])("%s → %s", (label, field) => {
    expect(matchInfoLabel(label)).toBe(field);
  });
  test("unknown labels", () => {
    expect(matchInfoLabel("Họ và tên")).toBeNull();
    expect(matchInfoLabel("")).toBeNull();
  });
});

describe("readInfo", () => {
  const sheet = grid("Thông tin", [
    ["THÔNG TIN CHUNG"],
    ["Mục", "Giá trị"],
    ["Tỉnh", "Kiên Giang"],
    ["Huyện:", "  Giang  Thành "],
    ["Cơ quan", "PHÒNG NỘI VỤ"],
    ["Địa danh", "Giang Thành"],
    ["Ngày lập", "05/3/2019"],
    ["Ngày chi trả", 43496], // Excel serial of 2019-01-31
    ["Người lập biểu", "Trần Thị Bích"],
    ["Trưởng phòng", "Lê Văn Hùng"],
    ["Chức vụ người ký", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"],
    ["Người ký", "Nguyễn Văn Sơn"],
  ]);

  test("reads every label", () => {
    expect(isInfoGrid(sheet)).toBe(true);
    const { info, findings } = readInfo([sheet]);
    expect(findings).toEqual([]);
    expect(info).toEqual({
      province: "Kiên Giang",
      district: "Giang Thành",
      office: "PHÒNG NỘI VỤ",
      place: "Giang Thành",
      documentDate: "2019-03-05",
      paymentDate: "2019-01-31",
      signers: {
        preparer: "Trần Thị Bích",
        head: "Lê Văn Hùng",
        approverTitle: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        approver: "Nguyễn Văn Sơn",
      },
      sheet: "Thông tin",
    });
  });

  test("no sheet → defaults", () => {
    const roster = grid("Phú Mỹ", [
      ["STT", "Họ và tên", "Chức danh"],
      [1, "Nguyễn Văn A", "Thủ quỹ"],
    ]);
    expect(isInfoGrid(roster)).toBe(false);
    expect(readInfo([roster])).toEqual({ info: DEFAULT_INFO, findings: [] });
  });

  test("empty values keep the defaults; value may sit further right; a line break in the signer title is kept", () => {
    const g = grid("thong tin", [
      ["Cơ quan", null],
      ["Tỉnh", null, "Kiên Giang"],
      ["Chức vụ người ký", "CHỦ TỊCH"],
    ]);
    const { info } = readInfo([g]);
    expect(info.office).toBe("PHÒNG NỘI VỤ");
    expect(info.province).toBe("Kiên Giang");
    expect(info.signers.approverTitle).toBe("CHỦ TỊCH");
    const g2 = grid("Thông tin", [["Chức vụ người ký", "KT. CHỦ TỊCH\r\nPHÓ CHỦ TỊCH"]]);
    expect(readInfo([g2]).info.signers.approverTitle).toBe("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
  });

  test("a date without a day, or unreadable, is a date-invalid finding at the value cell", () => {
    const g = grid("Thông tin", [
      ["Ngày lập", "03/2019"],
      ["Ngày chi trả", "31/02/2019"],
    ]);
    const { info, findings } = readInfo([g]);
    expect(info.documentDate).toBeNull();
    expect(info.paymentDate).toBeNull();
    expect(findings.map((f) => [f.code, f.cell, f.params.field, f.params.value])).toEqual([
      ["date-invalid", "B1", "Ngày lập", "03/2019"],
      ["date-invalid", "B2", "Ngày chi trả", "31/02/2019"],
    ]);
    expect(findings[0].sheet).toBe("Thông tin");
  });

  test("an unnamed sheet with three labelled values is recognised", () => {
    const g = grid("Cài đặt", [
      ["Tỉnh", "Kiên Giang"],
      ["Huyện", "Giang Thành"],
      ["Người ký", "Nguyễn Văn Sơn"],
    ]);
    expect(isInfoGrid(g)).toBe(true);
    expect(readInfo([g]).info.sheet).toBe("Cài đặt");
  });
});
