import type {
  CellRef,
  CommuneUnit,
  Finding,
  FindingCode,
  GeneralInfo,
  HamletUnit,
  Lang,
  Level,
  Policy,
  Register,
  StaffMember,
  TitleDef,
} from "../types";
import { createFinding, type FindingInit } from "../findings/catalog";
import { closest } from "../text/fold";
import { formatDecimalVi, formatNumberVi } from "../text/vi-number";
import { dec, roundDong } from "../money/round";
import { baseSalaryOn } from "../policy/base-salary";
import { coefficientMismatch, computeAllowance } from "../payouts/allowance";
import { resolveTitle, titleKey } from "./titles";
import {
  birthYear,
  communeKey,
  communeUnitLabel,
  hamletKey,
  hamletLabel,
  hamletUnitLabel,
  indexRegister,
  memoize,
  nameKey,
  personCell,
} from "./units";

export { resolveTitle, titleKey } from "./titles";
export type { TitleResolution } from "./titles";
export { communeUnitLabel, hamletLabel, hamletUnitLabel, communeKey, hamletKey } from "./units";

export interface CheckInput {
  members: StaffMember[];
  policy: Policy;
  register: Register;
  info: GeneralInfo;
  /** ISO date at which the plan's allowances are valued for the fund check; null skips that check. */
  planDate: string | null;
  lang: Lang;
}

/** One roster row resolved against the register and the title catalogue. */
interface Row {
  m: StaffMember;
  /** Folded name (identity without the birth year); null without a name. */
  nameKey: string | null;
  communeId: string | null;
  communeName: string | null;
  regCommune: CommuneUnit | null;
  /** communeId + hamlet key; null for commune-level rows. */
  hamletId: string | null;
  hamletName: string | null;
  regHamlet: HamletUnit | null;
  main: TitleDef | null;
  /** Parallel to m.concurrent. */
  concurrent: (TitleDef | null)[];
}

/** A row counted towards a unit-level limit, with the cell that stands for it. */
interface Counted {
  row: Row;
  cell: CellRef;
}

/** A unit of the plan: a commune (its commune level) or a hamlet. */
interface Unit {
  id: string;
  level: Level;
  communeName: string;
  hamletName: string | null;
  regCommune: CommuneUnit | null;
  regHamlet: HamletUnit | null;
  rows: Row[];
}

const inPlan = (m: StaffMember): boolean =>
  m.decision?.value === "keep" || m.decision?.value === "new";

/**
 * Every check of DOMAIN §5.2 on the parsed rows. Rows are grouped with Maps (one pass each), so
 * the cost grows as n log n (one sort into sheet order), not n².
 */
export function runChecks(input: CheckInput): Finding[] {
  const { policy, register, lang } = input;
  const out: { order: number; finding: Finding }[] = [];
  const emit = (order: number, code: FindingCode, init: FindingInit): void => {
    out.push({ order, finding: createFinding(code, init, lang) });
  };

  const members = [...input.members].sort((a, b) => a.index - b.index);
  const reg = indexRegister(register);
  const hasRegister = register.communes.length > 0;
  const keys: Keys = {
    commune: memoize(communeKey),
    hamlet: memoize(hamletKey),
    join: joiner(),
  };
  const rows = members.map((m) => resolveRow(m, policy, reg, keys));

  checkTitlesKnown(rows, policy, emit);
  checkPlanCoefficients(rows, lang, (order, finding) => out.push({ order, finding }));
  if (hasRegister) checkUnitsKnown(rows, register, reg, emit);

  const plan = rows.filter((r) => inPlan(r.m));
  const units = groupUnits(plan, register, reg, keys);

  checkCommuneClass(units, hasRegister, emit);
  checkQuotas(units, policy, lang, emit);
  const holders = collectHolders(plan, units, keys);
  checkTitleLimits(holders, lang, emit);
  checkTitlesPerPerson(plan, policy, lang, emit);
  if (policy.funds && input.planDate) checkFunds(units, policy, input.planDate, lang, emit);
  checkReappointed(rows, plan, lang, emit);
  checkDuplicates(plan, lang, emit);
  checkVacancies(units, holders, policy, lang, emit, keys);

  // Stable sort into sheet order; unit findings without a row (vacancies) go last.
  return out
    .map((x, i) => ({ ...x, i }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map((x) => x.finding);
}

type Emit = (order: number, code: FindingCode, init: FindingInit) => void;

/**
 * coefficient-mismatch for the people kept or appointed (leavers get theirs from the payout):
 * their allowances feed the fund checks, so a coefficient off the catalogue matters for them too.
 */
function checkPlanCoefficients(
  rows: Row[],
  lang: Lang,
  push: (order: number, finding: Finding) => void
): void {
  for (const r of rows) {
    if (!inPlan(r.m)) continue;
    const f = coefficientMismatch(r.m, r.main, lang);
    if (f) push(r.m.index, f);
  }
}

const NO_ROW = Number.MAX_SAFE_INTEGER;

interface Keys {
  commune: (text: string) => string;
  hamlet: (text: string) => string;
  /**
   * `${a}\u0000${b}`, the same string object each time: ids and map keys built per row would
   * otherwise be new strings to build, flatten and hash on every look-up.
   */
  join: (a: string, b: string) => string;
}

function joiner(): (a: string, b: string) => string {
  const joined = new Map<string, Map<string, string>>();
  return (a, b) => {
    let byB = joined.get(a);
    if (!byB) joined.set(a, (byB = new Map()));
    let k = byB.get(b);
    if (k === undefined) byB.set(b, (k = `${a}\u0000${b}`));
    return k;
  };
}

function resolveRow(
  m: StaffMember,
  policy: Policy,
  reg: ReturnType<typeof indexRegister>,
  keys: Keys
): Row {
  const cName = m.commune?.value ?? null;
  const communeId = cName ? keys.commune(cName) : null;
  const regCommune = communeId ? (reg.communes.get(communeId) ?? null) : null;
  const hName = m.level === "hamlet" ? (m.hamlet?.value ?? null) : null;
  const hKey = hName ? keys.hamlet(hName) : null;
  const regHamlet = regCommune && hKey ? (reg.hamlets.get(regCommune)?.get(hKey) ?? null) : null;
  return {
    m,
    nameKey: nameKey(m),
    communeId,
    communeName: regCommune?.name ?? cName,
    regCommune,
    hamletId: communeId !== null && hKey !== null ? keys.join(communeId, hKey) : null,
    hamletName: regHamlet?.name ?? hName,
    regHamlet,
    main: m.title ? resolveTitle(policy, m.title.value, m.level).title : null,
    concurrent:
      m.concurrent.length === 0
        ? NO_TITLES
        : m.concurrent.map((c) => resolveTitle(policy, c.value, m.level).title),
  };
}

/** The concurrent titles of a row without any: shared, never written to. */
const NO_TITLES: (TitleDef | null)[] = [];

function who(r: Row): Pick<FindingInit, "person" | "commune" | "hamlet"> {
  return { person: r.m.name?.value ?? null, commune: r.communeName, hamlet: r.hamletName };
}

// ───────────────────────── catalogue and register membership ─────────────────────────

function checkTitlesKnown(rows: Row[], policy: Policy, emit: Emit): void {
  // A policy without a catalogue (nd34/nd33 frames before the province fills them in) would
  // flag every title; there is nothing to check against.
  if (policy.titles.length === 0) return;
  for (const r of rows) {
    const m = r.m;
    if (m.title && !r.main && titleKey(m.title.value) !== "") {
      const nearest = resolveTitle(policy, m.title.value, m.level).nearest;
      emit(m.index, "title-unknown", {
        ...who(r),
        at: m.title.cell,
        title: m.title.value,
        params: { value: m.title.value, ...(nearest ? { nearest } : {}) },
      });
    }
    m.concurrent.forEach((c, i) => {
      if (r.concurrent[i] || titleKey(c.value) === "") return;
      const nearest = resolveTitle(policy, c.value, m.level).nearest;
      emit(m.index, "title-unknown", {
        ...who(r),
        at: c.cell,
        title: c.value,
        params: { value: c.value, ...(nearest ? { nearest } : {}) },
      });
    });
  }
}

/** One finding per sheet and unknown name (at its first row, listing every cell), not one per row. */
function checkUnitsKnown(
  rows: Row[],
  register: Register,
  reg: ReturnType<typeof indexRegister>,
  emit: Emit
): void {
  const communeNames = register.communes.map((c) => c.name);
  const communeKeys = register.communes.map((c) => communeKey(c.name));
  const unknownCommunes = new Map<string, { first: Row; cells: CellRef[] }>();
  const unknownHamlets = new Map<string, { first: Row; cells: CellRef[] }>();
  for (const r of rows) {
    const m = r.m;
    if (m.commune && r.communeId !== null && r.communeId !== "" && !r.regCommune) {
      const key = `${m.sheet}\u0000${r.communeId}`;
      const seen = unknownCommunes.get(key);
      if (seen) pushUnique(seen.cells, m.commune.cell);
      else unknownCommunes.set(key, { first: r, cells: [m.commune.cell] });
    }
    if (
      r.regCommune &&
      r.regCommune.hamlets.length > 0 &&
      m.hamlet &&
      r.hamletName &&
      !r.regHamlet &&
      r.hamletId
    ) {
      const key = `${m.sheet}\u0000${r.hamletId}`;
      const seen = unknownHamlets.get(key);
      if (seen) pushUnique(seen.cells, m.hamlet.cell);
      else unknownHamlets.set(key, { first: r, cells: [m.hamlet.cell] });
    }
  }
  for (const { first, cells } of unknownCommunes.values()) {
    const value = first.m.commune?.value ?? "";
    const hit = closest(communeKey(value), communeKeys);
    emit(first.m.index, "commune-unknown", {
      ...who(first),
      at: first.m.commune?.cell,
      cells,
      params: { value, ...(hit ? { nearest: communeNames[hit.index] } : {}) },
    });
  }
  for (const { first, cells } of unknownHamlets.values()) {
    const value = first.m.hamlet?.value ?? "";
    const regHamlets = first.regCommune?.hamlets ?? [];
    const hit = closest(
      hamletKey(value),
      regHamlets.map((h) => hamletKey(h.name))
    );
    emit(first.m.index, "hamlet-unknown", {
      ...who(first),
      at: first.m.hamlet?.cell,
      cells,
      params: {
        value,
        commune: first.communeName ?? "",
        ...(hit ? { nearest: regHamlets[hit.index].name } : {}),
      },
    });
  }
  void reg;
}

function pushUnique(cells: CellRef[], cell: CellRef): void {
  const last = cells[cells.length - 1];
  if (!last || last.sheet !== cell.sheet || last.row !== cell.row || last.col !== cell.col)
    cells.push(cell);
}

// ───────────────────────── units of the plan ─────────────────────────

interface Units {
  /** Commune units by commune id, in first-appearance order. */
  communes: Map<string, Unit>;
  /** Hamlet units by hamlet id, in first-appearance order (register hamlets of plan communes included). */
  hamlets: Map<string, Unit>;
}

function groupUnits(
  plan: Row[],
  register: Register,
  reg: ReturnType<typeof indexRegister>,
  keys: Keys
): Units {
  const communes = new Map<string, Unit>();
  const hamlets = new Map<string, Unit>();
  for (const r of plan) {
    if (r.communeId === null || r.communeName === null) continue;
    let c = communes.get(r.communeId);
    if (!c) {
      c = {
        id: r.communeId,
        level: "commune",
        communeName: r.communeName,
        hamletName: null,
        regCommune: r.regCommune,
        regHamlet: null,
        rows: [],
      };
      communes.set(r.communeId, c);
    }
    if (r.m.level === "commune" || r.hamletId === null) {
      if (r.m.level === "commune") c.rows.push(r);
      continue;
    }
    let h = hamlets.get(r.hamletId);
    if (!h) {
      h = {
        id: r.hamletId,
        level: "hamlet",
        communeName: r.communeName,
        hamletName: r.hamletName,
        regCommune: r.regCommune,
        regHamlet: r.regHamlet,
        rows: [],
      };
      hamlets.set(r.hamletId, h);
    }
    h.rows.push(r);
  }
  // Hamlets the register lists for a commune of the plan exist even with nobody arranged in them
  // (their required titles are then vacant).
  for (const c of communes.values()) {
    if (!c.regCommune) continue;
    for (const h of c.regCommune.hamlets) {
      const id = keys.join(c.id, keys.hamlet(h.name));
      if (!hamlets.has(id)) {
        hamlets.set(id, {
          id,
          level: "hamlet",
          communeName: c.communeName,
          hamletName: h.name,
          regCommune: c.regCommune,
          regHamlet: h,
          rows: [],
        });
      }
    }
  }
  void register;
  void reg;
  return { communes, hamlets };
}

function unitLabel(u: Unit, lang: Lang): string {
  return u.level === "commune"
    ? communeUnitLabel(u.communeName, lang)
    : hamletUnitLabel(u.hamletName ?? "", u.communeName, lang);
}

function communeCap(policy: Policy, cls: 1 | 2 | 3): number {
  return cls === 1
    ? policy.communeCap.class1.value
    : cls === 2
      ? policy.communeCap.class2.value
      : policy.communeCap.class3.value;
}

function checkCommuneClass(units: Units, hasRegister: boolean, emit: Emit): void {
  for (const c of units.communes.values()) {
    // An unknown commune already has its commune-unknown warning; saying "no class" again is noise.
    if (hasRegister && !c.regCommune) continue;
    if (c.regCommune?.communeClass) continue;
    const first = c.rows[0] ?? null;
    emit(first ? first.m.index : NO_ROW, "commune-class-missing", {
      commune: c.communeName,
      at: c.regCommune?.cell ?? null,
    });
  }
}

/** The rows of a unit over a limit: the finding points at the first row past the limit. */
const personCellOf = (row: Row): CellRef => personCell(row.m);

function overLimit(
  rows: Row[],
  cellOf: (row: Row, i: number) => CellRef,
  limit: number
): { at: Counted; cells: CellRef[] } | null {
  // The cells are listed only for a unit over its limit: most units are within it.
  if (rows.length <= limit) return null;
  return { at: { row: rows[limit], cell: cellOf(rows[limit], limit) }, cells: rows.map(cellOf) };
}

function checkQuotas(units: Units, policy: Policy, lang: Lang, emit: Emit): void {
  for (const c of units.communes.values()) {
    const cls = c.regCommune?.communeClass ?? null;
    if (!cls) continue;
    // nd33: the register's extra posts raise the cap (and the fund) of that commune.
    const extra = policy.funds?.extraPost ? (c.regCommune?.extraPosts ?? 0) : 0;
    const limit = communeCap(policy, cls) + extra;
    const over = overLimit(c.rows, personCellOf, limit);
    if (!over) continue;
    emit(over.at.row.m.index, "commune-over-quota", {
      ...who(over.at.row),
      commune: c.communeName,
      hamlet: null,
      at: over.at.cell,
      limit,
      count: c.rows.length,
      cells: over.cells,
      params: { communeClass: cls, difference: c.rows.length - limit, unit: unitLabel(c, lang) },
    });
  }
  const cap = policy.hamletCap.value;
  for (const h of units.hamlets.values()) {
    const over = overLimit(h.rows, personCellOf, cap);
    if (!over) continue;
    emit(over.at.row.m.index, "hamlet-over-quota", {
      ...who(over.at.row),
      commune: h.communeName,
      hamlet: h.hamletName,
      at: over.at.cell,
      limit: cap,
      count: h.rows.length,
      cells: over.cells,
      // The message reads "{hamlet} (xã {commune})": give it the labelled name ("Ấp Tràm Trổi").
      params: {
        difference: h.rows.length - cap,
        unit: unitLabel(h, lang),
        hamlet: hamletLabel(h.hamletName ?? "", lang),
      },
    });
  }
}

// ───────────────────────── titles ─────────────────────────

interface Holders {
  unit: Unit;
  def: TitleDef;
  /** Rows counted, and the cell of the title that counted each (parallel arrays). */
  rows: Row[];
  cells: CellRef[];
}

/**
 * Holders of each catalogue title per unit, counting main and concurrent holders once per row.
 * A commune-level title counts in the person's commune; a hamlet-level title in the person's hamlet.
 */
function collectHolders(plan: Row[], units: Units, keys: Keys): Map<string, Holders> {
  const holders = new Map<string, Holders>();
  // Title ids already counted for the current row (a title written twice counts once); one
  // array reused for every row.
  const seen: string[] = [];
  const add = (r: Row, def: TitleDef | null, cell: CellRef | undefined): void => {
    if (!def || !cell || seen.includes(def.id)) return;
    const unit =
      def.level === "commune"
        ? units.communes.get(r.communeId ?? "")
        : r.hamletId
          ? units.hamlets.get(r.hamletId)
          : undefined;
    if (!unit) return;
    seen.push(def.id);
    const key = holderKey(keys, unit, def);
    let h = holders.get(key);
    if (!h) {
      h = { unit, def, rows: [], cells: [] };
      holders.set(key, h);
    }
    h.rows.push(r);
    h.cells.push(cell);
  };
  for (const r of plan) {
    if (r.communeId === null) continue;
    seen.length = 0;
    add(r, r.main, r.m.title?.cell);
    for (let i = 0; i < r.concurrent.length; i++) add(r, r.concurrent[i], r.m.concurrent[i]?.cell);
  }
  return holders;
}

/** Key of a title's holders in a unit: level, unit id and title id. */
function holderKey(keys: Keys, unit: Unit, def: TitleDef): string {
  return keys.join(keys.join(unit.level, unit.id), def.id);
}

function checkTitleLimits(holders: Map<string, Holders>, lang: Lang, emit: Emit): void {
  for (const { unit, def, rows, cells } of holders.values()) {
    const over = overLimit(rows, (_, i) => cells[i], def.limit);
    if (!over) continue;
    emit(over.at.row.m.index, "title-over-limit", {
      ...who(over.at.row),
      commune: unit.communeName,
      hamlet: unit.hamletName,
      title: def.name,
      at: over.at.cell,
      limit: def.limit,
      count: rows.length,
      cells: over.cells,
      params: {
        unit: unitLabel(unit, lang),
        title: def.name,
        difference: rows.length - def.limit,
      },
    });
  }
}

function levelName(level: Level, lang: Lang): string {
  if (lang === "en") return level === "commune" ? "commune" : "hamlet";
  return level === "commune" ? "cấp xã" : "cấp ấp, khu phố";
}

function checkTitlesPerPerson(plan: Row[], policy: Policy, lang: Lang, emit: Emit): void {
  const extra = policy.concurrent.maxExtraTitles.value;
  const limit = 1 + extra;
  for (const r of plan) {
    const m = r.m;
    // One title (most rows) is within any limit and has no concurrent level to compare.
    if (m.concurrent.length === 0 && limit >= 1) continue;
    // Distinct titles: the same title written twice is one title.
    const keys = new Set<string>();
    const keyOf = (def: TitleDef | null, text: string): string =>
      def ? `id:${def.id}` : `text:${titleKey(text)}`;
    if (m.title) keys.add(keyOf(r.main, m.title.value));
    let firstExcess: CellRef | null = null;
    m.concurrent.forEach((c, i) => {
      const before = keys.size;
      keys.add(keyOf(r.concurrent[i], c.value));
      if (keys.size > before && keys.size > limit && !firstExcess) firstExcess = c.cell;
    });
    if (keys.size > limit) {
      emit(m.index, "too-many-titles", {
        ...who(r),
        at: firstExcess ?? m.title?.cell ?? personCell(m),
        limit,
        count: keys.size,
        params: { extra, difference: keys.size - limit },
      });
    }
    if (policy.concurrent.sameLevelOnly) {
      r.concurrent.forEach((def, i) => {
        if (!def || def.level === m.level) return;
        const c = m.concurrent[i];
        emit(m.index, "concurrent-level-mismatch", {
          ...who(r),
          at: c.cell,
          title: def.name,
          params: { value: c.value, otherLevel: levelName(def.level, lang) },
        });
      });
    }
  }
}

// ───────────────────────── allowance funds (nd34, nd33) ─────────────────────────

function checkFunds(units: Units, policy: Policy, planDate: string, lang: Lang, emit: Emit): void {
  const funds = policy.funds;
  const entry = baseSalaryOn(policy, planDate);
  if (!funds || !entry) return;
  const B = entry.amount;

  const check = (u: Unit, coefficient: string): void => {
    const fund = roundDong(dec(coefficient).times(B));
    let sum = 0;
    let at: Counted | null = null;
    const cells: CellRef[] = [];
    for (const r of u.rows) {
      const a = computeAllowance(r.m, policy, B, lang, { trace: false });
      // The fund pays what people receive, concurrent allowances included. A person whose
      // allowance is unknown cannot be added: the sum is then a lower bound, still a valid test.
      if (a.received === null) continue;
      sum += a.received;
      const cell = personCell(r.m);
      cells.push(cell);
      if (sum > fund && !at) at = { row: r, cell };
    }
    if (sum <= fund || !at) return;
    const first: Counted = at;
    emit(first.row.m.index, "fund-exceeded", {
      ...who(first.row),
      commune: u.communeName,
      hamlet: u.hamletName,
      at: first.cell,
      limit: fund,
      count: sum,
      cells,
      params: {
        unit: unitLabel(u, lang),
        count: formatNumberVi(sum),
        limit: formatNumberVi(fund),
        coefficient: formatDecimalVi(coefficient),
        baseSalary: formatNumberVi(B),
        difference: sum - fund,
      },
    });
  };

  for (const c of units.communes.values()) {
    const cls = c.regCommune?.communeClass ?? null;
    if (!cls) continue;
    const classCoef =
      cls === 1
        ? funds.commune.class1.value
        : cls === 2
          ? funds.commune.class2.value
          : funds.commune.class3.value;
    const extra =
      funds.extraPost && c.regCommune
        ? dec(funds.extraPost.value).times(c.regCommune.extraPosts)
        : dec(0);
    check(c, dec(classCoef).plus(extra).toString());
  }
  for (const h of units.hamlets.values()) {
    if (h.rows.length === 0) continue;
    const hm = h.regHamlet;
    const cm = h.regCommune;
    const large =
      (hm !== null &&
        ((hm.households !== null && hm.households >= funds.hamlet.largeHouseholds) ||
          hm.border ||
          hm.island ||
          hm.keySecurity)) ||
      (cm !== null && (cm.border || cm.island || cm.keySecurity));
    check(h, large ? funds.hamlet.large.value : funds.hamlet.standard.value);
  }
}

// ───────────────────────── people ─────────────────────────

/** Titles of a row as comparable keys: the catalogue id when resolved, else the folded text. */
function titleKeys(r: Row): { key: string; name: string; cell: CellRef }[] {
  const keys: { key: string; name: string; cell: CellRef }[] = [];
  if (r.m.title)
    keys.push({
      key: r.main ? `id:${r.main.id}` : `text:${titleKey(r.m.title.value)}`,
      name: r.main?.name ?? r.m.title.value,
      cell: r.m.title.cell,
    });
  r.m.concurrent.forEach((c, i) => {
    const def = r.concurrent[i];
    keys.push({
      key: def ? `id:${def.id}` : `text:${titleKey(c.value)}`,
      name: def?.name ?? c.value,
      cell: c.cell,
    });
  });
  return keys;
}

function unitOf(r: Row): string {
  return `${r.communeId ?? ""}\u0000${r.hamletId ?? ""}`;
}

function checkReappointed(rows: Row[], plan: Row[], lang: Lang, emit: Emit): void {
  const paidByName = new Map<string, Row[]>();
  for (const r of rows) {
    if (r.m.decision?.value !== "leave-paid") continue;
    const k = r.nameKey;
    if (!k) continue;
    const list = paidByName.get(k);
    if (list) list.push(r);
    else paidByName.set(k, [r]);
  }
  if (paidByName.size === 0) return;
  for (const r of plan) {
    const k = r.nameKey;
    const paid = k ? paidByName.get(k) : undefined;
    if (!paid) continue;
    const by = birthYear(r.m);
    const mine = titleKeys(r);
    for (const p of paid) {
      const pb = birthYear(p.m);
      // Same identity: same folded name and the same birth year when both rows give one.
      if (by !== null && pb !== null && by !== pb) continue;
      if (unitOf(p) !== unitOf(r)) continue;
      const theirs = new Set(titleKeys(p).map((t) => t.key));
      const hit = mine.find((t) => theirs.has(t.key));
      if (!hit) continue;
      const unit = r.hamletId
        ? hamletUnitLabel(r.hamletName ?? "", r.communeName ?? "", lang)
        : communeUnitLabel(r.communeName ?? "", lang);
      emit(r.m.index, "reappointed-after-severance", {
        ...who(r),
        at: hit.cell,
        title: hit.name,
        cells: [personCell(p.m), personCell(r.m)],
        params: { unit, title: hit.name },
      });
      break;
    }
  }
}

function place(r: Row, lang: Lang): string {
  const unit = r.hamletId
    ? hamletUnitLabel(r.hamletName ?? "", r.communeName ?? "", lang)
    : r.communeName
      ? communeUnitLabel(r.communeName, lang)
      : "";
  const where = lang === "en" ? `«${r.m.sheet}» row ${r.m.row}` : `«${r.m.sheet}» dòng ${r.m.row}`;
  return unit ? `${unit}, ${where}` : where;
}

function checkDuplicates(plan: Row[], lang: Lang, emit: Emit): void {
  // A lone row is stored as itself: most names occur once, and an array each is garbage.
  const byName = new Map<string, Row | Row[]>();
  for (const r of plan) {
    const k = r.nameKey;
    if (!k) continue;
    const prev = byName.get(k);
    if (prev === undefined) byName.set(k, r);
    else if (Array.isArray(prev)) prev.push(r);
    else byName.set(k, [prev, r]); // keeps the name's place in the map's order
  }
  for (const group of byName.values()) {
    if (!Array.isArray(group)) continue;
    const byYear = new Map<number, Row[]>();
    let withoutYear = 0;
    for (const r of group) {
      const y = birthYear(r.m);
      if (y === null) {
        withoutYear++;
        continue;
      }
      const list = byYear.get(y);
      if (list) list.push(r);
      else byYear.set(y, [r]);
    }
    for (const [year, same] of byYear) {
      if (same.length < 2) continue;
      const second = same[1];
      emit(second.m.index, "duplicate-person", {
        ...who(second),
        at: personCell(second.m),
        count: same.length,
        cells: same.map((r) => personCell(r.m)),
        params: { birthYear: year, places: same.map((r) => place(r, lang)).join("; ") },
      });
    }
    if (withoutYear > 0) {
      const second = group[1];
      emit(second.m.index, "possible-duplicate", {
        ...who(second),
        at: personCell(second.m),
        count: group.length,
        cells: group.map((r) => personCell(r.m)),
        params: { places: group.map((r) => place(r, lang)).join("; ") },
      });
    }
  }
}

function checkVacancies(
  units: Units,
  holders: Map<string, Holders>,
  policy: Policy,
  lang: Lang,
  emit: Emit,
  keys: Keys
): void {
  const required = policy.titles.filter((t) => t.required);
  if (required.length === 0) return;
  const visit = (u: Unit): void => {
    for (const def of required) {
      if (def.level !== u.level) continue;
      if (holders.has(holderKey(keys, u, def))) continue;
      emit(NO_ROW, "title-vacant", {
        commune: u.communeName,
        hamlet: u.hamletName,
        title: def.name,
        limit: def.limit,
        count: 0,
        params: { unit: unitLabel(u, lang), title: def.name },
      });
    }
  };
  // Each commune followed by its hamlets, so the list reads unit by unit.
  const hamletsOf = new Map<string, Unit[]>();
  for (const h of units.hamlets.values()) {
    const communeId = h.id.split("\u0000")[0];
    const list = hamletsOf.get(communeId);
    if (list) list.push(h);
    else hamletsOf.set(communeId, [h]);
  }
  for (const c of units.communes.values()) {
    visit(c);
    for (const h of hamletsOf.get(c.id) ?? []) visit(h);
  }
}
