/**
 * generate keeps everything of the clerk's (issue 13 §3): a workbook with a chart sheet, an
 * embedded chart, a VBA project and a dropdown fed from another sheet is generated into, and
 * every one of its parts is in the output with the very bytes it was stored with; only the parts
 * that list sheets and styles change. Regenerating replaces the documents and keeps the rest.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { rawXlsx, sheetXml, storedParts } from "../../scripts/corpus-packages";
import { ROSTER_HEADER } from "../../scripts/synthetic";
import { generateFile } from "../../src/cli/workbook-file";
import { OutExtensionError } from "../../src/xlsx/generate";
import { readWorkbookFile } from "../../src/xlsx/read";
import { ZipArchive } from "../../src/xlsx/zip";
import { zipParts } from "../../src/xlsx/zip-write";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A roster (4 people, the leaver on row 7 pays 12.510.000) the way a clerk's Excel keeps it. */
function clerkPackage(): Buffer {
  const header = [...ROSTER_HEADER];
  const row = (i: number, title: string, paid: boolean) => [
    i,
    `Người ${i}`,
    1970 + i,
    "Phú Mỹ",
    null,
    title,
    null,
    paid ? 1 : null,
    null,
    paid ? "01/03/2010" : null,
    paid ? "31/12/2018" : null,
    paid ? "Thôi việc" : "Bố trí",
    null,
  ];
  const cells = [
    ["DANH SÁCH XÃ PHÚ MỸ"],
    [],
    header,
    row(1, "Thủ quỹ", false),
    row(2, "Thú y", false),
    row(3, "Khuyến nông", false),
    row(4, "Văn thư - Lưu trữ", true),
  ];
  const roster = sheetXml(cells, {
    after:
      `<dataValidations count="1"><dataValidation type="list" sqref="L4:L1000"><formula1>'Danh mục'!$A$1:$A$2</formula1></dataValidation></dataValidations>` +
      `<drawing r:id="rId1"/>`,
  });
  const lists = sheetXml([["Thôi việc"], ["Bố trí"]]);
  const chart = `<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>`;
  const drawing = (id: string) =>
    `<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="${REL}"><!-- chart ${id} --></xdr:wsDr>`;
  const rels = (target: string, type: string) =>
    `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/${type}" Target="${target}"/></Relationships>`;
  const base = rawXlsx(
    [
      { name: "Danh sách", xml: roster },
      { name: "Danh mục", xml: lists },
    ],
    {
      extra: [
        {
          name: "xl/worksheets/_rels/sheet1.xml.rels",
          data: Buffer.from(rels("../drawings/drawing1.xml", "drawing")),
        },
        { name: "xl/drawings/drawing1.xml", data: Buffer.from(drawing("embedded")) },
        {
          name: "xl/drawings/_rels/drawing1.xml.rels",
          data: Buffer.from(rels("../charts/chart1.xml", "chart")),
        },
        { name: "xl/charts/chart1.xml", data: Buffer.from(chart) },
        {
          name: "xl/chartsheets/sheet1.xml",
          data: Buffer.from(
            `<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><drawing r:id="rId1"/></chartsheet>`
          ),
        },
        {
          name: "xl/chartsheets/_rels/sheet1.xml.rels",
          data: Buffer.from(rels("../drawings/drawing2.xml", "drawing")),
        },
        { name: "xl/drawings/drawing2.xml", data: Buffer.from(drawing("sheet")) },
        {
          name: "xl/vbaProject.bin",
          data: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)),
          store: true,
        },
      ],
    }
  );
  // The chart sheet, the VBA project and the macro-enabled content type, as Excel lists them.
  const parts = storedParts(base).map((p) => {
    const zip = new ZipArchive(base);
    if (p.name === "xl/workbook.xml")
      return {
        name: p.name,
        data: Buffer.from(
          (zip.read(p.name) as Buffer)
            .toString()
            .replace("</sheets>", `<sheet name="Biểu đồ" sheetId="3" r:id="rId3"/></sheets>`)
        ),
      };
    if (p.name === "xl/_rels/workbook.xml.rels")
      return {
        name: p.name,
        data: Buffer.from(
          (zip.read(p.name) as Buffer)
            .toString()
            .replace(
              "</Relationships>",
              `<Relationship Id="rId3" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`
            )
        ),
      };
    if (p.name === "[Content_Types].xml")
      return {
        name: p.name,
        data: Buffer.from(
          (zip.read(p.name) as Buffer)
            .toString()
            .replace("spreadsheetml.sheet.main+xml", "PLACEHOLDER")
            .replace(
              "application/vnd.openxmlformats-officedocument.PLACEHOLDER",
              "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
            )
            .replace(
              "</Types>",
              `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>`
            )
        ),
      };
    return p;
  });
  return zipParts(parts);
}

const CHANGED = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);

function stored(buf: Buffer): Map<string, { crc: number; size: number; bytes: string }> {
  return new Map(
    storedParts(buf).map((p) => {
      if (!("compressed" in p)) throw new Error(p.name);
      return [p.name, { crc: p.crc, size: p.size, bytes: p.compressed.toString("base64") }];
    })
  );
}

type Stored = ReturnType<typeof stored>;

/** Every part of `before` but the three sheet lists is in `after` with its very stored bytes. */
function expectKept(before: Stored, after: Stored): void {
  for (const [name, part] of before) {
    if (CHANGED.has(name)) continue;
    expect({ name, ...after.get(name) }).toEqual({ name, ...part });
  }
}

/** The file reads back: the clerk's sheets, then the five documents, each marked. */
async function expectDocuments(file: string, names: Record<string, string>): Promise<void> {
  const back = await readWorkbookFile(file);
  expect(back.package.sheets.map((s) => s.name)).toEqual([
    "Danh sách",
    "Danh mục",
    ...Object.values(names),
  ]);
  // The five documents' markers: each at workbook level, and inside its own sheet (sheet-scoped).
  const markers = back.package.definedNames.filter((d) => d.name.startsWith("DinhBien_"));
  expect(markers.filter((d) => d.scope === null)).toHaveLength(5);
  const inside = markers.filter((d) => d.scope !== null);
  expect(inside).toHaveLength(5);
  for (const d of inside) expect(d.text).toBe(`'${d.scope}'!$A$1`);
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dinh-bien-pkgw-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("every part of the clerk's is kept byte for byte; the .xlsm stays macro-enabled", async () => {
  const input = path.join(dir, "danh-sach.xlsm");
  fs.writeFileSync(input, clerkPackage());
  const out = path.join(dir, "ket-qua.xlsm");
  const { analysis, names } = await generateFile(input, out, { documentDate: "2019-01-15" });
  // 1 × 1.390.000 × 9 years (106 months → band 7–11 → 9) = 12.510.000.
  expect(analysis.report.totals.amount.total).toBe(12_510_000);

  const before = stored(fs.readFileSync(input));
  const after = stored(fs.readFileSync(out));
  expectKept(before, after);
  const zip = new ZipArchive(fs.readFileSync(out));
  const types = (zip.read("[Content_Types].xml") as Buffer).toString();
  expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  const wb = (zip.read("xl/workbook.xml") as Buffer).toString();
  expect(wb).toContain(`<sheet name="Biểu đồ" sheetId="3" r:id="rId3"/>`);
  const rels = (zip.read("xl/_rels/workbook.xml.rels") as Buffer).toString();
  expect(rels).toContain("vbaProject.bin");

  // The output reads back: the clerk's sheets, then the five documents, marked.
  await expectDocuments(out, names);

  // Regenerating from the output replaces the five documents and keeps the clerk's parts again.
  // Written as it is, a macro-enabled package never goes under an .xlsx name.
  await expect(generateFile(input, path.join(dir, "ket-qua.xlsx"))).rejects.toBeInstanceOf(
    OutExtensionError
  );
  const again = path.join(dir, "lan-hai.xlsm");
  const second = await generateFile(out, again, { documentDate: "2019-01-16" });
  expect(second.names).toEqual(names);
  const third = stored(fs.readFileSync(again));
  expectKept(before, third);
  await expectDocuments(again, names);
});
