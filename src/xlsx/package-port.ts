import {
  kindOfSheetNames,
  type Grid,
  type SheetInfo,
  type SheetRecipe,
  type SheetSpec,
  type WorkbookPort,
  type WriteResult,
} from "../engine";
import { markedSheets } from "./markers";
import type { WorkbookFile } from "./read";
import type { WorkbookPackage } from "./package";

/**
 * The engine's view of an .xlsx file read by the package reader (check, payouts, and the read side
 * of generate). Writing goes to `writer` when one is given (generate); without one the file is
 * only read.
 */
export class PackageWorkbookPort implements WorkbookPort {
  private readonly known: Map<string, Grid>;

  constructor(
    private file: WorkbookFile,
    private readonly writer?: (sheets: readonly (SheetSpec | SheetRecipe)[]) => Promise<WriteResult>
  ) {
    this.known = new Map(file.grids.map((g) => [g.sheet, g]));
  }

  /** The package read (the writer copies it). */
  get package(): WorkbookPackage {
    return this.file.package;
  }

  async listSheets(): Promise<SheetInfo[]> {
    const pkg = this.file.package;
    const marked = markedSheets(
      pkg.definedNames
        .filter((d) => d.scope === null)
        .map((d) => ({ name: d.name, ranges: [d.text] }))
    );
    // The names scoped to each sheet: a copied or renamed document still carries its own marker
    // (the same rule as the office-js adapter's, src/excel/port.ts).
    const scoped = new Map<string, string[]>();
    for (const d of pkg.definedNames)
      if (d.scope !== null) scoped.set(d.scope, [...(scoped.get(d.scope) ?? []), d.name]);
    return pkg.sheets.map((s) => ({
      name: s.name,
      generatedKind: marked.get(s.name) ?? kindOfSheetNames(scoped.get(s.name) ?? []),
      visible: s.state === "visible",
    }));
  }

  async readGrids(sheets: string[]): Promise<Grid[]> {
    const out: Grid[] = [];
    for (const name of sheets) {
      const g = this.known.get(name);
      if (g) out.push(g);
    }
    return out;
  }

  async writeSheets(specs: SheetSpec[]): Promise<WriteResult> {
    return this.write(specs);
  }

  /** One document at a time (the package writer builds each just before writing it). */
  async writeRecipes(recipes: SheetRecipe[]): Promise<WriteResult> {
    return this.write(recipes);
  }

  private async write(sheets: readonly (SheetSpec | SheetRecipe)[]): Promise<WriteResult> {
    if (!this.writer) throw new Error("this workbook is open for reading only");
    // The grids were read for the check: the documents are built from its analysis, so they go
    // now (40 MB at 200 000 rows) and a later read sees the written workbook as empty of them.
    this.known.clear();
    this.file = { ...this.file, grids: [] };
    return this.writer(sheets);
  }
}
