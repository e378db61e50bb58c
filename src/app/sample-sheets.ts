import type { SampleSheet } from "../engine/sample/giang-thanh";
import type { CellSpec, CellStyle, SheetSpec } from "../engine";

/**
 * A sample sheet (pure data) as a sheet spec the adapter can write: the clerk's kind of sheet,
 * Times New Roman, bordered header, dates shown as dates. Not a generated sheet: no marker.
 */
const STYLES: Record<string, CellStyle> = {
  plain: {},
  title: { font: { bold: true }, align: { horizontal: "center" } },
  header: {
    font: { bold: true },
    align: { horizontal: "center", vertical: "middle", wrap: true },
    border: { top: "thin", bottom: "thin", left: "thin", right: "thin" },
  },
  section: { font: { bold: true } },
};

export function sampleToSpec(sheet: SampleSheet): Omit<SheetSpec, "kind"> {
  const styles: Record<string, CellStyle> = { ...STYLES };
  const headerRows = new Set(sheet.headerRows);
  const titleRows = new Set(sheet.titleRows ?? []);
  const sectionRows = new Set(sheet.sectionRows ?? []);
  const lastHeader = sheet.headerRows.length ? Math.max(...sheet.headerRows) : 0;
  for (const [col, fmt] of Object.entries(sheet.numberFormats ?? {}))
    styles[`num${col}`] = { numFmt: fmt };
  const cells: CellSpec[] = [];
  sheet.rows.forEach((row, r) => {
    const rowNo = r + 1;
    row.forEach((v, c) => {
      const colNo = c + 1;
      let style: string | undefined;
      if (headerRows.has(rowNo)) style = "header";
      else if (titleRows.has(rowNo)) style = "title";
      else if (sectionRows.has(rowNo)) style = "section";
      else if (rowNo > lastHeader && typeof v === "number" && styles[`num${colNo}`])
        style = `num${colNo}`;
      if (v === null || v === undefined || v === "") {
        if (style === "header") cells.push({ row: rowNo, col: colNo, value: null, style });
        return;
      }
      const value = typeof v === "object" ? v.error : typeof v === "boolean" ? String(v) : v;
      cells.push({ row: rowNo, col: colNo, value, style });
    });
  });
  return {
    name: sheet.name,
    cells,
    styles,
    merges: sheet.merges,
    columnWidths: sheet.columnWidths,
    rowHeights: {},
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: true,
      printTitleRows: sheet.headerRows.length ? [Math.min(...sheet.headerRows), lastHeader] : null,
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
      pageBreaksBefore: [],
      footer: null,
      header: null,
    },
    freezeRows: lastHeader || null,
  };
}
