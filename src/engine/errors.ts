import type { Finding } from "./types";

/**
 * Input the engine cannot work with at all (no roster, an invalid policy): the CLI exits 2 with
 * one line, the task pane shows the finding. Carries the finding so both can say where.
 */
export class UnusableInputError extends Error {
  readonly finding: Finding;
  constructor(finding: Finding) {
    super(finding.message);
    this.name = "UnusableInputError";
    this.finding = finding;
  }
}
