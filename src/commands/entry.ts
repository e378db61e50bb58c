import { registerCommands } from "./commands";
import { workerEngine } from "../taskpane/engine-client";
import { startEngineWorker } from "../taskpane/engine-worker-start";

/**
 * The commands runtime's entry (webpack): the handlers, over the pane's engine worker. Where this
 * runtime has no Worker (or the worker fails to load), workerEngine runs the same operations here,
 * on this thread, with the engine loaded as a chunk of its own: slower, never wrong; the
 * COMMAND_CELL_LIMIT guard still sends large rosters to the pane.
 */
void Office.onReady(() => registerCommands(workerEngine(startEngineWorker)));
