/**
 * The performance figures of the project (npm run bench → bench/results.json with exactly the
 * agreed keys, bench/details.json with everything measured, bench/README.md):
 *
 *  - engine.rowsPerSecond: analyze() (parse + check + payouts) on 1 000, 20 000 and 200 000
 *    synthetic roster rows (scripts/synthetic.ts);
 *  - engine.shareOfRead: analyze() time / ExcelJS read time of the same 20 000-row .xlsx,
 *    both measured in this run (goal ≤ 0.10);
 *  - syncs.check / syncs.generate: context.sync() calls of the task pane's check and generate
 *    at 100 and 10 000 rows, on the strict fake Excel of test/support/fake-excel (goal: equal at
 *    both sizes, ≤ 6 for check, ≤ 8 for generate: the active sheet, sheets and workbook names,
 *    each sheet's names (the markers inside the sheets), extents, values, merged areas in their
 *    own request; then drafts and swap);
 *  - bundle.initialGzipBytes: gzip size of the JS that taskpane.html loads up front in the
 *    production build (goal ≤ 160 000, the engine absent from it);
 *  - scale: check and generate end to end at 1 000 / 20 000 / 200 000 rows with peak memory,
 *    start-up, the writer against the write floor (bench/scale.ts);
 *  - paneGaps: the pane's longest main-thread gaps on 20 000 rows (the browser test's records);
 *  - generate.seconds: headless generateFile() for 5 and 150 communes;
 *  - province (details.json only): `check DIR` and `payouts DIR` over 150 communes' files of 300
 *    rows (45 000 rows), time and peak memory, each in its own process (bench/province.ts).
 *
 * Also: peak memory of the 200 000-row run, and the 20 000 → 200 000 scaling ratio (10× rows
 * should cost about 10× time; far more means quadratic work somewhere).
 * BENCH_SKIP_BUILD=1 skips the webpack build (bundle size then null).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { analyze } from "../src/engine/analyze";
import type { Grid } from "../src/engine/types";
import { gridFromWorksheet } from "../test/support/exceljs-grid";
import { generateFile } from "../src/cli/workbook-file";
import { todayInVietnam } from "../src/app";
import { FakeExcel } from "../test/support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../src/excel/port";
import { runCheck, runGenerate } from "../src/taskpane/controller";
import { EMPTY_SETTINGS } from "../src/taskpane/state";
import { makeSyntheticRoster } from "../scripts/synthetic";
import { writeSyntheticWorkbook } from "../scripts/synthetic-xlsx";
import { initialScripts } from "../scripts/initial-scripts";
import { readBench, readTable, type ReadResults } from "./read";
import { provinceBench, type ProvinceBench } from "./province";
import { scaleBench, scaleGoals, scaleTable, type ScaleBench } from "./scale";

const ROOT = resolve(__dirname, "..");
const SEED = 20190118;

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
};

const now = (): number => Number(process.hrtime.bigint()) / 1e9;

function time<T>(f: () => T): { value: T; seconds: number } {
  const t0 = now();
  const value = f();
  return { value, seconds: now() - t0 };
}

async function timeAsync<T>(f: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t0 = now();
  const value = await f();
  return { value, seconds: now() - t0 };
}

/** Best of n runs (the least disturbed by the other processes sharing the machine). */
function best(n: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    gc();
    min = Math.min(min, time(f).seconds);
  }
  return min;
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

interface Results {
  engine: {
    rowsPerSecond: Record<"1000" | "20000" | "200000", number>;
    shareOfRead: number;
    seconds: Record<"1000" | "20000" | "200000", number>;
    readSeconds20000: number;
    /** analyze() on the grids read from the 20 000-row file, interleaved with the reads. */
    engineSeconds20000: number;
    gridSeconds20000: number;
    scaling20000To200000: number;
    memory200000: { heapUsedAfterBytes: number; heapRetainedBytes: number; peakRssBytes: number };
  };
  syncs: {
    check: Record<"100" | "10000", number | null>;
    generate: Record<"100" | "10000", number | null>;
    notes: string[];
  };
  bundle: { initialGzipBytes: number | null; files: string[]; note?: string };
  generate: { seconds: Record<"5" | "150", number>; rows: Record<"5" | "150", number> };
  /** The package reader against the read floor and the old ExcelJS read (bench/read.ts). */
  read?: ReadResults;
  /** 150 communes' files of 300 rows: check and payouts over the folder (bench/province.ts). */
  province?: ProvinceBench;
  /** check and generate end to end at 1 000 / 20 000 / 200 000 rows, start-up (bench/scale.ts). */
  scale?: ScaleBench;
  /** The task pane's longest main-thread gaps on 20 000 rows, from the last browser test run. */
  paneGaps?: { check: PaneTiming | null; generate: PaneTiming | null };
  goals: Record<string, boolean | null>;
  machine: { node: string; cpus: number; date: string };
}

// ───────────────────────────── engine ─────────────────────────────

export function engineBench(): Pick<
  Results["engine"],
  "rowsPerSecond" | "seconds" | "scaling20000To200000" | "memory200000"
> {
  const sizes: [rows: number, communes: number, runs: number][] = [
    [1000, 5, 7],
    [20000, 50, 3],
  ];
  const seconds = {} as Results["engine"]["seconds"];
  const rowsPerSecond = {} as Results["engine"]["rowsPerSecond"];
  // Warm the JIT on a small district first: the figures are for a clerk's second click, not the first.
  analyze(makeSyntheticRoster(500, 3, SEED + 1));
  let first20000 = 0;
  for (const [rows, communes, runs] of sizes) {
    const grids = makeSyntheticRoster(rows, communes, SEED);
    // The first run on fresh grids is the like-for-like comparison with the single 200 000-row run
    // (later runs find the folding memos warm).
    gc();
    const first = time(() => analyze(grids)).seconds;
    if (rows === 20000) first20000 = first;
    const s = Math.min(
      first,
      best(runs - 1, () => analyze(grids))
    );
    seconds[String(rows) as "1000"] = round(s, 4);
    rowsPerSecond[String(rows) as "1000"] = Math.round(rows / s);
    console.log(`engine ${rows} rows: ${s.toFixed(3)} s, ${Math.round(rows / s)} rows/s`);
  }
  // 200 000 rows: once, with memory.
  let grids: Grid[] | null = makeSyntheticRoster(200000, 500, SEED);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const run = time(() => analyze(grids as Grid[]));
  const heapUsedAfter = process.memoryUsage().heapUsed;
  gc();
  const heapRetained = process.memoryUsage().heapUsed;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  void run.value.findings.length;
  grids = null;
  seconds["200000"] = round(run.seconds, 3);
  rowsPerSecond["200000"] = Math.round(200000 / run.seconds);
  console.log(`engine 200000 rows: ${run.seconds.toFixed(3)} s, ${rowsPerSecond["200000"]} rows/s`);
  console.log(
    `  heap: ${(heapBefore / 2 ** 20).toFixed(0)} MiB before (grids), ${(heapUsedAfter / 2 ** 20).toFixed(0)} MiB after analyze, ${(heapRetained / 2 ** 20).toFixed(0)} MiB retained; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`
  );
  const scaling = run.seconds / first20000;
  console.log(
    `  10× rows (20 000 → 200 000, first runs on fresh grids) cost ${scaling.toFixed(1)}× time`
  );
  return {
    rowsPerSecond,
    seconds,
    scaling20000To200000: round(scaling, 2),
    memory200000: {
      heapUsedAfterBytes: heapUsedAfter,
      heapRetainedBytes: heapRetained,
      peakRssBytes: peakRss,
    },
  };
}

async function shareOfReadBench(
  dir: string
): Promise<
  Pick<
    Results["engine"],
    "shareOfRead" | "readSeconds20000" | "gridSeconds20000" | "engineSeconds20000"
  >
> {
  const file = join(dir, "roster-20000.xlsx");
  await writeSyntheticWorkbook(makeSyntheticRoster(20000, 50, SEED), file);
  // Interleave reads and engine runs and keep the fastest of each: the machine is shared, and a
  // load change between two separate series would skew the ratio.
  let readSeconds = Infinity;
  let engineSeconds = Infinity;
  let gridSeconds = Infinity;
  for (let i = 0; i < 3; i++) {
    gc();
    const r = await timeAsync(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb;
    });
    readSeconds = Math.min(readSeconds, r.seconds);
    const gridRun = time(() => r.value.worksheets.map(gridFromWorksheet));
    gridSeconds = Math.min(gridSeconds, gridRun.seconds);
    const grids = gridRun.value;
    engineSeconds = Math.min(
      engineSeconds,
      best(1, () => analyze(grids))
    );
  }
  const share = engineSeconds / readSeconds;
  console.log(
    `read 20000-row xlsx: ExcelJS ${readSeconds.toFixed(3)} s, grids ${gridSeconds.toFixed(3)} s, engine ${engineSeconds.toFixed(3)} s → share ${share.toFixed(3)}`
  );
  return {
    shareOfRead: round(share, 4),
    readSeconds20000: round(readSeconds, 3),
    gridSeconds20000: round(gridSeconds, 3),
    engineSeconds20000: round(engineSeconds, 3),
  };
}

// ───────────────────────────── syncs ─────────────────────────────

function fakeWith(grids: Grid[]): { fake: FakeExcel; port: ExcelWorkbookPort } {
  const fake = new FakeExcel();
  for (const g of grids) {
    const rows: Grid["cells"] = [];
    for (let r = 1; r < g.firstRow; r++) rows.push([]);
    for (const line of g.cells) rows.push([...new Array(g.firstCol - 1).fill(null), ...line]);
    fake.addSheet(g.sheet, rows);
  }
  return { fake, port: new ExcelWorkbookPort({ run: fake.run, supports: fake.supports }) };
}

export async function syncBench(): Promise<Results["syncs"]> {
  const out: Results["syncs"] = {
    check: { "100": null, "10000": null },
    generate: { "100": null, "10000": null },
    notes: [],
  };
  for (const rows of [100, 10000] as const) {
    const grids = makeSyntheticRoster(rows, rows === 100 ? 1 : 25, SEED);
    {
      const { fake, port } = fakeWith(grids);
      fake.syncCount = 0;
      const r = await runCheck(port, EMPTY_SETTINGS, "vi", () => undefined);
      if (r.ok) out.check[String(rows) as "100"] = fake.syncCount;
      else out.notes.push(`check at ${rows} rows failed on the fake Excel: ${r.message}`);
    }
    {
      const { fake, port } = fakeWith(grids);
      fake.syncCount = 0;
      const r = await runGenerate(port, EMPTY_SETTINGS, "vi", () => undefined);
      if (r.ok) out.generate[String(rows) as "100"] = fake.syncCount;
      else
        out.notes.push(
          `generate at ${rows} rows failed on the fake Excel after ${fake.syncCount} syncs (largest request ${fake.maxRequestBytes} bytes): ${r.message}`
        );
    }
  }
  for (const n of out.notes) console.log(`  ${n}`);
  console.log(
    `syncs: check ${out.check["100"]} / ${out.check["10000"]}, generate ${out.generate["100"]} / ${out.generate["10000"]} (100 / 10 000 rows)`
  );
  return out;
}

// ───────────────────────────── bundle ─────────────────────────────

export function bundleBench(dir: string): Results["bundle"] {
  if (process.env.BENCH_SKIP_BUILD)
    return { initialGzipBytes: null, files: [], note: "build skipped (BENCH_SKIP_BUILD)" };
  const out = join(dir, "dist");
  try {
    const t0 = now();
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"],
      {
        cwd: ROOT,
        env: { ...process.env, DINH_BIEN_OUT: out },
        stdio: ["ignore", "ignore", "pipe"],
        timeout: 15 * 60 * 1000,
      }
    );
    console.log(`webpack production build: ${(now() - t0).toFixed(1)} s`);
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    console.log(`webpack build failed: ${msg}`);
    return { initialGzipBytes: null, files: [], note: `production build failed: ${msg}` };
  }
  const htmlPath = join(out, "taskpane.html");
  if (!existsSync(htmlPath))
    return { initialGzipBytes: null, files: [], note: "no taskpane.html in the build" };
  const files = initialScripts(readFileSync(htmlPath, "utf8"));
  let total = 0;
  for (const f of files) {
    const size = gzipSync(readFileSync(join(out, f)), { level: 9 }).length;
    console.log(`  ${f}: ${size} bytes gzipped`);
    total += size;
  }
  console.log(`bundle: initial task-pane JS ${total} bytes gzipped (${files.length} file(s))`);
  return { initialGzipBytes: total, files };
}

// ───────────────────────────── generate ─────────────────────────────

export async function generateBench(dir: string): Promise<Results["generate"]> {
  const seconds = {} as Results["generate"]["seconds"];
  const rowsOut = {} as Results["generate"]["rows"];
  for (const communes of [5, 150] as const) {
    const rows = communes * 80;
    const input = join(dir, `district-${communes}.xlsx`);
    await writeSyntheticWorkbook(
      makeSyntheticRoster(rows, communes, SEED, { layout: "per-commune" }),
      input
    );
    gc();
    const r = await timeAsync(() =>
      generateFile(input, join(dir, `out-${communes}.xlsx`), { documentDate: "2019-01-15" })
    );
    seconds[String(communes) as "5"] = round(r.seconds, 2);
    rowsOut[String(communes) as "5"] = r.value.analysis.roster.members.length;
    console.log(
      `generate ${communes} communes (${r.value.analysis.roster.members.length} rows): ${r.seconds.toFixed(2)} s`
    );
  }
  return { seconds, rows: rowsOut };
}

// ───────────────────────────── the pane's main thread ─────────────────────────────

interface PaneTiming {
  rows: number;
  seconds: number;
  longestGapMs: number;
  longestTaskMs: number;
  measured: string;
}

/**
 * The longest main-thread gaps of Kiểm tra and Tạo bảng on 20 000 rows, as the browser test
 * (test/browser/taskpane.test.ts, headless Chromium) last measured and recorded them: the bench
 * runs that test when Chromium is there (BENCH_SKIP_BROWSER=1 reads the last records only).
 */
export function paneGapBench(): Results["paneGaps"] {
  const shots = join(ROOT, "test-output", "browser");
  if (!process.env.BENCH_SKIP_BROWSER && existsSync("/usr/bin/chromium")) {
    try {
      execFileSync(
        process.execPath,
        [
          join(ROOT, "node_modules/jest/bin/jest.js"),
          "--config",
          "jest.browser.config.js",
          "-t",
          "20,000",
        ],
        { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], timeout: 20 * 60 * 1000 }
      );
    } catch {
      console.log("  the browser test failed: the gaps below are from its last recorded run");
    }
  }
  const load = (f: string): PaneTiming | null => {
    const p = join(shots, f);
    if (!existsSync(p)) return null;
    const t = JSON.parse(readFileSync(p, "utf8")) as Omit<PaneTiming, "measured">;
    return { ...t, measured: statSync(p).mtime.toISOString().slice(0, 16).replace("T", " ") };
  };
  const r = { check: load("20k-timing.json"), generate: load("20k-generate-timing.json") };
  console.log(
    `pane, 20 000 rows: longest main-thread gap check ${r.check?.longestGapMs ?? "—"} ms, generate ${r.generate?.longestGapMs ?? "—"} ms`
  );
  return r;
}

// ───────────────────────────── report ─────────────────────────────

function readme(r: Results): string {
  const n = (x: number | null) => (x === null ? "—" : x.toLocaleString("en-US"));
  const ok = (g: boolean | null) => (g === null ? "not measured" : g ? "met" : "**missed**");
  const mib = (b: number) => `${Math.round(b / 2 ** 20)} MiB`;
  return [
    "# Benchmarks",
    "",
    `\`npm run bench\` (bench/run.ts) writes \`bench/results.json\` (the agreed figures) and \`bench/details.json\` (all of them). Last run: ${r.machine.date}, Node ${r.machine.node}, ${r.machine.cpus} CPU(s), synthetic rosters of scripts/synthetic.ts.`,
    "",
    "| figure | value | goal |",
    "|---|---|---|",
    `| engine, 1 000 rows (parse + check + payouts) | ${n(r.engine.rowsPerSecond["1000"])} rows/s (${r.engine.seconds["1000"]} s) | |`,
    `| engine, 20 000 rows | ${n(r.engine.rowsPerSecond["20000"])} rows/s (${r.engine.seconds["20000"]} s) | |`,
    `| engine, 200 000 rows | ${n(r.engine.rowsPerSecond["200000"])} rows/s (${r.engine.seconds["200000"]} s) | |`,
    `| 10× rows (20 000 → 200 000, first run of each) | ${r.engine.scaling20000To200000}× time | ≈ 10× (no quadratic work): ${ok(r.goals.linear)} |`,
    `| memory, 200 000 rows | heap ${mib(r.engine.memory200000.heapUsedAfterBytes)} after analyze (${mib(r.engine.memory200000.heapRetainedBytes)} retained), peak RSS ${mib(r.engine.memory200000.peakRssBytes)} | |`,
    `| engine time / ExcelJS read time, 20 000-row file | ${r.engine.shareOfRead} (engine ${r.engine.engineSeconds20000} s vs read ${r.engine.readSeconds20000} s) | ≤ 0.10: ${ok(r.goals.shareOfRead)} |`,
    `| context.sync() per check, 100 / 10 000 rows | ${r.syncs.check["100"] ?? "failed"} / ${r.syncs.check["10000"] ?? "failed"} | equal, ≤ 6: ${ok(r.goals.syncsCheck)} |`,
    `| context.sync() per generate, 100 / 10 000 rows | ${r.syncs.generate["100"] ?? "failed"} / ${r.syncs.generate["10000"] ?? "failed"} | equal, ≤ 8: ${ok(r.goals.syncsGenerate)} |`,
    `| initial task-pane JS, gzipped | ${r.bundle.initialGzipBytes === null ? `not measured (${r.bundle.note ?? ""})` : `${n(r.bundle.initialGzipBytes)} bytes`} | ≤ 160 000, engine absent: ${ok(r.goals.bundle)} |`,
    `| engine time per row, 20 000 rows (warm) | ${round((r.engine.seconds["20000"] / 20000) * 1e6, 1)} µs | |`,
    ...(r.paneGaps
      ? [
          `| pane, Kiểm tra on 20 000 rows: longest main-thread gap | ${r.paneGaps.check ? `${r.paneGaps.check.longestGapMs} ms (${r.paneGaps.check.seconds} s in all; measured ${r.paneGaps.check.measured})` : "not measured"} | |`,
          `| pane, Tạo bảng on 20 000 rows: longest main-thread gap | ${r.paneGaps.generate ? `${r.paneGaps.generate.longestGapMs} ms (${r.paneGaps.generate.seconds} s in all; measured ${r.paneGaps.generate.measured})` : "not measured"} | |`,
        ]
      : []),
    `| headless generate, 5 communes (${n(r.generate.rows["5"])} rows) | ${r.generate.seconds["5"]} s | |`,
    `| headless generate, 150 communes (${n(r.generate.rows["150"])} rows) | ${r.generate.seconds["150"]} s | |`,
    ...(r.province
      ? [
          `| province: \`check DIR\`, ${r.province.communes} communes' files (${n(r.province.rows)} rows) | ${r.province.check.seconds} s, peak RSS ${mib(r.province.check.peakRssBytes)} (JS heap ${mib(r.province.check.peakHeapBytes)}) | |`,
          `| province: \`payouts DIR --json\`, the same folder | ${r.province.payouts.seconds} s, peak RSS ${mib(r.province.payouts.peakRssBytes)} (JS heap ${mib(r.province.payouts.peakHeapBytes)}) | |`,
        ]
      : []),
    ...(r.syncs.notes.length ? ["", ...r.syncs.notes.map((x) => `- ${x}`)] : []),
    "",
    ...(r.goals.shareOfRead === false
      ? [
          "",
          "Why the engine share is missed (profile: `node --cpu-prof -r ts-node/register/transpile-only bench/prof-engine.ts 20000`):",
          "the work is linear and has no hot spot left. Folding is memoised per distinct text, titles,",
          "decisions and units are resolved once per distinct value, amounts use exact integer arithmetic",
          "where it is exact (decimal.js otherwise), the calculation trace is built on first read. What",
          "remains is the result itself: about 25 objects per person (a StaffMember with a Sourced value",
          "and a CellRef per field, so every finding can point at its cell), the check and payout rows,",
          "and their garbage collection (20–25 % of the engine's time; ~3.5 KB allocated per row, most of",
          "it surviving because it is the answer). The split is parser ≈ 40 %, checks ≈ 33 %, payouts",
          "≈ 13 %, register and information ≈ 5 %. 0.10 means ≈ 5–7 µs per row — it would take a leaner",
          "roster model (cells derived from row + column mapping instead of stored per field), a change to",
          "the public data model that we judged not worth its risk: at 20 000 rows the engine already",
          "costs well under a second, less than reading the file.",
        ]
      : []),
    ...(r.goals.syncsGenerate === false
      ? [
          "",
          "Why generate's syncs are missed: the output at 10 000 rows is larger than one request under",
          "Excel on the web's 5 MB limit (the writer budgets 4 MB per request and syncs early), so the",
          "count grows with output bytes / 4 MB; see src/excel/port.ts.",
        ]
      : []),
    ...(r.scale
      ? [
          "",
          "## Province scale: the commands end to end (bench/scale.ts)",
          "",
          "Each command in a process of its own (the compiled CLI), median of 3 (1 at 200 000 rows), peak RSS of that process; \"before\" is issue 15's measurement before the ExcelJS-free reader and writer. The writer alone is generate's writing step (the clerk's package with the documents added) against the bench's own plainest writer of the same cells (inline strings, no styles, deflated).",
          "",
          ...scaleTable(r.scale),
        ]
      : []),
    ...(r.read
      ? [
          "",
          "## Reading .xlsx files (src/xlsx/package.ts)",
          "",
          "Whole-file read into the engine's grids, best of 3 (1 at 200 000 rows); the floor is the bench's own unzip + byte scan of the sheet XML.",
          "",
          ...readTable(r.read),
        ]
      : []),
    "",
    "The machine is shared, so each timing is the best of several runs (one run for 200 000 rows;",
    "the linearity figure compares the first run at 20 000 rows with that single run);",
    "the sync counts come from the in-memory fake Excel of src/excel, which counts every",
    "context.sync() including Excel.run's final one.",
    "",
  ].join("\n");
}

/** A size that failed on the fake Excel misses the goal (it cannot be "equal at both sizes"). */
const equalAndAtMost = (x: Record<string, number | null>, max: number): boolean =>
  x["100"] !== null && x["10000"] !== null && x["100"] === x["10000"] && x["10000"] <= max;

/** The figures with exactly the keys other tools read (results.json). */
function agreed(r: Results): unknown {
  return {
    engine: { rowsPerSecond: r.engine.rowsPerSecond, shareOfRead: r.engine.shareOfRead },
    syncs: { check: r.syncs.check, generate: r.syncs.generate },
    bundle: { initialGzipBytes: r.bundle.initialGzipBytes },
    generate: { seconds: r.generate.seconds },
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dinh-bien-bench-"));
  try {
    const engine = engineBench();
    const share = await shareOfReadBench(dir);
    const syncs = await syncBench();
    const generate = await generateBench(dir);
    const province = await provinceBench(dir);
    const bundle = bundleBench(dir);
    const read = await readBench(dir);
    const scale = await scaleBench(dir);
    const paneGaps = paneGapBench();
    const r: Results = {
      engine: { ...engine, ...share },
      syncs,
      bundle,
      generate,
      read,
      province,
      scale,
      paneGaps,
      goals: {
        ...scaleGoals(scale),
        readFloor: read.sizes.every((x) => x.readToFloor <= 2),
        mergesLinear: read.merges20000.ratio < 2,
        shareOfRead: share.shareOfRead <= 0.1,
        syncsCheck: equalAndAtMost(syncs.check, 6),
        syncsGenerate: equalAndAtMost(syncs.generate, 8),
        bundle: bundle.initialGzipBytes === null ? null : bundle.initialGzipBytes <= 160000,
        // 10× rows within 15× time: allowing for GC pressure at 200 000 rows, not for n².
        linear: engine.scaling20000To200000 <= 15,
      },
      machine: {
        node: process.version,
        cpus: cpus().length,
        date: todayInVietnam(new Date()),
      },
    };
    writeFileSync(join(__dirname, "results.json"), JSON.stringify(agreed(r), null, 2) + "\n");
    writeFileSync(join(__dirname, "details.json"), JSON.stringify(r, null, 2) + "\n");
    writeFileSync(join(__dirname, "README.md"), readme(r));
    console.log("\n" + JSON.stringify(agreed(r)));
    const missed = Object.entries(r.goals)
      .filter(([, v]) => v === false)
      .map(([k]) => k);
    console.log(missed.length ? `goals missed: ${missed.join(", ")}` : "all measured goals met");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One part of the figures (BENCH_ONLY=read|scale|bundle|pane|syncs), into the last full run's details. */
async function onlyPart(part: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dinh-bien-bench-"));
  try {
    const r = JSON.parse(readFileSync(join(__dirname, "details.json"), "utf8")) as Results;
    if (part === "read") {
      r.read = await readBench(dir);
      r.goals.readFloor = r.read.sizes.every((x) => x.readToFloor <= 2);
      r.goals.mergesLinear = r.read.merges20000.ratio < 2;
    } else if (part === "scale") {
      r.scale = await scaleBench(dir);
      Object.assign(r.goals, scaleGoals(r.scale));
    } else if (part === "bundle") {
      r.bundle = bundleBench(dir);
      r.goals.bundle =
        r.bundle.initialGzipBytes === null ? null : r.bundle.initialGzipBytes <= 160000;
    } else if (part === "pane") {
      r.paneGaps = paneGapBench();
    } else if (part === "syncs") {
      r.syncs = await syncBench();
      r.goals.syncsCheck = equalAndAtMost(r.syncs.check, 6);
      r.goals.syncsGenerate = equalAndAtMost(r.syncs.generate, 8);
    } else throw new Error(`BENCH_ONLY must be read, scale, bundle, pane or syncs: ${part}`);
    // The agreed figures follow the details (a part's new bundle size is the one other tools read).
    writeFileSync(join(__dirname, "results.json"), JSON.stringify(agreed(r), null, 2) + "\n");
    writeFileSync(join(__dirname, "details.json"), JSON.stringify(r, null, 2) + "\n");
    writeFileSync(join(__dirname, "README.md"), readme(r));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module && process.env.BENCH_ONLY) {
  onlyPart(process.env.BENCH_ONLY).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
} else if (require.main === module && process.env.BENCH_README_ONLY) {
  // Re-render bench/README.md and results.json from bench/details.json (without re-measuring).
  const r = JSON.parse(readFileSync(join(__dirname, "details.json"), "utf8")) as Results;
  writeFileSync(join(__dirname, "results.json"), JSON.stringify(agreed(r), null, 2) + "\n");
  writeFileSync(join(__dirname, "README.md"), readme(r));
} else if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
