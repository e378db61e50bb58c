import fc from "fast-check";
import type { CellValue, Grid } from "../index";
import { analyze } from "../analyze";
import { buildSheets } from "../sheets/build";

/**
 * Random rosters of one commune whose hamlets are written in every way a clerk writes them. The
 * oracle is the generator's own knowledge of which hamlet each row means: kept and new rows per
 * canonical hamlet. Every "count / cap" that Danh sách bố trí prints must be that count, the
 * plan's, and the count of the over-quota finding of that hamlet (NQ 77: hamlet cap 6, commune
 * class 1 cap 11).
 */
const HAMLETS = ["Tràm Trổi", "Cống Cả", "Khánh Hòa", "Mười Ba"];
const PREFIXES = ["", "Ấp ", "ấp ", "ẤP ", "Khu phố ", "Thôn ", "khóm "];
const DECISIONS = ["Tiếp tục bố trí", "Bố trí mới", "Thôi việc", "Nghỉ hưu"];
const TITLES = ["Trưởng ấp", "Phó Trưởng ấp", "Công an viên", "Thú y", "Y tế"];
const HAMLET_CAP = 6;
const COMMUNE_CAP = 11;

interface RowSpec {
  hamlet: number | null; // null: commune level
  prefix: number;
  upper: boolean;
  nfd: boolean;
  spaces: boolean;
  decision: number;
}

const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  hamlet: fc.option(fc.nat(HAMLETS.length - 1), { freq: 4 }),
  prefix: fc.nat(PREFIXES.length - 1),
  upper: fc.boolean(),
  nfd: fc.boolean(),
  spaces: fc.boolean(),
  decision: fc.nat(DECISIONS.length - 1),
});

function written(r: RowSpec): string | null {
  if (r.hamlet === null) return null;
  let text = PREFIXES[r.prefix] + HAMLETS[r.hamlet];
  if (r.upper) text = text.toLocaleUpperCase("vi");
  if (r.nfd) text = text.normalize("NFD");
  if (r.spaces) text = ` ${text.replace(" ", "  ")}  `;
  return text;
}

/** The hamlet a printed heading names, by the test's own fold: no prefix, no marks, lower case. */
function canonicalOf(heading: string): number {
  const bare = heading
    .replace(/^\d+\.\s*/, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(ap|khu pho|thon|khom) /, "");
  const i = HAMLETS.findIndex(
    (h) =>
      h
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase() === bare
  );
  if (i < 0) throw new Error(`unexpected heading ${heading}`);
  return i;
}

function grids(rows: RowSpec[]): Grid[] {
  const cells: CellValue[][] = [["STT", "Họ và tên", "Xã", "Ấp", "Chức danh", "Phương án"]];
  rows.forEach((r, i) =>
    cells.push([
      i + 1,
      `Người ${i + 1}`,
      "Phú Mỹ",
      written(r),
      r.hamlet === null ? "Văn thư" : TITLES[i % TITLES.length],
      DECISIONS[r.decision],
    ])
  );
  return [
    { sheet: "DS", firstRow: 1, firstCol: 1, cells },
    {
      sheet: "Đơn vị",
      firstRow: 1,
      firstCol: 1,
      cells: [
        ["Xã", "Loại"],
        ["Phú Mỹ", 1],
      ],
    },
  ];
}

const arranged = (r: RowSpec): boolean => r.decision <= 1;

test("every count / cap in Danh sách bố trí is the plan's count and the over-quota finding's", () => {
  fc.assert(
    fc.property(fc.array(rowSpec, { minLength: 1, maxLength: 40 }), (rows) => {
      const a = analyze(grids(rows), { lang: "vi" });
      const expected = HAMLETS.map(
        (_, h) => rows.filter((r) => r.hamlet === h && arranged(r)).length
      );
      const communeLevel = rows.filter((r) => r.hamlet === null && arranged(r)).length;

      // The plan.
      const plan = a.plan.communes.find((c) => c.unit.named);
      if (!plan) throw new Error("no commune");
      expect(plan.unit.after).toHaveLength(communeLevel);
      for (const h of plan.hamlets)
        expect(h.after).toHaveLength(expected[canonicalOf(h.hamletName ?? "")]);
      const named = new Set(rows.filter((r) => r.hamlet !== null).map((r) => r.hamlet));
      expect(plan.hamlets).toHaveLength(named.size);

      // The document: one heading per hamlet, each with the count of its rows.
      const spec = buildSheets(a, { documentDate: "2019-03-05" })[2];
      const at = (row: number, col: number): unknown =>
        spec.cells.find((c) => c.row === row && c.col === col)?.value;
      const headings = spec.cells.filter(
        (c) => c.col === 2 && typeof c.value === "string" && /^\d+\. /.test(c.value)
      );
      expect(headings).toHaveLength(named.size);
      const overQuota = a.findings.filter((f) => f.code === "hamlet-over-quota");
      for (const cell of headings) {
        const h = canonicalOf(String(cell.value));
        const n = expected[h];
        const over = n > HAMLET_CAP ? ` — vượt ${n - HAMLET_CAP}` : "";
        expect(at(cell.row, 6)).toBe(`${n} / ${HAMLET_CAP} người${over}`);
        const finding = overQuota.filter((f) => canonicalOf(f.hamlet ?? "") === h);
        expect(finding.map((f) => f.count)).toEqual(n > HAMLET_CAP ? [n] : []);
      }
      expect(overQuota).toHaveLength(expected.filter((n) => n > HAMLET_CAP).length);

      const communeRow = spec.cells.find((c) => c.col === 2 && c.value === "Cấp xã");
      const over = communeLevel > COMMUNE_CAP ? ` — vượt ${communeLevel - COMMUNE_CAP}` : "";
      expect(at(communeRow?.row ?? -1, 6)).toBe(`${communeLevel} / ${COMMUNE_CAP} người${over}`);

      // The payout summary counts the same people (DOMAIN §5.6).
      const before = rows.filter((r) => r.hamlet !== null && r.decision !== 1).length;
      const after = rows.filter((r) => r.hamlet !== null && arranged(r)).length;
      const s = a.report.communes[0];
      expect([s.before.hamlet, s.after.hamlet]).toEqual([before, after]);
    }),
    { numRuns: 60 }
  );
});
