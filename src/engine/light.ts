/**
 * The engine's light surface: the few pure helpers the task pane's main thread needs (the view,
 * the office-js adapter), none of which loads decimal.js, zod or read-vietnamese-number. The pane
 * runs the engine itself in its Web Worker (src/taskpane/engine.worker.ts); its initial script
 * imports the engine through this file only, so the engine's weight stays out of it
 * (test/architecture/imports.test.ts checks what this file pulls in; the browser test checks the
 * built chunks). Everything here is also on the full surface, src/engine/index.ts.
 */
export type * from "./types";
export type { WorkbookPort, SheetInfo, WriteResult } from "./port";
export type * from "./sheets/spec";
export { GENERATED_SHEET_NAMES } from "./sheets/spec";
export {
  candidateName,
  DRAFT_MARKER,
  draftName,
  kindOfMarker,
  kindOfSheetNames,
  markerName,
  planSheetWrites,
  sheetMarkerName,
  sheetNameKey,
} from "./sheets/ownership";
export {
  a1,
  columnLetters,
  columnNumber,
  parseAddress,
  quoteSheet,
  rangeAddress,
  sheetRef,
  splitAreas,
  type ParsedAddress,
} from "./grid/address";
export { ROSTER_FIELDS, FIELD_KEYS, fieldLabel } from "./roster/fields";
export {
  MAPPING_SHEET,
  mappingSheetCells,
  readMappingGrid,
  withCorrection,
  withHeaderRows,
} from "./roster/mapping-store";
export { HEADER_FORMS, type HeaderForm } from "./workbook/header-form";
export { formatIntegerVi } from "./text/thousands";
export { countEn } from "./text/count-en";
export { from1904Serial, isDateFormat } from "./text/dates";
export { payoutUnverified } from "./payouts/verified";
export type { FormulaInWords, WordLine } from "./policy/formula-words";
