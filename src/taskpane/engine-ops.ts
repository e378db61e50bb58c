import { ribbonCheck, ribbonGenerate } from "../commands/operations";
import {
  importCommuneFiles,
  insertSample,
  policyInfo,
  runCheck,
  runGenerate,
  writePolicySheet,
  type Progress,
} from "./controller";
import type { EngineRequest } from "./engine-protocol";
import type { PanePort } from "./pane-port";

/**
 * One request of the engine (engine-protocol.ts) answered where the engine is loaded: in the
 * engine's Web Worker (engine.worker.ts), or on the calling thread when no worker can start
 * (engine-client.ts loads this file as a chunk of its own then). The pane's operations and the
 * ribbon's both.
 */
export interface RequestContext {
  /** Absent for a request that needs no workbook (policyInfo). */
  port?: PanePort;
  progress: Progress;
  confirm: (again: string[]) => Promise<boolean>;
}

export async function performRequest(r: EngineRequest, c: RequestContext): Promise<unknown> {
  if (r.op === "policyInfo") return policyInfo(r.settings, r.analysed, r.lang);
  const port = c.port;
  if (!port) throw new Error(`${r.op} needs the workbook`);
  switch (r.op) {
    case "check":
      return runCheck(port, r.settings, r.lang, c.progress, r.corrections);
    case "generate":
      return runGenerate(port, r.settings, r.lang, c.progress, r.corrections);
    case "ribbonCheck":
      return ribbonCheck(port, r.lang, c.progress);
    case "ribbonGenerate":
      return ribbonGenerate(port, r.lang, c.progress);
    case "insertSample":
      return insertSample(port, r.lang, r.sample);
    case "writePolicySheet":
      return writePolicySheet(port, r.policy, r.lang);
    case "importCommuneFiles":
      return importCommuneFiles(port, r.files, r.lang, c.confirm, r.today);
  }
}
