import type { Lang, MergerFigures, PlanCommune, PlanPerson } from "../types";
import { foldLoose } from "../text/fold";
import { formatNumberVi } from "../text/vi-number";

/** Hamlet words as names begin with them (folded) and as a sentence writes them. */
const HAMLET_WORDS: [string, string][] = [
  ["to dan pho", "tổ dân phố"],
  ["khu pho", "khu phố"],
  ["thon", "thôn"],
  ["ap", "ấp"],
  ["khom", "khóm"],
  ["buon", "buôn"],
  ["ban", "bản"],
  ["phum", "phum"],
  ["soc", "sóc"],
];

/** The word of Nghị định 33/2023/NĐ-CP ("thôn, tổ dân phố"), used when no name carries one. */
const DEFAULT_HAMLET_WORD = "thôn";

/**
 * The word the data uses for its hamlets: the one most hamlet names begin with ("Ấp Tràm Trổi",
 * "Thôn 3"), the first met on a tie; "thôn" when no name begins with one. The word comes from the
 * names, not from the policy, because a clerk in An Giang writes "ấp" under any preset.
 */
export function hamletWord(names: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const name of names) {
    const key = foldLoose(name);
    const hit = HAMLET_WORDS.find(([folded]) => key.startsWith(`${folded} `));
    if (hit) counts.set(hit[1], (counts.get(hit[1]) ?? 0) + 1);
  }
  let best = DEFAULT_HAMLET_WORD;
  let most = 0;
  for (const [word, n] of counts) {
    if (n > most) [best, most] = [word, n];
  }
  return best;
}

/**
 * DOMAIN §10.3: hamlets before (old hamlets that existed: with someone counted before, or listed
 * by the register other than as a merger's new name only) and after (hamlets not merged away),
 * hamlet-level people before and after (§5.6, the same counts as the payout summary).
 */
export function mergerFigures(communes: PlanCommune[], people: PlanPerson[]): MergerFigures {
  let hamletsBefore = 0;
  let hamletsAfter = 0;
  let merging = false;
  const names: string[] = [];
  for (const c of communes) {
    for (const h of c.hamlets) {
      if (!h.named) continue;
      if (h.existsBefore) hamletsBefore++;
      if (h.existsAfter) hamletsAfter++;
      if (h.mergesInto !== null || h.regHamlet?.targetOnly === true) merging = true;
      if (h.hamletName !== null) names.push(h.hamletName);
    }
  }
  let peopleBefore = 0;
  let peopleAfter = 0;
  for (const p of people) {
    if (p.member.level !== "hamlet") continue;
    if (p.before) peopleBefore++;
    if (p.after) peopleAfter++;
    if (p.member.hamletAfter) merging = true;
  }
  return {
    merging,
    hamletsBefore,
    hamletsAfter,
    peopleBefore,
    peopleAfter,
    word: hamletWord(names),
  };
}

/**
 * The merger in the report's one sentence (DOMAIN §10.3), without a final full stop so that it can
 * open a longer sentence: "Sắp xếp 21 thôn thành 18 thôn; số người hoạt động không chuyên trách ở
 * thôn giảm từ 54 xuống 48 người".
 */
export function mergerSentence(m: MergerFigures, lang: Lang = "vi"): string {
  const { hamletsBefore: hb, hamletsAfter: ha, peopleBefore: pb, peopleAfter: pa } = m;
  if (lang === "en") {
    const change =
      pa < pb
        ? `fell from ${en(pb)} to ${en(pa)}`
        : pa > pb
          ? `rose from ${en(pb)} to ${en(pa)}`
          : `stayed at ${en(pb)}`;
    return `${en(hb)} ${hb === 1 ? "hamlet" : "hamlets"} rearranged into ${en(ha)}; part-time officials in the hamlets ${change}`;
  }
  const w = m.word;
  const v = formatNumberVi;
  const change =
    pa < pb
      ? `giảm từ ${v(pb)} xuống ${v(pa)} người`
      : pa > pb
        ? `tăng từ ${v(pb)} lên ${v(pa)} người`
        : `giữ nguyên ${v(pb)} người`;
  return `Sắp xếp ${v(hb)} ${w} thành ${v(ha)} ${w}; số người hoạt động không chuyên trách ở ${w} ${change}`;
}

const en = (n: number): string => formatNumberVi(n).replace(/\./g, ",");
