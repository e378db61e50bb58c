import type { Lang, MappingCorrections, Policy } from "../engine/light";
import type { SampleChoice } from "../app/types";
import type { CommandOutcome } from "../commands/operations";
import type {
  CommuneFile,
  GenerateOutcome,
  ImportOutcome,
  PolicyInfo,
  PolicySheetOutcome,
  Progress,
  RunOutcome,
  SampleOutcome,
} from "./controller";
import {
  fromWire,
  toWire,
  type EngineRequest,
  type FromWorker,
  type PortShape,
  type ToWorker,
} from "./engine-protocol";
import type { PanePort } from "./pane-port";
import type { PaneSettings } from "./state";

/**
 * Where the engine runs, as the pane's view and the ribbon commands see it: the controller's
 * operations (controller.ts) and the ribbon's (src/commands/operations.ts) over the page's port. `workerEngine` runs them in a Web Worker that loads the engine on first
 * use (the pane's initial script holds only the shell: React, Fluent, the office-js adapter,
 * the view); `localEngine` runs them on this thread, loading the engine as a chunk of its own
 * (tests, and a host where no worker starts).
 */
export interface PaneEngine {
  check(
    port: PanePort,
    settings: PaneSettings,
    lang: Lang,
    progress: Progress,
    corrections?: MappingCorrections
  ): Promise<RunOutcome>;
  generate(
    port: PanePort,
    settings: PaneSettings,
    lang: Lang,
    progress: Progress,
    corrections?: MappingCorrections
  ): Promise<GenerateOutcome>;
  insertSample(port: PanePort, lang: Lang, sample: SampleChoice): Promise<SampleOutcome>;
  writePolicySheet(port: PanePort, policy: Policy, lang: Lang): Promise<PolicySheetOutcome>;
  importCommuneFiles(
    port: PanePort,
    files: CommuneFile[],
    lang: Lang,
    confirm: (again: string[]) => Promise<boolean>,
    today: string
  ): Promise<ImportOutcome>;
  /** The policy view's presets, policy in force and its formula in words. */
  policyInfo(settings: PaneSettings, analysed: Policy | null, lang: Lang): Promise<PolicyInfo>;
}

/**
 * The ribbon's Kiểm tra and Tạo bảng (src/commands/operations.ts), on the same engine: the
 * commands' main thread keeps only the Office calls and the messages.
 */
export interface RibbonEngine {
  ribbonCheck(port: PanePort, lang: Lang, progress: Progress): Promise<CommandOutcome>;
  ribbonGenerate(port: PanePort, lang: Lang, progress: Progress): Promise<CommandOutcome>;
}

/** What one request needs on this thread: the port, and the callbacks the worker may ask. */
interface Context {
  /** Absent for a request that needs no workbook (policyInfo). */
  port?: PanePort;
  progress?: Progress;
  confirm?: (again: string[]) => Promise<boolean>;
}

/** The same request, answered on this thread (the engine loaded as a chunk of its own). */
async function performHere(r: EngineRequest, c: Context): Promise<unknown> {
  const { performRequest } = await import(/* webpackChunkName: "engine-here" */ "./engine-ops");
  return performRequest(r, {
    port: c.port,
    progress: c.progress ?? (() => undefined),
    confirm: c.confirm ?? (() => Promise.resolve(false)),
  });
}

type Perform = (r: EngineRequest, c: Context) => Promise<unknown>;

function engineOver(perform: Perform): PaneEngine & RibbonEngine {
  const ask = <T>(r: EngineRequest, c: Context) => perform(r, c) as Promise<T>;
  return {
    check: (port, settings, lang, progress, corrections) =>
      ask({ op: "check", settings, lang, corrections }, { port, progress }),
    generate: (port, settings, lang, progress, corrections) =>
      ask({ op: "generate", settings, lang, corrections }, { port, progress }),
    insertSample: (port, lang, sample) => ask({ op: "insertSample", lang, sample }, { port }),
    writePolicySheet: (port, policy, lang) =>
      ask({ op: "writePolicySheet", policy, lang }, { port }),
    importCommuneFiles: (port, files, lang, confirm, today) =>
      ask({ op: "importCommuneFiles", files, lang, today }, { port, confirm }),
    ribbonCheck: (port, lang, progress) => ask({ op: "ribbonCheck", lang }, { port, progress }),
    ribbonGenerate: (port, lang, progress) =>
      ask({ op: "ribbonGenerate", lang }, { port, progress }),
    // No port: the worker answers from the engine alone.
    policyInfo: (settings, analysed, lang) =>
      ask({ op: "policyInfo", settings, analysed, lang }, {}),
  };
}

/** The engine on this thread (tests; hosts without workers). */
export function localEngine(): PaneEngine & RibbonEngine {
  return engineOver(performHere);
}

/** The PanePort methods that may be absent; the worker's stand-in has those the page's has. */
const OPTIONAL_METHODS = [
  "usedCells",
  "writeMapping",
  "importWorkbook",
  "deleteSheets",
  "renameSheet",
  "writePlannedSheets",
  "insertPlannedSheets",
] as const;

function shapeOf(port: PanePort | undefined): PortShape {
  if (!port) return { methods: [], canImportWorkbooks: false };
  return {
    methods: OPTIONAL_METHODS.filter((m) => typeof port[m] === "function"),
    canImportWorkbooks: port.canImportWorkbooks?.() ?? false,
  };
}

/**
 * The engine in a Web Worker (engine.worker.ts, started by `spawn`: engine-worker-start.ts), on
 * first use (or `warm()`), and kept.
 * The worker asks for port calls; they are made here, on Excel, and answered. If the worker
 * cannot start or fails to load, the requests run here instead: slower to paint, never wrong.
 */
export function workerEngine(spawn: () => Worker): PaneEngine & RibbonEngine & { warm(): void } {
  let worker: Worker | null = null;
  let unavailable = typeof Worker === "undefined";
  let seq = 0;
  const runs = new Map<
    number,
    { request: EngineRequest; context: Context; resolve(v: unknown): void; reject(e: Error): void }
  >();

  const fallBack = () => {
    worker?.terminate();
    worker = null;
    unavailable = true;
    const pending = [...runs.values()];
    runs.clear();
    for (const r of pending) performHere(r.request, r.context).then(r.resolve, r.reject);
  };

  const serve = async (w: Worker, m: Extract<FromWorker, { type: "call" }>, c: Context) => {
    let reply: ToWorker;
    try {
      let value: unknown;
      if (m.method === "confirm")
        value = await (c.confirm ?? (() => Promise.resolve(false)))(m.args[0] as string[]);
      else {
        const port = c.port as unknown as Record<string, (...a: unknown[]) => unknown> | undefined;
        const fn = port?.[m.method];
        if (typeof fn !== "function") throw new Error(`The port has no ${m.method}`);
        value = await fn.apply(port, m.args);
      }
      reply = { type: "reply", call: m.call, ok: true, value };
    } catch (e) {
      reply = { type: "reply", call: m.call, ok: false, error: toWire(e) };
    }
    w.postMessage(reply);
  };

  const start = (): Worker | null => {
    if (unavailable) return null;
    if (worker) return worker;
    try {
      const w = spawn();
      w.onmessage = (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        const run = runs.get(m.id);
        if (!run) return;
        if (m.type === "progress") run.context.progress?.(m.phase, m.fraction);
        else if (m.type === "call") void serve(w, m, run.context);
        else {
          runs.delete(m.id);
          if (m.type === "done") run.resolve(m.result);
          else run.reject(fromWire(m.error));
        }
      };
      // The worker itself failed (could not load, or crashed): stop using it, run here.
      w.onerror = (e) => {
        e.preventDefault();
        fallBack();
      };
      worker = w;
      return w;
    } catch {
      unavailable = true;
      return null;
    }
  };

  const perform: Perform = (request, context) => {
    const w = start();
    if (!w) return performHere(request, context);
    const id = ++seq;
    return new Promise((resolve, reject) => {
      runs.set(id, { request, context, resolve, reject });
      try {
        const message: ToWorker = { type: "run", id, request, port: shapeOf(context.port) };
        w.postMessage(message);
      } catch {
        runs.delete(id);
        performHere(request, context).then(resolve, reject);
      }
    });
  };

  return {
    ...engineOver(perform),
    warm: () => void start(),
  };
}
