import { GENERATED_SHEET_NAMES, type SheetSpec, type Lang } from "../engine/light";

/** A "Kiểm tra" sheet holding one message: why a ribbon command could not run. */
export function messageSheet(message: string, lang: Lang): SheetSpec {
  return {
    kind: "findings",
    name: GENERATED_SHEET_NAMES.findings,
    cells: [
      {
        row: 1,
        col: 1,
        value: lang === "en" ? "ĐỊNH BIÊN — COULD NOT RUN" : "ĐỊNH BIÊN — CHƯA CHẠY ĐƯỢC",
        style: "title",
      },
      { row: 3, col: 1, value: message, style: "text" },
    ],
    styles: {
      title: { font: { bold: true, size: 13 } },
      text: { align: { wrap: true, vertical: "top" } },
    },
    merges: [{ top: 3, left: 1, bottom: 3, right: 8 }],
    columnWidths: [12, 12, 12, 12, 12, 12, 12, 12],
    rowHeights: { 3: 60 },
    print: {
      paperSize: "A4",
      orientation: "portrait",
      fitToWidth: true,
      printTitleRows: null,
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
      pageBreaksBefore: [],
      footer: null,
      header: null,
    },
    freezeRows: null,
  };
}
