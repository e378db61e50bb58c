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

/** The bundled sample district workbook (CONTRACT §1). */
export function samplePath(): string {
  return path.join(ROOT, "assets", "samples", "giang-thanh.xlsx");
}
