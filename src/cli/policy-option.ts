import * as fs from "fs";
import * as path from "path";
import { PRESETS, getPreset, parsePolicy, type Lang, type Policy } from "../engine";
import { UsageError } from "./errors";
import { t } from "./i18n";

const MAX_POLICY_BYTES = 1024 * 1024;

/** `--policy ID|FILE.json` and `policy ID`: a preset id, else a JSON file checked by the schema. */
export function loadPolicy(spec: string, cwd: string, lang: Lang): Policy {
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
  // A policy is a few kilobytes: a special file (/dev/zero) or a huge one is refused unread.
  const stat = fs.statSync(file);
  if (!stat.isFile() || stat.size > MAX_POLICY_BYTES)
    throw new UsageError(
      t(
        lang,
        `tệp chính sách ${spec} không phải tệp JSON thông thường dưới 1 MiB`,
        `the policy file ${spec} is not a regular JSON file under 1 MiB`
      )
    );
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
        `policy ${spec} is invalid: ${first.key}: ${first.en ?? first.message}${more}`
      )
    );
  }
  return r.policy;
}
