/**
 * Builds the hostile roster corpus in test/corpus/ (DOMAIN §4, CONTRACT §2, §5): messy, broken and
 * adversarial workbooks a clerk could bring, each with its expected outcome in
 * test/corpus/expectations.ts. Also writes test/corpus/README.md from those expectations.
 *
 *   npm run corpus   (node -r ts-node/register/transpile-only scripts/build-corpus.ts)
 *
 * Deterministic: fixed workbook dates, fixed zip entry times, seeded random bytes, so a rebuild
 * gives byte-identical files (checked by the manifest the corpus test reads).
 *
 * Golden amounts are worked by hand from DOMAIN §5 (kien-giang-nq77-2017: band rule B, one month
 * of allowance per year, base salary 1.390.000 from 01/07/2018, 1.490.000 from 01/07/2019):
 *   coefficient 1, 01/03/2010 → 31/12/2018: S + 106 months = 01/01/2019 ≤ E + 1 → 106 months
 *     = 8 years 10 months → band 7–11 → 9 years → 1.390.000 × 9 = 12.510.000.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { CORPUS, type Expectation } from "../test/corpus/expectations";
import {
  rawXlsx,
  sheetXml,
  storedParts,
  zipParts,
  type Cell,
  type SheetXmlOptions,
} from "./corpus-packages";
import { COMMUNE_TITLES, HAMLET_TITLES, ROSTER_HEADER, excelSerial, rng } from "./synthetic";

export const CORPUS_DIR = resolve(__dirname, "../test/corpus");

type V = ExcelJS.CellValue;
type Row = V[];

// ───────────────────────────── building blocks ─────────────────────────────

const FIXED_DATE = new Date(Date.UTC(2019, 0, 15));

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Định Biên corpus";
  wb.lastModifiedBy = "Định Biên corpus";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

interface SheetOptions {
  merges?: string[];
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** Number formats by A1 address. */
  numFmts?: Record<string, string>;
}

/** rows[0] is sheet row 1; undefined/null cells stay empty. */
function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  rows: (Row | undefined)[],
  opts: SheetOptions = {}
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  rows.forEach((row, i) => {
    if (!row) return;
    const target = ws.getRow(i + 1);
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = target.getCell(j + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
    });
  });
  for (const m of opts.merges ?? []) ws.mergeCells(m);
  for (const r of opts.hiddenRows ?? []) ws.getRow(r).hidden = true;
  for (const c of opts.hiddenCols ?? []) ws.getColumn(c).hidden = true;
  for (const [addr, fmt] of Object.entries(opts.numFmts ?? {})) ws.getCell(addr).numFmt = fmt;
  return ws;
}

/** A person row of the standard header (A STT … M Ghi chú). */
interface P {
  stt?: V;
  name?: V;
  birth?: V;
  commune?: V;
  hamlet?: V;
  title?: V;
  conc?: V;
  coef?: V;
  allow?: V;
  start?: V;
  end?: V;
  decision?: V;
  note?: V;
}

function personRow(p: P, i: number): Row {
  return [
    p.stt === undefined ? i + 1 : p.stt,
    p.name === undefined ? NAMES[i % NAMES.length] : p.name,
    p.birth === undefined ? 1970 + (i % 20) : p.birth,
    p.commune === undefined ? "Phú Mỹ" : p.commune,
    p.hamlet ?? null,
    p.title ?? null,
    p.conc ?? null,
    p.coef ?? null,
    p.allow ?? null,
    p.start === undefined ? "01/01/2005" : p.start,
    p.end ?? null,
    p.decision === undefined ? "Bố trí" : p.decision,
    p.note ?? null,
  ];
}

const NAMES = [
  "Nguyễn Văn An",
  "Trần Thị Bình",
  "Lê Văn Cường",
  "Phạm Thị Dung",
  "Huỳnh Văn Đông",
  "Danh Sóc",
  "Thạch Thị Sa Rươne",
  "Võ Văn Giàu",
  "Đặng Thị Hạnh",
  "Bùi Văn Khánh",
  "Lâm Thị Lan",
  "Chau Sóc Kha",
  "Kiên Thị Mỹ",
  "Dương Văn Nam",
  "Tô Thị Oanh",
  "Hồ Văn Phúc",
  "Ngô Thị Quyên",
  "Sơn Văn Rạng",
  "Lý Thị Sen",
  "Đỗ Văn Tài",
  "Triệu Thị Uyên",
  "Mai Văn Vinh",
  "Châu Thị Xuân",
  "Kim Văn Yên",
];

/** A kept person holding a title. */
const keep = (title: string, more: P = {}): P => ({ title, decision: "Bố trí", ...more });
/** The standard paid leaver: coefficient 1, 01/03/2010 → 31/12/2018, severance 12.510.000 đồng. */
const paid = (title: string, more: P = {}): P => ({
  title,
  coef: 1,
  start: "01/03/2010",
  end: "31/12/2018",
  decision: "Thôi việc",
  ...more,
});

const TITLE_LINE = "DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH XÃ PHÚ MỸ";

/** Standard layout: title on row 1, blank row 2, header on row 3, people from row 4. */
function standardRows(people: P[], title: string | null = TITLE_LINE): Row[] {
  return [[title], [], [...ROSTER_HEADER], ...people.map(personRow)];
}

function standardSheet(
  wb: ExcelJS.Workbook,
  people: P[],
  name = "Danh sách",
  opts: SheetOptions = {}
): ExcelJS.Worksheet {
  return addSheet(wb, name, standardRows(people), opts);
}

function registerSheet(wb: ExcelJS.Workbook, rows: Row[]): void {
  addSheet(wb, "Đơn vị", [["Xã", "Loại", "Ấp/khu phố", "Số hộ"], ...rows]);
}

// ───────────────────────────── zip helpers (for the non-workbook files) ─────────────────────────────

/** DOS date and time of FIXED_DATE (2019-01-15 00:00). */
const DOS_DATE = ((2019 - 1980) << 9) | (1 << 5) | 15;
const DOS_TIME = 0;

/**
 * Set every entry time of a zip to FIXED_DATE, so ExcelJS output (which stamps "now") is
 * byte-identical between builds. Headers only: the CRCs cover the data, not the times.
 */
function normalizeZipTimes(buf: Buffer): Buffer {
  const out = Buffer.from(buf);
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--)
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error("not a zip");
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let e = 0; e < entries; e++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error("bad central directory");
    out.writeUInt16LE(DOS_TIME, p + 12);
    out.writeUInt16LE(DOS_DATE, p + 14);
    const local = out.readUInt32LE(p + 42);
    out.writeUInt16LE(DOS_TIME, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** A minimal deflate zip of the given files (for "a zip that is not a workbook"). */
function makeZip(files: Record<string, string>): Buffer {
  return zipParts(
    Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text, "utf8") }))
  );
}

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return normalizeZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
}

// ───────────────────────────── the cases ─────────────────────────────

/** A small valid roster: 3 kept people and 1 paid leaver (used where only the policy is hostile). */
function validRoster(): ExcelJS.Workbook {
  const wb = newWorkbook();
  standardSheet(wb, [
    keep("Thủ quỹ"),
    keep("Thú y"),
    keep("Khuyến nông"),
    paid("Văn thư - Lưu trữ"),
  ]);
  return wb;
}

const LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ";
const huge = (n: number) => LOREM.repeat(Math.ceil(n / LOREM.length)).slice(0, n);

/** validRoster()'s people as plain cells (paid leaver on row 7: 12.510.000). */
function validCells(more: Partial<Record<number, P>> = {}): Cell[][] {
  const people = [keep("Thủ quỹ"), keep("Thú y"), keep("Khuyến nông"), paid("Văn thư - Lưu trữ")];
  return standardRows(people.map((p, i) => ({ ...p, ...(more[i + 4] ?? {}) }))).map((r) =>
    r.map((v) => (typeof v === "string" || typeof v === "number" ? v : null))
  );
}

/** A valid one-sheet roster written part by part. */
function rawRoster(o: SheetXmlOptions = {}, cells = validCells()): Buffer {
  return rawXlsx([{ name: "Danh sách", xml: sheetXml(cells, o) }]);
}

/** `buf` with the stored entries changed by `edit` (entries are copied exactly otherwise). */
function restored(buf: Buffer, edit: (parts: ReturnType<typeof storedParts>) => void): Buffer {
  const parts = storedParts(buf);
  edit(parts);
  return zipParts(parts);
}

const SHEET1 = "xl/worksheets/sheet1.xml";

type Builder = () => Promise<Buffer | string>;

/** Extra non-workbook files (policy JSON) written next to the corpus. */
const extraFiles: Record<string, () => Promise<string>> = {};

const BUILDERS: Record<string, Builder> = {
  // ───────────── unusable input ─────────────
  "c01-no-sheets.xlsx": async () => toBuffer(newWorkbook()),
  "c02-empty-sheet.xlsx": async () => {
    const wb = newWorkbook();
    wb.addWorksheet("Sheet1");
    return toBuffer(wb);
  },
  "c03-header-row-31.xlsx": async () => {
    const wb = newWorkbook();
    const rows: Row[] = [];
    for (let r = 1; r <= 30; r++)
      rows.push([`Ghi chú ${r}: căn cứ Nghị quyết số 77/2017/NQ-HĐND ngày 20/7/2017.`]);
    rows.push([...ROSTER_HEADER]);
    [keep("Thủ quỹ"), keep("Thú y"), paid("Khuyến nông")].forEach((p, i) =>
      rows.push(personRow(p, i))
    );
    addSheet(wb, "Danh sách", rows);
    return toBuffer(wb);
  },
  "c04-csv-named-xlsx.xlsx": async () =>
    [
      ROSTER_HEADER.join(","),
      "1,Nguyễn Văn An,1970,Phú Mỹ,,Thủ quỹ,,1,,01/03/2010,31/12/2018,Thôi việc,",
    ].join("\r\n") + "\r\n",
  "c05-truncated-zip.xlsx": async () => {
    const full = await toBuffer(validRoster());
    return full.subarray(0, Math.floor(full.length / 2));
  },
  "c06-random-bytes.xlsx": async () => {
    const r = rng(20190118);
    return Buffer.from(Array.from({ length: 4096 }, () => Math.floor(r() * 256)));
  },
  "c07-zero-bytes.xlsx": async () => Buffer.alloc(0),
  "c08-old-xls.xlsx": async () => {
    const r = rng(77);
    const junk = Array.from({ length: 2040 }, () => Math.floor(r() * 256));
    return Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...junk]);
  },
  "c09-zip-not-workbook.xlsx": async () =>
    makeZip({ "readme.txt": "Đây không phải là sổ tính Excel.\n" }),

  // ───────────── layout ─────────────
  "c10-header-only.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, []);
    return toBuffer(wb);
  },
  "c11-header-row-25.xlsx": async () => {
    const wb = newWorkbook();
    const rows: (Row | undefined)[] = [];
    rows[0] = [
      "ỦY BAN NHÂN DÂN XÃ PHÚ MỸ",
      null,
      null,
      null,
      null,
      null,
      null,
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ];
    rows[1] = [null, null, null, null, null, null, null, "Độc lập - Tự do - Hạnh phúc"];
    rows[3] = [null, null, null, null, null, null, null, "Phú Mỹ, ngày 05 tháng 3 năm 2019"];
    rows[5] = [TITLE_LINE];
    rows[6] = ["(Kèm theo Tờ trình số 12/TTr-UBND ngày 05/3/2019 của UBND xã Phú Mỹ)"];
    rows[8] = ["Căn cứ Nghị quyết số 77/2017/NQ-HĐND ngày 20/7/2017 của HĐND tỉnh Kiên Giang;"];
    rows[9] = ["Căn cứ tình hình thực tế của địa phương, UBND xã lập danh sách như sau:"];
    rows[14] = ["Ghi chú: danh sách gồm người hoạt động không chuyên trách cấp xã."];
    rows[24] = [...ROSTER_HEADER];
    const people = [
      keep("Thủ quỹ"),
      keep("Thú y"),
      keep("Khuyến nông", { decision: "Chờ ý kiến" }),
      paid("Văn thư - Lưu trữ"),
      keep("Phó Trưởng Công an"),
    ];
    people.forEach((p, i) => (rows[25 + i] = personRow(p, i)));
    addSheet(wb, "Danh sách", rows);
    return toBuffer(wb);
  },
  "c12-two-header-rows.xlsx": async () => {
    // A STT · B Họ và tên · C Nam · D Nữ · E Xã · F Ấp · G Chức danh · H Hệ số · I Từ · J Đến · K Phương án
    const wb = newWorkbook();
    const rows: (Row | undefined)[] = [
      [TITLE_LINE],
      [],
      [],
      [
        "STT",
        "Họ và tên",
        "Năm sinh",
        null,
        "Xã",
        "Ấp",
        "Chức danh",
        "Hệ số",
        "Thời gian công tác",
        null,
        "Phương án",
      ],
      [null, null, "Nam", "Nữ", null, null, null, null, "Từ", "Đến", null],
      [
        1,
        "Nguyễn Văn An",
        1970,
        null,
        "Phú Mỹ",
        null,
        "Thủ quỹ",
        null,
        "01/01/2005",
        null,
        "Bố trí",
      ],
      [
        2,
        "Trần Thị Bình",
        null,
        1972,
        "Phú Mỹ",
        null,
        "Văn thư - Lưu trữ",
        1,
        "01/03/2010",
        "31/12/2018",
        "Thôi việc",
      ],
      [
        3,
        "Lê Văn Cường",
        1968,
        null,
        "Phú Mỹ",
        null,
        "Thú y",
        1,
        "01/03/2010",
        "32/12/2018",
        "Thôi việc",
      ],
      [
        4,
        "Phạm Thị Dung",
        null,
        1980,
        "Phú Mỹ",
        null,
        "Khuyến nông",
        null,
        "01/01/2005",
        null,
        "Bố trí",
      ],
    ];
    addSheet(wb, "Danh sách", rows, {
      merges: [
        "A4:A5",
        "B4:B5",
        "C4:D4",
        "E4:E5",
        "F4:F5",
        "G4:G5",
        "H4:H5",
        "I4:J4",
        "K4:K5",
        "A1:K1",
      ],
    });
    return toBuffer(wb);
  },
  "c13-split-sheets.xlsx": async () => {
    const wb = newWorkbook();
    const commune = [...COMMUNE_TITLES.slice(0, 11).map((t) => keep(t)), paid(COMMUNE_TITLES[13])];
    addSheet(wb, "Cấp xã", standardRows(commune, "DANH SÁCH NKCT CẤP XÃ - XÃ PHÚ MỸ"));
    const tram = [
      ...[0, 1, 3, 4].map((t) => keep(HAMLET_TITLES[t], { hamlet: "Ấp Tràm Trổi" })),
      paid(HAMLET_TITLES[2], { hamlet: "Ấp Tràm Trổi", coef: 0.8 }),
      paid(HAMLET_TITLES[5], { hamlet: "Ấp Tràm Trổi", coef: 0.8 }),
    ];
    addSheet(
      wb,
      "Ấp Tràm Trổi",
      standardRows(
        tram.map((p, i) => ({ ...p, name: NAMES[12 + i] })),
        "DANH SÁCH NKCT ẤP TRÀM TRỔI - XÃ PHÚ MỸ"
      )
    );
    const khanh: P[] = [
      keep(HAMLET_TITLES[0]),
      keep(HAMLET_TITLES[1]),
      { decision: "Bố trí" },
      keep(HAMLET_TITLES[3]),
      keep(HAMLET_TITLES[4]),
    ].map((p, i) => ({ ...p, hamlet: "Ấp Khánh Hòa", name: NAMES[18 + i] }));
    addSheet(wb, "Ấp Khánh Hòa", standardRows(khanh, "DANH SÁCH NKCT ẤP KHÁNH HÒA - XÃ PHÚ MỸ"));
    return toBuffer(wb);
  },
  "c14-hidden-rows-cols.xlsx": async () => {
    const wb = newWorkbook();
    const people = [
      keep("Thủ quỹ"),
      keep("Thú y"),
      keep("Khuyến nông"),
      paid("Văn thư - Lưu trữ"),
      keep("Phó Trưởng Công an", { decision: "Chưa quyết" }),
      keep("Văn phòng Đảng ủy"),
    ];
    const rows = standardRows(people);
    rows[2].push("Ghi chú nội bộ");
    for (let r = 3; r < rows.length; r++) rows[r].push(`nội bộ ${r}`);
    addSheet(wb, "Danh sách", rows, { hiddenRows: [6], hiddenCols: [14, 3] });
    return toBuffer(wb);
  },
  "c15-merged-person-cells.xlsx": async () => {
    const wb = newWorkbook();
    const people: P[] = [
      keep("Thủ quỹ"),
      keep("Thú y"),
      keep("Khuyến nông", { birth: null }),
      keep("Phó Trưởng Công an"),
      keep("Văn phòng Đảng ủy"),
      paid("Văn thư - Lưu trữ"),
      paid("Phụ trách Đài truyền thanh", { decision: null }),
      paid("Quản lý Nhà văn hóa", { decision: null }),
      keep("Phó Chỉ huy trưởng Quân sự"),
    ].map((p, i) => ({ ...p, commune: i === 0 ? "Phú Mỹ" : null }));
    // No commune in the title line: only the merged commune cell can give rows 5–12 their commune.
    addSheet(
      wb,
      "Danh sách",
      standardRows(people, "DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH"),
      { merges: ["D4:D12", "L9:L11", "B6:C6"] }
    );
    return toBuffer(wb);
  },
  "c16-5000-columns.xlsx": async () => {
    const wb = newWorkbook();
    const people = [
      keep("Thủ quỹ"),
      keep("Thú y", { decision: "Xem xét sau" }),
      keep("Khuyến nông"),
      paid("Văn thư - Lưu trữ"),
      keep("Phó Trưởng Công an"),
    ];
    const rows = standardRows(people);
    for (let c = ROSTER_HEADER.length + 1; c <= 5000; c++) rows[2][c - 1] = `Cột ${c}`;
    for (let r = 3; r < rows.length; r++)
      for (let c = ROSTER_HEADER.length + 1; c <= 5000; c += 97)
        rows[r][c - 1] = (r * 7919 + c) % 1000;
    for (let r = 3; r < rows.length; r++) rows[r][4999] = `cuối ${r}`;
    addSheet(wb, "Danh sách", rows);
    return toBuffer(wb);
  },
  "c17-totals-numbering.xlsx": async () => {
    const wb = newWorkbook();
    const commune = [
      keep("Thủ quỹ"),
      keep("Thú y"),
      keep("Khuyến nông"),
      keep("Phó Trưởng Công an"),
      paid("Văn thư - Lưu trữ"),
    ];
    const rows: Row[] = [
      [TITLE_LINE],
      [],
      [...ROSTER_HEADER],
      ROSTER_HEADER.map((_, i) => `(${i + 1})`),
      ...commune.map(personRow),
    ];
    rows.push([
      null,
      "Cộng",
      null,
      null,
      null,
      null,
      null,
      { formula: "SUM(H5:H9)", result: 1 },
      null,
      null,
      null,
      null,
      null,
    ]);
    rows.push([
      "Tổng cộng",
      null,
      null,
      null,
      null,
      null,
      null,
      { formula: "SUM(H5:H9)", result: 1 },
      null,
      null,
      null,
      "5 người",
      null,
    ]);
    addSheet(wb, "Cấp xã", rows, { merges: ["A11:G11"] });
    const hamlet = [0, 1, 3].map((t, i) => ({
      ...keep(HAMLET_TITLES[t], { hamlet: "Ấp Tràm Trổi" }),
      name: NAMES[10 + i],
    }));
    const rows2: Row[] = [
      [TITLE_LINE],
      [],
      [...ROSTER_HEADER],
      ROSTER_HEADER.map((_, i) => i + 1),
      ...hamlet.map(personRow),
    ];
    rows2.push(["Tổng", 3, null, null, null, null, null, null, null, null, null, null, null]);
    addSheet(wb, "Ấp", rows2);
    return toBuffer(wb);
  },
  "c18-section-rows.xlsx": async () => {
    // A STT · B Họ và tên · C Năm sinh · D Chức danh · E Hệ số · F Từ ngày · G Đến ngày · H Phương án
    const wb = newWorkbook();
    let n = 0;
    const p = (title: string, decision = "Bố trí", coef: number | null = null): Row => {
      n++;
      const leaver = decision === "Thôi việc";
      return [
        n,
        NAMES[n],
        1970 + n,
        title,
        leaver ? 1 : coef,
        leaver ? "01/03/2010" : "01/01/2005",
        leaver ? "31/12/2018" : null,
        decision,
      ];
    };
    const rows: Row[] = [
      ["DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH HUYỆN GIANG THÀNH"],
      [],
      ["STT", "Họ và tên", "Năm sinh", "Chức danh", "Hệ số", "Từ ngày", "Đến ngày", "Phương án"],
      ["Xã Phú Mỹ"],
      ["I. CẤP XÃ"],
      p("Thủ quỹ"),
      p("Thú y"),
      p("Khuyến nông"),
      p("Văn thư - Lưu trữ", "Thôi việc"),
      [null, "II. ẤP, KHU PHỐ"],
      [null, "1. Ấp Khánh Hòa"],
      p("Trưởng ấp"),
      p("Bí thư Chi bộ"),
      p("Phó Trưởng ấp", "Thôi việc"),
      ["Ấp Tràm Trổi"],
      p("Trưởng ấp"),
      p("Công an viên"),
      ["XÃ VĨNH PHÚ"],
      ["I", "Cấp xã"],
      p("Thủ quỹ"),
      p("Thú y"),
      p("Khuyến nông", "Nghỉ hưu"),
      ["II", "Ấp, khu phố"],
      [null, "- Ấp Cây Gáo"],
      p("Trưởng ấp"),
      p("Công an viên"),
      p("Phó Trưởng ấp", "Từ trần"),
    ];
    addSheet(wb, "Danh sách", rows, { merges: ["A4:H4", "A15:C15"] });
    return toBuffer(wb);
  },
  "c19-many-blank-rows.xlsx": async () => {
    const wb = newWorkbook();
    const rows: (Row | undefined)[] = standardRows([]);
    const people: [number, P][] = [
      [4, keep("Thủ quỹ")],
      [600, keep("Thú y")],
      [1300, paid("Văn thư - Lưu trữ")],
      [2000, keep("Khuyến nông", { decision: "Chưa rõ" })],
    ];
    people.forEach(([r, p], i) => (rows[r - 1] = personRow(p, i)));
    addSheet(wb, "Danh sách", rows);
    return toBuffer(wb);
  },
  "c20-commune-from-sheet-name.xlsx": async () => {
    const wb = newWorkbook();
    const header = [
      "STT",
      "Họ và tên",
      "Năm sinh",
      "Chức danh",
      "Hệ số",
      "Từ ngày",
      "Đến ngày",
      "Phương án",
    ];
    const sheet = (offset: number): Row[] => [
      header,
      ...["Thủ quỹ", "Thú y", "Khuyến nông"].map((t, i) => [
        i + 1,
        NAMES[offset + i],
        1970 + offset + i,
        t,
        null,
        "01/01/2005",
        null,
        "Bố trí",
      ]),
    ];
    addSheet(wb, "Phú Mỹ", sheet(0));
    addSheet(wb, "Vĩnh Phú", sheet(5));
    registerSheet(wb, [
      ["Phú Mỹ", 1],
      ["Vĩnh Phú", 2],
    ]);
    return toBuffer(wb);
  },
  "c21-commune-missing.xlsx": async () => {
    const wb = newWorkbook();
    addSheet(
      wb,
      "Danh sách",
      standardRows(
        [keep("Thủ quỹ"), keep("Thú y", { commune: null }), keep("Khuyến nông")],
        "DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH"
      )
    );
    return toBuffer(wb);
  },
  "c22-missing-columns.xlsx": async () => {
    const wb = newWorkbook();
    addSheet(wb, "Danh sách", [
      ["DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH"],
      [],
      ["STT", "Họ và tên", "Năm sinh", "Chức danh", "Hệ số", "Từ ngày"],
      [1, "Nguyễn Văn An", 1970, "Thủ quỹ", 1, "01/01/2005"],
      [2, "Trần Thị Bình", 1972, "Thú y", 0.9, "01/01/2006"],
    ]);
    return toBuffer(wb);
  },

  // ───────────── cell contents ─────────────
  "c23-error-values.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [
      keep("Thủ quỹ"),
      paid("Văn thư - Lưu trữ", { coef: { error: "#N/A" } }),
      keep("Thú y", { start: { error: "#REF!" } }),
      keep("Khuyến nông", { birth: { error: "#NAME?" } }),
      keep("Phó Trưởng Công an", { note: { error: "#DIV/0!" } }),
    ]);
    return toBuffer(wb);
  },
  "c24-formulas.xlsx": async () => {
    // Row 5: coefficient =0.5+0.5 (1), amount =H5*1390000 (1.390.000) → 1.390.000 × 9 = 12.510.000.
    const wb = newWorkbook();
    const people: P[] = [
      keep("Thủ quỹ"),
      paid("Văn thư - Lưu trữ", {
        coef: { formula: "0.5+0.5", result: 1 },
        allow: { formula: "H5*1390000", result: 1390000 },
      }),
      keep("Thú y"),
    ].map((p, i) => ({ ...p, stt: { formula: "ROW()-3", result: i + 1 } }));
    const rows = standardRows(people);
    rows.push([
      null,
      "Tổng cộng",
      null,
      null,
      null,
      null,
      null,
      { formula: "SUM(H4:H6)", result: 1 },
      { formula: "SUM(I4:I6)", result: 1390000 },
    ]);
    addSheet(wb, "Danh sách", rows, { numFmts: { I5: "#,##0", I7: "#,##0" } });
    return toBuffer(wb);
  },
  "c25-formula-no-result.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [
      paid("Văn thư - Lưu trữ", {
        coef: null,
        allow: { formula: "H4*1390000" } as ExcelJS.CellFormulaValue,
      }),
      paid("Thủ quỹ", {
        coef: { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue,
      }),
      keep("Thú y"),
    ]);
    return toBuffer(wb);
  },
  "c26-dates-text-forms.xlsx": async () => {
    // Coefficient 1, leaving 31/12/2018 (base 1.390.000) unless said otherwise.
    //  05/07/2010 (day): S + 101 months = 05/12/2018 ≤ 01/01/2019 < S + 102 → 101 = 8 y 5 m → band 1–6 → 8,5 → 11.815.000.
    //  07/2010 (month): (2018 − 2010)·12 + (12 − 7) + 1 = 102 = 8 y 6 m → 8,5 → 11.815.000.
    //  2010 (year → January): 96 + 11 + 1 = 108 = 9 y → 12.510.000 (and a date-imprecise warning).
    //  01/03/2010 → 12/2018 (month): 96 + 9 + 1 = 106 → 9 y → 12.510.000.
    //  01/07/2009 → 30/06/2019: S + 120 = 01/07/2019 ≤ E + 1 → 120 → 10 y × 1.390.000 = 13.900.000.
    //  01/07/2009 → 01/07/2019: 120 months, base 1.490.000 from 01/07/2019 → 14.900.000.
    const wb = newWorkbook();
    const t = "Thủ quỹ";
    standardSheet(
      wb,
      [
        paid(t, { start: "05/7/2010" }),
        paid(t, { start: "5-7-2010" }),
        paid(t, { start: "07/2010" }),
        paid(t, { start: "7/2010" }),
        paid(t, { start: "tháng 7 năm 2010" }),
        paid(t, { start: "2010" }),
        paid(t, { start: new Date(Date.UTC(2010, 6, 5)) }),
        paid(t, { start: excelSerial(2010, 7, 5) }),
        paid(t, { end: "12/2018" }),
        paid(t, { end: "tháng 12 năm 2018" }),
        paid(t, { end: "31-12-2018" }),
        paid(t, { end: new Date(Date.UTC(2018, 11, 31)) }),
        paid(t, { start: "01/07/2009", end: "30/06/2019" }),
        paid(t, { start: "01/07/2009", end: "01/07/2019" }),
      ].map((p, i) => ({ ...p, name: NAMES[i] }))
    );
    return toBuffer(wb);
  },
  "c27-feb29-and-month-ends.xlsx": async () => {
    //  29/02/2016 → 28/02/2019: S + 36 = 28/02/2019 (clamped) ≤ 01/03/2019 < S + 37 → 36 = 3 y → 4.170.000.
    //  31/01/2018 → 27/02/2019: S + 13 = 28/02/2019 (clamped) ≤ E + 1 = 28/02/2019 → 13 = 1 y 1 m → 1,5 → 2.085.000.
    const wb = newWorkbook();
    standardSheet(wb, [
      paid("Thủ quỹ", { start: "29/02/2018" }),
      paid("Thú y", { start: "29/02/2016", end: "28/02/2019" }),
      paid("Khuyến nông", { start: "31/04/2015" }),
      paid("Văn thư - Lưu trữ", { start: "31/01/2018", end: "27/02/2019" }),
    ]);
    return toBuffer(wb);
  },
  "c28-serial-60.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(
      wb,
      [paid("Thủ quỹ", { start: 60 }), paid("Thú y", { start: -5 }), keep("Khuyến nông")],
      "Danh sách",
      {
        numFmts: { J4: "dd/mm/yyyy", J5: "dd/mm/yyyy" },
      }
    );
    return toBuffer(wb);
  },
  "c29-date-1904.xlsx": async () => {
    const wb = newWorkbook();
    wb.properties.date1904 = true;
    standardSheet(wb, [paid("Thủ quỹ", { start: new Date(Date.UTC(2010, 6, 5)) }), keep("Thú y")]);
    return toBuffer(wb);
  },
  "c30-nfd-text.xlsx": async () => {
    const nfd = (v: V): V => (typeof v === "string" ? v.normalize("NFD") : v);
    const wb = newWorkbook();
    const people = [
      keep("Thủ quỹ"),
      keep("Trưởng ấp", { hamlet: "Ấp Tràm Trổi" }),
      paid("Văn thư - Lưu trữ", { decision: "Thôi việc" }),
      keep("Công an viên", { hamlet: "Ấp Tràm Trổi", decision: "Tiếp tục bố trí" }),
    ];
    const rows = standardRows(people).map((r) => r.map(nfd));
    addSheet(wb, "Danh sách", rows);
    registerSheet(wb, [
      ["Phú Mỹ", 1],
      ["Phú Mỹ", null, "Ấp Tràm Trổi", 320],
    ]);
    return toBuffer(wb);
  },
  "c31-whitespace.xlsx": async () => {
    const wb = newWorkbook();
    const header: Row = [...ROSTER_HEADER];
    header[1] = "Họ và\ntên";
    header[5] = "Chức\u00a0danh";
    header[11] = " Phương\tán ";
    const rows: Row[] = [
      [TITLE_LINE],
      [],
      header,
      personRow(
        keep("\u00a0Thủ\u00a0quỹ ", { name: "\u00a0Nguyễn\tVăn An\u00a0", commune: "Phú\u00a0Mỹ" }),
        0
      ),
      personRow(keep("Thú y\n", { commune: " Phú Mỹ\n" }), 1),
      personRow(paid("Văn thư -\nLưu trữ", { decision: "Thôi\nviệc", commune: "Phú Mỹ\t" }), 2),
      personRow(keep("Khuyến\u00a0nông", { decision: "Bố\u00a0trí" }), 3),
    ];
    addSheet(wb, "Danh sách", rows);
    return toBuffer(wb);
  },
  "c32-legacy-fonts.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [
      keep("Thủ quỹ", { name: "NguyÔn V¨n A" }),
      keep("Thú y", { name: "Nguyeãn Vaên Bình" }),
      keep("Thñ quü", { name: "Lê Văn Cường" }),
    ]);
    return toBuffer(wb);
  },
  "c33-huge-cells.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [
      keep("Thủ quỹ", { note: huge(10_000) }),
      keep(huge(10_000)),
      keep("Khuyến nông", { decision: huge(10_000) }),
    ]);
    return toBuffer(wb);
  },
  "c34-emoji.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(
      wb,
      [
        keep("Thủ quỹ", { name: "Nguyễn Văn An 😀" }),
        keep("Thú y", { note: "👍👍 đã ký 🖊️" }),
        keep("Khuyến nông", { decision: "👍", name: "Lê 👨‍👩‍👧 Cường" }),
      ],
      "Phú Mỹ 🌾"
    );
    return toBuffer(wb);
  },
  "c35-numbers.xlsx": async () => {
    // All 01/03/2010 → 31/12/2018: 9 years, base 1.390.000.
    //  coefficient 1,5: round(1,5 × 1.390.000) = 2.085.000 × 9 = 18.765.000.
    //  amount 1.390.000 × 9 = 12.510.000; amount 1.500.000 (disagrees with 1 × 1.390.000, the amount wins) × 9 = 13.500.000.
    const wb = newWorkbook();
    const t = "Thủ quỹ";
    standardSheet(
      wb,
      [
        paid(t, { coef: "1,5" }),
        paid(t, { coef: "1.5" }),
        paid(t, { coef: 1.5 }),
        paid(t, { coef: null, allow: "1.390.000" }),
        paid(t, { coef: -1 }),
        paid(t, { coef: 0 }),
        paid(t, { coef: null, allow: -1390000 }),
        paid(t, { coef: null, allow: 1390000 }),
        paid(t, { coef: "1,5", allow: "2.085.000" }),
        paid(t, { coef: 1, allow: "1.500.000" }),
        paid(t, { coef: "không" }),
      ].map((p, i) => ({ ...p, name: NAMES[i] }))
    );
    return toBuffer(wb);
  },
  "c36-rich-text-booleans.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [
      keep("", {
        name: { richText: [{ text: "Nguyễn ", font: { bold: true } }, { text: "Văn An" }] },
        title: { richText: [{ text: "Thủ ", font: { italic: true } }, { text: "quỹ" }] },
      }),
      paid("Văn thư - Lưu trữ", { coef: true }),
      keep("Thú y", { note: false }),
    ]);
    return toBuffer(wb);
  },
  "c37-sheet-name-quote.xlsx": async () => {
    const wb = newWorkbook();
    const people = [
      keep("Trưởng ấp"),
      keep("Công an viên", { decision: "???" }),
      keep("Bí thư Chi bộ"),
    ].map((p) => ({ ...p, hamlet: "Ấp O'Môn" }));
    standardSheet(wb, people, "Ấp O'Môn");
    return toBuffer(wb);
  },

  // ───────────── never a silent zero ─────────────
  "c38-unreadable-allowance.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [
      paid("Thủ quỹ", { coef: null, allow: "chưa rõ" }),
      paid("Thú y", { coef: null }),
      paid("Khuyến nông", { coef: null, allow: "xem hồ sơ" }),
      keep("Văn thư - Lưu trữ"),
    ]);
    return toBuffer(wb);
  },
  "c39-missing-dates.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [
      paid("Thủ quỹ", { start: null }),
      paid("Thú y", { end: null }),
      keep("Khuyến nông"),
    ]);
    return toBuffer(wb);
  },
  "c40-payment-date-sheet.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [paid("Thủ quỹ", { end: null }), keep("Khuyến nông")]);
    addSheet(wb, "Thông tin", [
      ["Tỉnh", "Kiên Giang"],
      ["Huyện", "Giang Thành"],
      ["Ngày chi trả", "31/12/2018"],
    ]);
    return toBuffer(wb);
  },
  "c41-date-order.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [
      paid("Thủ quỹ", { start: "01/01/2019" }),
      paid("Thú y", { birth: 2000, start: "01/01/2010" }),
      paid("Khuyến nông", { start: "01/01/2010", end: "31/12/2015" }),
    ]);
    return toBuffer(wb);
  },

  // ───────────── words ─────────────
  "c42-decisions.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [
      paid("Thủ quỹ", { decision: "thoi viec" }),
      paid("Thú y", { decision: "THÔI VIỆC" }),
      paid("Khuyến nông", { decision: "Nghỉ chế độ" }),
      keep("Văn phòng Đảng ủy", { decision: "Từ trần" }),
      keep("Phó Trưởng Công an", { decision: "Bổ sung" }),
      keep("Quản lý Nhà văn hóa", { decision: "Thôi vệc" }),
      keep("Phụ trách Đài truyền thanh", { decision: null }),
      keep("Văn thư - Lưu trữ"),
    ]);
    return toBuffer(wb);
  },
  "c43-title-aliases.xlsx": async () => {
    const wb = newWorkbook();
    const h = { hamlet: "Ấp Tràm Trổi" };
    standardSheet(wb, [
      keep("Phó CHT Quân sự"),
      keep("Phó Trưởng CA"),
      keep("VP Đảng ủy"),
      keep("thu quy"),
      keep("P. Trưởng ấp", h),
      keep("CAV", h),
      keep("Bí thư chi bộ ấp", h),
      keep("Khuyến nôngg"),
    ]);
    return toBuffer(wb);
  },

  // ───────────── checks ─────────────
  "c44-same-person-three-communes.xlsx": async () => {
    const wb = newWorkbook();
    const sóc = { name: "Trần Văn Sóc", birth: 1970 };
    const hoa = { name: "Lê Thị Hoa", birth: null };
    standardSheet(wb, [
      keep("Thủ quỹ", { ...sóc, commune: "Phú Mỹ" }),
      keep("Thủ quỹ", { ...sóc, commune: "Vĩnh Phú" }),
      keep("Thủ quỹ", { ...sóc, commune: "Phú Lợi" }),
      keep("Thú y", { ...hoa, commune: "Phú Mỹ" }),
      keep("Thú y", { ...hoa, commune: "Vĩnh Phú" }),
    ]);
    return toBuffer(wb);
  },
  "c45-quotas.xlsx": async () => {
    const wb = newWorkbook();
    const commune: P[] = [...COMMUNE_TITLES.slice(0, 10), "Thủ quỹ", "Thủ quỹ"].map((t) => keep(t));
    const hamlet: P[] = [...HAMLET_TITLES, "Trưởng ấp"].map((t) =>
      keep(t, { hamlet: "Ấp Tràm Trổi" })
    );
    standardSheet(wb, [...commune, ...hamlet]);
    registerSheet(wb, [
      ["Phú Mỹ", 1],
      ["Phú Mỹ", null, "Ấp Tràm Trổi", 300],
    ]);
    return toBuffer(wb);
  },
  "c46-titles-per-person.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [
      keep("Văn thư - Lưu trữ", { conc: "Thủ quỹ; Thú y" }),
      keep("Trưởng ấp", { hamlet: "Ấp Tràm Trổi", conc: "Khuyến nông" }),
      keep("Phó Trưởng Công an"),
    ]);
    return toBuffer(wb);
  },
  "c47-reappointed.xlsx": async () => {
    const wb = newWorkbook();
    const tư = { name: "Nguyễn Văn Tư", birth: 1968 };
    standardSheet(wb, [paid("Thú y", tư), keep("Thú y", tư), keep("Thủ quỹ")]);
    return toBuffer(wb);
  },
  "c48-register-issues.xlsx": async () => {
    const wb = newWorkbook();
    standardSheet(wb, [
      keep("Thủ quỹ"),
      keep("Thú y", { commune: "Vĩnh Phú" }),
      keep("Trưởng ấp", { hamlet: "Ấp Không Có" }),
    ]);
    registerSheet(wb, [
      ["Phú Mỹ", null],
      ["Phú Mỹ", null, "Ấp Tràm Trổi", 300],
    ]);
    return toBuffer(wb);
  },

  // ───────────── policy ─────────────
  "c53-policy-sheet-misspelt.xlsx": async () => {
    const wb = validRoster();
    await policySheet(wb, (ws) => {
      // A31: the base salary table has seven rows since the 2026-07-01 row.
      if (ws.getCell("A31").value !== "Số người tối đa mỗi ấp, khu phố")
        throw new Error("policy sheet layout changed: A31");
      ws.getCell("A31").value = "Số ngừơi tối da mỗi ấpp";
    });
    return toBuffer(wb);
  },
  "c54-policy-sheet-base-salary.xlsx": async () => {
    const wb = validRoster();
    await policySheet(wb, (ws) => {
      if (ws.getCell("A16").value !== "01/07/2017" || ws.getCell("A17").value !== "01/07/2018")
        throw new Error("policy sheet layout changed: A16:A17");
      ws.getCell("A16").value = "01/07/2018";
      ws.getCell("A17").value = "01/07/2017";
    });
    return toBuffer(wb);
  },
  "c56-implausible-values.xlsx": async () => {
    // Bounds of src/engine/roster/bounds.ts: coefficient 0,1–10, allowance 0–100.000.000 đồng,
    // service dates 1950–2100, service at most 60 years. Each bad value is one finding at its
    // cell and the leaver's payout is null; none reaches the money arithmetic (before, the 12-digit
    // ID stopped the whole run with "Amount out of the safe integer range").
    const wb = newWorkbook();
    standardSheet(wb, [
      paid("Thủ quỹ", { coef: 123456789012 }), // row 4: a citizen ID pasted into «Hệ số»
      paid("Thú y", { coef: 1e308 }), // row 5
      paid("Khuyến nông", { coef: 1e-300 }), // row 6
      paid("Văn thư - Lưu trữ", { coef: 99999 }), // row 7
      paid("Phó Trưởng Công an", { end: "31/12/9999" }), // row 8: K8 date-invalid, no end-missing
      paid("Thủ quỹ", { coef: null, allow: 999_999_999_999_999 }), // row 9: I9
      paid("Thủ quỹ", { start: "01/01/1900" }), // row 10: J10 before 1950
      // Row 11: 01/01/1950 → 31/12/2018 is 69 years of service, more than 60: date-order at K11
      // (born 1930, so the start is after the 15th birthday).
      paid("Thú y", { birth: 1930, start: "01/01/1950" }),
      keep("Khuyến nông"), // row 12: a valid person stays countable
    ]);
    return toBuffer(wb);
  },
  // ───────────── packages as other writers make them, and damaged ones (issue 13) ─────────────
  "c57-sheet-part-name.xlsx": async () =>
    rawXlsx([
      { name: "Danh sách", xml: sheetXml(validCells()), part: "xl/worksheets/danh-sach-2019.xml" },
    ]),
  "c58-stale-marker.xlsx": async () =>
    rawXlsx([{ name: "Danh sách", xml: sheetXml(validCells()) }], {
      definedNames: { DinhBien_summary: "'Danh sách'!$A$1" },
    }),
  "c59-x-prefix-no-refs.xlsx": async () => rawRoster({ prefix: "x", noRefs: true }),
  "c60-strict-ooxml.xlsx": async () =>
    rawXlsx([{ name: "Danh sách", xml: sheetXml(validCells()) }], { strict: true }),
  // D4:D7 merges the commune over every person; D5:E5 overlaps it and is dropped, as Excel does.
  "c61-overlapping-merges.xlsx": async () => {
    const cells = validCells();
    for (const r of [5, 6, 7]) cells[r - 1][3] = null;
    return rawRoster({ merges: ["D4:D7", "D5:E5"] }, cells);
  },
  // Row 7's coefficient 1 from a shared formula (master in H6, cached results in both).
  "c62-shared-formulas.xlsx": async () =>
    rawRoster({
      rawCells: {
        "6:8": `<c r="H6"><f t="shared" ref="H6:H7" si="0">0.5+0.5</f><v>1</v></c>`,
        "7:8": `<c r="H7"><f t="shared" si="0"/><v>1</v></c>`,
      },
    }),
  "c63-far-stray-cells.xlsx": async () =>
    rawRoster({
      extraCells: { 2: `<c r="XFD2" t="inlineStr"><is><t>ghi chú</t></is></c>` },
      extraRows: `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`,
    }),
  "c64-whole-column-dropdowns.xlsx": async () =>
    rawRoster({
      merges: ["M4:N4", "M5:N5", "M6:N6", "M7:N7"],
      after:
        `<dataValidations count="2"><dataValidation type="list" sqref="L1:L1048576"><formula1>"Thôi việc,Bố trí"</formula1></dataValidation>` +
        `<dataValidation type="list" sqref="A1:XFD1048576"><formula1>"x"</formula1></dataValidation></dataValidations>`,
    }),
  // The sheet holds coefficient 9 on row 7, under the CRC of the file that had 1: a damaged copy
  // would pay 9 × 12.510.000 = 112.590.000 with confidence.
  "c65-crc-mismatch.xlsx": async () => {
    const good = storedParts(rawRoster()).find((p) => p.name === SHEET1);
    return restored(rawRoster({}, validCells({ 7: { coef: 9 } })), (parts) => {
      const sheet = parts.find((p) => p.name === SHEET1);
      if (sheet && "crc" in sheet && good && "crc" in good) sheet.crc = good.crc;
    });
  },
  "c66-duplicate-entries.xlsx": async () => {
    const other = storedParts(rawRoster({}, validCells({ 7: { coef: 9 } }))).find(
      (p) => p.name === SHEET1
    );
    return restored(rawRoster(), (parts) => {
      if (other) parts.push(other);
    });
  },
  // The sheet says it inflates to 1 000 bytes and inflates to more: refused at byte 1 001.
  "c67-size-lie.xlsx": async () =>
    restored(rawRoster(), (parts) => {
      const sheet = parts.find((p) => p.name === SHEET1);
      if (sheet && "size" in sheet) sheet.size = 1000;
    }),
  // A worksheet that says it inflates to 3,75 GiB: refused before inflating anything.
  "c68-huge-part.xlsx": async () =>
    restored(rawRoster(), (parts) => {
      const sheet = parts.find((p) => p.name === SHEET1);
      if (sheet && "size" in sheet) sheet.size = 0xf0000000;
    }),
  // The same 3,75 GiB part, unneeded (a media file nothing points at): the roster reads.
  "c69-unneeded-huge-part.xlsx": async () =>
    restored(rawRoster(), (parts) => {
      parts.push({
        name: "xl/media/video1.bin",
        method: 8,
        crc: 0,
        size: 0xf0000000,
        compressed: Buffer.alloc(64, 0x55),
      });
    }),
  "c70-ods-named-xlsx.xlsx": async () =>
    zipParts([
      {
        name: "mimetype",
        data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"),
        store: true,
      },
      {
        name: "content.xml",
        data: Buffer.from(
          `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>`
        ),
      },
    ]),
  "c71-docx-named-xlsx.xlsx": async () =>
    zipParts([
      {
        name: "[Content_Types].xml",
        data: Buffer.from(
          `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
        ),
      },
      {
        name: "_rels/.rels",
        data: Buffer.from(
          `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
        ),
      },
      {
        name: "word/document.xml",
        data: Buffer.from(
          `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`
        ),
      },
    ]),
  "c72-html-named-xlsx.xlsx": async () =>
    "<!DOCTYPE html>\n<html><body><table><tr><td>Họ và tên</td><td>Chức danh</td></tr></table></body></html>\n",
  // A paid leaver on a very hidden sheet: still read and paid, and a warning says the sheet is hidden.
  "c73-hidden-roster.xlsx": async () => {
    const hidden = standardRows([paid("Phó Trưởng Công an", { name: "Lê Văn Ẩn" })]).map((r) =>
      r.map((v) => (typeof v === "string" || typeof v === "number" ? v : null))
    );
    return rawXlsx([
      { name: "Danh sách", xml: sheetXml(validCells()) },
      { name: "Danh sách cũ", xml: sheetXml(hidden), state: "veryHidden" },
    ]);
  },
  "c74-policy-special-file.xlsx": async () => rawRoster(),
  "c55-policy-sheet-hamlet-cap.xlsx": async () => {
    // The clerk lowered the hamlet cap to 5 on the sheet: 6 people kept in one hamlet are now over it.
    const wb = newWorkbook();
    standardSheet(
      wb,
      HAMLET_TITLES.map((t) => keep(t, { hamlet: "Ấp Tràm Trổi" }))
    );
    await policySheet(wb, (ws) => {
      if (ws.getCell("B31").value !== 6) throw new Error("policy sheet layout changed: B31");
      ws.getCell("B31").value = 5;
    });
    return toBuffer(wb);
  },
  "c49-policy-json-misspelt.xlsx": async () => toBuffer(validRoster()),
  "c50-policy-json-base-salary.xlsx": async () => toBuffer(validRoster()),
  "c51-policy-json-band-gap.xlsx": async () => toBuffer(validRoster()),
  "c52-policy-json-broken.xlsx": async () => toBuffer(validRoster()),
};

/** Add the default preset as a clerk's own "Quy định" sheet (values only, as if typed), then let `edit` break it. */
async function policySheet(
  wb: ExcelJS.Workbook,
  edit: (ws: ExcelJS.Worksheet) => void
): Promise<void> {
  const { getPreset } = await import("../src/engine/policy/presets");
  const { policyToSheetSpec } = await import("../src/engine/policy/policy-sheet");
  const preset = getPreset("kien-giang-nq77-2017");
  if (!preset) throw new Error("preset kien-giang-nq77-2017 missing");
  const spec = policyToSheetSpec(preset);
  const ws = wb.addWorksheet(spec.name);
  for (const c of spec.cells) if (c.value !== null) ws.getCell(c.row, c.col).value = c.value;
  edit(ws);
}

/** The default preset as plain JSON (what `dinh-bien policy ID --json` prints), to be broken on purpose. */
async function presetJson(): Promise<Record<string, unknown>> {
  const { getPreset } = await import("../src/engine/policy/presets");
  const preset = getPreset("kien-giang-nq77-2017");
  if (!preset) throw new Error("preset kien-giang-nq77-2017 missing");
  return JSON.parse(JSON.stringify(preset)) as Record<string, unknown>;
}

extraFiles["c49-policy-misspelt.json"] = async () => {
  const p = await presetJson();
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) out[k === "hamletCap" ? "hamletCapp" : k] = v;
  return JSON.stringify(out, null, 2) + "\n";
};
extraFiles["c50-policy-base-salary-order.json"] = async () => {
  const p = await presetJson();
  const rows = p.baseSalary as { from: string }[];
  const i = rows.findIndex((r) => r.from === "2017-07-01");
  const j = rows.findIndex((r) => r.from === "2018-07-01");
  if (i < 0 || j < 0) throw new Error("preset base salary table lacks 2017/2018 rows");
  [rows[i], rows[j]] = [rows[j], rows[i]];
  return JSON.stringify(p, null, 2) + "\n";
};
extraFiles["c51-policy-band-gap.json"] = async () => {
  const p = await presetJson();
  const sev = p.severance as { bandRule: string; bands: unknown[] };
  sev.bandRule = "B";
  sev.bands = [
    { fromMonths: 0, toMonths: 0, years: "0" },
    { fromMonths: 1, toMonths: 5, years: "0.5" },
    { fromMonths: 7, toMonths: 11, years: "1" },
  ];
  return JSON.stringify(p, null, 2) + "\n";
};
extraFiles["c52-policy-broken.json"] = async () =>
  '{ "id": "kien-giang-nq77-2017", "name": "Thiếu dấu đóng ngoặc",\n';

// ───────────────────────────── README ─────────────────────────────

function outcome(e: Expectation): string {
  if (e.exit === 2)
    return `exit 2, one line «dinh-bien: …»${e.stderrIncludes ? ` containing «${e.stderrIncludes}»` : ""}`;
  const parts: string[] = [];
  for (const f of e.findings ?? [])
    parts.push(
      `\`${f.code}\` at ${f.sheet === "Danh sách" ? "" : `${f.sheet}!`}${f.cell ?? "(sheet)"}`
    );
  for (const p of e.payouts ?? [])
    parts.push(
      `row ${p.row}${p.sheet === "Danh sách" ? "" : ` (${p.sheet})`} pays ${p.amount === null ? "null (not 0)" : p.amount.toLocaleString("de-DE")}`
    );
  for (const c of e.communes ?? [])
    parts.push(
      `${c.commune}: before ${c.before ? `${c.before.commune}+${c.before.hamlet}` : "?"}${c.after ? `, after ${c.after.commune}+${c.after.hamlet}` : ""}`
    );
  if (e.people !== undefined) parts.push(`${e.people} people`);
  if (e.noErrors) parts.push("no errors");
  for (const a of e.absent ?? []) parts.push(`no \`${a.code}\`${a.cell ? ` at ${a.cell}` : ""}`);
  return parts.join("; ");
}

function readme(): string {
  const lines = [
    "# Hostile roster corpus",
    "",
    "Messy, broken and adversarial workbooks a clerk could bring (DOMAIN §4), each with its expected",
    "outcome. Built by `npm run corpus` (scripts/build-corpus.ts; deterministic: rebuilding",
    "gives byte-identical files, recorded in `manifest.json`); the expectations live in",
    "`expectations.ts` (this table is generated from them) and `corpus.test.ts` runs the CLI in-process",
    "on every file (`check --json`, and `payouts --json` where payouts are listed).",
    "",
    "Every case must give the expected finding at the expected cell, or the exit-2 line; never a crash",
    "(no stack trace), a hang, or a silent zero (a paid leaver whose allowance cannot be read has a",
    "finding and `amount: null`). Amounts are whole đồng worked out by hand (see the comments in the",
    "build script); cells use the standard columns A STT · B Họ và tên · C Năm sinh · D Xã · E Ấp ·",
    "F Chức danh · G Kiêm nhiệm · H Hệ số · I Mức phụ cấp · J Từ ngày · K Đến ngày · L Phương án ·",
    "M Ghi chú unless the file says otherwise; the sheet is «Danh sách» unless named.",
    "",
    "| file | what it contains | expected outcome |",
    "|---|---|---|",
  ];
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  for (const [file, e] of Object.entries(CORPUS))
    lines.push(`| \`${file}\` | ${esc(e.what)} | ${esc(outcome(e))} |`);
  const notes = Object.entries(CORPUS).filter(([, e]) => e.note);
  if (notes.length > 0) {
    lines.push("", "Notes:", "");
    for (const [file, e] of notes) lines.push(`- \`${file}\`: ${e.note}`);
  }
  lines.push(
    "",
    "Policy files used with `--policy`: " +
      Object.keys(extraFiles)
        .map((f) => `\`${f}\``)
        .join(", ") +
      ".",
    ""
  );
  return lines.join("\n");
}

// ───────────────────────────── main ─────────────────────────────

export async function buildCorpus(dir = CORPUS_DIR): Promise<Record<string, string>> {
  const missing = Object.keys(CORPUS).filter((f) => !BUILDERS[f]);
  const unlisted = Object.keys(BUILDERS).filter((f) => !CORPUS[f]);
  if (missing.length || unlisted.length)
    throw new Error(
      `corpus mismatch: no builder for ${missing.join(", ")}; no expectation for ${unlisted.join(", ")}`
    );
  mkdirSync(dir, { recursive: true });
  const manifest: Record<string, string> = {};
  const write = (file: string, data: Buffer | string) => {
    writeFileSync(join(dir, file), data);
    manifest[file] = createHash("sha256").update(data).digest("hex");
  };
  for (const [file, build] of Object.entries(BUILDERS)) write(file, await build());
  for (const [file, build] of Object.entries(extraFiles)) write(file, await build());
  // Drop files of cases that no longer exist.
  for (const f of readdirSync(dir))
    if (/\.(xlsx|json)$/.test(f) && f !== "manifest.json" && !manifest[f]) unlinkSync(join(dir, f));
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  writeFileSync(join(dir, "README.md"), readme());
  return manifest;
}

if (require.main === module) {
  buildCorpus().then(
    (m) => console.log(`corpus: ${Object.keys(m).length} files in ${CORPUS_DIR}`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    }
  );
}
