/**
 * The province's scale (issue 14, item 4): 150 communes' files of 300 rows each (45 000 rows),
 * checked and totalled in one run of `dinh-bien check DIR --json` and `dinh-bien payouts DIR
 * --json`, in-process as the CLI runs them. Each command is measured in a child process of its
 * own, so that its peak RSS is its own and not the rest of the benchmark's: the time from the
 * command line to the last byte of JSON, the peak RSS, and the peak JS heap (sampled every 20 ms
 * and after each file).
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/province.ts   (alone: prints the figures)
 *
 * npm run bench (bench/run.ts) calls provinceBench().
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeCommuneFiles } from "../scripts/synthetic-province";

export const PROVINCE_COMMUNES = 150;
export const PROVINCE_ROWS_PER_COMMUNE = 300;

export interface CommandFigures {
  seconds: number;
  peakRssBytes: number;
  peakHeapBytes: number;
  exitCode: number;
  people: number;
  communes: number;
  findings: number;
}

export interface ProvinceBench {
  communes: number;
  rows: number;
  /** Writing the 150 synthetic files with ExcelJS (not the product's time). */
  writeSeconds: number;
  check: CommandFigures;
  payouts: CommandFigures;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e9;

/** In the child: run one command over the folder, print its figures as one JSON line. */
async function measure(command: "check" | "payouts", dir: string): Promise<void> {
  const { run } = await import("../src/cli/main");
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed + m.external + m.arrayBuffers);
  };
  const timer = setInterval(sample, 20);
  let out = "";
  const t0 = now();
  const code = await run([command, dir, "--json"], {
    stdout: (s) => {
      out += s;
    },
    stderr: () => undefined,
    cwd: process.cwd(),
  });
  const seconds = now() - t0;
  sample();
  clearInterval(timer);
  const json = JSON.parse(out) as {
    summary?: { people: number; communes: number };
    findings?: unknown[];
    people?: unknown[];
    communes?: unknown[];
  };
  const figures: CommandFigures = {
    seconds: Number(seconds.toFixed(2)),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    peakHeapBytes: peakHeap,
    exitCode: code,
    people: json.summary?.people ?? json.people?.length ?? 0,
    communes: json.summary?.communes ?? json.communes?.length ?? 0,
    findings: json.findings?.length ?? 0,
  };
  process.stdout.write(JSON.stringify(figures) + "\n");
}

function child(command: "check" | "payouts", dir: string): CommandFigures {
  const out = execFileSync(
    process.execPath,
    [
      "--expose-gc",
      "-r",
      "ts-node/register/transpile-only",
      resolve(__dirname, "province.ts"),
      "measure",
      command,
      dir,
    ],
    { cwd: resolve(__dirname, ".."), maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "inherit"] }
  ).toString();
  const last = out.trim().split("\n").pop() ?? "{}";
  return JSON.parse(last) as CommandFigures;
}

export async function provinceBench(workDir: string): Promise<ProvinceBench> {
  const dir = join(workDir, "province");
  const t0 = now();
  await writeCommuneFiles(dir, PROVINCE_COMMUNES, {
    rows: PROVINCE_ROWS_PER_COMMUNE,
    seed: 20250701,
    mistakeRate: 0.01,
  });
  const writeSeconds = Number((now() - t0).toFixed(1));
  const mib = (b: number): string => `${Math.round(b / 2 ** 20)} MiB`;
  const check = child("check", dir);
  console.log(
    `province check, ${PROVINCE_COMMUNES} files (${check.people} rows): ${check.seconds} s, peak RSS ${mib(check.peakRssBytes)}, heap ${mib(check.peakHeapBytes)}`
  );
  const payouts = child("payouts", dir);
  console.log(
    `province payouts, ${PROVINCE_COMMUNES} files: ${payouts.seconds} s, peak RSS ${mib(payouts.peakRssBytes)}, heap ${mib(payouts.peakHeapBytes)}`
  );
  return {
    communes: PROVINCE_COMMUNES,
    rows: check.people,
    writeSeconds,
    check,
    payouts,
  };
}

if (require.main === module) {
  const [mode, command, dir] = process.argv.slice(2);
  if (mode === "measure" && (command === "check" || command === "payouts") && dir) {
    void measure(command, dir);
  } else {
    const work = mkdtempSync(join(tmpdir(), "dinh-bien-province-bench-"));
    provinceBench(work)
      .then((r) => console.log(JSON.stringify(r, null, 2)))
      .finally(() => rmSync(work, { recursive: true, force: true }));
  }
}
