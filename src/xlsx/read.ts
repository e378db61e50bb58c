import * as fs from "fs";
import type { Grid, Lang } from "../engine";
import { PackageError, READ_LIMITS, WorkbookPackage, type ReadLimits } from "./package";
import { ZipError } from "./zip";

/**
 * Reads an .xlsx file into the engine's grids (the same shape office-js `values` gives the task
 * pane): formulas become their cached results, dates become Excel serial numbers of the 1900
 * system, rich text becomes plain text, error values become { error }. The package reader
 * (package.ts) follows the relationships, streams each worksheet and refuses what is damaged or
 * beyond the limits, each with one line that says why (never a library's own message).
 */

export type InputFileProblem =
  "missing" | "not-file" | "not-xlsx" | "unreadable" | "empty" | "too-large";

/** A file the CLI cannot read at all; the message is one line, ready for "dinh-bien: …". */
export class InputFileError extends Error {
  readonly problem: InputFileProblem;
  readonly path: string;
  constructor(problem: InputFileProblem, path: string, lang: Lang = "vi", detail?: string) {
    super(inputFileMessage(problem, path, lang, detail));
    this.name = "InputFileError";
    this.problem = problem;
    this.path = path;
  }
}

function inputFileMessage(
  problem: InputFileProblem,
  path: string,
  lang: Lang,
  detail?: string
): string {
  const extra = detail ? ` (${oneLine(detail)})` : "";
  if (lang === "en") {
    switch (problem) {
      case "missing":
        return `file not found: ${path}`;
      case "not-file":
        return `not a regular file: ${path}`;
      case "not-xlsx":
        return `not an Excel .xlsx workbook: ${path}${extra}`;
      case "unreadable":
        return `cannot read the workbook ${path}: the file is damaged or not a valid .xlsx${extra}`;
      case "empty":
        return `the workbook ${path} has no data (no sheet holds any value)`;
      case "too-large":
        return `the workbook ${path} is too large to read${extra}`;
    }
  }
  switch (problem) {
    case "missing":
      return `không tìm thấy tệp ${path}`;
    case "not-file":
      return `${path} không phải là một tệp thông thường`;
    case "not-xlsx":
      return `tệp ${path} không phải tệp Excel .xlsx${extra}`;
    case "unreadable":
      return `không đọc được tệp ${path}: tệp bị hỏng hoặc không phải .xlsx hợp lệ${extra}`;
    case "empty":
      return `tệp ${path} không có dữ liệu (không sheet nào có giá trị)`;
    case "too-large":
      return `tệp ${path} quá lớn để đọc${extra}`;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim().slice(0, 200);
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An empty zip archive (end of central directory only). */
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: old .xls, and also a password-protected .xlsx. */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Buffer, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

const t = (lang: Lang, vi: string, en: string): string => (lang === "en" ? en : vi);

/** What a file that is not a zip is, when its first bytes say so. */
function notZipHint(buffer: Buffer, lang: Lang): string | undefined {
  if (startsWith(buffer, OLE2_SIGNATURE))
    return t(
      lang,
      "tệp .xls cũ hoặc tệp có mật khẩu; hãy lưu lại dạng .xlsx, không đặt mật khẩu",
      "an old .xls file or a password-protected workbook; save it as .xlsx without a password"
    );
  const head = buffer
    .subarray(0, 512)
    .toString("latin1")
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, "");
  if (/^\s*<(!doctype html|html|table|head|body|meta)/i.test(head))
    return t(
      lang,
      "tệp HTML (trang web hay bảng xuất từ phần mềm khác); hãy mở bằng Excel và lưu lại dạng .xlsx",
      "an HTML file (a web page or a table exported by other software); open it in Excel and save it as .xlsx"
    );
  if (buffer.length === 0) return t(lang, "tệp rỗng, 0 byte", "the file is empty, 0 bytes");
  if (/^[\t\n\r\x20-\x7e\x80-\xff]*$/.test(head) && !/^\s*</.test(head))
    return t(
      lang,
      "tệp văn bản (có thể là CSV); hãy mở bằng Excel và lưu lại dạng .xlsx",
      "a text file (perhaps CSV); open it in Excel and save it as .xlsx"
    );
  if (/^\s*<\?xml/i.test(head))
    return t(
      lang,
      "tệp XML (có thể là Bảng tính XML 2003); hãy lưu lại dạng .xlsx",
      "an XML file (perhaps an XML Spreadsheet 2003); save it as .xlsx"
    );
  return undefined;
}

function zipProblem(e: ZipError, path: string, lang: Lang, limits: ReadLimits): InputFileError {
  const part = e.part ?? "";
  const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;
  switch (e.problem) {
    case "not-zip":
      return new InputFileError("not-xlsx", path, lang);
    case "duplicate":
      return new InputFileError(
        "unreadable",
        path,
        lang,
        t(lang, `hai mục trùng tên «${part}» trong tệp zip`, `two zip entries named «${part}»`)
      );
    case "crc":
      return new InputFileError(
        "unreadable",
        path,
        lang,
        t(lang, `mã kiểm tra CRC sai ở «${part}»`, `CRC check failed for «${part}»`)
      );
    case "encrypted":
      return new InputFileError(
        "not-xlsx",
        path,
        lang,
        t(
          lang,
          "tệp có mật khẩu; hãy lưu lại không đặt mật khẩu",
          "the workbook is password-protected; save it without a password"
        )
      );
    case "method":
      return new InputFileError(
        "unreadable",
        path,
        lang,
        t(
          lang,
          `«${part}» nén theo cách không hỗ trợ`,
          `«${part}» uses an unsupported compression method`
        )
      );
    case "too-large":
      return new InputFileError(
        "too-large",
        path,
        lang,
        part
          ? t(
              lang,
              `«${part}» giải nén ra quá ${mib(limits.partBytes)} hoặc tổng quá ${mib(limits.totalBytes)}`,
              `«${part}» inflates beyond ${mib(limits.partBytes)}, or the parts read beyond ${mib(limits.totalBytes)} in all`
            )
          : t(lang, "quá nhiều mục trong tệp zip", "too many zip entries")
      );
    case "damaged":
      return new InputFileError(
        "unreadable",
        path,
        lang,
        part
          ? t(lang, `phần «${part}» bị hỏng`, `the part «${part}» is damaged`)
          : t(lang, "tệp zip bị hỏng hoặc bị cắt cụt", "the zip archive is damaged or truncated")
      );
  }
}

function packageProblem(e: PackageError, path: string, lang: Lang): InputFileError {
  const d = e.detail;
  switch (d.problem) {
    case "not-workbook": {
      const what =
        d.kind === "ods"
          ? t(
              lang,
              "bảng tính OpenDocument (.ods); hãy lưu lại dạng .xlsx",
              "an OpenDocument spreadsheet (.ods); save it as .xlsx"
            )
          : d.kind === "docx"
            ? t(
                lang,
                "tài liệu Word (.docx), không phải bảng tính",
                "a Word document (.docx), not a workbook"
              )
            : d.kind === "pptx"
              ? t(
                  lang,
                  "bài trình chiếu PowerPoint (.pptx), không phải bảng tính",
                  "a PowerPoint presentation (.pptx), not a workbook"
                )
              : t(
                  lang,
                  "tệp zip không chứa bảng tính Excel",
                  "a zip archive without an Excel workbook in it"
                );
      return new InputFileError("not-xlsx", path, lang, what);
    }
    case "too-many-cells":
      return new InputFileError(
        "too-large",
        path,
        lang,
        t(
          lang,
          `sheet «${d.sheet}» có hơn ${d.limit.toLocaleString("vi-VN")} ô; hãy tách danh sách thành nhiều tệp`,
          `sheet «${d.sheet}» has more than ${d.limit.toLocaleString("en-US")} cells; split the roster into several files`
        )
      );
    case "bad-xml":
      return new InputFileError(
        "unreadable",
        path,
        lang,
        t(
          lang,
          `phần «${d.part}» không phải XML hợp lệ`,
          `the part «${d.part}» is not well-formed XML`
        )
      );
  }
}

/** The reader's own failures as the one line a clerk reads; anything else is passed on. */
function asInputError(e: unknown, path: string, lang: Lang, limits: ReadLimits): unknown {
  if (e instanceof ZipError) return zipProblem(e, path, lang, limits);
  if (e instanceof PackageError) return packageProblem(e, path, lang);
  if (e instanceof RangeError)
    return new InputFileError(
      "too-large",
      path,
      lang,
      t(lang, "vượt quá bộ nhớ cho phép", "beyond the memory the reader allows")
    );
  return e;
}

export interface WorkbookFile {
  package: WorkbookPackage;
  /** Every worksheet's grid, in tab order. */
  grids: Grid[];
  /** The file's bytes (generate copies every part it does not replace from them). */
  bytes: Buffer;
}

/** Read a workbook file; throws InputFileError for anything the engine cannot start from. */
export async function readWorkbookFile(
  path: string,
  lang: Lang = "vi",
  limits: ReadLimits = READ_LIMITS
): Promise<WorkbookFile> {
  let buffer: Buffer;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    throw new InputFileError("missing", path, lang);
  }
  if (!stat.isFile())
    throw new InputFileError(stat.isDirectory() ? "missing" : "not-file", path, lang);
  if (stat.size > limits.totalBytes)
    throw new InputFileError(
      "too-large",
      path,
      lang,
      t(
        lang,
        `tệp lớn hơn ${limits.totalBytes / 1024 / 1024} MiB`,
        `the file is over ${limits.totalBytes / 1024 / 1024} MiB`
      )
    );
  try {
    buffer = fs.readFileSync(path);
  } catch {
    throw new InputFileError("not-file", path, lang);
  }
  if (!startsWith(buffer, ZIP_SIGNATURE) && !startsWith(buffer, EMPTY_ZIP_SIGNATURE))
    throw new InputFileError("not-xlsx", path, lang, notZipHint(buffer, lang));
  let pkg: WorkbookPackage;
  const grids: Grid[] = [];
  try {
    pkg = new WorkbookPackage(buffer, limits);
    for (const sheet of pkg.sheets) grids.push(await pkg.readGrid(sheet));
  } catch (e) {
    throw asInputError(e, path, lang, limits);
  }
  if (grids.length === 0 || grids.every((g) => g.cells.length === 0)) {
    throw new InputFileError("empty", path, lang);
  }
  return { package: pkg, grids, bytes: buffer };
}
