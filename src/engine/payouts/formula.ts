import type {
  MonthRange,
  PayoutComponent,
  SeveranceCase,
  SeveranceComponent,
  SeveranceFormula,
} from "../types";
import { dec, roundDong } from "../money/round";
import { formatDecimalVi } from "../text/vi-number";
import { roundProduct } from "./exact";

/**
 * The severance formula of the policy (DOMAIN §5.5, §10.2) evaluated: the case chosen by the
 * months of service and the months early, each component round(factor × basis × quantity) half
 * away from zero to the đồng, the amount their sum.
 */

/** Whether any case condition or component needs the retirement month. */
export function needsRetirement(f: SeveranceFormula): boolean {
  return f.cases.some(
    (c) =>
      c.when.monthsEarly !== undefined || c.components.some((k) => k.quantity === "monthsEarly")
  );
}

function inRange(r: MonthRange | undefined, x: number): boolean {
  return r === undefined || ((r.min ?? 0) <= x && (r.below === undefined || x < r.below));
}

/** The case whose conditions hold; a validated formula has exactly one. monthsEarly null = not needed. */
export function selectCase(
  f: SeveranceFormula,
  serviceMonths: number,
  monthsEarly: number | null
): SeveranceCase | null {
  return (
    f.cases.find(
      (c) =>
        inRange(c.when.serviceMonths, serviceMonths) &&
        (monthsEarly === null
          ? c.when.monthsEarly === undefined
          : inRange(c.when.monthsEarly, monthsEarly))
    ) ?? null
  );
}

export interface Quantities {
  monthsOfService: number;
  monthsEarly: number | null;
  /** Decimal string under a band rule. */
  yearsCounted: string;
  /** Under the exact rule the years are monthsOfService / 12, kept as a fraction. */
  exactYears: boolean;
}

/** The quantity as [numerator, denominator] — a fraction only for exact years. */
function quantityOf(c: SeveranceComponent, q: Quantities): [string, number] {
  switch (c.quantity) {
    case "monthsOfService":
      return [String(q.monthsOfService), 1];
    case "monthsEarly":
      return [String(q.monthsEarly ?? 0), 1];
    case "yearsCounted":
      return q.exactYears ? [String(q.monthsOfService), 12] : [q.yearsCounted, 1];
    case "fixed":
      return [String(c.fixed ?? 0), 1];
  }
}

/** "0,8 × PC × 27 tháng", "1,5 × PC × 15 năm", "3 × PC", "0,8 × PC × 60 tháng". */
export function componentLabel(c: SeveranceComponent, num: string, den: number): string {
  const factor = `${formatDecimalVi(c.factor)} × PC`;
  switch (c.quantity) {
    case "monthsOfService":
    case "monthsEarly":
      return `${factor} × ${num} tháng`;
    case "yearsCounted":
      return `${factor} × ${den === 1 ? formatDecimalVi(num) : `${num}/${den}`} năm`;
    case "fixed": {
      const unit = c.fixedUnit === "months" ? " tháng" : c.fixedUnit === "years" ? " năm" : "";
      return c.fixed === 1 && unit === "" ? factor : `${factor} × ${formatDecimalVi(num)}${unit}`;
    }
  }
}

/** round(basis × factor × num / den) half away from zero; integers when exact, else Decimal. */
function roundedTerm(basis: number, factor: string, num: string, den: number): number {
  if (den === 1)
    return roundProduct(basis, factor, num) ?? roundDong(dec(basis).times(factor).times(num));
  // Multiply first and divide last, so an exact half đồng stays exact and rounds away from zero.
  return roundDong(dec(basis).times(factor).times(num).dividedBy(den));
}

/** Each component of a case at this basis and these quantities. */
export function evaluateCase(c: SeveranceCase, basis: number, q: Quantities): PayoutComponent[] {
  return c.components.map((k) => {
    const [num, den] = quantityOf(k, q);
    return {
      label: componentLabel(k, num, den),
      factor: k.factor,
      quantity: k.quantity,
      quantityValue: den === 1 ? num : `${num}/${den}`,
      basis,
      amount: roundedTerm(basis, k.factor, num, den),
      ref: k.ref ?? null,
      verified: k.verified,
    };
  });
}

/** The unrounded value of a component, for a trace that shows the rounding. */
export function unroundedTerm(c: PayoutComponent): string {
  const [num, den] = c.quantityValue.includes("/")
    ? [c.quantityValue.split("/")[0], Number(c.quantityValue.split("/")[1])]
    : [c.quantityValue, 1];
  return dec(c.basis).times(c.factor).times(num).dividedBy(den).toString();
}

export function sumComponents(components: PayoutComponent[]): number {
  let s = 0;
  for (const c of components) s += c.amount;
  return s;
}
