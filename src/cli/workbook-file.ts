import ExcelJS from "exceljs";
import type { Analysis, Lang, SheetSpec } from "../engine";
import type { DinhBien, DocumentOptions, RunRequest } from "../app";
import { createDinhBien } from "../app";
import { readWorkbookFile } from "../xlsx/read";
import { XlsxWorkbookPort } from "../xlsx/port";
import { refuseSameFile, writeWorkbookFile } from "../xlsx/generate";

/** The CLI's port: an .xlsx file read into memory (the file itself is only read). */
export async function openWorkbookFile(file: string, lang: Lang): Promise<XlsxWorkbookPort> {
  const { workbook, grids } = await readWorkbookFile(file, lang);
  return new XlsxWorkbookPort(workbook, grids);
}

/**
 * Read `inputPath`, generate the five documents through the application service and write a copy
 * with them to `outPath`; the input file is only read, and `outPath` may not be it.
 */
export async function generateFile(
  inputPath: string,
  outPath: string,
  request: Partial<RunRequest> & DocumentOptions = {},
  app: DinhBien = createDinhBien()
): Promise<{ analysis: Analysis; names: Record<string, string> }> {
  const { documentDate, info, kinds, ...run } = request;
  const lang = run.lang ?? "vi";
  refuseSameFile(inputPath, outPath, lang);
  const port = await openWorkbookFile(inputPath, lang);
  const out = await app.generate(port, { ...run, lang }, { documentDate, info, kinds });
  await writeWorkbookFile(port.workbook, outPath);
  return { analysis: out.analysis, names: out.result.names };
}

/** A new workbook holding only `specs` (the province's document over many files), at `outPath`. */
export async function writeNewWorkbook(
  specs: SheetSpec[],
  outPath: string,
  inputs: string[],
  lang: Lang
): Promise<Record<string, string>> {
  for (const input of inputs) refuseSameFile(input, outPath, lang);
  const port = new XlsxWorkbookPort(new ExcelJS.Workbook());
  const result = await port.writeSheets(specs);
  await writeWorkbookFile(port.workbook, outPath);
  return result.names;
}
