/**
 * The worksheet cell scanner and the shared strings scanner (src/xlsx/scan.ts) against the
 * general path they stand in for: the same grids as the fast tag scanner (fast.ts) and saxes on
 * the corpus, on hand-made cells whose values are worked out below, on random worksheets and
 * whatever the chunk boundaries; FastFallback for what they leave to the general path.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import type { Grid } from "../../src/engine";
import { rawXlsx } from "../../scripts/corpus-packages";
import { WorkbookPackage, stringsBySaxes } from "../../src/xlsx/package";
import { FastFallback } from "../../src/xlsx/fast";
import { CellScanner, SheetSink, scanSharedStrings } from "../../src/xlsx/scan";
import { withWorkbookParts } from "../support/workbook-parts";

const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
const sheet = (data: string, after = ""): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><sheetData>${data}</sheetData>${after}</worksheet>`;

/** The package of one sheet, with shared strings and (optionally) the 1904 date system. */
function pkgOf(xml: string, strings: string[] = [], date1904 = false): WorkbookPackage {
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`;
  const styles = `<?xml version="1.0"?><styleSheet ${NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
  return new WorkbookPackage(
    withWorkbookParts(rawXlsx([{ name: "S", xml }]), { sharedStrings: sst, styles, date1904 })
  );
}

async function gridWith(
  pkg: WorkbookPackage,
  scanner: "cells" | "tags" | "saxes"
): Promise<Grid | "fallback" | string> {
  try {
    return await pkg.readGrid(pkg.sheets[0], scanner);
  } catch (e) {
    if (e instanceof FastFallback) return "fallback";
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}

/** The cell scanner's grid, which must be the fast tag scanner's. */
async function cells(xml: string, strings: string[] = [], date1904 = false): Promise<Grid> {
  const pkg = pkgOf(xml, strings, date1904);
  const fast = await gridWith(pkg, "cells");
  expect(fast).toEqual(await gridWith(pkg, "tags"));
  if (typeof fast === "string") throw new Error(`the cell scanner gave ${fast}`);
  return fast;
}

describe("the cell scanner reads cells as the general path does", () => {
  test("numbers, shared strings, booleans, errors, inline and formula strings", async () => {
    const g = await cells(
      sheet(
        `<row r="2" spans="1:6"><c r="A2"><v>1.5</v></c><c r="B2" t="s"><v>1</v></c>` +
          `<c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c>` +
          `<c r="E2" t="inlineStr"><is><r><t>Lê </t></r><r><t>Văn</t></r><rPh><t>X</t></rPh></is></c>` +
          `<c r="F2" t="str"><f>A2&amp;"x"</f><v>a &amp; b</v></c></row>`
      ),
      ["Hộ", "Nguyễn"]
    );
    expect(g.firstRow).toBe(2);
    expect(g.firstCol).toBe(1);
    expect(g.cells).toEqual([[1.5, "Nguyễn", true, { error: "#N/A" }, "Lê Văn", "a & b"]]);
  });

  test("number text as Number() reads it: signs, zeros, exponents, spaces", async () => {
    const vals = [
      "-0",
      "007",
      "-.25",
      "1.",
      "1e3",
      " 12 ",
      "0.1",
      "123456789012345678",
      "1.2.3",
      "+4",
    ];
    const row = vals.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${v}</v></c>`);
    const g = await cells(sheet(`<row r="1">${row.join("")}</row>`));
    expect(g.cells[0]).toEqual([-0, 7, -0.25, 1, 1000, 12, 0.1, 123456789012345680, null, 4]);
    expect(Object.is(g.cells[0][0], -0)).toBe(true);
  });

  test("references: no r, A0, $A$1 and lower case follow parseRef; rows without r count on", async () => {
    const g = await cells(
      sheet(
        `<row><c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row>` +
          `<row r="0"><c r="A0"><v>5</v></c><c r="$B$2"><v>6</v></c><c r="c2"><v>7</v></c></row>`
      )
    );
    // Row 1: A1, C1, D1. Row "0" is row 2: A0 and $B$2 are no references (column 1, then 2), c2 is C.
    expect(g.cells).toEqual([
      [1, null, 3, 4],
      [5, 6, 7, null],
    ]);
  });

  test("a cell left of the row's first, a cell written twice, a row written twice", async () => {
    const g = await cells(
      sheet(
        `<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="C1"><v>33</v></c></row>` +
          `<row r="2"><c r="B2"><v>2</v></c></row><row r="1"><c r="B1"><v>22</v></c></row>`
      )
    );
    expect(g.cells).toEqual([
      [1, 22, 33],
      [null, 2, null],
    ]);
  });

  test("1904 dates move only where the style shows a date; x: prefixes; entities in attributes", async () => {
    const g = await cells(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
        `<x:row r="&#51;"><x:c r="A3" s="1"><x:v>100</x:v></x:c><x:c r="B3" s="0"><x:v>100</x:v></x:c>` +
        `<x:c r="C&#51;" t="&#115;"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ["một"],
      true
    );
    expect(g.firstRow).toBe(3);
    expect(g.cells).toEqual([[1562, 100, "một"]]);
  });

  test("hidden rows and columns, merges, empty and self-closing cells", async () => {
    const g = await cells(
      `<worksheet ${NS}><cols><col min="2" max="3" hidden="1"/><col min="4" max="4" hidden="0"/></cols>` +
        `<sheetData><row r="1" hidden="true"><c r="A1" s="3"/><c r="B1"><v></v></c><c r="C1"><v>1</v></c></row>` +
        `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>2</v></c></row></sheetData>` +
        `<mergeCells count="2"><mergeCell ref="A2:B2"/><mergeCell ref="C1"/></mergeCells></worksheet>`,
      ["An"]
    );
    expect(g.hiddenRows).toEqual([1]);
    expect(g.hiddenCols).toEqual([2, 3]);
    expect(g.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
    expect(g.cells).toEqual([
      [null, null, 1],
      ["An", null, null],
    ]);
  });

  test("a comment, CDATA, a DOCTYPE, an unknown entity, an unquoted value go to the general path", async () => {
    for (const odd of [
      `<row r="1"><!-- x --><c r="A1"><v>1</v></c></row>`,
      `<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a]]></t></is></c></row>`,
      `<row r="1"><c r="A1"><v>&nbsp;</v></c></row>`,
      `<row r=1><c r="A1"><v>1</v></c></row>`,
      `<row r="1"><c r="A1"\fs="1"><v>1</v></c></row>`,
    ]) {
      const pkg = pkgOf(sheet(odd));
      expect(await gridWith(pkg, "cells")).toBe("fallback");
      // Read as a whole, the part still gives what the general path gives.
      expect(
        await pkg.readGrid(pkg.sheets[0]).catch((e: Error) => `${e.name}: ${e.message}`)
      ).toEqual(
        await gridWith(pkg, "tags").then((g) => (g === "fallback" ? gridWith(pkg, "saxes") : g))
      );
    }
  });
});

describe("the cell scanner on the corpus and on random worksheets", () => {
  test("every worksheet of the corpus reads alike through both scanners", async () => {
    const dir = path.join(__dirname, "..", "corpus");
    let compared = 0;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".xlsx"))) {
      let pkg: WorkbookPackage;
      try {
        pkg = new WorkbookPackage(fs.readFileSync(path.join(dir, f)));
      } catch {
        continue;
      }
      for (const s of pkg.sheets) {
        const a = await pkg.readGrid(s, "cells").catch((e: Error) => e.name);
        if (a === "Error") continue; // FastFallback: the general path reads it
        const b = await pkg.readGrid(s, "tags").catch((e: Error) => e.name);
        expect([f, s.name, a]).toEqual([f, s.name, b]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(60);
  });

  const value = fc.oneof(
    fc.integer({ min: -1e6, max: 1e6 }).map((n) => String(n)),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => String(n)),
    fc.constantFrom(
      "",
      " 1",
      "1e5",
      "-",
      ".",
      "0x10",
      "3",
      "true",
      "12345678901234567",
      "&amp;",
      "&#49;"
    )
  );
  const cellXml = fc
    .record({
      ref: fc.option(fc.constantFrom("A", "B", "C", "AA", "XFD", "$A$", "a", ""), {
        nil: undefined,
      }),
      t: fc.option(fc.constantFrom("s", "n", "b", "e", "str", "d", "inlineStr", "zz"), {
        nil: undefined,
      }),
      s: fc.option(fc.constantFrom("0", "1", "", "x"), { nil: undefined }),
      v: fc.option(value, { nil: undefined }),
      f: fc.boolean(),
      // How the start tag is written: the usual cell is read at once only in its usual form.
      quote: fc.constantFrom('"', "'"),
      sep: fc.constantFrom(" ", "  ", "\n", " \t"),
      eq: fc.constantFrom("=", " = "),
      extra: fc.option(fc.constantFrom(`cm="1"`, `vm='2'`, `x14ac:ph="a&amp;b"`, `q="&#x31;"`), {
        nil: undefined,
      }),
      end: fc.constantFrom("", " "),
    })
    .map((c) => (row: number) => {
      const attr = (name: string, v: string): string =>
        `${c.sep}${name}${c.eq}${c.quote}${v}${c.quote}`;
      const attrs = [
        c.ref !== undefined ? attr("r", `${c.ref}${row}`) : "",
        c.extra !== undefined ? `${c.sep}${c.extra}` : "",
        c.t !== undefined ? attr("t", c.t) : "",
        c.s !== undefined ? attr("s", c.s) : "",
        c.end,
      ].join("");
      const inner =
        (c.f ? "<f>A1</f>" : "") +
        (c.t === "inlineStr" ? `<is><t>${c.v ?? ""}</t></is>` : "") +
        (c.v !== undefined ? `<v>${c.v}</v>` : "");
      return inner === "" ? `<c${attrs}/>` : `<c${attrs}>${inner}</c>`;
    });
  const rowsXml = fc.array(
    fc.record({
      r: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
      hidden: fc.boolean(),
      cells: fc.array(cellXml, { maxLength: 6 }),
    }),
    { maxLength: 8 }
  );

  test("random worksheets: the same grid, whatever the chunk boundaries", async () => {
    await fc.assert(
      fc.asyncProperty(rowsXml, fc.integer({ min: 1, max: 64 }), async (rows, size) => {
        let n = 0;
        const data = rows
          .map((r) => {
            n = r.r ?? n + 1;
            const attrs = `${r.r !== undefined ? ` r="${r.r}"` : ""}${r.hidden ? ` hidden="1"` : ""}`;
            return `<row${attrs}>${r.cells.map((c) => c(Math.max(n, 1))).join("")}</row>`;
          })
          .join("\n");
        const xml = sheet(data);
        await cells(xml, ["x", "y", "z", "w"], true);
        // Fed in pieces, the scanner's sink holds the rows it holds fed at once.
        const whole = sinkOf([Buffer.from(xml)]);
        const bytes = Buffer.from(`\uFEFF${xml}`);
        const pieces: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
        expect(sinkOf(pieces)).toEqual(whole);
      }),
      { numRuns: 120 }
    );
  });
});

function sinkOf(chunks: Buffer[]): unknown {
  const sink = new SheetSink(["x", "y", "z", "w"], [false, true], true, 1e6);
  const scanner = new CellScanner(sink);
  try {
    for (const c of chunks) scanner.write(c);
    scanner.close();
  } catch (e) {
    return e instanceof FastFallback ? "fallback" : String(e);
  }
  const { rows, merges, hiddenRows, top, bottom, left, right } = sink;
  return { rows, merges, hiddenRows, top, bottom, left, right };
}

describe("the shared strings scanner", () => {
  const sst = (body: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<sst ${NS} count="2">${body}</sst>`;
  const both = (xml: string): { fast: string[] | null; saxes: string[] | string } => {
    let saxes: string[] | string;
    try {
      saxes = stringsBySaxes("xl/sharedStrings.xml", xml);
    } catch (e) {
      saxes = (e as Error).message;
    }
    return { fast: scanSharedStrings(xml), saxes };
  };

  test("text runs joined, phonetic runs left out, escapes and entities decoded", () => {
    const xml = sst(
      `<si><t xml:space="preserve"> Lê &amp; Văn </t></si><si><r><rPr><b/></rPr><t>Hồ</t></r><r><t>_x0041_</t></r>` +
        `<rPh sb="0" eb="1"><t>ホ</t></rPh><phoneticPr fontId="1"/></si><si/><si><t>&#x1EA0;&#65;</t></si>`
    );
    const { fast, saxes } = both(xml);
    expect(fast).toEqual([" Lê & Văn ", "HồA", "", "ẠA"]);
    expect(fast).toEqual(saxes);
  });

  test("whatever saxes would refuse or normalise goes to saxes", () => {
    for (const body of [
      `<si><t>a</si></t>`,
      `<si><t>a</t></si></sst><sst>`,
      `<si><!-- c --><t>a</t></si>`,
      `<si><t><![CDATA[a]]></t></si>`,
      `<si><t>&nbsp;</t></si>`,
      `<si><t>a & b</t></si>`,
      `<si><t>\u0001</t></si>`,
      `<si><t>a\r\nb</t></si>`,
      `<si><t a="1" a="2">x</t></si>`,
      `<si><t a=1>x</t></si>`,
      `<si><t>&#0;</t></si>`,
    ]) {
      const { fast, saxes } = both(sst(body));
      expect([body, fast]).toEqual([body, null]);
      expect(saxes).toBeDefined();
    }
    expect(both(`<sst><si><t>a</t></si>`).fast).toBeNull();
  });

  test("any mix of plain, escaped, spaced, rich and phonetic items reads as saxes reads it", () => {
    const text = fc.constantFrom(
      "Lê Văn",
      "a &amp; b",
      "&lt;x&gt;",
      "_x0041_",
      " sp ",
      "",
      "&#x1EA0;",
      "a & b"
    );
    const item = fc.oneof(
      text.map((t) => `<si><t>${t}</t></si>`),
      text.map((t) => `<si><t xml:space="preserve">${t}</t></si>`),
      fc
        .tuple(text, text)
        .map(([a, b]) => `<si><r><t>${a}</t></r><r><rPr><b/></rPr><t>${b}</t></r></si>`),
      fc
        .tuple(text, text)
        .map(([a, b]) => `<si><t>${a}</t><rPh sb="0" eb="1"><t>${b}</t></rPh></si>`),
      fc.constantFrom("<si/>", "\n", "<si><t>a</si></t>", "<si><t>x</t></si>  ")
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const { fast, saxes } = both(sst(items.join("")));
        // The scanner never reads differently from saxes: the same strings, or it hands over.
        if (fast !== null) expect(fast).toEqual(saxes);
      }),
      { numRuns: 300 }
    );
  });
});

test("a stray cell far out makes one wide row, not a wide sheet; the cap counts the gaps", async () => {
  const g = await cells(
    sheet(
      `<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row><row r="200"><c r="A200"><v>3</v></c></row>`
    )
  );
  expect(g.cells[0].length).toBe(16384);
  expect(g.cells[199]).toEqual([3]);
  expect(g.cells[1]).toEqual([]);
  const sink = new SheetSink([], [], false, 1000);
  const scan = new CellScanner(sink);
  expect(() =>
    scan.write(
      Buffer.from(sheet(`<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>`))
    )
  ).toThrow("too many");
});
