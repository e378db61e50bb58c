import fc from "fast-check";
import type { CellRange, CellValue, Grid } from "../../src/engine/types";
import { parseRosters } from "../../src/engine/roster/parse";
import { detectHeader } from "../../src/engine/roster/header";
import { FINDING_CATALOG } from "../../src/engine/findings/catalog";

const REAL_NAMES = [
  "Nguyễn Văn An",
  "Trần Thị Bé",
  "Lê Văn Cường",
  "Danh Sà Rết",
  "Thạch Thị Sa Rươl",
  "Phạm Ngọc Ánh",
  "Tống Văn Tư",
  "Võ Thị Năm",
  "Nguyễn Thị Ánh".normalize("NFD"),
];

/** Header words: the header may land anywhere, several times, or be broken. */
const HEADERS = [
  "STT",
  "Họ và tên",
  "Năm sinh",
  "Nam",
  "Nữ",
  "Xã",
  "Ấp",
  "Chức danh",
  "Kiêm nhiệm",
  "Hệ số",
  "Mức phụ cấp",
  "Thời gian công tác",
  "Từ",
  "Đến",
  "Phương án",
  "Đợt",
  "Ghi chú",
];

/** Texts that look like other kinds of rows or values. Signature lines are left out on purpose: below one, name-only rows are signers. */
const TEXTS = [
  "I. CẤP XÃ",
  "II. ẤP, KHU PHỐ",
  "Ấp Tràm Trổi",
  "1. Ấp Khánh Hòa",
  "Xã Phú Mỹ",
  "DANH SÁCH NKCT XÃ PHÚ MỸ",
  "Tổng cộng",
  "Cộng",
  "Bố trí",
  "Bố trí mới",
  "Thôi việc",
  "Nghỉ việc không hưởng chế độ",
  "Bố chí",
  "Trưởng ấp kiêm Bí thư Chi bộ",
  "Văn thư - Lưu trữ, Thủ quỹ",
  "03/2010",
  "31/02/2010",
  "tháng 3 năm 2010",
  "1,5",
  "1.390.000",
  "-1",
  "(1)",
  "x",
  "-",
  "\u00A0",
  "",
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.constantFrom(...HEADERS, ...TEXTS, ...REAL_NAMES), weight: 4 },
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      "Ấp ".repeat(20_000),
      "9".repeat(50_000),
      "(".repeat(10_000),
      "ngày ".repeat(5_000)
    ),
    weight: 1,
  },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer({ min: -100_000, max: 3_000_000 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  {
    arbitrary: fc.constantFrom<CellValue>(
      { error: "#N/A" },
      { error: "#REF!" },
      { error: "" },
      { error: "#VALUE!" }
    ),
    weight: 1,
  }
);

const rowArb = fc.array(cellArb, { maxLength: 14 });

const mergeArb: fc.Arbitrary<CellRange> = fc.record({
  top: fc.integer({ min: -2, max: 45 }),
  left: fc.integer({ min: -2, max: 16 }),
  bottom: fc.integer({ min: -2, max: 45 }),
  right: fc.integer({ min: -2, max: 16 }),
});

const gridArb: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.oneof(fc.constantFrom("Phú Mỹ", "DS", ""), fc.string()),
  firstRow: fc.integer({ min: 1, max: 5 }),
  firstCol: fc.integer({ min: 1, max: 4 }),
  cells: fc.array(rowArb, { maxLength: 45 }),
  merges: fc.option(fc.array(mergeArb, { maxLength: 6 }), { nil: undefined }),
  hiddenRows: fc.option(fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 4 }), {
    nil: undefined,
  }),
});

/** A grid with a real header planted at a random row, in a random column order, with random rows around it. */
const plantedArb: fc.Arbitrary<Grid> = fc
  .record({
    above: fc.array(rowArb, { maxLength: 24 }),
    optional: fc.subarray([
      "STT",
      "Năm sinh",
      "Xã",
      "Ấp",
      "Kiêm nhiệm",
      "Hệ số",
      "Mức phụ cấp",
      "Từ ngày",
      "Đến ngày",
      "Đợt",
      "Ghi chú",
    ]),
    required: fc.constantFrom(
      ["Họ và tên", "Chức danh", "Phương án"],
      ["Họ tên", "Chức vụ"],
      ["Họ, tên", "Kết quả sắp xếp"]
    ),
    order: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
    numbering: fc.boolean(),
    rows: fc.array(
      fc.oneof(
        { arbitrary: rowArb, weight: 1 },
        {
          arbitrary: fc
            .tuple(fc.constantFrom(...REAL_NAMES.slice(0, 8)), rowArb)
            .map(([n, r]) => ({ name: n, rest: r })),
          weight: 3,
        }
      ),
      { maxLength: 40 }
    ),
    firstRow: fc.integer({ min: 1, max: 3 }),
    firstCol: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ above, optional, required, order, numbering, rows, firstRow, firstCol }) => {
    const header = [...required, ...optional]
      .map((h, i) => ({ h, k: order[i] ?? i }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.h);
    const nameCol = header.findIndex((h) => h.startsWith("Họ"));
    const cells: CellValue[][] = [...above, header];
    if (numbering) cells.push(header.map((_, i) => i + 1));
    for (const r of rows) {
      if (Array.isArray(r)) {
        cells.push(r);
      } else {
        const row = header.map((_, i) => r.rest[i] ?? null);
        row[nameCol] = r.name;
        cells.push(row);
      }
    }
    return { sheet: "DS", firstRow, firstCol, cells };
  });

const CODES = new Set(Object.keys(FINDING_CATALOG));

describe("parseRosters never throws and never loses a named row", () => {
  test("random grids: no throw, well-formed output", () => {
    fc.assert(
      fc.property(
        fc.array(gridArb, { maxLength: 3 }),
        fc.array(fc.string(), { maxLength: 4 }),
        (grids, communeNames) => {
          const r = parseRosters(grids, { communeNames });
          for (const f of r.findings) {
            expect(CODES.has(f.code)).toBe(true);
            expect(typeof f.message).toBe("string");
          }
          for (const m of r.members) {
            const mapping = r.mappings.find((x) => x.sheet === m.sheet);
            expect(mapping).toBeDefined();
            expect(m.row).toBeGreaterThanOrEqual(mapping!.firstDataRow);
            expect(m.name?.value).toMatch(/\p{L}/u);
          }
          expect(r.members.map((m) => m.index)).toEqual(r.members.map((_, i) => i));
          if (r.mappings.length === 0)
            expect(r.findings.map((f) => f.code)).toEqual(["roster-not-found"]);
        }
      ),
      { numRuns: 300 }
    );
  });

  test("every row whose name cell holds a real name is a member or a finding at that row", () => {
    fc.assert(
      fc.property(plantedArb, (g) => {
        const r = parseRosters([g], { communeNames: ["Phú Mỹ"] });
        const mapping = detectHeader(g);
        expect(r.mappings).toHaveLength(mapping ? 1 : 0);
        if (!mapping || mapping.columns.name === undefined) return;
        const nameIdx = mapping.columns.name - g.firstCol;
        const real = new Set(REAL_NAMES.map((n) => n.normalize("NFC")));
        const memberRows = new Set(r.members.map((m) => m.row));
        const findingRows = new Set(r.findings.map((f) => f.row));
        g.cells.forEach((cells, i) => {
          const row = g.firstRow + i;
          const v = cells[nameIdx];
          if (row < mapping.firstDataRow || typeof v !== "string" || !real.has(v.normalize("NFC")))
            return;
          expect(memberRows.has(row) || findingRows.has(row)).toBe(true);
        });
      }),
      { numRuns: 300 }
    );
  });
});
