import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Analysis } from "../../src/engine/types";
import { buildSheets } from "../../src/engine/sheets/build";
import type { SheetSpec } from "../../src/engine/sheets/spec";
import { newWorkbook } from "../../src/xlsx/package-write";

/** A private LibreOffice profile per run, so parallel runs and a desktop session never clash. */
const PROFILE = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));

/** Convert `file` with LibreOffice headless into `outDir`; returns the path of the result. */
export function soffice(file: string, format: "pdf" | "xlsx", outDir: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  const filter = format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf";
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${PROFILE}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", timeout: 300_000 }
  );
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not produce ${out}`);
  return out;
}

export function pdfPages(pdf: string): string[] {
  const info = execFileSync("pdfinfo", [pdf]).toString();
  const n = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const pages: string[] = [];
  for (let p = 1; p <= n; p++)
    pages.push(
      execFileSync("pdftotext", ["-layout", "-f", String(p), "-l", String(p), pdf, "-"]).toString()
    );
  return pages;
}

export function pdfFonts(pdf: string): string[] {
  return execFileSync("pdffonts", [pdf])
    .toString()
    .split("\n")
    .slice(2)
    .map((l) => l.trim().split(/\s+/)[0])
    .filter((n) => n)
    .map((n) => n.replace(/^[A-Z]{6}\+/, ""));
}

export function pngs(pdf: string, prefix: string, first: number, last: number): void {
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    String(first),
    "-l",
    String(last),
    pdf,
    prefix,
  ]);
}

export function hasTools(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe", timeout: 120_000 });
    execFileSync("pdftotext", ["-v"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

/** Every formula cell of a workbook, with the result cached in the file. */
export interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  result: unknown;
}

export async function formulaCells(file: string): Promise<FormulaCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: FormulaCell[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v)
          out.push({ sheet: ws.name, address: c.address, formula: v.formula, result: v.result });
      })
    );
  return out;
}

/**
 * A copy of `file` at `stripped` with every cached formula result removed, so that LibreOffice
 * has to compute each formula itself; resolves to the number of cached values left (0).
 */
export async function stripCachedResults(file: string, stripped: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v)
          c.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
      })
    );
  fs.mkdirSync(path.dirname(stripped), { recursive: true });
  await wb.xlsx.writeFile(stripped);
  const zip = await JSZip.loadAsync(fs.readFileSync(stripped));
  const sheetXml = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /worksheets\/sheet\d+\.xml$/.test(f))
      .map((f) => zip.file(f)?.async("string") ?? "")
  );
  // A <v> right after a formula is a cached value.
  return (sheetXml.join("").match(/<\/f><v>/g) ?? []).length;
}

/**
 * A workbook holding only one generated document, written exactly as generateFile writes it
 * (re-reading the generated file with ExcelJS would drop its page breaks, which ExcelJS does not read).
 */
export async function onlySheet(
  analysis: Analysis,
  kind: SheetSpec["kind"],
  file: string,
  documentDate: string
): Promise<string> {
  const spec = buildSheets(analysis, { documentDate }).find((s) => s.kind === kind);
  if (!spec) throw new Error(kind);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, (await newWorkbook([spec])).bytes);
  return file;
}
