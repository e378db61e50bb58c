import type ExcelJS from "exceljs";
import type { Grid } from "../engine/types";
import type { SheetInfo, WorkbookPort, WriteResult } from "../engine/port";
import type { SheetSpec } from "../engine/sheets/spec";
import { gridFromWorksheet } from "./read";
import { listMarkedSheets, writeSheetSpecs } from "./write";

/** The engine's view of an in-memory ExcelJS workbook (headless runs and tests). */
export class XlsxWorkbookPort implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

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
      const ws = this.workbook.getWorksheet(name);
      if (ws) out.push(gridFromWorksheet(ws));
    }
    return out;
  }

  async writeSheets(specs: SheetSpec[]): Promise<WriteResult> {
    return writeSheetSpecs(this.workbook, specs);
  }
}
