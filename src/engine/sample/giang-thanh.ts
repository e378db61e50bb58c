import type { CellRange, CellValue } from "../types";
import { Dec, roundDong } from "../money/round";
import { ymdToExcelSerial } from "../text/dates";

/**
 * The sample district (DOMAIN §9): Giang Thành, Kiên Giang, under kien-giang-nq77-2017.
 * Synthetic, seeded data: every name is made up; the hamlet names are plausible, not an official
 * list. The same seed gives the same workbook byte for byte.
 *
 * ── How the founding figures come out exactly (DOMAIN §1, §5.6) ──
 * Commune level, in every commune: 11 kept + 5 paid leavers + 1 unpaid leaver
 *   → before 17, after 11, reduction 6 (× 5 communes = 30), 25 paid cases.
 * Hamlets: 88 paid leavers, 0 unpaid, 3 newly arranged ("Bố trí mới")
 *   → reduction = 88 − 3 = 85, 88 cases. Kept people add to before and after alike, so they never
 *   move a reduction.
 * The mistakes sheet "Danh sách (có lỗi)" holds one whole hamlet of Vĩnh Phú (ấp Mẹt Lung) as a
 * commune sent it back with mistakes, plus one stray row. Only three of its rows are paid leavers
 * and they are part of the 88 (so the clean sheet "Danh sách" has 85). Every other row on it is
 * either kept (adds 1 to before and to after) or has no usable decision (counts nowhere), so the
 * whole workbook reproduces the founding figures; every intended finding sits on that sheet, so
 * "Danh sách" alone checks with no error.
 * The amount: every paid leaver's severance is worked out here with decimal arithmetic exactly as
 * DOMAIN §5.3–5.5 says; two leavers then close the gap to 1.149.540.875 đồng — one by the length
 * of service (years counted), one whose allowance the roster gives as an amount and who served
 * exactly 12 months (so his severance equals that amount).
 */

export interface SampleSheet {
  name: string;
  /** From A1; a missing cell is null. Dates are Excel serial numbers (see numberFormats). */
  rows: CellValue[][];
  merges: CellRange[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** 1-based rows of the table header (bold, centred, bordered). */
  headerRows: number[];
  /** 1-based rows of title lines (bold, centred). */
  titleRows?: number[];
  /** 1-based column → Excel number format for the numeric cells of the data rows below the header. */
  numberFormats?: Record<number, string>;
  /** 1-based rows that are section or total rows (bold). */
  sectionRows?: number[];
}

/** The founding figures the sample reproduces (DOMAIN §1). */
export const SAMPLE_TARGET = {
  reduction: { commune: 30, hamlet: 85 },
  cases: { commune: 25, hamlet: 88, total: 113 },
  amount: 1_149_540_875,
} as const;

export const SAMPLE_PAYMENT_DATE = "2018-12-31";
export const SAMPLE_DOCUMENT_DATE = "2019-03-05";

export const SAMPLE_SHEETS = {
  register: "Đơn vị",
  info: "Thông tin",
  roster: "Danh sách",
  mistakes: "Danh sách (có lỗi)",
} as const;

// ───────────────────────────── seeded randomness ─────────────────────────────

/** mulberry32: a tiny, well-mixed 32-bit generator; enough for synthetic data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
}

// ───────────────────────────── the district ─────────────────────────────

interface CommuneDef {
  name: string;
  communeClass: 1 | 2 | 3;
  households: number;
  border: boolean;
  hamlets: { name: string; households: number }[];
  note?: string;
}

const MISTAKES_HAMLET = { commune: "Vĩnh Phú", hamlet: "Mẹt Lung" };
/** A hamlet kept one short with Ấp đội trưởng vacant: the duplicate person lands there. */
const ROOM_HAMLET = { commune: "Vĩnh Điều", hamlet: "Tà Teng" };
/** Hamlets that get one newly arranged person each (3 in all, DOMAIN §9). */
const NEW_PERSON_HAMLETS = ["Tân Khánh", "Cỏ Quen", "Đồng Hòa"];

const COMMUNES: CommuneDef[] = [
  {
    name: "Tân Khánh Hòa",
    communeClass: 1,
    households: 3120,
    border: true,
    note: "Xã trung tâm huyện",
    hamlets: [
      { name: "Khánh Hòa", households: 612 },
      { name: "Tân Khánh", households: 548 },
      { name: "Rạch Dừa", households: 431 },
      { name: "Nha Sáp", households: 377 },
      { name: "Ba Núi", households: 402 },
    ],
  },
  {
    name: "Phú Lợi",
    communeClass: 2,
    households: 2285,
    border: true,
    hamlets: [
      { name: "Trần Thệ", households: 468 },
      { name: "Cỏ Quen", households: 395 },
      { name: "Tà Êm", households: 352 },
      { name: "Rạch Gộc", households: 417 },
      { name: "Kênh Tám", households: 306 },
    ],
  },
  {
    name: "Phú Mỹ",
    communeClass: 2,
    households: 2460,
    border: true,
    hamlets: [
      { name: "Tràm Trổi", households: 521 },
      { name: "Trà Phô", households: 489 },
      { name: "Cây Gáo", households: 366 },
      { name: "Khoe Lá", households: 338 },
      { name: "Bãi Ớt", households: 295 },
    ],
  },
  {
    name: "Vĩnh Điều",
    communeClass: 2,
    households: 1978,
    border: true,
    hamlets: [
      { name: "Đồng Cơ", households: 455 },
      { name: "Vĩnh Thạnh", households: 503 },
      { name: "Kênh Mới", households: 372 },
      { name: "Tà Teng", households: 318 },
    ],
  },
  {
    name: "Vĩnh Phú",
    communeClass: 2,
    households: 1864,
    border: false,
    hamlets: [
      { name: "Đồng Hòa", households: 436 },
      { name: "Mẹt Lung", households: 384 },
      { name: "Rạch Cóc", households: 341 },
      { name: "Cống Cả", households: 297 },
    ],
  },
];

/** Commune-level titles of the nq77 catalogue with the coefficient this sample gives each. */
const COMMUNE_TITLES: { name: string; coef: string }[] = [
  { name: "Phó Chỉ huy trưởng Quân sự", coef: "1" },
  { name: "Phó Trưởng Công an", coef: "1" },
  { name: "Văn phòng Đảng ủy", coef: "1.2" },
  { name: "Trưởng ban Tổ chức Đảng ủy", coef: "1" },
  { name: "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", coef: "1" },
  { name: "Trưởng ban Tuyên giáo Đảng ủy", coef: "1" },
  { name: "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc", coef: "1" },
  { name: "Phó Bí thư Đoàn Thanh niên", coef: "0.9" },
  { name: "Phó Chủ tịch Hội Liên hiệp Phụ nữ", coef: "0.9" },
  { name: "Phó Chủ tịch Hội Nông dân", coef: "0.9" },
  { name: "Phó Chủ tịch Hội Cựu chiến binh", coef: "0.9" },
  { name: "Chủ tịch Hội Người cao tuổi", coef: "0.8" },
  { name: "Chủ tịch Hội Chữ thập đỏ", coef: "0.8" },
  { name: "Văn thư - Lưu trữ", coef: "1.1" },
  { name: "Thủ quỹ", coef: "1" },
  { name: "Phụ trách Đài truyền thanh", coef: "1" },
  { name: "Quản lý Nhà văn hóa", coef: "0.8" },
  { name: "Thú y", coef: "1" },
  { name: "Khuyến nông", coef: "1" },
];

/** How clerks write some commune titles (aliases of the nq77 catalogue). */
const COMMUNE_TITLE_SPELLINGS: Record<string, string[]> = {
  "Phó Chỉ huy trưởng Quân sự": ["Phó CHT Quân sự"],
  "Phó Trưởng Công an": ["Phó Trưởng CA"],
  "Văn phòng Đảng ủy": ["VP Đảng ủy"],
  "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc": ["Phó CT UBMTTQ"],
  "Văn thư - Lưu trữ": ["Văn thư lưu trữ"],
};

const HAMLET_TITLES: { name: string; written: string[]; coef: string }[] = [
  { name: "Bí thư Chi bộ", written: ["Bí thư Chi bộ", "Bí thư chi bộ ấp"], coef: "1" },
  { name: "Trưởng ấp", written: ["Trưởng ấp"], coef: "1" },
  { name: "Phó Trưởng ấp", written: ["Phó Trưởng ấp", "P. Trưởng ấp"], coef: "0.8" },
  {
    name: "Trưởng ban Công tác Mặt trận",
    written: ["Trưởng ban Công tác Mặt trận", "Trưởng BCTMT"],
    coef: "0.7",
  },
  { name: "Công an viên", written: ["Công an viên", "CAV"], coef: "0.8" },
  { name: "Ấp đội trưởng", written: ["Ấp đội trưởng"], coef: "0.7" },
];
/** Titles a surplus hamlet person held (several deputies and police aides per hamlet before 2018). */
const HAMLET_LEAVER_TITLES = [
  "Phó Trưởng ấp",
  "Phó Trưởng ấp",
  "Công an viên",
  "Công an viên",
  "Công an viên",
  "Ấp đội trưởng",
  "Trưởng ban Công tác Mặt trận",
];

// ───────────────────────────── names ─────────────────────────────

const KINH_FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Huỳnh",
  "Võ",
  "Đặng",
  "Bùi",
  "Dương",
  "Tô",
  "Quách",
  "Đỗ",
  "Ngô",
  "Hồ",
  "Phan",
  "Trương",
  "Lý",
  "Mai",
];
const KINH_MALE_MIDDLE = ["Văn", "Minh", "Thanh", "Hoàng", "Hữu", "Quốc", "Công", "Đức", "Chí"];
const KINH_FEMALE_MIDDLE = [
  "Thị",
  "Thị Kim",
  "Thị Ngọc",
  "Thị Mỹ",
  "Ngọc",
  "Thị Thanh",
  "Thị Bích",
];
const KINH_MALE_GIVEN = [
  "Hùng",
  "Dũng",
  "Tâm",
  "Phúc",
  "Nghĩa",
  "Sang",
  "Tài",
  "Bình",
  "Tuấn",
  "Khánh",
  "Lợi",
  "Út",
  "Cường",
  "Hải",
  "Nhân",
  "Phong",
  "Trung",
  "Quang",
  "Thắng",
  "Hiếu",
  "Toàn",
  "Lộc",
  "Vũ",
  "Thành",
  "Kiệt",
  "Hậu",
  "Tín",
  "Nhựt",
  "Triều",
  "Bảo",
];
const KINH_FEMALE_GIVEN = [
  "Lan",
  "Hoa",
  "Hạnh",
  "Thủy",
  "Mai",
  "Thảo",
  "Linh",
  "Hiền",
  "Vân",
  "Nga",
  "Trang",
  "Diễm",
  "Loan",
  "Phượng",
  "Nhung",
  "Yến",
  "Xuân",
  "Hằng",
  "Tuyết",
  "Duyên",
];
const KHMER_FAMILY = ["Danh", "Thạch", "Sơn", "Chau", "Kiên", "Lâm", "Kim"];
const KHMER_MALE_GIVEN = [
  "Sóc",
  "Sà Ri",
  "Ty",
  "Sô Phanh",
  "Khên",
  "Phol",
  "Kha",
  "Pho",
  "Rươne",
  "Chanh Đa",
  "Sóc Kha",
  "Thươl",
  "Hoài",
  "Mên",
  "Na",
  "Sà Phát",
  "Cưl",
  "Pếch",
  "Rinh",
  "Sa Rươn",
];
const KHMER_FEMALE_GIVEN = [
  "Thị Sa Rinh",
  "Thị Sa Ly",
  "Thị Sa Vy",
  "Thị Ny",
  "Thị Sơ Ri",
  "Thị Mỹ",
  "Thị Sà Quanh",
  "Thị Phol",
  "Thị Kim Sol",
  "Thị Chanh Thu",
  "Thị Sóc Na",
];

class NameMaker {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}
  make(): { name: string; female: boolean } {
    for (;;) {
      const female = this.rng.float() < 0.3;
      const khmer = this.rng.float() < 0.35;
      let name: string;
      if (khmer) {
        const family = this.rng.pick(KHMER_FAMILY);
        name = `${family} ${this.rng.pick(female ? KHMER_FEMALE_GIVEN : KHMER_MALE_GIVEN)}`;
      } else {
        const middle = this.rng.pick(female ? KINH_FEMALE_MIDDLE : KINH_MALE_MIDDLE);
        name = `${this.rng.pick(KINH_FAMILY)} ${middle} ${this.rng.pick(female ? KINH_FEMALE_GIVEN : KINH_MALE_GIVEN)}`;
      }
      // Names are unique across the workbook, so the only duplicates are the intended ones.
      if (!this.used.has(name)) {
        this.used.add(name);
        return { name, female };
      }
    }
  }
  reserve(name: string): void {
    this.used.add(name);
  }
}

// ───────────────────────────── people ─────────────────────────────

interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** How a date is written in the roster. */
type DateStyle = "excel" | "text-day" | "text-month";

interface SampleDate {
  ymd: Ymd;
  style: DateStyle;
}

export interface SamplePerson {
  name: string;
  female: boolean;
  birthYear: number;
  commune: string;
  hamlet: string | null;
  title: string;
  /** The title as written in the roster (an alias or the catalogue name). */
  titleWritten: string;
  concurrent: string | null;
  coef: string | null;
  concCoef: string | null;
  /** "Mức phụ cấp hiện hưởng" given in the roster, whole đồng. */
  amount: number | null;
  amountAsText: boolean;
  start: SampleDate | string | null;
  end: SampleDate | null;
  decision: string;
  kind: "keep" | "new" | "leave-paid" | "leave-unpaid" | "none";
  round: number | null;
  note: string | null;
  coefAsText: boolean;
}

const PAYMENT_DATE: Ymd = { y: 2018, m: 12, d: 31 };

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function addMonths(a: Ymd, k: number): Ymd {
  const total = a.y * 12 + (a.m - 1) + k;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(a.d, lastDay(y, m)) };
}

function cmpYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function nextDay(a: Ymd): Ymd {
  if (a.d < lastDay(a.y, a.m)) return { ...a, d: a.d + 1 };
  return a.m < 12 ? { y: a.y, m: a.m + 1, d: 1 } : { y: a.y + 1, m: 1, d: 1 };
}

/** DOMAIN §5.4 months of service, written independently of the engine. */
function monthsBetween(start: SampleDate, end: SampleDate | null): number {
  const e = end ?? { ymd: PAYMENT_DATE, style: "excel" as const };
  const startDay = start.style !== "text-month";
  const endDay = e.style !== "text-month";
  if (startDay && endDay) {
    const e1 = nextDay(e.ymd);
    let k = (e1.y - start.ymd.y) * 12 + (e1.m - start.ymd.m);
    while (cmpYmd(addMonths(start.ymd, k), e1) > 0) k--;
    return k;
  }
  return (e.ymd.y - start.ymd.y) * 12 + (e.ymd.m - start.ymd.m) + 1;
}

/** Band rule B: leftover 0 → 0, 1–6 → ½, 7–11 → 1. */
function yearsCounted(months: number): string {
  const left = months % 12;
  const whole = Math.floor(months / 12);
  return new Dec(whole).plus(left === 0 ? 0 : left <= 6 ? "0.5" : 1).toString();
}

/** Base salary in force on the leaving date (month-precise: the month's last day). */
function baseSalaryOn(end: SampleDate | null): number {
  const e = end ?? { ymd: PAYMENT_DATE, style: "excel" as const };
  const ymd =
    e.style === "text-month" ? { y: e.ymd.y, m: e.ymd.m, d: lastDay(e.ymd.y, e.ymd.m) } : e.ymd;
  if (cmpYmd(ymd, { y: 2019, m: 7, d: 1 }) >= 0) return 1_490_000;
  if (cmpYmd(ymd, { y: 2018, m: 7, d: 1 }) >= 0) return 1_390_000;
  if (cmpYmd(ymd, { y: 2017, m: 7, d: 1 }) >= 0) return 1_300_000;
  return 1_210_000;
}

/** DOMAIN §5.3 and §5.5 under nq77: concurrent pay 100 %, 1 month per year. */
export function severanceOf(
  p: Pick<SamplePerson, "coef" | "concCoef" | "amount" | "start" | "end">
): {
  months: number;
  years: string;
  baseSalary: number;
  monthly: number;
  amount: number;
} {
  if (p.start === null || typeof p.start === "string")
    throw new Error("sample: a paid leaver needs a readable start");
  const months = monthsBetween(p.start, p.end);
  const years = yearsCounted(months);
  const b = baseSalaryOn(p.end);
  const main = p.amount !== null ? p.amount : roundDong(new Dec(p.coef ?? "0").times(b));
  const conc = p.concCoef !== null ? roundDong(new Dec(p.concCoef).times(b)) : 0;
  const monthly = main + conc;
  return {
    months,
    years,
    baseSalary: b,
    monthly,
    amount: roundDong(new Dec(monthly).times(years)),
  };
}

function date(y: number, m: number, d: number, style: DateStyle): SampleDate {
  return { ymd: { y, m, d }, style };
}

function pickStyle(rng: Rng): DateStyle {
  const r = rng.float();
  return r < 0.5 ? "excel" : r < 0.8 ? "text-day" : "text-month";
}

/** A start date `serviceMonths` months before the end (day after the end, minus months). */
function startFor(end: SampleDate | null, serviceMonths: number, style: DateStyle): SampleDate {
  const e = end ?? { ymd: PAYMENT_DATE, style: "excel" as const };
  const e1 = nextDay(
    e.style === "text-month" ? { y: e.ymd.y, m: e.ymd.m, d: lastDay(e.ymd.y, e.ymd.m) } : e.ymd
  );
  const s = addMonths(e1, -serviceMonths);
  return { ymd: { y: s.y, m: s.m, d: 1 }, style };
}

// ───────────────────────────── building the people ─────────────────────────────

export interface District {
  clean: SamplePerson[];
  mistakes: SamplePerson[];
}

const SEED = 20190118; // the day of the founding review meeting

/** The people behind the sheets (for the build script's summary and for tests). */
export function buildPeople(): District {
  const rng = new Rng(SEED);
  const names = new NameMaker(rng);
  const clean: SamplePerson[] = [];
  const base = (
    over: Partial<SamplePerson> &
      Pick<SamplePerson, "commune" | "hamlet" | "title" | "decision" | "kind">
  ): SamplePerson => {
    const { name, female } = names.make();
    return {
      name,
      female,
      birthYear: 1960 + rng.int(0, 30),
      titleWritten: over.title,
      concurrent: null,
      coef: null,
      concCoef: null,
      amount: null,
      amountAsText: false,
      start: null,
      end: null,
      round: null,
      note: null,
      coefAsText: false,
      ...over,
    };
  };
  const coefOf = (title: string): string =>
    (COMMUNE_TITLES.find((t) => t.name === title) ?? HAMLET_TITLES.find((t) => t.name === title))
      ?.coef ?? "1";
  const writtenCommune = (title: string): string => {
    const alts = COMMUNE_TITLE_SPELLINGS[title];
    return alts && rng.float() < 0.4 ? rng.pick(alts) : title;
  };
  const writtenHamlet = (title: string): string =>
    rng.pick(HAMLET_TITLES.find((t) => t.name === title)?.written ?? [title]);
  const keepStart = (p: SamplePerson): SampleDate => {
    const y = Math.max(p.birthYear + 20, 1995 + rng.int(0, 20));
    return date(Math.min(y, 2016), rng.int(1, 12), rng.pick([1, 1, 1, 15]), pickStyle(rng));
  };
  const leaverDates = (p: SamplePerson, level: "commune" | "hamlet"): void => {
    const end: SampleDate | null =
      level === "commune"
        ? rng.float() < 0.5
          ? null
          : date(2018, 12, 31, rng.float() < 0.5 ? "excel" : "text-day")
        : rng.pick([
            date(2018, 6, 30, "excel"),
            date(2018, 6, 30, "text-day"),
            date(2018, 3, 31, "excel"),
            date(2018, 12, 31, "excel"),
            date(2018, 12, 31, "text-day"),
            date(2018, 12, 1, "text-month"),
            date(2018, 10, 31, "excel"),
          ]);
    // Service of 2–20 years, in whole months; the end year bounds the birth year (age ≥ 20 at start).
    const serviceMonths = rng.int(24, 240);
    const style = pickStyle(rng);
    p.end = end;
    p.start = startFor(end, serviceMonths, style);
    if ((p.start as SampleDate).ymd.y - p.birthYear < 20)
      p.birthYear = (p.start as SampleDate).ymd.y - 20 - rng.int(0, 10);
    if (style !== "text-month" && rng.float() < 0.15) (p.start as SampleDate).ymd.d = 15;
  };

  for (const c of COMMUNES) {
    // ── commune level: 11 kept (4 of them with a concurrent title), 5 paid, 1 unpaid ──
    const titles = rng.shuffle(COMMUNE_TITLES.map((t) => t.name));
    const mains = titles.slice(0, 11);
    const concurrents = titles.slice(11, 15);
    const leaverTitles = [...titles.slice(15, 19), titles[11], titles[12]];
    const kept: SamplePerson[] = mains.map((t, i) => {
      const p = base({ commune: c.name, hamlet: null, title: t, decision: "", kind: "keep" });
      p.titleWritten = writtenCommune(t);
      p.coef = coefOf(t);
      p.coefAsText = rng.float() < 0.3;
      if (i < 4) {
        p.concurrent = concurrents[i];
        p.concCoef = coefOf(concurrents[i]);
        p.decision = rng.pick(["Bố trí kiêm nhiệm", "Tiếp tục bố trí, kiêm nhiệm"]);
      } else {
        p.decision = rng.pick(["Tiếp tục bố trí", "Bố trí", "Giữ nguyên"]);
      }
      p.start = keepStart(p);
      return p;
    });
    const leavers: SamplePerson[] = leaverTitles.map((t, i) => {
      const unpaid = i === 5;
      const p = base({
        commune: c.name,
        hamlet: null,
        title: t,
        decision: unpaid
          ? rng.pick(["Nghỉ hưu", "Chuyển công tác", "Không hưởng chế độ"])
          : rng.pick(["Thôi việc", "Nghỉ việc", "Dôi dư"]),
        kind: unpaid ? "leave-unpaid" : "leave-paid",
      });
      p.titleWritten = writtenCommune(t);
      p.coef = coefOf(t);
      if (!unpaid) {
        p.round = 1;
        // One paid leaver in two held a second title (its allowance paid 100 %, DOMAIN §3.1).
        if (i % 2 === 0) {
          const other = rng.pick(
            COMMUNE_TITLES.filter((x) => x.name !== t && !mains.includes(x.name))
          );
          p.concurrent = other.name;
          p.concCoef = other.coef;
        }
        leaverDates(p, "commune");
        p.note = rng.float() < 0.5 ? "Dôi dư do sắp xếp theo NQ 77/2017" : null;
      } else {
        p.start = keepStart(p);
        p.end = date(2018, rng.pick([3, 6, 9]), 30, "text-day");
        p.birthYear = Math.min(p.birthYear, 1962);
      }
      return p;
    });
    clean.push(...kept, ...leavers);

    // ── hamlets ──
    for (const h of c.hamlets) {
      if (c.name === MISTAKES_HAMLET.commune && h.name === MISTAKES_HAMLET.hamlet) continue;
      const isRoom = c.name === ROOM_HAMLET.commune && h.name === ROOM_HAMLET.hamlet;
      const hasNew = NEW_PERSON_HAMLETS.includes(h.name);
      const planSize = isRoom ? 5 : hasNew ? rng.int(4, 6) : rng.int(4, 6);
      const titleNames = isRoom
        ? HAMLET_TITLES.map((t) => t.name).filter((t) => t !== "Ấp đội trưởng")
        : rng.shuffle(HAMLET_TITLES.map((t) => t.name));
      const mainsH = titleNames.slice(0, planSize);
      const concH = titleNames.slice(planSize);
      const plan: SamplePerson[] = mainsH.map((t, i) => {
        const isNew = hasNew && i === planSize - 1;
        const p = base({
          commune: c.name,
          hamlet: h.name,
          title: t,
          decision: isNew ? "Bố trí mới" : "",
          kind: isNew ? "new" : "keep",
        });
        p.titleWritten = writtenHamlet(t);
        p.coef = coefOf(t);
        p.coefAsText = rng.float() < 0.3;
        if (isNew) {
          p.start = date(2018, rng.pick([7, 8, 9]), 1, "text-day");
          p.birthYear = 1985 + rng.int(0, 10);
          p.note = "Bố trí mới theo NQ 77/2017";
        } else {
          p.start = keepStart(p);
          if (i < concH.length) {
            p.concurrent = concH[i];
            p.concCoef = coefOf(concH[i]);
            p.decision = "Bố trí kiêm nhiệm";
          } else {
            p.decision = rng.pick(["Tiếp tục bố trí", "Bố trí", "Giữ nguyên"]);
          }
        }
        return p;
      });
      clean.push(...plan);
    }
  }

  // Hamlet paid leavers on the clean sheet: 85, spread over the 22 hamlets there (3–5 each).
  const cleanHamlets = COMMUNES.flatMap((c) =>
    c.hamlets.map((h) => ({ commune: c.name, hamlet: h.name }))
  ).filter((u) => !(u.commune === MISTAKES_HAMLET.commune && u.hamlet === MISTAKES_HAMLET.hamlet));
  const counts = cleanHamlets.map(() => 3);
  for (let extra = 85 - counts.reduce((a, b) => a + b, 0); extra > 0;) {
    const i = rng.int(0, counts.length - 1);
    if (counts[i] < 5) {
      counts[i]++;
      extra--;
    }
  }
  const hamletLeaver = (commune: string, hamlet: string): SamplePerson => {
    const t = rng.pick(HAMLET_LEAVER_TITLES);
    const p = base({
      commune,
      hamlet,
      title: t,
      decision: rng.pick(["Thôi việc", "Nghỉ việc", "Dôi dư", "Thôi việc"]),
      kind: "leave-paid",
    });
    p.titleWritten = writtenHamlet(t);
    p.coef = coefOf(t);
    p.coefAsText = rng.float() < 0.25;
    p.round = 1;
    if (rng.float() < 0.12) {
      const other = rng.pick(HAMLET_TITLES.filter((x) => x.name !== t));
      p.concurrent = other.name;
      p.concCoef = other.coef;
    }
    leaverDates(p, "hamlet");
    return p;
  };
  cleanHamlets.forEach((u, i) => {
    const leavers = Array.from({ length: counts[i] }, () => hamletLeaver(u.commune, u.hamlet));
    // Insert the leavers after the plan rows of their hamlet.
    let at = -1;
    clean.forEach((p, j) => {
      if (p.commune === u.commune && p.hamlet === u.hamlet) at = j;
    });
    clean.splice(at + 1, 0, ...leavers);
  });

  // A few allowances are written as amounts (they match coefficient × base salary) and a few
  // coefficients carry three decimals (a kept-on rate), as real rosters do.
  const paid = clean.filter((p) => p.kind === "leave-paid");
  paid.forEach((p, i) => {
    if (i % 17 === 5 && p.concurrent === null) {
      p.amount = roundDong(new Dec(p.coef ?? "1").times(baseSalaryOn(p.end)));
      p.amountAsText = i % 2 === 0;
    } else if (i % 23 === 7) {
      p.coef = new Dec(p.coef ?? "1").plus("0.125").toString();
      p.coefAsText = false;
    }
  });

  const mistakes = buildMistakes(rng, names, base, coefOf);
  closeTheGap(rng, clean, mistakes);
  return { clean, mistakes };
}

type Base = (
  over: Partial<SamplePerson> &
    Pick<SamplePerson, "commune" | "hamlet" | "title" | "decision" | "kind">
) => SamplePerson;

/**
 * The mistakes sheet (rows in this order; the intended findings are listed with the sheet in
 * test/cli/sample.test.ts): ấp Mẹt Lung of Vĩnh Phú with seven people kept where six are allowed,
 * a misspelt title, an impossible date, a paid leaver re-appointed to his old title, an unknown
 * and a missing decision; and a person kept in two communes.
 */
function buildMistakes(
  rng: Rng,
  names: NameMaker,
  base: Base,
  coefOf: (t: string) => string
): SamplePerson[] {
  const { commune, hamlet } = MISTAKES_HAMLET;
  const keep = (title: string, written: string, decision = "Tiếp tục bố trí"): SamplePerson => {
    const p = base({ commune, hamlet, title, decision, kind: "keep" });
    p.titleWritten = written;
    p.coef = coefOf(title);
    p.start = date(2000 + rng.int(0, 15), rng.int(1, 12), 1, "text-day");
    p.birthYear = Math.min(p.birthYear, (p.start as SampleDate).ymd.y - 20);
    return p;
  };
  const rows: SamplePerson[] = [];
  rows.push(keep("Bí thư Chi bộ", "Bí thư Chi bộ"));
  const badDate = keep("Trưởng ấp", "Trưởng ấp");
  badDate.start = "31/04/2015"; // April has 30 days
  rows.push(badDate);
  const reappointed = keep("Phó Trưởng ấp", "Phó Trưởng ấp", "Bố trí lại");
  rows.push(reappointed);
  const misspelt = keep("Công an viên", "Côn an viên");
  rows.push(misspelt);
  rows.push(keep("Trưởng ban Công tác Mặt trận", "Trưởng BCTMT"));
  const twice = keep("Ấp đội trưởng", "Ấp đội trưởng");
  rows.push(twice);
  rows.push(keep("Công an viên", "Công an viên")); // the seventh kept person: over the cap of 6
  // Paid leavers of the hamlet (three of the 88): the first is the one re-appointed above.
  const paidAgain: SamplePerson = {
    ...reappointed,
    decision: "Thôi việc",
    kind: "leave-paid",
    round: 1,
    coef: "0.8",
    note: null,
  };
  paidAgain.start = date(2006, 5, 1, "text-day");
  paidAgain.end = date(2018, 6, 30, "text-day");
  reappointed.start = date(2018, 9, 1, "text-day");
  reappointed.note = "Bố trí lại sau khi đã nhận trợ cấp";
  rows.push(paidAgain);
  for (const t of ["Công an viên", "Phó Trưởng ấp"]) {
    const p = base({ commune, hamlet, title: t, decision: "Thôi việc", kind: "leave-paid" });
    p.coef = coefOf(t);
    p.round = 1;
    p.end = date(2018, 6, 30, "text-day");
    p.start = startFor(p.end, rng.int(36, 180), "text-day");
    p.birthYear = Math.min(p.birthYear, (p.start as SampleDate).ymd.y - 20);
    rows.push(p);
  }
  const unknownDecision = keep("Công an viên", "Công an viên", "Chờ ý kiến huyện");
  unknownDecision.kind = "none";
  rows.push(unknownDecision);
  const noDecision = keep("Phó Trưởng ấp", "Phó Trưởng ấp", "");
  noDecision.kind = "none";
  rows.push(noDecision);
  // The person of row "twice" again, kept in another commune's hamlet that has room.
  rows.push({
    ...twice,
    commune: ROOM_HAMLET.commune,
    hamlet: ROOM_HAMLET.hamlet,
    note: "Đang bố trí ở ấp Mẹt Lung, xã Vĩnh Phú",
  });
  void names;
  return rows;
}

/**
 * Make the total exactly the founding amount (see the file comment). Two clean-sheet hamlet
 * leavers are the adjusters: X (coefficient 1, no concurrent title, leaving 31/12/2018) takes the
 * years that bring the rest into a normal monthly allowance; Z (allowance written as an amount,
 * 12 months of service) takes that rest.
 */
function closeTheGap(rng: Rng, clean: SamplePerson[], mistakes: SamplePerson[]): void {
  const paid = [...clean, ...mistakes].filter((p) => p.kind === "leave-paid");
  const hamletPaid = clean.filter((p) => p.kind === "leave-paid" && p.hamlet !== null);
  const x = hamletPaid[hamletPaid.length - 7];
  const z = hamletPaid[hamletPaid.length - 2];
  for (const p of [x, z]) {
    p.concurrent = null;
    p.concCoef = null;
    p.end = date(2018, 12, 31, "excel");
  }
  x.title = "Trưởng ban Công tác Mặt trận";
  x.titleWritten = "Trưởng ban Công tác Mặt trận";
  x.coef = "0.7";
  x.amount = null;
  z.title = "Phó Trưởng ấp";
  z.titleWritten = "Phó Trưởng ấp";
  z.coef = null;
  z.start = date(2018, 1, 1, "text-day");
  z.note = "Phụ cấp theo quyết định của UBND xã";
  const others = paid.filter((p) => p !== x && p !== z);
  const sumOthers = (): number => others.reduce((s, p) => s + severanceOf(p).amount, 0);
  const target = SAMPLE_TARGET.amount;
  // Bring the rest into reach of X's years (1–25) by lengthening or shortening service a year at a time.
  let rest = target - sumOthers();
  let turn = 0;
  while (rest < 12_000_000 || rest > 20_000_000) {
    const p = others[turn % others.length];
    turn++;
    const s = p.start as SampleDate;
    const months = monthsBetween(s, p.end);
    if (rest > 20_000_000 && months + 12 <= 25 * 12) s.ymd.y -= 1;
    else if (rest < 12_000_000 && months - 12 >= 24) s.ymd.y += 1;
    else continue;
    if (s.ymd.y - p.birthYear < 20) p.birthYear = s.ymd.y - 20;
    rest = target - sumOthers();
    if (turn > 10_000) throw new Error("sample: cannot reach the founding amount");
  }
  // X: 0,7 × 1.390.000 = 973.000 a month; pick the years that leave Z a monthly amount in 1,0–1,7 million.
  for (let halfYears = 2; halfYears <= 50; halfYears++) {
    const months = halfYears % 2 === 0 ? (halfYears / 2) * 12 : ((halfYears - 1) / 2) * 12 + 4;
    x.start = startFor(x.end, months, "excel");
    if (x.start.ymd.y - x.birthYear < 20) x.birthYear = x.start.ymd.y - 20 - rng.int(0, 5);
    const zAmount = rest - severanceOf(x).amount;
    if (zAmount >= 1_000_000 && zAmount <= 1_700_000) {
      z.amount = zAmount;
      z.amountAsText = false;
      break;
    }
  }
  if (z.amount === null) throw new Error("sample: no length of service closes the gap");
  const total = paid.reduce((s, p) => s + severanceOf(p).amount, 0);
  if (total !== target) throw new Error(`sample: total ${total} ≠ ${target}`);
}

// ───────────────────────────── sheets ─────────────────────────────

function serial(d: Ymd): number {
  return ymdToExcelSerial(d.y, d.m, d.d);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

function dateCell(d: SampleDate | string | null): CellValue {
  if (d === null) return null;
  if (typeof d === "string") return d;
  switch (d.style) {
    case "excel":
      return serial(d.ymd);
    case "text-day":
      return `${pad2(d.ymd.d)}/${pad2(d.ymd.m)}/${d.ymd.y}`;
    case "text-month":
      return `${pad2(d.ymd.m)}/${d.ymd.y}`;
  }
}

/** "1.5" → 1.5 as a number, or "1,5" as text as some clerks type it. */
function coefCell(coef: string | null, asText: boolean): CellValue {
  if (coef === null) return null;
  return asText ? coef.replace(".", ",") : Number(coef);
}

function amountCell(amount: number | null, asText: boolean): CellValue {
  if (amount === null) return null;
  return asText ? amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".") : amount;
}

function upperVi(s: string): string {
  return s.normalize("NFC").toLocaleUpperCase("vi-VN");
}

const ROSTER_COLUMNS = 16;

function rosterSheet(people: SamplePerson[]): SampleSheet {
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  const sectionRows: number[] = [];
  const blank = (): CellValue[] => new Array<CellValue>(ROSTER_COLUMNS).fill(null);
  const line = (text: string): void => {
    const r = blank();
    r[0] = text;
    rows.push(r);
    merges.push({ top: rows.length, left: 1, bottom: rows.length, right: ROSTER_COLUMNS });
  };
  line("ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH");
  line("DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH Ở XÃ, ẤP SAU SẮP XẾP");
  line("(Theo Nghị quyết số 77/2017/NQ-HĐND ngày 20/7/2017 của HĐND tỉnh Kiên Giang)");
  rows.push(blank());
  const h1: CellValue[] = [
    "STT",
    "Họ và tên",
    "Năm sinh",
    null,
    "Xã",
    "Ấp/khu phố",
    "Chức danh",
    "Kiêm nhiệm",
    "Hệ số phụ cấp",
    "Hệ số kiêm nhiệm",
    "Mức phụ cấp hiện hưởng (đồng)",
    "Thời gian công tác",
    null,
    "Phương án",
    "Đợt chi trả",
    "Ghi chú",
  ];
  const h2: CellValue[] = [
    null,
    null,
    "Nam",
    "Nữ",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    "Từ",
    "Đến",
    null,
    null,
    null,
  ];
  rows.push(h1, h2);
  const top = rows.length - 1;
  for (let c = 1; c <= ROSTER_COLUMNS; c++) {
    if (c === 3) merges.push({ top, left: 3, bottom: top, right: 4 });
    else if (c === 12) merges.push({ top, left: 12, bottom: top, right: 13 });
    else if (c !== 4 && c !== 13) merges.push({ top, left: c, bottom: top + 1, right: c });
  }
  rows.push(Array.from({ length: ROSTER_COLUMNS }, (_, i) => `(${i + 1})`));
  const section = (text: string): void => {
    line(text);
    sectionRows.push(rows.length);
  };
  let communeNo = 0;
  for (const c of COMMUNES) {
    communeNo++;
    const inCommune = people.filter((p) => p.commune === c.name);
    if (inCommune.length === 0) continue;
    section(`${"ABCDE"[communeNo - 1]}. XÃ ${upperVi(c.name)}`);
    let seq = 0;
    const personRow = (p: SamplePerson): void => {
      seq++;
      rows.push([
        seq,
        p.name,
        p.female ? null : p.birthYear,
        p.female ? p.birthYear : null,
        p.commune,
        p.hamlet,
        p.titleWritten,
        p.concurrent,
        coefCell(p.coef, p.coefAsText),
        coefCell(p.concCoef, false),
        amountCell(p.amount, p.amountAsText),
        dateCell(p.start),
        dateCell(p.end),
        p.decision === "" ? null : p.decision,
        p.round,
        p.note,
      ]);
    };
    section("I. CẤP XÃ");
    inCommune.filter((p) => p.hamlet === null).forEach(personRow);
    section("II. ẤP, KHU PHỐ");
    let hamletNo = 0;
    for (const h of c.hamlets) {
      const inHamlet = inCommune.filter((p) => p.hamlet === h.name);
      if (inHamlet.length === 0) continue;
      hamletNo++;
      section(`${hamletNo}. Ấp ${h.name}`);
      inHamlet.forEach(personRow);
    }
  }
  const total = blank();
  total[0] = "Tổng cộng";
  rows.push(total);
  merges.push({ top: rows.length, left: 1, bottom: rows.length, right: 2 });
  sectionRows.push(rows.length);
  return {
    name: SAMPLE_SHEETS.roster,
    rows,
    merges,
    columnWidths: [5, 24, 7, 7, 14, 12, 30, 26, 8, 9, 14, 11, 11, 20, 7, 28],
    headerRows: [top, top + 1],
    titleRows: [1, 2, 3],
    numberFormats: { 9: "0.0##", 10: "0.0##", 11: "#,##0", 12: "dd/mm/yyyy", 13: "dd/mm/yyyy" },
    sectionRows,
  };
}

function mistakesSheet(people: SamplePerson[]): SampleSheet {
  const header: CellValue[] = [
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Giới tính",
    "Xã",
    "Ấp",
    "Chức danh",
    "Kiêm nhiệm",
    "Hệ số",
    "Từ ngày",
    "Đến ngày",
    "Phương án",
    "Đợt",
    "Ghi chú",
  ];
  const width = header.length;
  const rows: CellValue[][] = [];
  const title = (text: string): void => {
    const r = new Array<CellValue>(width).fill(null);
    r[0] = text;
    rows.push(r);
  };
  title("DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH Ở ẤP (BẢN XÃ GỬI LẠI, CÒN SAI SÓT)");
  title("Xã Vĩnh Phú — ấp Mẹt Lung, và một trường hợp ở xã Vĩnh Điều");
  rows.push(new Array<CellValue>(width).fill(null));
  rows.push(header);
  people.forEach((p, i) => {
    rows.push([
      i + 1,
      p.name,
      p.birthYear,
      p.female ? "Nữ" : "Nam",
      p.commune,
      p.hamlet,
      p.titleWritten,
      p.concurrent,
      coefCell(p.coef, true),
      dateCell(p.start),
      dateCell(p.end),
      p.decision === "" ? null : p.decision,
      p.round,
      p.note,
    ]);
  });
  return {
    name: SAMPLE_SHEETS.mistakes,
    rows,
    merges: [
      { top: 1, left: 1, bottom: 1, right: width },
      { top: 2, left: 1, bottom: 2, right: width },
    ],
    columnWidths: [5, 24, 9, 9, 12, 12, 28, 20, 8, 12, 12, 20, 6, 34],
    headerRows: [4],
    titleRows: [1, 2],
    numberFormats: { 10: "dd/mm/yyyy", 11: "dd/mm/yyyy" },
  };
}

function registerSheet(): SampleSheet {
  const rows: CellValue[][] = [
    ["STT", "Xã", "Loại", "Ấp/khu phố", "Số hộ", "Biên giới", "Ghi chú"],
  ];
  let n = 0;
  for (const c of COMMUNES) {
    n++;
    rows.push([
      n,
      c.name,
      `Loại ${c.communeClass}`,
      null,
      c.households,
      c.border ? "x" : null,
      c.note ?? null,
    ]);
    for (const h of c.hamlets)
      rows.push([null, c.name, null, h.name, h.households, c.border ? "x" : null, null]);
  }
  return {
    name: SAMPLE_SHEETS.register,
    rows,
    merges: [],
    columnWidths: [5, 18, 8, 16, 8, 10, 22],
    headerRows: [1],
  };
}

function infoSheet(): SampleSheet {
  const rows: CellValue[][] = [
    ["Tỉnh", "Kiên Giang"],
    ["Huyện", "Giang Thành"],
    ["Cơ quan", "PHÒNG NỘI VỤ"],
    ["Địa danh", "Giang Thành"],
    ["Ngày lập", serial({ y: 2019, m: 3, d: 5 })],
    ["Ngày chi trả", serial(PAYMENT_DATE)],
    ["Người lập biểu", "Trần Thị Mỹ Duyên"],
    ["Trưởng phòng", "Lâm Quốc Thái"],
    ["Người ký", "Danh Minh Tuấn"],
    ["Chức vụ người ký", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"],
  ];
  return {
    name: SAMPLE_SHEETS.info,
    rows,
    merges: [],
    columnWidths: [20, 36],
    headerRows: [],
    numberFormats: { 2: "dd/mm/yyyy" },
  };
}

let cached: SampleSheet[] | null = null;

/** The sample workbook's sheets, in order. Deterministic; built once per process. */
export function buildSampleDistrict(): SampleSheet[] {
  if (!cached) {
    const { clean, mistakes } = buildPeople();
    cached = [registerSheet(), infoSheet(), rosterSheet(clean), mistakesSheet(mistakes)];
  }
  // Callers get their own copy: a sheet spec is mutable data.
  return cached.map((s) => ({
    ...s,
    rows: s.rows.map((r) => [...r]),
    merges: s.merges.map((m) => ({ ...m })),
  }));
}
