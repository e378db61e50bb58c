import { getPreset, type Lang, type Policy } from "../engine";
import type { ColumnOverrides } from "./columns";
import type { InfoOverrides, RunRequest } from "./types";

/**
 * What the clerk keeps in the workbook (the pane saves it, the ribbon commands and every later run
 * read it back): the policy choice, the payment date, the place and signers, the column
 * corrections. Stored by the adapter as workbook settings, one key each.
 */

export interface WorkbookSettings {
  /** "auto" (the workbook's "Quy định" sheet, else the default preset) or a preset id. */
  policyChoice: string;
  paymentDate: string;
  info: InfoOverrides;
  overrides: ColumnOverrides;
}

export const DEFAULT_SETTINGS: WorkbookSettings = {
  policyChoice: "auto",
  paymentDate: "",
  info: { place: "", preparer: "", head: "", approverTitle: "", approver: "" },
  overrides: {},
};

export const SETTING_KEYS = ["policyChoice", "paymentDate", "info", "overrides"] as const;

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
  if (raw.overrides && typeof raw.overrides === "object")
    out.overrides = raw.overrides as ColumnOverrides;
  return out;
}

/** The preset the clerk chose, or undefined for "auto". */
export function chosenPolicy(settings: WorkbookSettings): Policy | undefined {
  return settings.policyChoice === "auto" ? undefined : getPreset(settings.policyChoice);
}

/** What a run asks of the engine, from saved settings. */
export function requestFromSettings(settings: WorkbookSettings, lang: Lang): RunRequest {
  return {
    lang,
    policy: chosenPolicy(settings),
    paymentDate: settings.paymentDate || undefined,
    columns: settings.overrides,
  };
}
