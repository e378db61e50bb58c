/**
 * Read benchmark (issue 13): the package reader (src/xlsx/read.ts) against
 *  - the read floor: the same file unzipped (Node's zlib) and its sheet XML scanned once for
 *    cells, carried by the bench itself — no XML parser, no values;
 *  - the old read: ExcelJS's whole in-memory model plus its grids (test/support/exceljs-grid.ts);
 * at 20 000 and 200 000 rows, and the 20 000-row file with the note column merged M:N on every
 * row against the same file without (the reader must stay linear: ratio well under 2).
 *
 *   npm run bench            (all figures; this part is results.read)
 *   BENCH_ONLY=read npm run bench
 */
import { join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { makeSyntheticRoster } from "../scripts/synthetic";
import { writeSyntheticWorkbook } from "../scripts/synthetic-xlsx";
import { storedParts, zipParts } from "../scripts/corpus-packages";
import { gridFromWorksheet } from "../test/support/exceljs-grid";
import { readWorkbookFile } from "../src/xlsx/read";
import { ZipArchive } from "../src/xlsx/zip";

const SEED = 20190118;

export interface ReadFigures {
  rows: number;
  floorSeconds: number;
  readSeconds: number;
  excelJsSeconds: number | null;
  readToFloor: number;
  readToExcelJs: number | null;
  cells: number;
}

export interface ReadResults {
  sizes: ReadFigures[];
  merges20000: { withSeconds: number; withoutSeconds: number; ratio: number };
  peakRssBytes: number;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e9;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function bestOf(n: number, f: () => Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    gc();
    const t0 = now();
    await f();
    min = Math.min(min, now() - t0);
  }
  return min;
}

/** The floor: inflate every worksheet part and count its cells with a byte scan. */
export function readFloor(file: string): number {
  const zip = new ZipArchive(readFileSync(file));
  let cells = 0;
  for (const name of zip.names()) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const e = zip.entry(name);
    if (!e) continue;
    const raw = zip.raw(e);
    const xml = e.method === 8 ? inflateRawSync(raw) : raw;
    // "<c " and "<c>" open a cell.
    for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1))
      if (xml[i + 1] === 0x63 && (xml[i + 2] === 0x20 || xml[i + 2] === 0x3e)) cells++;
  }
  return cells;
}

async function excelJsRead(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.worksheets.map(gridFromWorksheet);
}

/** The same file with the note column merged M:N on every row that holds a value. */
function withRowMerges(file: string, out: string): void {
  const parts = storedParts(readFileSync(file)).map((p) => {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(p.name)) return p;
    const zip = new ZipArchive(readFileSync(file));
    let xml = (zip.read(p.name) as Buffer).toString("utf8");
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    const merges = rows.map((r) => `<mergeCell ref="M${r}:N${r}"/>`).join("");
    xml = xml.replace(/<mergeCells[^>]*>[\s\S]*?<\/mergeCells>/, "");
    xml = xml.replace(
      "</sheetData>",
      `</sheetData><mergeCells count="${rows.length}">${merges}</mergeCells>`
    );
    return { name: p.name, data: Buffer.from(xml, "utf8") };
  });
  writeFileSync(out, zipParts(parts));
}

export async function readBench(
  dir: string,
  log: (s: string) => void = console.log
): Promise<ReadResults> {
  const sizes: ReadFigures[] = [];
  for (const [rows, communes, runs] of [
    [20000, 50, 3],
    [200000, 500, 1],
  ] as const) {
    const file = join(dir, `read-${rows}.xlsx`);
    await writeSyntheticWorkbook(makeSyntheticRoster(rows, communes, SEED), file);
    let cells = 0;
    const floorSeconds = await bestOf(runs, async () => {
      cells = readFloor(file);
    });
    const readSeconds = await bestOf(runs, () => readWorkbookFile(file));
    const excelJsSeconds = await bestOf(1, () => excelJsRead(file));
    const f: ReadFigures = {
      rows,
      cells,
      floorSeconds: Number(floorSeconds.toFixed(3)),
      readSeconds: Number(readSeconds.toFixed(3)),
      excelJsSeconds: Number(excelJsSeconds.toFixed(3)),
      readToFloor: Number((readSeconds / floorSeconds).toFixed(2)),
      readToExcelJs: Number((readSeconds / excelJsSeconds).toFixed(3)),
    };
    log(
      `read ${rows} rows (${cells} cells): floor ${f.floorSeconds} s, reader ${f.readSeconds} s (${f.readToFloor}× floor), ExcelJS ${f.excelJsSeconds} s (reader = ${f.readToExcelJs} of it)`
    );
    sizes.push(f);
  }
  const plain = join(dir, "read-20000.xlsx");
  const merged = join(dir, "read-20000-merges.xlsx");
  withRowMerges(plain, merged);
  const withoutSeconds = await bestOf(3, () => readWorkbookFile(plain));
  const withSeconds = await bestOf(3, () => readWorkbookFile(merged));
  const merges20000 = {
    withSeconds: Number(withSeconds.toFixed(3)),
    withoutSeconds: Number(withoutSeconds.toFixed(3)),
    ratio: Number((withSeconds / withoutSeconds).toFixed(2)),
  };
  log(
    `read 20000 rows with an M:N merge on every row: ${merges20000.withSeconds} s vs ${merges20000.withoutSeconds} s → ${merges20000.ratio}`
  );
  return { sizes, merges20000, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}

/** The README rows for these figures. */
export function readTable(r: ReadResults): string[] {
  const lines = [
    "| rows | cells | read floor (unzip + scan) | package reader | reader / floor (goal ≤ 2) | old ExcelJS read | reader / ExcelJS |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const s of r.sizes)
    lines.push(
      `| ${s.rows} | ${s.cells} | ${s.floorSeconds} s | ${s.readSeconds} s | ${s.readToFloor} | ${s.excelJsSeconds ?? "—"} s | ${s.readToExcelJs ?? "—"} |`
    );
  lines.push(
    "",
    `20 000 rows with an M:N merge on every row: ${r.merges20000.withSeconds} s against ${r.merges20000.withoutSeconds} s without, ratio ${r.merges20000.ratio} (goal < 2). Peak RSS of the bench process: ${Math.round(r.peakRssBytes / 1024 / 1024)} MiB.`
  );
  return lines;
}
