import type { Analysis } from "../types";
import { parseIsoDate } from "../text/dates";
import { errorCount, type DocContext } from "./blocks";
import { buildSummary } from "./summary";
import { buildPayments } from "./payments";
import { buildNd154Payments } from "./payments-nd154";
import { MONTHS_PER_YEAR_FORMULA } from "../policy/presets";
import { buildArrangement } from "./arrangement";
import { buildFindingsSheet } from "./findings-sheet";
import { buildTrace } from "./trace";
import { buildSlips } from "./slip";
import { sheetName } from "./builder";
import type { GeneratedSheetKind, SheetRecipe, SheetSpec } from "./spec";
import { headerLines } from "../workbook/header-form";

export interface BuildOptions {
  /** ISO day (YYYY-MM-DD) printed in every document's date line. */
  documentDate: string;
}

/**
 * The place name of the date line: the information sheet's, else the name of the commune or the
 * province the header form issues from (the district's under the 2017–2019 form).
 */
function placeName(analysis: Analysis): string {
  return headerLines(analysis.info).place;
}

/**
 * The generated documents (DOMAIN §6), in order: Tổng hợp, Danh sách chi trả, Danh sách bố trí,
 * Kiểm tra, Chi tiết tính, and under a component formula (ND 154) Phiếu tính trợ cấp (§10.5).
 * Pure and deterministic: the same analysis and date give the same specs. Every `value` is plain
 * data; only the builders here write `formula`.
 */
export function sheetRecipes(analysis: Analysis, options: BuildOptions): SheetRecipe[] {
  const d = parseIsoDate(options.documentDate);
  if (!d || d.precision !== "day")
    throw new RangeError(`documentDate must be an ISO day (YYYY-MM-DD): ${options.documentDate}`);
  const ctx: DocContext = {
    info: analysis.info,
    place: placeName(analysis),
    documentDate: options.documentDate,
    errors: errorCount(analysis),
  };
  const componentFormula = analysis.policy.severance.formula.id !== MONTHS_PER_YEAR_FORMULA;
  const recipe = (kind: GeneratedSheetKind, build: () => SheetSpec): SheetRecipe => ({
    kind,
    name: sheetName(kind),
    build,
  });
  const recipes = [
    recipe("summary", () => buildSummary(analysis, ctx)),
    // NQ 77's list (DOMAIN §6 item 2) for its one-case rule; the ND 154 list for a component formula.
    recipe("payments", () =>
      componentFormula ? buildNd154Payments(analysis, ctx) : buildPayments(analysis, ctx)
    ),
    recipe("arrangement", () => buildArrangement(analysis, ctx)),
    recipe("findings", () => buildFindingsSheet(analysis, ctx)),
    recipe("trace", () => buildTrace(analysis, ctx)),
  ];
  // Under a component formula (ND 154) one Phiếu tính trợ cấp per person (DOMAIN §10.5).
  if (componentFormula) recipes.push(recipe("slip", () => buildSlips(analysis, ctx)));
  return recipes;
}

/** Every generated document, built (sheetRecipes, each made now). */
export function buildSheets(analysis: Analysis, options: BuildOptions): SheetSpec[] {
  return sheetRecipes(analysis, options).map((r) => r.build());
}
