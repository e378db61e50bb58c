/** Profile helper: node --cpu-prof -r ts-node/register/transpile-only bench/prof-generate.ts [communes] */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../src/engine/analyze";
import { buildSheets } from "../src/engine/sheets/build";
import { readWorkbookFile } from "../src/xlsx/read";
import { writeIntoPackage } from "../src/xlsx/package-write";
import { makeSyntheticRoster } from "../scripts/synthetic";
import { writeSyntheticWorkbook } from "../scripts/synthetic-xlsx";

async function main(): Promise<void> {
  const communes = Number(process.argv[2] ?? 150);
  const dir = mkdtempSync(join(tmpdir(), "dinh-bien-prof-"));
  const input = join(dir, "in.xlsx");
  await writeSyntheticWorkbook(
    makeSyntheticRoster(communes * 80, communes, 20190118, { layout: "per-commune" }),
    input
  );
  const t = () => Number(process.hrtime.bigint()) / 1e9;
  let t0 = t();
  const file = await readWorkbookFile(input);
  const grids = file.grids;
  console.log("read", (t() - t0).toFixed(2));
  t0 = t();
  const a = analyze(grids);
  console.log("analyze", (t() - t0).toFixed(2));
  t0 = t();
  const specs = buildSheets(a, { documentDate: "2019-01-15" });
  console.log("build", (t() - t0).toFixed(2));
  t0 = t();
  const written = await writeIntoPackage(file.package, specs);
  console.log("writeIntoPackage", (t() - t0).toFixed(2), `${written.bytes.length} bytes`);
}
void main();
