import * as fs from "fs";
import * as path from "path";
import type { Analysis, AnalysisOptions, Finding, Lang, Policy, Severity } from "../engine/types";
import { analyze } from "../engine/analyze";
import { payoutsJson } from "../engine/payouts/json";
import { UnusableInputError } from "../engine/errors";
import { PRESETS, getPreset } from "../engine/policy/presets";
import { parsePolicy, policyToJson } from "../engine/policy/schema";
import { parseIsoDate } from "../engine/text/dates";
import { formatNumberVi } from "../engine/text/vi-number";
import { InputFileError, readWorkbookFile } from "../xlsx/read";
import { listMarkedSheets } from "../xlsx/write";
import { generateFile } from "../xlsx/generate";

/**
 * The headless runner of CONTRACT §2. `run` never throws and never calls process.exit, so tests
 * drive it in-process; every failure ends as exit code 2 and one stderr line "dinh-bien: …".
 */

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

/** Unusable input or a wrong command line: exit 2 with this one-line message. */
class UsageError extends Error {}

const COMMANDS = ["check", "payouts", "generate", "demo", "policies", "policy"] as const;
type Command = (typeof COMMANDS)[number];

interface Options {
  command: Command | null;
  positional: string[];
  policy?: string;
  paymentDate?: string;
  round?: string;
  lang: Lang;
  json: boolean;
  out?: string;
  help: boolean;
  version: boolean;
}

const VALUE_OPTIONS = new Set(["--policy", "--payment-date", "--round", "--lang", "--out"]);
const FLAG_OPTIONS = new Set(["--json", "--help", "-h", "--version", "-V"]);

function t(lang: Lang, vi: string, en: string): string {
  return lang === "en" ? en : vi;
}

function parseArgs(argv: string[]): Options {
  // --lang first, so that every later complaint is already in the asked language.
  let lang: Lang = "vi";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "en" || v === "vi") lang = v;
  }
  const o: Options = {
    command: null,
    positional: [],
    lang,
    json: false,
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("-") && a !== "-") {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (FLAG_OPTIONS.has(name)) {
        if (eq > 0)
          throw new UsageError(
            t(lang, `tùy chọn ${name} không nhận giá trị`, `option ${name} takes no value`)
          );
        if (name === "--json") o.json = true;
        else if (name === "--help" || name === "-h") o.help = true;
        else o.version = true;
        continue;
      }
      if (!VALUE_OPTIONS.has(name))
        throw new UsageError(t(lang, `tùy chọn không hợp lệ: ${a}`, `unknown option: ${a}`));
      let value: string | undefined;
      if (eq > 0) value = a.slice(eq + 1);
      else {
        value = argv[i + 1];
        i++;
      }
      if (value === undefined || value === "")
        throw new UsageError(t(lang, `thiếu giá trị cho ${name}`, `${name} needs a value`));
      switch (name) {
        case "--policy":
          o.policy = value;
          break;
        case "--payment-date":
          if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || parseIsoDate(value)?.precision !== "day") {
            throw new UsageError(
              t(
                lang,
                `--payment-date phải là một ngày YYYY-MM-DD: ${value}`,
                `--payment-date must be a YYYY-MM-DD date: ${value}`
              )
            );
          }
          o.paymentDate = value;
          break;
        case "--round":
          o.round = value;
          break;
        case "--lang":
          if (value !== "vi" && value !== "en")
            throw new UsageError(
              t(lang, `--lang chỉ nhận vi hoặc en: ${value}`, `--lang takes vi or en: ${value}`)
            );
          o.lang = value;
          break;
        case "--out":
          o.out = value;
          break;
      }
      continue;
    }
    if (o.command === null) {
      if (!(COMMANDS as readonly string[]).includes(a)) {
        throw new UsageError(
          t(
            lang,
            `lệnh không hợp lệ: ${a} (xem dinh-bien --help)`,
            `unknown command: ${a} (see dinh-bien --help)`
          )
        );
      }
      o.command = a as Command;
    } else {
      o.positional.push(a);
    }
  }
  return o;
}

function usage(lang: Lang): string {
  return lang === "en"
    ? `Định Biên — checks part-time commune staff rosters and computes severance.

Usage:
  dinh-bien check FILE.xlsx [options]          check the rosters
  dinh-bien payouts FILE.xlsx [options]        allowances, severance, before/after, totals
  dinh-bien generate FILE.xlsx --out OUT.xlsx  write a copy with the generated sheets
  dinh-bien demo [--out DIR]                   generate on the bundled Giang Thành sample
  dinh-bien policies                           list the preset policies
  dinh-bien policy ID [--json]                 show one policy

Options:
  --policy ID|FILE.json   policy (default: the workbook's "Quy định" sheet, else kien-giang-nq77-2017)
  --payment-date YYYY-MM-DD  leaving date for leavers without their own
  --round N               only payment round N
  --lang vi|en            language of messages (default vi)
  --json                  one JSON document on stdout
  --help, --version

Exit status: 0 no errors; 1 error findings; 2 unusable input.
`
    : `Định Biên — kiểm tra danh sách người hoạt động không chuyên trách và tính chế độ thôi việc.

Cách dùng:
  dinh-bien check TỆP.xlsx [tùy chọn]           kiểm tra danh sách
  dinh-bien payouts TỆP.xlsx [tùy chọn]         phụ cấp, trợ cấp, trước/sau sắp xếp, tổng cộng
  dinh-bien generate TỆP.xlsx --out KQ.xlsx     ghi bản sao có thêm các sheet kết quả
  dinh-bien demo [--out THƯ_MỤC]                chạy trên dữ liệu mẫu huyện Giang Thành
  dinh-bien policies                            liệt kê các chính sách có sẵn
  dinh-bien policy MÃ [--json]                  xem một chính sách

Tùy chọn:
  --policy MÃ|TỆP.json    chính sách (mặc định: sheet «Quy định» của tệp, nếu không có thì kien-giang-nq77-2017)
  --payment-date YYYY-MM-DD  ngày thôi việc cho người chưa có ngày riêng
  --round N               chỉ tính đợt chi trả N
  --lang vi|en            ngôn ngữ thông báo (mặc định vi)
  --json                  in một tài liệu JSON
  --help, --version

Mã thoát: 0 không có lỗi; 1 còn lỗi; 2 không dùng được tệp đầu vào.
`;
}

function packageVersion(): string {
  // src/cli/main.ts and lib/cli/main.js are both two levels under the package root.
  const file = path.join(__dirname, "..", "..", "package.json");
  try {
    const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** The bundled sample district workbook (CONTRACT §1). */
export function samplePath(): string {
  return path.join(__dirname, "..", "..", "assets", "samples", "giang-thanh.xlsx");
}

// ───────────────────────────── policy option ─────────────────────────────

function loadPolicy(spec: string, cwd: string, lang: Lang): Policy {
  const preset = getPreset(spec);
  if (preset) return preset;
  const file = path.resolve(cwd, spec);
  const looksLikeFile = /\.json$/i.test(spec) || spec.includes("/") || spec.includes("\\");
  if (!fs.existsSync(file)) {
    if (looksLikeFile)
      throw new UsageError(
        t(lang, `không tìm thấy tệp chính sách ${spec}`, `policy file not found: ${spec}`)
      );
    const ids = PRESETS.map((p) => p.id).join(", ");
    throw new UsageError(
      t(
        lang,
        `không có chính sách «${spec}» (có sẵn: ${ids})`,
        `no policy «${spec}» (presets: ${ids})`
      )
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new UsageError(
      t(
        lang,
        `chính sách ${spec} không hợp lệ: JSON: ${why}`,
        `policy ${spec} is invalid: JSON: ${why}`
      )
    );
  }
  const r = parsePolicy(json);
  if (!r.ok) {
    const first = r.issues[0];
    const more =
      r.issues.length > 1
        ? t(lang, ` (và ${r.issues.length - 1} lỗi khác)`, ` (and ${r.issues.length - 1} more)`)
        : "";
    throw new UsageError(
      t(
        lang,
        `chính sách ${spec} không hợp lệ: ${first.key}: ${first.message}${more}`,
        `policy ${spec} is invalid: ${first.key}: ${first.message}${more}`
      )
    );
  }
  return r.policy;
}

// ───────────────────────────── JSON shapes (CONTRACT §3) ─────────────────────────────

function findingJson(f: Finding): Record<string, unknown> {
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    commune: f.commune,
    hamlet: f.hamlet,
    title: f.title,
    person: f.person,
    limit: f.limit,
    count: f.count,
    cells: f.cells,
    message: f.message,
    suggestion: f.suggestion,
  };
}

function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function communeCount(a: Analysis): number {
  const names = new Set<string>();
  for (const m of a.roster.members) if (m.commune) names.add(m.commune.value);
  return names.size;
}

export function checkJson(a: Analysis): Record<string, unknown> {
  const c = countBySeverity(a.findings);
  return {
    policy: { id: a.policy.id, name: a.policy.name },
    summary: {
      people: a.roster.members.length,
      communes: communeCount(a),
      errors: c.error,
      warnings: c.warning,
      infos: c.info,
    },
    findings: a.findings.map(findingJson),
  };
}

// The payouts JSON (CONTRACT §3) is built in the engine, with the derivation it renders.
export { payoutsJson };

// ───────────────────────────── human text ─────────────────────────────

const SEVERITY_HEADINGS: Record<Severity, [string, string]> = {
  error: ["Lỗi", "Errors"],
  warning: ["Cảnh báo", "Warnings"],
  info: ["Thông tin", "Notes"],
};

function place(f: Finding): string {
  if (!f.sheet) return "";
  return f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
}

function findingsText(a: Analysis, lang: Lang): string {
  const out: string[] = [];
  const c = countBySeverity(a.findings);
  out.push(
    t(
      lang,
      `${a.roster.members.length} người, ${communeCount(a)} xã; ${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin.`,
      `${a.roster.members.length} people, ${communeCount(a)} communes; ${c.error} errors, ${c.warning} warnings, ${c.info} notes.`
    )
  );
  for (const sev of ["error", "warning", "info"] as Severity[]) {
    const list = a.findings.filter((f) => f.severity === sev);
    if (list.length === 0) continue;
    out.push("", `${SEVERITY_HEADINGS[sev][lang === "en" ? 1 : 0]} (${list.length}):`);
    for (const f of list) {
      const where = place(f);
      out.push(`  • ${where ? `${where} ` : ""}[${f.code}] ${f.message}`);
      if (f.suggestion) out.push(`      → ${f.suggestion}`);
    }
  }
  return out.join("\n") + "\n";
}

function header(a: Analysis, file: string, lang: Lang, what: [string, string]): string {
  return `Định Biên — ${t(lang, what[0], what[1])}: ${file}\n${t(lang, "Chính sách", "Policy")}: ${a.policy.name} (${a.policy.id})\n\n`;
}

function pad(s: string, n: number, right = false): string {
  const len = [...s].length;
  if (len >= n) return s;
  return right ? " ".repeat(n - len) + s : s + " ".repeat(n - len);
}

function payoutsText(a: Analysis, lang: Lang): string {
  const r = a.report;
  const money = (n: number): string => formatNumberVi(n);
  const cols =
    lang === "en"
      ? ["Commune", "Before c/h", "After c/h", "Cut c/h", "Cases c/h/total", "Amount (đồng)"]
      : ["Xã", "Trước xã/ấp", "Sau xã/ấp", "Giảm xã/ấp", "Trường hợp xã/ấp/cộng", "Số tiền (đồng)"];
  const widths = [16, 12, 12, 11, 22, 16];
  const line = (cells: string[]): string =>
    cells.map((c, i) => pad(c, widths[i], i > 0)).join("  ");
  const out: string[] = [line(cols)];
  const rowOf = (name: string, s: Omit<Analysis["report"]["totals"], never>): string =>
    line([
      name,
      `${s.before.commune}/${s.before.hamlet}`,
      `${s.after.commune}/${s.after.hamlet}`,
      `${s.reduction.commune}/${s.reduction.hamlet}`,
      `${s.cases.commune}/${s.cases.hamlet}/${s.cases.total}`,
      money(s.amount.total),
    ]);
  for (const c of r.communes) out.push(rowOf(c.commune, c));
  out.push(rowOf(t(lang, "Tổng cộng", "Total"), r.totals));
  out.push("");
  out.push(
    t(
      lang,
      `Tổng số tiền: ${money(r.totals.amount.total)} đồng (cấp xã ${money(r.totals.amount.commune)} đồng, ấp ${money(r.totals.amount.hamlet)} đồng).`,
      `Total amount: ${money(r.totals.amount.total)} đồng (commune level ${money(r.totals.amount.commune)}, hamlets ${money(r.totals.amount.hamlet)}).`
    )
  );
  out.push(`${t(lang, "Bằng chữ", "In words")}: ${r.amountInWords}`);
  const blocked = r.payouts.filter((p) => p.amount === null);
  if (blocked.length > 0) {
    out.push(
      "",
      t(
        lang,
        `Chưa tính được ${blocked.length} trường hợp:`,
        `${blocked.length} payouts could not be computed:`
      )
    );
    for (const p of blocked) {
      out.push(
        `  • ${p.member.sheet}!${p.member.row}: ${p.member.name?.value ?? "?"} — ${p.blockedBy.join(", ")}`
      );
    }
  }
  if (r.narrative.length > 0) out.push("", ...r.narrative);
  return out.join("\n") + "\n";
}

// ───────────────────────────── commands ─────────────────────────────

async function analyseFile(file: string, o: Options, cwd: string): Promise<Analysis> {
  const abs = path.resolve(cwd, file);
  const { workbook, grids } = await readWorkbookFile(abs, o.lang);
  // Sheets this tool generated earlier are output, never input.
  const generatedSheets = listMarkedSheets(workbook)
    .filter((s) => s.marker !== null && s.marker !== "policy")
    .map((s) => s.name);
  return analyze(grids, { ...analysisOptions(o, cwd), generatedSheets });
}

function analysisOptions(o: Options, cwd: string): AnalysisOptions {
  const opts: AnalysisOptions = { lang: o.lang };
  if (o.policy) opts.policy = loadPolicy(o.policy, cwd, o.lang);
  if (o.paymentDate) opts.paymentDate = o.paymentDate;
  if (o.round) opts.round = o.round;
  return opts;
}

function exitFor(a: Analysis): number {
  return a.findings.some((f) => f.severity === "error") ? 1 : 0;
}

function oneFile(o: Options): string {
  const lang = o.lang;
  if (o.positional.length === 0)
    throw new UsageError(
      t(lang, `lệnh ${o.command} cần một tệp .xlsx`, `${o.command} needs an .xlsx file`)
    );
  if (o.positional.length > 1)
    throw new UsageError(
      t(
        lang,
        `thừa tham số: ${o.positional.slice(1).join(" ")}`,
        `unexpected argument: ${o.positional.slice(1).join(" ")}`
      )
    );
  return o.positional[0];
}

function json(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + "\n");
}

async function runCommand(o: Options, io: CliIo): Promise<number> {
  const lang = o.lang;
  switch (o.command) {
    case "check": {
      const file = oneFile(o);
      const a = await analyseFile(file, o, io.cwd);
      if (o.json) json(io, checkJson(a));
      else io.stdout(header(a, file, lang, ["kiểm tra", "check"]) + findingsText(a, lang));
      return exitFor(a);
    }
    case "payouts": {
      const file = oneFile(o);
      const a = await analyseFile(file, o, io.cwd);
      if (o.json) json(io, payoutsJson(a));
      else {
        const errors = countBySeverity(a.findings).error;
        const note =
          errors > 0
            ? "\n" +
              t(
                lang,
                `Còn ${errors} lỗi: xem «dinh-bien check».`,
                `${errors} errors remain: see «dinh-bien check».`
              ) +
              "\n"
            : "";
        io.stdout(header(a, file, lang, ["chi trả", "payouts"]) + payoutsText(a, lang) + note);
      }
      return exitFor(a);
    }
    case "generate": {
      const file = oneFile(o);
      if (!o.out)
        throw new UsageError(
          t(lang, "lệnh generate cần --out TỆP.xlsx", "generate needs --out OUT.xlsx")
        );
      const a = await generate(path.resolve(io.cwd, file), path.resolve(io.cwd, o.out), o, io);
      return exitFor(a);
    }
    case "demo": {
      if (o.positional.length > 0)
        throw new UsageError(
          t(
            lang,
            `thừa tham số: ${o.positional.join(" ")}`,
            `unexpected argument: ${o.positional.join(" ")}`
          )
        );
      const dir = path.resolve(io.cwd, o.out ?? ".");
      const out = path.join(dir, "giang-thanh-dinh-bien.xlsx");
      await generate(samplePath(), out, o, io);
      if (!o.json) {
        io.stdout(
          t(
            lang,
            "(Các lỗi của dữ liệu mẫu nằm ở sheet «Danh sách (có lỗi)», cố ý để minh họa các phép kiểm tra.)\n",
            "(The sample's errors are on the sheet «Danh sách (có lỗi)», planted to show what the checks do.)\n"
          )
        );
      }
      // The sample carries deliberate mistakes (sheet «Danh sách (có lỗi)»): the demo itself succeeded.
      return 0;
    }
    case "policies": {
      if (o.positional.length > 0)
        throw new UsageError(
          t(
            lang,
            `thừa tham số: ${o.positional.join(" ")}`,
            `unexpected argument: ${o.positional.join(" ")}`
          )
        );
      if (o.json) {
        json(
          io,
          PRESETS.map((p) => ({
            id: p.id,
            name: p.name,
            legalBasis: p.legalBasis,
            effectiveFrom: p.effectiveFrom,
          }))
        );
      } else {
        io.stdout(PRESETS.map((p) => `${p.id}\t${p.name}`).join("\n") + "\n");
      }
      return 0;
    }
    case "policy": {
      if (o.positional.length !== 1)
        throw new UsageError(
          t(lang, "lệnh policy cần đúng một mã chính sách", "policy needs exactly one policy id")
        );
      const policy = loadPolicy(o.positional[0], io.cwd, lang);
      if (o.json) io.stdout(policyToJson(policy));
      else io.stdout(policyText(policy, lang));
      return 0;
    }
    default:
      throw new UsageError(
        t(lang, "chưa có lệnh (xem dinh-bien --help)", "no command given (see dinh-bien --help)")
      );
  }
}

async function generate(input: string, out: string, o: Options, io: CliIo): Promise<Analysis> {
  const lang = o.lang;
  const { analysis: a, names } = await generateFile(input, out, analysisOptions(o, io.cwd));
  const c = countBySeverity(a.findings);
  if (o.json) {
    json(io, {
      file: out,
      sheets: names,
      summary: { errors: c.error, warnings: c.warning, infos: c.info },
      narrative: a.report.narrative,
    });
    return a;
  }
  const lines = [
    `Định Biên — ${t(lang, "tạo văn bản", "generate")}: ${input}`,
    `${t(lang, "Chính sách", "Policy")}: ${a.policy.name} (${a.policy.id})`,
    "",
    ...a.report.narrative,
    "",
    t(lang, `Đã ghi: ${out}`, `Written: ${out}`),
    t(
      lang,
      `Các sheet: ${Object.values(names).join(", ")}`,
      `Sheets: ${Object.values(names).join(", ")}`
    ),
    t(
      lang,
      `${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin (xem sheet «Kiểm tra»).`,
      `${c.error} errors, ${c.warning} warnings, ${c.info} notes (see the «Kiểm tra» sheet).`
    ),
  ];
  if (c.error > 0)
    lines.push(
      t(
        lang,
        "Văn bản được đánh dấu DỰ THẢO cho đến khi sửa hết lỗi.",
        "The documents are marked DỰ THẢO (draft) until every error is fixed."
      )
    );
  io.stdout(lines.join("\n") + "\n");
  return a;
}

function policyText(p: Policy, lang: Lang): string {
  const lines = [
    `${p.name} (${p.id})`,
    `${t(lang, "Căn cứ", "Legal basis")}: ${p.legalBasis.number}, ${p.legalBasis.date}, ${p.legalBasis.issuer}`,
    `${t(lang, "Hiệu lực từ", "Effective from")}: ${p.effectiveFrom}`,
    `${t(lang, "Số lượng cấp xã (loại 1/2/3)", "Commune-level cap (class 1/2/3)")}: ${p.communeCap.class1.value}/${p.communeCap.class2.value}/${p.communeCap.class3.value}`,
    `${t(lang, "Số lượng mỗi ấp", "Per hamlet")}: ${p.hamletCap.value}`,
    `${t(lang, "Kiêm nhiệm tối đa", "Concurrent titles at most")}: ${p.concurrent.maxExtraTitles.value}`,
    `${t(lang, "Quy tắc tháng lẻ", "Partial-year rule")}: ${p.severance.bandRule}`,
    `${t(lang, "Chức danh", "Titles")}: ${p.titles.length}`,
  ];
  return lines.join("\n") + "\n";
}

function oneLineMessage(s: string): string {
  return s.replace(/\s*\n\s*/g, " ").trim();
}

function unusableMessage(e: UnusableInputError, o: Options | null): string {
  const f = e.finding;
  const file = o?.positional[0];
  const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ""}: ` : "";
  return `${file ? `${file}: ` : ""}${where}${f.message}`;
}

/** Run one command line; resolves to the exit code. Never throws. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let o: Options | null = null;
  const fail = (msg: string): number => {
    io.stderr(`dinh-bien: ${oneLineMessage(msg)}\n`);
    return 2;
  };
  try {
    o = parseArgs(argv);
    if (o.help) {
      io.stdout(usage(o.lang));
      return 0;
    }
    if (o.version) {
      io.stdout(`dinh-bien ${packageVersion()}\n`);
      return 0;
    }
    return await runCommand(o, io);
  } catch (e) {
    const lang = o?.lang ?? "vi";
    if (e instanceof UsageError || e instanceof InputFileError) return fail(e.message);
    if (e instanceof UnusableInputError) return fail(unusableMessage(e, o));
    const msg = e instanceof Error ? e.message : String(e);
    return fail(`${t(lang, "lỗi nội bộ", "internal error")}: ${msg}`);
  }
}

/** Entry point for bin/dinh-bien.js. */
export function runFromProcess(): void {
  const io: CliIo = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        `dinh-bien: lỗi nội bộ: ${e instanceof Error ? e.message : String(e)}\n`
      );
      process.exitCode = 2;
    }
  );
}
