import {
  UnusableInputError,
  analyze,
  candidateName,
  DEFAULT_POLICY_ID,
  formulaInWords,
  getPreset,
  PRESETS,
  sheetNameKey,
  type Analysis,
  type Finding,
  type FormulaInWords,
  type HeaderCandidate,
  type Lang,
  type MappingCorrections,
  type Policy,
  type WriteResult,
} from "../engine";
import {
  chosenPolicy,
  createDinhBien,
  requestFromSettings,
  SampleAlreadyPresentError,
  type Progress as RunProgress,
  type SampleChoice,
} from "../app";
import { describeExcelError } from "../excel/errors";
import type { PanePort } from "./pane-port";
import type { PaneSettings, Phase } from "./state";

/**
 * What the pane does with the engine, as plain async functions over a port: no React, no
 * office-js. Each is the application service's operation (src/app) with its failure turned into
 * something the pane can show. In the pane they run in the engine's Web Worker
 * (engine.worker.ts) over a port whose calls the main thread makes on Excel (engine-client.ts),
 * so neither the analysis nor the sheet specs nor the write plan of 20,000 rows ever blocks the
 * pane; where no worker can start, and in tests, they run on the calling thread.
 * The operations that need only the port (settings, corrections, selection) are in pane-port.ts.
 */
export {
  changedSheets,
  findingRef,
  loadSettings,
  saveCorrections,
  saveSettings,
  selectFinding,
  type PanePort,
  type SettingsOutcome,
} from "./pane-port";

export type Progress = (phase: Phase, fraction: number) => void;

export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The pane's progress, then a pause so the bar is painted before the next phase. */
function painting(progress: Progress): RunProgress {
  return async (phase, fraction) => {
    progress(phase, fraction);
    if (fraction < 1) await yieldToUi();
  };
}

const service = createDinhBien();

/** A failed run as the pane (and the ribbon commands) say it. */
export interface RunFailure {
  message: string;
  detail?: string;
  finding?: Finding;
  /** No roster: the header rows the sheets came closest to having, to map in the pane. */
  candidates?: HeaderCandidate[];
  storedCorrections?: MappingCorrections;
}

export type RunOutcome =
  { ok: true; analysis: Analysis; activeSheet: string | null } | ({ ok: false } & RunFailure);

/** A failure of a run as the pane (and the ribbon commands) say it. */
export function describeFailure(e: unknown, lang: Lang): RunFailure {
  if (e instanceof UnusableInputError)
    return {
      message: e.finding.message,
      finding: e.finding,
      candidates: e.detail.candidates,
      storedCorrections: e.detail.storedCorrections,
    };
  const d = describeExcelError(e, lang);
  return { message: d.message, detail: d.detail };
}

export function policyFor(settings: PaneSettings): Policy | undefined {
  return chosenPolicy(settings);
}

/** The policy view's data: the presets to choose from, the policy in force, it in words. */
export interface PolicyInfo {
  presets: { id: string; name: string }[];
  /** The last run's policy, else the chosen preset, else the default one. */
  policy: Policy | null;
  words: FormulaInWords | null;
}

export function policyInfo(
  settings: PaneSettings,
  analysed: Policy | null,
  lang: Lang
): PolicyInfo {
  const policy = analysed ?? policyFor(settings) ?? getPreset(DEFAULT_POLICY_ID);
  return {
    presets: PRESETS.map((p) => ({ id: p.id, name: p.name })),
    policy: policy ?? null,
    words: policy ? formulaInWords(policy, lang) : null,
  };
}

/**
 * Read the workbook and analyse it. `corrections`: the pane's column corrections when it has
 * changes the workbook may not hold yet; without them the mapping stored in the workbook applies.
 */
export async function runCheck(
  port: PanePort,
  settings: PaneSettings,
  lang: Lang,
  progress: Progress,
  corrections?: MappingCorrections
): Promise<RunOutcome> {
  try {
    const active = await port.activeSelection().catch(() => null);
    const analysis = await service.check(
      port,
      requestFromSettings(settings, lang, corrections),
      painting(progress)
    );
    return { ok: true, analysis, activeSheet: active?.sheet ?? null };
  } catch (e) {
    return { ok: false, ...describeFailure(e, lang) };
  }
}

export { withInfo } from "../app";

export type GenerateOutcome =
  | { ok: true; analysis: Analysis; result: WriteResult; names: string[] }
  | ({ ok: false } & RunFailure);

/** Check again (the workbook may have changed), build the five documents, write them. */
export async function runGenerate(
  port: PanePort,
  settings: PaneSettings,
  lang: Lang,
  progress: Progress,
  corrections?: MappingCorrections
): Promise<GenerateOutcome> {
  try {
    const out = await service.generate(
      port,
      requestFromSettings(settings, lang, corrections),
      { info: settings.info },
      painting(progress)
    );
    return { ok: true, analysis: out.analysis, result: out.result, names: out.names };
  } catch (e) {
    return { ok: false, ...describeFailure(e, lang) };
  }
}

export type SampleOutcome = { ok: true; names: string[] } | { ok: false; message: string };

export async function insertSample(
  port: PanePort,
  lang: Lang,
  sample: SampleChoice = "giang-thanh-2019"
): Promise<SampleOutcome> {
  try {
    return { ok: true, names: await service.insertSample(port, sample) };
  } catch (e) {
    if (e instanceof SampleAlreadyPresentError) {
      const names = e.sheets.join(", ");
      return {
        ok: false,
        message:
          lang === "en"
            ? `This workbook already holds the sample (${names}); nothing was inserted. A second copy would count every person twice. Press Check.`
            : `Sổ tính đã có dữ liệu mẫu (${names}); không chèn thêm. Chèn lần nữa sẽ tính mỗi người hai lần. Bấm Kiểm tra.`,
      };
    }
    return { ok: false, message: describeExcelError(e, lang).message };
  }
}

export type PolicySheetOutcome =
  { ok: true; sheet: string; findings: Finding[] } | { ok: false; message: string };

/** Write the policy as the "Quy định" sheet, then read it back exactly as a run would. */
export async function writePolicySheet(
  port: PanePort,
  policy: Policy,
  lang: Lang
): Promise<PolicySheetOutcome> {
  try {
    return { ok: true, ...(await service.writePolicySheet(port, policy)) };
  } catch (e) {
    return { ok: false, message: describeExcelError(e, lang).message };
  }
}

// ───────────── the communes' workbooks (issue 14) ─────────────

/** A commune's .xlsx file the clerk picked, as base64. */
export interface CommuneFile {
  name: string;
  base64: string;
}

/** Which sheets each imported file became, and when: kept in the workbook's settings. */
export type ImportRecord = Record<string, { sheets: string[]; date: string; commune?: string }>;

export const IMPORTS_SETTING = "imports";

export type ImportOutcome =
  | { ok: true; imported: { file: string; sheets: string[] }[]; kept: string[] }
  | { ok: false; message: string };

/**
 * "Nhập file của xã": insert every sheet of each picked workbook at the end of the open one
 * (office-js insertWorksheetsFromBase64, ExcelApi 1.13), and remember in the workbook which
 * sheets came from which file on which day. A file imported before replaces its earlier sheets
 * only when the clerk confirms (`confirm` names those files); otherwise it is left as it was.
 * No other sheet is touched. The pane then checks the whole workbook as one.
 */
export async function importCommuneFiles(
  port: PanePort,
  files: CommuneFile[],
  lang: Lang,
  confirm: (again: string[]) => Promise<boolean>,
  today: string
): Promise<ImportOutcome> {
  if (!port.importWorkbook || !port.canImportWorkbooks?.())
    return {
      ok: false,
      message:
        lang === "en"
          ? "This Excel cannot insert another workbook's sheets (ExcelApi 1.13 is needed: Excel 2021, Microsoft 365 or Excel on the web). Copy the commune's sheets by hand, or use the command line: dinh-bien check FOLDER."
          : "Phiên bản Excel này không chèn được sheet từ sổ tính khác (cần ExcelApi 1.13: Excel 2021, Microsoft 365 hoặc Excel trên web). Hãy chép sheet của xã bằng tay, hoặc dùng dòng lệnh: dinh-bien check THƯ_MỤC.",
    };
  try {
    const stored = (await port.readSettings([IMPORTS_SETTING]))[IMPORTS_SETTING];
    const record: ImportRecord =
      stored && typeof stored === "object" ? { ...(stored as ImportRecord) } : {};
    const again = files.map((f) => f.name).filter((n) => record[n] !== undefined);
    const replace = again.length > 0 ? await confirm(again) : false;
    const imported: { file: string; sheets: string[] }[] = [];
    const kept: string[] = [];
    for (const f of files) {
      if (record[f.name] !== undefined) {
        if (!replace) {
          kept.push(f.name);
          continue;
        }
        await port.deleteSheets?.(record[f.name].sheets);
      }
      const inserted = await port.importWorkbook(f.base64);
      const named = await nameAfterCommune(port, inserted, lang);
      let sheets = named.sheets;
      const commune = named.commune;
      // The same commune imported before from another file: replaced only if the clerk says so,
      // then the new sheets take the names the earlier ones held.
      const earlier = Object.keys(record).filter(
        (k) => k !== f.name && commune !== null && record[k].commune === commune
      );
      if (earlier.length > 0 && (await confirm(earlier))) {
        for (const k of earlier) {
          await port.deleteSheets?.(record[k].sheets);
          delete record[k];
        }
        sheets = (await nameAfterCommune(port, sheets, lang)).sheets;
      }
      record[f.name] = commune ? { sheets, date: today, commune } : { sheets, date: today };
      imported.push({ file: f.name, sheets });
    }
    await port.writeSettings({ [IMPORTS_SETTING]: record });
    return { ok: true, imported, kept };
  } catch (e) {
    return { ok: false, message: describeExcelError(e, lang).message };
  }
}

/** "Đơn vị (2)" → "Đơn vị": the suffix Excel adds to an inserted sheet whose name was taken. */
const withoutCopySuffix = (name: string): string => name.replace(/ \(\d+\)$/, "");

/**
 * Name an imported file's sheets after its commune (issue 14): the roster sheet becomes the
 * commune's name ("Phú Mỹ"), the file's other sheets say whose they are ("Đơn vị - Phú Mỹ"). The
 * commune is the one its own plan names (the engine's analysis of the inserted sheets alone);
 * a file naming no commune, or several, keeps the names Excel gave. Names stay within Excel's 31
 * characters and never take another sheet's name.
 */
async function nameAfterCommune(
  port: PanePort,
  inserted: string[],
  lang: Lang
): Promise<{ sheets: string[]; commune: string | null }> {
  if (!port.renameSheet || inserted.length === 0) return { sheets: inserted, commune: null };
  let analysis: Analysis;
  try {
    analysis = analyze(await port.readGrids(inserted), { lang });
  } catch {
    return { sheets: inserted, commune: null };
  }
  const named = analysis.plan.communes.filter((c) => c.unit.named);
  if (named.length !== 1) return { sheets: inserted, commune: null };
  const commune = named[0].unit.communeName;
  const rosters = new Set(analysis.roster.mappings.map((m) => m.sheet));
  const fold = sheetNameKey;
  const taken = new Set((await port.listSheets()).map((s) => fold(s.name)));
  const out: string[] = [];
  for (const sheet of inserted) {
    // Named once already (a second pass after an earlier import went): the same base again.
    const own = withoutCopySuffix(sheet);
    const bare = own.endsWith(` - ${commune}`) ? own.slice(0, -` - ${commune}`.length) : own;
    const base = rosters.has(sheet) && rosters.size === 1 ? commune : `${bare} - ${commune}`;
    taken.delete(fold(sheet));
    let n = 1;
    while (taken.has(fold(candidateName(base, n)))) n++;
    const name = candidateName(base, n);
    if (name !== sheet) await port.renameSheet(sheet, name);
    taken.add(fold(name));
    out.push(name);
  }
  return { sheets: out, commune };
}
