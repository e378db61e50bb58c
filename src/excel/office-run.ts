import type { RunBatch, XlRequestContext } from "./api";

/**
 * Excel.run on the open workbook, the one place the adapter meets office.js's run. With
 * `delayForCellEdit` (ExcelApi 1.11) a batch that arrives while the clerk is typing in a cell
 * waits until the cell is left instead of failing with InvalidOperationInCellEditMode; hosts
 * older than 1.11 ignore the option and fail as before (errors.ts says what to do then).
 */
export const officeRun: RunBatch = (batch) =>
  Excel.run({ delayForCellEdit: true }, (context) => batch(context as unknown as XlRequestContext));
