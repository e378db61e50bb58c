/**
 * Tổng hợp toàn tỉnh as a spec (issue 14, item 3): one row per commune and file with that file's
 * own figures, a totals row whose cached values are the sums of the printed rows (and whose
 * formulas say so), the amount in words of that total, and the formula's case columns (a–d)
 * when a multi-case formula is in use.
 */
import { analyze } from "../../src/engine/analyze";
import {
  amountInWords,
  buildProvinceSummary,
  combineProvince,
  getPreset,
  type CellSpec,
  type CommuneFileRun,
  type SheetSpec,
} from "../../src/engine";
import { communeFileGrids } from "../../scripts/synthetic-province";

const runs: CommuneFileRun[] = [0, 1, 2].map((i) => ({
  file: `xa-${i}.xlsx`,
  analysis: analyze(communeFileGrids(i, { rows: 30, seed: 5 })),
}));

const at = (spec: SheetSpec, row: number, col: number): CellSpec | undefined =>
  spec.cells.find((c) => c.row === row && c.col === col);

function tableRows(spec: SheetSpec): { first: number; totals: number } {
  const first = spec.cells.find((c) => c.col === 1 && c.value === 1)?.row ?? 0;
  const totals = spec.cells.find((c) => c.value === "Tổng cộng")?.row ?? 0;
  return { first, totals };
}

test("each row is its file's figures; totals are the sums of the printed rows", () => {
  const p = combineProvince({ files: runs, unreadable: [], lang: "vi" });
  const spec = buildProvinceSummary(p, { documentDate: "2019-01-20" });
  expect(spec.name).toBe("Tổng hợp toàn tỉnh");
  const { first, totals } = tableRows(spec);
  expect(totals - first).toBe(3);
  runs.forEach((run, i) => {
    const s = run.analysis.report.communes[0];
    expect(at(spec, first + i, 3)?.value).toBe(run.file);
    expect(at(spec, first + i, 5)?.value).toBe(s.before.commune);
    expect(at(spec, first + i, 16)?.value).toBe(s.amount.total);
  });
  for (let col = 5; col <= 16; col++) {
    let sum = 0;
    for (let r = first; r < totals; r++) sum += at(spec, r, col)?.value as number;
    const cell = at(spec, totals, col);
    expect({ col, value: cell?.value }).toEqual({ col, value: sum });
    expect(cell?.formula).toBe(
      `SUM(${String.fromCharCode(64 + col)}${first}:${String.fromCharCode(64 + col)}${totals - 1})`
    );
  }
  // Three communes of 17 commune-level people before each: 51 (hand count).
  expect(at(spec, totals, 5)?.value).toBe(51);
  const words = spec.cells.find(
    (c) => typeof c.value === "string" && c.value.startsWith("Bằng chữ")
  );
  expect(words?.value).toBe(`Bằng chữ: ${amountInWords(p.totals.amount.total)}.`);
});

test("a multi-case formula adds a column per case and level, counted from the payouts' cases", () => {
  const nd154 = getPreset("nd154-2025-xa");
  if (!nd154) throw new Error("no nd154-2025-xa preset");
  // The same runs as if paid under ND 154: the first two paid leavers of each file case a, the rest d.
  const as154: CommuneFileRun[] = runs.map((run) => ({
    file: run.file,
    analysis: {
      ...run.analysis,
      policy: nd154,
      report: {
        ...run.analysis.report,
        payouts: run.analysis.report.payouts.map((x, k) => ({ ...x, case: k < 2 ? "a" : "d" })),
      },
    },
  }));
  const p = combineProvince({ files: as154, unreadable: [], lang: "vi" });
  expect(p.caseIds).toEqual(["a", "b", "c", "d"]);
  // Each file's paid leavers at each level, counted from its roster (the synthetic rosters pay
  // at both levels), and which of them got case a (the first two of the file's payouts).
  const perLevel = (run: CommuneFileRun, level: "commune" | "hamlet") => {
    const paid = run.analysis.report.payouts.filter((x) => x.amount !== null);
    const firstTwo = paid.filter((x, k) => k < 2 && x.member.level === level).length;
    const atLevel = paid.filter((x) => x.member.level === level).length;
    return { a: firstTwo, d: atLevel - firstTwo };
  };
  expect(p.caseLevels).toEqual(["commune", "hamlet"]);
  const spec = buildProvinceSummary(p, { documentDate: "2019-01-20" });
  const { first, totals } = tableRows(spec);
  // Columns 14–17: commune-level a, b, c, d; 18–21: hamlet-level a–d; money moves to 22–24.
  expect(at(spec, first - 3, 14)?.value).toBe("Trường hợp (cấp xã)");
  expect(at(spec, first - 3, 18)?.value).toBe("Trường hợp (ấp)");
  expect([14, 15, 16, 17, 18, 19, 20, 21].map((c) => at(spec, first - 2, c)?.value)).toEqual([
    "a",
    "b",
    "c",
    "d",
    "a",
    "b",
    "c",
    "d",
  ]);
  const c0 = perLevel(as154[0], "commune");
  const h0 = perLevel(as154[0], "hamlet");
  expect([14, 17, 18, 21].map((c) => at(spec, first, c)?.value)).toEqual([c0.a, c0.d, h0.a, h0.d]);
  // Three files, two case-a people each, across the levels.
  expect((at(spec, totals, 14)?.value as number) + (at(spec, totals, 18)?.value as number)).toBe(6);
  expect(at(spec, totals, 24)?.value).toBe(p.totals.amount.total);
});
