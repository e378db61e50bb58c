/**
 * Synthetic district rosters of any size, shared by the benchmark (bench/run.ts) and the tests.
 * Seeded and deterministic: the same (rows, communes, seed) gives the same grids.
 *
 * The data is shaped like the founding case (DOMAIN §1, §9) so it exercises the whole pipeline
 * rather than an empty fast path: per commune 11 kept commune-level people (two of them with a
 * concurrent title), 5 paid and 1 unpaid leaver; per hamlet 4 kept people and 2 paid leavers
 * (sometimes an unpaid one or a newcomer). About 1 % of rows carry the mistakes clerks make (a
 * misspelt title, a bad date, a missing coefficient, an extra person over a hamlet's cap), so the
 * checks have findings to produce.
 *
 * Pure data, no ExcelJS: the browser test's office.js stand-in imports from here, and ExcelJS must
 * not be bundled into it. Writing grids as .xlsx is in ./synthetic-xlsx.ts.
 */
import type { CellValue, Grid } from "../src/engine/types";

// ───────────────────────────── vocabulary ─────────────────────────────

/** Commune-level titles of kien-giang-nq77-2017 (DOMAIN §3.1), in the preset's words. */
export const COMMUNE_TITLES = [
  "Phó Chỉ huy trưởng Quân sự",
  "Phó Trưởng Công an",
  "Văn phòng Đảng ủy",
  "Trưởng ban Tổ chức Đảng ủy",
  "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy",
  "Trưởng ban Tuyên giáo Đảng ủy",
  "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc",
  "Phó Bí thư Đoàn Thanh niên",
  "Phó Chủ tịch Hội Liên hiệp Phụ nữ",
  "Phó Chủ tịch Hội Nông dân",
  "Phó Chủ tịch Hội Cựu chiến binh",
  "Chủ tịch Hội Người cao tuổi",
  "Chủ tịch Hội Chữ thập đỏ",
  "Văn thư - Lưu trữ",
  "Thủ quỹ",
  "Phụ trách Đài truyền thanh",
  "Quản lý Nhà văn hóa",
  "Thú y",
  "Khuyến nông",
] as const;

/** Hamlet-level titles of kien-giang-nq77-2017. */
export const HAMLET_TITLES = [
  "Bí thư Chi bộ",
  "Trưởng ấp",
  "Phó Trưởng ấp",
  "Trưởng ban Công tác Mặt trận",
  "Công an viên",
  "Ấp đội trưởng",
] as const;

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Huỳnh",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lâm",
  "Danh",
  "Thạch",
  "Chau",
  "Kiên",
  "Sơn",
  "Tô",
  "Lý",
];
const MIDDLE_MALE = ["Văn", "Hữu", "Minh", "Thanh", "Quốc", "Công", "Đức", "Hoàng"];
const MIDDLE_FEMALE = ["Thị", "Ngọc", "Thu", "Kim", "Thanh", "Mỹ", "Bích", "Hồng"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Đông",
  "Giàu",
  "Hải",
  "Hạnh",
  "Hiếu",
  "Hòa",
  "Hùng",
  "Khánh",
  "Lan",
  "Lộc",
  "Mai",
  "Nam",
  "Nga",
  "Nhân",
  "Oanh",
  "Phúc",
  "Phương",
  "Quang",
  "Sang",
  "Sóc",
  "Sơn",
  "Tài",
  "Tâm",
  "Thảo",
  "Thành",
  "Thủy",
  "Tiến",
  "Trang",
  "Trí",
  "Trung",
  "Tuấn",
  "Vân",
  "Việt",
  "Vinh",
  "Xuân",
  "Yến",
  "Sa Rươne",
  "Kha",
  "Thol",
  "Sà Ly",
];

const PLACE_A = [
  "Phú",
  "Vĩnh",
  "Tân",
  "Bình",
  "Hòa",
  "Mỹ",
  "Thạnh",
  "Long",
  "An",
  "Phước",
  "Thuận",
  "Đông",
  "Tây",
  "Nam",
  "Bắc",
];
const PLACE_B = [
  "Mỹ",
  "Lợi",
  "Điều",
  "Phú",
  "Khánh",
  "Hưng",
  "Thạnh",
  "An",
  "Hòa",
  "Lộc",
  "Điền",
  "Giang",
  "Thành",
  "Quới",
  "Trung",
  "Tiến",
];
const HAMLET_NAMES = [
  "Tràm Trổi",
  "Khánh Hòa",
  "Cây Gáo",
  "Rạch Dứa",
  "Mương Kinh",
  "Tà Êm",
  "Ba Núi",
  "Đồng Cơ",
  "Nha Sáp",
  "Trần Thệ",
  "Cỏ Quen",
  "Kinh Mới",
  "Vàm Hàng",
  "Tân Lợi",
  "Mẹt Lung",
  "Cả Mau",
];

export const ROSTER_HEADER = [
  "STT",
  "Họ và tên",
  "Năm sinh",
  "Xã",
  "Ấp",
  "Chức danh",
  "Kiêm nhiệm",
  "Hệ số",
  "Mức phụ cấp",
  "Từ ngày",
  "Đến ngày",
  "Phương án",
  "Ghi chú",
] as const;

// ───────────────────────────── seeded randomness ─────────────────────────────

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Excel serial of a calendar date (1900 system, counting Excel's phantom 29/02/1900). */
export function excelSerial(y: number, m: number, d: number): number {
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 31)) / 86_400_000);
  return days >= 60 ? days + 1 : days;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Unique commune names: two syllables, then a number once the pairs run out. */
export function communeName(i: number): string {
  const pairs = PLACE_A.length * PLACE_B.length;
  const base = `${PLACE_A[i % PLACE_A.length]} ${PLACE_B[Math.floor(i / PLACE_A.length) % PLACE_B.length]}`;
  return i < pairs ? base : `${base} ${Math.floor(i / pairs) + 1}`;
}

function hamletName(i: number): string {
  const base = `Ấp ${HAMLET_NAMES[i % HAMLET_NAMES.length]}`;
  return i < HAMLET_NAMES.length ? base : `${base} ${Math.floor(i / HAMLET_NAMES.length) + 1}`;
}

/**
 * Person number → (name, birth year, gender), a bijection over 20 × 8 × 44 names × 41 years
 * (577 280 identities), so duplicates appear only where a mistake is injected on purpose.
 */
const IDENTITIES = 2 * FAMILY.length * MIDDLE_MALE.length * GIVEN.length * 41;

function identity(seq: number): { name: string; birth: number; female: boolean } {
  // 7919 is prime and shares no factor with IDENTITIES (2^8·5·11·41), so this is a permutation:
  // neighbours in the roster get unrelated names and years.
  const n = (seq * 7919) % IDENTITIES;
  const female = n % 2 === 1;
  let k = Math.floor(n / 2);
  const fam = FAMILY[k % FAMILY.length];
  k = Math.floor(k / FAMILY.length);
  const mid = (female ? MIDDLE_FEMALE : MIDDLE_MALE)[k % MIDDLE_MALE.length];
  k = Math.floor(k / MIDDLE_MALE.length);
  const given = GIVEN[k % GIVEN.length];
  k = Math.floor(k / GIVEN.length);
  return { name: `${fam} ${mid} ${given}`, birth: 1960 + (k % 41), female };
}

// ───────────────────────────── the roster ─────────────────────────────

export interface SyntheticOptions {
  /** "single": one "Danh sách" sheet with a commune column (default); "per-commune": one sheet per commune. */
  layout?: "single" | "per-commune";
  /** Share of rows given a deliberate mistake (default 0.01). */
  mistakeRate?: number;
  /** Index of the first commune's name (communeName): a province's commune files each start further on. */
  firstCommune?: number;
  /** Number of the first person's identity: files that must share nobody start far apart. */
  firstPerson?: number;
}

interface PersonRow {
  commune: string;
  hamlet: string | null;
  title: string;
  concurrent: string | null;
  decision: string;
  leaver: boolean;
}

/** The rows of one commune, about `target` of them, before names and dates are filled in. */
function communeRows(
  commune: string,
  target: number,
  hamletOffset: number,
  r: () => number
): { rows: PersonRow[]; hamlets: string[] } {
  const rows: PersonRow[] = [];
  const titles = [...COMMUNE_TITLES];
  // 11 kept (two of them with a concurrent title), 5 paid leavers, 1 unpaid: 17 before, 11 after.
  for (let i = 0; i < 11; i++) {
    const concurrent = i < 2 ? titles[11 + i] : null;
    rows.push({
      commune,
      hamlet: null,
      title: titles[i],
      concurrent,
      decision: i % 3 === 0 ? "Tiếp tục bố trí" : "Bố trí",
      leaver: false,
    });
  }
  for (let i = 0; i < 5; i++)
    rows.push({
      commune,
      hamlet: null,
      title: titles[13 + i],
      concurrent: null,
      decision: "Thôi việc",
      leaver: true,
    });
  rows.push({
    commune,
    hamlet: null,
    title: titles[18],
    concurrent: null,
    decision: "Nghỉ hưu",
    leaver: true,
  });

  const hamlets: string[] = [];
  let h = 0;
  while (rows.length < target) {
    const hamlet = hamletName(hamletOffset + h++);
    hamlets.push(hamlet);
    // Kept: Bí thư Chi bộ, Trưởng ấp, Trưởng ban Công tác Mặt trận, Công an viên; leaving: the two abolished posts.
    for (const t of [0, 1, 3, 4])
      rows.push({
        commune,
        hamlet,
        title: HAMLET_TITLES[t],
        concurrent: null,
        decision: "Bố trí",
        leaver: false,
      });
    rows.push({
      commune,
      hamlet,
      title: HAMLET_TITLES[2],
      concurrent: null,
      decision: "Dôi dư",
      leaver: true,
    });
    rows.push({
      commune,
      hamlet,
      title: HAMLET_TITLES[5],
      concurrent: null,
      decision: "Nghỉ việc",
      leaver: true,
    });
    const extra = r();
    if (extra < 0.15)
      rows.push({
        commune,
        hamlet,
        title: HAMLET_TITLES[5],
        concurrent: null,
        decision: "Chuyển công tác",
        leaver: true,
      });
    else if (extra < 0.25)
      rows.push({
        commune,
        hamlet,
        title: HAMLET_TITLES[5],
        concurrent: null,
        decision: "Bố trí mới",
        leaver: false,
      });
  }
  return { rows: rows.slice(0, Math.max(target, 17)), hamlets };
}

const COEFFICIENTS = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.14, 1.2, 1.3, 1.5];
const END_DATES = ["31/12/2018", "31/01/2019", "28/02/2019", "30/06/2019", "15/11/2018"];

/**
 * A district of `communes` communes with about `rows` person rows in all, plus a unit register
 * ("Đơn vị") and a general information sheet ("Thông tin"). Grids come first as rosters, then the
 * register, then the information, as a clerk's workbook usually is.
 */
export function makeSyntheticRoster(
  rows: number,
  communes: number,
  seed: number,
  options: SyntheticOptions = {}
): Grid[] {
  const r = rng(seed);
  const layout = options.layout ?? "single";
  const mistakeRate = options.mistakeRate ?? 0.01;
  const perCommune = Math.max(17, Math.round(rows / Math.max(1, communes)));

  const registerRows: CellValue[][] = [["Xã", "Loại", "Ấp/khu phố", "Số hộ", "Biên giới"]];
  const sheets: { name: string; people: CellValue[][] }[] = [];
  const drawn = Math.floor(r() * 1000);
  let person = options.firstPerson ?? drawn;
  let hamletOffset = 0;
  let total = 0;

  for (let c = 0; c < communes && total < rows; c++) {
    const commune = communeName(c + (options.firstCommune ?? 0));
    const target = Math.min(perCommune, rows - total);
    const { rows: plan, hamlets } = communeRows(commune, target, hamletOffset, r);
    hamletOffset += hamlets.length;
    total += plan.length;
    registerRows.push([commune, 1 + (c % 3), null, null, c % 4 === 0 ? "x" : null]);
    for (const hamlet of hamlets)
      registerRows.push([commune, null, hamlet, 150 + Math.floor(r() * 300), null]);

    const people: CellValue[][] = plan.map((p, i) => {
      const id = identity(person++);
      // Before 2017 so that every start precedes the earliest leaving date (15/11/2018); at 16 or older.
      const startYear = Math.min(2016, Math.max(id.birth + 18, 1994 + Math.floor(r() * 22)));
      const startMonth = 1 + Math.floor(r() * 12);
      const startDay = 1 + Math.floor(r() * 28);
      const coefficient = COEFFICIENTS[Math.floor(r() * COEFFICIENTS.length)];
      let title: string = p.title;
      let start: CellValue =
        r() < 0.7
          ? excelSerial(startYear, startMonth, startDay)
          : `${pad2(startDay)}/${pad2(startMonth)}/${startYear}`;
      let coef: CellValue = p.leaver ? coefficient : r() < 0.5 ? coefficient : null;
      if (r() < mistakeRate) {
        // One deliberate mistake per unlucky row, of the kinds the sample's "mistakes" sheet shows.
        const kind = Math.floor(r() * 4);
        if (kind === 0) title = title.replace(/a/u, "â");
        else if (kind === 1) start = `30/02/${startYear}`;
        else if (kind === 2) coef = p.leaver ? null : coef;
        else title = p.hamlet ? HAMLET_TITLES[1] : title;
      }
      return [
        i + 1,
        id.name,
        id.birth,
        p.commune,
        p.hamlet,
        title,
        p.concurrent,
        coef,
        null,
        start,
        p.leaver ? END_DATES[Math.floor(r() * END_DATES.length)] : null,
        p.decision,
        null,
      ];
    });
    sheets.push({ name: commune, people });
  }

  const grids: Grid[] = [];
  const title = (what: string): CellValue[] => [
    `DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH ${what}`,
  ];
  if (layout === "single") {
    const cells: CellValue[][] = [title("HUYỆN GIANG THÀNH"), [], [...ROSTER_HEADER]];
    let n = 0;
    for (const s of sheets)
      for (const row of s.people) {
        const copy = row.slice();
        copy[0] = ++n;
        cells.push(copy);
      }
    grids.push({ sheet: "Danh sách", firstRow: 1, firstCol: 1, cells });
  } else {
    for (const s of sheets) {
      grids.push({
        sheet: s.name,
        firstRow: 1,
        firstCol: 1,
        cells: [title(`XÃ ${s.name.toUpperCase()}`), [], [...ROSTER_HEADER], ...s.people],
      });
    }
  }
  grids.push({ sheet: "Đơn vị", firstRow: 1, firstCol: 1, cells: registerRows });
  grids.push({
    sheet: "Thông tin",
    firstRow: 1,
    firstCol: 1,
    cells: [
      ["Tỉnh", "Kiên Giang"],
      ["Huyện", "Giang Thành"],
      ["Cơ quan", "PHÒNG NỘI VỤ"],
      ["Địa danh", "Giang Thành"],
      ["Ngày lập", "15/01/2019"],
      ["Ngày chi trả", "15/01/2019"],
      ["Người lập biểu", "Trần Thị Mai"],
      ["Trưởng phòng", "Lê Văn Hùng"],
      ["Người ký", "Nguyễn Văn Phúc"],
      ["Chức vụ người ký", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"],
    ],
  });
  return grids;
}

/** Number of person rows in synthetic grids (rows under the header of every roster sheet). */
export function countPersonRows(grids: Grid[]): number {
  return grids
    .filter((g) => g.sheet !== "Đơn vị" && g.sheet !== "Thông tin")
    .reduce((n, g) => n + g.cells.length - 3, 0);
}
