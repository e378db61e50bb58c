import { UnusableInputError, type Analysis, type Lang } from "../engine";
import { InputFileError } from "../xlsx/read";
import { t } from "./i18n";

/** Exit statuses of CONTRACT §2. */
export const EXIT = {
  /** No error-severity findings. */
  ok: 0,
  /** Error-severity findings exist; the output is still complete. */
  findings: 1,
  /** Unusable input or a wrong command line: one stderr line "dinh-bien: …". */
  unusable: 2,
} as const;

/** Unusable input or a wrong command line: exit 2 with this one-line message. */
export class UsageError extends Error {}

export function exitFor(a: Analysis): number {
  return a.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}

function oneLineMessage(s: string): string {
  return s.replace(/\s*\n\s*/g, " ").trim();
}

function unusableMessage(e: UnusableInputError, file: string | undefined): string {
  const f = e.finding;
  const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ""}: ` : "";
  return `${file ? `${file}: ` : ""}${where}${f.message}`;
}

/** Where a failure happened: the run's language and its input file, once known. */
export interface FailureContext {
  lang: Lang;
  file?: string;
}

/** The one stderr line for a failure (without the "dinh-bien: " prefix and the newline). */
function failureMessage(e: unknown, at: FailureContext): string {
  if (e instanceof UsageError || e instanceof InputFileError) return e.message;
  if (e instanceof UnusableInputError) return unusableMessage(e, at.file);
  const msg = e instanceof Error ? e.message : String(e);
  return `${t(at.lang, "lỗi nội bộ", "internal error")}: ${msg}`;
}

/** Write the failure's one line to stderr; returns exit status 2. */
export function reportFailure(e: unknown, at: FailureContext, stderr: (s: string) => void): number {
  stderr(`dinh-bien: ${oneLineMessage(failureMessage(e, at))}\n`);
  return EXIT.unusable;
}
