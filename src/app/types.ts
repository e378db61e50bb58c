import type {
  Analysis,
  MappingCorrections,
  GeneratedSheetKind,
  Lang,
  Policy,
  WriteResult,
} from "../engine";

/** Signers and place the clerk typed in the pane; empty fields fall back to the "Thông tin" sheet. */
export interface InfoOverrides {
  place: string;
  preparer: string;
  head: string;
  approverTitle: string;
  approver: string;
  /** The left header block's form (DOMAIN §10.5), a HeaderFormId; "" or absent: the Thông tin sheet's. */
  headerForm?: string;
}

/** The bundled samples (CONTRACT §2 `demo --sample`). */
export type SampleChoice = "giang-thanh-2019" | "thon-2026";

/** What one run asks for, whichever shell asks (task pane, ribbon command, CLI). */
export interface RunRequest {
  lang: Lang;
  /** Absent: the workbook's "Quy định" sheet, else the default preset. */
  policy?: Policy;
  /** Leaving date for leavers without their own (YYYY-MM-DD). */
  paymentDate?: string;
  /** Only this payment round. */
  round?: string;
  /**
   * Column corrections that replace the mapping stored in the workbook (the pane's unsaved
   * edits, the CLI's --column); absent: the stored mapping applies.
   */
  corrections?: MappingCorrections;
}

/** How the documents are made from an analysis. */
export interface DocumentOptions {
  /** ISO day of the date line; default the "Thông tin" sheet's, else today in Vietnam. */
  documentDate?: string;
  /** Place and signers typed in the pane, laid over the "Thông tin" sheet's. */
  info?: InfoOverrides;
  /** Only these documents (the ribbon's Kiểm tra writes only "findings"); default all five. */
  kinds?: GeneratedSheetKind[];
}

export type RunPhase = "read" | "analyze" | "write";

/** Told at each phase; a shell with a UI returns a promise that lets the UI paint. */
export type Progress = (phase: RunPhase, fraction: number) => void | Promise<void>;

export interface Generated {
  /** The analysis the documents were made from (place and signers laid over). */
  analysis: Analysis;
  /** The documents written, in order: each one's kind and the name it asked for. */
  sheets: { kind: GeneratedSheetKind; name: string }[];
  result: WriteResult;
  /** The sheet names actually written, in document order. */
  names: string[];
}
