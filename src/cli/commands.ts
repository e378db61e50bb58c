import * as path from "path";
import { PRESETS, policyToJson, type Analysis } from "../engine";
import { createDinhBien, type RunRequest } from "../app";
import { noArguments, type Options } from "./args";
import { inputFiles, type Inputs } from "./inputs";
import {
  analyseProvince,
  generateProvince,
  provinceCheckJson,
  provinceExit,
  provinceFindingsText,
  provinceHeader,
  provincePayoutsJson,
  provincePayoutsText,
} from "./province";
import { EXIT, UsageError, exitFor } from "./errors";
import { t } from "./i18n";
import { checkJson, generateJson, payoutsJsonOf, policiesJson } from "./json";
import { demoOutName, samplePath } from "./package-files";
import { loadPolicy } from "./policy-option";
import { columnCorrections } from "./column-option";
import { generateFile, openWorkbookFile } from "./workbook-file";
import {
  demoNote,
  errorsRemainNote,
  findingsText,
  generateText,
  header,
  payoutsText,
  policiesText,
  policyText,
} from "./text";

/** What a command writes to and where it runs; tests pass their own. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

function json(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + "\n");
}

/** The CLI runs the application service like the task pane and the ribbon commands do. */
const app = createDinhBien();

function runRequest(o: Options, cwd: string): RunRequest {
  const request: RunRequest = { lang: o.lang };
  if (o.policy) request.policy = loadPolicy(o.policy, cwd, o.lang);
  if (o.paymentDate) request.paymentDate = o.paymentDate;
  if (o.round) request.round = o.round;
  if (o.columns.length > 0) request.corrections = columnCorrections(o.columns);
  return request;
}

async function analyseFile(file: string, o: Options, cwd: string): Promise<Analysis> {
  const port = await openWorkbookFile(path.resolve(cwd, file), o.lang);
  return app.check(port, runRequest(o, cwd));
}

/** One file as before; several files or a folder: the province's run. */
function inputsOf(o: Options, io: CliIo): Inputs {
  return inputFiles(o, io.cwd);
}

async function check(o: Options, io: CliIo): Promise<number> {
  const inputs = inputsOf(o, io);
  if (inputs.province) {
    const p = await analyseProvince(app, inputs, runRequest(o, io.cwd), o, io);
    if (o.json) json(io, provinceCheckJson(p));
    else
      io.stdout(provinceHeader(p, ["kiểm tra", "check"], o.lang) + provinceFindingsText(p, o.lang));
    return provinceExit(p);
  }
  const file = inputs.files[0].file;
  const a = await analyseFile(file, o, io.cwd);
  if (o.json) json(io, checkJson(a, file));
  else io.stdout(header(a, file, o.lang, ["kiểm tra", "check"]) + findingsText(a, o.lang));
  return exitFor(a);
}

async function payouts(o: Options, io: CliIo): Promise<number> {
  const inputs = inputsOf(o, io);
  if (inputs.province) {
    const p = await analyseProvince(app, inputs, runRequest(o, io.cwd), o, io);
    if (o.json) json(io, provincePayoutsJson(p));
    else
      io.stdout(provinceHeader(p, ["chi trả", "payouts"], o.lang) + provincePayoutsText(p, o.lang));
    return provinceExit(p);
  }
  const file = inputs.files[0].file;
  const a = await analyseFile(file, o, io.cwd);
  if (o.json) json(io, payoutsJsonOf(a, file));
  else
    io.stdout(
      header(a, file, o.lang, ["chi trả", "payouts"]) +
        payoutsText(a, o.lang) +
        errorsRemainNote(a, o.lang)
    );
  return exitFor(a);
}

async function writeDocuments(
  input: string,
  out: string,
  o: Options,
  io: CliIo
): Promise<Analysis> {
  const { analysis: a, names } = await generateFile(input, out, runRequest(o, io.cwd), app);
  if (o.json) json(io, generateJson(a, out, names));
  else io.stdout(generateText(a, input, out, names, o.lang));
  return a;
}

async function generate(o: Options, io: CliIo): Promise<number> {
  const inputs = inputsOf(o, io);
  const file = inputs.files[0].file;
  if (!o.out)
    throw new UsageError(
      t(o.lang, "lệnh generate cần --out TỆP.xlsx", "generate needs --out OUT.xlsx")
    );
  if (inputs.province)
    return generateProvince(app, inputs, runRequest(o, io.cwd), { ...o, out: o.out }, io);
  const a = await writeDocuments(path.resolve(io.cwd, file), path.resolve(io.cwd, o.out), o, io);
  return exitFor(a);
}

async function demo(o: Options, io: CliIo): Promise<number> {
  noArguments(o);
  const dir = path.resolve(io.cwd, o.out ?? ".");
  const out = path.join(dir, demoOutName(o.sample));
  await writeDocuments(samplePath(o.sample), out, o, io);
  if (!o.json) io.stdout(demoNote(o.lang));
  // The sample carries deliberate mistakes (sheet «Danh sách (có lỗi)»): the demo itself succeeded.
  return EXIT.ok;
}

function policies(o: Options, io: CliIo): number {
  noArguments(o);
  if (o.json) json(io, policiesJson(PRESETS));
  else io.stdout(policiesText(PRESETS));
  return EXIT.ok;
}

function policy(o: Options, io: CliIo): number {
  if (o.positional.length !== 1)
    throw new UsageError(
      t(o.lang, "lệnh policy cần đúng một mã chính sách", "policy needs exactly one policy id")
    );
  const p = loadPolicy(o.positional[0], io.cwd, o.lang);
  if (o.json) io.stdout(policyToJson(p));
  else io.stdout(policyText(p, o.lang));
  return EXIT.ok;
}

/** Run the parsed command; resolves to its exit status. Throws on unusable input. */
export async function runCommand(o: Options, io: CliIo): Promise<number> {
  switch (o.command) {
    case "check":
      return check(o, io);
    case "payouts":
      return payouts(o, io);
    case "generate":
      return generate(o, io);
    case "demo":
      return demo(o, io);
    case "policies":
      return policies(o, io);
    case "policy":
      return policy(o, io);
    default:
      throw new UsageError(
        t(o.lang, "chưa có lệnh (xem dinh-bien --help)", "no command given (see dinh-bien --help)")
      );
  }
}
