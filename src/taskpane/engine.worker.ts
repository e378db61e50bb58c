import { planSheet } from "../excel/write-plan";
import type { PanePort } from "./controller";
import { performRequest } from "./engine-ops";
import {
  fromWire,
  toWire,
  type EngineRequest,
  type FromWorker,
  type PortShape,
  type ToWorker,
} from "./engine-protocol";
import type { Phase } from "./state";

/**
 * The engine, in a Web Worker, for the pane and for the ribbon commands: the controller and the
 * ribbon's operations (the application service, the engine, the sheet specs and their write
 * plans) run here, over a port whose every call is made by the
 * page on Excel (office.js lives there) and answered by message. Built by webpack from
 * `new Worker(new URL("./engine.worker.ts", import.meta.url))` in engine-worker-start.ts: the only
 * place the pane and the commands load the engine (but the in-place fallback, engine-client.ts).
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

let calls = 0;
const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

function callPage(id: number, method: string, args: unknown[]): Promise<unknown> {
  const call = ++calls;
  return new Promise((resolve, reject) => {
    waiting.set(call, { resolve, reject });
    scope.postMessage({ type: "call", id, call, method, args });
  });
}

/** The port as the worker sees it: each call a message to the page. */
function remotePort(id: number, shape: PortShape): PanePort {
  const has = new Set(shape.methods);
  const call =
    <R>(method: string) =>
    (...args: unknown[]): Promise<R> =>
      callPage(id, method, args) as Promise<R>;
  const optional = <R>(method: string) => (has.has(method) ? call<R>(method) : undefined);
  return {
    listSheets: call("listSheets"),
    readGrids: call("readGrids"),
    // The write plan (every office-js call, values as row arrays) is built here; the page only
    // makes the calls.
    writeSheets: (specs) =>
      has.has("writePlannedSheets")
        ? call<never>("writePlannedSheets")(specs.map((s) => planSheet(s)))
        : call<never>("writeSheets")(specs),
    insertSheets: (specs) =>
      has.has("insertPlannedSheets")
        ? call<string[]>("insertPlannedSheets")(specs.map((s) => planSheet(s)))
        : call<string[]>("insertSheets")(specs),
    readSettings: call("readSettings"),
    writeSettings: call("writeSettings"),
    select: call("select"),
    activeSelection: call("activeSelection"),
    highlight: call("highlight"),
    clearHighlights: call("clearHighlights"),
    usedCells: optional("usedCells"),
    writeMapping: optional("writeMapping"),
    canImportWorkbooks: () => shape.canImportWorkbooks,
    importWorkbook: optional("importWorkbook"),
    deleteSheets: optional("deleteSheets"),
    renameSheet: optional("renameSheet"),
  };
}

function perform(id: number, r: EngineRequest, port: PanePort): Promise<unknown> {
  return performRequest(r, {
    port,
    progress: (phase: Phase, fraction: number) =>
      scope.postMessage({ type: "progress", id, phase, fraction }),
    confirm: (again) => callPage(id, "confirm", [again]) as Promise<boolean>,
  });
}

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === "reply") {
    const w = waiting.get(m.call);
    if (!w) return;
    waiting.delete(m.call);
    if (m.ok) w.resolve(m.value);
    else w.reject(fromWire(m.error));
    return;
  }
  perform(m.id, m.request, remotePort(m.id, m.port)).then(
    (result) => scope.postMessage({ type: "done", id: m.id, result }),
    (err: unknown) => scope.postMessage({ type: "failed", id: m.id, error: toWire(err) })
  );
};
