import {
  HEADER_FORMS,
  sheetRecipes,
  type Analysis,
  type SheetRecipe,
  type SheetSpec,
} from "../engine";
import type { DocumentOptions, InfoOverrides } from "./types";

/** The analysis with the pane's signers and place laid over the "Thông tin" sheet's. */
export function withInfo(analysis: Analysis, o: InfoOverrides): Analysis {
  const pick = (typed: string, fromSheet: string) => (typed.trim() ? typed.trim() : fromSheet);
  const s = analysis.info.signers;
  const form = HEADER_FORMS.find((f) => f.id === o.headerForm)?.id;
  return {
    ...analysis,
    info: {
      ...analysis.info,
      ...(form ? { headerForm: form } : {}),
      place: pick(o.place, analysis.info.place),
      signers: {
        preparer: pick(o.preparer, s.preparer),
        head: pick(o.head, s.head),
        approverTitle: pick(o.approverTitle, s.approverTitle),
        approver: pick(o.approver, s.approver),
      },
    },
  };
}

/**
 * The generated documents of an analysis, not yet built, and the analysis they are made from.
 * `today` is asked only when neither the options nor the "Thông tin" sheet give a date.
 */
export function documentRecipes(
  analysis: Analysis,
  options: DocumentOptions,
  today: () => string
): { analysis: Analysis; recipes: SheetRecipe[] } {
  const documented = options.info ? withInfo(analysis, options.info) : analysis;
  const documentDate = options.documentDate ?? documented.info.documentDate ?? today();
  const all = sheetRecipes(documented, { documentDate });
  const kinds = options.kinds;
  return { analysis: documented, recipes: kinds ? all.filter((r) => kinds.includes(r.kind)) : all };
}

/** The generated documents of an analysis, built, and the analysis they were made from. */
export function makeDocuments(
  analysis: Analysis,
  options: DocumentOptions,
  today: () => string
): { analysis: Analysis; specs: SheetSpec[] } {
  const { analysis: documented, recipes } = documentRecipes(analysis, options, today);
  return { analysis: documented, specs: recipes.map((r) => r.build()) };
}
