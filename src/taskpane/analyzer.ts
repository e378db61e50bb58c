import type { Analysis, AnalysisOptions, Finding, Grid, UnusableInputDetail } from "../engine";

/**
 * How the pane runs the engine (the Analyzer of the application service, src/app). The engine is
 * synchronous and takes seconds on a district of 20,000 rows; on the pane's main thread that
 * would freeze it (no progress, no clicks). The pane passes an analyzer that runs it in a Web
 * Worker (worker-analyzer.ts); tests, which have no UI to keep alive, use `analyzeHere`.
 */
export { analyzeHere, type Analyzer } from "../app";

/** What the page sends the worker, and what it answers. */
export interface AnalyzeRequest {
  id: number;
  grids: Grid[];
  options: AnalysisOptions;
}

export type AnalyzeReply =
  | { id: number; ok: true; analysis: Analysis }
  | { id: number; ok: false; unusable: AnalyzeUnusable | null; message: string };

/** An UnusableInputError crossing the worker boundary (class instances do not survive it). */
export interface AnalyzeUnusable {
  finding: Finding;
  detail: UnusableInputDetail;
}
