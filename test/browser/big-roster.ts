/**
 * A large synthetic district for the browser test's "20,000 rows" run: one roster sheet
 * "Danh sách" with a commune column, a unit register "Đơn vị" and a "Thông tin" sheet.
 *
 * Why not makeSyntheticRoster (scripts/synthetic.ts): the test needs exactly `rows` distinct
 * people under the header a clerk would paste (STT | Họ và tên | … | Phương án). The title lists
 * are shared with it (that module is pure; its .xlsx writer, with ExcelJS, is apart, so nothing
 * of ExcelJS reaches the office.js stand-in). The same shape: per commune 17 commune-level people
 * (11 kept, 6 leaving), then hamlets of 6 (4 kept, 2 leaving), titles of the kien-giang-nq77-2017
 * preset, about 1 % of rows with a clerk's mistake so there are findings.
 * Deterministic: the same (rows, communes) always gives the same cells.
 */
import type { CellValue } from "../../src/engine/types";
import { COMMUNE_TITLES as SYNTHETIC_COMMUNE_TITLES, HAMLET_TITLES } from "../../scripts/synthetic";

export const BIG_HEADER = [
  "STT",
  "Họ và tên",
  "Năm sinh",
  "Xã",
  "Ấp",
  "Chức danh",
  "Kiêm nhiệm",
  "Hệ số",
  "Ngày bắt đầu",
  "Ngày thôi việc",
  "Phương án",
] as const;

/** The first 17 commune-level titles of the preset: 11 kept, then 6 leaving. */
const COMMUNE_TITLES = SYNTHETIC_COMMUNE_TITLES.slice(0, 17);

/** [title, decision, leaving] of a hamlet's six people. */
const HAMLET_PEOPLE: [string, string, boolean][] = [
  [HAMLET_TITLES[0], "Bố trí", false], // Bí thư Chi bộ
  [HAMLET_TITLES[1], "Bố trí", false], // Trưởng ấp
  [HAMLET_TITLES[3], "Bố trí", false], // Trưởng ban Công tác Mặt trận
  [HAMLET_TITLES[4], "Bố trí", false], // Công an viên
  [HAMLET_TITLES[2], "Dôi dư", true], // Phó Trưởng ấp
  [HAMLET_TITLES[5], "Nghỉ việc", true], // Ấp đội trưởng
];

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc", "Quốc", "Kim"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Giang",
  "Hà",
  "Hải",
  "Hạnh",
  "Hiếu",
  "Hoa",
  "Hùng",
  "Hương",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Nga",
  "Nhân",
  "Phúc",
  "Phương",
  "Quang",
  "Sơn",
  "Tâm",
  "Thảo",
  "Thắng",
  "Trang",
  "Tuấn",
  "Yến",
];
const PLACE_A = ["Tân", "Phú", "Vĩnh", "Bình", "Mỹ", "Hòa", "Thạnh", "Long", "An", "Đông"];
const PLACE_B = [
  "Khánh",
  "Lợi",
  "Hưng",
  "Thuận",
  "Điền",
  "Phước",
  "Quới",
  "Hiệp",
  "Thới",
  "Lộc",
  "Xuân",
  "Trung",
  "Hậu",
  "Tiến",
  "Thành",
  "Đức",
];

const IDENTITIES = FAMILY.length * MIDDLE.length * GIVEN.length * 41;

/** Person number → a distinct (name, birth year) for the first IDENTITIES numbers (98,400). */
function identity(seq: number): { name: string; birth: number } {
  // 7919 is prime and shares no factor with IDENTITIES (2^5·3·5^2·41): a permutation, so
  // neighbouring rows get unrelated names.
  let k = (seq * 7919) % IDENTITIES;
  const fam = FAMILY[k % FAMILY.length];
  k = Math.floor(k / FAMILY.length);
  const mid = MIDDLE[k % MIDDLE.length];
  k = Math.floor(k / MIDDLE.length);
  const given = GIVEN[k % GIVEN.length];
  k = Math.floor(k / GIVEN.length);
  return { name: `${fam} ${mid} ${given}`, birth: 1960 + (k % 41) };
}

const communeName = (i: number) =>
  `${PLACE_A[i % PLACE_A.length]} ${PLACE_B[Math.floor(i / PLACE_A.length) % PLACE_B.length]}` +
  (i >= PLACE_A.length * PLACE_B.length
    ? ` ${Math.floor(i / (PLACE_A.length * PLACE_B.length)) + 1}`
    : "");

const pad2 = (n: number) => String(n).padStart(2, "0");

export interface BigSheet {
  name: string;
  rows: CellValue[][];
}

/** A district of `communes` communes and exactly `rows` person rows in one "Danh sách" sheet. */
export function bigDistrict(rows: number, communes: number): BigSheet[] {
  const perCommune = Math.ceil(rows / communes);
  const roster: CellValue[][] = [
    ["DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH HUYỆN GIANG THÀNH"],
    [],
    [...BIG_HEADER],
  ];
  const register: CellValue[][] = [["Xã", "Loại", "Ấp/khu phố", "Số hộ", "Biên giới"]];
  let n = 0;
  let hamletSeq = 0;
  for (let c = 0; c < communes && n < rows; c++) {
    const commune = communeName(c);
    register.push([commune, 1 + (c % 3), null, null, null]);
    const plan: { hamlet: string | null; title: string; decision: string; leaving: boolean }[] = [];
    COMMUNE_TITLES.forEach((title, i) =>
      plan.push({
        hamlet: null,
        title,
        decision: i < 11 ? (i % 3 === 0 ? "Tiếp tục bố trí" : "Bố trí") : "Thôi việc",
        leaving: i >= 11,
      })
    );
    for (let h = 1; plan.length < perCommune; h++) {
      const hamlet = `Ấp ${h}`;
      register.push([commune, null, hamlet, 150 + ((hamletSeq++ * 37) % 300), null]);
      for (const [title, decision, leaving] of HAMLET_PEOPLE)
        plan.push({ hamlet, title, decision, leaving });
    }
    for (const p of plan.slice(0, perCommune)) {
      if (n >= rows) break;
      n++;
      const id = identity(n);
      const startYear = Math.max(id.birth + 18, 1994 + (n % 22));
      const start =
        n % 3 === 0
          ? `${pad2(1 + (n % 28))}/${pad2(1 + (n % 12))}/${startYear}`
          : 1 + (n % 28) + (startYear - 1900) * 365.25;
      let title = p.title;
      let end: CellValue = p.leaving ? "31/12/2018" : null;
      // About 1 % of rows carry a clerk's mistake: a misspelt title or an impossible date.
      if (n % 97 === 0) title = title.replace("a", "â");
      else if (n % 101 === 0 && p.leaving) end = "30/02/2018";
      roster.push([
        n,
        id.name,
        id.birth,
        commune,
        p.hamlet,
        title,
        null,
        [0.9, 1, 1.14, 1.2][n % 4],
        typeof start === "number" ? Math.floor(start) : start,
        end,
        p.decision,
      ]);
    }
  }
  return [
    { name: "Danh sách", rows: roster },
    { name: "Đơn vị", rows: register },
    {
      name: "Thông tin",
      rows: [
        ["Tỉnh", "Kiên Giang"],
        ["Huyện", "Giang Thành"],
        ["Cơ quan", "PHÒNG NỘI VỤ"],
        ["Địa danh", "Giang Thành"],
        ["Ngày lập", "15/01/2019"],
        ["Ngày chi trả", "15/01/2019"],
        ["Người lập biểu", "Trần Thị Mai"],
        ["Trưởng phòng", "Lê Văn Hùng"],
        ["Người ký", "Nguyễn Văn Phúc"],
      ],
    },
  ];
}
