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
    /** Months of allowance per year of service, decimal string. */
    monthsPerYear: Param<string>;
    /** Whether the concurrent allowance is part of the monthly allowance multiplied by years. */
    includeConcurrent: Param<boolean>;
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
}

// ───────────────────────────── roster (DOMAIN §4.1–4.2) ─────────────────────────────

export type FieldKey =
  | "name"
  | "birth"
  | "birthMale"
  | "birthFemale"
  | "gender"
  | "commune"
  | "hamlet"
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
  | "seq";

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
  | "column-unrecognised";

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
}

// ───────────────────────────── payouts (DOMAIN §5.3–5.6) ─────────────────────────────

export interface TraceStep {
  /** Short label, Vietnamese, e.g. "Mức lương cơ sở". */
  label: string;
  /** Human-readable value, e.g. "1.390.000 (Nghị định 72/2018/NĐ-CP)". */
  value: string;
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
  monthlyAllowance: number | null;
  /** Severance, whole đồng; null when it cannot be computed. */
  amount: number | null;
  blockedBy: FindingCode[];
  trace: TraceStep[];
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
  report: PayoutReport;
  lang: Lang;
  /** The column corrections stored in the workbook (its "DinhBien_Cột" sheet); {} when none. */
  storedCorrections?: MappingCorrections;
}
