import { getPreset, type Lang, type MappingCorrections, type Policy } from "../engine";
import type { WorkbookSettings } from "./settings";
import type { RunRequest } from "./types";

/** The preset the clerk chose, or undefined for "auto". */
export function chosenPolicy(settings: WorkbookSettings): Policy | undefined {
  return settings.policyChoice === "auto" ? undefined : getPreset(settings.policyChoice);
}

/** What a run asks of the engine, from saved settings. */
export function requestFromSettings(
  settings: WorkbookSettings,
  lang: Lang,
  corrections?: MappingCorrections
): RunRequest {
  return {
    lang,
    policy: chosenPolicy(settings),
    paymentDate: settings.paymentDate || undefined,
    ...(corrections ? { corrections } : {}),
  };
}
