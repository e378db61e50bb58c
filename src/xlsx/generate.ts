import * as fs from "fs";
import * as path from "path";
import type { Analysis, AnalysisOptions, Lang } from "../engine/types";
import { analyze } from "../engine/analyze";
import { buildSheets } from "../engine/sheets/build";
import { InputFileError, readWorkbookFile } from "./read";
import { listMarkedSheets, writeSheetSpecs } from "./write";

/** `--out` naming the input file itself: refused, the input is never modified (CONTRACT §2). */
export class SameFileError extends InputFileError {
  constructor(file: string, lang: Lang = "vi") {
    super("unreadable", file, lang);
    this.name = "SameFileError";
    this.message =
      lang === "en"
        ? `the output file must differ from the input file: ${file}`
        : `tệp kết quả phải khác tệp đầu vào: ${file}`;
  }
}

function realOrResolved(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync(abs);
  } catch {
    // The output usually does not exist yet: resolve its directory instead.
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Today as an ISO day in local time (the clerk's calendar, not UTC). */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * Read `inputPath` into memory, analyse it (earlier generated sheets are not read as input), build
 * the five documents and write a copy with them to `outPath`. The input file is only read.
 * documentDate: the option, else the information sheet's date, else today.
 */
export async function generateFile(
  inputPath: string,
  outPath: string,
  options: AnalysisOptions & { documentDate?: string } = {}
): Promise<{ analysis: Analysis; names: Record<string, string> }> {
  const lang = options.lang ?? "vi";
  if (realOrResolved(inputPath) === realOrResolved(outPath)) throw new SameFileError(outPath, lang);
  const { workbook, grids } = await readWorkbookFile(inputPath, lang);
  const generatedSheets = listMarkedSheets(workbook)
    // The policy sheet is the add-in's too, but the clerk edits it and it is read back as input.
    .filter((s) => s.marker !== null && s.marker !== "policy")
    .map((s) => s.name);
  const { documentDate, ...analysisOptions } = options;
  const analysis = analyze(grids, { ...analysisOptions, generatedSheets });
  const date = documentDate ?? analysis.info.documentDate ?? todayIso();
  const specs = buildSheets(analysis, { documentDate: date });
  const result = writeSheetSpecs(workbook, specs);
  fs.mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
  await workbook.xlsx.writeFile(outPath);
  return { analysis, names: result.names };
}
