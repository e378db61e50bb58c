/**
 * What rawXlsx (scripts/corpus-packages.ts) leaves out, added to its package: a styles part, a
 * shared strings part and the 1904 date system, each with what the workbook must say for the
 * reader to find it (its relationship, the workbookPr flag).
 */
import { ZipArchive } from "../../src/xlsx/zip";
import { zipParts } from "../../src/xlsx/zip-write";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface WorkbookAdditions {
  /** The xl/styles.xml part. */
  styles?: string;
  /** The xl/sharedStrings.xml part. */
  sharedStrings?: string;
  date1904?: boolean;
}

export function withWorkbookParts(pkg: Buffer, add: WorkbookAdditions): Buffer {
  const rels = [
    add.sharedStrings === undefined
      ? ""
      : `<Relationship Id="rStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    add.styles === undefined
      ? ""
      : `<Relationship Id="rStyles" Type="${REL}/styles" Target="styles.xml"/>`,
  ].join("");
  const zip = new ZipArchive(pkg);
  const parts = zip.names().map((name) => {
    let data = zip.read(name) as Buffer;
    if (name === "xl/_rels/workbook.xml.rels")
      data = Buffer.from(data.toString().replace("</Relationships>", `${rels}</Relationships>`));
    if (name === "xl/workbook.xml" && add.date1904)
      data = Buffer.from(data.toString().replace("<sheets>", '<workbookPr date1904="1"/><sheets>'));
    return { name, data };
  });
  if (add.sharedStrings !== undefined)
    parts.push({ name: "xl/sharedStrings.xml", data: Buffer.from(add.sharedStrings) });
  if (add.styles !== undefined)
    parts.push({ name: "xl/styles.xml", data: Buffer.from(add.styles) });
  return zipParts(parts);
}
