import type {
  CommuneFileRun,
  CommuneSummary,
  Finding,
  Lang,
  Level,
  LevelCounts,
  LevelTotals,
  ProvinceAnalysis,
  ProvinceRow,
  Register,
  UnreadableFile,
} from "./types";
import { createFinding } from "./findings/catalog";
import { checkProvince } from "./checks/province";
import { communeTitle, personOf } from "./plan";
import { amountInWords } from "./money/words";
import { narrative } from "./payouts";

/**
 * The communes' files as one province (issue 14). Each file was analysed alone, with its own
 * register, information and policy; this puts them side by side: one row per commune of every
 * file, its figures taken from that file's report as they are (never recomputed), totals that
 * are the sums of those rows, the findings of every file marked with their file, a
 * file-unreadable finding per file that could not be read, and the checks across files.
 */
export interface ProvinceInput {
  files: CommuneFileRun[];
  unreadable: UnreadableFile[];
  register?: Register | null;
  lang: Lang;
  staleDays?: number;
  /** The payment round the files were run for, if one (the narrative names it). */
  round?: string | null;
}

const counts = (): LevelCounts => ({ commune: 0, hamlet: 0 });
const totals = (): LevelTotals => ({ commune: 0, hamlet: 0, total: 0 });

function addCounts(into: LevelCounts, c: LevelCounts): void {
  into.commune += c.commune;
  into.hamlet += c.hamlet;
}

function addTotals(into: LevelTotals, c: LevelTotals): void {
  addCounts(into, c);
  into.total += c.total;
}

/** The key of a paid case by level: "commune:a", "hamlet:d". */
export const levelCaseKey = (level: Level, id: string): string => `${level}:${id}`;

/** Paid cases per commune title, by formula case id and by level and case, from the payouts. */
function casesOf(
  run: CommuneFileRun
): Map<string, { byCase: Record<string, number>; byLevel: Record<string, number> }> {
  const a = run.analysis;
  const out = new Map<
    string,
    { byCase: Record<string, number>; byLevel: Record<string, number> }
  >();
  for (const p of a.report.payouts) {
    if (p.amount === null || p.case === null) continue;
    const unit = personOf(a.plan, p.member)?.commune;
    if (!unit) continue;
    const name = communeTitle(unit);
    const entry = out.get(name) ?? { byCase: {}, byLevel: {} };
    entry.byCase[p.case] = (entry.byCase[p.case] ?? 0) + 1;
    const k = levelCaseKey(p.member.level, p.case);
    entry.byLevel[k] = (entry.byLevel[k] ?? 0) + 1;
    out.set(name, entry);
  }
  return out;
}

/** Case ids of the multi-case formulas in use (ND 154's a–d), in the formulas' order. */
function caseColumns(files: CommuneFileRun[]): string[] {
  const ids: string[] = [];
  for (const run of files) {
    const cases = run.analysis.policy.severance.formula.cases;
    if (cases.length < 2) continue;
    for (const c of cases) if (!ids.includes(c.id)) ids.push(c.id);
  }
  return ids;
}

/** Commune level before hamlet, as every table prints them. */
const LEVELS: Level[] = ["commune", "hamlet"];

function withFile(f: Finding, file: string): Finding {
  return { ...f, file };
}

export function combineProvince(input: ProvinceInput): ProvinceAnalysis {
  const { files, unreadable, lang } = input;
  const register = input.register ?? null;

  const rows: ProvinceRow[] = [];
  for (const run of files) {
    const byCase = casesOf(run);
    for (const s of run.analysis.report.communes) {
      rows.push({
        file: run.file,
        summary: s,
        casesByFormula: byCase.get(s.commune)?.byCase ?? {},
        casesByLevel: byCase.get(s.commune)?.byLevel ?? {},
        documentDate: run.analysis.info.documentDate,
        paymentDate: run.analysis.info.paymentDate,
      });
    }
  }

  const sum: Omit<CommuneSummary, "commune"> = {
    before: counts(),
    after: counts(),
    reduction: counts(),
    cases: totals(),
    amount: totals(),
  };
  const casesByFormula: Record<string, number> = {};
  const casesByLevel: Record<string, number> = {};
  for (const r of rows) {
    addCounts(sum.before, r.summary.before);
    addCounts(sum.after, r.summary.after);
    addCounts(sum.reduction, r.summary.reduction);
    addTotals(sum.cases, r.summary.cases);
    addTotals(sum.amount, r.summary.amount);
    for (const [id, n] of Object.entries(r.casesByFormula))
      casesByFormula[id] = (casesByFormula[id] ?? 0) + n;
    for (const [k, n] of Object.entries(r.casesByLevel))
      casesByLevel[k] = (casesByLevel[k] ?? 0) + n;
  }

  const unreadableFindings = unreadable.map((u) => {
    const f = createFinding(
      "file-unreadable",
      { params: { file: u.file, reason: u.reason, reasonEn: u.reason } },
      lang
    );
    f.file = u.file;
    return f;
  });
  const provinceFindings = [
    ...unreadableFindings,
    ...checkProvince({ files, register, lang, staleDays: input.staleDays }),
  ];
  const findings = [
    ...files.flatMap((run) => run.analysis.findings.map((f) => withFile(f, run.file))),
    ...provinceFindings,
  ];

  const caseIds = caseColumns(files);
  return {
    files,
    unreadable,
    findings,
    provinceFindings,
    rows,
    totals: sum,
    casesByFormula,
    casesByLevel,
    caseIds,
    caseLevels: LEVELS.filter((l) => caseIds.some((id) => casesByLevel[levelCaseKey(l, id)])),
    amountInWords: amountInWords(sum.amount.total),
    narrative: narrative(
      sum,
      files.flatMap((run) => run.analysis.report.payouts),
      input.round ?? null,
      lang
    ),
    register,
    lang,
  };
}
