/** The engine's public surface, for the adapters, the task pane and the CLI. */
export * from "./types";
export { analyze, DEFAULT_POLICY_ID } from "./analyze";
export { UnusableInputError } from "./errors";
export { createFinding, localizeFinding, FINDING_CATALOG } from "./findings/catalog";
export type { WorkbookPort, SheetInfo, WriteResult } from "./port";
export * from "./sheets/spec";
export { buildSheets, type BuildOptions } from "./sheets/build";
export { getPreset, PRESETS } from "./policy/presets";
export { detectHeader } from "./roster/header";
export { ROSTER_FIELDS, FIELD_KEYS, REQUIRED_FIELDS, fieldLabel } from "./roster/fields";
export { payoutsJson, payoutJson } from "./payouts/json";
export { traceSteps } from "./payouts/render";
