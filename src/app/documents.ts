import { buildSheets, HEADER_FORMS, type Analysis, type SheetSpec } from "../engine";
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
 * The generated documents of an analysis, and the analysis they were made from. `today` is
 * asked only when neither the options nor the "Thông tin" sheet give a date.
 */
export function makeDocuments(
  analysis: Analysis,
  options: DocumentOptions,
  today: () => string
): { analysis: Analysis; specs: SheetSpec[] } {
  const documented = options.info ? withInfo(analysis, options.info) : analysis;
  const documentDate = options.documentDate ?? documented.info.documentDate ?? today();
  const all = buildSheets(documented, { documentDate });
  const kinds = options.kinds;
  return { analysis: documented, specs: kinds ? all.filter((s) => kinds.includes(s.kind)) : all };
}
