import * as fs from "fs";
import * as path from "path";
import type { Options } from "./args";
import { UsageError } from "./errors";
import { t } from "./i18n";

/**
 * The input files of check, payouts and generate (CONTRACT §2): one FILE.xlsx as before, or
 * several files and folders (FILE… | DIR), read in one run as one province. A folder gives its
 * .xlsx files in name order (not its subfolders; Excel's "~$" lock files and hidden files left out).
 */

export interface InputFile {
  /** As the clerk named it: the argument, or the folder argument joined with the file's name. */
  file: string;
  /** Absolute path. */
  path: string;
}

export interface Inputs {
  files: InputFile[];
  /** Several files, a folder or a province register: the province's run. */
  province: boolean;
}

const isDirectory = (p: string): boolean => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

function folderFiles(arg: string, dir: string, o: Options): InputFile[] {
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.xlsx$/i.test(e.name) && !/^(~\$|\.)/.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0)
    throw new UsageError(
      t(o.lang, `thư mục ${arg} không có tệp .xlsx nào`, `the folder ${arg} holds no .xlsx file`)
    );
  return names.map((name) => ({ file: path.join(arg, name), path: path.join(dir, name) }));
}

export function inputFiles(o: Options, cwd: string): Inputs {
  if (o.positional.length === 0)
    throw new UsageError(
      t(
        o.lang,
        `lệnh ${o.command} cần một tệp .xlsx (hoặc nhiều tệp, một thư mục)`,
        `${o.command} needs an .xlsx file (or several, or a folder)`
      )
    );
  const files: InputFile[] = [];
  let folder = false;
  for (const arg of o.positional) {
    const abs = path.resolve(cwd, arg);
    if (isDirectory(abs)) {
      folder = true;
      files.push(...folderFiles(arg, abs, o));
    } else files.push({ file: arg, path: abs });
  }
  // The same file named twice (a folder and one of its files) is read once.
  const seen = new Set<string>();
  const unique: InputFile[] = [];
  for (const f of files) {
    if (seen.has(f.path)) continue;
    seen.add(f.path);
    unique.push(f);
  }
  return { files: unique, province: folder || unique.length > 1 || o.register !== undefined };
}
