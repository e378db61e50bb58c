import type { Analysis, GeneralInfo, Policy } from "../types";
import { parseIsoDate } from "../text/dates";
import type { SheetBuilder } from "./builder";
import { headerLines } from "../workbook/header-form";

/** Upper case the Vietnamese way (NFC in, NFC out). */
export function upper(s: string): string {
  return s.normalize("NFC").toLocaleUpperCase("vi").normalize("NFC");
}

const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .trim();

/** "Giang Thành" → "ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH"; a name already saying huyện/thị xã/thành phố keeps it. */
export function parentBodyLine(district: string): string {
  const d = district.trim();
  if (d === "") return "ỦY BAN NHÂN DÂN";
  if (/^(uy ban|ubnd)/.test(fold(d))) return upper(d);
  const typed = /^(huyen|thi xa|thanh pho|quan)\s/.test(fold(d));
  return `ỦY BAN NHÂN DÂN ${upper(typed ? d : `huyện ${d}`)}`;
}

/** "Phú Mỹ" → "xã Phú Mỹ"; "Thị trấn X" / "Phường Y" / "Xã Z" keep their own word (lower-cased). */
export function communeLabel(commune: string): string {
  const c = commune.trim();
  const m = /^(xa|phuong|thi tran)\s/.exec(fold(c));
  if (!m) return `xã ${c}`;
  const words = m[1].split(" ").length;
  const parts = c.split(/\s+/);
  return [
    ...parts.slice(0, words).map((w) => w.toLocaleLowerCase("vi")),
    ...parts.slice(words),
  ].join(" ");
}

/**
 * "Giang Thành, ngày 05 tháng 3 năm 2019": two-digit day; month with a leading zero only for
 * January and February (Nghị định 30/2020 writes "tháng 01", "tháng 02", "tháng 3" …).
 */
export function dateLine(place: string, iso: string): string {
  const d = parseIsoDate(iso);
  if (!d || d.month === undefined || d.day === undefined)
    throw new RangeError(`Not an ISO day: ${iso}`);
  const day = String(d.day).padStart(2, "0");
  const month = d.month <= 2 ? String(d.month).padStart(2, "0") : String(d.month);
  const prefix = place.trim() === "" ? "" : `${place.trim()}, `;
  return `${prefix}ngày ${day} tháng ${month} năm ${d.year}`;
}

function isoToVi(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d || d.month === undefined) return iso;
  if (d.day === undefined) return `${d.month}/${d.year}`;
  return `${d.day}/${d.month}/${d.year}`;
}

/** "(Thực hiện Nghị quyết số 77/2017/NQ-HĐND ngày 20/7/2017 của Hội đồng nhân dân tỉnh Kiên Giang)". */
export function legalBasisLine(policy: Policy): string {
  const { number, date, issuer } = policy.legalBasis;
  let instrument = number.trim();
  if (/^\d/.test(instrument)) {
    const kind = /NQ/i.test(instrument)
      ? "Nghị quyết"
      : /NĐ|ND-CP/i.test(instrument)
        ? "Nghị định"
        : /TT/i.test(instrument)
          ? "Thông tư"
          : /QĐ/i.test(instrument)
            ? "Quyết định"
            : "Văn bản";
    instrument = `${kind} số ${instrument}`;
  }
  const when = date ? ` ngày ${isoToVi(date)}` : "";
  const who = issuer.trim() ? ` của ${issuer.trim()}` : "";
  return `(Thực hiện ${instrument}${when}${who})`;
}

export function errorCount(analysis: Analysis): number {
  return analysis.findings.filter((x) => x.severity === "error").length;
}

/** The draft mark every document carries while errors remain (CONTRACT §2). */
export function draftLine(errors: number): string | null {
  return errors > 0 ? `DỰ THẢO — còn ${errors} lỗi cần sửa` : null;
}

/** Split columns into a left and a right header area (national header convention). */
function headerAreas(b: SheetBuilder): { left: [number, number]; right: [number, number] } {
  const total = b.span(1, b.lastCol);
  let leftEnd = 1;
  while (leftEnd < b.lastCol && b.span(1, leftEnd) < total * 0.4) leftEnd++;
  let rightStart = b.lastCol;
  while (rightStart > leftEnd + 1 && b.span(rightStart, b.lastCol) < total * 0.5) rightStart--;
  return { left: [1, leftEnd], right: [rightStart, b.lastCol] };
}

/**
 * The national header (DOMAIN §6.1), the date line, the draft mark, the title and the legal basis.
 * Starts at b.row and leaves b.row on the first free row after a blank spacer.
 */
export function documentHeader(
  b: SheetBuilder,
  ctx: DocContext,
  title: string,
  subtitles: { text: string; style: "subtitle" | "basis" }[],
  /** The left and right header areas, for a sheet with too few columns to cut by width. */
  areas?: { left: [number, number]; right: [number, number] }
): void {
  const { left, right } = areas ?? headerAreas(b);
  const r = b.row;
  const lines = headerLines(ctx.info);
  // The district form keeps the 2017–2019 wording (parentBodyLine); the two-tier forms are data.
  const parent =
    lines.form.id === "district-office" ? parentBodyLine(ctx.info.district) : lines.parent;
  b.block(r, left[0], r, left[1], parent, "agency");
  b.block(r + 1, left[0], r + 1, left[1], lines.body, "office");
  b.block(r + 2, left[0], r + 2, left[1], "_____________", "rule");
  b.block(r, right[0], r, right[1], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "nation");
  b.block(r + 1, right[0], r + 1, right[1], "Độc lập - Tự do - Hạnh phúc", "motto");
  b.block(r + 2, right[0], r + 2, right[1], "_______________________________", "rule");
  b.height(r, 18);
  b.height(r + 1, 18);
  b.height(r + 2, 10);
  b.block(r + 3, right[0], r + 3, right[1], dateLine(ctx.place, ctx.documentDate), "dateLine");
  b.height(r + 3, 22);
  let row = r + 4;
  const draft = draftLine(ctx.errors);
  if (draft) {
    b.block(row, 1, row, b.lastCol, draft, "draft");
    b.height(row, 20);
    row++;
  } else {
    b.height(row, 8);
    row++;
  }
  b.block(row, 1, row, b.lastCol, upper(title), "title");
  // Bold capitals are much wider than the lower case the estimate is calibrated on.
  b.fit(row, 1, b.lastCol, upper(title), 14, 1.45);
  row++;
  for (const s of subtitles) {
    b.block(row, 1, row, b.lastCol, s.text, s.style);
    b.fit(row, 1, b.lastCol, s.text, s.style === "subtitle" ? 13 : 12);
    row++;
  }
  b.height(row, 8);
  b.row = row + 1;
}

/** "Bằng chữ: Một tỷ … đồng." on its own row. */
export function wordsRow(b: SheetBuilder, words: string): void {
  const text = `Bằng chữ: ${words.endsWith(".") ? words : `${words}.`}`;
  b.block(b.row, 1, b.row, b.lastCol, text, "words");
  b.fit(b.row, 1, b.lastCol, text, 12);
  b.row++;
}

/**
 * Three signature blocks side by side (preparer · head of office · approver), names below a gap.
 * `given`: the three column areas, for a sheet with too few columns to cut by width.
 */
export function signatures(
  b: SheetBuilder,
  info: GeneralInfo,
  given?: [[number, number], [number, number], [number, number]]
): void {
  const total = b.span(1, b.lastCol);
  const cuts: number[] = [];
  let c = 1;
  for (const share of [1 / 3, 2 / 3]) {
    while (c < b.lastCol && b.span(1, c) < total * share) c++;
    cuts.push(c);
  }
  const areas: [number, number][] = given ?? [
    [1, Math.max(1, cuts[0] - 1)],
    [cuts[0], Math.max(cuts[0], cuts[1] - 1)],
    [cuts[1], b.lastCol],
  ];
  const lines = headerLines(info);
  const form = lines.form;
  // The approver's default block is the form's; a title typed on Thông tin or in the pane wins.
  const typed = info.signers.approverTitle.trim();
  const approverTitle = typed && typed !== DEFAULT_APPROVER ? typed : form.approverTitle;
  const titles: string[][] = [
    ["NGƯỜI LẬP BIỂU"],
    [`${form.headWord} ${lines.office}`],
    upper(approverTitle)
      .split(/\n|\s+\/\s+/)
      .map((s) => s.trim())
      .filter((s) => s !== ""),
  ];
  const names = [info.signers.preparer, info.signers.head, info.signers.approver];
  const top = b.row + 1;
  const titleRows = Math.max(...titles.map((t) => t.length));
  areas.forEach(([l, r], i) => {
    titles[i].forEach((line, k) => b.block(top + k, l, top + k, r, line, "signTitle"));
  });
  const gap = 5;
  const nameRow = top + titleRows + gap;
  for (let k = top + titleRows; k < nameRow; k++) b.height(k, 16);
  areas.forEach(([l, r], i) =>
    b.block(nameRow, l, nameRow, r, names[i].trim() || null, "signName")
  );
  b.row = nameRow + 1;
}

/** DEFAULT_INFO's approver title: a run that leaves it gets the header form's own. */
const DEFAULT_APPROVER = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH";

/** What every document needs besides its own data. */
export interface DocContext {
  info: GeneralInfo;
  place: string;
  documentDate: string;
  errors: number;
}

/** The column-number row under a table header: "(1)", "(2)" … across every column. */
export function columnNumbersRow(b: SheetBuilder, row: number): void {
  for (let c = 1; c <= b.lastCol; c++) b.set(row, c, `(${c})`, "thNum");
}

/** A grouped header column: `text` merged over columns left..right, one sub-title per column below. */
export interface HeaderGroup {
  left: number;
  right: number;
  text: string;
  subs: string[];
}

/**
 * A two-row table header at `b.row`: single titles merged down both rows, grouped titles over
 * their sub-titles ("Năm sinh" over Nam / Nữ), then the column-number row. Leaves `b.row` under
 * the numbers and returns the first and last header rows (for print titles and freezing).
 */
export function tableHeader(
  b: SheetBuilder,
  header: { vertical: [number, string][]; groups: HeaderGroup[]; heights: [number, number] }
): [number, number] {
  const h1 = b.row;
  const h2 = h1 + 1;
  for (const [c, t] of header.vertical) b.block(h1, c, h2, c, t, "th");
  for (const g of header.groups) {
    b.block(h1, g.left, h1, g.right, g.text, "th");
    g.subs.forEach((t, i) => b.set(h2, g.left + i, t, "th"));
  }
  b.height(h1, header.heights[0]);
  b.height(h2, header.heights[1]);
  const h3 = h2 + 1;
  columnNumbersRow(b, h3);
  b.row = h3 + 1;
  return [h1, h3];
}

/** "Năm sinh" over Nam / Nữ in columns 3–4, as in both person lists. */
export const BIRTH_YEAR_GROUP: HeaderGroup = {
  left: 3,
  right: 4,
  text: "Năm sinh",
  subs: ["Nam", "Nữ"],
};

/**
 * The per-commune lists (payments, arrangement): each commune starts a new printed page under its
 * own heading row; with no commune at all, one line says so.
 */
export function communePages<T extends { name: string }>(
  b: SheetBuilder,
  communes: readonly T[],
  emptyText: string,
  body: (commune: T) => void
): void {
  if (communes.length === 0) {
    b.block(b.row, 1, b.row, b.lastCol, emptyText, "text");
    b.row++;
  }
  communes.forEach((c, i) => {
    if (i > 0) b.pageBreaksBefore.push(b.row);
    const heading = b.row++;
    b.block(heading, 1, heading, b.lastCol, upper(communeLabel(c.name)), "communeHeading");
    b.height(heading, 22);
    body(c);
  });
}

/**
 * The end of a commune's payment list: "Bằng chữ", "(Danh sách có N người …)" and the signatures,
 * then a spacer row.
 */
export function paymentListFooter(
  b: SheetBuilder,
  info: GeneralInfo,
  counted: number,
  blocked: number,
  words: string
): void {
  wordsRow(b, words);
  const countText = `(Danh sách có ${counted} người${blocked ? `; ${blocked} trường hợp chưa tính được, xem sheet Kiểm tra` : ""})`;
  b.block(b.row, 1, b.row, b.lastCol, countText, "count");
  b.row++;
  signatures(b, info);
  b.row += 1;
}
