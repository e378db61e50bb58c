import { parseIsoDate, type Lang } from "../engine";
import { UsageError } from "./errors";
import { t } from "./i18n";
import { parseColumnOption, type ColumnOptionResult } from "./column-option";

/** The command line of CONTRACT §2: commands, options and their values, checked once here. */

export const COMMANDS = ["check", "payouts", "generate", "demo", "policies", "policy"] as const;
export type Command = (typeof COMMANDS)[number];

/** The bundled samples `demo --sample` takes (CONTRACT §2). */
export const SAMPLE_IDS = ["giang-thanh-2019", "thon-2026"] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

export interface Options {
  command: Command | null;
  positional: string[];
  policy?: string;
  paymentDate?: string;
  round?: string;
  lang: Lang;
  json: boolean;
  out?: string;
  /** demo's --sample (CONTRACT §2): giang-thanh-2019 (default) or thon-2026. */
  sample?: SampleId;
  /** --register FILE.xlsx: the province's unit register (the communes a file is expected from). */
  register?: string;
  /** --column corrections, in order. */
  columns: Extract<ColumnOptionResult, { ok: true }>[];
  help: boolean;
  version: boolean;
}

const VALUE_OPTIONS = new Set([
  "--policy",
  "--payment-date",
  "--round",
  "--lang",
  "--out",
  "--column",
  "--sample",
  "--register",
]);
const FLAG_OPTIONS = new Set(["--json", "--help", "-h", "--version", "-V"]);

export function parseArgs(argv: string[]): Options {
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
    columns: [],
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
      setValue(o, name, value, lang);
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

function setValue(o: Options, name: string, value: string, lang: Lang): void {
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
    case "--sample": {
      const id = SAMPLE_IDS.find((x) => x === value);
      if (!id)
        throw new UsageError(
          t(
            lang,
            `--sample chỉ nhận ${SAMPLE_IDS.join(" hoặc ")}: ${value}`,
            `--sample takes ${SAMPLE_IDS.join(" or ")}: ${value}`
          )
        );
      o.sample = id;
      break;
    }
    case "--register":
      o.register = value;
      break;
    case "--column": {
      const parsed = parseColumnOption(value, lang);
      if (!parsed.ok) throw new UsageError(parsed.message);
      o.columns.push(parsed);
      break;
    }
  }
}

/** demo and policies take no file. */
export function noArguments(o: Options): void {
  if (o.positional.length > 0)
    throw new UsageError(
      t(
        o.lang,
        `thừa tham số: ${o.positional.join(" ")}`,
        `unexpected argument: ${o.positional.join(" ")}`
      )
    );
}

export function usage(lang: Lang): string {
  return lang === "en"
    ? `Định Biên — checks part-time commune staff rosters and computes severance.

Usage:
  dinh-bien check FILE.xlsx [options]          check the rosters
  dinh-bien check FILE… | DIR [options]        many communes' files as one province
                                               (payouts and generate take them too)
  dinh-bien payouts FILE.xlsx [options]        allowances, severance, before/after, totals
  dinh-bien generate FILE.xlsx --out OUT.xlsx  write a copy with the generated sheets
  dinh-bien demo [--out DIR] [--sample ID]     generate on a bundled sample: giang-thanh-2019
                                               (default) or thon-2026 (2026 hamlet merger, ND 154)
  dinh-bien policies                           list the preset policies
  dinh-bien policy ID [--json]                 show one policy

Options:
  --policy ID|FILE.json   policy (default: the workbook's "Quy định" sheet, else kien-giang-nq77-2017)
  --payment-date YYYY-MM-DD  leaving date for leavers without their own
  --round N               only payment round N
  --register FILE.xlsx    the province's unit register: which communes must send a file
  --column FIELD=COLUMN   correct the column mapping (a letter or header text; repeatable),
                          e.g. --column start=K, --column "decision=Đề xuất", --column note=-
  --lang vi|en            language of messages (default vi)
  --json                  one JSON document on stdout
  --help, --version

Exit status: 0 no errors; 1 error findings; 2 unusable input.
`
    : `Định Biên — kiểm tra danh sách người hoạt động không chuyên trách và tính chế độ thôi việc.

Cách dùng:
  dinh-bien check TỆP.xlsx [tùy chọn]           kiểm tra danh sách
  dinh-bien check TỆP… | THƯ_MỤC [tùy chọn]     nhiều tệp của các xã như một tỉnh
                                                (payouts và generate cũng nhận như vậy)
  dinh-bien payouts TỆP.xlsx [tùy chọn]         phụ cấp, trợ cấp, trước/sau sắp xếp, tổng cộng
  dinh-bien generate TỆP.xlsx --out KQ.xlsx     ghi bản sao có thêm các sheet kết quả
  dinh-bien demo [--out THƯ_MỤC] [--sample MÃ]  chạy trên dữ liệu mẫu: giang-thanh-2019 (mặc định)
                                                hoặc thon-2026 (sắp xếp ấp năm 2026, NĐ 154)
  dinh-bien policies                            liệt kê các chính sách có sẵn
  dinh-bien policy MÃ [--json]                  xem một chính sách

Tùy chọn:
  --policy MÃ|TỆP.json    chính sách (mặc định: sheet «Quy định» của tệp, nếu không có thì kien-giang-nq77-2017)
  --payment-date YYYY-MM-DD  ngày thôi việc cho người chưa có ngày riêng
  --round N               chỉ tính đợt chi trả N
  --register TỆP.xlsx     danh sách đơn vị của tỉnh: các xã phải gửi tệp
  --column TRƯỜNG=CỘT     chỉnh cách đọc cột (chữ cột hoặc tiêu đề cột; dùng được nhiều lần),
                          ví dụ --column start=K, --column "decision=Đề xuất", --column note=-
  --lang vi|en            ngôn ngữ thông báo (mặc định vi)
  --json                  in một tài liệu JSON
  --help, --version

Mã thoát: 0 không có lỗi; 1 còn lỗi; 2 không dùng được tệp đầu vào.
`;
}
