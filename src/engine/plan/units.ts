import type { CommuneUnit, HamletUnit, Lang, Register } from "../types";
import { foldLoose } from "../text/fold";

/**
 * The one key of a unit (DOMAIN §5.1), used by the plan, the register and every document: how
 * roster rows map onto the units of the register. Commune and hamlet names are matched
 * tolerantly (diacritics stripped): a unit name is not an identity, and "Phu My" typed on a
 * keyboard without Telex still means Phú Mỹ.
 */
export function unitKey(text: string): string {
  return unitKeyMemo(text);
}

/**
 * Keys shared by every run, bounded like the folds of text/fold.ts: a district names a few
 * hundred units, and every row of every run asks for them again.
 */
function boundedMemo(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text: string): string => {
    let v = cache.get(text);
    if (v === undefined) {
      v = fn(text);
      if (cache.size >= 50_000) cache.clear();
      if (text.length <= 300) cache.set(text, v);
    }
    return v;
  };
}

const unitKeyMemo = boundedMemo((text) => foldLoose(text).replace(/\s+/g, " ").trim());

/**
 * A per-run cache for a string function: rosters repeat the same few commune, hamlet and title
 * texts thousands of times, and Unicode folding is the costliest step of a check run.
 */
export function memoize(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text: string): string => {
    let v = cache.get(text);
    if (v === undefined) {
      v = fn(text);
      cache.set(text, v);
    }
    return v;
  };
}

/** Hamlet names are compared without their "Ấp"/"Khu phố"/"Thôn" prefix: "Ấp Tràm Trổi" = "Tràm Trổi". */
export function hamletKey(text: string): string {
  return hamletKeyMemo(text);
}

const hamletKeyMemo = boundedMemo((text) =>
  unitKey(text)
    .replace(/^(ap|khu pho|kp|thon|to dan pho|khom|buon|ban|phum|soc)\s+/, "")
    .trim()
);

/** Commune names are compared without their "Xã"/"Phường"/"Thị trấn" prefix. */
export function communeKey(text: string): string {
  return communeKeyMemo(text);
}

const communeKeyMemo = boundedMemo((text) =>
  unitKey(text)
    .replace(/^(xa|phuong|thi tran|tt)\s+/, "")
    .trim()
);

export interface RegisterIndex {
  communes: Map<string, CommuneUnit>;
  hamlets: Map<CommuneUnit, Map<string, HamletUnit>>;
}

export function indexRegister(register: Register): RegisterIndex {
  const communes = new Map<string, CommuneUnit>();
  const hamlets = new Map<CommuneUnit, Map<string, HamletUnit>>();
  for (const c of register.communes) {
    const key = communeKey(c.name);
    if (!communes.has(key)) communes.set(key, c);
    const hs = new Map<string, HamletUnit>();
    for (const h of c.hamlets) if (!hs.has(hamletKey(h.name))) hs.set(hamletKey(h.name), h);
    hamlets.set(c, hs);
  }
  return { communes, hamlets };
}

/** "Phú Mỹ" → "Xã Phú Mỹ"; a name that already says what it is stays as written. */
export function communeUnitLabel(commune: string, lang: Lang = "vi"): string {
  if (/^(xã|phường|thị trấn)\s/i.test(commune.normalize("NFC"))) return capitalise(commune);
  return lang === "en" ? `${commune} commune` : `Xã ${commune}`;
}

/** "Tràm Trổi" → "Ấp Tràm Trổi"; "Khu phố 2" stays as written. */
export function hamletLabel(hamlet: string, lang: Lang = "vi"): string {
  if (/^(ấp|khu phố|thôn|tổ dân phố|khóm|buôn|bản|phum|sóc)\s/i.test(hamlet.normalize("NFC")))
    return capitalise(hamlet);
  return lang === "en" ? `${hamlet} hamlet` : `Ấp ${hamlet}`;
}

/** "Tràm Trổi", "Phú Mỹ" → "Ấp Tràm Trổi (xã Phú Mỹ)". */
export function hamletUnitLabel(hamlet: string, commune: string, lang: Lang = "vi"): string {
  const named = hamletLabel(hamlet, lang);
  const c = /^(xã|phường|thị trấn)\s/i.test(commune.normalize("NFC"))
    ? commune.charAt(0).toLocaleLowerCase("vi") + commune.slice(1)
    : lang === "en"
      ? `${commune} commune`
      : `xã ${commune}`;
  return `${named} (${c})`;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}
