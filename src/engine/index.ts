/**
 * The engine's public surface: the adapters (src/excel, src/xlsx), the task pane, the ribbon
 * commands and the CLI import the engine through this file only (test/architecture/imports.test.ts
 * holds them to it). Inside the engine, modules import each other directly.
 */
export * from "./types";
export { analyze, DEFAULT_POLICY_ID } from "./analyze";
export { UnusableInputError, type UnusableInputDetail } from "./errors";
export {
  createFinding,
  localizeFinding,
  renderTexts,
  FINDING_CATALOG,
  SEVERITY_RANK,
  type FindingParams,
} from "./findings/catalog";
export { blocksPayout } from "./findings/blocking";
export type { WorkbookPort, SheetInfo, WriteResult } from "./port";
export * from "./sheets/spec";

// The plan: units, before / after, the merger (DOMAIN §5.6, §10.3).
export { buildPlan, mergerFigures, mergerSentence, hamletWord, personOf } from "./plan";

// Documents and the add-in's ownership of generated sheets.
export { buildSheets, sheetRecipes, type BuildOptions } from "./sheets/build";
export { candidateName, kindOfMarker, markerName, planSheetWrites } from "./sheets/ownership";
export {
  DRAFT_MARKER,
  draftName,
  kindOfSheetNames,
  sheetMarkerName,
  sheetNameKey,
} from "./sheets/ownership";

// Policies: presets, the JSON schema, the "Quy định" sheet.
export { PRESETS, getPreset } from "./policy/presets";
export { parsePolicy, policyToJson } from "./policy/schema";

// Rosters: header detection and the column vocabulary (the pane's column mapping).
export { detectHeader } from "./roster/header";
export { ROSTER_FIELDS, FIELD_KEYS, REQUIRED_FIELDS, fieldLabel } from "./roster/fields";
export {
  ANY_SHEET,
  MAPPING_SHEET,
  isMappingGrid,
  readMappingGrid,
  mappingSheetCells,
  mergeCorrections,
  withCorrection,
  withHeaderRows,
} from "./roster/mapping-store";

// Payouts as JSON and their derivation as text (DOMAIN §6, CONTRACT §3).
export { payoutsJson, payoutJson } from "./payouts/json";
export { traceSteps, caseText } from "./payouts/render";
export { payoutUnverified } from "./payouts/verified";
export { formulaInWords, type FormulaInWords, type WordLine } from "./policy/formula-words";
export { HEADER_FORMS, type HeaderForm } from "./workbook/header-form";

// Text, dates, numbers and cell addresses the shells print or parse.
export { toIso, parseIsoDate, from1904Serial, isDateFormat, DAYS_1904 } from "./text/dates";
export { formatNumber, formatNumberVi } from "./text/vi-number";
export { formatIntegerVi } from "./text/thousands";
export { countEn } from "./text/count-en";
export { foldLoose } from "./text/fold";
export {
  a1,
  columnLetters,
  columnNumber,
  sheetRef,
  parseAddress,
  splitAreas,
  rangeAddress,
  quoteSheet,
  type ParsedAddress,
} from "./grid/address";

// The sample district (src/app loads it on demand, as its own chunk: see test/app/layering.test.ts).
export type { SampleSheet } from "./sample/giang-thanh";

// The province's view: communes' files analysed alone, then checked and totalled as one (issue 14).
export { combineProvince, type ProvinceInput } from "./province";
export { DEFAULT_STALE_DAYS } from "./checks/province";
export { readRegister, isRegisterGrid } from "./workbook/register";
export { amountInWords } from "./money/words";
export { buildProvinceSummary, type ProvinceDocOptions } from "./sheets/province-summary";
