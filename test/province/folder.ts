/**
 * The test province (issue 14): a folder of 22 commune files as a Sở Nội vụ receives them, with
 * the planted problems the province's checks must find, and the province's own register.
 *
 *  - xa-000 … xa-019: communes 0–19, 30 rows each, clean but for:
 *    xa-003: the start date of the first paid leaver (row 15, column J) is "30/02/2010";
 *    xa-007: its first person (row 4) has the name and birth year of xa-002's first person;
 *    xa-011: payment date 31/12/2018 where every other file has 15/01/2019;
 *    xa-013: document date 01/10/2018, 106 days before the others' 15/01/2019;
 *  - xa-020.xlsx: not a workbook (commune 20's file, unreadable);
 *  - "xa-005 (1).xlsx": a second copy of commune 5's file;
 *  - no file at all for commune 21;
 *  - tinh.xlsx (outside the folder): the province register, communes 0–21.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CellValue, Grid } from "../../src/engine/types";
import { communeName } from "../../scripts/synthetic";
import {
  communeFileName,
  provinceRegisterGrid,
  writeCommuneFiles,
} from "../../scripts/synthetic-province";
import { writeSyntheticWorkbook } from "../../scripts/synthetic-xlsx";

export const FOLDER = "communes";
export const ROWS = 30;

export interface TestProvince {
  /** The run's working directory: holds FOLDER/ and tinh.xlsx. */
  cwd: string;
  /** Name and birth year given to xa-007's first person. */
  twin: { name: CellValue; birth: CellValue };
}

function info(grids: Grid[], label: string, value: string): void {
  const g = grids.find((x) => x.sheet === "Thông tin");
  const row = g?.cells.find((r) => r[0] === label);
  if (!row) throw new Error(`no ${label} row`);
  row[1] = value;
}

export async function buildTestProvince(): Promise<TestProvince> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "dinh-bien-province-"));
  const dir = path.join(cwd, FOLDER);
  let twin: TestProvince["twin"] = { name: null, birth: null };
  let copy: Grid[] | null = null;
  await writeCommuneFiles(dir, 20, { rows: ROWS, seed: 14 }, (i, grids) => {
    const roster = grids[0];
    // cells[0] is sheet row 1; the header is row 3, people from row 4.
    if (i === 2) twin = { name: roster.cells[3][1], birth: roster.cells[3][2] };
    if (i === 3) roster.cells[14][9] = "30/02/2010";
    if (i === 5) copy = grids;
    if (i === 7) {
      roster.cells[3][1] = twin.name;
      roster.cells[3][2] = twin.birth;
    }
    if (i === 11) info(grids, "Ngày chi trả", "31/12/2018");
    if (i === 13) info(grids, "Ngày lập", "01/10/2018");
  });
  if (!copy) throw new Error("no commune 5");
  await writeSyntheticWorkbook(copy, path.join(dir, "xa-005 (1).xlsx"));
  fs.writeFileSync(path.join(dir, communeFileName(20)), "PK\u0003\u0004 not really a zip");
  await writeSyntheticWorkbook([provinceRegisterGrid(22)], path.join(cwd, "tinh.xlsx"));
  return { cwd, twin };
}

export const commune = communeName;
export const inFolder = (name: string): string => path.join(FOLDER, name);
