/**
 * generate end to end at N rows, in a process of its own (issue 15, item 1):
 *
 *   node -r ts-node/register/transpile-only bench/gen-measure.ts make ROWS FILE   (the input, once)
 *   node -r ts-node/register/transpile-only bench/gen-measure.ts run FILE OUT     (one generate)
 *
 * `run` prints one JSON line: wall seconds of generateFile() and the process's peak RSS (getrusage
 * maxrss, so the whole process, start-up and reading included). Writing the input is not timed.
 * Rows are laid out per commune, 80 people a commune, as bench/run.ts's generate bench does.
 */
import { generateFile } from "../src/cli/workbook-file";
import { makeSyntheticRoster } from "../scripts/synthetic";
import { writeSyntheticWorkbook } from "../scripts/synthetic-xlsx";

const now = (): number => Number(process.hrtime.bigint()) / 1e9;

async function main(): Promise<void> {
  const [cmd, a, b] = process.argv.slice(2);
  if (cmd === "make") {
    const rows = Number(a);
    await writeSyntheticWorkbook(
      makeSyntheticRoster(rows, Math.round(rows / 80), 20190118, { layout: "per-commune" }),
      b
    );
    return;
  }
  const t0 = now();
  const out = await generateFile(a, b, { documentDate: "2019-01-15" });
  const seconds = now() - t0;
  console.log(
    JSON.stringify({
      rows: out.analysis.roster.members.length,
      seconds: Math.round(seconds * 100) / 100,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    })
  );
}
void main();
