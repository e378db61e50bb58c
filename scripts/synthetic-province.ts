/**
 * A province's communes' files (issue 14), for the province tests and the bench: commune i's
 * workbook is the synthetic roster of one commune (scripts/synthetic.ts, commune name number i,
 * identities far apart so that no two files share a person unless a test puts one there), with
 * its own "Đơn vị" and "Thông tin" sheets, as a commune sends it.
 */
import * as fs from "fs";
import * as path from "path";
import type { Grid } from "../src/engine/types";
import { communeName, makeSyntheticRoster } from "./synthetic";
import { writeSyntheticWorkbook } from "./synthetic-xlsx";

export interface CommuneFileOptions {
  /** Person rows of the commune (at least 17, the commune level). */
  rows: number;
  seed: number;
  /** Share of rows with a deliberate mistake (default 0: a clean file). */
  mistakeRate?: number;
}

/** Commune i's workbook as grids: its roster sheet (named after the commune), register, information. */
export function communeFileGrids(i: number, o: CommuneFileOptions): Grid[] {
  return makeSyntheticRoster(o.rows, 1, o.seed + i, {
    layout: "per-commune",
    mistakeRate: o.mistakeRate ?? 0,
    firstCommune: i,
    firstPerson: i * 1000,
  });
}

export const communeFileName = (i: number): string => `xa-${String(i).padStart(3, "0")}.xlsx`;

/** A province register ("Đơn vị"): the communes 0 … n-1, each of class 1–3. */
export function provinceRegisterGrid(n: number): Grid {
  const cells: Grid["cells"] = [["Xã", "Loại"]];
  for (let i = 0; i < n; i++) cells.push([communeName(i), 1 + (i % 3)]);
  return { sheet: "Đơn vị", firstRow: 1, firstCol: 1, cells };
}

/** Write communes 0 … n-1 into `dir` as xa-000.xlsx …; `edit` may change a file's grids first. */
export async function writeCommuneFiles(
  dir: string,
  n: number,
  o: CommuneFileOptions,
  edit: (i: number, grids: Grid[]) => void = () => undefined
): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const grids = communeFileGrids(i, o);
    edit(i, grids);
    const file = path.join(dir, communeFileName(i));
    await writeSyntheticWorkbook(grids, file);
    out.push(file);
  }
  return out;
}
