import type { Finding, HeaderCandidate, MappingCorrections } from "./types";

/** What the pane needs to let the clerk choose a header row when no roster was found. */
export interface UnusableInputDetail {
  /** The header row each sheet came closest to having (roster-not-found). */
  candidates: HeaderCandidate[];
  /** The corrections stored in the workbook. */
  storedCorrections: MappingCorrections;
}

/**
 * Input the engine cannot work with at all (no roster, an invalid policy): the CLI exits 2 with
 * one line, the task pane shows the finding. Carries the finding so both can say where, and for
 * a missing roster the candidate header rows so the pane can offer to map them.
 */
export class UnusableInputError extends Error {
  readonly finding: Finding;
  readonly detail: UnusableInputDetail;
  constructor(
    finding: Finding,
    detail: UnusableInputDetail = { candidates: [], storedCorrections: {} }
  ) {
    super(finding.message);
    this.name = "UnusableInputError";
    this.finding = finding;
    this.detail = detail;
  }
}
