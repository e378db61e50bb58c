import type { Lang, MappingCorrections, Policy } from "../engine/light";
import type { SampleChoice } from "../app/types";
import type { CommuneFile } from "./controller";
import type { PaneSettings, Phase } from "./state";

/**
 * The messages between a page (the pane's, or the ribbon commands' runtime) and its engine worker
 * (engine.worker.ts), all plain data
 * (structured clone). The page asks for one operation of the controller (`run`); while it runs,
 * the worker asks the page to make port calls on Excel (`call`, answered by `reply`: office.js
 * lives on the page), says how far it is (`progress`), and finally answers (`done`).
 * Grids cross once per run as arrays of values (readGrids); writes cross as planned calls
 * (src/excel/write-plan.ts), values as row arrays. docs/addin.md describes the protocol.
 */

/** One operation of the controller, with everything it needs but the port. */
export type EngineRequest =
  | { op: "check"; settings: PaneSettings; lang: Lang; corrections?: MappingCorrections }
  | { op: "generate"; settings: PaneSettings; lang: Lang; corrections?: MappingCorrections }
  // The ribbon's Kiểm tra and Tạo bảng (src/commands/operations.ts): they read the saved settings.
  | { op: "ribbonCheck"; lang: Lang }
  | { op: "ribbonGenerate"; lang: Lang }
  | { op: "insertSample"; lang: Lang; sample: SampleChoice }
  | { op: "writePolicySheet"; policy: Policy; lang: Lang }
  | { op: "importCommuneFiles"; files: CommuneFile[]; lang: Lang; today: string }
  | { op: "policyInfo"; settings: PaneSettings; analysed: Policy | null; lang: Lang };

/** What the worker's stand-in for the port may call: the page's port has these. */
export interface PortShape {
  /** The optional PanePort methods the page's port has. */
  methods: string[];
  /** PanePort.canImportWorkbooks(), asked on the page (it is synchronous). */
  canImportWorkbooks: boolean;
}

/** An error crossing the boundary: what describeExcelError reads (code) and the text. */
export interface WireError {
  name: string;
  message: string;
  code?: string;
}

/** page → worker */
export type ToWorker =
  | { type: "run"; id: number; request: EngineRequest; port: PortShape }
  | { type: "reply"; call: number; ok: true; value: unknown }
  | { type: "reply"; call: number; ok: false; error: WireError };

/** worker → page. `method` "confirm" asks the clerk (importing a file again), not the port. */
export type FromWorker =
  | { type: "call"; id: number; call: number; method: string; args: unknown[] }
  | { type: "progress"; id: number; phase: Phase; fraction: number }
  | { type: "done"; id: number; result: unknown }
  | { type: "failed"; id: number; error: WireError };

export function toWire(e: unknown): WireError {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return { name: e.name, message: e.message, ...(typeof code === "string" ? { code } : {}) };
  }
  return { name: "Error", message: String(e) };
}

export function fromWire(w: WireError): Error {
  const e = new Error(w.message);
  e.name = w.name;
  if (w.code !== undefined) Object.assign(e, { code: w.code });
  return e;
}
