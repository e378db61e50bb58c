import type { CellSpec, CellStyle, GeneratedSheetKind, PrintSetup, SheetSpec } from "./spec";
import { GENERATED_SHEET_NAMES } from "./spec";

/** Every generated document is set in Times New Roman (DOMAIN §6.1). */
export const FONT = "Times New Roman";
export const MONEY_FORMAT = "#,##0";

const thin = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;
const f = (
  size: number,
  extra: Partial<NonNullable<CellStyle["font"]>> = {}
): CellStyle["font"] => ({
  name: FONT,
  size,
  ...extra,
});

/**
 * One style table shared by all five documents, so the same role looks the same everywhere.
 * Keys are roles, not looks: a builder asks for "th", not for "bold 11 centred with borders".
 */
export const STYLES: Record<string, CellStyle> = {
  base: { font: f(12), align: { vertical: "middle" } },
  agency: { font: f(12), align: { horizontal: "center", vertical: "middle" } },
  office: { font: f(12, { bold: true }), align: { horizontal: "center", vertical: "middle" } },
  nation: { font: f(12, { bold: true }), align: { horizontal: "center", vertical: "middle" } },
  motto: { font: f(13, { bold: true }), align: { horizontal: "center", vertical: "middle" } },
  rule: { font: f(9), align: { horizontal: "center", vertical: "top" } },
  dateLine: { font: f(12, { italic: true }), align: { horizontal: "center", vertical: "middle" } },
  draft: {
    font: f(13, { bold: true }),
    align: { horizontal: "center", vertical: "middle" },
    fill: "FFE699",
  },
  title: {
    font: f(14, { bold: true }),
    align: { horizontal: "center", vertical: "middle", wrap: true },
  },
  subtitle: {
    font: f(13, { bold: true }),
    align: { horizontal: "center", vertical: "middle", wrap: true },
  },
  basis: {
    font: f(12, { italic: true }),
    align: { horizontal: "center", vertical: "middle", wrap: true },
  },
  th: {
    font: f(11, { bold: true }),
    align: { horizontal: "center", vertical: "middle", wrap: true },
    border: thin,
  },
  thNum: {
    font: f(10, { italic: true }),
    align: { horizontal: "center", vertical: "middle" },
    border: thin,
  },
  td: { font: f(11), align: { horizontal: "left", vertical: "middle", wrap: true }, border: thin },
  tdCenter: {
    font: f(11),
    align: { horizontal: "center", vertical: "middle", wrap: true },
    border: thin,
  },
  tdMoney: {
    font: f(11),
    align: { horizontal: "right", vertical: "middle" },
    border: thin,
    numFmt: MONEY_FORMAT,
  },
  // A row-wide label spanning several bordered columns without a merge: the first cell carries
  // the text (unwrapped, so it flows over the empty cells), the others only the outer borders.
  spanStartBold: {
    font: f(11, { bold: true }),
    align: { horizontal: "left", vertical: "middle" },
    border: { top: "thin", bottom: "thin", left: "thin" },
  },
  spanMid: { font: f(11), border: { top: "thin", bottom: "thin" } },
  spanEnd: { font: f(11), border: { top: "thin", bottom: "thin", right: "thin" } },
  // A value centred across two bordered columns (birth year when the gender is unknown).
  acrossStart: {
    font: f(11),
    align: { horizontal: "centerAcross", vertical: "middle" },
    border: { top: "thin", bottom: "thin", left: "thin" },
  },
  acrossMid: {
    font: f(11),
    align: { horizontal: "centerAcross", vertical: "middle" },
    border: { top: "thin", bottom: "thin" },
  },
  acrossEnd: {
    font: f(11),
    align: { horizontal: "centerAcross", vertical: "middle" },
    border: { top: "thin", bottom: "thin", right: "thin" },
  },
  tdBold: {
    font: f(11, { bold: true }),
    align: { horizontal: "left", vertical: "middle", wrap: true },
    border: thin,
  },
  tdBoldCenter: {
    font: f(11, { bold: true }),
    align: { horizontal: "center", vertical: "middle", wrap: true },
    border: thin,
  },
  tdBoldMoney: {
    font: f(11, { bold: true }),
    align: { horizontal: "right", vertical: "middle" },
    border: thin,
    numFmt: MONEY_FORMAT,
  },
  tdNote: {
    font: f(10, { italic: true }),
    align: { horizontal: "left", vertical: "middle", wrap: true },
    border: thin,
  },
  tdLink: {
    font: f(11, { underline: true }),
    align: { horizontal: "center", vertical: "middle" },
    border: thin,
  },
  communeHeading: {
    font: f(12, { bold: true }),
    align: { horizontal: "center", vertical: "middle" },
    border: thin,
    fill: "F2F2F2",
  },
  words: {
    font: f(12, { italic: true }),
    align: { horizontal: "left", vertical: "middle", wrap: true },
  },
  text: { font: f(12), align: { horizontal: "left", vertical: "middle", wrap: true } },
  textBold: {
    font: f(12, { bold: true }),
    align: { horizontal: "left", vertical: "middle", wrap: true },
  },
  count: { font: f(12, { italic: true }), align: { horizontal: "left", vertical: "middle" } },
  signTitle: {
    font: f(12, { bold: true }),
    align: { horizontal: "center", vertical: "middle", wrap: true },
  },
  signName: { font: f(12, { bold: true }), align: { horizontal: "center", vertical: "middle" } },
};

/** Margins in millimetres (DOMAIN §6.1: top/bottom 20–25, left 30–35, right 15–20). */
export const MARGINS: PrintSetup["margins"] = {
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
  header: 8,
  footer: 8,
};

export interface Column {
  width: number;
}

/**
 * Accumulates cells of one sheet. Cells covered by a merge get the merge's style too, so a
 * bordered merged cell shows its border on every side in every adapter.
 */
export class SheetBuilder {
  /**
   * Cells in the order written; a later write to a cell replaces the earlier. One flat array,
   * not a map keyed by "row:col" nor an array per row: a province's lists hold over a million
   * cells, and a key string and map entry (or a row array) per cell cost more than the cell.
   * The builders write row after row, so sorting is needed only when one went back.
   */
  private cells: CellSpec[] = [];
  private inOrder = true;
  private readonly merges: SheetSpec["merges"] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly pageBreaksBefore: number[] = [];
  /** Next free row. */
  row = 1;

  constructor(
    readonly kind: GeneratedSheetKind,
    readonly widths: number[]
  ) {}

  get lastCol(): number {
    return this.widths.length;
  }

  set(
    row: number,
    col: number,
    value: string | number | null,
    style?: string,
    extra: { formula?: string; link?: string } = {}
  ): void {
    // One literal per shape, so every property sits inside the object (adding `style` after
    // would give each of a million cells a separate property store).
    const cell: CellSpec = style ? { row, col, value, style } : { row, col, value };
    if (extra.formula !== undefined) cell.formula = extra.formula;
    if (extra.link !== undefined) cell.link = extra.link;
    const last = this.cells[this.cells.length - 1];
    if (last && (row < last.row || (row === last.row && col <= last.col))) this.inOrder = false;
    this.cells.push(cell);
  }

  /** Write a value into a merged block (a single cell when the block is one cell). */
  block(
    top: number,
    left: number,
    bottom: number,
    right: number,
    value: string | number | null,
    style?: string,
    extra: { formula?: string; link?: string } = {}
  ): void {
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) this.set(r, c, value, style, extra);
        else this.set(r, c, null, style);
      }
    }
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  /**
   * A value centred across columns left..right of one table row, bordered as one cell but
   * without a merge (Center Across Selection): used on data rows, where a merge per row would
   * cost one office-js call per row.
   */
  across(row: number, left: number, right: number, value: string | number | null): void {
    for (let c = left; c <= right; c++) {
      const style = c === left ? "acrossStart" : c === right ? "acrossEnd" : "acrossMid";
      this.set(row, c, c === left ? value : null, style);
    }
  }

  /** A bold left-aligned label over columns left..right of one table row, without a merge. */
  spanLabel(row: number, left: number, right: number, value: string | number | null): void {
    for (let c = left; c <= right; c++) {
      const style = c === left ? "spanStartBold" : c === right ? "spanEnd" : "spanMid";
      this.set(row, c, c === left ? value : null, style);
    }
  }

  /** Width, in character units, of columns left..right. */
  span(left: number, right: number): number {
    let w = 0;
    for (let c = left; c <= right; c++) w += this.widths[c - 1] ?? 8;
    return w;
  }

  /**
   * Raise a row's height to fit `text` wrapped in columns left..right at `size` pt;
   * `widthFactor` > 1 for text wider than ordinary lower case (bold capitals ≈ 1.45).
   */
  fit(row: number, left: number, right: number, text: string, size = 11, widthFactor = 1): void {
    const h = textHeight(text, this.span(left, right), size, widthFactor);
    if (h > (this.rowHeights[row] ?? 0)) this.rowHeights[row] = h;
  }

  height(row: number, points: number): void {
    this.rowHeights[row] = points;
  }

  /** The sheet's spec; the builder is empty after (build once). */
  build(
    name: string,
    print: Omit<PrintSetup, "paperSize" | "pageBreaksBefore" | "margins" | "footer" | "header">,
    freezeRows: number | null
  ): SheetSpec {
    const cells = this.inOrder ? this.cells : lastWriteWins(this.cells);
    this.cells = [];
    this.inOrder = true;
    return {
      kind: this.kind,
      name,
      cells,
      styles: usedStyles(cells),
      merges: [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      columnWidths: [...this.widths],
      rowHeights: { ...this.rowHeights },
      print: {
        paperSize: "A4",
        margins: { ...MARGINS },
        pageBreaksBefore: [...this.pageBreaksBefore].sort((a, b) => a - b),
        footer: '&C&"Times New Roman,Regular"&10Trang &P/&N',
        header: null,
        ...print,
      },
      freezeRows,
    };
  }
}

/** Cells sorted by row and column, one per cell: the last written (the sort is stable). */
function lastWriteWins(written: CellSpec[]): CellSpec[] {
  const sorted = [...written].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: CellSpec[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.row === c.row && prev.col === c.col) out[out.length - 1] = c;
    else out.push(c);
  }
  return out;
}

function usedStyles(cells: CellSpec[]): Record<string, CellStyle> {
  const out: Record<string, CellStyle> = {};
  for (const c of cells) if (c.style && STYLES[c.style]) out[c.style] = STYLES[c.style];
  return out;
}

/**
 * Row height in points for wrapped text: about 1.2 characters of Times per width unit at 11 pt
 * (Times is narrower than the Calibri digit the width unit is based on; measured on LibreOffice
 * renders of the sample). An estimate that errs a little tall.
 */
export function textHeight(text: string, widthChars: number, size = 11, widthFactor = 1): number {
  const perLine = Math.max(1, Math.floor((widthChars * 1.2 * 11) / (size * widthFactor)) - 1);
  let lines = 0;
  for (const para of text.split("\n")) lines += Math.max(1, Math.ceil(para.length / perLine));
  return Math.ceil(lines * size * 1.32 + 4);
}

export function sheetName(kind: GeneratedSheetKind): string {
  return GENERATED_SHEET_NAMES[kind];
}
