import type { InfoOverrides } from "./types";

/**
 * What the clerk keeps in the workbook (the pane saves it, the ribbon commands and every later run
 * read it back): the policy choice, the payment date, the place and signers. Stored by the adapter as workbook
 * settings, one key each. The column corrections are not settings: they live in the workbook's
 * "DinhBien_Cột" sheet, which every adapter reads (docs/column-mapping.md).
 * Free of the engine (types only): the task pane's main thread reads the settings with it before
 * its worker has loaded the engine. Turning settings into a run's request is in request.ts.
 */

export interface WorkbookSettings {
  /** "auto" (the workbook's "Quy định" sheet, else the default preset) or a preset id. */
  policyChoice: string;
  paymentDate: string;
  info: InfoOverrides;
}

export const DEFAULT_SETTINGS: WorkbookSettings = {
  policyChoice: "auto",
  paymentDate: "",
  info: { place: "", preparer: "", head: "", approverTitle: "", approver: "" },
};

export const SETTING_KEYS = ["policyChoice", "paymentDate", "info"] as const;

/** Where settings are kept (office-js: the workbook's settings). */
export interface SettingsStore {
  readSettings(keys: string[]): Promise<Record<string, unknown>>;
  writeSettings(values: Record<string, unknown>): Promise<void>;
}

/** The stored values that have the expected type; anything else is left to the defaults. */
export function parseSettings(raw: Record<string, unknown>): Partial<WorkbookSettings> {
  const out: Partial<WorkbookSettings> = {};
  if (typeof raw.policyChoice === "string") out.policyChoice = raw.policyChoice;
  if (typeof raw.paymentDate === "string") out.paymentDate = raw.paymentDate;
  if (raw.info && typeof raw.info === "object") out.info = raw.info as InfoOverrides;
  return out;
}

/**
 * The settings saved in the workbook (only values of the expected type). A store that cannot be
 * read throws: the caller shows it, it is never replaced by the defaults.
 */
export async function readWorkbookSettings(
  store: SettingsStore
): Promise<Partial<WorkbookSettings>> {
  return parseSettings(await store.readSettings([...SETTING_KEYS]));
}

/** Save these settings in the workbook, one key each. */
export async function writeWorkbookSettings(
  store: SettingsStore,
  values: Partial<WorkbookSettings>
): Promise<void> {
  await store.writeSettings(values as Record<string, unknown>);
}
