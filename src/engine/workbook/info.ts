import type { CellValue, Finding, GeneralInfo, Grid } from "../types";
import { createFinding } from "../findings/catalog";
import { cleanText, foldLoose } from "../text/fold";
import { parseDateCell, toIso, formatDateVi } from "../text/dates";
import { isBlank, lastCol, lastRow, ref, textOf, valueAt } from "./cells";
import { parseHeaderForm } from "./header-form";

/**
 * General information (DOMAIN §4.4): province, district, office, place, dates and signers, read
 * from a sheet "Thông tin" with two columns, label and value.
 */

export const DEFAULT_INFO: GeneralInfo = {
  province: "",
  district: "",
  office: "PHÒNG NỘI VỤ",
  place: "",
  documentDate: null,
  paymentDate: null,
  signers: { preparer: "", head: "", approverTitle: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", approver: "" },
  sheet: null,
};

type InfoField =
  | "province"
  | "district"
  | "office"
  | "place"
  | "documentDate"
  | "paymentDate"
  | "preparer"
  | "head"
  | "approver"
  | "approverTitle"
  | "commune"
  | "headerForm"
  | "policyId";

/** Labels in foldLoose form. */
const LABELS: Record<InfoField, string[]> = {
  province: ["tinh", "ten tinh", "tinh thanh pho", "tinh thanh"],
  district: ["huyen", "ten huyen", "quan huyen", "huyen thi xa", "huyen thi xa thanh pho"],
  office: ["co quan", "co quan ban hanh", "don vi ban hanh", "co quan lap", "phong"],
  place: ["dia danh", "noi lap", "dia diem"],
  documentDate: ["ngay lap", "ngay lap bieu", "ngay van ban", "ngay ky", "ngay thang"],
  paymentDate: ["ngay chi tra", "ngay thanh toan", "ngay chi"],
  preparer: ["nguoi lap bieu", "nguoi lap", "lap bieu"],
  head: ["truong phong", "truong phong noi vu"],
  approver: ["nguoi ky", "nguoi ky duyet", "nguoi duyet", "lanh dao ky", "nguoi phe duyet"],
  approverTitle: ["chuc vu nguoi ky", "chuc danh nguoi ky", "chuc vu", "chuc vu ky"],
  commune: ["xa", "ten xa", "xa phuong", "xa, phuong"],
  headerForm: ["mau tieu de", "tieu de van ban", "mau van ban", "co quan ban hanh theo mau"],
  policyId: ["quy dinh ap dung", "chinh sach ap dung", "ma quy dinh"],
};

const FIELD_LABEL_VI: Record<InfoField, string> = {
  province: "Tỉnh",
  district: "Huyện",
  office: "Cơ quan",
  place: "Địa danh",
  documentDate: "Ngày lập",
  paymentDate: "Ngày chi trả",
  preparer: "Người lập biểu",
  head: "Trưởng phòng",
  approver: "Người ký",
  approverTitle: "Chức vụ người ký",
  commune: "Xã",
  headerForm: "Mẫu tiêu đề",
  policyId: "Quy định áp dụng",
};

/** The field a label names: exact folded match first, else the longest alias the label starts with. */
export function matchInfoLabel(text: string): InfoField | null {
  const key = foldLoose(text);
  if (key === "") return null;
  let best: { field: InfoField; len: number } | null = null;
  for (const [field, aliases] of Object.entries(LABELS) as [InfoField, string[]][]) {
    for (const a of aliases) {
      if (key === a) return field;
      if (key.startsWith(a + " ") && (best === null || a.length > best.len))
        best = { field, len: a.length };
    }
  }
  return best?.field ?? null;
}

function isInfoName(sheet: string): boolean {
  const k = foldLoose(sheet);
  return k === "thong tin" || k === "thong tin chung";
}

interface LabelledValue {
  field: InfoField;
  row: number;
  col: number;
  value: CellValue;
}

/** Rows of the form label | value: the first non-empty cell is the label, the next one the value. */
function labelledValues(grid: Grid, maxRows = Infinity): LabelledValue[] {
  const out: LabelledValue[] = [];
  const end = Math.min(lastRow(grid), grid.firstRow + maxRows - 1);
  // lastCol scans every row: once per grid, not once per cell (a 20,000-row roster is tested here).
  const last = lastCol(grid);
  for (let row = grid.firstRow; row <= end; row++) {
    let labelCol = -1;
    for (let col = grid.firstCol; col <= last; col++) {
      if (!isBlank(valueAt(grid, row, col))) {
        labelCol = col;
        break;
      }
    }
    if (labelCol < 0) continue;
    const label = valueAt(grid, row, labelCol);
    if (typeof label !== "string") continue;
    const field = matchInfoLabel(label);
    if (!field) continue;
    let valueCol = -1;
    for (let col = labelCol + 1; col <= last; col++) {
      if (!isBlank(valueAt(grid, row, col))) {
        valueCol = col;
        break;
      }
    }
    out.push({
      field,
      row,
      col: valueCol < 0 ? labelCol + 1 : valueCol,
      value: valueCol < 0 ? null : valueAt(grid, row, valueCol),
    });
  }
  return out;
}

const DETECT_ROWS = 60;

/** A sheet named "Thông tin", or one whose rows carry at least three known labels with values. */
export function isInfoGrid(grid: Grid): boolean {
  if (isInfoName(grid.sheet)) return true;
  // An information sheet is short: looking at its first rows keeps detection cheap on big rosters.
  const found = new Set(
    labelledValues(grid, DETECT_ROWS)
      .filter((l) => l.value !== null)
      .map((l) => l.field)
  );
  return found.size >= 3;
}

export interface InfoRead {
  info: GeneralInfo;
  findings: Finding[];
}

/** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" or two lines → "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH". */
function approverTitleOf(v: CellValue): string {
  const raw = typeof v === "string" ? v : textOf(v);
  return raw
    .split(/\r?\n|\s\/\s/)
    .map((s) => cleanText(s))
    .filter((s) => s !== "")
    .join("\n");
}

/** The general information of the first sheet named "Thông tin", else the first that looks like one. */
export function readInfo(grids: Grid[]): InfoRead {
  const grid = grids.find((g) => isInfoName(g.sheet)) ?? grids.find((g) => isInfoGrid(g));
  const info: GeneralInfo = { ...DEFAULT_INFO, signers: { ...DEFAULT_INFO.signers } };
  const findings: Finding[] = [];
  if (!grid) return { info, findings };
  info.sheet = grid.sheet;
  const done = new Set<InfoField>();
  for (const { field, row, col, value } of labelledValues(grid)) {
    // The first occurrence of a label decides; later duplicates are ignored.
    if (done.has(field) || value === null) continue;
    done.add(field);
    if (field === "documentDate" || field === "paymentDate") {
      const parsed = parseDateCell(value);
      if (parsed === null) continue;
      if (parsed.ok && parsed.date.precision === "day") {
        info[field] = toIso(parsed.date);
        continue;
      }
      findings.push(
        createFinding("date-invalid", {
          at: ref(grid, row, col),
          params: {
            field: FIELD_LABEL_VI[field],
            value: parsed.ok ? formatDateVi(parsed.date) : parsed.text,
          },
        })
      );
      continue;
    }
    const text = field === "approverTitle" ? approverTitleOf(value) : textOf(value);
    if (text === "") continue;
    if (field === "headerForm") {
      // A form the clerk names that is not one of the presets: the form is chosen from the rest.
      const form = parseHeaderForm(text);
      if (form) info.headerForm = form;
      continue;
    }
    if (field === "commune" || field === "policyId") {
      info[field] = text;
      continue;
    }
    if (
      field === "preparer" ||
      field === "head" ||
      field === "approver" ||
      field === "approverTitle"
    )
      info.signers[field] = text;
    else info[field] = text;
  }
  return { info, findings };
}
