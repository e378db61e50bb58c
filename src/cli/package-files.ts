import * as fs from "fs";
import * as path from "path";

// src/cli/*.ts and lib/cli/*.js are both two levels under the package root.
const ROOT = path.join(__dirname, "..", "..");

export function packageVersion(): string {
  const file = path.join(ROOT, "package.json");
  try {
    const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** The bundled sample workbooks (CONTRACT §1, §2), by `demo --sample` id. */
const SAMPLE_FILES = { "giang-thanh-2019": "giang-thanh", "thon-2026": "thon-2026" } as const;

/** The bundled sample district workbook (CONTRACT §1), or the 2026 one. */
export function samplePath(id: keyof typeof SAMPLE_FILES = "giang-thanh-2019"): string {
  return path.join(ROOT, "assets", "samples", `${SAMPLE_FILES[id]}.xlsx`);
}

/** The file name demo writes for a sample: "giang-thanh-dinh-bien.xlsx", "thon-2026-dinh-bien.xlsx". */
export function demoOutName(id: keyof typeof SAMPLE_FILES = "giang-thanh-2019"): string {
  return `${SAMPLE_FILES[id]}-dinh-bien.xlsx`;
}
