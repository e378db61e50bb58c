/**
 * Declarative sheet specs: what a generated sheet holds, independent of Excel, the .xlsx writer or the fake.
 * The same spec drives every adapter, so a test of a spec is a test of all three.
 */

/**
 * The five generated documents, the Phiếu tính trợ cấp of a component formula (ND 154), and the
 * policy sheet the clerk may ask for ("Quy định").
 */
export type GeneratedSheetKind =
  "summary" | "payments" | "arrangement" | "findings" | "trace" | "slip" | "policy" | "province";

/** Exact sheet names (CONTRACT §4). */
export const GENERATED_SHEET_NAMES: Record<GeneratedSheetKind, string> = {
  summary: "Tổng hợp",
  payments: "Danh sách chi trả",
  arrangement: "Danh sách bố trí",
  findings: "Kiểm tra",
  trace: "Chi tiết tính",
  slip: "Phiếu tính trợ cấp",
  policy: "Quy định",
  /** The province's summary over the communes' files (issue 14). */
  province: "Tổng hợp toàn tỉnh",
};

export type BorderStyle = "thin" | "medium" | "hair" | "dotted";

export interface CellStyle {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: boolean };
  align?: {
    /**
     * "centerAcross" is Excel's Center Across Selection: the text is centred over this cell and
     * the empty cells to its right with the same alignment, without merging (merges are costly
     * to write through office-js, one call per row).
     */
    horizontal?: "left" | "center" | "right" | "centerAcross";
    vertical?: "top" | "middle" | "bottom";
    wrap?: boolean;
  };
  border?: { top?: BorderStyle; bottom?: BorderStyle; left?: BorderStyle; right?: BorderStyle };
  /** Excel number format, e.g. "#,##0". */
  numFmt?: string;
  /** Fill colour, RRGGBB. */
  fill?: string;
}

export interface CellSpec {
  /** 1-based. */
  row: number;
  col: number;
  /**
   * The value to show. For a formula cell, the computed result (cached value).
   * Strings are always written as text, even when they start with =, +, - or @.
   */
  value: string | number | null;
  /** A formula without the leading "=", e.g. "SUM(K8:K20)". Only the engine writes formulas. */
  formula?: string;
  /** Key into SheetSpec.styles. */
  style?: string;
  /** Internal link, e.g. "'Phú Mỹ'!F12". */
  link?: string;
}

export interface PrintSetup {
  paperSize: "A4";
  orientation: "portrait" | "landscape";
  /** Fit all columns to one page wide; height unconstrained. */
  fitToWidth: boolean;
  /** 1-based rows repeated at the top of every printed page, inclusive. */
  printTitleRows: [number, number] | null;
  /** Margins in millimetres. */
  margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
  /** 1-based rows that start a new printed page (a break is inserted above each). */
  pageBreaksBefore: number[];
  /** Footer text using Excel's codes (&P page, &N pages), or null. */
  footer: string | null;
  header: string | null;
}

export interface SheetSpec {
  kind: GeneratedSheetKind;
  /** The desired name; the adapter adds " (2)" if a clerk's own sheet has it. */
  name: string;
  cells: CellSpec[];
  styles: Record<string, CellStyle>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** Column widths in Excel character units, index 0 = column A. */
  columnWidths: number[];
  /** Row heights in points, by 1-based row. */
  rowHeights: Record<number, number>;
  print: PrintSetup;
  /** Freeze panes below this 1-based row (e.g. the header), or null. */
  freezeRows: number | null;
}

/**
 * A generated document not yet made: its kind and name are known at once, its cells only when
 * `build` runs. A writer that writes one sheet at a time (the package writer) builds each just
 * before writing it and lets it go after, so a province's documents never sit in memory all at
 * once (issue 15: 3,5 million cells at 200 000 rows).
 */
export interface SheetRecipe {
  readonly kind: GeneratedSheetKind;
  readonly name: string;
  build(): SheetSpec;
}
