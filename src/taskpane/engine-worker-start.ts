/**
 * Start the pane's engine worker (engine.worker.ts). Alone in its file: webpack turns this exact
 * form into the worker's own chunk, and the tests (CommonJS, no import.meta) never load it.
 */
export function startEngineWorker(): Worker {
  // tsc checks this repo as CommonJS, which has no import.meta; ts-loader compiles the pane as
  // ES modules.
  // @ts-expect-error TS1343: import.meta is only allowed with ES module output.
  return new Worker(new URL("./engine.worker.ts", import.meta.url));
}
