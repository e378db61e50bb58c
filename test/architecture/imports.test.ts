import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/**
 * Imports run one way (issue 8, item 5): shells → engine surface → engine; no cycle inside the
 * engine; the engine imports nothing of the project outside itself and no Node built-in (it is
 * pure); production code never imports test support; checks and payouts stay apart; documents
 * do not reach into the checks. Imports are read with the TypeScript parser (static, type-only,
 * re-exports, dynamic import() and require()), resolved to files of the repository.
 */

const ROOT = path.resolve(__dirname, "../..");
const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join("/");

interface Edge {
  from: string;
  to: string;
  /** The specifier as written. */
  spec: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

function specifiers(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      out.push(node.arguments[0].text);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const lit = node.argument.literal;
      if (ts.isStringLiteral(lit)) out.push(lit.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** A relative specifier → the repository file it names; null for packages and built-ins. */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return rel(candidate);
  }
  return rel(base);
}

const isTestSupport = (f: string): boolean =>
  f.startsWith("test/") ||
  f.startsWith("src/excel/fake/") ||
  /\.test\.tsx?$/.test(f) ||
  f.includes("/__fixtures__/");
const isEngine = (f: string): boolean => f.startsWith("src/engine/") && !isTestSupport(f);
const SHELLS = ["src/cli/", "src/taskpane/", "src/commands/", "src/excel/", "src/xlsx/"];
const isShell = (f: string): boolean => SHELLS.some((d) => f.startsWith(d)) && !isTestSupport(f);
const ENGINE_SURFACE = "src/engine/index.ts";
/** The pane's main thread: the pure helpers that do not load the engine's weight (below). */
const LIGHT_SURFACE = "src/engine/light.ts";

const files = sourceFiles(path.join(ROOT, "src")).map(rel);
const edges: Edge[] = [];
const packages: Edge[] = [];
for (const f of files) {
  for (const spec of specifiers(path.join(ROOT, f))) {
    const to = resolve(path.join(ROOT, f), spec);
    if (to === null) packages.push({ from: f, to: spec, spec });
    else edges.push({ from: f, to, spec });
  }
}
const show = (e: Edge): string => `${e.from} → ${e.spec}`;

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const strong = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) strong(v);
  return found;
}

describe("the cycle finder itself", () => {
  test("finds a three-file cycle and a self-import, and nothing in a tree", () => {
    const g = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
      ["e", ["e"]],
    ]);
    expect(cycles(g)).toEqual([["a", "b", "c"], ["e"]]);
    expect(
      cycles(
        new Map([
          ["x", ["y"]],
          ["y", []],
        ])
      )
    ).toEqual([]);
  });
});

describe("imports run one way", () => {
  test("the parser sees the imports (sanity: the shells and the engine import something)", () => {
    expect(edges.some((e) => e.from === "src/cli/commands.ts" && e.to === ENGINE_SURFACE)).toBe(
      true
    );
    expect(edges.filter((e) => isEngine(e.from)).length).toBeGreaterThan(50);
  });

  test("no import cycle inside src/engine", () => {
    const graph = new Map<string, string[]>();
    for (const f of files.filter(isEngine)) graph.set(f, []);
    for (const e of edges) if (isEngine(e.from) && isEngine(e.to)) graph.get(e.from)?.push(e.to);
    expect(cycles(graph)).toEqual([]);
  });

  test("src/engine imports nothing outside itself, and no Node built-in", () => {
    const outside = edges.filter((e) => isEngine(e.from) && !e.to.startsWith("src/engine/"));
    expect(outside.map(show)).toEqual([]);
    const builtins = new Set(require("module").builtinModules as string[]);
    const nodeOnly = packages.filter(
      (e) => isEngine(e.from) && (e.spec.startsWith("node:") || builtins.has(e.spec))
    );
    expect(nodeOnly.map(show)).toEqual([]);
  });

  test("production code never imports test support", () => {
    const bad = edges.filter((e) => !isTestSupport(e.from) && isTestSupport(e.to));
    expect(bad.map(show)).toEqual([]);
  });

  test("the shells reach the engine through its surfaces only (index.ts, light.ts)", () => {
    const bad = edges.filter(
      (e) =>
        isShell(e.from) &&
        e.to.startsWith("src/engine/") &&
        e.to !== ENGINE_SURFACE &&
        e.to !== LIGHT_SURFACE
    );
    expect(bad.map(show)).toEqual([]);
  });

  test("checks and payouts do not import each other; documents do not import checks", () => {
    const between = (a: string, b: string): string[] =>
      edges.filter((e) => isEngine(e.from) && e.from.startsWith(a) && e.to.startsWith(b)).map(show);
    expect(between("src/engine/checks/", "src/engine/payouts/")).toEqual([]);
    expect(between("src/engine/payouts/", "src/engine/checks/")).toEqual([]);
    expect(between("src/engine/sheets/", "src/engine/checks/")).toEqual([]);
  });
});

/**
 * The imports that load code when the file runs: `import type`, `export type` and imports of
 * types only are erased by the compiler and load nothing.
 */
function runtimeSpecifiers(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const c = st.importClause;
      const typesOnly =
        c !== undefined &&
        (c.isTypeOnly ||
          (!c.name &&
            c.namedBindings !== undefined &&
            ts.isNamedImports(c.namedBindings) &&
            c.namedBindings.elements.length > 0 &&
            c.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typesOnly) out.push(st.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(st) &&
      st.moduleSpecifier &&
      ts.isStringLiteral(st.moduleSpecifier)
    ) {
      const typesOnly =
        st.isTypeOnly ||
        (st.exportClause !== undefined &&
          ts.isNamedExports(st.exportClause) &&
          st.exportClause.elements.length > 0 &&
          st.exportClause.elements.every((e) => e.isTypeOnly));
      if (!typesOnly) out.push(st.moduleSpecifier.text);
    }
  }
  // A require() anywhere (a module loaded on first use, such as zod) loads when it runs.
  const visit = (n: ts.Node): void => {
    if (
      ts.isCallExpression(n) &&
      ts.isIdentifier(n.expression) &&
      n.expression.text === "require" &&
      n.arguments.length === 1 &&
      ts.isStringLiteral(n.arguments[0])
    )
      out.push(n.arguments[0].text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Every repository file and package `start` loads when it runs, itself included. */
function runtimeClosure(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string): void => {
    if (seen.has(f)) return;
    seen.add(f);
    if (f.startsWith("package:")) return;
    for (const spec of runtimeSpecifiers(path.join(ROOT, f))) {
      const to = resolve(path.join(ROOT, f), spec);
      visit(to === null ? `package:${spec}` : to);
    }
  };
  visit(start);
  return seen;
}

describe("the engine's light surface (the task pane's main thread)", () => {
  const HEAVY = ["package:decimal.js", "package:zod", "package:read-vietnamese-number"];

  test("loads neither decimal.js, zod nor read-vietnamese-number, nor the analysis", () => {
    const loaded = [...runtimeClosure(LIGHT_SURFACE)];
    expect(loaded.filter((f) => HEAVY.includes(f))).toEqual([]);
    expect(loaded).not.toContain("src/engine/analyze.ts");
    expect(loaded).not.toContain("src/engine/sheets/build.ts");
    // Not vacuous: the full surface loads all three, and the light one its own helpers.
    const full = runtimeClosure(ENGINE_SURFACE);
    expect(HEAVY.filter((p) => full.has(p))).toEqual(HEAVY);
    expect(loaded).toEqual(
      expect.arrayContaining(["src/engine/grid/address.ts", "src/engine/sheets/ownership.ts"])
    );
  });

  test("whatever the light surface exports, the full surface exports too", () => {
    const light = require("../../src/engine/light") as Record<string, unknown>;
    const full = require("../../src/engine") as Record<string, unknown>;
    const names = Object.keys(light);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => full[n] !== light[n])).toEqual([]);
  });
});

describe("the main threads of the pane and of the ribbon commands", () => {
  // What their entries load when they run (dynamic import() aside: the in-place fallback's chunk).
  const ENTRIES = ["src/taskpane/index.tsx", "src/commands/entry.ts"];
  const light = runtimeClosure(LIGHT_SURFACE);

  test.each(ENTRIES)("%s reaches the engine only through src/engine/light.ts", (entry) => {
    const loaded = [...runtimeClosure(entry)];
    const engineFiles = loaded.filter((f) => f.startsWith("src/engine/"));
    expect(engineFiles.filter((f) => !light.has(f))).toEqual([]);
    // Type-only imports of the full surface load nothing: what runs is the rule.
    expect(engineFiles).not.toContain(ENGINE_SURFACE);
    expect(
      loaded.filter((f) =>
        [
          "package:decimal.js",
          "package:zod",
          "src/app/service.ts",
          "src/taskpane/controller.ts",
          "src/commands/operations.ts",
          "src/taskpane/engine-ops.ts",
        ].includes(f)
      )
    ).toEqual([]);
    // Not vacuous: the entry loads the office-js adapter, the engine client and the light surface.
    expect(loaded).toEqual(
      expect.arrayContaining(["src/excel/port.ts", "src/taskpane/engine-client.ts", LIGHT_SURFACE])
    );
  });

  test("the worker's side loads the engine and the ribbon's operations (the rule above can fail)", () => {
    const worker = runtimeClosure("src/taskpane/engine.worker.ts");
    expect(worker.has(ENGINE_SURFACE)).toBe(true);
    expect(worker.has("src/commands/operations.ts")).toBe(true);
    expect(worker.has("package:decimal.js")).toBe(true);
  });
});
