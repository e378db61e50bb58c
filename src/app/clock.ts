/**
 * The one clock. Documents are dated with the clerk's calendar day, and the clerks are in Vietnam:
 * Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), so the day is computed from UTC with a
 * fixed offset, the same in Excel on the web, on a desktop set to another zone, and in the CLI.
 */

/** Where "now" comes from; tests pass a fixed one. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The ISO day (YYYY-MM-DD) it is in Vietnam at the instant `now`. */
export function todayInVietnam(now: Date): string {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${local.getUTCFullYear()}-${p(local.getUTCMonth() + 1)}-${p(local.getUTCDate())}`;
}
