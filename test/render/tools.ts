import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

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
