import type {
  CellValue,
  ColumnChoice,
  FieldKey,
  Grid,
  MappingCorrection,
  MappingCorrections,
} from "../types";
import { columnLetters, columnNumber } from "../grid/address";
import { cleanText, foldLoose } from "../text/fold";
import { FIELD_KEYS } from "./fields";

/**
 * The column mapping stored in the workbook (docs/column-mapping.md): a very hidden sheet the
 * add-in owns, "DinhBien_Cột", one row per correction. A sheet is plain cells, so both adapters
 * (office-js in the pane and the ribbon, the .xlsx package reader in the CLI) read it like any other sheet and the
 * engine finds it among the grids by its first cell — it is never read as a roster, a register or
 * the information sheet. Only corrections are stored, not the whole mapping: what detection finds
 * by itself is found again.
 *
 * Layout: A1 the signature, B1 the format version, C1 a note for a curious clerk; row 2 the
 * column names; then rows `sheet | field | column | header`, where field is a FieldKey or
 * "headerRows", column a letter, "-" for "no such column", or rows "5-6" for headerRows, and
 * header the header text the column had (so that the correction follows an inserted column).
 */

export const MAPPING_SHEET = "DinhBien_Cột";
export const MAPPING_SIGNATURE = "DinhBien:column-mapping";
const VERSION = 1;
const HEADER_ROWS_KEY = "headerRows";
/** "No such column on this sheet." */
const NONE = "-";

/** Whether a grid is the stored mapping (by its first cell, whatever the sheet is called). */
export function isMappingGrid(grid: Grid): boolean {
  const first = grid.firstRow === 1 && grid.firstCol === 1 ? grid.cells?.[0]?.[0] : null;
  return typeof first === "string" && cleanText(first) === MAPPING_SIGNATURE;
}

/** The corrections a stored mapping holds; rows it cannot read are skipped (it is ours, not the clerk's). */
export function readMappingGrid(grid: Grid): MappingCorrections {
  const out: MappingCorrections = {};
  const rows = Array.isArray(grid.cells) ? grid.cells.slice(2) : [];
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    const [sheetCell, fieldCell, columnCell, headerCell] = row;
    if (typeof sheetCell !== "string" || typeof fieldCell !== "string") continue;
    const sheet = sheetCell;
    const value =
      typeof columnCell === "number" ? String(columnCell) : cleanText(String(columnCell ?? ""));
    const correction: MappingCorrection = (out[sheet] ??= {});
    if (fieldCell === HEADER_ROWS_KEY) {
      const rowsRead = value.split("-").map(Number);
      if (
        rowsRead.length >= 1 &&
        rowsRead.length <= 2 &&
        rowsRead.every((r) => Number.isInteger(r) && r > 0)
      )
        correction.headerRows = rowsRead;
      continue;
    }
    const field = FIELD_KEYS.find((f) => f === fieldCell);
    if (!field) continue;
    const header = typeof headerCell === "string" && headerCell !== "" ? headerCell : undefined;
    if (value === NONE) {
      (correction.columns ??= {})[field] = { col: null };
    } else if (/^[A-Z]{1,3}$/i.test(value)) {
      (correction.columns ??= {})[field] = { col: columnNumber(value.toUpperCase()), header };
    }
  }
  return out;
}

/** The stored mapping's cells for `corrections` (what an adapter writes into MAPPING_SHEET). */
export function mappingSheetCells(corrections: MappingCorrections): CellValue[][] {
  const rows: CellValue[][] = [
    [
      MAPPING_SIGNATURE,
      VERSION,
      "Định Biên ghi sheet này: cách đọc các cột của từng danh sách (đã chỉnh trong ngăn Định Biên). Không sửa tay.",
    ],
    ["Sheet", "Trường", "Cột", "Tiêu đề"],
  ];
  for (const sheet of Object.keys(corrections).sort()) {
    const c = corrections[sheet];
    if (c.headerRows && c.headerRows.length > 0)
      rows.push([sheet, HEADER_ROWS_KEY, c.headerRows.join("-"), null]);
    for (const field of FIELD_KEYS) {
      const v = c.columns?.[field];
      if (!v) continue;
      if (v.col === null) rows.push([sheet, field, NONE, null]);
      else if (typeof v.col === "number" && Number.isInteger(v.col) && v.col > 0)
        rows.push([sheet, field, columnLetters(v.col), v.header ?? null]);
    }
  }
  return rows;
}

/** Corrections that apply to every roster sheet (the CLI's --column without a sheet). */
export const ANY_SHEET = "*";

/**
 * `over` laid on `base` field by field and sheet by sheet: a correction of one sheet never
 * erases another sheet's, nor the same sheet's other fields.
 */
export function mergeCorrections(
  base: MappingCorrections,
  over: MappingCorrections | undefined
): MappingCorrections {
  const out: MappingCorrections = {};
  for (const src of [base, over ?? {}]) {
    for (const [sheet, c] of Object.entries(src)) {
      if (!c || typeof c !== "object") continue;
      const into: MappingCorrection = (out[sheet] ??= {});
      if (Array.isArray(c.headerRows)) into.headerRows = [...c.headerRows];
      if (c.columns) into.columns = { ...(into.columns ?? {}), ...c.columns };
    }
  }
  return out;
}

/** The corrections for one sheet: its own over those for every sheet. */
export function correctionFor(
  corrections: MappingCorrections,
  sheet: string
): MappingCorrection | undefined {
  const own = Object.prototype.hasOwnProperty.call(corrections, sheet)
    ? corrections[sheet]
    : undefined;
  const any = Object.prototype.hasOwnProperty.call(corrections, ANY_SHEET)
    ? corrections[ANY_SHEET]
    : undefined;
  if (!any) return own;
  return mergeCorrections({ [sheet]: any }, own ? { [sheet]: own } : undefined)[sheet];
}

/** One field of one sheet set (col), cleared to "no such column" (null) or given back to detection (undefined). */
export function withCorrection(
  corrections: MappingCorrections,
  sheet: string,
  field: FieldKey,
  value: ColumnChoice | undefined
): MappingCorrections {
  const current = corrections[sheet] ?? {};
  const columns = { ...(current.columns ?? {}) };
  if (value === undefined) delete columns[field];
  else columns[field] = value;
  const next: MappingCorrection = { ...current, columns };
  const out = { ...corrections, [sheet]: next };
  if (Object.keys(columns).length === 0 && !next.headerRows) delete out[sheet];
  return out;
}

/** The header rows of one sheet chosen (or given back to detection with undefined); its column corrections are kept. */
export function withHeaderRows(
  corrections: MappingCorrections,
  sheet: string,
  headerRows: number[] | undefined
): MappingCorrections {
  const current = corrections[sheet] ?? {};
  const next: MappingCorrection = { ...current };
  if (headerRows === undefined) delete next.headerRows;
  else next.headerRows = headerRows;
  const out = { ...corrections, [sheet]: next };
  if (!next.headerRows && Object.keys(next.columns ?? {}).length === 0) delete out[sheet];
  return out;
}

/** Whether two header texts are the same header for a correction (case, accents, spaces). */
export function sameHeader(a: string, b: string): boolean {
  return foldLoose(a) === foldLoose(b);
}
