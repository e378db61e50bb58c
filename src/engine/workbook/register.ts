import { isTotalText } from "../roster/parse";
import type {
  CellValue,
  CommuneClass,
  CommuneUnit,
  Finding,
  Grid,
  HamletUnit,
  Register,
} from "../types";
import { createFinding } from "../findings/catalog";
import { cleanText, foldLoose } from "../text/fold";
import { parseNumberCell } from "../text/vi-number";
import { lastCol, lastRow, ref, valueAt } from "./cells";
import { communeKey, hamletKey } from "../plan/units";

/**
 * The unit register (DOMAIN §4.3): one row per commune, optionally one row per hamlet (same
 * commune name, hamlet column filled). Found by the sheet name "Đơn vị" or by its headers.
 */

type RegisterField =
  | "commune"
  | "communeClass"
  | "hamlet"
  | "mergesInto"
  | "households"
  | "border"
  | "island"
  | "keySecurity"
  | "extraPosts"
  | "seq";

/**
 * Header aliases in foldLoose form. Tested in this order, so "Xã biên giới" is the border column,
 * not the commune column. A one-word alias must match the whole header; a longer one may also
 * start it ("Biên giới (đánh dấu x)").
 */
const HEADER_ALIASES: [RegisterField, string[]][] = [
  ["border", ["bien gioi", "xa bien gioi"]],
  ["island", ["hai dao", "xa hai dao", "dao"]],
  [
    "keySecurity",
    [
      "an ninh trong diem",
      "trong diem an ninh",
      "an ninh",
      "an ninh trat tu",
      "trong diem",
      "xa trong diem",
    ],
  ],
  [
    "extraPosts",
    [
      "so nkct tang them",
      "nkct tang them",
      "so nguoi tang them",
      "so luong tang them",
      "tang them",
      "so nguoi hoat dong khong chuyen trach tang them",
    ],
  ],
  ["households", ["so ho", "so ho dan", "ho dan", "ho", "so ho gia dinh"]],
  [
    "communeClass",
    ["loai", "loai xa", "phan loai", "phan loai xa", "loai don vi", "phan loai don vi hanh chinh"],
  ],
  // Hamlet mergers (DOMAIN §10.3): "Thôn cũ" is the hamlet column, "Thôn mới" the new hamlet.
  [
    "mergesInto",
    [
      "thon moi",
      "ap moi",
      "khu pho moi",
      "to dan pho moi",
      "thon ap moi",
      "thon sau sap xep",
      "ap sau sap xep",
      "khu pho sau sap xep",
      "to dan pho sau sap xep",
      "ten thon moi",
      "ten ap moi",
      "sap nhap vao",
      "sap nhap thanh",
      "hop nhat thanh",
    ],
  ],
  [
    "hamlet",
    [
      "thon cu",
      "ap cu",
      "khu pho cu",
      "to dan pho cu",
      "thon ap cu",
      "ten thon cu",
      "ten ap cu",
      "thon truoc sap xep",
      "ap truoc sap xep",
      "ap",
      "ap khu pho",
      "khu pho",
      "thon",
      "ten ap",
      "ap thon",
      "to dan pho",
      "thon to dan pho",
      "ap khom",
      "khom",
    ],
  ],
  [
    "commune",
    [
      "xa",
      "ten xa",
      "don vi",
      "ten don vi",
      "xa phuong thi tran",
      "xa thi tran",
      "xa phuong",
      "don vi hanh chinh",
    ],
  ],
  ["seq", ["stt", "tt", "so tt", "so thu tu"]],
];

/** The register field a header names, or null. */
export function matchRegisterHeader(text: string): RegisterField | null {
  const key = foldLoose(text);
  if (key === "") return null;
  for (const [field, aliases] of HEADER_ALIASES) if (aliases.includes(key)) return field;
  for (const [field, aliases] of HEADER_ALIASES)
    if (aliases.some((a) => a.includes(" ") && key.startsWith(a + " "))) return field;
  return null;
}

interface RegisterHeader {
  /** Last header row; data starts below it. */
  lastHeaderRow: number;
  columns: Partial<Record<RegisterField, number>>;
}

const HEADER_SCAN_ROWS = 30;

function mapRow(
  grid: Grid,
  row: number,
  into: Partial<Record<RegisterField, number>>,
  last: number = lastCol(grid)
): number {
  let found = 0;
  for (let col = grid.firstCol; col <= last; col++) {
    const v = valueAt(grid, row, col);
    if (typeof v !== "string") continue;
    const field = matchRegisterHeader(v);
    if (field && into[field] === undefined && !Object.values(into).includes(col)) {
      into[field] = col;
      found++;
    }
  }
  return found;
}

/** The header: the first row in the first 30 with a commune column and a class column. */
function findHeader(grid: Grid): RegisterHeader | null {
  const end = Math.min(lastRow(grid), grid.firstRow + HEADER_SCAN_ROWS - 1);
  // lastCol scans every row: once per grid (every sheet, rosters included, is tested here).
  const last = lastCol(grid);
  for (let row = grid.firstRow; row <= end; row++) {
    const columns: Partial<Record<RegisterField, number>> = {};
    mapRow(grid, row, columns, last);
    if (columns.commune === undefined || columns.communeClass === undefined) continue;
    // A second header row under a group head ("Đặc điểm" over "Biên giới" / "Hải đảo"):
    // its cells fill the columns the first row left unnamed.
    let lastHeaderRow = row;
    if (row + 1 <= lastRow(grid)) {
      const extra: Partial<Record<RegisterField, number>> = { ...columns };
      if (mapRow(grid, row + 1, extra, last) > 0) {
        Object.assign(columns, extra);
        lastHeaderRow = row + 1;
      }
    }
    return { lastHeaderRow, columns };
  }
  return null;
}

function isRegisterName(sheet: string): boolean {
  const k = foldLoose(sheet);
  return k === "don vi" || k === "danh sach don vi" || k === "danh muc don vi";
}

/** True for a sheet named "Đơn vị" or whose headers name a commune column and a class column. */
export function isRegisterGrid(grid: Grid): boolean {
  return isRegisterName(grid.sheet) || findHeader(grid) !== null;
}

/** "1", 1, "I", "II", "III", "Loại 1", "loại II", "Xã loại III" → 1 | 2 | 3; anything else → null. */
export function parseCommuneClass(v: CellValue): CommuneClass | null {
  if (typeof v === "number") return v === 1 || v === 2 || v === 3 ? v : null;
  if (typeof v !== "string") return null;
  const key = foldLoose(v)
    .replace(/^(xa |phuong |thi tran )?loai /, "")
    .trim();
  const map: Record<string, CommuneClass> = {
    "1": 1,
    "2": 2,
    "3": 3,
    i: 1,
    ii: 2,
    iii: 3,
    mot: 1,
    hai: 2,
    ba: 3,
  };
  return map[key] ?? null;
}

/**
 * A mark column: any non-empty mark means yes (DOMAIN §4.3). A clerk who writes "không", "0" or
 * "-" means no, so those read as no.
 */
function isMarked(v: CellValue): boolean {
  if (v === null || typeof v === "boolean") return v === true;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "object") return false; // an error value (#N/A) is no mark
  const t = cleanText(v);
  if (t === "" || /^[-–—]+$/.test(t)) return false;
  return !["khong", "0", "no", "false"].includes(foldLoose(t));
}

/** Same rule as the roster's total rows: diacritics matter ("Cống Cả" is a hamlet, "Cộng" a total). */
function isTotalRow(text: string): boolean {
  return isTotalText(text);
}

export interface RegisterRead {
  register: Register;
  findings: Finding[];
}

/** The register from the first sheet named "Đơn vị", else the first sheet with register headers. */
export function readRegister(grids: Grid[]): RegisterRead {
  const grid =
    grids.find((g) => isRegisterName(g.sheet)) ?? grids.find((g) => findHeader(g) !== null);
  if (!grid) return { register: { sheet: null, communes: [] }, findings: [] };
  const findings: Finding[] = [];
  const header = findHeader(grid);
  if (!header) {
    findings.push(
      createFinding("column-missing", {
        at: ref(grid, grid.firstRow, grid.firstCol),
        params: { sheet: grid.sheet, column: "Xã" },
      })
    );
    return { register: { sheet: grid.sheet, communes: [] }, findings };
  }
  const cols = header.columns;
  const get = (row: number, f: RegisterField): CellValue =>
    cols[f] === undefined ? null : valueAt(grid, row, cols[f]);

  const communes: CommuneUnit[] = [];
  const byKey = new Map<string, CommuneUnit>();
  // Keys of each commune's hamlets: a duplicate test per row without re-folding every earlier name.
  const hamletKeys = new Map<CommuneUnit, Map<string, HamletUnit>>();
  let current: CommuneUnit | null = null;

  const readCount = (
    row: number,
    f: RegisterField,
    label: string,
    person: string
  ): number | null => {
    const v = get(row, f);
    const parsed = parseNumberCell(v, "amount");
    if (parsed === null) return null;
    if (parsed.ok && /^\d+$/.test(parsed.value)) return Number(parsed.value);
    findings.push(
      createFinding("coefficient-invalid", {
        at: ref(grid, row, cols[f] as number),
        person,
        params: { field: label, value: parsed.ok ? parsed.value : parsed.text },
      })
    );
    return null;
  };

  const hamletData = (
    row: number,
    name: string,
    communeName: string
  ): Pick<HamletUnit, "households" | "border" | "island" | "keySecurity"> => ({
    households: readCount(row, "households", "Số hộ", `${name} (${communeName})`),
    border: isMarked(get(row, "border")),
    island: isMarked(get(row, "island")),
    keySecurity: isMarked(get(row, "keySecurity")),
  });
  /** Hamlets whose own row was read (a merger target created from a "Thôn mới" cell has none). */
  const rowsRead = new Set<HamletUnit>();
  /** Old hamlet → new one; the new hamlet is listed too, created from the cell when it has no row. */
  const setMerge = (commune: CommuneUnit, from: HamletUnit, target: string, row: number): void => {
    const key = hamletKey(target);
    if (key === hamletKey(from.name)) return; // "Thôn 1" → "Thôn 1": it stays as it is
    from.mergesInto = target;
    let seen = hamletKeys.get(commune);
    if (!seen) hamletKeys.set(commune, (seen = new Map()));
    if (seen.has(key)) return;
    const created: HamletUnit = {
      name: target,
      households: null,
      border: false,
      island: false,
      keySecurity: false,
      cell: ref(grid, row, cols.mergesInto as number),
      targetOnly: true,
    };
    seen.set(key, created);
    commune.hamlets.push(created);
  };

  for (let row = header.lastHeaderRow + 1; row <= lastRow(grid); row++) {
    const communeRaw = get(row, "commune");
    const hamletRaw = get(row, "hamlet");
    const mergeText = textCell(get(row, "mergesInto"));
    const communeText = typeof communeRaw === "string" ? cleanText(communeRaw) : "";
    // A row naming only a new hamlet ("Thôn mới" filled, "Thôn cũ" empty) describes that hamlet.
    const ownText = textCell(hamletRaw);
    const newOnly = ownText === "" && mergeText !== "";
    const hamletText = newOnly ? mergeText : ownText;
    // Numbering rows ("1 2 3 …", "(1)") and numeric junk in the commune column are not units.
    if (typeof communeRaw === "number" || /^\(?\d+\)?$/.test(communeText)) continue;
    if (communeText !== "" && isTotalRow(communeText)) continue;
    if (communeText === "" && hamletText === "") continue;
    if (mergeText !== "" && isTotalRow(mergeText)) continue;
    if (hamletText !== "" && isTotalRow(hamletText)) continue;

    let commune: CommuneUnit | null;
    if (communeText !== "") {
      const key = communeKey(communeText);
      commune = byKey.get(key) ?? null;
      if (!commune) {
        commune = {
          name: communeText,
          communeClass: null,
          households: null,
          border: false,
          island: false,
          keySecurity: false,
          extraPosts: 0,
          hamlets: [],
          cell: ref(grid, row, cols.commune as number),
        };
        byKey.set(key, commune);
        communes.push(commune);
      }
    } else {
      // Hamlet rows under a commune written once (or merged) belong to the commune above.
      commune = current;
    }
    if (!commune) continue;
    current = commune;

    if (hamletText === "") {
      // The commune's own row.
      const cls = parseCommuneClass(get(row, "communeClass"));
      if (cls !== null && commune.communeClass === null) commune.communeClass = cls;
      const households = readCount(row, "households", "Số hộ", commune.name);
      if (households !== null && commune.households === null) commune.households = households;
      commune.border ||= isMarked(get(row, "border"));
      commune.island ||= isMarked(get(row, "island"));
      commune.keySecurity ||= isMarked(get(row, "keySecurity"));
      const extra = readCount(row, "extraPosts", "Số NKCT tăng thêm", commune.name);
      if (extra !== null && commune.extraPosts === 0) commune.extraPosts = extra;
      continue;
    }

    const hKey = hamletKey(hamletText);
    let seen = hamletKeys.get(commune);
    if (!seen) hamletKeys.set(commune, (seen = new Map()));
    const known = seen.get(hKey);
    if (known) {
      // A new hamlet met first as a merger's target, then on a row of its own: the row is its data.
      if (known.targetOnly && newOnly && !rowsRead.has(known)) {
        Object.assign(known, hamletData(row, hamletText, commune.name));
        rowsRead.add(known);
      } else if (known.targetOnly && !newOnly) known.targetOnly = false;
      if (!newOnly && mergeText !== "" && !known.mergesInto)
        setMerge(commune, known, mergeText, row);
      continue;
    }
    const hamlet: HamletUnit = {
      name: hamletText,
      ...hamletData(row, hamletText, commune.name),
      cell: ref(grid, row, (newOnly ? cols.mergesInto : cols.hamlet) as number),
    };
    if (newOnly) hamlet.targetOnly = true;
    seen.set(hKey, hamlet);
    commune.hamlets.push(hamlet);
    rowsRead.add(hamlet);
    if (!newOnly && mergeText !== "") setMerge(commune, hamlet, mergeText, row);
    // Without an own commune row, a class written (or merged) on a hamlet row classifies the
    // commune: the class belongs to communes only.
    if (commune.communeClass === null) {
      const cls = parseCommuneClass(get(row, "communeClass"));
      if (cls !== null) commune.communeClass = cls;
    }
  }
  for (const c of communes) mergedFigures(c, rowsRead);
  return { register: { sheet: grid.sheet, communes }, findings };
}

/**
 * A new hamlet without a row of its own takes the figures of the hamlets merged into it: their
 * households added (when every one is known), any border / island / key-security mark.
 */
function mergedFigures(commune: CommuneUnit, rowsRead: Set<HamletUnit>): void {
  for (const target of commune.hamlets) {
    if (!target.targetOnly || rowsRead.has(target)) continue;
    const key = hamletKey(target.name);
    const sources = commune.hamlets.filter((h) => h.mergesInto && hamletKey(h.mergesInto) === key);
    if (sources.length === 0) continue;
    const households = sources.map((h) => h.households);
    target.households = households.every((n) => n !== null)
      ? households.reduce<number>((a, n) => a + (n ?? 0), 0)
      : null;
    target.border = sources.some((h) => h.border);
    target.island = sources.some((h) => h.island);
    target.keySecurity = sources.some((h) => h.keySecurity);
  }
}

/** A text cell's clean text; a number as written ("Thôn 3" is often just 3). */
function textCell(v: CellValue): string {
  return typeof v === "string" ? cleanText(v) : typeof v === "number" ? String(v) : "";
}
