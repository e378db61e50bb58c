import { detectHeader, HEADER_ALIASES, type FieldKey, type Grid } from "../engine";

/**
 * The clerk's corrections of the column mapping: sheet → field → 1-based column, or null for
 * "this sheet has no such column". Stored in the workbook settings.
 *
 * The roster parser finds columns by header text, so a correction is applied to the in-memory
 * grid handed to the engine (never to the workbook): the chosen column's header cell gets the
 * field's canonical header, and the header cell the parser had recognised for that field is
 * blanked. The next run recognises the corrected column like any clerk-typed header.
 */
export type ColumnOverrides = Record<string, Partial<Record<FieldKey, number | null>>>;

/**
 * A header text the parser recognises for each field (DOMAIN §4.1): the field's first alias
 * ("Ngày sinh", "Nam", "Ấp" …), not FIELD_LABELS_VI — those are words for messages, and
 * "Năm sinh (Nam)" would read as the birth year column, not the male one.
 */
export const CANONICAL_HEADER = Object.fromEntries(
  Object.entries(HEADER_ALIASES).map(([field, aliases]) => [field, aliases[0]])
) as Record<FieldKey, string>;

function setCell(grid: Grid, row: number, col: number, value: string | null): Grid {
  const r = row - grid.firstRow;
  const c = col - grid.firstCol;
  if (r < 0 || c < 0) return grid;
  const cells = grid.cells.map((line) => [...line]);
  while (cells.length <= r) cells.push([]);
  while (cells[r].length <= c) cells[r].push(null);
  cells[r][c] = value;
  return { ...grid, cells };
}

/**
 * Grids with the overrides applied. Where each field's header sits is detected on the grid as
 * read (the engine's own header detection), so applying the same overrides again is stable.
 * Grids of sheets without overrides are returned unchanged.
 */
export function applyOverrides(grids: Grid[], overrides: ColumnOverrides): Grid[] {
  return grids.map((grid) => {
    const o = overrides[grid.sheet];
    const mapping = o ? detectHeader(grid) : null;
    if (!o || !mapping || mapping.headerRows.length === 0) return grid;
    let g = grid;
    const headerRow = mapping.headerRows[mapping.headerRows.length - 1];
    for (const [field, col] of Object.entries(o) as [FieldKey, number | null][]) {
      const was = mapping.columns[field];
      if (was !== undefined && was !== col)
        for (const hr of mapping.headerRows) g = setCell(g, hr, was, null);
      if (col !== null && col !== undefined) {
        for (const hr of mapping.headerRows) g = setCell(g, hr, col, null);
        g = setCell(g, headerRow, col, CANONICAL_HEADER[field]);
      }
    }
    return g;
  });
}
