import type {
  CellRef,
  Finding,
  FindingCode,
  GeneralInfo,
  Lang,
  Level,
  Plan,
  PlanPerson,
  PlanUnit,
  Policy,
  Register,
  StaffMember,
  TitleDef,
  TitleHolders,
} from "../types";
import { createFinding, type FindingInit } from "../findings/catalog";
import { closest } from "../text/fold";
import { formatDecimalVi, formatNumberVi } from "../text/vi-number";
import {
  buildPlan,
  communeKey,
  communeUnitLabel,
  hamletKey,
  hamletLabel,
  hamletUnitLabel,
  resolveTitle,
  titleKey,
} from "../plan";
import { birthYear, nameKey, personCell } from "../plan/people";

export interface CheckInput {
  members: StaffMember[];
  policy: Policy;
  register: Register;
  info: GeneralInfo;
  /** ISO date at which the plan's allowances are valued for the fund check; null skips that check. */
  planDate: string | null;
  lang: Lang;
  /** The plan of these members (analyze.ts passes the one every output reads); built when absent. */
  plan?: Plan;
  /**
   * What a person receives a month (main + concurrent allowance) at base salary B, null when
   * unknown: the payouts' rule, passed in by the pipeline so that checks and payouts stay apart.
   * Without it the fund check cannot add allowances and is skipped.
   */
  allowanceOf?: (member: StaffMember, baseSalary: number) => number | null;
  /**
   * coefficient-mismatch for one person and their catalogue title, null when it agrees: the
   * payouts' rule, passed in like allowanceOf. Leavers get theirs from the payout.
   */
  coefficientFinding?: (member: StaffMember, main: TitleDef | null) => Finding | null;
}

/** A plan person with its folded name (identity without the birth year; null without a name). */
interface Row {
  p: PlanPerson;
  m: StaffMember;
  nameKey: string | null;
}

/** A row counted towards a unit-level limit, with the cell that stands for it. */
interface Counted {
  row: Row;
  cell: CellRef;
}

/**
 * Every check of DOMAIN §5.2, on the plan: its units, their people after the plan, caps, funds
 * and title holders. The cost grows as n log n (one sort into sheet order), not n².
 */
export function runChecks(input: CheckInput): Finding[] {
  const { policy, register, lang } = input;
  const out: { order: number; finding: Finding }[] = [];
  const emit = (order: number, code: FindingCode, init: FindingInit): void => {
    out.push({ order, finding: createFinding(code, init, lang) });
  };

  const plan =
    input.plan ?? buildPlan({ members: input.members, policy, register, planDate: input.planDate });
  const hasRegister = register.communes.length > 0;
  const rows: Row[] = plan.people.map((p) => ({ p, m: p.member, nameKey: nameKey(p.member) }));

  checkTitlesKnown(rows, policy, emit);
  if (input.coefficientFinding) checkPlanCoefficients(rows, input.coefficientFinding, out);
  if (hasRegister) checkUnitsKnown(rows, register, emit);

  const planned = rows.filter((r) => r.p.after);
  const units = unitsInPlan(plan);

  checkCommuneClass(units, hasRegister, emit);
  checkQuotas(units, lang, emit);
  checkTitleLimits(units, lang, emit);
  checkTitlesPerPerson(planned, policy, lang, emit);
  if (input.allowanceOf) checkFunds(units, input.allowanceOf, lang, emit);
  checkReappointed(rows, planned, lang, emit);
  checkDuplicates(planned, lang, emit);
  checkVacancies(units, policy, lang, emit);

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
  coefficientFinding: NonNullable<CheckInput["coefficientFinding"]>,
  out: { order: number; finding: Finding }[]
): void {
  for (const r of rows) {
    if (!r.p.after) continue;
    const f = coefficientFinding(r.m, r.p.main);
    if (f) out.push({ order: r.m.index, finding: f });
  }
}

const NO_ROW = Number.MAX_SAFE_INTEGER;

function who(r: Row): Pick<FindingInit, "person" | "commune" | "hamlet"> {
  const u = r.p.unit;
  return {
    person: r.m.name?.value ?? null,
    commune: r.p.commune.named ? r.p.commune.communeName : null,
    hamlet: u.level === "hamlet" ? u.hamletName : null,
  };
}

// ───────────────────────── catalogue and register membership ─────────────────────────

function checkTitlesKnown(rows: Row[], policy: Policy, emit: Emit): void {
  // A policy without a catalogue (nd34/nd33 frames before the province fills them in) would
  // flag every title; there is nothing to check against.
  if (policy.titles.length === 0) return;
  for (const r of rows) {
    const m = r.m;
    if (m.title && !r.p.main && titleKey(m.title.value) !== "") {
      const nearest = resolveTitle(policy, m.title.value, m.level).nearest;
      emit(m.index, "title-unknown", {
        ...who(r),
        at: m.title.cell,
        title: m.title.value,
        params: { value: m.title.value, ...(nearest ? { nearest } : {}) },
      });
    }
    m.concurrent.forEach((c, i) => {
      if (r.p.concurrent[i] || titleKey(c.value) === "") return;
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

interface Unknown {
  first: Row;
  value: string;
  unit: PlanUnit;
  cells: CellRef[];
}

/** One finding per sheet and unknown name (at its first row, listing every cell), not one per row. */
function checkUnitsKnown(rows: Row[], register: Register, emit: Emit): void {
  const communeNames = register.communes.map((c) => c.name);
  const communeKeys = register.communes.map((c) => communeKey(c.name));
  const unknownCommunes = new Map<string, Unknown>();
  const unknownHamlets = new Map<string, Unknown>();
  const note = (
    seen: Map<string, Unknown>,
    r: Row,
    unit: PlanUnit,
    source: { value: string; cell: CellRef }
  ): void => {
    const key = `${r.m.sheet}\u0000${unit.id}`;
    const known = seen.get(key);
    if (known) pushUnique(known.cells, source.cell);
    else seen.set(key, { first: r, value: source.value, unit, cells: [source.cell] });
  };
  for (const r of rows) {
    const m = r.m;
    const commune = r.p.commune;
    if (m.commune && commune.named && !commune.regCommune)
      note(unknownCommunes, r, commune, m.commune);
    if (!commune.regCommune || commune.regCommune.hamlets.length === 0) continue;
    const u = r.p.unit;
    if (m.hamlet && u.level === "hamlet" && u.named && !u.regHamlet)
      note(unknownHamlets, r, u, m.hamlet);
    // The hamlet after a merger ("Thôn sau sắp xếp") must be one the register knows too.
    const after = m.hamletAfter ? r.p.unitAfter : null;
    if (m.hamletAfter && after && after.level === "hamlet" && after.named && !after.regHamlet)
      note(unknownHamlets, r, after, m.hamletAfter);
  }
  for (const { first, value, cells } of unknownCommunes.values()) {
    const hit = closest(communeKey(value), communeKeys);
    emit(first.m.index, "commune-unknown", {
      ...who(first),
      at: cells[0],
      cells,
      params: { value, ...(hit ? { nearest: communeNames[hit.index] } : {}) },
    });
  }
  for (const { first, value, unit, cells } of unknownHamlets.values()) {
    const regHamlets = unit.regCommune?.hamlets ?? [];
    const hit = closest(
      hamletKey(value),
      regHamlets.map((h) => hamletKey(h.name))
    );
    emit(first.m.index, "hamlet-unknown", {
      ...who(first),
      at: cells[0],
      cells,
      params: {
        value,
        commune: unit.communeName,
        ...(hit ? { nearest: regHamlets[hit.index].name } : {}),
      },
    });
  }
}

function pushUnique(cells: CellRef[], cell: CellRef): void {
  const last = cells[cells.length - 1];
  if (!last || last.sheet !== cell.sheet || last.row !== cell.row || last.col !== cell.col)
    cells.push(cell);
}

// ───────────────────────── units of the plan ─────────────────────────

/** A commune of the plan (one with someone kept or new) and its hamlets that exist after. */
interface CommuneInPlan {
  unit: PlanUnit;
  hamlets: PlanUnit[];
}

/**
 * The units the checks look at: communes with someone kept or new, in the order of their first
 * such row; each with its named hamlets that exist after the plan, those with people first (in the
 * order of their first person), then the others in the plan's order (the register's first).
 */
function unitsInPlan(plan: Plan): CommuneInPlan[] {
  const firstAfter = (u: PlanUnit): number => u.after[0]?.member.index ?? NO_ROW;
  const out: { first: number; c: CommuneInPlan }[] = [];
  for (const c of plan.communes) {
    if (!c.unit.named) continue;
    const hamlets = c.hamlets.filter((h) => h.named && h.existsAfter);
    const first = Math.min(firstAfter(c.unit), ...c.hamlets.map(firstAfter));
    if (first === NO_ROW) continue;
    const ordered = hamlets
      .map((h, i) => ({ h, i }))
      .sort((x, y) => firstAfter(x.h) - firstAfter(y.h) || x.i - y.i)
      .map((x) => x.h);
    out.push({ first, c: { unit: c.unit, hamlets: ordered } });
  }
  return out.sort((x, y) => x.first - y.first).map((x) => x.c);
}

function unitLabel(u: PlanUnit, lang: Lang): string {
  return u.level === "commune"
    ? communeUnitLabel(u.communeName, lang)
    : hamletUnitLabel(u.hamletName ?? "", u.communeName, lang);
}

function checkCommuneClass(units: CommuneInPlan[], hasRegister: boolean, emit: Emit): void {
  for (const { unit: c } of units) {
    // An unknown commune already has its commune-unknown warning; saying "no class" again is noise.
    if (hasRegister && !c.regCommune) continue;
    if (c.regCommune?.communeClass) continue;
    const first = c.after[0] ?? null;
    emit(first ? first.member.index : NO_ROW, "commune-class-missing", {
      commune: c.communeName,
      at: c.regCommune?.cell ?? null,
    });
  }
}

const rowOf = (p: PlanPerson): Row => ({ p, m: p.member, nameKey: null });
const personCellOf = (p: PlanPerson): CellRef => personCell(p.member);

/** The people of a unit over a limit: the finding points at the first person past the limit. */
function overLimit(
  people: PlanPerson[],
  cellOf: (p: PlanPerson, i: number) => CellRef,
  limit: number
): { at: Counted; cells: CellRef[] } | null {
  // The cells are listed only for a unit over its limit: most units are within it.
  if (people.length <= limit) return null;
  return {
    at: { row: rowOf(people[limit]), cell: cellOf(people[limit], limit) },
    cells: people.map(cellOf),
  };
}

function checkQuotas(units: CommuneInPlan[], lang: Lang, emit: Emit): void {
  for (const { unit: c } of units) {
    const cls = c.regCommune?.communeClass ?? null;
    const limit = c.cap;
    if (!cls || limit === null) continue;
    const over = overLimit(c.after, personCellOf, limit);
    if (!over) continue;
    emit(over.at.row.m.index, "commune-over-quota", {
      ...who(over.at.row),
      commune: c.communeName,
      hamlet: null,
      at: over.at.cell,
      limit,
      count: c.after.length,
      cells: over.cells,
      params: { communeClass: cls, difference: c.after.length - limit, unit: unitLabel(c, lang) },
    });
  }
  for (const { hamlets } of units) {
    for (const h of hamlets) {
      const cap = h.cap;
      if (cap === null) continue;
      const over = overLimit(h.after, personCellOf, cap);
      if (!over) continue;
      emit(over.at.row.m.index, "hamlet-over-quota", {
        ...who(over.at.row),
        commune: h.communeName,
        hamlet: h.hamletName,
        at: over.at.cell,
        limit: cap,
        count: h.after.length,
        cells: over.cells,
        // The message reads "{hamlet} (xã {commune})": give it the labelled name ("Ấp Tràm Trổi").
        params: {
          difference: h.after.length - cap,
          unit: unitLabel(h, lang),
          hamlet: hamletLabel(h.hamletName ?? "", lang),
        },
      });
    }
  }
}

// ───────────────────────── titles ─────────────────────────

function checkTitleLimits(units: CommuneInPlan[], lang: Lang, emit: Emit): void {
  const all: { unit: PlanUnit; h: TitleHolders }[] = [];
  for (const { unit, hamlets } of units)
    for (const u of [unit, ...hamlets]) for (const h of u.holders) all.push({ unit: u, h });
  all.sort((x, y) => x.h.order - y.h.order);
  for (const { unit, h } of all) {
    const def = h.title;
    const over = overLimit(h.people, (_, i) => h.cells[i], def.limit);
    if (!over) continue;
    emit(over.at.row.m.index, "title-over-limit", {
      ...who(over.at.row),
      commune: unit.communeName,
      hamlet: unit.hamletName,
      title: def.name,
      at: over.at.cell,
      limit: def.limit,
      count: h.people.length,
      cells: over.cells,
      params: {
        unit: unitLabel(unit, lang),
        title: def.name,
        difference: h.people.length - def.limit,
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
    if (m.title) keys.add(keyOf(r.p.main, m.title.value));
    let firstExcess: CellRef | null = null;
    m.concurrent.forEach((c, i) => {
      const before = keys.size;
      keys.add(keyOf(r.p.concurrent[i], c.value));
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
      r.p.concurrent.forEach((def, i) => {
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

function checkFunds(
  units: CommuneInPlan[],
  allowanceOf: NonNullable<CheckInput["allowanceOf"]>,
  lang: Lang,
  emit: Emit
): void {
  const check = (u: PlanUnit): void => {
    const fund = u.fund;
    if (!fund || u.after.length === 0) return;
    let sum = 0;
    let at: Counted | null = null;
    const cells: CellRef[] = [];
    for (const p of u.after) {
      const received = allowanceOf(p.member, fund.baseSalary);
      // The fund pays what people receive, concurrent allowances included. A person whose
      // allowance is unknown cannot be added: the sum is then a lower bound, still a valid test.
      if (received === null) continue;
      sum += received;
      const cell = personCell(p.member);
      cells.push(cell);
      if (sum > fund.amount && !at) at = { row: rowOf(p), cell };
    }
    if (sum <= fund.amount || !at) return;
    const first: Counted = at;
    emit(first.row.m.index, "fund-exceeded", {
      ...who(first.row),
      commune: u.communeName,
      hamlet: u.hamletName,
      at: first.cell,
      limit: fund.amount,
      count: sum,
      cells,
      params: {
        unit: unitLabel(u, lang),
        count: formatNumberVi(sum),
        limit: formatNumberVi(fund.amount),
        coefficient: formatDecimalVi(fund.coefficient),
        baseSalary: formatNumberVi(fund.baseSalary),
        difference: sum - fund.amount,
      },
    });
  };
  for (const { unit } of units) check(unit);
  for (const { hamlets } of units) for (const h of hamlets) check(h);
}

// ───────────────────────── people ─────────────────────────

/** Titles of a row as comparable keys: the catalogue id when resolved, else the folded text. */
function titleKeys(r: Row): { key: string; name: string; cell: CellRef }[] {
  const keys: { key: string; name: string; cell: CellRef }[] = [];
  if (r.m.title)
    keys.push({
      key: r.p.main ? `id:${r.p.main.id}` : `text:${titleKey(r.m.title.value)}`,
      name: r.p.main?.name ?? r.m.title.value,
      cell: r.m.title.cell,
    });
  r.m.concurrent.forEach((c, i) => {
    const def = r.p.concurrent[i];
    keys.push({
      key: def ? `id:${def.id}` : `text:${titleKey(c.value)}`,
      name: def?.name ?? c.value,
      cell: c.cell,
    });
  });
  return keys;
}

/** The unit a row stands for after the plan: where a kept person is arranged, where a leaver's hamlet goes. */
function unitAfter(r: Row): PlanUnit {
  if (r.p.unitAfter) return r.p.unitAfter;
  let u = r.p.unit;
  for (let i = 0; u.mergesInto && i < 100; i++) u = u.mergesInto;
  return u;
}

/** "Ấp Tràm Trổi (xã Phú Mỹ)", "Xã Phú Mỹ", or "" for rows without a commune. */
function unitText(u: PlanUnit, lang: Lang): string {
  if (u.level === "hamlet" && u.named) return unitLabel(u, lang);
  return u.communeName ? communeUnitLabel(u.communeName, lang) : "";
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
      if (unitAfter(p) !== unitAfter(r)) continue;
      const theirs = new Set(titleKeys(p).map((t) => t.key));
      const hit = mine.find((t) => theirs.has(t.key));
      if (!hit) continue;
      const u = unitAfter(r);
      const unit =
        u.level === "hamlet" && u.named
          ? unitLabel(u, lang)
          : communeUnitLabel(u.communeName, lang);
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
  const unit = unitText(r.p.unit, lang);
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

function checkVacancies(units: CommuneInPlan[], policy: Policy, lang: Lang, emit: Emit): void {
  const required = policy.titles.filter((t) => t.required);
  if (required.length === 0) return;
  const visit = (u: PlanUnit): void => {
    for (const def of required) {
      if (def.level !== u.level) continue;
      if (u.holders.some((h) => h.title.id === def.id)) continue;
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
  for (const { unit, hamlets } of units) {
    visit(unit);
    for (const h of hamlets) visit(h);
  }
}
