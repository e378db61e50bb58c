import type {
  CellRef,
  CommuneUnit,
  HamletUnit,
  Plan,
  PlanCommune,
  PlanPerson,
  PlanUnit,
  Policy,
  Register,
  StaffMember,
  TitleDef,
  UnitFund,
} from "../types";
import { dec, roundDong } from "../money/round";
import { baseSalaryOn } from "../policy/base-salary";
import { resolveTitle } from "./titles";
import { communeKey, hamletKey, indexRegister, memoize, type RegisterIndex } from "./units";
import { mergerFigures } from "./merger";

export { resolveTitle, titleKey, type TitleResolution } from "./titles";
export {
  communeKey,
  hamletKey,
  communeUnitLabel,
  hamletLabel,
  hamletUnitLabel,
  indexRegister,
  memoize,
  type RegisterIndex,
} from "./units";
export { mergerFigures, mergerSentence, hamletWord } from "./merger";

export interface PlanInput {
  members: StaffMember[];
  policy: Policy;
  register: Register;
  /** ISO date at which the allowance funds are valued; null = no fund figures. */
  planDate?: string | null;
}

/** Label of the unit of rows whose commune could not be read (summary and documents alike). */
export const NO_COMMUNE = "(Chưa xác định xã)";

/** Label of the hamlet of hamlet-level rows without a hamlet name. */
export const NO_HAMLET = "(Chưa rõ ấp)";

const countedBefore = (m: StaffMember): boolean => {
  const d = m.decision?.value;
  return d === "keep" || d === "leave-paid" || d === "leave-unpaid";
};
const countedAfter = (m: StaffMember): boolean => {
  const d = m.decision?.value;
  return d === "keep" || d === "new";
};

/**
 * The plan, computed once from the roster, the register and the policy: every unit with one key
 * whatever its prefix, case, Unicode form or spaces; the people counted in it before and after
 * (DOMAIN §5.6), after a hamlet merger in the new hamlet (§10.3); its cap and fund; the holders of
 * each title. Checks, the payout summary and every document read it; nothing else groups people.
 * Linear in the rows: keys are memoised per run, units kept in Maps.
 */
export function buildPlan(input: PlanInput): Plan {
  const { policy, register } = input;
  const planDate = input.planDate ?? null;
  const builder = new PlanBuilder(policy, register, planDate);
  const members = [...input.members].sort((a, b) => a.index - b.index);
  const people = members.map((m) => builder.place(m));
  builder.finish(people);
  const communes = builder.communeList();
  return { people, communes, planDate, merger: mergerFigures(communes, people) };
}

/** The plan person of a member (by reading-order index), or undefined when it is not in the plan. */
export function personOf(plan: Plan, member: StaffMember): PlanPerson | undefined {
  const p = plan.people[member.index];
  if (p?.member === member) return p;
  return plan.people.find((x) => x.member === member);
}

/** The commune's label for documents: its name, or the words for "no commune". */
export function communeTitle(unit: PlanUnit): string {
  return unit.named || unit.level === "hamlet" ? unit.communeName : NO_COMMUNE;
}

interface CommuneEntry {
  commune: PlanCommune;
  hamlets: Map<string, PlanUnit>;
}

/**
 * Unit ids `${a}\u0000${b}`, the same string object each time: ids built per row would otherwise
 * be new strings to build, flatten and hash on every look-up.
 */
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

/** The concurrent titles of a row without any: shared, never written to. */
const NO_TITLES: (TitleDef | null)[] = [];

class PlanBuilder {
  private readonly reg: RegisterIndex;
  private readonly communes = new Map<string, CommuneEntry>();
  private readonly communeKey = memoize(communeKey);
  private readonly hamletKey = memoize(hamletKey);
  private readonly join = joiner();
  private readonly baseSalary: number | null;

  constructor(
    private readonly policy: Policy,
    register: Register,
    private readonly planDate: string | null
  ) {
    this.reg = indexRegister(register);
    this.baseSalary =
      planDate && policy.funds ? (baseSalaryOn(policy, planDate)?.amount ?? null) : null;
  }

  place(m: StaffMember): PlanPerson {
    const entry = this.commune(m.commune?.value ?? null);
    const before = countedBefore(m);
    const after = countedAfter(m);
    let unit = entry.commune.unit;
    let unitAfter: PlanUnit | null = null;
    if (m.level === "hamlet") {
      unit = this.hamlet(entry, m.hamlet?.value ?? null);
      if (after) {
        const named = m.hamletAfter?.value ?? null;
        const target =
          named !== null && this.hamletKey(named) !== "" ? this.hamlet(entry, named) : unit;
        unitAfter = target;
        // A merger of a merger (A → B → C) arranges the person in C; a loop stops where it closes.
        for (let i = 0; unitAfter.mergesInto && i < 100; i++) unitAfter = unitAfter.mergesInto;
      }
    } else if (after) unitAfter = unit;
    const policy = this.policy;
    const person: PlanPerson = {
      member: m,
      commune: entry.commune.unit,
      unit,
      unitAfter,
      main: m.title ? resolveTitle(policy, m.title.value, m.level).title : null,
      concurrent:
        m.concurrent.length === 0
          ? NO_TITLES
          : m.concurrent.map((c) => resolveTitle(policy, c.value, m.level).title),
      before,
      after,
    };
    if (before) unit.before.push(person);
    if (unitAfter) unitAfter.after.push(person);
    return person;
  }

  /** Existence after a merger, holders, caps and funds, once every row is placed. */
  finish(people: PlanPerson[]): void {
    for (const { commune, hamlets } of this.communes.values()) {
      // Whether the register says how this commune's hamlets merge ("Thôn mới" filled somewhere).
      const mapped = (commune.unit.regCommune?.hamlets ?? []).some(
        (h) => h.mergesInto || h.targetOnly
      );
      for (const h of hamlets.values()) {
        // A hamlet exists after unless the register merges it away; without the register's word,
        // unless every kept person of it is arranged elsewhere (the roster's "Thôn sau sắp xếp").
        const merged = h.mergesInto !== null;
        const movedOut = h.before.some((p) => p.unitAfter !== null && p.unitAfter !== h);
        h.existsAfter =
          !merged && (h.after.length > 0 || !movedOut || (mapped && h.regHamlet !== null));
        h.existsBefore =
          h.before.length > 0 || (h.regHamlet !== null && h.regHamlet.targetOnly !== true);
        // The unnamed group of a commune carries the cap too (the documents print "count / cap"
        // for it), but it is no unit the quota check can hold anyone to.
        if (h.existsAfter) h.cap = this.policy.hamletCap.value;
        h.fund = this.hamletFund(h);
      }
      commune.unit.cap = this.communeCap(commune.unit);
      commune.unit.fund = this.communeFund(commune.unit);
    }
    collectHolders(people);
  }

  communeList(): PlanCommune[] {
    return [...this.communes.values()].map((e) => {
      e.commune.hamlets = orderHamlets([...e.hamlets.values()]);
      return e.commune;
    });
  }

  private commune(name: string | null): CommuneEntry {
    const key = name !== null ? this.communeKey(name) : "";
    let entry = this.communes.get(key);
    if (entry) return entry;
    const regCommune = key !== "" ? (this.reg.communes.get(key) ?? null) : null;
    const unit = newUnit(key, "commune", key === "" ? "" : (regCommune?.name ?? name ?? ""), null);
    unit.named = key !== "";
    unit.regCommune = regCommune;
    entry = { commune: { unit, hamlets: [] }, hamlets: new Map() };
    this.communes.set(key, entry);
    // The register's hamlets of a commune exist even with nobody in them (their titles are then
    // vacant, their count 0 / cap), merger targets included.
    if (regCommune) {
      const regHamlets = this.reg.hamlets.get(regCommune);
      for (const h of regHamlets?.values() ?? []) this.hamlet(entry, h.name);
      for (const h of regHamlets?.values() ?? []) {
        if (!h.mergesInto) continue;
        const from = this.hamlet(entry, h.name);
        const to = this.hamlet(entry, h.mergesInto);
        if (to !== from) from.mergesInto = to;
      }
    }
    return entry;
  }

  private hamlet(entry: CommuneEntry, name: string | null): PlanUnit {
    const key = name !== null ? this.hamletKey(name) : "";
    let unit = entry.hamlets.get(key);
    if (unit) return unit;
    const c = entry.commune.unit;
    const regHamlet =
      key !== "" && c.regCommune ? (this.reg.hamlets.get(c.regCommune)?.get(key) ?? null) : null;
    unit = newUnit(
      this.join(c.id, key),
      "hamlet",
      c.communeName,
      key === "" ? null : (regHamlet?.name ?? name)
    );
    unit.named = key !== "";
    unit.regCommune = c.regCommune;
    unit.regHamlet = regHamlet;
    entry.hamlets.set(key, unit);
    return unit;
  }

  private communeCap(u: PlanUnit): number | null {
    const cls = u.regCommune?.communeClass ?? null;
    if (!cls) return null;
    const cap = this.policy.communeCap[`class${cls}` as const].value;
    // nd33: the register's extra posts raise the commune's cap one for one.
    return this.policy.funds?.extraPost ? cap + (u.regCommune?.extraPosts ?? 0) : cap;
  }

  private communeFund(u: PlanUnit): UnitFund | null {
    const funds = this.policy.funds;
    const cls = u.regCommune?.communeClass ?? null;
    if (!funds || !cls || !u.regCommune) return null;
    const extra = funds.extraPost
      ? dec(funds.extraPost.value).times(u.regCommune.extraPosts)
      : dec(0);
    return this.fund(
      dec(funds.commune[`class${cls}` as const].value)
        .plus(extra)
        .toString()
    );
  }

  private hamletFund(h: PlanUnit): UnitFund | null {
    const funds = this.policy.funds;
    if (!funds || !h.existsAfter) return null;
    const hm = h.regHamlet;
    const cm = h.regCommune;
    const large =
      (hm !== null &&
        ((hm.households !== null && hm.households >= funds.hamlet.largeHouseholds) ||
          hm.border ||
          hm.island ||
          hm.keySecurity)) ||
      (cm !== null && (cm.border || cm.island || cm.keySecurity));
    return this.fund(large ? funds.hamlet.large.value : funds.hamlet.standard.value);
  }

  private fund(coefficient: string): UnitFund | null {
    const B = this.baseSalary;
    if (B === null) return null;
    return { coefficient, baseSalary: B, amount: roundDong(dec(coefficient).times(B)) };
  }
}

function newUnit(
  id: string,
  level: PlanUnit["level"],
  communeName: string,
  hamletName: string | null
): PlanUnit {
  return {
    id,
    level,
    communeName,
    hamletName,
    named: true,
    regCommune: null as CommuneUnit | null,
    regHamlet: null as HamletUnit | null,
    before: [],
    after: [],
    existsBefore: true,
    existsAfter: true,
    mergesInto: null,
    cap: null,
    fund: null,
    holders: [],
  };
}

/** Named hamlets in the order they were met (the register's first), the unnamed one last. */
function orderHamlets(hamlets: PlanUnit[]): PlanUnit[] {
  const unnamed = hamlets.filter((h) => !h.named);
  return unnamed.length === 0 ? hamlets : [...hamlets.filter((h) => h.named), ...unnamed];
}

/**
 * Holders of each catalogue title per unit after the plan, counting main and concurrent holders
 * once per row. A commune-level title counts in the person's commune; a hamlet-level title in the
 * hamlet the person is arranged in. Units without a name hold no titles.
 */
function collectHolders(people: PlanPerson[]): void {
  const index = new Map<PlanUnit, Map<string, number>>();
  let order = 0;
  // Title ids already counted for the current row (a title written twice counts once).
  const seen: string[] = [];
  const add = (p: PlanPerson, def: TitleDef | null, cell: CellRef | undefined): void => {
    if (!def || !cell || seen.includes(def.id)) return;
    const unit =
      def.level === "commune" ? p.commune : p.unitAfter?.level === "hamlet" ? p.unitAfter : null;
    if (!unit || !unit.named) return;
    seen.push(def.id);
    let byTitle = index.get(unit);
    if (!byTitle) index.set(unit, (byTitle = new Map()));
    const at = byTitle.get(def.id);
    if (at === undefined) {
      byTitle.set(def.id, unit.holders.length);
      unit.holders.push({ title: def, order: order++, people: [p], cells: [cell] });
    } else {
      unit.holders[at].people.push(p);
      unit.holders[at].cells.push(cell);
    }
  };
  for (const p of people) {
    if (!p.after || !p.commune.named) continue;
    seen.length = 0;
    add(p, p.main, p.member.title?.cell);
    for (let i = 0; i < p.concurrent.length; i++)
      add(p, p.concurrent[i], p.member.concurrent[i]?.cell);
  }
}
