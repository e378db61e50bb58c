/**
 * The package reader (src/xlsx/package.ts, zip.ts) on packages built part by part: what Excel
 * reads, the reader reads; what is damaged or beyond a limit is refused with one line naming why.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { rawXlsx, sheetXml } from "../../scripts/corpus-packages";
import { buildSheets } from "../../src/engine/sheets/build";
import { sampleAnalysis } from "../../src/engine/sheets/__fixtures__/analysis";
import { newWorkbook } from "../../src/xlsx/package-write";
import { xmlSafe } from "../../src/xlsx/sheet-xml";
import {
  isDateFormat,
  keepNonOverlapping,
  parseRef,
  READ_LIMITS,
  resolveTarget,
  unescapeText,
} from "../../src/xlsx/package";
import { InputFileError, readWorkbookFile } from "../../src/xlsx/read";
import {
  FastFallback,
  FastScanner,
  saxesFeeder,
  type CloseHandler,
  type Feeder,
  type OpenHandler,
  type TextHandler,
} from "../../src/xlsx/fast";
import { withWorkbookParts } from "../support/workbook-parts";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dinh-bien-pkg-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function save(name: string, data: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

describe("package helpers", () => {
  test("relationship targets resolve against the source part", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe(
      "xl/worksheets/sheet1.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/ws/a.xml")).toBe("xl/ws/a.xml");
    expect(resolveTarget("xl/workbook.xml", "../custom/s%20b.xml")).toBe("custom/s b.xml");
  });

  test("cell references", () => {
    expect(parseRef("A1")).toEqual([1, 1]);
    expect(parseRef("XFD1048576")).toEqual([1048576, 16384]);
    expect(parseRef("$B$7")).toBeNull(); // a cell's r never has $ (ranges strip it first)
    expect(parseRef("7")).toBeNull();
  });

  test("date formats: d, m, y outside quotes and brackets", () => {
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("[$-42A]d mmmm yyyy")).toBe(true);
    expect(isDateFormat('#,##0" đ"')).toBe(false);
    expect(isDateFormat("0.00")).toBe(false);
    expect(isDateFormat("[Red]0")).toBe(false);
  });

  test("an overlapping merge is dropped, as Excel's repair does; the earlier one stays", () => {
    const a = { top: 4, left: 4, bottom: 7, right: 4 };
    const b = { top: 5, left: 4, bottom: 5, right: 5 };
    const c = { top: 8, left: 4, bottom: 8, right: 5 };
    expect(keepNonOverlapping([a, b, c])).toEqual([a, c]);
  });
});

describe("readWorkbookFile on packages", () => {
  test("a 1904 workbook: only date-formatted numbers move to the 1900 system", async () => {
    // 05/07/2010 is serial 40364 in the 1900 system, 38902 (= 40364 − 1462) in the 1904 one.
    const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const ws = sheetXml([["Ngày", "Hệ số"]], {
      extraRows: `<row r="2"><c r="A2" s="1"><v>38902</v></c><c r="B2"><v>1</v></c></row>`,
    });
    const buf = withWorkbookParts(rawXlsx([{ name: "S", xml: ws }]), { styles, date1904: true });
    const { grids } = await readWorkbookFile(save("1904.xlsx", buf));
    expect(grids[0].cells[1]).toEqual([40364, 1]);
  });

  test("merged non-master cells read as null; rows without values stay cheap", async () => {
    const ws = sheetXml(
      [
        ["Xã", "x"],
        ["Phú Mỹ", "y"],
      ],
      { merges: ["A1:B2"] }
    );
    const { grids } = await readWorkbookFile(save("merge.xlsx", rawXlsx([{ name: "S", xml: ws }])));
    expect(grids[0].cells).toEqual([
      ["Xã", null],
      [null, null],
    ]);
  });

  test("a stray cell in XFD1048576 gives ragged rows, not a 16 384-wide grid", async () => {
    const ws = sheetXml([["Họ và tên"], ["An"]], {
      extraRows: `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`,
    });
    const { grids } = await readWorkbookFile(save("stray.xlsx", rawXlsx([{ name: "S", xml: ws }])));
    const g = grids[0];
    expect(g.cells).toHaveLength(1048576);
    expect(g.cells[0]).toEqual(["Họ và tên"]);
    expect(g.cells[500]).toEqual([]);
    expect(g.cells[1048575]).toHaveLength(16384);
  });

  test("a sheet beyond the cell limit is refused in one line naming the sheet", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`Người ${i}`, "Thủ quỹ", 1]);
    const file = save("cap.xlsx", rawXlsx([{ name: "Danh sách lớn", xml: sheetXml(rows) }]));
    const err = await readWorkbookFile(file, "vi", { ...READ_LIMITS, sheetCells: 500 }).catch(
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(InputFileError);
    expect((err as InputFileError).problem).toBe("too-large");
    expect((err as Error).message).toContain("«Danh sách lớn»");
    expect((err as Error).message).not.toMatch(/\n/);
  });

  test("the inflated total is capped across parts", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`Người ${i}`, "Thủ quỹ", 1]);
    const buf = rawXlsx([
      { name: "A", xml: sheetXml(rows) },
      { name: "B", xml: sheetXml(rows) },
    ]);
    const one = sheetXml(rows).length;
    // Room for the small parts and one sheet, not for both.
    const limits = { ...READ_LIMITS, totalBytes: one + 4000 };
    const err = await readWorkbookFile(save("total.xlsx", buf), "en", limits).catch(
      (e: unknown) => e
    );
    expect((err as InputFileError).problem).toBe("too-large");
    expect((err as Error).message).toContain("xl/worksheets/sheet2.xml");
  });

  test("a special file is refused in one line", async () => {
    const err = await readWorkbookFile("/dev/zero").catch((e: unknown) => e);
    expect((err as InputFileError).problem).toBe("not-file");
  });
});

describe("writing text XML 1.0 forbids", () => {
  test("U+FFFE, U+0001 and a lone surrogate are escaped, and read back as they were", async () => {
    const nasty = "Nguyễn\uFFFEVăn\u0001An\uD800 _x0041_";
    expect(xmlSafe(nasty)).toBe("Nguyễn_xFFFE_Văn_x0001_An_xD800_ _x005F_x0041_");
    expect(unescapeText(xmlSafe(nasty))).toBe(nasty);
    const specs = buildSheets(sampleAnalysis({ withError: true }), { documentDate: "2019-03-05" });
    const cell = specs[0].cells.find((c) => typeof c.value === "string" && c.formula === undefined);
    if (!cell) throw new Error("no text cell in the summary spec");
    cell.value = nasty;
    const file = save("nasty.xlsx", (await newWorkbook(specs)).bytes);
    // The reader is strict XML (saxes): an unescaped U+FFFE would fail the whole part.
    const { grids } = await readWorkbookFile(file);
    const g = grids.find((x) => x.sheet === specs[0].name);
    expect(g?.cells[cell.row - g.firstRow][cell.col - g.firstCol]).toBe(nasty);
  });
});

describe("the fast scanner and saxes read alike", () => {
  const events = (
    feed: (f: Feeder) => void,
    make: (o: OpenHandler, t: TextHandler, c: CloseHandler) => Feeder
  ) => {
    const out: string[] = [];
    const f = make(
      (n, a) => out.push(`<${n} ${JSON.stringify(a)}`),
      (t) => out.push(`"${t}`),
      (n) => out.push(`/${n}`)
    );
    feed(f);
    return out.join("|").replace(/\|"(?="|$)/g, "");
  };
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="m"><x:sheetData><x:row r="1">` +
    `<x:c r="A1" t="inlineStr"><x:is><x:t>A &amp; B &lt;&#x1EA0;&#65;&gt; "q"</x:t></x:is></x:c>` +
    `<x:c r="B1" t="str"><x:f>IF(A1&gt;0,"a&gt;b",'c')</x:f><x:v>a</x:v></x:c></x:row></x:sheetData>` +
    `<x:dataValidations><x:dataValidation prompt="1 > 0" sqref="A1"/></x:dataValidations></x:worksheet>`;

  test("same events, whatever the chunk boundaries", () => {
    const strict = events(
      (f) => {
        f.write(xml);
        f.close();
      },
      (o, t, c) =>
        saxesFeeder(o, t, c, () => {
          throw new Error("saxes error");
        })
    );
    for (const size of [1, 7, 64, xml.length]) {
      const fast = events(
        (f) => {
          for (let i = 0; i < xml.length; i += size) f.write(xml.slice(i, i + size));
          f.close();
        },
        (o, t, c) => new FastScanner(o, t, c)
      );
      // Text may arrive in more pieces from the fast scanner: compare the joined text.
      const join = (s: string) => s.replace(/"\|"/g, "");
      expect(join(fast)).toBe(join(strict));
    }
  });

  test("a comment, CDATA or a DOCTYPE hands the part to saxes", () => {
    const scanner = new FastScanner(
      () => undefined,
      () => undefined,
      () => undefined
    );
    expect(() => scanner.write("<a><!-- note --></a>")).toThrow(FastFallback);
    expect(() =>
      new FastScanner(
        () => undefined,
        () => undefined,
        () => undefined
      ).write("<a>&nbsp;</a>")
    ).toThrow(FastFallback);
  });

  test("a worksheet with CDATA and a comment still reads (through saxes)", async () => {
    const ws = sheetXml([["Họ và tên"]], {
      extraRows: `<!-- ghi chú --><row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[An & Bình]]></t></is></c></row>`,
    });
    const { grids } = await readWorkbookFile(save("cdata.xlsx", rawXlsx([{ name: "S", xml: ws }])));
    expect(grids[0].cells).toEqual([["Họ và tên"], ["An & Bình"]]);
  });
});
