/**
 * The engine worker (src/taskpane/engine.worker.ts) in jest, without a browser: its module loaded
 * in a registry of its own with `self` standing for the worker's scope, and a Worker-like object
 * for the page's side (engine-client.ts's workerEngine). Messages cross as in a browser:
 * structured-cloned (what cannot be cloned fails here as it would there) and delivered later, in
 * a task of their own, never within the sender's call.
 */
export interface InProcessWorker {
  worker: Worker;
  /** Every message, in order, as it crossed: "page" sent it, or "worker". */
  log: { from: "page" | "worker"; type: string }[];
}

export function inProcessEngineWorker(): InProcessWorker {
  const log: InProcessWorker["log"] = [];
  const later = (fn: () => void) => setTimeout(fn, 0);
  const page = {
    onmessage: null as ((e: { data: unknown }) => void) | null,
    onerror: null as ((e: unknown) => void) | null,
    terminated: false,
    postMessage(message: { type: string }) {
      const data = structuredClone(message);
      log.push({ from: "page", type: message.type });
      later(() => !page.terminated && scope.onmessage?.({ data }));
    },
    terminate() {
      page.terminated = true;
    },
  };
  const scope = {
    onmessage: null as ((e: { data: unknown }) => void) | null,
    postMessage(message: { type: string }) {
      const data = structuredClone(message);
      log.push({ from: "worker", type: message.type });
      later(() => !page.terminated && page.onmessage?.({ data }));
    },
  };
  const g = globalThis as { self?: unknown };
  const before = g.self;
  g.self = scope;
  try {
    jest.isolateModules(() => {
      require("../../src/taskpane/engine.worker");
    });
  } finally {
    g.self = before;
  }
  if (!scope.onmessage) throw new Error("engine.worker.ts did not listen");
  return { worker: page as unknown as Worker, log };
}

/**
 * workerEngine starts a worker only where `Worker` exists (else it runs in place): say it exists
 * while `fn` builds the engine. The engine keeps what it saw.
 */
export function withWorkerGlobal<T>(fn: () => T): T {
  const g = globalThis as { Worker?: unknown };
  const before = g.Worker;
  g.Worker = function NoDirectWorker() {
    throw new Error("tests start the engine worker through inProcessEngineWorker");
  };
  try {
    return fn();
  } finally {
    g.Worker = before;
  }
}
