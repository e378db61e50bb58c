/**
 * Property tests of the roster parser and the whole pipeline on random grids (DOMAIN §4.1):
 * a known header placed at a random row (1–30) and column offset, one or two header rows (merged
 * groups "Năm sinh" / "Thời gian công tác"), random title lines above it, and random cells of
 * every type (NFD, emoji, 10 000-character strings, numbers of every sign and size, booleans,
 * nulls, Excel errors) in the rows below.
 *
 * Properties:
 *  1. parseRosters and analyze never throw, except analyze's UnusableInputError when no header
 *     was placed (and then only that).
 *  2. Every row with a real person's name in the name column under a placed header becomes a
 *     member or carries a finding on that row: no person silently vanishes.
 */
import fc from "fast-check";
import { analyze } from "../../src/engine/analyze";
import { UnusableInputError } from "../../src/engine/errors";
import { parseRosters } from "../../src/engine/roster/parse";
import type { CellRange, CellValue, Grid } from "../../src/engine/types";
import { COMMUNE_TITLES, HAMLET_TITLES } from "../../scripts/synthetic";

// ───────────────────────────── vocabulary ─────────────────────────────

type Field =
  | "seq"
  | "name"
  | "birth"
  | "commune"
  | "hamlet"
  | "title"
  | "concurrent"
  | "coefficient"
  | "allowance"
  | "start"
  | "end"
  | "decision"
  | "round"
  | "note";

/** Header words of DOMAIN §4.1, several spellings each (case, diacritics, spacing vary). */
const ALIASES: Record<Field, string[]> = {
  seq: ["STT", "Số TT", "TT"],
  name: ["Họ và tên", "Họ tên", "HỌ VÀ TÊN", "Ho va ten", "Họ và  tên"],
  birth: ["Ngày sinh", "Năm sinh", "Ngày tháng năm sinh"],
  commune: ["Xã", "Đơn vị", "Xã/phường/thị trấn", "Tên xã"],
  hamlet: ["Ấp", "Ấp/khu phố", "Khu phố", "Thôn"],
  title: ["Chức danh", "Chức danh đang đảm nhiệm", "Chức vụ", "CHỨC DANH"],
  concurrent: ["Kiêm nhiệm", "Chức danh kiêm nhiệm"],
  coefficient: ["Hệ số", "Hệ số phụ cấp"],
  allowance: ["Mức phụ cấp", "Phụ cấp hiện hưởng", "Mức phụ cấp hiện hưởng (đồng)"],
  start: ["Ngày bắt đầu công tác", "Từ ngày", "Thời gian bắt đầu"],
  end: ["Ngày thôi việc", "Đến ngày", "Ngày nghỉ việc"],
  decision: ["Phương án", "Kết quả sắp xếp", "Hình thức", "PHƯƠNG ÁN"],
  round: ["Đợt", "Đợt chi trả"],
  note: ["Ghi chú"],
};

const OPTIONAL: Field[] = [
  "seq",
  "birth",
  "hamlet",
  "concurrent",
  "coefficient",
  "allowance",
  "start",
  "end",
  "round",
  "note",
];

const NAMES = [
  "Nguyễn Văn An",
  "Trần Thị Bình",
  "Lê Hữu Cường",
  "Danh Sóc",
  "Thạch Thị Sa Rươne",
  "Chau Sóc Kha",
  "Đặng Ngọc Hạnh",
  "Hồ Văn Phúc",
  "Kiên Thị Mỹ",
  "Lâm Quốc Tuấn",
];
const DECISIONS = [
  "Bố trí",
  "Tiếp tục bố trí",
  "Thôi việc",
  "Nghỉ việc",
  "Dôi dư",
  "Nghỉ hưu",
  "Bố trí mới",
  "Chuyển công tác",
  "thoi viec",
];
const TITLES = [...COMMUNE_TITLES, ...HAMLET_TITLES, "Phó CHT Quân sự", "CAV"];
const COMMUNES = ["Phú Mỹ", "Phú Lợi", "Vĩnh Điều", "Vĩnh Phú", "Tân Khánh Hòa"];
const ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"];
/** Free text that is not a header word, a section, a total or a signature line. */
const WORDS = [
  "hồ sơ",
  "đã ký",
  "chờ",
  "1,5",
  "1.390.000",
  "05/3/2010",
  "3/2010",
  "tháng 3 năm 2010",
  "29/02/2018",
  "x",
  "-",
  "?",
  "không rõ",
  "😀",
  "👨‍👩‍👧",
  "Ấ",
  "ă̂",
  "\u00a0",
  "\t",
  "\n",
];

const LOREM = "Lorem ipsum dolor sit amet, Tiếng Việt có dấu. ";

const nfd = (s: string) => s.normalize("NFD");
const wrapSpaces = (s: string) => `\u00a0${s}\t`;

// ───────────────────────────── arbitraries ─────────────────────────────

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS, ...NAMES, ...TITLES, ...DECISIONS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS, ...TITLES).map(nfd) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1000, max: 12_000 })
      .map((n) => LOREM.repeat(Math.ceil(n / LOREM.length)).slice(0, n)),
  }
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.integer({ min: -100_000, max: 3_000_000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      0,
      60,
      -1,
      1.5,
      0.5,
      1975,
      40242,
      2_958_466,
      1e15,
      -1e-9,
      Number.MAX_SAFE_INTEGER
    ),
  },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) }
);

/** A real person's name, as clerks type it: NFC, NFD, or with stray spaces. */
const personName = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom("plain", "nfd", "spaces"))
  .map(([n, how]) => (how === "nfd" ? nfd(n) : how === "spaces" ? wrapSpaces(n) : n));

interface Layout {
  fields: Field[];
  aliasPick: number[];
  twoRows: boolean;
  birthGroup: boolean;
  serviceGroup: boolean;
  mergeSingles: boolean;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  fields: fc.subarray(OPTIONAL).chain((opt) =>
    fc.shuffledSubarray([...opt, "name", "title", "decision", "commune"] as Field[], {
      minLength: opt.length + 4,
      maxLength: opt.length + 4,
    })
  ),
  aliasPick: fc.array(fc.nat(10), { minLength: 16, maxLength: 16 }),
  twoRows: fc.boolean(),
  birthGroup: fc.boolean(),
  serviceGroup: fc.boolean(),
  mergeSingles: fc.boolean(),
});

type RowSpec =
  | { kind: "person"; name: string; cells: CellValue[]; title: CellValue; decision: CellValue }
  | { kind: "junk"; cells: CellValue[] };

const rowSpec: fc.Arbitrary<RowSpec> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("person" as const),
      name: personName,
      cells: fc.array(cell, { minLength: 20, maxLength: 20 }),
      title: fc.oneof(fc.constantFrom(...TITLES), cell),
      decision: fc.oneof(fc.constantFrom(...DECISIONS), cell),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("junk" as const),
      cells: fc.array(cell, { minLength: 20, maxLength: 20 }),
    }),
  }
);

interface Scenario {
  placed: boolean;
  headerRow: number;
  colOffset: number;
  titleLines: string[];
  layout: Layout;
  rows: RowSpec[];
  trim: boolean;
  sheet: string;
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  placed: fc.constant(true),
  headerRow: fc.integer({ min: 1, max: 29 }),
  colOffset: fc.integer({ min: 0, max: 6 }),
  titleLines: fc.array(
    fc.constantFrom(
      "DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH",
      "ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH",
      "Độc lập - Tự do - Hạnh phúc",
      "(Kèm theo Tờ trình số 12)"
    ),
    { maxLength: 4 }
  ),
  layout,
  rows: fc.array(rowSpec, { minLength: 0, maxLength: 25 }),
  trim: fc.boolean(),
  sheet: fc.oneof(
    fc.constantFrom("Danh sách", "Phú Mỹ", "Ấp O'Môn", "Sheet 🌾"),
    fc.string({ minLength: 1, maxLength: 10 })
  ),
});

// ───────────────────────────── grid building ─────────────────────────────

interface Built {
  grid: Grid;
  /** 1-based sheet rows holding a person's name in the name column. */
  personRows: number[];
}

function build(s: Scenario): Built {
  const sheetRows: CellValue[][] = [];
  const merges: CellRange[] = [];
  const put = (row: number, col: number, v: CellValue) => {
    while (sheetRows.length < row) sheetRows.push([]);
    const r = sheetRows[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = v;
  };
  const left = 1 + s.colOffset;
  const hr = s.headerRow;
  // Title lines above the header, one text per row, never on the header row.
  s.titleLines.slice(0, hr - 1).forEach((t, i) => put(1 + i, left, t));

  // Header columns: each field one column, except birth / start+end as two-row groups.
  const L = s.layout;
  const twoRows = L.twoRows;
  const colOf: Partial<Record<Field, number>> = {};
  let c = left;
  const alias = (f: Field, i: number) =>
    ALIASES[f][L.aliasPick[i % L.aliasPick.length] % ALIASES[f].length];
  L.fields.forEach((f, i) => {
    if (twoRows && f === "birth" && L.birthGroup) {
      put(hr, c, "Năm sinh");
      put(hr + 1, c, "Nam");
      put(hr + 1, c + 1, "Nữ");
      merges.push({ top: hr, left: c, bottom: hr, right: c + 1 });
      colOf.birth = c;
      c += 2;
      return;
    }
    if (twoRows && f === "start" && L.serviceGroup) {
      put(hr, c, "Thời gian công tác");
      put(hr + 1, c, "Từ");
      put(hr + 1, c + 1, "Đến");
      merges.push({ top: hr, left: c, bottom: hr, right: c + 1 });
      colOf.start = c;
      colOf.end = c + 1;
      c += 2;
      return;
    }
    if (twoRows && f === "end" && L.serviceGroup && L.fields.includes("start")) return;
    put(hr, c, alias(f, i));
    if (twoRows && L.mergeSingles) merges.push({ top: hr, left: c, bottom: hr + 1, right: c });
    colOf[f] = c;
    c += 1;
  });
  const width = c - left;
  let row = hr + (twoRows ? 2 : 1);

  const personRows: number[] = [];
  for (const spec of s.rows) {
    for (let k = 0; k < width; k++) put(row, left + k, spec.cells[k % spec.cells.length]);
    if (spec.kind === "person") {
      put(row, colOf.name ?? left, spec.name);
      put(row, colOf.title ?? left, spec.title);
      put(row, colOf.decision ?? left, spec.decision);
      personRows.push(row);
    } else {
      // Junk rows have no name: they may be anything else.
      put(row, colOf.name ?? left, null);
    }
    row++;
  }

  // As office-js or the xlsx reader would give it: the used range, or the sheet from A1.
  let grid: Grid = { sheet: s.sheet, firstRow: 1, firstCol: 1, cells: sheetRows, merges };
  if (s.trim) grid = trimToUsedRange(grid);
  if (!s.placed) {
    // No header at all: keep only the rows below it (random cells), shifted to the top.
    grid = {
      sheet: s.sheet,
      firstRow: 1,
      firstCol: 1,
      cells: sheetRows.slice(hr + (twoRows ? 1 : 0)),
      merges: [],
    };
    return { grid, personRows: [] };
  }
  return { grid, personRows };
}

function trimToUsedRange(g: Grid): Grid {
  const filled = (v: CellValue | undefined) => v !== null && v !== undefined && v !== "";
  let top = -1;
  let bottom = -1;
  let leftMost = Infinity;
  g.cells.forEach((r, i) => {
    r.forEach((v, j) => {
      if (!filled(v)) return;
      if (top < 0) top = i;
      bottom = i;
      leftMost = Math.min(leftMost, j);
    });
  });
  if (top < 0) return { ...g, cells: [] };
  return {
    ...g,
    firstRow: g.firstRow + top,
    firstCol: g.firstCol + leftMost,
    cells: g.cells.slice(top, bottom + 1).map((r) => r.slice(leftMost)),
  };
}

// ───────────────────────────── properties ─────────────────────────────

describe("roster parser on random grids", () => {
  it("never throws, and every named row under a placed header is a member or has a finding on its row", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { grid, personRows } = build(s);
        const roster = parseRosters([grid], { communeNames: COMMUNES });
        expect(roster.mappings.length).toBe(1);
        const rowsWithSomething = new Set<number>([
          ...roster.members.filter((m) => m.sheet === grid.sheet).map((m) => m.row),
          ...roster.findings
            .filter((f) => f.sheet === grid.sheet && f.row !== null)
            .map((f) => f.row as number),
        ]);
        const lost = personRows.filter((r) => !rowsWithSomething.has(r));
        expect(lost).toEqual([]);
      }),
      { numRuns: 150, seed: 20190118 }
    );
  });

  it("analyze never throws on a placed header (whatever the cells), and only UnusableInputError without one", () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), (s, withHeader) => {
        const { grid } = build({ ...s, placed: withHeader });
        const extra: Grid = {
          sheet: "Khác",
          firstRow: 1,
          firstCol: 1,
          cells: s.rows.slice(0, 5).map((r) => r.cells.slice(0, 6)),
        };
        const grids = [grid, extra];
        if (withHeader) {
          const a = analyze(grids);
          expect(a.roster.mappings.length).toBeGreaterThanOrEqual(1);
          for (const p of a.report.payouts)
            if (p.amount !== null) expect(Number.isInteger(p.amount)).toBe(true);
        } else {
          try {
            analyze(grids);
          } catch (e) {
            expect(e).toBeInstanceOf(UnusableInputError);
          }
        }
      }),
      { numRuns: 120, seed: 77 }
    );
  });

  it("a paid leaver's amount is never a silent zero when its allowance cell is unreadable", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          cell.filter((v) => typeof v !== "number"),
          fc.constantFrom<CellValue>("chưa rõ", { error: "#N/A" }, true, "1,5,5")
        ),
        (bad) => {
          const grid: Grid = {
            sheet: "Danh sách",
            firstRow: 1,
            firstCol: 1,
            cells: [
              ["Họ và tên", "Xã", "Chức danh", "Mức phụ cấp", "Từ ngày", "Đến ngày", "Phương án"],
              ["Nguyễn Văn An", "Phú Mỹ", "Thủ quỹ", bad, "01/03/2010", "31/12/2018", "Thôi việc"],
            ],
          };
          const a = analyze([grid]);
          const p = a.report.payouts.find((x) => x.member.row === 2);
          expect(p).toBeDefined();
          if (p && p.amount !== null) {
            // Only a readable amount may produce money; zero only from a cell that says zero.
            expect(p.monthlyAllowance).not.toBeNull();
            if (p.amount === 0) expect(String(bad)).toMatch(/^[0.,\s\u00a0]+$/);
          } else {
            expect(a.findings.some((f) => f.row === 2 && f.severity === "error")).toBe(true);
          }
        }
      ),
      { numRuns: 150, seed: 5 }
    );
  });
});
