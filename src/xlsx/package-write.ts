import {
  markerName,
  planSheetWrites,
  sheetMarkerName,
  sheetRef,
  type GeneratedSheetKind,
  type SheetRecipe,
  type SheetSpec,
  type WriteResult,
} from "../engine";
import { markedSheets, sheetOfRange } from "./markers";
import { resolveTarget, relsPartOf, WorkbookPackage } from "./package";
import { escapeXml, printTitlesRef, StyleTable, worksheetPart } from "./sheet-xml";
import { COLLECT_AFTER_CELLS, collectGarbage } from "./memory";
import { zipParts, type CopiedPart, type ZipPart } from "./zip-write";

/**
 * generate's output (issue 13 §3): the clerk's package with the generated sheets added as new
 * parts, earlier generated sheets removed, and every other part copied exactly as it was stored —
 * charts, drawings, VBA, macro sheets, pivot caches, data validations, everything. Only the parts
 * that list sheets and styles change: workbook.xml (sheets and defined names), its relationships,
 * [Content_Types].xml, and styles.xml (the generated sheets' formats appended, nothing of the
 * clerk's moved). The workbook part's content type is the clerk's, so an .xlsm stays an .xlsm.
 *
 * The generated sheets themselves are written straight from their specs (./sheet-xml.ts): inline
 * strings (the clerk's shared strings stay as they are), their styles appended after the clerk's
 * and their style indexes shifted past the clerk's. Given recipes, each document is built just
 * before its sheet is written and dropped after: memory holds one document's cells at a time.
 */

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const STYLES_TYPE = `${REL_NS}/styles`;
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : null;
}

/** The namespace prefix ("x:" or "") a part's root element uses. */
function prefixOf(xml: string, root: string): string {
  const m = new RegExp(`<(\\w+:)?${root}[\\s>]`).exec(xml);
  return m?.[1] ?? "";
}

/** Default-namespace SpreadsheetML (the generated styles), with `p` put on every element. */
const withPrefix = (xml: string, p: string): string =>
  p ? xml.replace(/<(\/?)([A-Za-z])/g, `<$1${p}$2`) : xml;

interface Collection {
  /** Children, as XML. */
  items: string[];
}

/** The direct children of <name>…</name> (fonts, fills, borders, cellXfs, numFmts). */
function children(xml: string, p: string, name: string, child: string): Collection | null {
  const m = new RegExp(`<${p}${name}(\\s[^>]*)?(/>|>([\\s\\S]*?)</${p}${name}>)`).exec(xml);
  if (!m) return null;
  const inner = m[3] ?? "";
  const items: string[] = [];
  const re = new RegExp(`<${p}${child}(?=[\\s/>])[^>]*?(/>|>[\\s\\S]*?</${p}${child}>)`, "g");
  for (let c = re.exec(inner); c; c = re.exec(inner)) items.push(c[0]);
  return { items };
}

/** Append `add` to the collection <name> of `xml` (creating it after `after` when absent). */
function appendTo(xml: string, p: string, name: string, add: string[], before: string[]): string {
  if (add.length === 0) return xml;
  const re = new RegExp(`<${p}${name}(\\s[^>]*)?(/>|>([\\s\\S]*?)</${p}${name}>)`);
  const m = re.exec(xml);
  if (m) {
    const child = children(xml, p, name, childOf[name]);
    const count = (child?.items.length ?? 0) + add.length;
    const attrs = (m[1] ?? "").replace(/\scount="\d+"/, "");
    const inner = m[3] ?? "";
    return xml.replace(
      re,
      () => `<${p}${name} count="${count}"${attrs}>${inner}${add.join("")}</${p}${name}>`
    );
  }
  const block = `<${p}${name} count="${add.length}">${add.join("")}</${p}${name}>`;
  for (const b of before) {
    const at = xml.search(new RegExp(`<${p}${b}[\\s>/]`));
    if (at >= 0) return xml.slice(0, at) + block + xml.slice(at);
  }
  return xml.replace(new RegExp(`</${p}styleSheet>`), `${block}</${p}styleSheet>`);
}

const childOf: Record<string, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
};
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const after = (name: string): string[] => ORDER.slice(ORDER.indexOf(name) + 1);

/** How many records the clerk's styles hold in one of its lists (fonts, cellXfs…). */
function recordCount(clerk: string, name: string): number {
  return children(clerk, prefixOf(clerk, "styleSheet"), name, childOf[name])?.items.length ?? 0;
}

/**
 * Merge the generated workbook's styles into the clerk's: the generated cell formats come after
 * the clerk's cellXfs (their indexes shifted by recordCount(clerk, "cellXfs")).
 */
function mergeStyles(clerk: string, gen: string): string {
  const p = prefixOf(clerk, "styleSheet");
  const count = (name: string) => recordCount(clerk, name);
  const fontOff = count("fonts");
  const fillOff = count("fills");
  const borderOff = count("borders");
  const used = new Set(
    (children(clerk, p, "numFmts", "numFmt")?.items ?? []).map((n) => Number(attr(n, "numFmtId")))
  );
  let nextFmt = Math.max(163, ...used) + 1;
  const fmtMap = new Map<number, number>();
  const newFmts: string[] = [];
  for (const n of children(gen, "", "numFmts", "numFmt")?.items ?? []) {
    const id = Number(attr(n, "numFmtId"));
    const to = nextFmt++;
    fmtMap.set(id, to);
    newFmts.push(withPrefix(n.replace(/numFmtId="\d+"/, `numFmtId="${to}"`), p));
  }
  const items = (name: string) =>
    (children(gen, "", name, childOf[name])?.items ?? []).map((x) => withPrefix(x, p));
  const xfs = (children(gen, "", "cellXfs", "xf")?.items ?? []).map((xf) =>
    withPrefix(
      xf
        .replace(/fontId="(\d+)"/, (_, n: string) => `fontId="${Number(n) + fontOff}"`)
        .replace(/fillId="(\d+)"/, (_, n: string) => `fillId="${Number(n) + fillOff}"`)
        .replace(/borderId="(\d+)"/, (_, n: string) => `borderId="${Number(n) + borderOff}"`)
        .replace(/numFmtId="(\d+)"/, (_, n: string) => `numFmtId="${fmtMap.get(Number(n)) ?? n}"`)
        .replace(/xfId="\d+"/, 'xfId="0"'),
      p
    )
  );
  let xml = clerk;
  xml = appendTo(xml, p, "numFmts", newFmts, after("numFmts"));
  xml = appendTo(xml, p, "fonts", items("fonts"), after("fonts"));
  xml = appendTo(xml, p, "fills", items("fills"), after("fills"));
  xml = appendTo(xml, p, "borders", items("borders"), after("borders"));
  xml = appendTo(xml, p, "cellXfs", xfs, after("cellXfs"));
  return xml;
}

interface SheetEntry {
  tag: string;
  name: string;
  rId: string;
  sheetId: number;
}

export interface PackageWriteResult extends WriteResult {
  bytes: Buffer;
}

/** A built spec as a recipe (for callers that hold specs already). */
const builtRecipe = (spec: SheetSpec): SheetRecipe => ({
  kind: spec.kind,
  name: spec.name,
  build: () => spec,
});

/** The clerk's package with the documents written into it (see the module comment). */
export async function writeIntoPackage(
  pkg: WorkbookPackage,
  sheets: readonly (SheetSpec | SheetRecipe)[]
): Promise<PackageWriteResult> {
  const recipes = sheets.map((s) => ("build" in s ? s : builtRecipe(s)));
  const zip = pkg.zip;
  const wbPart = pkg.workbookPart;
  const wbRelsPart = relsPartOf(wbPart);
  let workbook = (zip.read(wbPart) as Buffer).toString("utf8");
  const wp = prefixOf(workbook, "workbook");
  const sheetsRe = new RegExp(`<${wp}sheet(?=[\\s/>])[^>]*>`, "g");
  const entries: SheetEntry[] = [];
  for (let m = sheetsRe.exec(workbook); m; m = sheetsRe.exec(workbook)) {
    const tag = m[0];
    const rIdM = /\s\w+:id\s*=\s*"([^"]*)"/.exec(tag);
    entries.push({
      tag,
      name: attr(tag, "name") ?? "",
      rId: rIdM ? rIdM[1] : "",
      sheetId: Number(attr(tag, "sheetId") ?? 0),
    });
  }
  // Only the workbook-level markers say which sheet is the current document of its kind (a copy
  // carries sheet-scoped ones: it is ours, but never replaced).
  const marked = markedSheets(
    pkg.definedNames
      .filter((d) => d.scope === null)
      .map((d) => ({ name: d.name, ranges: [d.text] }))
  );
  const plan = planSheetWrites(
    entries.map((e) => ({ name: e.name, marker: marked.get(e.name) ?? null })),
    recipes
  );
  const removed = new Set(plan.remove);
  const kinds = new Set<GeneratedSheetKind>(recipes.map((s) => s.kind));

  // The generated sheets' styles: each sheet's registered (in key order) just before it is
  // written, so the indexes are the same as if all had been registered first.
  const styles = new StyleTable();

  // Styles: appended to the clerk's (or the generated ones as they are when the clerk has none).
  const wbRels =
    zip.read(wbRelsPart)?.toString("utf8") ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const stylesRel = [...wbRels.matchAll(/<Relationship [^>]*>/g)].find((r) =>
    /\/styles"/.test(r[0])
  );
  const stylesPart = stylesRel ? resolveTarget(wbPart, attr(stylesRel[0], "Target") ?? "") : null;
  const changed = new Map<string, Buffer>();
  const added: { part: ZipPart; type: string }[] = [];
  let xfOffset = 0;
  let newRels = wbRels;
  const folder = wbPart.slice(0, wbPart.lastIndexOf("/") + 1);
  let relN = 0;
  const freshRelId = (): string => {
    let id: string;
    do id = `rIdDinhBien${++relN}`;
    while (newRels.includes(`"${id}"`));
    return id;
  };
  const addRel = (type: string, part: string): string => {
    const id = freshRelId();
    newRels = newRels.replace(
      /<\/(\w+:)?Relationships>/,
      (m) => `<Relationship Id="${id}" Type="${type}" Target="/${escapeXml(part)}"/>${m}`
    );
    return id;
  };
  // The styles part is written once every sheet is (its generated records are known then).
  const clerkStyles =
    stylesPart && zip.has(stylesPart) ? (zip.read(stylesPart) as Buffer).toString("utf8") : null;
  const newStylesPart =
    clerkStyles === null ? { name: `${folder}styles.xml`, data: Buffer.alloc(0) } : null;
  if (clerkStyles !== null) xfOffset = recordCount(clerkStyles, "cellXfs");
  else if (newStylesPart) {
    added.push({ part: newStylesPart, type: STYLES_CT });
    addRel(STYLES_TYPE, newStylesPart.name);
  }

  // Earlier generated sheets: their entries, relationships, parts and sheet-scoped names go.
  const removedParts = new Set<string>();
  const relTargets = new Map<string, string>();
  for (const r of wbRels.matchAll(/<Relationship [^>]*>/g))
    relTargets.set(attr(r[0], "Id") ?? "", resolveTarget(wbPart, attr(r[0], "Target") ?? ""));
  const oldIndex = new Map<number, number>();
  let kept = 0;
  entries.forEach((e, i) => {
    if (removed.has(e.name)) {
      workbook = workbook.replace(e.tag, "");
      const part = relTargets.get(e.rId);
      if (part) {
        removedParts.add(part);
        removedParts.add(relsPartOf(part));
      }
      newRels = newRels.replace(new RegExp(`<Relationship [^>]*Id="${e.rId}"[^>]*/>`), "");
    } else oldIndex.set(i, kept++);
  });
  // A calculation chain lists cells by sheet index: Excel rebuilds it when it is absent.
  if (removed.size > 0) {
    for (const r of [...newRels.matchAll(/<Relationship [^>]*>/g)])
      if (/\/calcChain"/.test(r[0])) {
        removedParts.add(resolveTarget(wbPart, attr(r[0], "Target") ?? ""));
        newRels = newRels.replace(r[0], "");
      }
  }

  // New sheets: parts, relationships, entries.
  let maxId = Math.max(0, ...entries.map((e) => e.sheetId));
  const relPrefix =
    /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      workbook
    )?.[1];
  const newEntries: string[] = [];
  let sheetN = 0;
  const result: WriteResult = { names: {}, replaced: [...plan.remove] };
  const titles: string[] = [];
  let bigBefore = false;
  plan.targets.forEach((t, i) => {
    // sheetN.xml, the next free N: the name most readers expect (ExcelJS matches on it).
    let part: string;
    do part = `${folder}worksheets/sheet${++sheetN}.xml`;
    while (zip.has(part));
    if (bigBefore) collectGarbage();
    const spec = t.spec.build();
    styles.register(spec);
    const sheet: CopiedPart = worksheetPart(part, spec, styles, xfOffset);
    // A large document's cells are garbage once written: collected before the next is built.
    bigBefore = spec.cells.length > COLLECT_AFTER_CELLS;
    added.push({ part: sheet, type: WORKSHEET_CT });
    const id = addRel(WORKSHEET_TYPE, part);
    const rAttr = relPrefix ? `${relPrefix}:id="${id}"` : `xmlns:r="${REL_NS}" r:id="${id}"`;
    newEntries.push(`<${wp}sheet name="${escapeXml(t.name)}" sheetId="${++maxId}" ${rAttr}/>`);
    result.names[t.spec.name] = t.name;
    const ref = printTitlesRef(t.name, spec);
    if (ref !== null)
      titles.push(
        `<${wp}definedName name="_xlnm.Print_Titles" localSheetId="${kept + i}">${escapeXml(ref)}</${wp}definedName>`
      );
  });
  if (bigBefore) collectGarbage();
  workbook = workbook.replace(new RegExp(`</${wp}sheets>`), (m) => newEntries.join("") + m);
  const genStyles = styles.xml();
  if (clerkStyles !== null && stylesPart)
    changed.set(stylesPart, Buffer.from(mergeStyles(clerkStyles, genStyles), "utf8"));
  else if (newStylesPart) newStylesPart.data = Buffer.from(genStyles, "utf8");

  // Defined names: markers of replaced kinds and names scoped to removed sheets go; local sheet
  // indexes follow the sheets that stay; the new markers and print titles are added.
  const namesRe = new RegExp(`<${wp}definedName(?=[\\s>])[^>]*>[\\s\\S]*?</${wp}definedName>`, "g");
  workbook = workbook.replace(namesRe, (dn) => {
    const name = attr(dn, "name") ?? "";
    const text = unescapeXml(dn.replace(/^<[^>]*>/, "").replace(/<\/[^>]*>$/, ""));
    const local = attr(dn, "localSheetId");
    const marker = /^DinhBien_/i.test(name);
    if (marker && [...kinds].some((k) => markerName(k).toLowerCase() === name.toLowerCase()))
      return "";
    const sheet = sheetOfRange(text);
    if (marker && sheet && removed.has(sheet)) return "";
    if (local !== null) {
      const to = oldIndex.get(Number(local));
      if (to === undefined) return "";
      return dn.replace(/localSheetId="\d+"/, `localSheetId="${to}"`);
    }
    return dn;
  });
  const base = kept;
  // Each document gets both markers, as the pane writes them: the workbook-level one (the current
  // document of its kind) and the sheet-scoped one inside the sheet, which travels with a copy or
  // a renamed sheet so that neither is ever read as a roster (src/engine/sheets/ownership.ts).
  const addNames: string[] = plan.targets.flatMap((t, i) => {
    const ref = escapeXml(sheetRef(t.name, "$A$1"));
    return [
      `<${wp}definedName name="${markerName(t.spec.kind)}">${ref}</${wp}definedName>`,
      `<${wp}definedName name="${sheetMarkerName(t.spec.kind)}" localSheetId="${base + i}" hidden="1">${ref}</${wp}definedName>`,
    ];
  });
  addNames.push(...titles);
  if (new RegExp(`<${wp}definedNames[\\s>]`).test(workbook))
    workbook = workbook.replace(new RegExp(`</${wp}definedNames>`), (m) => addNames.join("") + m);
  else if (new RegExp(`<${wp}definedNames\\s*/>`).test(workbook))
    workbook = workbook.replace(
      new RegExp(`<${wp}definedNames\\s*/>`),
      `<${wp}definedNames>${addNames.join("")}</${wp}definedNames>`
    );
  else
    workbook = workbook.replace(
      new RegExp(`</${wp}sheets>`),
      (m) => `${m}<${wp}definedNames>${addNames.join("")}</${wp}definedNames>`
    );
  changed.set(wbPart, Buffer.from(workbook, "utf8"));
  changed.set(wbRelsPart, Buffer.from(newRels, "utf8"));

  // Content types: overrides for the new parts, none for the removed ones.
  let types = (zip.read("[Content_Types].xml") as Buffer).toString("utf8");
  for (const part of removedParts)
    types = types.replace(
      new RegExp(
        `<Override [^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`,
        "i"
      ),
      ""
    );
  const overrides = added.map(
    (a) => `<Override PartName="/${escapeXml(a.part.name)}" ContentType="${a.type}"/>`
  );
  types = types.replace(/<\/(\w+:)?Types>/, (m) => overrides.join("") + m);
  changed.set("[Content_Types].xml", Buffer.from(types, "utf8"));

  const parts: ZipPart[] = [];
  for (const name of zip.names()) {
    if (removedParts.has(name)) continue;
    const data = changed.get(name);
    if (data) {
      parts.push({ name, data });
      continue;
    }
    const e = zip.entry(name);
    if (!e) continue;
    parts.push({ name, method: e.method, crc: e.crc, size: e.size, compressed: zip.raw(e) });
  }
  if (!zip.has(wbRelsPart))
    parts.push({ name: wbRelsPart, data: changed.get(wbRelsPart) as Buffer });
  for (const a of added) parts.push(a.part);
  return { ...result, bytes: zipParts(parts) };
}

const SKELETON: [string, string][] = [
  [
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  ],
  [
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets></sheets><calcPr calcId="171027"/></workbook>`,
  ],
  [
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
  ],
];

/**
 * A new workbook holding only `specs` (the province's document over many files): an empty
 * package written into exactly as a clerk's is, so its sheets, styles and markers are the same.
 */
export async function newWorkbook(
  specs: readonly (SheetSpec | SheetRecipe)[]
): Promise<PackageWriteResult> {
  const empty = zipParts(SKELETON.map(([name, xml]) => ({ name, data: Buffer.from(xml, "utf8") })));
  return writeIntoPackage(new WorkbookPackage(empty), specs);
}
