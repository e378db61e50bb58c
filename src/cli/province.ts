import * as path from "path";
import {
  countEn,
  isRegisterGrid,
  readRegister,
  type Finding,
  type Lang,
  type ProvinceAnalysis,
  type Register,
} from "../engine";
import {
  checkProvince,
  provinceDocuments,
  systemClock,
  todayInVietnam,
  type DinhBien,
  type RunRequest,
} from "../app";
import type { Options } from "./args";
import { EXIT, UsageError } from "./errors";
import { t } from "./i18n";
import type { Inputs } from "./inputs";
import { provinceCheckJson, provincePayoutsJson } from "./json";
import { countBySeverity } from "./summary";
import { errorsRemainLine, findingLines, severityCounts, summaryTable } from "./text";
import { openWorkbookFile, writeNewWorkbook } from "./workbook-file";

/**
 * check, payouts and generate over several communes' files (issue 14): every file read and
 * checked alone through the application service, then checked and totalled as one province. A
 * file that cannot be read is one stderr line and a file-unreadable finding, and the run goes on;
 * exit 2 only when no file can be read.
 */

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, " ").trim();

/** `--register FILE.xlsx`: the unit register ("Đơn vị") of the province's own workbook. */
async function provinceRegister(o: Options, cwd: string): Promise<Register | null> {
  if (!o.register) return null;
  const port = await openWorkbookFile(path.resolve(cwd, o.register), o.lang);
  const sheets = await port.listSheets();
  const grids = (await port.readGrids(sheets.map((s) => s.name))).filter(isRegisterGrid);
  const register = readRegister(grids).register;
  if (register.communes.length === 0)
    throw new UsageError(
      t(
        o.lang,
        `tệp ${o.register} không có danh sách đơn vị (sheet «Đơn vị» với cột Xã)`,
        `${o.register} has no unit register (an «Đơn vị» sheet with a Xã column)`
      )
    );
  return register;
}

export async function analyseProvince(
  app: DinhBien,
  inputs: Inputs,
  request: RunRequest,
  o: Options,
  io: { stderr: (s: string) => void; cwd: string }
): Promise<ProvinceAnalysis> {
  const register = await provinceRegister(o, io.cwd);
  const sources = inputs.files.map((f) => ({
    file: f.file,
    open: () => openWorkbookFile(f.path, o.lang),
  }));
  const p = await checkProvince(app, sources, { ...request, register });
  if (p.files.length === 0) {
    const first = p.unreadable[0];
    throw new UsageError(
      t(
        o.lang,
        `không đọc được tệp nào trong ${p.unreadable.length} tệp (${first.file}: ${oneLine(first.reason)})`,
        `none of the ${countEn(p.unreadable.length, "file")} can be read (${first.file}: ${oneLine(first.reason)})`
      )
    );
  }
  for (const u of p.unreadable) io.stderr(`dinh-bien: ${u.file}: ${oneLine(u.reason)}\n`);
  return p;
}

export function provinceExit(p: ProvinceAnalysis): number {
  return p.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}

function place(f: Finding): string {
  const cell = f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) : "";
  if (f.file) return cell ? `${f.file}: ${cell}` : `${f.file}:`;
  return cell;
}

function policies(p: ProvinceAnalysis): string {
  const seen = new Map<string, string>();
  for (const run of p.files) seen.set(run.analysis.policy.id, run.analysis.policy.name);
  return [...seen].map(([id, name]) => `${name} (${id})`).join("; ");
}

export function provinceHeader(p: ProvinceAnalysis, what: [string, string], lang: Lang): string {
  const n = p.files.length + p.unreadable.length;
  return `Định Biên — ${t(lang, what[0], what[1])}: ${t(lang, `${n} tệp`, countEn(n, "file"))}\n${t(lang, "Chính sách", "Policy")}: ${policies(p)}\n\n`;
}

export function provinceFindingsText(p: ProvinceAnalysis, lang: Lang): string {
  const c = countBySeverity(p.findings);
  const people = p.files.reduce((s, run) => s + run.analysis.roster.members.length, 0);
  const first = t(
    lang,
    `${p.files.length} tệp đọc được, ${p.unreadable.length} tệp không đọc được; ${people} người, ${p.rows.length} xã; ${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin.`,
    `${countEn(p.files.length, "file")} read, ${p.unreadable.length.toLocaleString("en-US")} unreadable; ${countEn(people, "person", "people")}, ${countEn(p.rows.length, "commune")}; ${severityCounts(c)}.`
  );
  return [first, ...findingLines(p.findings, lang, place)].join("\n") + "\n";
}

export function provincePayoutsText(p: ProvinceAnalysis, lang: Lang): string {
  const out = summaryTable(
    p.rows.map((r) => ({ name: r.summary.commune, s: r.summary, note: r.file })),
    p.totals,
    lang
  );
  out.push(`${t(lang, "Bằng chữ", "In words")}: ${p.amountInWords}`);
  if (p.narrative.length > 0) out.push("", ...p.narrative);
  const errors = countBySeverity(p.findings).error;
  if (errors > 0) out.push("", errorsRemainLine(errors, lang));
  return out.join("\n") + "\n";
}

/** generate over many files: a new workbook with Tổng hợp toàn tỉnh (the inputs are only read). */
export async function generateProvince(
  app: DinhBien,
  inputs: Inputs,
  request: RunRequest,
  o: Options & { out: string },
  io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }
): Promise<number> {
  const out = path.resolve(io.cwd, o.out);
  const p = await analyseProvince(app, inputs, request, o, io);
  const specs = provinceDocuments(p, {}, () => todayInVietnam(systemClock()));
  const names = await writeNewWorkbook(
    specs,
    out,
    inputs.files.map((f) => f.path),
    o.lang
  );
  const c = countBySeverity(p.findings);
  if (o.json)
    io.stdout(
      JSON.stringify(
        {
          file: out,
          sheets: names,
          summary: { errors: c.error, warnings: c.warning, infos: c.info },
          narrative: p.narrative,
          files: p.files.length + p.unreadable.length,
          unreadable: p.unreadable.length,
        },
        null,
        2
      ) + "\n"
    );
  else
    io.stdout(
      [
        provinceHeader(p, ["tạo văn bản", "generate"], o.lang).trimEnd(),
        "",
        ...p.narrative,
        "",
        t(o.lang, `Đã ghi: ${out}`, `Written: ${out}`),
        t(
          o.lang,
          `Các sheet: ${Object.values(names).join(", ")}`,
          `Sheets: ${Object.values(names).join(", ")}`
        ),
        t(
          o.lang,
          `${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin (xem «dinh-bien check»).`,
          `${severityCounts(c)} (see «dinh-bien check»).`
        ),
      ].join("\n") + "\n"
    );
  return provinceExit(p);
}

export { provinceCheckJson, provincePayoutsJson };
