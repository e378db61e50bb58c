import type { Analysis } from "../types";
import { parseIsoDate } from "../text/dates";
import { errorCount, type DocContext } from "./blocks";
import { buildSummary } from "./summary";
import { buildPayments } from "./payments";
import { buildArrangement } from "./arrangement";
import { buildFindingsSheet } from "./findings-sheet";
import { buildTrace } from "./trace";
import type { SheetSpec } from "./spec";

export interface BuildOptions {
  /** ISO day (YYYY-MM-DD) printed in every document's date line. */
  documentDate: string;
}

/** The place name of the date line: the information sheet's, else the district's own name. */
function placeName(analysis: Analysis): string {
  const place = analysis.info.place.trim();
  if (place) return place;
  return analysis.info.district.replace(/^\s*(huyện|thị xã|thành phố|quận)\s+/i, "").trim();
}

/**
 * The five generated documents (DOMAIN §6), in order: Tổng hợp, Danh sách chi trả, Danh sách bố
 * trí, Kiểm tra, Chi tiết tính. Pure and deterministic: the same analysis and date give the same
 * specs. Every `value` is plain data; only the builders here write `formula`.
 */
export function buildSheets(analysis: Analysis, options: BuildOptions): SheetSpec[] {
  const d = parseIsoDate(options.documentDate);
  if (!d || d.precision !== "day")
    throw new RangeError(`documentDate must be an ISO day (YYYY-MM-DD): ${options.documentDate}`);
  const ctx: DocContext = {
    info: analysis.info,
    place: placeName(analysis),
    documentDate: options.documentDate,
    errors: errorCount(analysis),
  };
  return [
    buildSummary(analysis, ctx),
    buildPayments(analysis, ctx),
    buildArrangement(analysis, ctx),
    buildFindingsSheet(analysis, ctx),
    buildTrace(analysis, ctx),
  ];
}
