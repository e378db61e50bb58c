import type { CellRange, CellValue } from "../types";
import { mulberry32, type SampleSheet } from "./giang-thanh";

/**
 * The second sample (CONTRACT §2 `demo --sample thon-2026`, DOMAIN §10): xã Vĩnh Điều, tỉnh An
 * Giang, in August 2026. The commune's People's Council merges its 21 ấp into 18 (three pairs
 * become three new ấp) and the surplus people are paid under Điều 10 of Nghị định 154/2025/NĐ-CP
 * (preset nd154-2025-thon, named on the Thông tin sheet). Synthetic, seeded: every name is made up.
 *
 * ── How the figures come out (worked by hand in docs/samples/thon-2026.md) ──
 * 15 ấp stay as they are: 36 people, all kept, and 2 newly arranged ("Bố trí mới").
 * Ấp Giồng Kè + Ấp Kinh Làng → Ấp Hòa Thuận and Ấp Tân Điền + Ấp Đầm Chít → Ấp Tân Hòa: 6 people
 * each before, 3 kept each, 3 leavers each (sheet "Danh sách").
 * Ấp Vĩnh Thạnh + Ấp Láng Cát → Ấp Vĩnh Phước: 6 before, 4 kept (one over the cap of 3), 2 leavers
 * (sheet "Danh sách (có lỗi)", with every planted mistake).
 * Before 36 + 6 + 6 + 6 = 54; after 36 + 2 + 3 + 3 + 4 = 48; 8 leavers, 6 of them computable.
 */

export const THON_2026_SHEETS = {
  register: "Đơn vị",
  info: "Thông tin",
  roster: "Danh sách",
  mistakes: "Danh sách (có lỗi)",
} as const;

export const THON_2026_COMMUNE = "Vĩnh Điều";
/** The date of the HĐND xã's merger decision: the leaving date of most leavers. */
export const THON_2026_DECISION_DATE = "2026-08-15";
export const THON_2026_DOCUMENT_DATE = "2026-08-20";

const SEED = 20260815; // the merger decision's date

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Dương", "Lâm"];
const KHMER_FAMILY = ["Danh", "Thạch", "Sơn", "Chau", "Kim"];
const MALE = ["Văn Tâm", "Minh Trí", "Hữu Phước", "Quốc Bảo", "Thanh Sang", "Văn Lộc", "Công Danh"];
const FEMALE = ["Thị Hạnh", "Thị Thu", "Ngọc Hân", "Thị Mai", "Kim Yến", "Thị Bé", "Mỹ Linh"];
const KHMER_MALE = ["Sóc", "Rươl", "Phal", "Sa Rinh", "Khương"];
const KHMER_FEMALE = ["Thị Sa Ry", "Thị Sô Phi", "Thị Chanh Đa", "Thị Nàng"];

const TITLES = ["Bí thư Chi bộ", "Trưởng ấp", "Trưởng ban Công tác Mặt trận"];

/** The 15 ấp that stay, with the number of people each has (3 or 2). */
const STAYING: [string, number, number][] = [
  // name, people, households
  ["Ấp Kinh Mới", 3, 280],
  ["Ấp Cỏ Quen", 2, 190],
  ["Ấp Đồng Cơ", 3, 310],
  ["Ấp Tà Teng", 2, 170],
  ["Ấp Rạch Núi", 3, 260],
  ["Ấp Bờ Đập", 2, 150],
  ["Ấp Cây Gáo", 3, 240],
  ["Ấp Vàm Hàng", 2, 205],
  ["Ấp Tràm Trổi", 3, 330],
  ["Ấp Mẹt Lung", 2, 160],
  ["Ấp Ngã Tư", 3, 295],
  ["Ấp Nha Sáp", 2, 180],
  ["Ấp Kinh Tắc", 2, 175],
  ["Ấp Xà Xía", 2, 140],
  ["Ấp Rạch Dừa", 2, 165],
];

/** The three mergers: two old ấp each into a new one (households of the old ones). */
const MERGERS: { into: string; from: [string, number][]; sheet: "roster" | "mistakes" }[] = [
  {
    into: "Ấp Hòa Thuận",
    from: [
      ["Ấp Giồng Kè", 210],
      ["Ấp Kinh Làng", 180],
    ],
    sheet: "roster",
  },
  {
    into: "Ấp Tân Hòa",
    from: [
      ["Ấp Tân Điền", 150],
      ["Ấp Đầm Chít", 140],
    ],
    sheet: "roster",
  },
  {
    into: "Ấp Vĩnh Phước",
    from: [
      ["Ấp Vĩnh Thạnh", 160],
      ["Ấp Láng Cát", 130],
    ],
    sheet: "mistakes",
  },
];

/** Staying ấp that get one newly arranged person each (both have 2 people). */
const NEW_PERSON_HAMLETS = ["Ấp Cỏ Quen", "Ấp Tà Teng"];

export interface Thon2026Person {
  name: string;
  /** "dd/mm/yyyy", "mm/yyyy" or a year alone. */
  birth: string | number;
  female: boolean;
  hamlet: string;
  title: string;
  concurrent: string | null;
  coef: string;
  concCoef: string | null;
  periods: string | null;
  leaving: string | null;
  decision: string;
  hamletAfter: string | null;
  reduced: string | null;
  nd154Paid: string | null;
  note: string | null;
}

/**
 * The eight leavers, fixed so that their figures can be worked by hand (docs/samples/thon-2026.md).
 * Keyed by the old ấp they leave from; the first six are on "Danh sách", the last two on the
 * mistakes sheet.
 */
export const THON_2026_LEAVERS: Thon2026Person[] = [
  leaver(
    "Ấp Giồng Kè",
    "Lê Văn Hậu",
    1990,
    false,
    "Trưởng ban Công tác Mặt trận",
    "1",
    "03/2023 - 08/2026",
    "15/08/2026",
    "Năm sinh chỉ có năm: không ảnh hưởng số tiền (trường hợp a)"
  ),
  {
    ...leaver(
      "Ấp Giồng Kè",
      "Nguyễn Thị Lan",
      "15/03/1971",
      true,
      "Trưởng ấp",
      "1.2",
      "01/2012 - 08/2026",
      "15/08/2026",
      "Kiêm Bí thư Chi bộ: không tính phụ cấp kiêm nhiệm"
    ),
    concurrent: "Bí thư Chi bộ",
    concCoef: "0.3",
  },
  leaver(
    "Ấp Kinh Làng",
    "Trần Quốc Khải",
    "20/07/1980",
    false,
    "Bí thư Chi bộ",
    "1",
    "05/2010 - 08/2026",
    "15/08/2026",
    null
  ),
  leaver(
    "Ấp Tân Điền",
    "Danh Sà Rum",
    "10/04/1964",
    false,
    "Trưởng ấp",
    "1.3",
    "06/2008 - 08/2026",
    "15/08/2026",
    "Đã quá tuổi nghỉ hưu"
  ),
  leaver(
    "Ấp Tân Điền",
    "Võ Thị Kiều",
    "05/09/1975",
    true,
    "Trưởng ban Công tác Mặt trận",
    "1",
    "02/2016 - 06/2026",
    "01/07/2026",
    "Nghỉ từ 01/07/2026"
  ),
  leaver(
    "Ấp Đầm Chít",
    "Phạm Văn Đức",
    "12/02/1967",
    false,
    "Bí thư Chi bộ",
    "1.1",
    "09/2004 - 12/2015\n06/2019 - 08/2026",
    "15/08/2026",
    "Hai thời gian công tác, nghỉ giữa 01/2016 - 05/2019"
  ),
  leaver(
    "Ấp Vĩnh Thạnh",
    "Thạch Văn Sang",
    1965,
    false,
    "Trưởng ấp",
    "1.2",
    "01/2010 - 08/2026",
    "15/08/2026",
    "Năm sinh chỉ có năm"
  ),
  leaver(
    "Ấp Láng Cát",
    "Huỳnh Thị Diệu",
    "18/06/1978",
    true,
    "Bí thư Chi bộ",
    "1.1",
    "03/2012 - 12/2020; 06/2020 - 08/2026",
    "15/08/2026",
    null
  ),
];

function leaver(
  hamlet: string,
  name: string,
  birth: string | number,
  female: boolean,
  title: string,
  coef: string,
  periods: string | null,
  leaving: string | null,
  note: string | null
): Thon2026Person {
  return {
    name,
    birth,
    female,
    hamlet,
    title,
    concurrent: null,
    coef,
    concCoef: null,
    periods,
    leaving,
    decision: "Nghỉ việc",
    hamletAfter: null,
    reduced: null,
    nd154Paid: null,
    note,
  };
}

interface People {
  roster: Thon2026Person[];
  mistakes: Thon2026Person[];
}

function buildPeople(): People {
  const rnd = mulberry32(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const used = new Set<string>(THON_2026_LEAVERS.map((p) => p.name));
  const person = (female: boolean): { name: string; birth: string } => {
    for (;;) {
      const khmer = rnd() < 0.3;
      const name = khmer
        ? `${pick(KHMER_FAMILY)} ${pick(female ? KHMER_FEMALE : KHMER_MALE)}`
        : `${pick(FAMILY)} ${pick(female ? FEMALE : MALE)}`;
      if (used.has(name)) continue;
      used.add(name);
      const y = 1968 + Math.floor(rnd() * 28);
      const m = 1 + Math.floor(rnd() * 12);
      const d = 1 + Math.floor(rnd() * 28);
      return { name, birth: `${pad(d)}/${pad(m)}/${y}` };
    }
  };
  const kept = (
    hamlet: string,
    title: string,
    coef: string,
    after: string | null,
    decision = "Tiếp tục bố trí"
  ): Thon2026Person => {
    const female = rnd() < 0.4;
    const { name, birth } = person(female);
    const startYear = 2008 + Math.floor(rnd() * 15);
    const periods =
      decision === "Bố trí mới" ? null : `${pad(1 + Math.floor(rnd() * 12))}/${startYear} - nay`;
    return {
      ...leaver(hamlet, name, birth, female, title, coef, periods, null, null),
      decision,
      hamletAfter: after,
    };
  };
  const roster: Thon2026Person[] = [];
  const mistakes: Thon2026Person[] = [];
  // Coefficients of the kept: Σ ≤ 4,5 in every ấp of the clean sheet (fund 4,5 × base salary).
  const coefs = ["1.2", "1", "1"];
  for (const [hamlet, n] of STAYING) {
    for (let k = 0; k < n; k++) roster.push(kept(hamlet, TITLES[k], coefs[k], null));
    if (NEW_PERSON_HAMLETS.includes(hamlet))
      roster.push(kept(hamlet, TITLES[n], "1", null, "Bố trí mới"));
  }
  for (const m of MERGERS) {
    const target = m.sheet === "roster" ? roster : mistakes;
    const leavers = THON_2026_LEAVERS.filter((p) => m.from.some(([h]) => h === p.hamlet));
    // The kept of both old ấp, one per title, arranged in the new ấp.
    const keptTitles = m.sheet === "roster" ? TITLES : [...TITLES, "Trưởng ấp"]; // the fourth is over the cap
    const keptCoefs = m.sheet === "roster" ? ["1.2", "1", "1"] : ["1.2", "1.2", "1.2", "1"];
    keptTitles.forEach((t, k) => {
      const from = m.from[k % 2][0];
      target.push(kept(from, t, keptCoefs[k], m.into));
    });
    for (const p of leavers) target.push({ ...p });
  }
  // The refund case: a kept person of Ấp Vĩnh Phước already paid under ND 154 on 20/10/2025.
  const refund = mistakes.find(
    (p) => p.decision === "Tiếp tục bố trí" && p.title === "Trưởng ban Công tác Mặt trận"
  );
  if (refund) {
    refund.nd154Paid = "20/10/2025";
    refund.note = "Đã nhận trợ cấp NĐ 154 khi thôi làm ở ấp khác";
  }
  // Order: by old ấp, as a commune lists them.
  const order = (list: Thon2026Person[]): Thon2026Person[] => {
    const hamlets = [...new Set(list.map((p) => p.hamlet))];
    return hamlets.flatMap((h) => list.filter((p) => p.hamlet === h));
  };
  return { roster: order(roster), mistakes: order(mistakes) };
}

const pad = (n: number): string => String(n).padStart(2, "0");

const HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Xã",
  "Ấp",
  "Chức danh",
  "Kiêm nhiệm",
  "Hệ số phụ cấp",
  "Hệ số kiêm nhiệm",
  "Các thời gian công tác",
  "Ngày thôi việc",
  "Phương án",
  "Ấp sau sắp xếp",
  "Nghỉ hưu ở tuổi thấp hơn",
  "Đã hưởng chế độ NĐ 154",
  "Ghi chú",
];

function rosterSheet(name: string, title: string, people: Thon2026Person[]): SampleSheet {
  const width = HEADER.length;
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  const line = (text: string): void => {
    const r = new Array<CellValue>(width).fill(null);
    r[0] = text;
    rows.push(r);
    merges.push({ top: rows.length, left: 1, bottom: rows.length, right: width });
  };
  line("ỦY BAN NHÂN DÂN XÃ VĨNH ĐIỀU");
  line(title);
  line("(Theo Nghị quyết của Hội đồng nhân dân xã về sắp xếp ấp, ngày 15/8/2026)");
  rows.push(new Array<CellValue>(width).fill(null));
  rows.push([...HEADER]);
  const header = rows.length;
  people.forEach((p, i) =>
    rows.push([
      i + 1,
      p.name,
      p.birth,
      p.female ? "Nữ" : "Nam",
      THON_2026_COMMUNE,
      p.hamlet,
      p.title,
      p.concurrent,
      Number(p.coef),
      p.concCoef === null ? null : Number(p.concCoef),
      p.periods,
      p.leaving,
      p.decision,
      p.hamletAfter,
      p.reduced,
      p.nd154Paid,
      p.note,
    ])
  );
  return {
    name,
    rows,
    merges,
    columnWidths: [5, 22, 11, 8, 11, 15, 24, 16, 8, 9, 20, 11, 15, 15, 10, 12, 30],
    headerRows: [header],
    titleRows: [1, 2, 3],
    numberFormats: { 9: "0.0#", 10: "0.0#" },
  };
}

function registerSheet(): SampleSheet {
  const rows: CellValue[][] = [["STT", "Xã", "Loại", "Ấp cũ", "Ấp mới", "Số hộ"]];
  rows.push([1, THON_2026_COMMUNE, "Loại 1", null, null, null]);
  let n = 1;
  for (const [hamlet, , households] of STAYING)
    rows.push([++n, THON_2026_COMMUNE, null, hamlet, null, households]);
  for (const m of MERGERS)
    for (const [hamlet, households] of m.from)
      rows.push([++n, THON_2026_COMMUNE, null, hamlet, m.into, households]);
  return {
    name: THON_2026_SHEETS.register,
    rows,
    merges: [],
    columnWidths: [5, 14, 8, 18, 18, 8],
    headerRows: [1],
  };
}

function infoSheet(): SampleSheet {
  const rows: CellValue[][] = [
    ["Tỉnh", "An Giang"],
    ["Xã", THON_2026_COMMUNE],
    ["Mẫu tiêu đề", "Phòng Văn hóa - Xã hội của xã"],
    ["Quy định áp dụng", "nd154-2025-thon"],
    ["Ngày lập", "20/08/2026"],
    ["Ngày chi trả", "15/08/2026"],
    ["Người lập biểu", "Lâm Thị Ngọc Trâm"],
    ["Trưởng phòng", "Nguyễn Hoàng Phúc"],
    ["Người ký", "Danh Văn Sơn"],
    ["Chức vụ người ký", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"],
  ];
  return {
    name: THON_2026_SHEETS.info,
    rows,
    merges: [],
    columnWidths: [20, 36],
    headerRows: [],
  };
}

/** The sample's sheets, in order. Deterministic. */
export function buildThon2026(): SampleSheet[] {
  const { roster, mistakes } = buildPeople();
  return [
    registerSheet(),
    infoSheet(),
    rosterSheet(
      THON_2026_SHEETS.roster,
      "DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH Ở ẤP KHI SẮP XẾP ẤP",
      roster
    ),
    rosterSheet(
      THON_2026_SHEETS.mistakes,
      "ẤP VĨNH THẠNH, ẤP LÁNG CÁT (SÁP NHẬP THÀNH ẤP VĨNH PHƯỚC) — BẢN CÒN SAI SÓT",
      mistakes
    ),
  ];
}
