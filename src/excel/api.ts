/**
 * The subset of the Excel JavaScript API the adapter uses, written out as structural types.
 *
 * Why not use `Excel.*` directly: the in-memory fake (test/support/fake-excel) implements exactly this
 * subset, and the adapter must compile against something both the real office-js objects and the
 * fake satisfy. The real `Excel.run` is adapted to `RunBatch` in one place (office-run.ts).
 * Every member carries the ExcelApi requirement set that introduced it; the manifest asks for 1.9.
 */

export type XlCell = string | number | boolean;

export interface XlLoadable {
  /** Queue a load of comma-separated property paths; readable after the next sync(). */
  load(props: string): void;
}

export interface XlRequestContext {
  workbook: XlWorkbook;
  sync(): Promise<void>;
}

export type RunBatch = <T>(batch: (context: XlRequestContext) => Promise<T>) => Promise<T>;

export interface XlWorkbook {
  worksheets: XlWorksheetCollection;
  /** Workbook-level defined names (1.4; `formula` 1.7). */
  names: XlNamedItemCollection;
  /** Per-document settings stored in the file (1.4). */
  settings: XlSettingCollection;
  /** 1.1 */
  getSelectedRange(): XlRange;
  /**
   * 1.2: worksheet functions evaluated without a cell. DATE(1904;1;1) answers 0 in a 1904-date-
   * system workbook and 1462 in a 1900 one (Workbook.use1904DateSystem is preview-only).
   */
  functions: { date(year: number, month: number, day: number): XlFunctionResult };
  /**
   * 1.13: insert every worksheet of an .xlsx file given as base64; check isSetSupported("ExcelApi",
   * "1.13") before calling. The result (the new sheets' ids) is available after context.sync().
   */
  insertWorksheetsFromBase64?(
    base64File: string,
    options?: { positionType?: "End" }
  ): { value: string[] };
}

/** A worksheet function's answer (FunctionResult, 1.2): `value` after sync; an error in `error`. */
export interface XlFunctionResult extends XlLoadable {
  value: unknown;
  error: string | null;
}

/** What Excel tells a worksheets.onChanged handler (WorksheetChangedEventArgs, 1.7). */
export interface XlWorksheetChange {
  worksheetId: string;
  address: string;
  /** "RangeEdited", "RowInserted", … */
  changeType: string;
  /** "Local" | "Remote" */
  source: string;
  type: string;
}

export interface XlWorksheetCollection extends XlLoadable {
  items: XlWorksheet[];
  /** 1.9: any sheet's data changed (typed, pasted, rows inserted or deleted), by anyone. */
  onChanged: { add(handler: (args: XlWorksheetChange) => Promise<unknown>): unknown };
  getItem(name: string): XlWorksheet;
  /** 1.4 */
  getItemOrNullObject(name: string): XlWorksheet;
  add(name?: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
}

export interface XlWorksheet extends XlLoadable {
  name: string;
  /** 1.1: kept through renames. */
  id: string;
  /** "Visible" | "Hidden" | "VeryHidden" */
  visibility: string;
  position: number;
  isNullObject: boolean;
  /** 1.4 */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getRange(address?: string): XlRange;
  /** 1.9: several areas at once ("A1:B2,D4:D9"); formats set on it apply to each area. */
  getRanges(address: string): XlRangeAreas;
  activate(): void;
  delete(): void;
  /** Names scoped to this sheet (1.4). A copy of a sheet gets sheet-scoped copies of the
   *  workbook names that referred to the original. */
  names: XlNamedItemCollection;
  /** 1.9 */
  pageLayout: XlPageLayout;
  /** 1.9 */
  horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  /** 1.7 */
  freezePanes: { freezeRows(count?: number): void };
}

export interface XlRange extends XlLoadable {
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  isNullObject: boolean;
  /** null when the range holds more than 5 million cells (Excel answers no values then). */
  values: XlCell[][] | null;
  formulas: XlCell[][] | null;
  numberFormat: XlCell[][];
  format: XlRangeFormat;
  /** 1.7 */
  hyperlink: { documentReference?: string; textToDisplay?: string; screenTip?: string } | null;
  /** 1.6 */
  conditionalFormats: XlConditionalFormatCollection;
  merge(across?: boolean): void;
  /** 1.4: the used part of this range (null object when it holds nothing). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  select(): void;
  /** 1.13: check isSetSupported("ExcelApi", "1.13") before calling. */
  getMergedAreasOrNullObject(): XlRangeAreas;
}

export interface XlRangeAreas extends XlLoadable {
  isNullObject: boolean;
  /** 1.9: the format of every area. */
  format: XlRangeFormat;
  /** Comma-separated sheet-qualified addresses, e.g. "'Phú Mỹ'!A1:B2,'Phú Mỹ'!C5:F5". */
  address: string;
}

export interface XlRangeFormat {
  font: {
    name: string;
    size: number;
    bold: boolean;
    italic: boolean;
    underline: string;
    color: string;
  };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  /** Points. */
  columnWidth: number;
  /** Points. */
  rowHeight: number;
  fill: { color: string };
  borders: { getItem(index: string): { style: string; weight: string } };
}

export interface XlConditionalFormatCollection extends XlLoadable {
  items: XlConditionalFormat[];
  /** type "Custom" */
  add(type: string): XlConditionalFormat;
}

export interface XlConditionalFormat extends XlLoadable {
  type: string;
  custom: {
    rule: { formula: string };
    format: { fill: { color: string } };
  };
  delete(): void;
}

export interface XlPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  headersFooters: { defaultForAllPages: { centerHeader: string; centerFooter: string } };
  setPrintTitleRows(rows: string): void;
}

export interface XlNamedItemCollection extends XlLoadable {
  items: XlNamedItem[];
  add(name: string, reference: string, comment?: string): unknown;
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlNamedItem extends XlLoadable {
  name: string;
  /** e.g. "='Tổng hợp'!$A$1", "=#REF!$A$1" once the sheet was deleted. */
  formula: string;
  isNullObject: boolean;
  delete(): void;
}

export interface XlSettingCollection extends XlLoadable {
  add(key: string, value: unknown): unknown;
  getItemOrNullObject(key: string): XlSetting;
}

export interface XlSetting extends XlLoadable {
  key: string;
  value: unknown;
  isNullObject: boolean;
  delete(): void;
}

/** Whether the host supports an ExcelApi requirement set (Office.context.requirements.isSetSupported). */
export type SupportsApi = (version: string) => boolean;
