/**
 * Corpus cases at the package level (issue 13): workbooks as other writers and damaged copies
 * make them, built part by part (src/xlsx/zip-write.ts) so that every byte is deliberate.
 * Used by scripts/build-corpus.ts; the expectations are in test/corpus/expectations.ts.
 */
import { ZipArchive } from "../src/xlsx/zip";
import { zipParts, type ZipPart } from "../src/xlsx/zip-write";

export type Cell = string | number | null;

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function col(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export interface SheetXmlOptions {
  /** Element prefix ("x" as .NET writers do), with the namespace bound to it. */
  prefix?: string;
  /** Leave out the r attributes of rows and cells (legal: positions follow document order). */
  noRefs?: boolean;
  merges?: string[];
  /** Raw XML placed after sheetData (data validations, …) or cells added to rows. */
  after?: string;
  /** Extra cells by row number, raw XML (e.g. a stray cell in XFD). */
  extraCells?: Record<number, string>;
  /** Extra rows after the data, raw XML. */
  extraRows?: string;
  /** Raw XML for a cell instead of its value, by "row:col". */
  rawCells?: Record<string, string>;
}

/** A worksheet part: strings as inline strings, numbers as numbers. */
export function sheetXml(rows: Cell[][], o: SheetXmlOptions = {}): string {
  const p = o.prefix ? `${o.prefix}:` : "";
  const ns = o.prefix ? `xmlns:${o.prefix}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`];
  out.push(`<${p}worksheet ${ns} xmlns:r="${REL_NS}"><${p}sheetData>`);
  rows.forEach((row, i) => {
    const r = i + 1;
    const cells: string[] = [];
    // Without references, every cell up to the last must be written to keep positions.
    let last = row.length;
    while (!o.noRefs && last > 0 && row[last - 1] === null) last--;
    for (let c = 1; c <= last; c++) {
      const raw = o.rawCells?.[`${r}:${c}`];
      const ref = o.noRefs ? "" : ` r="${col(c)}${r}"`;
      const v = row[c - 1];
      if (raw !== undefined) cells.push(raw);
      else if (v === null || v === undefined) {
        if (o.noRefs) cells.push(`<${p}c/>`);
      } else if (typeof v === "number") cells.push(`<${p}c${ref}><${p}v>${v}</${p}v></${p}c>`);
      else
        cells.push(`<${p}c${ref} t="inlineStr"><${p}is><${p}t>${esc(v)}</${p}t></${p}is></${p}c>`);
    }
    if (o.extraCells?.[r]) cells.push(o.extraCells[r]);
    out.push(`<${p}row${o.noRefs ? "" : ` r="${r}"`}>${cells.join("")}</${p}row>`);
  });
  if (o.extraRows) out.push(o.extraRows);
  out.push(`</${p}sheetData>`);
  if (o.merges?.length)
    out.push(
      `<${p}mergeCells count="${o.merges.length}">${o.merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join("")}</${p}mergeCells>`
    );
  if (o.after) out.push(o.after);
  out.push(`</${p}worksheet>`);
  return out.join("");
}

export interface RawSheet {
  name: string;
  xml: string;
  /** Part name (default xl/worksheets/sheetN.xml). */
  part?: string;
  state?: "hidden" | "veryHidden";
}

/** A minimal, valid package: content types, relationships, workbook, the sheets, `extra` parts. */
export function rawXlsx(
  sheets: RawSheet[],
  opts: { definedNames?: Record<string, string>; extra?: ZipPart[]; strict?: boolean } = {}
): Buffer {
  const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
  const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
  const MAIN = opts.strict ? STRICT_MAIN : MAIN_NS;
  const REL = opts.strict ? STRICT_REL : REL_NS;
  if (opts.strict)
    sheets = sheets.map((s) => ({
      ...s,
      xml: s.xml.replace(MAIN_NS, STRICT_MAIN).replace(REL_NS, STRICT_REL),
    }));
  const parts = sheets.map((s, i) => ({ ...s, part: s.part ?? `xl/worksheets/sheet${i + 1}.xml` }));
  const types = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
    `<Default Extension="xml" ContentType="application/xml"/>`,
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ...parts.map(
      (s) =>
        `<Override PartName="/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    ),
    `</Types>`,
  ].join("");
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${opts.strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const names = Object.entries(opts.definedNames ?? {});
  const workbook = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>`,
    ...parts.map(
      (s, i) =>
        `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`
    ),
    `</sheets>`,
    names.length
      ? `<definedNames>${names.map(([n, v]) => `<definedName name="${n}">${esc(v)}</definedName>`).join("")}</definedNames>`
      : "",
    `</workbook>`,
  ].join("");
  const wbRels = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">`,
    ...parts.map(
      (s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${s.part.startsWith("xl/") ? s.part.slice(3) : `/${s.part}`}"/>`
    ),
    `</Relationships>`,
  ].join("");
  return zipParts([
    { name: "[Content_Types].xml", data: Buffer.from(types) },
    { name: "_rels/.rels", data: Buffer.from(rels) },
    { name: "xl/workbook.xml", data: Buffer.from(workbook) },
    { name: "xl/_rels/workbook.xml.rels", data: Buffer.from(wbRels) },
    ...parts.map((s) => ({ name: s.part, data: Buffer.from(s.xml) })),
    ...(opts.extra ?? []),
  ]);
}

/** Every part of a zip as stored, to copy or damage. */
export function storedParts(buf: Buffer): (ZipPart & { name: string })[] {
  const zip = new ZipArchive(buf);
  return zip.names().map((name) => {
    const e = zip.entry(name);
    if (!e) throw new Error(name);
    return { name, method: e.method, crc: e.crc, size: e.size, compressed: zip.raw(e) };
  });
}

export { zipParts };
