import * as fs from "fs";
import * as path from "path";
import type { Lang } from "../engine";
import { InputFileError } from "./read";
import type { WorkbookPackage } from "./package";

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

/** Two paths naming one file: same device and inode (hard links too), or the same real path. */
function sameFile(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    if (sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0) return true;
  } catch {
    // The output usually does not exist yet.
  }
  const ra = realOrResolved(a);
  const rb = realOrResolved(b);
  if (ra === rb) return true;
  // Windows and macOS compare names without case (and macOS without normalisation).
  const folding = process.platform === "win32" || process.platform === "darwin";
  const fold = (p: string) => p.normalize("NFC").toLowerCase();
  return folding && fold(ra) === fold(rb);
}

/** Throws SameFileError when `outPath` is `inputPath`: by identity, not by the path's text. */
export function refuseSameFile(inputPath: string, outPath: string, lang: Lang = "vi"): void {
  if (sameFile(inputPath, outPath)) throw new SameFileError(outPath, lang);
}

/** Write the finished package to `outPath`, making its folder if needed. */
export function writeOutput(outPath: string, bytes: Buffer): void {
  fs.mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
  fs.writeFileSync(outPath, bytes);
}

/** `--out` whose extension says another kind of file than the clerk's package (CONTRACT §2). */
export class OutExtensionError extends InputFileError {
  constructor(outPath: string, wanted: ".xlsx" | ".xlsm", lang: Lang = "vi") {
    super("unreadable", outPath, lang);
    this.name = "OutExtensionError";
    const macros = wanted === ".xlsm";
    this.message =
      lang === "en"
        ? `the output file must end in ${wanted}: the input workbook ${macros ? "holds macros (.xlsm)" : "holds no macros (.xlsx)"} and is written as it is: ${outPath}`
        : `tệp kết quả phải có đuôi ${wanted}: tệp đầu vào ${macros ? "có macro (.xlsm)" : "không có macro (.xlsx)"} và được ghi đúng loại đó: ${outPath}`;
  }
}

/**
 * The clerk's package is written as it is (an .xlsm stays macro-enabled), so the output's name
 * must say the same kind: an .xlsx under an .xlsm name (or the reverse) is refused, never written.
 * Other extensions are the clerk's choice and left alone.
 */
export function refuseWrongExtension(
  macroEnabled: boolean,
  outPath: string,
  lang: Lang = "vi"
): void {
  const ext = path.extname(outPath).toLowerCase();
  if (ext === ".xlsm" && !macroEnabled) throw new OutExtensionError(outPath, ".xlsx", lang);
  if (ext === ".xlsx" && macroEnabled) throw new OutExtensionError(outPath, ".xlsm", lang);
}

/** Whether the package's workbook part is macro-enabled (its content type, as Excel decides). */
export function isMacroEnabled(pkg: WorkbookPackage): boolean {
  const types = pkg.zip.read("[Content_Types].xml")?.toString("utf8") ?? "";
  return /sheet\.macroEnabled\.main\+xml/i.test(types);
}
