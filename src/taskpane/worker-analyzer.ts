import { UnusableInputError } from "../engine";
import { analyzeHere, type AnalyzeReply, type Analyzer } from "./analyzer";

/**
 * The pane's analyzer: the engine in a Web Worker (analyze.worker.ts), started on first use and
 * kept for later runs. If the host cannot start it (no Worker, a blocked script, a clone
 * failure), the analysis runs on the main thread as before: slower to paint, never wrong.
 */
export function workerAnalyzer(): Analyzer {
  let worker: Worker | null = null;
  let unavailable = typeof Worker === "undefined";
  let seq = 0;

  const start = (): Worker | null => {
    if (unavailable) return null;
    try {
      // webpack turns this exact form into a separate worker chunk. tsc checks this repo as
      // CommonJS, which has no import.meta; ts-loader compiles the pane as ES modules.
      // @ts-expect-error TS1343: import.meta is only allowed with ES module output.
      worker ??= new Worker(new URL("./analyze.worker.ts", import.meta.url));
      return worker;
    } catch {
      unavailable = true;
      return null;
    }
  };

  return (grids, options) => {
    const w = start();
    if (!w) return analyzeHere(grids, options);
    const id = ++seq;
    return new Promise((resolve, reject) => {
      const done = () => {
        w.removeEventListener("message", onMessage);
        w.removeEventListener("error", onError);
      };
      const onMessage = (e: MessageEvent<AnalyzeReply>) => {
        const reply = e.data;
        if (reply.id !== id) return;
        done();
        if (reply.ok) resolve(reply.analysis);
        else if (reply.unusable)
          reject(new UnusableInputError(reply.unusable.finding, reply.unusable.detail));
        else reject(new Error(reply.message));
      };
      const onError = (e: ErrorEvent) => {
        // The worker itself failed (could not load, or crashed): stop using it, run here.
        e.preventDefault();
        done();
        w.terminate();
        worker = null;
        unavailable = true;
        resolve(analyzeHere(grids, options));
      };
      w.addEventListener("message", onMessage);
      w.addEventListener("error", onError);
      try {
        w.postMessage({ id, grids, options });
      } catch {
        done();
        resolve(analyzeHere(grids, options));
      }
    });
  };
}
