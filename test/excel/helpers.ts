import type { CellRange, CellValue } from "../../src/engine/types";
import type { CellSpec, SheetSpec } from "../../src/engine/sheets/spec";

/** A plain roster as a clerk would paste it: a title line, a header row and n person rows. */
export function rosterRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [
    ["DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH XÃ PHÚ MỸ"],
    [
      "STT",
      "Họ và tên",
      "Năm sinh",
      "Ấp",
      "Chức danh",
      "Hệ số",
      "Từ ngày",
      "Đến ngày",
      "Phương án",
    ],
  ];
  for (let i = 1; i <= n; i++) {
    rows.push([
      i,
      `Nguyễn Văn ${i}`,
      1960 + (i % 30),
      i % 3 === 0 ? null : `Ấp ${1 + (i % 7)}`,
      i % 2 ? "Trưởng ấp" : "Công an viên",
      1.0,
      40179 + (i % 300),
      43465,
      i % 4 === 0 ? "Thôi việc" : "Bố trí",
    ]);
  }
  return rows;
}

const STYLES: SheetSpec["styles"] = {
  title: { font: { bold: true, size: 13 }, align: { horizontal: "center" } },
  head: {
    font: { bold: true },
    border: { top: "thin", bottom: "thin", left: "thin", right: "thin" },
    align: { wrap: true },
  },
  cell: { border: { top: "thin", bottom: "thin", left: "thin", right: "thin" } },
  money: { numFmt: "#,##0", border: { top: "thin", bottom: "thin", left: "thin", right: "thin" } },
  underline: { border: { bottom: "thin" } },
};

/** A payment-list-like spec of n rows: title, merged header, rows, SUM total, signature lines. */
export function listSpec(
  n: number,
  kind: SheetSpec["kind"] = "payments",
  name = "Danh sách chi trả"
): SheetSpec {
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: "DANH SÁCH CHI TRẢ", style: "title" },
    { row: 3, col: 1, value: "STT", style: "head" },
    { row: 3, col: 2, value: "Họ và tên", style: "head" },
    { row: 3, col: 3, value: "Chức danh", style: "head" },
    { row: 3, col: 4, value: "Số tiền", style: "head" },
  ];
  for (let i = 1; i <= n; i++) {
    const r = 3 + i;
    cells.push({ row: r, col: 1, value: i, style: "cell" });
    cells.push({ row: r, col: 2, value: `Nguyễn Văn ${i}`, style: "cell" });
    cells.push({ row: r, col: 3, value: i % 2 ? "Trưởng ấp" : "Công an viên", style: "cell" });
    cells.push({ row: r, col: 4, value: 1390000 + i, style: "money" });
  }
  const total = 4 + n;
  let sum = 0;
  for (let i = 1; i <= n; i++) sum += 1390000 + i;
  cells.push({ row: total, col: 2, value: "Tổng cộng", style: "head" });
  cells.push({ row: total, col: 4, value: sum, formula: `SUM(D4:D${total - 1})`, style: "money" });
  cells.push({ row: total + 2, col: 4, value: "NGƯỜI LẬP BIỂU", style: "underline" });
  return {
    kind,
    name,
    cells,
    styles: STYLES,
    merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
    columnWidths: [6, 28, 24, 16],
    rowHeights: { 1: 24, 3: 30 },
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: true,
      printTitleRows: [3, 3],
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
      pageBreaksBefore: n > 50 ? [50] : [],
      footer: "Trang &P / &N",
      header: null,
    },
    freezeRows: 3,
  };
}

/**
 * A roster laid out like the sample district: every 8th row is a section title ("ẤP n") merged
 * across the 9 columns, the others are people. n people rows in all (sections not counted) —
 * so ⌈n / 7⌉ merged section rows plus the merged title.
 */
export function sectionedRoster(n: number): { rows: CellValue[][]; merges: CellRange[] } {
  const rows = rosterRows(0);
  const merges: CellRange[] = [{ top: 1, left: 1, bottom: 1, right: 9 }];
  const people = rosterRows(n).slice(2);
  let section = 0;
  for (let i = 0; i < people.length; i++) {
    if (i % 7 === 0) {
      section += 1;
      rows.push([`ẤP ${section}`]);
      merges.push({ top: rows.length, left: 1, bottom: rows.length, right: 9 });
    }
    rows.push(people[i]);
  }
  return { rows, merges };
}
