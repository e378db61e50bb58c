/** Profile helper: node --cpu-prof -r ts-node/register/transpile-only bench/prof-engine.ts [rows] */
import { analyze } from "../src/engine/analyze";
import { makeSyntheticRoster } from "../scripts/synthetic";
const rows = Number(process.argv[2] ?? 20000);
const grids = makeSyntheticRoster(rows, Math.max(1, Math.round(rows / 400)), 20190118);
analyze(makeSyntheticRoster(500, 3, 1));
const t = process.hrtime.bigint();
analyze(grids);
console.log(`${rows} rows: ${Number(process.hrtime.bigint() - t) / 1e9} s`);
