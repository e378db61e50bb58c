import type {
  CellRef,
  DecisionCategory,
  PartialDate,
  Policy,
  Register,
  ServicePeriod,
  Sourced,
  StaffMember,
  GeneralInfo,
} from "../../src/engine/types";
import { parseIsoDate } from "../../src/engine/text/dates";
import { parsePeriods } from "../../src/engine/payouts/periods";
import { KIEN_GIANG_NQ77_2017 } from "../../src/engine/policy/presets";
import { BANDS_A, BANDS_B } from "../../src/engine/policy/bands";

/** Fixed columns of the test roster: B name, C birth, D commune, E hamlet, F title, G concurrent, H coef, I conc. coef, J allowance, K conc. allowance, L start, M end, N decision, O round. */
export const COL = {
  name: 2,
  birth: 3,
  commune: 4,
  hamlet: 5,
  title: 6,
  concurrent: 7,
  coefficient: 8,
  concurrentCoefficient: 9,
  allowance: 10,
  concurrentAllowance: 11,
  start: 12,
  end: 13,
  decision: 14,
  round: 15,
  periods: 16,
  reducedRetirement: 17,
  nd154Paid: 18,
} as const;

export interface MemberSpec {
  name?: string | null;
  /** ISO partial: "1980", "1980-05", "1980-05-02". */
  birth?: string | null;
  commune?: string | null;
  hamlet?: string | null;
  title?: string | null;
  concurrent?: string[];
  coefficient?: string | null;
  concurrentCoefficient?: string | null;
  allowance?: number | null;
  concurrentAllowance?: number | null;
  start?: string | null;
  end?: string | null;
  decision?: DecisionCategory | null;
  round?: string | null;
  sheet?: string;
  row?: number;
  gender?: "male" | "female" | null;
  /** A periods cell as the clerk writes it ("03/2012 - 11/2023; 05/2024 - 07/2025"). */
  periods?: string | null;
  reducedRetirement?: number | null;
  /** ISO partial date of an earlier payment under ND 154. */
  nd154Paid?: string | null;
}

function src<T>(value: T, sheet: string, row: number, col: number): Sourced<T> {
  const cell: CellRef = { sheet, row, col };
  return {
    value,
    cell,
    raw: typeof value === "string" || typeof value === "number" ? value : null,
  };
}

function date(s: string): PartialDate {
  const d = parseIsoDate(s);
  if (!d) throw new Error(`bad test date ${s}`);
  return d;
}

let counter = 0;

/** One roster row; row numbers default to increasing order so that sheet order = creation order. */
export function member(spec: MemberSpec = {}): StaffMember {
  const sheet = spec.sheet ?? "DS";
  const index = counter++;
  const row = spec.row ?? 10 + index;
  const opt = <T>(v: T | null | undefined, col: number): Sourced<T> | null =>
    v === null || v === undefined ? null : src(v, sheet, row, col);
  const hamlet = spec.hamlet ?? null;
  return {
    index,
    sheet,
    row,
    name: opt(spec.name === undefined ? `Người ${index}` : spec.name, COL.name),
    birth: spec.birth ? src(date(spec.birth), sheet, row, COL.birth) : null,
    commune: opt(spec.commune === undefined ? "Phú Mỹ" : spec.commune, COL.commune),
    communeSource: "column",
    hamlet: opt(hamlet, COL.hamlet),
    level: hamlet ? "hamlet" : "commune",
    title: opt(spec.title === undefined ? "Thủ quỹ" : spec.title, COL.title),
    concurrent: (spec.concurrent ?? []).map((c) => src(c, sheet, row, COL.concurrent)),
    coefficient: opt(spec.coefficient, COL.coefficient),
    concurrentCoefficient: opt(spec.concurrentCoefficient, COL.concurrentCoefficient),
    allowance: opt(spec.allowance, COL.allowance),
    concurrentAllowance: opt(spec.concurrentAllowance, COL.concurrentAllowance),
    start: spec.start ? src(date(spec.start), sheet, row, COL.start) : null,
    end: spec.end ? src(date(spec.end), sheet, row, COL.end) : null,
    decision:
      spec.decision === null ? null : src(spec.decision ?? "leave-paid", sheet, row, COL.decision),
    decisionText: null,
    round: opt(spec.round, COL.round),
    note: null,
    gender: spec.gender ?? null,
    ...(spec.periods ? { periods: src(periodsOf(spec.periods), sheet, row, COL.periods) } : {}),
    ...(spec.reducedRetirement
      ? { reducedRetirement: src(spec.reducedRetirement, sheet, row, COL.reducedRetirement) }
      : {}),
    ...(spec.nd154Paid ? { nd154Paid: src(date(spec.nd154Paid), sheet, row, COL.nd154Paid) } : {}),
  };
}

function periodsOf(text: string): ServicePeriod[] {
  const parsed = parsePeriods(text);
  if (!parsed || !parsed.ok) throw new Error(`bad test periods ${text}`);
  return parsed.periods;
}

/** The NQ 77 preset with its band rule switched (and bands to match). */
export function nq77(
  changes: {
    rule?: "A" | "B" | "exact";
    payRate?: string;
    includeConcurrent?: boolean;
    monthsPerYear?: string;
    titles?: Policy["titles"];
  } = {}
): Policy {
  const p = structuredClone(KIEN_GIANG_NQ77_2017);
  const rule = changes.rule ?? "B";
  p.severance.bandRule = rule;
  p.severance.bands =
    rule === "A" ? structuredClone(BANDS_A) : rule === "B" ? structuredClone(BANDS_B) : [];
  if (changes.payRate !== undefined) p.concurrent.payRate.value = changes.payRate;
  if (changes.includeConcurrent !== undefined)
    p.severance.formula.basis.includeConcurrent.value = changes.includeConcurrent;
  if (changes.monthsPerYear !== undefined)
    p.severance.formula.cases[0].components[0].factor = changes.monthsPerYear;
  if (changes.titles) p.titles = changes.titles;
  return p;
}

export const NO_REGISTER: Register = { sheet: null, communes: [] };

export const INFO: GeneralInfo = {
  province: "Kiên Giang",
  district: "Giang Thành",
  office: "PHÒNG NỘI VỤ",
  place: "Giang Thành",
  documentDate: null,
  paymentDate: null,
  signers: { preparer: "", head: "", approverTitle: "", approver: "" },
  sheet: null,
};
