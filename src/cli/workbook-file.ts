import type { Analysis, Lang, SheetSpec } from "../engine";
import type { DinhBien, DocumentOptions, RunRequest } from "../app";
import { createDinhBien } from "../app";
import { readWorkbookFile } from "../xlsx/read";
import { PackageWorkbookPort } from "../xlsx/package-port";
import {
  isMacroEnabled,
  refuseSameFile,
  refuseWrongExtension,
  writeOutput,
} from "../xlsx/generate";

/** The CLI's port: an .xlsx file read into memory (the file itself is only read). */
export async function openWorkbookFile(file: string, lang: Lang): Promise<PackageWorkbookPort> {
  return new PackageWorkbookPort(await readWorkbookFile(file, lang));
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
  // The writer is loaded only here, never by check.
  const { writeIntoPackage } = await import("../xlsx/package-write");
  let bytes: Buffer | null = null;
  // Only the port holds the file's grids (it lets them go before writing).
  const port = new PackageWorkbookPort(await readWorkbookFile(inputPath, lang), async (sheets) => {
    const written = await writeIntoPackage(port.package, sheets);
    bytes = written.bytes;
    return { names: written.names, replaced: written.replaced };
  });
  refuseWrongExtension(isMacroEnabled(port.package), outPath, lang);
  const out = await app.generate(port, { ...run, lang }, { documentDate, info, kinds });
  refuseSameFile(inputPath, outPath, lang);
  if (bytes) writeOutput(outPath, bytes);
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
  // The writer is loaded only when a document is written, as in generateFile.
  const { newWorkbook } = await import("../xlsx/package-write");
  const written = await newWorkbook(specs);
  writeOutput(outPath, written.bytes);
  return written.names;
}
