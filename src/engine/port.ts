import type { CellRef, Grid } from "./types";
import type { SheetRecipe, SheetSpec } from "./sheets/spec";

/** What the engine needs from a workbook, whatever holds it (Excel, an .xlsx file, a test fake). */
export interface SheetInfo {
  name: string;
  /** The kind of generated sheet, when the adapter knows the add-in made this sheet. */
  generatedKind: string | null;
  visible: boolean;
}

export interface WriteResult {
  /** Desired name → the name actually used (differs when a clerk's sheet had the name). */
  names: Record<string, string>;
  /** Earlier generated sheets that were replaced. */
  replaced: string[];
}

export interface WorkbookPort {
  /** Every sheet, in tab order. */
  listSheets(): Promise<SheetInfo[]>;
  /** The used ranges of the named sheets, in one batch. */
  readGrids(sheets: string[]): Promise<Grid[]>;
  /**
   * Write generated sheets: replace this add-in's earlier versions, never touch a clerk's sheet
   * (a clashing name gets " (2)"), never change an input cell.
   */
  writeSheets(specs: SheetSpec[]): Promise<WriteResult>;
  /**
   * The same, one document at a time: each recipe is built just before its sheet is written and
   * let go after. Adapters that write everything in one plan (office-js) leave it out and get
   * `writeSheets` with every recipe built; the package writer has it, so a province's documents
   * never sit in memory together.
   */
  writeRecipes?(recipes: SheetRecipe[]): Promise<WriteResult>;
  /** Select a cell for the clerk (task pane: clicking a finding). Optional for headless adapters. */
  select?(ref: CellRef): Promise<void>;
}
