/**
 * The engine's shared data model. Data flows one way:
 * grid → roster → findings / payouts → sheet specs → adapter.
 * Nothing here knows about Office, the DOM or files.
 */

// ───────────────────────────── grids (adapter → engine) ─────────────────────────────

/** An Excel error value such as "#N/A" or "#REF!". */
export interface CellError {
  error: string;
}

/**
 * One cell as the engine sees it. Adapters normalise: formulas become their cached results,
 * dates become Excel serial numbers (as office-js `values` gives them), rich text becomes plain text.
 */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangle in 1-based sheet coordinates, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The used range of one worksheet. */
export interface Grid {
  sheet: string;
  /** 1-based sheet row of cells[0]. */
  firstRow: number;
  /** 1-based sheet column of cells[r][0]. */
  firstCol: number;
  /** Rows may be ragged; a missing cell is null. */
  cells: CellValue[][];
  merges?: CellRange[];
  /** 1-based sheet rows / columns that are hidden. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** The sheet itself is hidden (Excel's Unhide lists it) or very hidden (only VBA shows it). */
  hidden?: "hidden" | "veryHidden";
  /**
   * The sheet's used range as Excel reported it, when the reader read it from an extent (the
   * office-js adapter): a used range far larger than the rows holding values is warned about.
   */
  extent?: CellRange;
}

/** A place in the clerk's workbook, 1-based. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** A value read from the workbook that remembers where it came from. */
export interface Sourced<T> {
  value: T;
  cell: CellRef;
  raw: CellValue;
}

// ───────────────────────────── dates ─────────────────────────────

export type DatePrecision = "day" | "month" | "year";

/** A date as precise as the clerk wrote it. month/day are 1-based; absent below the precision. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

// ───────────────────────────── policy (DOMAIN §3) ─────────────────────────────

export type Level = "commune" | "hamlet";
export type CommuneClass = 1 | 2 | 3;

/** A legal parameter: its value, where it comes from, whether it was checked against the text. */
export interface Param<T> {
  value: T;
  ref?: string;
  verified: boolean;
}

export interface BaseSalaryEntry {
  /** ISO date YYYY-MM-DD from which the amount is in force. */
  from: string;
  /** Whole đồng per month. */
  amount: number;
  instrument: string;
  verified: boolean;
}

/** A partial-year band: leftover months fromMonths..toMonths (inclusive) count as `years`. */
export interface Band {
  fromMonths: number;
  toMonths: number;
  /** Decimal string, e.g. "0.5". */
  years: string;
}

export type BandRule = "A" | "B" | "exact";

export interface TitleDef {
  /** Stable id, ascii kebab-case. */
  id: string;
  level: Level;
  name: string;
  aliases: string[];
  /** Allowance coefficient as a decimal string, or null when the policy does not fix it. */
  coefficient: string | null;
  /** Maximum holders per unit (commune or hamlet), counting concurrent holders. */
  limit: number;
  /** A unit without a holder gets a `title-vacant` info finding. */
  required: boolean;
  verified: boolean;
}

// ── the severance formula (DOMAIN §5.5, §10.2) ──

/**
 * What a component multiplies the allowance basis by: the months of service (whole months, not
 * banded), the months early (to the retirement month, under the formula's counting convention),
 * the years counted (whole years plus the band rule), or a fixed number (`fixed`).
 */
export type SeveranceQuantity = "monthsOfService" | "monthsEarly" | "yearsCounted" | "fixed";

/** One term of a case: round(factor × allowance basis × quantity), half away from zero. */
export interface SeveranceComponent {
  /** Decimal string, e.g. "0.8", "1.5", "3", "15"; NQ 77's months per year ("1"). */
  factor: string;
  quantity: SeveranceQuantity;
  /** The number when quantity is "fixed" (60 in ND 154 case c, 1 in "3 × PC"); absent otherwise. */
  fixed?: number;
  /** What a fixed number counts, for its label ("60 tháng"); absent = a bare number. */
  fixedUnit?: "months" | "years";
  ref?: string;
  verified: boolean;
}

/** A range of whole months: `min` ≤ x < `below`; an absent bound is open. */
export interface MonthRange {
  min?: number;
  below?: number;
}

/**
 * One case of the formula, chosen by conditions at the leaving date. The cases of a formula
 * cover every (months of service, months early) pair exactly once (checked by the schema).
 * monthsEarly = 0 means the person has reached the retirement age on the leaving month.
 */
export interface SeveranceCase {
  /** Short id shown to the clerk and in JSON ("a", "b", "c", "d"; "nq77"). */
  id: string;
  /** Vietnamese description of the condition, e.g. "Dưới 60 tháng công tác, chưa đến tuổi nghỉ hưu". */
  name: string;
  when: { serviceMonths?: MonthRange; monthsEarly?: MonthRange };
  components: SeveranceComponent[];
  ref?: string;
  verified: boolean;
}

export interface SeveranceFormula {
  /** Named rule, e.g. "nq77-months-per-year" or "nd154-dieu-10". */
  id: string;
  name: string;
  /** The allowance basis every component multiplies (PC / A). */
  basis: {
    /** Whether the concurrent allowance is part of the basis (NQ 77: yes; ND 154: no). */
    includeConcurrent: Param<boolean>;
    /** The base salary (and so the allowance) of the leaving date or of the month before it. */
    month: Param<"leaving" | "before-leaving">;
  };
  /**
   * How months early are counted from the leaving month to the retirement month: both counted
   * ("inclusive": 09/2026 → 11/2028 = 27) or the difference ("exclusive": 26).
   */
  monthsEarlyCounting: Param<"inclusive" | "exclusive">;
  /** ISO date: a later leaving date is outside the regime (ND 154 Điều 9: 2026-05-30). */
  lastLeavingDate?: Param<string>;
  /** A person paid under this formula and kept or appointed again within these months refunds it. */
  refundWithinMonths?: Param<number>;
  cases: SeveranceCase[];
}

export interface Policy {
  id: string;
  name: string;
  legalBasis: { number: string; date: string; issuer: string };
  /** ISO date. */
  effectiveFrom: string;
  baseSalary: BaseSalaryEntry[];
  communeCap: { class1: Param<number>; class2: Param<number>; class3: Param<number> };
  hamletCap: Param<number>;
  concurrent: {
    /** Extra titles allowed per person. */
    maxExtraTitles: Param<number>;
    /** Share of the concurrent title's own allowance that is paid, decimal string ("1" = 100 %). */
    payRate: Param<string>;
    /** A concurrent title must be of the person's own level. */
    sameLevelOnly: boolean;
  };
  severance: {
    /** The severance formula (DOMAIN §5.5, §10.2): NQ 77's and ND 154's are instances of it. */
    formula: SeveranceFormula;
    bandRule: BandRule;
    /** The bands of the rule (empty for "exact"). */
    bands: Band[];
    /** Whether the band rule was checked against the legal text; absent = unknown (shown as unverified). */
    bandsVerified?: boolean;
    /** Legal reference of the band rule, if known. */
    bandsRef?: string;
  };
  /** Allowance funds (nd34, nd33); null when the policy has none. Coefficients × base salary. */
  funds: null | {
    commune: { class1: Param<string>; class2: Param<string>; class3: Param<string> };
    /** nd33: each extra post of the register adds this × base salary; null otherwise. */
    extraPost: Param<string> | null;
    hamlet: {
      standard: Param<string>;
      /** Large (≥ largeHouseholds), border/island, or key-security hamlets. */
      large: Param<string>;
      largeHouseholds: number;
    };
  };
  titles: TitleDef[];
}

// ───────────────────────────── register and general information (DOMAIN §4.3–4.4) ─────────────────────────────

export interface HamletUnit {
  name: string;
  households: number | null;
  border: boolean;
  island: boolean;
  keySecurity: boolean;
  cell: CellRef | null;
  /**
   * Hamlet merger (DOMAIN §10.3): the new hamlet this old hamlet merges into ("Thôn cũ" → "Thôn
   * mới"); absent or null when it stays as it is.
   */
  mergesInto?: string | null;
  /** A new hamlet named only in the register's "Thôn mới" column: it did not exist before. */
  targetOnly?: boolean;
}

export interface CommuneUnit {
  name: string;
  communeClass: CommuneClass | null;
  households: number | null;
  border: boolean;
  island: boolean;
  keySecurity: boolean;
  extraPosts: number;
  hamlets: HamletUnit[];
  cell: CellRef | null;
}

export interface Register {
  /** Sheet the register was read from; null when the workbook has none. */
  sheet: string | null;
  communes: CommuneUnit[];
}

export interface Signers {
  preparer: string;
  head: string;
  /** e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" or "CHỦ TỊCH". */
  approverTitle: string;
  approver: string;
}

export interface GeneralInfo {
  province: string;
  district: string;
  /** Issuing office, default "PHÒNG NỘI VỤ". */
  office: string;
  /** Place name for the date line. */
  place: string;
  /** ISO date of the documents, or null (generation then uses today's date). */
  documentDate: string | null;
  /** ISO date used as the leaving date of leavers without their own. */
  paymentDate: string | null;
  signers: Signers;
  /** Sheet the information was read from, if any. */
  sheet: string | null;
  /** The commune issuing the documents (two-tier form, DOMAIN §10.5); absent: none given. */
  commune?: string;
  /** The left header block's form (DOMAIN §10.5); absent: chosen from what is given. */
  headerForm?: HeaderFormId;
  /** A preset id the workbook asks for ("Quy định áp dụng"), used when no policy is passed. */
  policyId?: string;
}

/** The left header block presets of DOMAIN §10.5, and the district form of §6.1. */
export type HeaderFormId =
  "commune-department" | "commune" | "province-department" | "province" | "district-office";

// ───────────────────────────── roster (DOMAIN §4.1–4.2) ─────────────────────────────

export type FieldKey =
  | "name"
  | "birth"
  | "birthMale"
  | "birthFemale"
  | "gender"
  | "commune"
  | "hamlet"
  | "hamletAfter"
  | "title"
  | "concurrent"
  | "coefficient"
  | "concurrentCoefficient"
  | "allowance"
  | "concurrentAllowance"
  | "start"
  | "end"
  | "decision"
  | "round"
  | "note"
  | "seq"
  | "periods"
  | "reducedRetirement"
  | "nd154Paid";

export type DecisionCategory = "keep" | "new" | "leave-paid" | "leave-unpaid";

/** One cell of a header row (or pair) as read: its text, the field it maps to, the likeliest one if none. */
export interface HeaderCell {
  /** 1-based sheet column. */
  col: number;
  /** The header as shown ("Thời gian công tác - Từ" for a sub-column under its group). */
  text: string;
  field: FieldKey | null;
  /** For a header that maps to nothing: the field its words and cells come closest to. */
  likely: FieldKey | null;
}

/**
 * The clerk's correction of one roster sheet's mapping (task pane, `--column`, the mapping stored
 * in the workbook): laid over what detection finds, never written into the cells.
 */
export interface MappingCorrection {
  /** 1-based header rows (one or two) the clerk chose; absent = detected. */
  headerRows?: number[];
  /**
   * Field → 1-based column, or null for "this sheet has no such column". `header` is the header
   * text the column had when the correction was made: if the clerk later inserts a column, the
   * correction follows that header. Without `col`, the column is the one headed `header`
   * (`--column start="Ngày về xã"`); a sheet without such a header is left as detected.
   */
  columns?: Partial<Record<FieldKey, ColumnChoice>>;
}

/** The column a correction gives a field. */
export interface ColumnChoice {
  col?: number | null;
  header?: string;
}

/** Sheet name → correction. */
export type MappingCorrections = Record<string, MappingCorrection>;

/** How a roster sheet's columns were mapped; shown (and correctable) in the task pane. */
export interface ColumnMapping {
  sheet: string;
  /** 1-based sheet rows of the header (one or two rows). */
  headerRows: number[];
  /** Field → 1-based sheet column. */
  columns: Partial<Record<FieldKey, number>>;
  /** Field → the header text it was recognised from. */
  headers: Partial<Record<FieldKey, string>>;
  /** 1-based row of the first data row. */
  firstDataRow: number;
  /** Every non-empty header cell, mapped or not, left to right. */
  cells?: HeaderCell[];
  /** Fields set by the clerk's correction rather than detected. */
  corrected?: FieldKey[];
}

/** The header row a sheet came closest to having, when it has no usable one (roster-not-found). */
export interface HeaderCandidate {
  sheet: string;
  headerRows: number[];
  cells: HeaderCell[];
}

export type CommuneSource = "column" | "section" | "title" | "sheet";

/** One person row of a roster. Values are parsed but not yet resolved against the policy. */
export interface StaffMember {
  /** Position in reading order across all rosters (0-based). */
  index: number;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  name: Sourced<string> | null;
  birth: Sourced<PartialDate> | null;
  gender: "male" | "female" | null;
  commune: Sourced<string> | null;
  communeSource: CommuneSource | null;
  hamlet: Sourced<string> | null;
  /**
   * The hamlet a kept or new person is arranged in after a hamlet merger ("Thôn sau sắp xếp",
   * DOMAIN §10.3); absent or null = the person's own hamlet (or the one the register merges it into).
   */
  hamletAfter?: Sourced<string> | null;
  level: Level;
  title: Sourced<string> | null;
  /** Concurrent titles, one entry per title listed (a cell may list several). */
  concurrent: Sourced<string>[];
  /** Decimal strings ("1.5"); null when absent or unreadable (unreadable gives a finding). */
  coefficient: Sourced<string> | null;
  concurrentCoefficient: Sourced<string> | null;
  /** Whole đồng. */
  allowance: Sourced<number> | null;
  concurrentAllowance: Sourced<number> | null;
  start: Sourced<PartialDate> | null;
  end: Sourced<PartialDate> | null;
  decision: Sourced<DecisionCategory> | null;
  /** The decision cell's text, for display. */
  decisionText: string | null;
  round: Sourced<string> | null;
  note: string | null;
  /**
   * Service periods listed in one cell ("03/2012 - 11/2023; 05/2024 - 07/2025", DOMAIN §10.4);
   * absent when the roster has no such cell (start/end then give the one period).
   */
  periods?: Sourced<ServicePeriod[]> | null;
  /** Years the retirement age is lowered (Nghị định 135/2020 Phụ lục II, 1–5); absent = none. */
  reducedRetirement?: Sourced<number> | null;
  /** The date the person was already paid under Nghị định 154/2025 (refund rule), if any. */
  nd154Paid?: Sourced<PartialDate> | null;
}

/** One service period; `end` null means "until now" (the leaving date). */
export interface ServicePeriod {
  start: PartialDate;
  end: PartialDate | null;
}

export interface Roster {
  mappings: ColumnMapping[];
  /** Sheets read as input that have no usable roster header: their best candidate header row. */
  candidates?: HeaderCandidate[];
  members: StaffMember[];
  findings: Finding[];
}

// ───────────────────────────── findings (DOMAIN §7, CONTRACT §5) ─────────────────────────────

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "roster-not-found"
  | "column-missing"
  | "name-missing"
  | "title-missing"
  | "title-unknown"
  | "decision-missing"
  | "decision-unknown"
  | "commune-missing"
  | "commune-unknown"
  | "hamlet-unknown"
  | "commune-class-missing"
  | "date-invalid"
  | "date-imprecise"
  | "date-order"
  | "start-missing"
  | "end-missing"
  | "base-salary-missing"
  | "coefficient-invalid"
  | "allowance-missing"
  | "allowance-mismatch"
  | "coefficient-mismatch"
  | "duplicate-person"
  | "possible-duplicate"
  | "commune-over-quota"
  | "hamlet-over-quota"
  | "title-over-limit"
  | "too-many-titles"
  | "concurrent-level-mismatch"
  | "fund-exceeded"
  | "reappointed-after-severance"
  | "title-vacant"
  | "policy-invalid"
  | "column-unrecognised"
  | "birth-date-needed"
  | "periods-overlap"
  | "refund-required"
  | "sheet-hidden"
  | "sheet-extent-sparse"
  | "file-unreadable"
  | "commune-file-missing"
  | "commune-file-duplicate"
  | "file-stale";

export type Lang = "vi" | "en";

/**
 * A finding is data; its text is rendered from `params` by findings/catalog.ts in either language.
 * Field names follow CONTRACT §3.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string | null;
  /** A1 address of the offending cell. */
  cell: string | null;
  /** 1-based sheet row. */
  row: number | null;
  commune: string | null;
  hamlet: string | null;
  title: string | null;
  person: string | null;
  limit: number | null;
  count: number | null;
  /** A1 addresses of every row counted (unit-level findings). */
  cells: string[];
  /** Template parameters for the message and suggestion. */
  params: Record<string, string | number>;
  /**
   * The roster field of the offending cell, for the roster parser's findings: lets the payout
   * code tell a finding on a cell the amount needs from one on a cell it does not.
   */
  field?: FieldKey;
  /** Rendered in the analysis language. */
  message: string;
  suggestion: string | null;
  /**
   * The commune file the finding is in, in a run over several files (the province's view, issue
   * 14); absent in a run over one workbook.
   */
  file?: string | null;
  /** Every place a finding across files points at (the same person in two communes' files). */
  places?: FindingPlace[];
}

/** A cell in one of several files. */
export interface FindingPlace {
  file: string;
  sheet: string;
  cell: string;
}

// ───────────────────────────── payouts (DOMAIN §5.3–5.6) ─────────────────────────────

export interface TraceStep {
  /** Short label, Vietnamese, e.g. "Mức lương cơ sở". */
  label: string;
  /** Human-readable value, e.g. "1.390.000 (Nghị định 72/2018/NĐ-CP)". */
  value: string;
  /** The legal reference of the rule applied, "(chưa kiểm chứng)" when unverified; absent for inputs. */
  ref?: string;
}

/**
 * The payout derivation (issue 8): every input with its source cell, each step with the rule
 * applied and its legal reference, each component and the result. Plain data (numbers, dates,
 * cell references, no formatted text), built once with the computation: cheap to build, to
 * structuredClone (the Web Worker) and to JSON. The trace text, Chi tiết tính, the pane and the
 * CLI render it (payouts/render.ts); nobody else does arithmetic on money.
 */
export interface PayoutDerivation {
  formula: { id: string; name: string };
  inputs: DerivationInputs;
  steps: DerivationStep[];
  /** Chosen case of the formula; null when it could not be chosen. */
  case: { id: string; name: string; ref: string | null; verified: boolean } | null;
  components: PayoutComponent[];
  /** Σ components; null when the payout is blocked. */
  amount: number | null;
  blockedBy: FindingCode[];
}

/** The inputs of a payout, each with where it came from (null: not given). */
export interface DerivationInputs {
  name: Sourced<string> | null;
  unit: { commune: string | null; hamlet: string | null; level: Level };
  title: Sourced<string> | null;
  concurrent: Sourced<string>[];
  coefficient: Sourced<string> | null;
  concurrentCoefficient: Sourced<string> | null;
  allowance: Sourced<number> | null;
  concurrentAllowance: Sourced<number> | null;
  /** The service periods used, each with its source cell. */
  periods: { start: PartialDate; end: PartialDate; cell: CellRef | null }[];
  /** The leaving date and where it came from ("roster": its cell; "payment-date": the run's). */
  leaving: { date: PartialDate; source: "roster" | "payment-date"; cell: CellRef | null } | null;
  birth: Sourced<PartialDate> | null;
  gender: "male" | "female" | null;
  reducedRetirement: Sourced<number> | null;
}

export type DerivationStep =
  | {
      kind: "base-salary";
      /** ISO date looked up. */
      on: string;
      amount: number;
      from: string;
      instrument: string;
      verified: boolean;
    }
  | {
      kind: "allowance";
      part: "main" | "concurrent";
      /** "amount": the roster's amount used as written; "coefficient": rate × coefficient × B. */
      how: "amount" | "coefficient";
      coefficient: string | null;
      coefficientSource: "roster" | "policy" | null;
      /** The concurrent pay rate ("1" = 100 %); null for the main title. */
      rate: string | null;
      baseSalary: number;
      amount: number;
      /** When the roster gives an amount and a coefficient that disagree: the coefficient's amount. */
      expected: number | null;
    }
  | {
      kind: "allowance-basis";
      main: number;
      /** Concurrent allowance received (0 without a concurrent title). */
      concurrent: number;
      includesConcurrent: boolean;
      month: "leaving" | "before-leaving";
      amount: number;
      ref: string | null;
      verified: boolean;
    }
  | {
      kind: "service";
      /** Months of each period, in order, and whether it was counted day by day. */
      periods: { months: number; byDay: boolean }[];
      months: number;
    }
  | {
      kind: "years-counted";
      months: number;
      whole: number;
      leftover: number;
      band: Band | null;
      rule: BandRule;
      /** Decimal string, e.g. "8.5". */
      years: string;
      ref: string | null;
      verified: boolean;
    }
  | {
      kind: "retirement";
      gender: "male" | "female";
      /** Age required in the year it is reached, in months (60 y 3 m = 723). */
      requiredMonths: number;
      reducedYears: number;
      /** "YYYY-MM" for the earliest birth month the birth date allows… */
      month: string;
      /** …and for the latest (equal unless only the birth year is given and it did not matter). */
      latestMonth: string;
      ref: string;
    }
  | {
      kind: "months-early";
      /** "YYYY-MM" of the leaving month and the retirement month. */
      from: string;
      to: string;
      counting: "inclusive" | "exclusive";
      /** Months early for the earliest birth month, and for the latest (see "retirement"). */
      months: number;
      latestMonths: number;
      ref: string | null;
      verified: boolean;
    };

/** One term of the payment, rounded half away from zero to the đồng. */
export interface PayoutComponent {
  /** e.g. "0,8 × PC × 27 tháng" (CONTRACT §3). */
  label: string;
  factor: string;
  quantity: SeveranceQuantity;
  /** The quantity's value as a decimal string ("27", "15", "106/12" under the exact rule). */
  quantityValue: string;
  basis: number;
  amount: number;
  ref: string | null;
  verified: boolean;
}

export interface Payout {
  member: StaffMember;
  start: PartialDate | null;
  /** The leaving date used (the row's own, else the payment date). */
  end: PartialDate | null;
  months: number | null;
  /** Decimal string, e.g. "8.5". */
  yearsCounted: string | null;
  /** Band applied to the leftover months, e.g. "1–6 tháng → 0,5 năm". */
  band: string | null;
  baseSalary: number | null;
  baseSalaryInstrument: string | null;
  /** Main-title allowance, whole đồng. */
  mainAllowance: number | null;
  /** Concurrent allowance paid (after the pay rate), whole đồng. */
  concurrentAllowance: number | null;
  /** The allowance basis the formula multiplies (A, PC). */
  monthlyAllowance: number | null;
  /** Severance, whole đồng; null when it cannot be computed. */
  amount: number | null;
  blockedBy: FindingCode[];
  /** Formula case ("a".."d"; "nq77"); null when not chosen. */
  case: string | null;
  /** "YYYY-MM" the person reaches retirement age; null when the formula does not need it. */
  retirementMonth: string | null;
  monthsEarly: number | null;
  components: PayoutComponent[];
  derivation: PayoutDerivation;
}

export interface LevelCounts {
  commune: number;
  hamlet: number;
}

export interface LevelTotals extends LevelCounts {
  total: number;
}

export interface CommuneSummary {
  commune: string;
  before: LevelCounts;
  after: LevelCounts;
  reduction: LevelCounts;
  cases: LevelTotals;
  amount: LevelTotals;
}

export interface PayoutReport {
  payouts: Payout[];
  communes: CommuneSummary[];
  totals: Omit<CommuneSummary, "commune">;
  amountInWords: string;
  narrative: string[];
}

// ───────────────────────────── the plan (DOMAIN §5.1–5.2, §5.6, §10.3) ─────────────────────────────

/** One roster row placed in the plan. */
export interface PlanPerson {
  member: StaffMember;
  /** The person's commune unit (the commune's unit without a name when no commune was read). */
  commune: PlanUnit;
  /** The unit the row is counted in before: its hamlet (as written), else its commune. */
  unit: PlanUnit;
  /** The unit a kept or new person is arranged in after; null for leavers and undecided rows. */
  unitAfter: PlanUnit | null;
  /** Catalogue titles: the main one and one per concurrent title (null = not in the catalogue). */
  main: TitleDef | null;
  concurrent: (TitleDef | null)[];
  /** DOMAIN §5.6: counted before = keep or leave; counted after = keep or new. */
  before: boolean;
  after: boolean;
}

/** Holders of one catalogue title in one unit after the plan (main and concurrent, once per row). */
export interface TitleHolders {
  title: TitleDef;
  /** Position among every unit's holders, in the order they were first counted. */
  order: number;
  people: PlanPerson[];
  /** The title's cell that counted each person (parallel to `people`). */
  cells: CellRef[];
}

/** An allowance fund (nd34, nd33): coefficient × base salary at the plan date. */
export interface UnitFund {
  /** Decimal string. */
  coefficient: string;
  baseSalary: number;
  /** Whole đồng, rounded half away from zero. */
  amount: number;
}

/**
 * A unit of the plan: a commune (its commune level) or a hamlet. Every name variant of a unit
 * ("Tràm Trổi", "Ấp Tràm Trổi", "ấp tràm trổi ") is one unit with one key.
 */
export interface PlanUnit {
  /** Unique in the plan: the commune key, or commune key + "\u0000" + hamlet key. */
  id: string;
  level: Level;
  /** The register's name, else the first spelling in the rosters; "" when no commune was read. */
  communeName: string;
  /** The register's name, else the first spelling; null for a commune unit or an unnamed hamlet. */
  hamletName: string | null;
  /** False for rows without a commune, and for hamlet-level rows without a hamlet name. */
  named: boolean;
  regCommune: CommuneUnit | null;
  regHamlet: HamletUnit | null;
  /** People counted before in this unit (DOMAIN §5.6). */
  before: PlanPerson[];
  /** Kept and new people arranged in this unit after the plan. */
  after: PlanPerson[];
  /** Whether the unit exists before / after a hamlet merger (always both without one). */
  existsBefore: boolean;
  existsAfter: boolean;
  /** The hamlet this one merges into; null when it stays itself. */
  mergesInto: PlanUnit | null;
  /** The most people the unit may have after the plan; null when unknown (a commune without class). */
  cap: number | null;
  fund: UnitFund | null;
  /** Per catalogue title, in first-counted order. */
  holders: TitleHolders[];
}

/** A commune and its hamlets. */
export interface PlanCommune {
  unit: PlanUnit;
  /** Every hamlet of the commune: the register's first, then the rosters', then the unnamed one. */
  hamlets: PlanUnit[];
}

/** The merger figures of DOMAIN §10.3 (hamlet level, all communes). */
export interface MergerFigures {
  /** True when the register maps old hamlets to new ones or a roster gives hamlets after. */
  merging: boolean;
  hamletsBefore: number;
  hamletsAfter: number;
  peopleBefore: number;
  peopleAfter: number;
  /** The hamlet word of the data: "thôn", "ấp", "khu phố", … */
  word: string;
}

/** Everything grouped once (plan/index.ts): every check, summary and document reads this. */
export interface Plan {
  /** One per roster row, in reading order. */
  people: PlanPerson[];
  /** Communes in the order their first row appears. */
  communes: PlanCommune[];
  /** ISO date at which funds are valued; null = no fund figures. */
  planDate: string | null;
  merger: MergerFigures;
}

// ───────────────────────────── the whole analysis ─────────────────────────────

export interface AnalysisOptions {
  /** Policy to use; default: the workbook's "Quy định" sheet, else kien-giang-nq77-2017. */
  policy?: Policy;
  /** ISO date overriding the information sheet's payment date. */
  paymentDate?: string;
  /** Only this payment round. */
  round?: string;
  lang?: Lang;
  /** Sheets the adapter knows it generated itself; never read as input. */
  generatedSheets?: string[];
  /**
   * The clerk's column corrections (task pane, `--column`), laid over the mapping stored in the
   * workbook's "DinhBien_Cột" sheet field by field.
   */
  corrections?: MappingCorrections;
}

export interface Analysis {
  policy: Policy;
  /** "preset" | "sheet" | "file" — where the policy came from. */
  policySource: "preset" | "sheet" | "file";
  roster: Roster;
  register: Register;
  info: GeneralInfo;
  /** Every finding: roster, register, policy, checks and payouts, in sheet order. */
  findings: Finding[];
  /** The units, their people before and after, caps, funds and title holders. */
  plan: Plan;
  report: PayoutReport;
  lang: Lang;
  /** The column corrections stored in the workbook (its "DinhBien_Cột" sheet); {} when none. */
  storedCorrections?: MappingCorrections;
}

// ───────────────────────────── the province's view (issue 14) ─────────────────────────────

/** One commune file of a run over several files, analysed alone (its own register and policy). */
export interface CommuneFileRun {
  /** The file as the clerk named it (a path relative to where the run started, or a name). */
  file: string;
  analysis: Analysis;
}

/** A file that could not be read, and the true reason (the reader's or the engine's message). */
export interface UnreadableFile {
  file: string;
  reason: string;
}

/** One row of the province summary: one commune of one file, its figures from that file's run. */
export interface ProvinceRow {
  file: string;
  /** The commune's figures exactly as its own file's report gives them (never recomputed). */
  summary: CommuneSummary;
  /** Paid cases (amount computed) by the formula's case id ("a".."d", "nq77"). */
  casesByFormula: Record<string, number>;
  /** The same by level and case: key `${level}:${case}` ("commune:a", "hamlet:d"). */
  casesByLevel: Record<string, number>;
  /** ISO dates of the file's "Thông tin" sheet (or the run's payment date). */
  documentDate: string | null;
  paymentDate: string | null;
}

/** The communes' files checked and totalled as one (CLI over several files, the pane's import). */
export interface ProvinceAnalysis {
  files: CommuneFileRun[];
  unreadable: UnreadableFile[];
  /** Every file's findings (each with its `file`), then the findings across files. */
  findings: Finding[];
  /** The findings across files alone (missing, duplicated and stale files, the same person twice). */
  provinceFindings: Finding[];
  rows: ProvinceRow[];
  /** Sums of `rows` (what the printed totals row adds up). */
  totals: Omit<CommuneSummary, "commune">;
  casesByFormula: Record<string, number>;
  casesByLevel: Record<string, number>;
  /** Case ids to show as columns (those of multi-case formulas, e.g. ND 154's a–d); [] otherwise. */
  caseIds: string[];
  /** The levels whose paid cases the columns split by (commune before hamlet; those with any). */
  caseLevels: Level[];
  amountInWords: string;
  /** The report's sentences (DOMAIN §5.6) for the province's totals. */
  narrative: string[];
  /** The province's register (communes expected), when one was given. */
  register: Register | null;
  lang: Lang;
}
