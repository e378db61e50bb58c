import {
  ANY_SHEET,
  FIELD_KEYS,
  columnNumber,
  fieldLabel,
  foldLoose,
  mergeCorrections,
  type FieldKey,
  type Lang,
  type MappingCorrections,
} from "../engine";

/**
 * `--column [SHEET!]FIELD=HEADER` (CONTRACT §2): correct the column mapping the way the task pane
 * does. FIELD is a roster field (DOMAIN §4.1) by its key ("start") or its Vietnamese name ("Ngày
 * bắt đầu công tác"); HEADER a column letter ("K"), the header text of the column ("Ngày về xã"),
 * or "-" for "this roster has no such column". Without SHEET! the correction applies to every
 * roster sheet (a header text only where a column is so headed). Repeatable; a later one for the
 * same field wins.
 */

export type ColumnOptionResult =
  | { ok: true; sheet: string; field: FieldKey; col?: number | null; header?: string }
  | { ok: false; message: string };

const LETTERS = /^[A-Za-z]{1,3}$/;

function fieldOf(text: string): FieldKey | null {
  const key = foldLoose(text);
  return (
    FIELD_KEYS.find((f) => f.toLowerCase() === text.trim().toLowerCase()) ??
    FIELD_KEYS.find(
      (f) => foldLoose(fieldLabel(f, "vi")) === key || foldLoose(fieldLabel(f, "en")) === key
    ) ??
    null
  );
}

export function parseColumnOption(value: string, lang: Lang): ColumnOptionResult {
  const t = (vi: string, en: string) => (lang === "en" ? en : vi);
  const eq = value.indexOf("=");
  if (eq <= 0) {
    return {
      ok: false,
      message: t(
        `--column cần dạng TRƯỜNG=CỘT (ví dụ --column start=K): ${value}`,
        `--column takes FIELD=COLUMN (e.g. --column start=K): ${value}`
      ),
    };
  }
  let left = value.slice(0, eq).trim();
  const right = value.slice(eq + 1).trim();
  let sheet = ANY_SHEET;
  const bang = left.lastIndexOf("!");
  if (bang > 0) {
    sheet = left.slice(0, bang).replace(/^'(.*)'$/, "$1");
    left = left.slice(bang + 1).trim();
  }
  const field = fieldOf(left);
  if (field === null) {
    return {
      ok: false,
      message: t(
        `--column: không có trường «${left}» (các trường: ${FIELD_KEYS.join(", ")})`,
        `--column: no field «${left}» (fields: ${FIELD_KEYS.join(", ")})`
      ),
    };
  }
  if (right === "") {
    return {
      ok: false,
      message: t(`--column ${left}= cần một cột`, `--column ${left}= needs a column`),
    };
  }
  if (right === "-") return { ok: true, sheet, field, col: null };
  if (LETTERS.test(right))
    return { ok: true, sheet, field, col: columnNumber(right.toUpperCase()) };
  return { ok: true, sheet, field, header: right };
}

/** The corrections of every --column given, in order. */
export function columnCorrections(
  parsed: Extract<ColumnOptionResult, { ok: true }>[]
): MappingCorrections {
  let out: MappingCorrections = {};
  for (const p of parsed) {
    const choice = p.header !== undefined ? { header: p.header } : { col: p.col ?? null };
    out = mergeCorrections(out, { [p.sheet]: { columns: { [p.field]: choice } } });
  }
  return out;
}
