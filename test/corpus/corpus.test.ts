/**
 * Runs the CLI in-process on every hostile workbook of the corpus (test/corpus/README.md) and
 * checks the outcome its expectation names: the exit-2 line, or the findings at their cells, the
 * people count, the payouts (never a silent zero) and the before/after counts.
 * The corpus itself is rebuilt into a temporary folder and compared with the committed manifest,
 * so the files under test are exactly what scripts/build-corpus.ts makes.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { CORPUS, type Expectation } from "./expectations";

const DIR = __dirname;

interface CliResult {
  code: number;
  out: string;
  err: string;
}

async function cli(args: string[]): Promise<CliResult> {
  let out = "";
  let err = "";
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: DIR });
  return { code, out, err };
}

interface JsonFinding {
  code: string;
  severity: "error" | "warning" | "info";
  sheet: string | null;
  cell: string | null;
  row: number | null;
  message: string;
}
interface CheckJson {
  summary: { people: number; errors: number; warnings: number; infos: number };
  findings: JsonFinding[];
}
interface PayoutPerson {
  sheet: string;
  row: number;
  amount: number | null;
  months: number | null;
  yearsCounted: string | null;
  blockedBy?: string[];
}
interface PayoutsJson {
  people: PayoutPerson[];
  communes: {
    commune: string;
    before: { commune: number; hamlet: number };
    after: { commune: number; hamlet: number };
  }[];
}

function argsFor(file: string, e: Expectation, command: "check" | "payouts"): string[] {
  const extra = (e.args ?? []).map((a) => a.replace("<corpus>", DIR));
  return [command, join(DIR, file), "--json", ...extra];
}

/** Not a crash in disguise: one line, the CLI's prefix, no stack trace, no internal error. */
function expectCleanStderr(err: string): void {
  expect(err).not.toMatch(/\n\s+at /);
  expect(err).not.toMatch(/lỗi nội bộ|internal error/i);
}

const brief = (fs: JsonFinding[]) => fs.map((f) => `${f.code}@${f.sheet}!${f.cell}`).join(", ");

describe("corpus files are what scripts/build-corpus.ts makes", () => {
  const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as Record<
    string,
    string
  >;

  it("every expectation has its file, with the recorded hash", () => {
    for (const file of Object.keys(CORPUS)) {
      expect(manifest[file]).toBeDefined();
      expect(existsSync(join(DIR, file))).toBe(true);
    }
    for (const [file, hash] of Object.entries(manifest)) {
      expect(
        createHash("sha256")
          .update(readFileSync(join(DIR, file)))
          .digest("hex")
      ).toBe(hash);
    }
  });

  it("rebuilding the corpus gives the same bytes", async () => {
    const { buildCorpus } = await import("../../scripts/build-corpus");
    const out = mkdtempSync(join(tmpdir(), "dinh-bien-corpus-"));
    try {
      const rebuilt = await buildCorpus(out);
      expect(rebuilt).toEqual(manifest);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("holds at least 40 hostile workbooks", () => {
    expect(Object.keys(CORPUS).filter((f) => f.endsWith(".xlsx")).length).toBeGreaterThanOrEqual(
      40
    );
  });
});

describe.each(Object.entries(CORPUS))("%s", (file, e) => {
  if (e.exit === 2) {
    it("exits 2 with one «dinh-bien: …» line", async () => {
      for (const command of ["check", "payouts"] as const) {
        const r = await cli(argsFor(file, e, command));
        expect({ command, code: r.code, err: r.err }).toMatchObject({ command, code: 2 });
        expect(r.err.startsWith("dinh-bien: ")).toBe(true);
        expect(r.err.trimEnd().split("\n")).toHaveLength(1);
        if (e.stderrIncludes) expect(r.err).toContain(e.stderrIncludes);
        expectCleanStderr(r.err);
      }
    });
    return;
  }

  it("check --json: expected findings, counts and exit code", async () => {
    const r = await cli(argsFor(file, e, "check"));
    expectCleanStderr(r.err);
    expect({ code: r.code, err: r.err }).toMatchObject({ code: expect.any(Number) });
    expect([0, 1]).toContain(r.code);
    const json = JSON.parse(r.out) as CheckJson;
    const errors = json.findings.filter((f) => f.severity === "error").length;
    expect(json.summary.errors).toBe(errors);
    expect(r.code).toBe(errors > 0 ? 1 : 0);

    for (const want of e.findings ?? []) {
      const hit = json.findings.find(
        (f) => f.code === want.code && f.sheet === want.sheet && f.cell === want.cell
      );
      if (!hit)
        throw new Error(
          `${file}: expected ${want.code} at ${want.sheet}!${want.cell}; found: ${brief(json.findings)}`
        );
      expect(hit.message.length).toBeGreaterThan(0);
    }
    for (const ban of e.absent ?? []) {
      const hit = json.findings.find(
        (f) =>
          f.code === ban.code &&
          (ban.sheet === undefined || f.sheet === ban.sheet) &&
          (ban.cell === undefined || f.cell === ban.cell)
      );
      if (hit)
        throw new Error(
          `${file}: unexpected ${hit.code} at ${hit.sheet}!${hit.cell}: ${hit.message}`
        );
    }
    if (e.noErrors) {
      if (errors > 0)
        throw new Error(
          `${file}: expected no errors; found: ${brief(json.findings.filter((f) => f.severity === "error"))}`
        );
      expect(r.code).toBe(0);
    }
    if (e.people !== undefined) expect(json.summary.people).toBe(e.people);
  });

  it("payouts --json: amounts, never a silent zero", async () => {
    const r = await cli(argsFor(file, e, "payouts"));
    expectCleanStderr(r.err);
    expect([0, 1]).toContain(r.code);
    const json = JSON.parse(r.out) as PayoutsJson;
    const check = JSON.parse((await cli(argsFor(file, e, "check"))).out) as CheckJson;

    for (const p of json.people) {
      if (p.amount === null) {
        // A payout that cannot be computed says why, and the reason is a finding on its row.
        expect(p.blockedBy?.length ?? 0).toBeGreaterThan(0);
        const onRow = check.findings
          .filter((f) => f.sheet === p.sheet && f.row === p.row)
          .map((f) => f.code);
        for (const code of p.blockedBy ?? []) expect(onRow).toContain(code);
      } else {
        expect(Number.isInteger(p.amount)).toBe(true);
        expect(p.amount).toBeGreaterThanOrEqual(0);
      }
    }
    for (const want of e.payouts ?? []) {
      const got = json.people.find((p) => p.sheet === want.sheet && p.row === want.row);
      if (!got)
        throw new Error(
          `${file}: no payout row for ${want.sheet} row ${want.row}; rows: ${json.people.map((p) => p.row).join(", ")}`
        );
      expect({ row: want.row, amount: got.amount }).toEqual({ row: want.row, amount: want.amount });
      if (want.months !== undefined)
        expect({ row: want.row, months: got.months }).toEqual({
          row: want.row,
          months: want.months,
        });
      if (want.yearsCounted !== undefined)
        expect({ row: want.row, yearsCounted: got.yearsCounted }).toEqual({
          row: want.row,
          yearsCounted: want.yearsCounted,
        });
    }
    for (const want of e.communes ?? []) {
      const got = json.communes.find((c) => c.commune === want.commune);
      if (!got)
        throw new Error(
          `${file}: no commune ${want.commune}; communes: ${json.communes.map((c) => c.commune).join(", ")}`
        );
      if (want.before)
        expect({ commune: want.commune, before: got.before }).toEqual({
          commune: want.commune,
          before: want.before,
        });
      if (want.after)
        expect({ commune: want.commune, after: got.after }).toEqual({
          commune: want.commune,
          after: want.after,
        });
    }
  });
});
