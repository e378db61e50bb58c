import type { CellValue, FieldKey } from "../../src/engine/types";

/**
 * Plausible cell values per roster field, five rows each: what a column holds under its header.
 * Written by hand from DOMAIN §4.1 (dates as clerks type them, coefficients with a decimal comma,
 * amounts in đồng).
 */
export const FIELD_VALUES: Record<FieldKey, CellValue[]> = {
  seq: [1, 2, 3, 4, 5],
  name: ["Nguyễn Văn An", "Trần Thị Bé", "Lê Văn Cường", "Danh Sà Rết", "Phạm Ngọc Ánh"],
  birth: [1965, "05/03/1970", 1972, "1980", 1968],
  birthMale: [1965, null, 1972, null, 1968],
  birthFemale: [null, 1970, null, 1980, null],
  gender: ["Nam", "Nữ", "Nam", "Nam", "Nữ"],
  commune: ["Phú Mỹ", "Phú Mỹ", "Vĩnh Điều", "Vĩnh Điều", "Phú Lợi"],
  hamlet: ["Ấp Tràm Trổi", "Ấp Cây Gáo", null, "Khu phố 2", "Ấp Mẹt Lung"],
  hamletAfter: ["Ấp Tràm Trổi", "Ấp Tràm Trổi", null, "Khu phố 1", "Ấp Mẹt Lung"],
  title: ["Trưởng ấp", "Phó Trưởng ấp", "Thủ quỹ", "Văn thư - Lưu trữ", "Công an viên"],
  concurrent: [null, "Bí thư Chi bộ", null, "Thủ quỹ", null],
  coefficient: [1, "1,2", 1, "0,8", "1,5"],
  concurrentCoefficient: [null, "0,3", null, "0,3", null],
  allowance: [1390000, 1668000, 1390000, 1112000, 2085000],
  concurrentAllowance: [null, 417000, null, 417000, null],
  start: ["03/2010", "01/01/2005", "5/2012", "tháng 3 năm 2008", "2011"],
  end: ["12/2018", "31/12/2018", null, "12/2018", "30/11/2018"],
  decision: ["Thôi việc", "Bố trí", "Nghỉ việc", "Tiếp tục bố trí", "Thôi việc"],
  round: [1, 1, 2, 1, 2],
  note: [null, "Đã có quyết định", null, null, "Hồ sơ bổ sung"],
  periods: [
    "03/2012 - 11/2023; 05/2024 - 07/2025",
    "01/2010 - 06/2026",
    "05/2015 - 12/2020\n02/2021 - 06/2026",
    "2008 - 2026",
    "09/2011 - 05/2026",
  ],
  reducedRetirement: [null, "x", null, 2, null],
  nd154Paid: [null, "15/09/2025", null, null, "01/10/2025"],
};

/** Cells of unrelated columns (Số CCCD, Số điện thoại …). */
export const UNRELATED_VALUES: CellValue[] = [
  "091234567890",
  "0912 345 678",
  "Trung cấp",
  "Kinh",
  "x",
];
