import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createDinhBien } from "../../src/app";
import { generateFile, openWorkbookFile } from "../../src/cli/workbook-file";
import { ZipArchive } from "../../src/xlsx/zip";
import { zipParts } from "../../src/xlsx/zip-write";

/**
 * Issue 11, item 4, in the xlsx adapter: a generated sheet the clerk copied or renamed in Excel
 * is still ours — never read as a roster — as in the office-js adapter. Excel keeps a sheet's own
 * (sheet-scoped) names with it when it is renamed or copied, and gives a copy sheet-scoped copies
 * of the workbook names that refer to it; the packages below are edited the way Excel saves them.
 *
 * The sample district has 296 people (283 on "Danh sách", 13 on "Danh sách (có lỗi)"); a document
 * read as a roster would add its rows to them.
 */
const SAMPLE = path.resolve(__dirname, "../../assets/samples/giang-thanh.xlsx");
const SAMPLE_PEOPLE = 296;

let dir: string;
let generated: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dinhbien-own-"));
  generated = path.join(dir, "generated.xlsx");
  await generateFile(SAMPLE, generated, { documentDate: "2019-03-05" });
}, 120000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Parts = Map<string, Buffer>;

function partsOf(file: string): Parts {
  const zip = new ZipArchive(fs.readFileSync(file));
  return new Map(zip.names().map((n) => [n, zip.read(n) as Buffer]));
}

function save(parts: Parts, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, zipParts([...parts].map(([n, data]) => ({ name: n, data }))));
  return file;
}

const text = (parts: Parts, name: string): string => (parts.get(name) as Buffer).toString("utf8");

async function peopleAndFindings(file: string): Promise<{ people: number; findings: string[] }> {
  const port = await openWorkbookFile(file, "vi");
  const analysis = await createDinhBien().check(port, { lang: "vi" });
  return {
    people: analysis.roster.members.length,
    findings: analysis.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`),
  };
}

/** What the CLI's port says a sheet is: the kind of document it is, or null for a clerk's sheet. */
async function kindOf(file: string, sheet: string): Promise<string | null | undefined> {
  const port = await openWorkbookFile(file, "vi");
  return (await port.listSheets()).find((s) => s.name === sheet)?.generatedKind;
}

const xmlName = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** Rename a sheet as Excel does: its entry, and every name and formula text naming it. */
function renamed(parts: Parts, from: string, to: string): Parts {
  const out = new Map(parts);
  const wb = text(parts, "xl/workbook.xml")
    .replace(`name="${xmlName(from)}"`, `name="${xmlName(to)}"`)
    .split(`'${from}'!`)
    .join(`'${to}'!`);
  out.set("xl/workbook.xml", Buffer.from(wb, "utf8"));
  return out;
}

/** Copy a sheet as Excel does ("Move or Copy…", Create a copy): a new part, entry and names. */
function copied(parts: Parts, from: string, to: string): Parts {
  const out = new Map(parts);
  let wb = text(parts, "xl/workbook.xml");
  let rels = text(parts, "xl/_rels/workbook.xml.rels");
  const entry = new RegExp(`<sheet [^>]*name="${xmlName(from)}"[^>]*/>`).exec(wb);
  if (!entry) throw new Error(`no sheet ${from}`);
  const rId = /r:id="([^"]+)"/.exec(entry[0])?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!rId || !target) throw new Error("no relationship");
  const source = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const part = "xl/worksheets/sheetCopy1.xml";
  out.set(part, parts.get(source) as Buffer);
  rels = rels.replace(
    "</Relationships>",
    `<Relationship Id="rIdCopy1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/${part}"/></Relationships>`
  );
  const index = (wb.match(/<sheet /g) ?? []).length;
  wb = wb.replace(
    "</sheets>",
    `<sheet name="${xmlName(to)}" sheetId="99" r:id="rIdCopy1"/></sheets>`
  );
  // The copy's own names: each name of the source sheet (workbook or sheet scope) that refers to
  // it, scoped to the copy and referring to the copy.
  const names = [...wb.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)]
    .filter((m) => m[2].startsWith(`'${from}'!`))
    .map(
      (m) =>
        `<definedName name="${/name="([^"]+)"/.exec(m[1])?.[1]}" localSheetId="${index}">${m[2]
          .split(`'${from}'!`)
          .join(`'${to}'!`)}</definedName>`
    );
  wb = wb.replace("</definedNames>", `${names.join("")}</definedNames>`);
  out.set("xl/workbook.xml", Buffer.from(wb, "utf8"));
  out.set("xl/_rels/workbook.xml.rels", Buffer.from(rels, "utf8"));
  const types = text(parts, "[Content_Types].xml").replace(
    "</Types>",
    `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
  );
  out.set("[Content_Types].xml", Buffer.from(types, "utf8"));
  return out;
}

const KIND_OF: Record<string, string> = {
  "Tổng hợp": "summary",
  "Danh sách chi trả": "payments",
  "Danh sách bố trí": "arrangement",
  "Kiểm tra": "findings",
  "Chi tiết tính": "trace",
};
const DOCUMENTS = Object.keys(KIND_OF);

describe("a generated sheet copied or renamed in Excel is never read as a roster (CLI)", () => {
  let baseline: { people: number; findings: string[] };
  beforeAll(async () => {
    baseline = await peopleAndFindings(generated);
  }, 120000);

  test("the generated workbook itself: the sample's people, each document carries its own marker", () => {
    expect(baseline.people).toBe(SAMPLE_PEOPLE);
    const wb = text(partsOf(generated), "xl/workbook.xml");
    // One sheet-scoped DinhBien_Sheet_<kind> per document (five), besides the workbook markers.
    expect(wb.match(/<definedName name="DinhBien_Sheet_\w+" localSheetId="\d+"/g)).toHaveLength(5);
  });

  test.each(DOCUMENTS)(
    "renaming «%s»: still that document, same people, same findings",
    async (doc) => {
      const file = save(
        renamed(partsOf(generated), doc, `${doc} cũ`),
        `renamed-${DOCUMENTS.indexOf(doc)}.xlsx`
      );
      expect(await kindOf(file, `${doc} cũ`)).toBe(KIND_OF[doc]);
      expect(await peopleAndFindings(file)).toEqual(baseline);
    }
  );

  test.each(DOCUMENTS)(
    "copying «%s»: the copy is that document too, same people, same findings",
    async (doc) => {
      const file = save(
        copied(partsOf(generated), doc, `Bản sao ${DOCUMENTS.indexOf(doc)}`),
        `copied-${DOCUMENTS.indexOf(doc)}.xlsx`
      );
      expect(await kindOf(file, `Bản sao ${DOCUMENTS.indexOf(doc)}`)).toBe(KIND_OF[doc]);
      expect(await peopleAndFindings(file)).toEqual(baseline);
    }
  );

  test("a copy is not replaced by the next generation; the current documents are", async () => {
    const file = save(copied(partsOf(generated), "Tổng hợp", "Bản sao"), "copy-regen.xlsx");
    const again = path.join(dir, "again.xlsx");
    const { names } = await generateFile(file, again, { documentDate: "2019-03-05" });
    // The documents keep their names (the earlier ones were replaced, not pushed to " (2)").
    expect(names["Tổng hợp"]).toBe("Tổng hợp");
    const wb = text(partsOf(again), "xl/workbook.xml");
    expect(wb).toContain('name="Bản sao"');
    expect((wb.match(/<sheet name="Tổng hợp"/g) ?? []).length).toBe(1);
  });
});
