import {
  buildProvinceSummary,
  combineProvince,
  type ProvinceDocOptions,
  type SheetSpec,
  UnusableInputError,
  type ProvinceAnalysis,
  type Register,
  type CommuneFileRun,
  type UnreadableFile,
  type WorkbookPort,
} from "../engine";
import type { DinhBien } from "./service";
import type { Progress, RunRequest } from "./types";

/**
 * The province's view (issue 14): many communes' workbooks checked and totalled as one. Each
 * source is opened and checked alone through the service's `check` (its own register, "Thông tin"
 * and "Quy định" sheets), one after the other so that only one workbook is in memory at a time;
 * a source that cannot be opened or holds no roster becomes one file-unreadable finding with the
 * true reason, and the run goes on with the others. Then the engine puts them side by side.
 */

/** One commune's workbook: its name as the clerk knows it, and how to open it. */
export interface CommuneSource {
  file: string;
  /** Opens the workbook; throws when it cannot be read (the error's message is the reason). */
  open(): Promise<WorkbookPort>;
}

export interface ProvinceRequest extends RunRequest {
  /** The communes the province expects a file from (a province register); absent: not checked. */
  register?: Register | null;
  /** A document date this many days before the newest file's is stale (default 30). */
  staleDays?: number;
}

function reasonOf(e: unknown): string {
  if (e instanceof UnusableInputError) return e.finding.message;
  return e instanceof Error ? e.message : String(e);
}

export async function checkProvince(
  service: Pick<DinhBien, "check">,
  sources: CommuneSource[],
  request: ProvinceRequest,
  progress?: Progress
): Promise<ProvinceAnalysis> {
  const { register, staleDays, ...run } = request;
  const files: CommuneFileRun[] = [];
  const unreadable: UnreadableFile[] = [];
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    await progress?.("read", i / Math.max(1, sources.length));
    try {
      const port = await source.open();
      files.push({ file: source.file, analysis: await service.check(port, run) });
    } catch (e) {
      unreadable.push({ file: source.file, reason: reasonOf(e) });
    }
  }
  await progress?.("analyze", 1);
  return combineProvince({
    files,
    unreadable,
    register: register ?? null,
    lang: run.lang,
    staleDays,
    round: run.round ?? null,
  });
}

/**
 * The province's document (Tổng hợp toàn tỉnh), dated by the options, else by the newest
 * commune file's document date, else today in Vietnam.
 */
export function provinceDocuments(
  p: ProvinceAnalysis,
  options: Partial<ProvinceDocOptions>,
  today: () => string
): SheetSpec[] {
  const dates = p.files
    .map((f) => f.analysis.info.documentDate)
    .filter((d): d is string => d !== null)
    .sort();
  const documentDate = options.documentDate ?? dates[dates.length - 1] ?? today();
  return [buildProvinceSummary(p, { ...options, documentDate })];
}
