import { analyze, UnusableInputError } from "../engine";
import type { AnalyzeReply, AnalyzeRequest } from "./analyzer";

/**
 * The engine in a Web Worker, so a long analysis never blocks the pane's main thread. Built by
 * webpack from `new Worker(new URL("./analyze.worker.ts", import.meta.url))` in
 * worker-analyzer.ts; plain data in, plain data out (structured clone).
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnalyzeRequest>) => void) | null;
  postMessage(reply: AnalyzeReply): void;
};

scope.onmessage = (e) => {
  const { id, grids, options } = e.data;
  try {
    scope.postMessage({ id, ok: true, analysis: analyze(grids, options) });
  } catch (err) {
    scope.postMessage({
      id,
      ok: false,
      unusable:
        err instanceof UnusableInputError ? { finding: err.finding, detail: err.detail } : null,
      message: err instanceof Error ? err.message : String(err),
    });
  }
};
