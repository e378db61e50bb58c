import * as fs from "fs";
import * as path from "path";

/**
 * check and payouts load no writer (issue 15 §2): from the CLI's entry point, the modules loaded
 * at start-up (static imports that are not type-only; `import()` is loaded on demand and not
 * followed) never reach ExcelJS. generate's writer does not load it either.
 */
const SRC = path.join(__dirname, "..", "..", "src");

function resolveModule(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (fs.existsSync(f)) return f;
  return null;
}

/** Static, value-level module specifiers of a file. */
function staticImports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(
    /^(?:import|export)\s+(?!type\b)([^;]*?)\bfrom\s*["']([^"']+)["']/gms
  ))
    out.push(m[2]);
  for (const m of text.matchAll(/^import\s+["']([^"']+)["']/gm)) out.push(m[1]);
  return out;
}

function loadedAtStartup(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop() as string;
    if (files.has(f)) continue;
    files.add(f);
    for (const spec of staticImports(f)) {
      if (!spec.startsWith(".")) {
        packages.add(spec);
        continue;
      }
      const r = resolveModule(f, spec);
      if (r) todo.push(r);
    }
  }
  return { files, packages };
}

test("the CLI's start-up never loads ExcelJS; generate's writer is loaded on demand", () => {
  const { files, packages } = loadedAtStartup(path.join(SRC, "cli", "main.ts"));
  expect([...packages].filter((p) => p.startsWith("exceljs"))).toEqual([]);
  // The scan does follow the read path (it is not vacuous).
  expect(files.has(path.join(SRC, "xlsx", "package.ts"))).toBe(true);
  expect(packages.has("saxes")).toBe(true);
  // The writer is loaded on demand only, and it too writes without ExcelJS (issue 15 §1).
  expect(files.has(path.join(SRC, "xlsx", "package-write.ts"))).toBe(false);
  const { packages: writing } = loadedAtStartup(path.join(SRC, "xlsx", "package-write.ts"));
  expect([...writing].filter((p) => p.startsWith("exceljs"))).toEqual([]);
  expect(writing.has("zlib")).toBe(true);
});
