import type { FieldKey } from "../engine/types";

/** The column corrections themselves live with the application service (src/app/columns.ts). */
export { applyOverrides, CANONICAL_HEADER, type ColumnOverrides } from "../app/columns";

/** Fields a clerk may remap in the pane, in display order. */
export const MAPPABLE_FIELDS: FieldKey[] = [
  "name",
  "birth",
  "commune",
  "hamlet",
  "title",
  "concurrent",
  "coefficient",
  "allowance",
  "start",
  "end",
  "decision",
  "round",
];
