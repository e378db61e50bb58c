import type ExcelJS from "exceljs";
import type { Grid, SheetInfo, WorkbookPort, WriteResult, SheetSpec } from "../../src/engine";
import { gridFromWorksheet } from "./exceljs-grid";
import { listMarkedSheets, writeSheetSpecs } from "./exceljs-layout";

/**
 * The engine's view of an in-memory ExcelJS workbook (headless runs and tests). `grids`: the
 * sheets' grids when the reader already made them (readWorkbookFile), so they are not made twice.
 */
export class XlsxWorkbookPort implements WorkbookPort {
  private readonly known: Map<string, Grid>;

  constructor(
    readonly workbook: ExcelJS.Workbook,
    grids: Grid[] = []
  ) {
    this.known = new Map(grids.map((g) => [g.sheet, g]));
  }

  async listSheets(): Promise<SheetInfo[]> {
    const marked = new Map(listMarkedSheets(this.workbook).map((s) => [s.name, s.marker]));
    return this.workbook.worksheets.map((ws) => ({
      name: ws.name,
      generatedKind: marked.get(ws.name) ?? null,
      visible: ws.state === "visible" || ws.state === undefined,
    }));
  }

  async readGrids(sheets: string[]): Promise<Grid[]> {
    const out: Grid[] = [];
    for (const name of sheets) {
      const known = this.known.get(name);
      if (known) {
        out.push(known);
        continue;
      }
      const ws = this.workbook.getWorksheet(name);
      if (ws) out.push(gridFromWorksheet(ws));
    }
    return out;
  }

  async writeSheets(specs: SheetSpec[]): Promise<WriteResult> {
    // Writing replaces sheets: what was read before may be stale now.
    this.known.clear();
    return writeSheetSpecs(this.workbook, specs);
  }
}
