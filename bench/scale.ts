/**
 * Province scale (issue 15): the commands as a clerk runs them, each in a process of its own,
 * side by side with the floors and with the figures measured before this work.
 *
 *  - `check FILE --json` and `generate FILE --out OUT` end to end at 1 000, 20 000 and 200 000
 *    synthetic rows (scripts/synthetic.ts): wall time of the whole process (the compiled CLI of
 *    lib/, as `npm ci` leaves it) and its peak RSS (bench/rss-at-exit.js, preloaded);
 *  - start-up: `check` on a 10-row roster, the whole process, and `--version` (Node's own start
 *    plus argument parsing) for reference;
 *  - the writer against the write floor: generate's writing step alone (the clerk's package with
 *    the documents added) against the bench's own stripped-down writer of the same cells — every
 *    generated sheet's values as plain `<row><c><v>` XML, deflated into a zip, no styles.
 *
 * "Before" figures are those issue 15 measured on this kind of machine (2 cores), whole process,
 * medians of 5, before the ExcelJS-free reader and writer: check 20 000 rows 4,3 s, generate
 * 20 000 rows 18,7 s, generate 200 000 rows 1 226 s and 4,6 GB, start-up 0,75 s.
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/scale.ts   (alone: prints the figures)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { deflateRawSync } from "node:zlib";
import { makeSyntheticRoster } from "../scripts/synthetic";
import { writeSyntheticWorkbook } from "../scripts/synthetic-xlsx";
import { readWorkbookFile } from "../src/xlsx/read";
import type { CellValue, Grid } from "../src/engine/types";

const ROOT = resolve(__dirname, "..");
const SEED = 20190118;

/** Issue 15's measurements before the work (seconds; bytes). */
export const BEFORE = {
  check20000: 4.3,
  generate20000: 18.7,
  generate200000: 1226,
  generate200000PeakRssBytes: 4.6 * 2 ** 30,
  startup: 0.75,
} as const;

export interface ProcessFigures {
  seconds: number;
  peakRssBytes: number;
  exitCode: number;
}

export interface SizeFigures {
  rows: number;
  check: ProcessFigures;
  generate: ProcessFigures;
  /** Generate's writing step alone, in process, and the write floor for the same cells. */
  write: { writerSeconds: number; floorSeconds: number; ratio: number; cells: number } | null;
}

export interface ScaleBench {
  sizes: SizeFigures[];
  startup: { checkSeconds: number; versionSeconds: number };
  before: typeof BEFORE;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e9;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One CLI run in its own process: whole-process wall time and peak RSS. */
function cli(args: string[]): ProcessFigures {
  const rssFile = join(tmpdir(), `dinh-bien-rss-${process.pid}-${Date.now()}.json`);
  const t0 = now();
  const r = spawnSync(
    process.execPath,
    ["-r", join(__dirname, "rss-at-exit.js"), join(ROOT, "bin", "dinh-bien.js"), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "ignore", "pipe"],
      maxBuffer: 1 << 26,
    }
  );
  const seconds = now() - t0;
  let peakRssBytes = 0;
  if (existsSync(rssFile)) {
    peakRssBytes = (JSON.parse(readFileSync(rssFile, "utf8")) as { maxRSS: number }).maxRSS * 1024;
    rmSync(rssFile, { force: true });
  }
  if (r.status !== 0 && r.status !== 1)
    console.log(`  ${args[0]} exited ${r.status}: ${r.stderr?.toString().trim().slice(0, 300)}`);
  return { seconds: Number(seconds.toFixed(3)), peakRssBytes, exitCode: r.status ?? -1 };
}

function medianRun(runs: number, args: string[]): ProcessFigures {
  const all = Array.from({ length: runs }, () => cli(args));
  const m = median(all.map((f) => f.seconds));
  return all.find((f) => f.seconds === m) ?? all[0];
}

/** The compiled CLI (lib/) is what a clerk runs; build it so bin/dinh-bien.js does not use ts-node. */
function buildCli(): void {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
      stdio: "inherit",
    }
  );
}

function xmlText(v: CellValue): string {
  return String(v).replace(/[<>&]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&amp;"));
}

/**
 * The write floor: the generated sheets' cells as the plainest SpreadsheetML (inline strings,
 * numbers, no styles, no shared strings), each part deflated as a zip would store it.
 */
export function writeFloor(grids: Grid[]): number {
  let bytes = 0;
  for (const g of grids) {
    const parts: string[] = ["<worksheet><sheetData>"];
    g.cells.forEach((line, i) => {
      parts.push(`<row r="${g.firstRow + i}">`);
      for (const v of line) {
        if (v === null || v === undefined || v === "") parts.push("<c/>");
        else if (typeof v === "number") parts.push(`<c><v>${v}</v></c>`);
        else parts.push(`<c t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`);
      }
      parts.push("</row>");
    });
    parts.push("</sheetData></worksheet>");
    bytes += deflateRawSync(Buffer.from(parts.join(""), "utf8")).length;
  }
  return bytes;
}

/** Generate's writing step alone (in this process), and the floor for the cells it wrote. */
async function writeStep(input: string, out: string): Promise<SizeFigures["write"]> {
  const { createDinhBien } = await import("../src/app");
  const { PackageWorkbookPort } = await import("../src/xlsx/package-port");
  const { writeIntoPackage } = await import("../src/xlsx/package-write");
  const file = await readWorkbookFile(input);
  let writerSeconds = 0;
  let names: string[] = [];
  const port = new PackageWorkbookPort(file, async (sheets) => {
    // The documents built first (generate builds each as it writes it): the writer alone is timed.
    const specs = sheets.map((s) => ("build" in s ? s.build() : s));
    const t0 = now();
    const written = await writeIntoPackage(file.package, specs);
    writerSeconds = now() - t0;
    names = Object.values(written.names);
    return { names: written.names, replaced: written.replaced };
  });
  await createDinhBien().generate(port, { lang: "vi" }, { documentDate: "2019-01-15" });
  // The cells the writer wrote, read back from a run of the CLI's own output (not timed).
  const outFile = await readWorkbookFile(out);
  const grids = outFile.grids.filter((g) => names.includes(g.sheet));
  const cells = grids.reduce((n, g) => n + g.cells.reduce((m, l) => m + l.length, 0), 0);
  let floorSeconds = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = now();
    writeFloor(grids);
    floorSeconds = Math.min(floorSeconds, now() - t0);
  }
  return {
    writerSeconds: Number(writerSeconds.toFixed(3)),
    floorSeconds: Number(floorSeconds.toFixed(3)),
    ratio: Number((writerSeconds / floorSeconds).toFixed(2)),
    cells,
  };
}

export async function scaleBench(
  dir: string,
  log: (s: string) => void = console.log
): Promise<ScaleBench> {
  buildCli();
  const mib = (b: number): string => `${Math.round(b / 2 ** 20)} MiB`;
  const tiny = join(dir, "scale-10.xlsx");
  await writeSyntheticWorkbook(makeSyntheticRoster(10, 1, SEED), tiny);
  const startCheck = medianRun(5, ["check", tiny, "--json"]);
  const startVersion = medianRun(5, ["--version"]);
  log(`start-up: check on 10 rows ${startCheck.seconds} s, --version ${startVersion.seconds} s`);

  const sizes: SizeFigures[] = [];
  for (const [rows, communes, runs] of [
    [1000, 5, 3],
    [20000, 50, 3],
    [200000, 500, 1],
  ] as const) {
    // BENCH_SCALE_MAX_ROWS=20000 leaves out the larger sizes (a quick run).
    if (rows > Number(process.env.BENCH_SCALE_MAX_ROWS ?? Infinity)) continue;
    const input = join(dir, `scale-${rows}.xlsx`);
    await writeSyntheticWorkbook(makeSyntheticRoster(rows, communes, SEED), input);
    const out = join(dir, `scale-${rows}-out.xlsx`);
    const check = medianRun(runs, ["check", input, "--json"]);
    const generate = medianRun(runs, ["generate", input, "--out", out]);
    log(
      `${rows} rows: check ${check.seconds} s (${mib(check.peakRssBytes)}), generate ${generate.seconds} s (${mib(generate.peakRssBytes)}), output ${existsSync(out) ? mib(statSync(out).size) : "missing"}`
    );
    // The writer alone, in this process: skipped at 200 000 rows (the bench process already holds
    // the synthetic grids; the whole-process figures above are the ones that count).
    const write = rows <= 20000 && existsSync(out) ? await writeStep(input, out) : null;
    if (write)
      log(
        `  writer ${write.writerSeconds} s vs write floor ${write.floorSeconds} s (${write.cells} cells) → ${write.ratio}×`
      );
    sizes.push({ rows, check, generate, write });
  }
  return {
    sizes,
    startup: { checkSeconds: startCheck.seconds, versionSeconds: startVersion.seconds },
    before: BEFORE,
  };
}

/** The README rows for these figures. */
export function scaleTable(r: ScaleBench): string[] {
  const mib = (b: number): string => `${Math.round(b / 2 ** 20)} MiB`;
  const at = (rows: number) => r.sizes.find((s) => s.rows === rows);
  const lines = [
    "| rows | check | check peak RSS | generate | generate peak RSS | writer alone | write floor | writer / floor |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const s of r.sizes)
    lines.push(
      `| ${s.rows.toLocaleString("en-US")} | ${s.check.seconds} s | ${mib(s.check.peakRssBytes)} | ${s.generate.seconds} s | ${mib(s.generate.peakRssBytes)} | ${s.write ? `${s.write.writerSeconds} s` : "—"} | ${s.write ? `${s.write.floorSeconds} s` : "—"} | ${s.write ? s.write.ratio : "—"} |`
    );
  const c20 = at(20000);
  const g200 = at(200000);
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  lines.push("", "| against the goal | now | before | ratio | goal |", "|---|---|---|---|---|");
  if (c20)
    lines.push(
      `| check, 20 000 rows | ${c20.check.seconds} s | ${BEFORE.check20000} s | ${ratio(c20.check.seconds, BEFORE.check20000)} | ≤ 0,5 × |`,
      `| generate, 20 000 rows | ${c20.generate.seconds} s | ${BEFORE.generate20000} s | ${ratio(c20.generate.seconds, BEFORE.generate20000)} | ≤ 0,35 × |`
    );
  if (g200)
    lines.push(
      `| generate, 200 000 rows | ${g200.generate.seconds} s, ${mib(g200.generate.peakRssBytes)} | ${BEFORE.generate200000} s, 4.6 GiB | ${ratio(g200.generate.seconds, BEFORE.generate200000)} | ≤ 60 s, ≤ 1 GiB |`
    );
  lines.push(
    `| start-up: \`check\` on 10 rows, whole process | ${r.startup.checkSeconds} s (\`--version\`: ${r.startup.versionSeconds} s) | ${BEFORE.startup} s | ${ratio(r.startup.checkSeconds, BEFORE.startup)} | ≤ 0,3 s |`
  );
  return lines;
}

/** Goals of issue 15 met by these figures (null where not measured). */
export function scaleGoals(r: ScaleBench): Record<string, boolean | null> {
  const c20 = r.sizes.find((s) => s.rows === 20000);
  const g200 = r.sizes.find((s) => s.rows === 200000);
  return {
    check20000: c20 ? c20.check.seconds <= 0.5 * BEFORE.check20000 : null,
    generate20000: c20 ? c20.generate.seconds <= 0.35 * BEFORE.generate20000 : null,
    generate200000: g200
      ? g200.generate.exitCode <= 1 &&
        g200.generate.seconds <= 60 &&
        g200.generate.peakRssBytes <= 2 ** 30
      : null,
    startup: r.startup.checkSeconds <= 0.3,
  };
}

if (require.main === module) {
  const work = mkdtempSync(join(tmpdir(), "dinh-bien-scale-bench-"));
  scaleBench(work)
    .then((r) => {
      console.log(scaleTable(r).join("\n"));
      console.log(JSON.stringify(scaleGoals(r)));
    })
    .finally(() => rmSync(work, { recursive: true, force: true }));
}
