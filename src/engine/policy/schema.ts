import type { z } from "zod";
import type { Param, Policy } from "../types";
import { monthsPerYearFormula } from "./presets";

/**
 * The strict schema of a policy (DOMAIN §3): every key known, every value typed, bands covering the
 * leftover months exactly once, the base salary table in date order. A policy that breaks it is
 * refused with issues that name the key ("severance.bandRule", "titles[3].limit"), never repaired
 * with a silent default.
 */

export interface PolicyIssue {
  /** Key path, e.g. "titles[3].limit"; "" for the whole policy. */
  key: string;
  /** Plain Vietnamese, naming the key. */
  message: string;
  /** The same in English. */
  en?: string;
}

export type ParsePolicyResult = { ok: true; policy: Policy } | { ok: false; issues: PolicyIssue[] };

// ───────────────────────────── value schemas ─────────────────────────────

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2019-02-29 is refused). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= last;
}

/** A non-negative decimal written with a dot and no exponent: "1", "0.5", "13.7". */
export const DECIMAL_STRING = /^\d+(\.\d+)?$/;

/**
 * zod, loaded on first use: it is most of the engine's load time (about 130 ms of a 0,28 s
 * `check`), and a run on a preset never validates a policy.
 */
let zodLoaded: typeof z | undefined;
function zod(): typeof z {
  zodLoaded ??= (require("zod") as typeof import("zod")).z;
  return zodLoaded;
}

/** The policy's schema, built once on first use. */
let policySchema: ReturnType<typeof buildPolicySchema> | undefined;
function thePolicySchema(): ReturnType<typeof buildPolicySchema> {
  policySchema ??= buildPolicySchema();
  return policySchema;
}

function buildPolicySchema() {
  const z = zod();
  const isoDate = z.string().refine(isIsoDate, { message: "iso-date" });
  const decimal = z.string().regex(DECIMAL_STRING, { message: "decimal" });
  const positiveInt = z.number().int().positive();

  const paramNumber = z.strictObject({
    value: positiveInt,
    ref: z.string().optional(),
    verified: z.boolean(),
  });
  const paramNonNegInt = z.strictObject({
    value: z.number().int().nonnegative(),
    ref: z.string().optional(),
    verified: z.boolean(),
  });
  const paramDecimal = z.strictObject({
    value: decimal,
    ref: z.string().optional(),
    verified: z.boolean(),
  });
  const paramBoolean = z.strictObject({
    value: z.boolean(),
    ref: z.string().optional(),
    verified: z.boolean(),
  });

  const baseSalaryEntry = z.strictObject({
    from: isoDate,
    amount: positiveInt,
    instrument: z.string().min(1),
    verified: z.boolean(),
  });

  const band = z.strictObject({
    fromMonths: z.number().int().min(0).max(11),
    toMonths: z.number().int().min(0).max(11),
    years: decimal,
  });

  const titleDef = z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "kebab" }),
    level: z.enum(["commune", "hamlet"]),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    coefficient: decimal.nullable(),
    limit: positiveInt,
    required: z.boolean(),
    verified: z.boolean(),
  });

  const monthRange = z.strictObject({
    min: z.number().int().nonnegative().optional(),
    below: z.number().int().positive().optional(),
  });

  const QUANTITIES = ["monthsOfService", "monthsEarly", "yearsCounted", "fixed"] as const;

  const severanceComponent = z
    .strictObject({
      factor: decimal,
      quantity: z.enum(QUANTITIES),
      fixed: z.number().positive().optional(),
      fixedUnit: z.enum(["months", "years"]).optional(),
      ref: z.string().optional(),
      verified: z.boolean(),
    })
    .superRefine((c, ctx) => {
      if (c.quantity === "fixed" && c.fixed === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["fixed"],
          message: "thành phần nhân với một số cố định phải ghi số đó (fixed).",
        });
      if (c.quantity !== "fixed" && (c.fixed !== undefined || c.fixedUnit !== undefined))
        ctx.addIssue({
          code: "custom",
          path: [c.fixed !== undefined ? "fixed" : "fixedUnit"],
          message: `chỉ thành phần nhân với số cố định mới ghi số cố định; thành phần này nhân với «${c.quantity}».`,
        });
    });

  const severanceCase = z.strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    when: z.strictObject({
      serviceMonths: monthRange.optional(),
      monthsEarly: monthRange.optional(),
    }),
    components: z.array(severanceComponent).min(1),
    ref: z.string().optional(),
    verified: z.boolean(),
  });

  const paramEnum = <T extends readonly [string, ...string[]]>(values: T) =>
    z.strictObject({ value: z.enum(values), ref: z.string().optional(), verified: z.boolean() });

  /** [min, below) of a range; an open bound is 0 / Infinity. */
  function bounds(r: { min?: number; below?: number } | undefined): [number, number] {
    return [r?.min ?? 0, r?.below ?? Infinity];
  }

  /**
   * The cases must cover every (months of service, months early) pair exactly once. The plane is
   * cut at every bound any case names; each cell of that grid is then inside a case or not as a
   * whole, so testing one point per cell decides gaps and overlaps.
   */
  function checkCaseCover(
    cases: {
      id: string;
      when: {
        serviceMonths?: { min?: number; below?: number };
        monthsEarly?: { min?: number; below?: number };
      };
    }[],
    ctx: z.RefinementCtx
  ): void {
    const cuts = (pick: (c: (typeof cases)[number]) => [number, number]) => {
      const set = new Set<number>([0]);
      for (const c of cases) for (const b of pick(c)) if (Number.isFinite(b)) set.add(b);
      return [...set].sort((a, b) => a - b);
    };
    const sCuts = cuts((c) => bounds(c.when.serviceMonths));
    const eCuts = cuts((c) => bounds(c.when.monthsEarly));
    const inside = (r: [number, number], x: number) => r[0] <= x && x < r[1];
    const gaps: string[] = [];
    const overlaps = new Set<string>();
    for (const s of sCuts)
      for (const e of eCuts) {
        const hit = cases.filter(
          (c) => inside(bounds(c.when.serviceMonths), s) && inside(bounds(c.when.monthsEarly), e)
        );
        if (hit.length === 0) gaps.push(`${s} tháng công tác, ${e} tháng đến tuổi nghỉ hưu`);
        else if (hit.length > 1) overlaps.add(hit.map((c) => `«${c.id}»`).join(" và "));
      }
    if (gaps.length > 0)
      ctx.addIssue({
        code: "custom",
        path: [],
        message: `các trường hợp bị hở: không trường hợp nào áp dụng khi ${gaps.slice(0, 3).join("; ")}.`,
      });
    for (const o of overlaps)
      ctx.addIssue({
        code: "custom",
        path: [],
        message: `các trường hợp ${o} chồng lên nhau (cùng áp dụng cho một người).`,
      });
  }

  const severanceFormula = z.strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    basis: z.strictObject({
      includeConcurrent: paramBoolean,
      month: paramEnum(["leaving", "before-leaving"] as const),
    }),
    monthsEarlyCounting: paramEnum(["inclusive", "exclusive"] as const),
    lastLeavingDate: z
      .strictObject({ value: isoDate, ref: z.string().optional(), verified: z.boolean() })
      .optional(),
    refundWithinMonths: paramNumber.optional(),
    cases: z
      .array(severanceCase)
      .min(1)
      .superRefine((cases, ctx) => {
        const seen = new Set<string>();
        cases.forEach((c, i) => {
          if (seen.has(c.id))
            ctx.addIssue({
              code: "custom",
              path: [i, "id"],
              message: `trường hợp «${c.id}» bị trùng mã.`,
            });
          seen.add(c.id);
          for (const k of ["serviceMonths", "monthsEarly"] as const) {
            const [lo, hi] = bounds(c.when[k]);
            if (lo >= hi)
              ctx.addIssue({
                code: "custom",
                path: [i, "when", k],
                message: `khoảng từ ${lo} đến dưới ${hi} tháng không chứa tháng nào.`,
              });
          }
        });
        checkCaseCover(cases, ctx);
      }),
  });

  const severance = z
    .strictObject({
      formula: severanceFormula,
      bandRule: z.enum(["A", "B", "exact"]),
      bands: z.array(band),
      bandsVerified: z.boolean().optional(),
      bandsRef: z.string().optional(),
    })
    .superRefine((s, ctx) => {
      if (s.bandRule === "exact") {
        if (s.bands.length > 0)
          ctx.addIssue({
            code: "custom",
            path: ["bands"],
            message:
              "Quy tắc «exact» (tính chính xác) không dùng khoảng tháng lẻ; hãy để danh sách khoảng trống.",
            params: {
              en: "the «exact» rule uses no bands of leftover months; leave the list empty.",
            },
          });
        return;
      }
      s.bands.forEach((b, i) => {
        if (b.fromMonths > b.toMonths)
          ctx.addIssue({
            code: "custom",
            path: ["bands", i],
            message: `khoảng từ ${b.fromMonths} đến ${b.toMonths} tháng bị ngược (tháng đầu lớn hơn tháng cuối).`,
            params: {
              en: `the band from ${b.fromMonths} to ${b.toMonths} months is reversed (its first month is after its last).`,
            },
          });
      });
      const holders: number[][] = Array.from({ length: 12 }, () => []);
      s.bands.forEach((b, i) => {
        // Out-of-range bands already have their own issue; zod still runs this check after them.
        for (let m = Math.max(0, b.fromMonths); m <= Math.min(11, b.toMonths); m++)
          holders[m]?.push(i);
      });
      const gaps = holders.map((h, m) => (h.length === 0 ? m : -1)).filter((m) => m >= 0);
      if (gaps.length > 0)
        ctx.addIssue({
          code: "custom",
          path: ["bands"],
          message: `các khoảng tháng lẻ bị hở: ${gaps.join(", ")} tháng lẻ không thuộc khoảng nào (phải phủ đủ 0–11 tháng, mỗi tháng đúng một lần).`,
          params: {
            en: `the bands leave a gap: ${gaps.join(", ")} leftover months fall in no band (they must cover 0–11 months, each exactly once).`,
          },
        });
      const reported = new Set<number>();
      holders.forEach((h, m) => {
        if (h.length > 1 && !reported.has(h[1])) {
          reported.add(h[1]);
          ctx.addIssue({
            code: "custom",
            path: ["bands", h[1]],
            message: `khoảng này chồng lên khoảng thứ ${h[0] + 1} (cùng chứa ${m} tháng lẻ).`,
            params: { en: `this band overlaps band ${h[0] + 1} (both hold ${m} leftover months).` },
          });
        }
      });
    });

  const classTriple = <T extends z.ZodType>(p: T) =>
    z.strictObject({ class1: p, class2: p, class3: p });

  const funds = z.strictObject({
    commune: classTriple(paramDecimal),
    extraPost: paramDecimal.nullable(),
    hamlet: z.strictObject({
      standard: paramDecimal,
      large: paramDecimal,
      largeHouseholds: positiveInt,
    }),
  });

  const PolicySchema = z.strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    legalBasis: z.strictObject({
      number: z.string().min(1),
      date: isoDate,
      issuer: z.string().min(1),
    }),
    effectiveFrom: isoDate,
    baseSalary: z
      .array(baseSalaryEntry)
      .min(1)
      .superRefine((rows, ctx) => {
        for (let i = 1; i < rows.length; i++) {
          if (!(rows[i].from > rows[i - 1].from))
            ctx.addIssue({
              code: "custom",
              path: [i, "from"],
              message: `ngày ${rows[i].from} phải sau ngày của dòng trước (${rows[i - 1].from}): bảng lương cơ sở phải theo thứ tự ngày tăng dần, không trùng.`,
              params: {
                en: `the date ${rows[i].from} must come after the row before's (${rows[i - 1].from}): the base salary table runs in increasing date order, without repeats.`,
              },
            });
        }
      }),
    communeCap: classTriple(paramNumber),
    hamletCap: paramNumber,
    concurrent: z.strictObject({
      maxExtraTitles: paramNonNegInt,
      payRate: paramDecimal,
      sameLevelOnly: z.boolean(),
    }),
    severance,
    funds: funds.nullable(),
    titles: z.array(titleDef).superRefine((titles, ctx) => {
      const seen = new Map<string, number>();
      titles.forEach((t, i) => {
        const first = seen.get(t.id);
        if (first !== undefined)
          ctx.addIssue({
            code: "custom",
            path: [i, "id"],
            message: `mã «${t.id}» trùng với chức danh thứ ${first + 1}.`,
            params: { en: `the id «${t.id}» is the same as title ${first + 1}'s.` },
          });
        else seen.set(t.id, i);
      });
    }),
  });
  return PolicySchema;
}

// Compile-time check: the schema produces exactly the shared `Policy` type, no more, no less.
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemaMatchesPolicy: Equals<z.infer<ReturnType<typeof buildPolicySchema>>, Policy> = true;
void schemaMatchesPolicy;

// ───────────────────────────── issues in plain Vietnamese ─────────────────────────────

/** ["titles", 3, "limit"] → "titles[3].limit". */
export function keyPath(path: readonly PropertyKey[]): string {
  let s = "";
  for (const p of path) {
    if (typeof p === "number") s += `[${p}]`;
    else s += s === "" ? String(p) : `.${String(p)}`;
  }
  return s;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** The keys an object schema accepts at a path, to suggest the intended one for a misspelt key. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  const z = zod();
  let s: z.ZodType = thePolicySchema();
  for (const p of path) {
    s = unwrap(s);
    if (typeof p === "number" && s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (typeof p === "string" && s instanceof z.ZodObject) {
      const next = (s.shape as Record<string, z.ZodType>)[p];
      if (!next) return [];
      s = next;
    } else return [];
  }
  s = unwrap(s);
  return s instanceof z.ZodObject ? Object.keys(s.shape as Record<string, unknown>) : [];
}

function unwrap(s: z.ZodType): z.ZodType {
  const z = zod();
  let cur = s;
  for (;;) {
    if (cur instanceof z.ZodNullable || cur instanceof z.ZodOptional)
      cur = cur.unwrap() as z.ZodType;
    else if (cur instanceof z.ZodPipe) cur = cur.in as z.ZodType;
    else return cur;
  }
}

function editDistance(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

function nearestKey(key: string, known: string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const dist = editDistance(key.toLowerCase(), k.toLowerCase());
    if (dist < bestD) {
      bestD = dist;
      best = k;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

const TYPE_VI: Record<string, string> = {
  string: "một chuỗi chữ",
  number: "một số",
  int: "một số nguyên",
  boolean: "true hoặc false",
  array: "một danh sách",
  object: "một nhóm khóa",
  null: "null",
};

function describeValue(v: unknown): string {
  if (v === undefined) return "không có";
  if (typeof v === "string") return `«${v}»`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/**
 * For each unknown key that looks like a misspelling of a known one: the full path of the known
 * key → the full path of the misspelt one ("hamletCap" → "hamletCapp").
 */
function misspellings(issues: readonly z.core.$ZodIssue[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    for (const k of issue.keys) {
      const near = nearestKey(k, knownKeysAt(issue.path));
      if (near !== null && !out.has(keyPath([...issue.path, near])))
        out.set(keyPath([...issue.path, near]), keyPath([...issue.path, k]));
    }
  }
  return out;
}

const TYPE_EN: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of keys",
  null: "null",
};

/** A value as an issue quotes it, in the issue's language. */
function describeIn(v: unknown, lang: "vi" | "en"): string {
  return v === undefined && lang === "en" ? "nothing" : describeValue(v);
}

/**
 * A zod issue in plain words of a language. A custom issue says its Vietnamese in `message` and
 * may give its English as `params.en` (the schema's refinements do); without it the English run
 * shows the Vietnamese rather than nothing.
 */
function translate(
  issue: z.core.$ZodIssue,
  input: unknown,
  misspelt: ReadonlyMap<string, string>,
  lang: "vi" | "en"
): PolicyIssue[] {
  const en = lang === "en";
  const t = (vi: string, english: string): string => (en ? english : vi);
  const key = keyPath(issue.path);
  const at = key === "" ? t("quy định", "the policy") : `«${key}»`;
  const value = valueAt(input, issue.path);
  const shown = describeIn(value, lang);
  const one = (message: string): PolicyIssue[] => [{ key, message }];
  if (
    value === undefined &&
    issue.code !== "unrecognized_keys" &&
    issue.code !== "custom" &&
    issue.path.length > 0
  ) {
    // A misspelt key leaves its correct key missing: say which key was meant to hold it.
    const typo = misspelt.get(key);
    return one(
      typo
        ? t(
            `Thiếu giá trị bắt buộc ${at} (có lẽ viết sai thành «${typo}»).`,
            `The required value ${at} is missing (perhaps misspelt as «${typo}»).`
          )
        : t(`Thiếu giá trị bắt buộc ${at}.`, `The required value ${at} is missing.`)
    );
  }
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((k) => {
        const full = keyPath([...issue.path, k]);
        const near = nearestKey(k, knownKeysAt(issue.path));
        return {
          key: full,
          message: t(
            `Khóa «${full}» không có trong quy định (khóa lạ hoặc viết sai)${near ? `; có phải là «${near}»?` : "."}`,
            `The key «${full}» is not part of a policy (unknown or misspelt)${near ? `; did you mean «${near}»?` : "."}`
          ),
        };
      });
    case "invalid_type":
      return one(
        t(
          `${at}: phải là ${TYPE_VI[issue.expected] ?? issue.expected}, không phải ${shown}.`,
          `${at}: must be ${TYPE_EN[issue.expected] ?? issue.expected}, not ${shown}.`
        )
      );
    case "invalid_value": {
      const values = issue.values.map((x) => `«${String(x)}»`).join(", ");
      return one(
        t(
          `${at}: giá trị ${shown} không hợp lệ; chỉ nhận ${values}.`,
          `${at}: the value ${shown} is not allowed; only ${values}.`
        )
      );
    }
    case "too_small": {
      if (issue.origin === "array")
        return one(
          t(`${at}: danh sách không được để trống.`, `${at}: the list must not be empty.`)
        );
      if (issue.origin === "string")
        return one(t(`${at}: không được để trống.`, `${at}: must not be empty.`));
      const min = String(issue.minimum);
      const bound = issue.inclusive
        ? t(`từ ${min} trở lên`, `at least ${min}`)
        : t(`lớn hơn ${min}`, `more than ${min}`);
      return one(
        t(
          `${at}: ${shown} quá nhỏ, phải ${bound}.`,
          `${at}: ${shown} is too small, must be ${bound}.`
        )
      );
    }
    case "too_big": {
      const max = String(issue.maximum);
      return one(
        t(`${at}: ${shown} quá lớn, tối đa ${max}.`, `${at}: ${shown} is too big, at most ${max}.`)
      );
    }
    case "invalid_format":
      if (issue.message === "decimal")
        return one(
          t(
            `${at}: ${shown} không phải số thập phân không âm viết bằng dấu chấm (ví dụ "1.5").`,
            `${at}: ${shown} is not a non-negative decimal written with a dot (e.g. "1.5").`
          )
        );
      if (issue.message === "kebab")
        return one(
          t(
            `${at}: mã ${shown} chỉ được gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ "pho-truong-cong-an").`,
            `${at}: the id ${shown} may hold only lower-case letters without marks, digits and hyphens (e.g. "pho-truong-cong-an").`
          )
        );
      return one(
        t(`${at}: ${shown} không đúng định dạng.`, `${at}: ${shown} is not in the right form.`)
      );
    case "custom": {
      if (issue.message === "iso-date")
        return one(
          t(
            `${at}: ${shown} không phải ngày hợp lệ dạng YYYY-MM-DD (ví dụ "2019-07-01").`,
            `${at}: ${shown} is not a valid date written YYYY-MM-DD (e.g. "2019-07-01").`
          )
        );
      const english = (issue.params as { en?: unknown } | undefined)?.en;
      return one(`${at}: ${en && typeof english === "string" ? english : issue.message}`);
    }
    default:
      return one(`${at}: ${issue.message}`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * A policy exported before the component formula carries NQ 77's rule as two keys,
 * severance.monthsPerYear and severance.includeConcurrent: read them as that rule's formula
 * (one case, months per year × years counted, A on the leaving date), exactly what they meant.
 * Anything else is left for the schema to judge.
 */
function upgradeEarlierSeverance(input: unknown): unknown {
  if (!isRecord(input) || !isRecord(input.severance)) return input;
  const { monthsPerYear, includeConcurrent, ...rest } = input.severance;
  if (rest.formula !== undefined || !isRecord(monthsPerYear) || !isRecord(includeConcurrent))
    return input;
  if (typeof monthsPerYear.value !== "string" || typeof monthsPerYear.verified !== "boolean")
    return input;
  const ref = typeof monthsPerYear.ref === "string" ? monthsPerYear.ref : undefined;
  const formula = monthsPerYearFormula(
    monthsPerYear.value,
    monthsPerYear.verified,
    includeConcurrent as unknown as Param<boolean>,
    ref
  );
  return { ...input, severance: { formula, ...rest } };
}

/** Validate anything (parsed JSON, a sheet read back) as a policy. */
export function parsePolicy(raw: unknown): ParsePolicyResult {
  const input = upgradeEarlierSeverance(raw);
  const r = thePolicySchema().safeParse(input);
  if (r.success) return { ok: true, policy: r.data };
  // Unknown keys first: a misspelt key is the cause, and the correct key it leaves missing is the
  // consequence. Callers that show one issue (the CLI) then name the misspelling and its fix.
  const misspelt = misspellings(r.error.issues);
  const unknownFirst = [
    ...r.error.issues.filter((i) => i.code === "unrecognized_keys"),
    ...r.error.issues.filter((i) => i.code !== "unrecognized_keys"),
  ];
  return {
    ok: false,
    issues: unknownFirst.flatMap((i) => {
      const vi = translate(i, input, misspelt, "vi");
      const en = translate(i, input, misspelt, "en");
      return vi.map((issue, k) => ({ ...issue, en: en[k]?.message ?? issue.message }));
    }),
  };
}

/** Pretty JSON for export; `parsePolicy(JSON.parse(policyToJson(p)))` gives `p` back. */
export function policyToJson(policy: Policy): string {
  return JSON.stringify(policy, null, 2) + "\n";
}
