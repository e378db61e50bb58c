/**
 * The two ND 154 leavers of a small 2026 roster, for the roster test
 * (test/golden/nd154-roster.test.ts, where their figures are worked by hand) and the documents
 * test (test/documents/nd154-documents.test.ts): each test lays out the columns it reads.
 */
import type { CellValue, Grid } from "../../src/engine/types";

/** A roster row by header text; a header the row does not name is an empty cell. */
export type RosterRow = Readonly<Record<string, CellValue>>;

export const NGUYEN_THI_LAN: RosterRow = {
  "Họ và tên": "Nguyễn Thị Lan",
  "Ngày sinh": "15/03/1971",
  "Giới tính": "Nữ",
  Xã: "Vĩnh Điều",
  Ấp: "Tràm Trổi",
  "Chức danh": "Trưởng ấp",
  "Kiêm nhiệm": "Bí thư Chi bộ",
  "Hệ số": 1,
  "Các thời gian công tác": "01/2012 - 11/2023\n05/2024 - nay",
  "Ngày thôi việc": "09/2026",
  "Phương án": "Nghỉ việc",
};

export const TRAN_VAN_HUNG: RosterRow = {
  "Họ và tên": "Trần Văn Hùng",
  "Ngày sinh": "05/1966",
  "Giới tính": "Nam",
  Xã: "Vĩnh Điều",
  Ấp: "Tràm Trổi",
  "Chức danh": "Bí thư Chi bộ",
  "Hệ số": 1,
  "Các thời gian công tác": "01/2015 - 09/2026",
  "Ngày thôi việc": "09/2026",
  "Phương án": "Nghỉ việc",
  "Nghỉ hưu ở tuổi thấp hơn": "x",
};

/** The "Danh sách" sheet: the header row, then one row per person, "STT" counting from 1. */
export function rosterGrid(header: readonly string[], people: readonly RosterRow[]): Grid {
  const rows = people.map((p, i) => header.map((h) => (h === "STT" ? i + 1 : (p[h] ?? null))));
  return { sheet: "Danh sách", firstRow: 1, firstCol: 1, cells: [[...header], ...rows] };
}
