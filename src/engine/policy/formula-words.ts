import type { Lang, MonthRange, Policy, SeveranceComponent } from "../types";
import { formatDecimalVi } from "../text/vi-number";

/**
 * The severance formula of a policy in words (the pane's policy view, DOMAIN §10.2): each case
 * with its condition and its components, the allowance basis, the months-early convention and
 * the band rule, each with whether the value is verified against the legal text.
 */
export interface WordLine {
  text: string;
  verified: boolean;
  ref: string | null;
}

export interface FormulaInWords {
  name: string;
  basis: WordLine[];
  cases: { id: string; condition: WordLine; components: WordLine[] }[];
}

const QUANTITY: Record<Lang, Record<Exclude<SeveranceComponent["quantity"], "fixed">, string>> = {
  vi: {
    monthsOfService: "số tháng công tác",
    monthsEarly: "số tháng nghỉ trước tuổi nghỉ hưu",
    yearsCounted: "số năm tính hưởng",
  },
  en: {
    monthsOfService: "months of service",
    monthsEarly: "months before retirement age",
    yearsCounted: "years counted",
  },
};

function componentWords(c: SeveranceComponent, lang: Lang): string {
  const f = lang === "vi" ? formatDecimalVi(c.factor) : c.factor;
  if (c.quantity !== "fixed") return `${f} × PC × ${QUANTITY[lang][c.quantity]}`;
  const n = c.fixed ?? 1;
  if (n === 1) return `${f} × PC`;
  const unit =
    c.fixedUnit === "months"
      ? lang === "vi"
        ? " tháng"
        : " months"
      : c.fixedUnit === "years"
        ? lang === "vi"
          ? " năm"
          : " years"
        : "";
  return `${f} × PC × ${n}${unit}`;
}

function rangeWords(r: MonthRange | undefined, what: string, lang: Lang): string | null {
  if (!r || (r.min === undefined && r.below === undefined)) return null;
  const vi = lang === "vi";
  if (r.min !== undefined && r.below !== undefined)
    return vi
      ? `${what} từ ${r.min} đến dưới ${r.below} tháng`
      : `${what} from ${r.min} to under ${r.below} months`;
  if (r.min !== undefined)
    return vi ? `${what} từ ${r.min} tháng` : `${what} ${r.min} months or more`;
  return vi ? `${what} dưới ${r.below} tháng` : `${what} under ${r.below} months`;
}

export function formulaInWords(policy: Policy, lang: Lang = "vi"): FormulaInWords {
  const f = policy.severance.formula;
  const vi = lang === "vi";
  const line = (text: string, verified: boolean, ref?: string): WordLine => ({
    text,
    verified,
    ref: ref ?? null,
  });
  const inc = f.basis.includeConcurrent;
  const month = f.basis.month;
  const basis: WordLine[] = [
    line(
      vi
        ? `PC: phụ cấp ${inc.value ? "chức danh chính cộng phụ cấp kiêm nhiệm" : "của chức danh chính (không tính kiêm nhiệm)"}`
        : `PC: the ${inc.value ? "main and concurrent titles' allowances" : "main title's allowance only (concurrent not counted)"}`,
      inc.verified,
      inc.ref
    ),
    line(
      vi
        ? `PC tính theo lương cơ sở ${month.value === "leaving" ? "của ngày thôi việc" : "của tháng liền trước tháng thôi việc"}`
        : `PC at the base salary of ${month.value === "leaving" ? "the leaving date" : "the month before the leaving month"}`,
      month.verified,
      month.ref
    ),
  ];
  if (f.cases.some((c) => c.components.some((k) => k.quantity === "monthsEarly")))
    basis.push(
      line(
        vi
          ? `Số tháng nghỉ trước tuổi: ${f.monthsEarlyCounting.value === "inclusive" ? "tính cả tháng thôi việc và tháng đủ tuổi" : "hiệu số tháng"}`
          : `Months early: ${f.monthsEarlyCounting.value === "inclusive" ? "the leaving month and the retirement month both counted" : "the difference of the months"}`,
        f.monthsEarlyCounting.verified,
        f.monthsEarlyCounting.ref
      )
    );
  const bands = policy.severance.bands;
  if (bands.length > 0)
    basis.push(
      line(
        (vi ? "Tháng lẻ: " : "Leftover months: ") +
          bands
            .map(
              (b) =>
                `${b.fromMonths}–${b.toMonths} ${vi ? "tháng" : "months"} → ${vi ? formatDecimalVi(b.years) : b.years} ${vi ? "năm" : "year"}`
            )
            .join("; "),
        policy.severance.bandsVerified === true,
        policy.severance.bandsRef
      )
    );
  const cases = f.cases.map((c) => {
    const parts = [
      rangeWords(c.when.serviceMonths, vi ? "thời gian công tác" : "service", lang),
      rangeWords(c.when.monthsEarly, vi ? "còn đến tuổi nghỉ hưu" : "time to retirement age", lang),
    ].filter((x): x is string => x !== null);
    const condition = line(
      `${vi ? "Trường hợp" : "Case"} ${c.id}: ${c.name}${parts.length ? ` (${parts.join("; ")})` : ""}`,
      c.verified,
      c.ref
    );
    const components = c.components.map((k) => line(componentWords(k, lang), k.verified, k.ref));
    return { id: c.id, condition, components };
  });
  return { name: f.name, basis, cases };
}
