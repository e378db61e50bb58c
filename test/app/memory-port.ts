import type { Grid, SheetInfo, SheetSpec, WorkbookPort, WriteResult } from "../../src/engine";
import type { SettingsStore, SheetInserter } from "../../src/app";

/** A workbook in memory for the application service's tests: grids in, specs out, all recorded. */
export class MemoryPort implements WorkbookPort, SettingsStore, SheetInserter {
  readonly read: string[] = [];
  readonly written: SheetSpec[][] = [];
  readonly inserted: string[] = [];
  readonly settings = new Map<string, unknown>();

  constructor(private readonly sheets: { grid: Grid; generatedKind?: string }[]) {}

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s) => ({
      name: s.grid.sheet,
      generatedKind: s.generatedKind ?? null,
      visible: true,
    }));
  }

  async readGrids(names: string[]): Promise<Grid[]> {
    this.read.push(...names);
    return this.sheets.filter((s) => names.includes(s.grid.sheet)).map((s) => s.grid);
  }

  async writeSheets(specs: SheetSpec[]): Promise<WriteResult> {
    this.written.push(specs);
    return { names: Object.fromEntries(specs.map((s) => [s.name, s.name])), replaced: [] };
  }

  async insertSheets(specs: Omit<SheetSpec, "kind">[]): Promise<string[]> {
    this.inserted.push(...specs.map((s) => s.name));
    for (const s of specs) {
      const cells: Grid["cells"] = [];
      for (const c of s.cells) {
        while (cells.length < c.row) cells.push([]);
        const row = cells[c.row - 1];
        while (row.length < c.col) row.push(null);
        row[c.col - 1] = c.value ?? null;
      }
      this.sheets.push({ grid: grid(s.name, cells) });
    }
    return specs.map((s) => s.name);
  }

  async readSettings(keys: string[]): Promise<Record<string, unknown>> {
    return Object.fromEntries(
      keys.filter((k) => this.settings.has(k)).map((k) => [k, this.settings.get(k)])
    );
  }

  async writeSettings(values: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(values)) this.settings.set(k, v);
  }
}

/** A sheet of rows starting at A1. */
export function grid(sheet: string, cells: Grid["cells"]): Grid {
  return { sheet, firstRow: 1, firstCol: 1, cells };
}
