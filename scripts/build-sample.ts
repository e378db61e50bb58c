/**
 * Writes assets/samples/giang-thanh.xlsx from the seeded sample district (DOMAIN §9) and
 * assets/samples/thon-2026.xlsx from the seeded 2026 hamlet merger (DOMAIN §10).
 * Run: node node_modules/ts-node/dist/bin.js --transpile-only scripts/build-sample.ts [OUT.xlsx]
 * The bytes are deterministic: fixed document dates and fixed zip entry dates.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildSampleDistrict, type SampleSheet } from "../src/engine/sample/giang-thanh";
import { buildThon2026 } from "../src/engine/sample/thon-2026";

const FIXED_DATE = new Date(Date.UTC(2019, 2, 5, 8, 0, 0));
const FIXED_DATE_2026 = new Date(Date.UTC(2026, 7, 20, 8, 0, 0));
const FONT = "Times New Roman";
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function addSheet(wb: ExcelJS.Workbook, spec: SampleSheet): void {
  const landscape = spec.rows[0] !== undefined && spec.rows[0].length > 8;
  const lastHeader = spec.headerRows.length > 0 ? Math.max(...spec.headerRows) : 0;
  const ws = wb.addWorksheet(spec.name, {
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: lastHeader > 0 ? `${Math.min(...spec.headerRows)}:${lastHeader}` : undefined,
    },
    views: lastHeader > 0 ? [{ state: "frozen", ySplit: lastHeader, xSplit: 0 }] : [],
  });
  spec.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const titles = new Set(spec.titleRows ?? []);
  const headers = new Set(spec.headerRows);
  const sections = new Set(spec.sectionRows ?? []);
  const width = Math.max(...spec.rows.map((r) => r.length));
  spec.rows.forEach((values, i) => {
    const r = i + 1;
    const row = ws.getRow(r);
    for (let c = 1; c <= width; c++) {
      const v = values[c - 1] ?? null;
      const cell = row.getCell(c);
      if (v !== null)
        cell.value = typeof v === "object" ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
      const inTable = lastHeader > 0 && r >= Math.min(...spec.headerRows);
      cell.font = {
        name: FONT,
        size: titles.has(r) ? 13 : 11,
        bold: titles.has(r) || headers.has(r) || sections.has(r),
      };
      if (titles.has(r) || headers.has(r))
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      else
        cell.alignment = {
          vertical: "middle",
          wrapText: typeof v === "string" && v.includes("\n"),
        };
      if (inTable) cell.border = BOX;
      const fmt = spec.numberFormats?.[c];
      if (fmt && typeof v === "number" && r > lastHeader) cell.numFmt = fmt;
    }
    if (titles.has(r)) row.height = 20;
  });
  for (const m of spec.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
}

/** The sample workbook as deterministic xlsx bytes. */
export async function buildSampleWorkbookBuffer(): Promise<Buffer> {
  return workbookBuffer(buildSampleDistrict(), FIXED_DATE);
}

/** The 2026 sample (thon-2026) as deterministic xlsx bytes. */
export async function buildThon2026WorkbookBuffer(): Promise<Buffer> {
  return workbookBuffer(buildThon2026(), FIXED_DATE_2026);
}

async function workbookBuffer(sheets: SampleSheet[], stamp: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Định Biên";
  wb.lastModifiedBy = "Định Biên";
  wb.created = stamp;
  wb.modified = stamp;
  for (const spec of sheets) addSheet(wb, spec);
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  // ExcelJS stamps every zip entry with the current time: rewrite them with a fixed date.
  const zip = await JSZip.loadAsync(raw);
  const out = new JSZip();
  const names = Object.keys(zip.files).sort();
  for (const name of names) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: stamp, createFolders: false });
  }
  return out.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
    platform: "UNIX",
  });
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "assets", "samples");
  const out = process.argv[2] ?? path.join(dir, "giang-thanh.xlsx");
  const out2026 = process.argv[3] ?? path.join(dir, "thon-2026.xlsx");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await buildSampleWorkbookBuffer());
  process.stdout.write(`Đã ghi ${out}\n`);
  fs.mkdirSync(path.dirname(out2026), { recursive: true });
  fs.writeFileSync(out2026, await buildThon2026WorkbookBuffer());
  process.stdout.write(`Đã ghi ${out2026}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`build-sample: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
