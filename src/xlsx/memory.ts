import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";

/**
 * A full garbage collection, asked for between the documents of a large run. V8 lets garbage
 * pile up to about twice the live heap before it collects: at 200 000 rows the analysis is about
 * 380 MB live and each large document adds 70–90 MB, so without a collection between documents
 * the process reaches 1,1 GB, with one it stays near 0,75 GB (bench/README.md). Node offers the
 * collector only behind --expose-gc; setting the flag at run time and taking `gc` from a fresh
 * context is the documented way to reach it without restarting the process.
 */
let collector: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collector === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      const gc: unknown = runInNewContext("typeof gc === 'function' ? gc : null");
      collector = typeof gc === "function" ? (gc as () => void) : null;
    } catch {
      collector = null;
    }
  }
  collector?.();
}

/** Documents of more cells than this are followed by a collection (20 000 rows stay below). */
export const COLLECT_AFTER_CELLS = 250_000;
