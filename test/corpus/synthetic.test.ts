/**
 * The synthetic district of scripts/synthetic.ts (used by the benchmark) must be realistic enough
 * to exercise the whole pipeline: without injected mistakes it is a clean plan, with the shape it
 * was built to have (per commune 17 commune-level people before and 11 after).
 */
import { analyze } from "../../src/engine/analyze";
import { countPersonRows, makeSyntheticRoster } from "../../scripts/synthetic";

describe("synthetic rosters", () => {
  it("are deterministic for a seed and hold the requested number of person rows", () => {
    const a = makeSyntheticRoster(1000, 5, 42);
    const b = makeSyntheticRoster(1000, 5, 42);
    expect(b).toEqual(a);
    expect(countPersonRows(a)).toBe(1000);
    expect(makeSyntheticRoster(1000, 5, 43)).not.toEqual(a);
  });

  it("without mistakes pass every check: 11 kept of 17 commune-level people per commune, all payouts computed", () => {
    const grids = makeSyntheticRoster(1000, 5, 7, { mistakeRate: 0 });
    const a = analyze(grids);
    expect(a.roster.members).toHaveLength(1000);
    const errors = a.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual([]);
    expect(a.report.communes).toHaveLength(5);
    for (const c of a.report.communes) {
      expect(c.before.commune).toBe(17);
      expect(c.after.commune).toBe(11);
      expect(c.reduction.commune).toBe(6);
      expect(c.cases.commune).toBe(5);
    }
    expect(a.report.payouts.length).toBeGreaterThan(0);
    expect(a.report.payouts.every((p) => p.amount !== null && p.amount > 0)).toBe(true);
  });

  it("with injected mistakes produce findings for the checks to report", () => {
    const a = analyze(makeSyntheticRoster(1000, 5, 3, { mistakeRate: 0.05 }));
    expect(a.findings.filter((f) => f.severity === "error").length).toBeGreaterThan(0);
  });
});
