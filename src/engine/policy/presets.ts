import type {
  Param,
  Policy,
  SeveranceCase,
  SeveranceComponent,
  SeveranceFormula,
  TitleDef,
} from "../types";
import { BASE_SALARY_TABLE } from "./base-salary";
import { bandsForRule } from "./bands";

/**
 * The shipped presets (DOMAIN §3.1–§3.3). Every fact the spec marks unverified carries
 * `verified: false`, so the clerk sees it flagged and can correct it in the "Quy định" sheet.
 */

function p<T>(value: T, verified: boolean, ref?: string): Param<T> {
  return ref === undefined ? { value, verified } : { value, ref, verified };
}

function title(
  id: string,
  level: TitleDef["level"],
  name: string,
  aliases: string[],
  verified = false
): TitleDef {
  return { id, level, name, aliases, coefficient: null, limit: 1, required: false, verified };
}

/**
 * Commune-level titles typical of Kiên Giang under NQ 77/2017 (DOMAIN §3.1, unverified list),
 * with the abbreviations clerks write. Matching folds case, spaces and diacritics, so aliases
 * list spellings, not case or accent variants.
 */
function communeTitles(): TitleDef[] {
  return [
    title("pho-chi-huy-truong-quan-su", "commune", "Phó Chỉ huy trưởng Quân sự", [
      "Phó CHT Quân sự",
      "Phó CHTQS",
      "Phó CHT QS",
      "Phó Chỉ huy trưởng BCH Quân sự",
      "Phó Chỉ huy trưởng Ban Chỉ huy Quân sự",
      "Phó Chỉ huy trưởng Quân sự xã",
      "Phó Ban CHQS",
    ]),
    title("pho-truong-cong-an", "commune", "Phó Trưởng Công an", [
      "Phó Trưởng CA",
      "Phó Trưởng Công an xã",
      "Phó Trưởng CA xã",
      "Phó CA xã",
      "Phó Công an xã",
    ]),
    title("van-phong-dang-uy", "commune", "Văn phòng Đảng ủy", [
      "VP Đảng ủy",
      "VPĐU",
      "Văn phòng ĐU",
      "Cán bộ Văn phòng Đảng ủy",
      "Văn phòng Đảng ủy xã",
    ]),
    title("truong-ban-to-chuc-dang-uy", "commune", "Trưởng ban Tổ chức Đảng ủy", [
      "Trưởng ban Tổ chức",
      "Trưởng BTC Đảng ủy",
      "TB Tổ chức Đảng ủy",
      "Trưởng ban TC Đảng ủy",
    ]),
    title("chu-nhiem-ubkt-dang-uy", "commune", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", [
      "Chủ nhiệm UBKT Đảng ủy",
      "UBKT Đảng ủy",
      "Chủ nhiệm UBKT",
      "CN UBKT Đảng ủy",
      "Chủ nhiệm Ủy ban Kiểm tra",
    ]),
    title("truong-ban-tuyen-giao-dang-uy", "commune", "Trưởng ban Tuyên giáo Đảng ủy", [
      "Trưởng ban Tuyên giáo",
      "Trưởng BTG Đảng ủy",
      "TB Tuyên giáo Đảng ủy",
      "Trưởng ban TG Đảng ủy",
    ]),
    title("pho-chu-tich-ubmttq", "commune", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc", [
      "Phó CT UBMTTQ",
      "Phó Chủ tịch UBMTTQ",
      "Phó CT MTTQ",
      "Phó Chủ tịch MTTQ",
      "Phó Chủ tịch Mặt trận",
      "Phó CT Mặt trận",
      "Phó Chủ tịch UB MTTQ",
    ]),
    title("pho-bi-thu-doan-thanh-nien", "commune", "Phó Bí thư Đoàn Thanh niên", [
      "Phó Bí thư Đoàn",
      "Phó BT Đoàn",
      "Phó Bí thư Đoàn TN",
      "Phó Bí thư Xã đoàn",
      "Phó BT Đoàn TN",
      "Phó Bí thư Đoàn TNCS Hồ Chí Minh",
    ]),
    title("pho-chu-tich-hoi-lhpn", "commune", "Phó Chủ tịch Hội Liên hiệp Phụ nữ", [
      "Phó CT Hội LHPN",
      "Phó Chủ tịch Hội LHPN",
      "Phó CT Hội Phụ nữ",
      "Phó Chủ tịch Hội Phụ nữ",
      "Phó CT HLHPN",
      "Phó CT Phụ nữ",
    ]),
    title("pho-chu-tich-hoi-nong-dan", "commune", "Phó Chủ tịch Hội Nông dân", [
      "Phó CT HND",
      "Phó CT Hội Nông dân",
      "Phó Chủ tịch HND",
      "Phó CT Nông dân",
    ]),
    title("pho-chu-tich-hoi-ccb", "commune", "Phó Chủ tịch Hội Cựu chiến binh", [
      "Phó CT Hội CCB",
      "Phó Chủ tịch Hội CCB",
      "Phó CT CCB",
      "Phó CT Hội Cựu chiến binh",
    ]),
    title("chu-tich-hoi-nguoi-cao-tuoi", "commune", "Chủ tịch Hội Người cao tuổi", [
      "CT Hội NCT",
      "Chủ tịch Hội NCT",
      "CT Hội Người cao tuổi",
      "Chủ tịch Hội Người Cao tuổi xã",
    ]),
    title("chu-tich-hoi-chu-thap-do", "commune", "Chủ tịch Hội Chữ thập đỏ", [
      "CT Hội CTĐ",
      "Chủ tịch Hội CTĐ",
      "CT Hội Chữ thập đỏ",
      "CT Chữ thập đỏ",
    ]),
    title("van-thu-luu-tru", "commune", "Văn thư - Lưu trữ", [
      "Văn thư lưu trữ",
      "Văn thư",
      "Văn thư – Lưu trữ",
      "VTLT",
      "Văn thư, lưu trữ",
    ]),
    title("thu-quy", "commune", "Thủ quỹ", ["Thủ quỹ xã", "TQ"]),
    title("phu-trach-dai-truyen-thanh", "commune", "Phụ trách Đài truyền thanh", [
      "Đài truyền thanh",
      "Phụ trách Đài TT",
      "PT Đài truyền thanh",
      "Phụ trách Đài truyền thanh xã",
      "Đài TT",
    ]),
    title("quan-ly-nha-van-hoa", "commune", "Quản lý Nhà văn hóa", [
      "Quản lý NVH",
      "QL Nhà văn hóa",
      "QL NVH",
      "Nhà văn hóa",
    ]),
    title("thu-y", "commune", "Thú y", [
      "Cán bộ Thú y",
      "Thú y viên",
      "Nhân viên Thú y",
      "Thú y xã",
    ]),
    title("khuyen-nong", "commune", "Khuyến nông", [
      "Cán bộ Khuyến nông",
      "Khuyến nông viên",
      "Nhân viên Khuyến nông",
      "Khuyến nông xã",
    ]),
  ];
}

const BI_THU_CHI_BO_ALIASES = [
  "Bí thư chi bộ ấp",
  "Bí thư Chi bộ khu phố",
  "Bí thư Chi bộ thôn",
  "BT Chi bộ",
  "BTCB",
  "Bí thư CB",
  "Bí thư ấp",
];
const TRUONG_AP_ALIASES = [
  "Trưởng ấp",
  "Trưởng khu phố",
  "Trưởng KP",
  "Trưởng thôn",
  "Tổ trưởng tổ dân phố",
  "Tổ trưởng TDP",
];
const TRUONG_BCTMT_ALIASES = [
  "Trưởng BCTMT",
  "Trưởng Ban CTMT",
  "Trưởng ban Mặt trận",
  "Trưởng ban CTMT ấp",
  "Trưởng ban Công tác Mặt trận ấp",
  "Trưởng ban Công tác MT",
  "Trưởng BCT Mặt trận",
];

/** Hamlet titles of NQ 77 (DOMAIN §3.1, unverified list). */
function kienGiangHamletTitles(): TitleDef[] {
  return [
    title("bi-thu-chi-bo", "hamlet", "Bí thư Chi bộ", BI_THU_CHI_BO_ALIASES),
    title("truong-ap", "hamlet", "Trưởng ấp (Trưởng khu phố)", TRUONG_AP_ALIASES),
    title("pho-truong-ap", "hamlet", "Phó Trưởng ấp (Phó Trưởng khu phố)", [
      "P. Trưởng ấp",
      "P.Trưởng ấp",
      "Phó Trưởng ấp",
      "Phó ấp",
      "Phó Trưởng khu phố",
      "Phó Trưởng KP",
      "P. Trưởng khu phố",
      "Phó Trưởng thôn",
    ]),
    title(
      "truong-ban-cong-tac-mat-tran",
      "hamlet",
      "Trưởng ban Công tác Mặt trận",
      TRUONG_BCTMT_ALIASES
    ),
    title("cong-an-vien", "hamlet", "Công an viên", [
      "CAV",
      "Công an viên ấp",
      "Công an ấp",
      "CA viên",
    ]),
    title("ap-doi-truong", "hamlet", "Ấp đội trưởng", [
      "Ấp đội",
      "Thôn đội trưởng",
      "Khu phố đội trưởng",
      "Ấp đội trưởng ấp",
    ]),
  ];
}

/** The three hamlet titles named by Nghị định 34/2019 and 33/2023 (DOMAIN §3.2–3.3): verified. */
function nationalHamletTitles(): TitleDef[] {
  return [
    title("bi-thu-chi-bo", "hamlet", "Bí thư Chi bộ", BI_THU_CHI_BO_ALIASES, true),
    title("truong-ap", "hamlet", "Trưởng thôn, ấp (Tổ trưởng tổ dân phố)", TRUONG_AP_ALIASES, true),
    title(
      "truong-ban-cong-tac-mat-tran",
      "hamlet",
      "Trưởng ban Công tác Mặt trận",
      TRUONG_BCTMT_ALIASES,
      true
    ),
  ];
}

const NQ77_REF = "Nghị quyết 77/2017/NQ-HĐND";

/** The id of NQ 77's severance rule: A × months per year × years counted, one case. */
export const MONTHS_PER_YEAR_FORMULA = "nq77-months-per-year";

/**
 * NQ 77's rule as an instance of the component formula: one case, one component
 * round(A × monthsPerYear × years counted), A on the leaving date.
 */
export function monthsPerYearFormula(
  monthsPerYear: string,
  verified: boolean,
  includeConcurrent: Param<boolean>,
  ref?: string
): SeveranceFormula {
  const component: SeveranceComponent = {
    factor: monthsPerYear,
    quantity: "yearsCounted",
    verified,
  };
  if (ref !== undefined) component.ref = ref;
  const only: SeveranceCase = {
    id: "nq77",
    name: "Mỗi năm công tác được hưởng một số tháng phụ cấp hiện hưởng",
    when: {},
    components: [component],
    verified,
  };
  if (ref !== undefined) only.ref = ref;
  return {
    id: MONTHS_PER_YEAR_FORMULA,
    name: "Số tháng phụ cấp hiện hưởng × số năm công tác",
    basis: { includeConcurrent, month: p("leaving", verified, ref) },
    // Not used by this formula (no component counts months early); a fixed value keeps the shape.
    monthsEarlyCounting: p("inclusive", false),
    cases: [only],
  };
}

export const KIEN_GIANG_NQ77_2017: Policy = {
  id: "kien-giang-nq77-2017",
  name: "Kiên Giang — Nghị quyết 77/2017/NQ-HĐND (người hoạt động không chuyên trách ở xã, ấp, khu phố)",
  legalBasis: {
    number: "77/2017/NQ-HĐND",
    date: "2017-07-20",
    issuer: "Hội đồng nhân dân tỉnh Kiên Giang",
  },
  // The spec gives only the resolution's date; no separate effective date is known.
  effectiveFrom: "2017-07-20",
  baseSalary: BASE_SALARY_TABLE.map((r) => ({ ...r })),
  communeCap: {
    class1: p(11, true, NQ77_REF),
    class2: p(11, true, NQ77_REF),
    class3: p(11, false, NQ77_REF),
  },
  hamletCap: p(6, true, NQ77_REF),
  concurrent: {
    maxExtraTitles: p(1, true, NQ77_REF),
    payRate: p("1", true, NQ77_REF),
    sameLevelOnly: true,
  },
  severance: {
    // The natural reading of "mỗi năm công tác được hưởng 01 tháng phụ cấp hiện hưởng, kể cả phụ
    // cấp kiêm nhiệm"; the concurrent part kept a switch because the text was not checked.
    formula: monthsPerYearFormula("1", true, p(true, false, NQ77_REF), NQ77_REF),
    bandRule: "B",
    bands: bandsForRule("B"),
    bandsVerified: false,
  },
  funds: null,
  titles: [...communeTitles(), ...kienGiangHamletTitles()],
};

const ND34_REF = "Nghị định 34/2019/NĐ-CP";
const ND33_REF = "Nghị định 33/2023/NĐ-CP";
const ND108_REF = "Nghị định 108/2014/NĐ-CP, sửa đổi bởi Nghị định 113/2018/NĐ-CP";

/** What the national decrees leave to the province: filled with NQ 77's values, unverified. */
function provincialDefaults(): Pick<Policy, "concurrent" | "severance"> {
  return {
    concurrent: {
      maxExtraTitles: p(1, false),
      payRate: p("1", false),
      sameLevelOnly: true,
    },
    severance: {
      formula: monthsPerYearFormula("1", false, p(true, false)),
      bandRule: "A",
      bands: bandsForRule("A"),
      bandsVerified: false,
      bandsRef: ND108_REF,
    },
  };
}

/** Commune-level titles are provincial under the national frames: NQ 77's list, all unverified. */
function provincialCommuneTitles(): TitleDef[] {
  return communeTitles().map((t) => ({ ...t, verified: false }));
}

export const ND34_2019: Policy = {
  id: "nd34-2019",
  name: "Khung quốc gia — Nghị định 34/2019/NĐ-CP",
  legalBasis: { number: "34/2019/NĐ-CP", date: "2019-04-24", issuer: "Chính phủ" },
  effectiveFrom: "2019-06-25",
  baseSalary: BASE_SALARY_TABLE.map((r) => ({ ...r })),
  communeCap: {
    class1: p(14, true, ND34_REF),
    class2: p(12, true, ND34_REF),
    class3: p(10, true, ND34_REF),
  },
  hamletCap: p(3, true, ND34_REF),
  ...provincialDefaults(),
  funds: {
    commune: {
      class1: p("16", true, ND34_REF),
      class2: p("13.7", true, ND34_REF),
      class3: p("11.4", true, ND34_REF),
    },
    extraPost: null,
    hamlet: {
      standard: p("3", true, ND34_REF),
      large: p("5", true, ND34_REF),
      largeHouseholds: 350,
    },
  },
  titles: [...provincialCommuneTitles(), ...nationalHamletTitles()],
};

export const ND33_2023: Policy = {
  id: "nd33-2023",
  name: "Khung quốc gia — Nghị định 33/2023/NĐ-CP",
  legalBasis: { number: "33/2023/NĐ-CP", date: "2023-06-10", issuer: "Chính phủ" },
  effectiveFrom: "2023-08-01",
  baseSalary: BASE_SALARY_TABLE.map((r) => ({ ...r })),
  communeCap: {
    class1: p(14, true, ND33_REF),
    class2: p(12, true, ND33_REF),
    class3: p(10, true, ND33_REF),
  },
  hamletCap: p(3, true, ND33_REF),
  ...provincialDefaults(),
  funds: {
    commune: {
      class1: p("21", true, ND33_REF),
      class2: p("18", true, ND33_REF),
      class3: p("15", true, ND33_REF),
    },
    extraPost: p("1.5", true, ND33_REF),
    // A tổ dân phố is "large" from 500 households under ND 33; the policy model has one
    // threshold, so 350 (thôn, ấp) is kept and urban quarters need the clerk's eye.
    hamlet: {
      standard: p("4.5", false, ND33_REF),
      large: p("6", true, ND33_REF),
      largeHouseholds: 350,
    },
  },
  titles: [...provincialCommuneTitles(), ...nationalHamletTitles()],
};

const ND154_REF = "Nghị định 154/2025/NĐ-CP";

function component(
  factor: string,
  quantity: SeveranceComponent["quantity"],
  verified: boolean,
  ref: string,
  fixed?: { value: number; unit?: "months" | "years" }
): SeveranceComponent {
  const c: SeveranceComponent = { factor, quantity, ref, verified };
  if (fixed) {
    c.fixed = fixed.value;
    if (fixed.unit) c.fixedUnit = fixed.unit;
  }
  return c;
}

/**
 * The four cases of Nghị định 154/2025 (DOMAIN §10.2) under one article: a, b, d as the text
 * reads; case c's 60 months and its extras unverified; `verified` false for all when the
 * article's terms are only presumed the same (Điều 9).
 */
function nd154Formula(
  article: string,
  articleVerified: boolean,
  lastLeaving: string
): SeveranceFormula {
  const ref = `${ND154_REF}, ${article}`;
  const v = articleVerified;
  const years = (ok: boolean) => component("1.5", "yearsCounted", ok, ref);
  const three = (ok: boolean) => component("3", "fixed", ok, ref, { value: 1 });
  return {
    id: `nd154-${article === "Điều 9" ? "dieu-9" : "dieu-10"}`,
    name: `Trợ cấp một lần theo ${article} ${ND154_REF}`,
    basis: {
      includeConcurrent: p(false, true, ref),
      month: p("before-leaving", true, ref),
    },
    monthsEarlyCounting: p("inclusive", false, ref),
    lastLeavingDate: p(lastLeaving, true, ref),
    refundWithinMonths: p(60, true, ref),
    cases: [
      {
        id: "a",
        name: "Dưới 60 tháng công tác, chưa đến tuổi nghỉ hưu",
        when: { serviceMonths: { below: 60 }, monthsEarly: { min: 1 } },
        components: [component("0.8", "monthsOfService", v, ref), years(v), three(v)],
        ref,
        verified: v,
      },
      {
        id: "b",
        name: "Từ 60 tháng công tác, còn dưới 60 tháng đến tuổi nghỉ hưu",
        when: { serviceMonths: { min: 60 }, monthsEarly: { min: 1, below: 60 } },
        components: [component("0.8", "monthsEarly", v, ref), years(v), three(v)],
        ref,
        verified: v,
      },
      {
        id: "c",
        name: "Từ 60 tháng công tác, còn từ 60 tháng trở lên đến tuổi nghỉ hưu",
        when: { serviceMonths: { min: 60 }, monthsEarly: { min: 60 } },
        components: [
          component("0.8", "fixed", false, ref, { value: 60, unit: "months" }),
          years(false),
          three(false),
        ],
        ref,
        verified: false,
      },
      {
        id: "d",
        name: "Đã đến hoặc quá tuổi nghỉ hưu",
        when: { monthsEarly: { below: 1 } },
        components: [component("15", "fixed", v, ref, { value: 1 })],
        ref,
        verified: v,
      },
    ],
  };
}

/** The hamlet caps and funds of ND 33/2023, still in force in 2026 (DOMAIN §10.1). */
function nd33Frame(): Pick<Policy, "communeCap" | "hamletCap" | "funds"> {
  return {
    communeCap: {
      class1: p(14, true, ND33_REF),
      class2: p(12, true, ND33_REF),
      class3: p(10, true, ND33_REF),
    },
    hamletCap: p(3, true, ND33_REF),
    funds: {
      commune: {
        class1: p("21", true, ND33_REF),
        class2: p("18", true, ND33_REF),
        class3: p("15", true, ND33_REF),
      },
      extraPost: p("1.5", true, ND33_REF),
      hamlet: {
        standard: p("4.5", true, ND33_REF),
        large: p("6", true, ND33_REF),
        largeHouseholds: 350,
      },
    },
  };
}

function nd154Severance(formula: SeveranceFormula): Policy["severance"] {
  return {
    formula,
    bandRule: "B",
    bands: bandsForRule("B"),
    bandsVerified: false,
    bandsRef: ND154_REF,
  };
}

/** Điều 10: hamlet NKCT made surplus by a hamlet merger (DOMAIN §10.2), hamlet titles of ND 33. */
export const ND154_2025_THON: Policy = {
  id: "nd154-2025-thon",
  name: "Nghị định 154/2025/NĐ-CP, Điều 10 — người hoạt động không chuyên trách ở thôn, tổ dân phố dôi dư do sắp xếp",
  legalBasis: { number: "154/2025/NĐ-CP", date: "2025-06-15", issuer: "Chính phủ" },
  effectiveFrom: "2025-06-16",
  baseSalary: BASE_SALARY_TABLE.map((r) => ({ ...r })),
  ...nd33Frame(),
  concurrent: {
    maxExtraTitles: p(1, false),
    payRate: p("1", false),
    sameLevelOnly: true,
  },
  severance: nd154Severance(nd154Formula("Điều 10", true, "2030-12-31")),
  titles: nationalHamletTitles(),
};

/** Điều 9: commune-level NKCT stood down, leavers up to 30-5-2026 (DOMAIN §10.1). */
export const ND154_2025_XA: Policy = {
  id: "nd154-2025-xa",
  name: "Nghị định 154/2025/NĐ-CP, Điều 9 — người hoạt động không chuyên trách cấp xã nghỉ việc",
  legalBasis: { number: "154/2025/NĐ-CP", date: "2025-06-15", issuer: "Chính phủ" },
  effectiveFrom: "2025-06-16",
  baseSalary: BASE_SALARY_TABLE.map((r) => ({ ...r })),
  ...nd33Frame(),
  concurrent: {
    maxExtraTitles: p(1, false),
    payRate: p("1", false),
    sameLevelOnly: true,
  },
  // The spec gives Điều 10's table; that Điều 9 pays the same terms is presumed: unverified.
  severance: nd154Severance(nd154Formula("Điều 9", false, "2026-05-30")),
  titles: [...provincialCommuneTitles(), ...nationalHamletTitles()],
};

export const PRESETS: Policy[] = [
  KIEN_GIANG_NQ77_2017,
  ND34_2019,
  ND33_2023,
  ND154_2025_THON,
  ND154_2025_XA,
];

/** A deep copy of the preset with this id, so a caller may edit it freely. */
export function getPreset(id: string): Policy | undefined {
  const found = PRESETS.find((x) => x.id === id);
  return found ? (JSON.parse(JSON.stringify(found)) as Policy) : undefined;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
  );
}

/**
 * True when the policy is a shipped preset, unchanged (same id and every value equal). getPreset
 * returns copies, so identity (===) cannot tell; this can.
 */
export function isPresetPolicy(policy: Policy): boolean {
  const preset = PRESETS.find((x) => x.id === policy.id);
  return preset !== undefined && deepEqual(preset, policy);
}
