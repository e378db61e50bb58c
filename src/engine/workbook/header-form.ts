import type { GeneralInfo, HeaderFormId } from "../types";
import { foldLoose } from "../text/fold";

/**
 * The left header block of every document as data (DOMAIN §10.5, Nghị định 30/2020): which body
 * issues the document, over which parent body. Four presets of the two-tier government, plus the
 * district form of the 2017–2019 round (§6.1), which applies only when a district is given.
 */
export interface HeaderForm {
  id: HeaderFormId;
  /** The Thông tin sheet's and the pane's words for it. */
  vi: string;
  en: string;
  /** The issuing body's default name when the "Cơ quan" row does not give one. */
  defaultOffice: string | null;
  /** Where the date line's place and the names come from. */
  level: "commune" | "province" | "district";
  /** The head of the issuing body in the middle signature block ("TRƯỞNG", "GIÁM ĐỐC"). */
  headWord: string;
  /** The approver's block when the Thông tin sheet gives none. */
  approverTitle: string;
}

export const HEADER_FORMS: readonly HeaderForm[] = [
  {
    id: "commune-department",
    vi: "Phòng Văn hóa - Xã hội của xã",
    en: "Commune department",
    defaultOffice: "PHÒNG VĂN HÓA - XÃ HỘI",
    level: "commune",
    headWord: "TRƯỞNG",
    approverTitle: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  },
  {
    id: "commune",
    vi: "Ủy ban nhân dân xã",
    en: "Commune People's Committee",
    defaultOffice: null,
    level: "commune",
    headWord: "TRƯỞNG",
    approverTitle: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  },
  {
    id: "province-department",
    vi: "Sở Nội vụ của tỉnh",
    en: "Province department",
    defaultOffice: "SỞ NỘI VỤ",
    level: "province",
    headWord: "GIÁM ĐỐC",
    approverTitle: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  },
  {
    id: "province",
    vi: "Ủy ban nhân dân tỉnh",
    en: "Province People's Committee",
    defaultOffice: null,
    level: "province",
    headWord: "GIÁM ĐỐC",
    approverTitle: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  },
  {
    id: "district-office",
    vi: "Phòng Nội vụ huyện (trước 1-7-2025)",
    en: "District office (before 1-7-2025)",
    defaultOffice: "PHÒNG NỘI VỤ",
    level: "district",
    headWord: "TRƯỞNG",
    approverTitle: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  },
];

/** The office DEFAULT_INFO carries: the district form's, so it says nothing under another form. */
const DISTRICT_OFFICE = "PHÒNG NỘI VỤ";

export function headerFormById(id: HeaderFormId): HeaderForm {
  const f = HEADER_FORMS.find((x) => x.id === id);
  if (!f) throw new RangeError(`unknown header form: ${id}`);
  return f;
}

/** Words a clerk may write in the Thông tin sheet's "Mẫu tiêu đề" row, folded, per form. */
const WORDS: [string, HeaderFormId][] = [
  ["commune-department", "commune-department"],
  ["phong van hoa xa hoi cua xa", "commune-department"],
  ["phong van hoa xa hoi", "commune-department"],
  ["phong cua xa", "commune-department"],
  ["phong thuoc xa", "commune-department"],
  ["phong", "commune-department"],
  ["commune", "commune"],
  ["uy ban nhan dan xa", "commune"],
  ["ubnd xa", "commune"],
  ["xa", "commune"],
  ["province-department", "province-department"],
  ["so noi vu cua tinh", "province-department"],
  ["so noi vu", "province-department"],
  ["so cua tinh", "province-department"],
  ["so", "province-department"],
  ["province", "province"],
  ["uy ban nhan dan tinh", "province"],
  ["ubnd tinh", "province"],
  ["tinh", "province"],
  ["district-office", "district-office"],
  ["phong noi vu huyen", "district-office"],
  ["huyen", "district-office"],
];

/** The form a cell names, or null when it names none. */
export function parseHeaderForm(text: string): HeaderFormId | null {
  const key = foldLoose(text)
    .replace(/\(.*\)/g, "")
    .trim();
  if (key === "") return null;
  const own = HEADER_FORMS.find(
    (f) =>
      foldLoose(f.vi)
        .replace(/\(.*\)/g, "")
        .trim() === key
  );
  if (own) return own.id;
  return WORDS.find(([w]) => w === key)?.[1] ?? null;
}

/**
 * The form in use: the one chosen (Thông tin sheet or pane); else the district form when a
 * district is given (the 2017–2019 documents); else the commune department when a commune is
 * given, the province department when only a province is; else the district form.
 */
export function headerFormOf(info: GeneralInfo): HeaderForm {
  if (info.headerForm) return headerFormById(info.headerForm);
  if (info.district.trim()) return headerFormById("district-office");
  if ((info.commune ?? "").trim()) return headerFormById("commune-department");
  if (info.province.trim()) return headerFormById("province-department");
  return headerFormById("district-office");
}

const upper = (s: string): string => s.normalize("NFC").toLocaleUpperCase("vi").normalize("NFC");

const TYPED: Record<"commune" | "province" | "district", [RegExp, string]> = {
  commune: [/^(xa|phuong|dac khu|thi tran)\s/, "xã"],
  province: [/^(tinh|thanh pho)\s/, "tỉnh"],
  district: [/^(huyen|thi xa|thanh pho|quan)\s/, "huyện"],
};

/** "Vĩnh Điều" → "XÃ VĨNH ĐIỀU"; a name already saying phường / tỉnh / thành phố keeps its word. */
function typedName(level: "commune" | "province" | "district", name: string): string {
  const n = name.trim();
  const [re, word] = TYPED[level];
  return upper(re.test(foldLoose(n)) ? n : `${word} ${n}`);
}

/** A name without its type word: "xã Vĩnh Điều" → "Vĩnh Điều" (the date line's place). */
function bareName(level: "commune" | "province" | "district", name: string): string {
  const n = name.trim();
  const m = TYPED[level][0].exec(foldLoose(n));
  return m ? n.split(/\s+/).slice(m[1].split(" ").length).join(" ") : n;
}

export interface HeaderLines {
  /** The parent body, capitals not bold ("ỦY BAN NHÂN DÂN XÃ VĨNH ĐIỀU"). */
  parent: string;
  /** The issuing body, capitals bold ("PHÒNG VĂN HÓA - XÃ HỘI"). */
  body: string;
  /** The issuing body as the signature block names it (without "ỦY BAN NHÂN DÂN"). */
  office: string;
  /** The date line's place: the Thông tin sheet's, else the commune's or the province's name. */
  place: string;
  form: HeaderForm;
}

function levelName(info: GeneralInfo, level: HeaderForm["level"]): string {
  if (level === "commune") return info.commune ?? "";
  if (level === "province") return info.province;
  return info.district;
}

/** The left header block and the date line's place of every document (DOMAIN §6.1, §10.5). */
export function headerLines(info: GeneralInfo): HeaderLines {
  const form = headerFormOf(info);
  const name = levelName(info, form.level);
  const givenOffice = info.office.trim();
  const office =
    givenOffice && !(form.id !== "district-office" && givenOffice === DISTRICT_OFFICE)
      ? upper(givenOffice)
      : form.defaultOffice;
  const named = name.trim() ? typedName(form.level, name) : "";
  let parent: string;
  let body: string;
  if (office !== null) {
    parent = named ? `ỦY BAN NHÂN DÂN ${named}` : "ỦY BAN NHÂN DÂN";
    body = office;
  } else {
    parent = "ỦY BAN NHÂN DÂN";
    body = named || "ỦY BAN NHÂN DÂN";
  }
  const place = info.place.trim() || bareName(form.level, name);
  return { parent, body, office: office ?? body, place, form };
}
