import {
  kindOfSheetNames,
  type Grid,
  type SheetInfo,
  type SheetSpec,
  type WorkbookPort,
  type WriteResult,
} from "../engine";
import { markedSheets } from "./markers";
import type { WorkbookFile } from "./read";

/**
 * The engine's view of an .xlsx file read by the package reader (check, payouts, and the read side
 * of generate). Writing goes to `writer` when one is given (generate); without one the file is
 * only read.
 */
export class PackageWorkbookPort implements WorkbookPort {
  private readonly known: Map<string, Grid>;

  constructor(
    readonly file: WorkbookFile,
    private readonly writer?: (specs: SheetSpec[]) => Promise<WriteResult>
  ) {
    this.known = new Map(file.grids.map((g) => [g.sheet, g]));
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
    if (!this.writer) throw new Error("this workbook is open for reading only");
    this.known.clear();
    return this.writer(specs);
  }
}
