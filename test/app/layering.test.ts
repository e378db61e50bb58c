import * as fs from "fs";
import * as path from "path";

/**
 * Imports run one way: shells (task pane, ribbon commands, CLI) → application (src/app) → engine.
 * The application knows the engine through its surface (src/engine/index.ts) and the port
 * interface, never office-js, ExcelJS, an adapter or a shell; the engine never knows the
 * application.
 */
const SRC = path.join(__dirname, "..", "..", "src");

/** Every module specifier a file imports (static, type-only, re-export or dynamic). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(
    /(?:\bfrom\s*|\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?|\bimport\s+)["']([^"']+)["']/g
  ))
    out.push(m[1]);
  return out;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The folder under src/ a relative import from `file` lands in, or the package name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith(".")) return spec;
  const abs = path.resolve(path.dirname(file), spec);
  return path.relative(SRC, abs).split(path.sep).join("/");
}

// The modules the task pane loads on demand (their own webpack chunks): importing them through
// the engine's index would pull them into the initial bundle. The two samples share one chunk.
const LAZY_ENGINE_MODULES = new Set([
  "engine/sample/giang-thanh",
  "engine/sample/thon-2026",
  "engine/policy/policy-sheet",
]);

test("src/app imports only itself, the engine's surface and its lazily loaded modules", () => {
  const bad: string[] = [];
  for (const file of filesUnder(path.join(SRC, "app"))) {
    for (const spec of importsOf(file)) {
      const t = target(file, spec);
      const ok = t.startsWith("app/") || t === "engine" || LAZY_ENGINE_MODULES.has(t);
      if (!ok) bad.push(`${path.relative(SRC, file)} → ${spec}`);
    }
  }
  expect(bad).toEqual([]);
});

test("the engine never imports the application, an adapter or a shell", () => {
  const outer = ["app", "excel", "xlsx", "taskpane", "commands", "cli"];
  const bad: string[] = [];
  for (const file of filesUnder(path.join(SRC, "engine"))) {
    for (const spec of importsOf(file)) {
      const t = target(file, spec);
      if (outer.some((o) => t === o || t.startsWith(`${o}/`)))
        bad.push(`${path.relative(SRC, file)} → ${spec}`);
    }
  }
  expect(bad).toEqual([]);
});

test("the scan sees imports (a file known to import the engine is found doing so)", () => {
  const specs = importsOf(path.join(SRC, "app", "service.ts"));
  expect(specs).toContain("../engine");
  expect(specs).toContain("../engine/sample/giang-thanh");
});
