import { registerCommands } from "./commands";
import { workerAnalyzer } from "../taskpane/worker-analyzer";

/** The commands runtime's entry (webpack): the handlers, with the engine in a Web Worker. */
void Office.onReady(() => registerCommands(workerAnalyzer()));
