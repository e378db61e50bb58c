import type { Analysis, AnalysisOptions, Finding, Grid } from "../engine/types";
import type { UnusableInputDetail } from "../engine/errors";
import { analyze } from "../engine/analyze";

/**
 * How the pane runs the engine. The engine is synchronous and takes seconds on a district of
 * 20,000 rows; on the pane's main thread that would freeze it (no progress, no clicks). The pane
 * passes an analyzer that runs it in a Web Worker (worker-analyzer.ts); tests and the ribbon
 * commands, which have no UI to keep alive, use `analyzeHere`.
 */
export type Analyzer = (grids: Grid[], options: AnalysisOptions) => Promise<Analysis>;

export const analyzeHere: Analyzer = (grids, options) =>
  new Promise((resolve) => resolve(analyze(grids, options)));

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
