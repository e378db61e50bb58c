import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import type { Lang } from "../engine";
import { InputFileError } from "./read";

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

/** Throws SameFileError when `outPath` is `inputPath` (also through a link or a relative path). */
export function refuseSameFile(inputPath: string, outPath: string, lang: Lang = "vi"): void {
  if (realOrResolved(inputPath) === realOrResolved(outPath)) throw new SameFileError(outPath, lang);
}

/** Write the workbook to `outPath`, making its folder if needed. */
export async function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  outPath: string
): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
  await workbook.xlsx.writeFile(outPath);
}
