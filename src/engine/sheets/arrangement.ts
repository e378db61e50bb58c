import type { Analysis, PlanCommune, PlanUnit, StaffMember } from "../types";
import { NO_HAMLET } from "../plan";
import { SheetBuilder, sheetName } from "./builder";
import {
  BIRTH_YEAR_GROUP,
  communeLabel,
  documentHeader,
  legalBasisLine,
  signatures,
  tableHeader,
  upper,
  type DocContext,
  communePages,
} from "./blocks";
import { communeOrder, concurrentText, personName } from "./group";
import type { SheetSpec } from "./spec";

const WIDTHS = [5, 24, 7, 7, 28, 26, 15, 22];

/** "count / cap" of a unit of the plan: the plan's own count and cap, never recounted here. */
function capText(unit: PlanUnit): string {
  const count = unit.after.length;
  const cap = unit.cap;
  if (cap === null) return `${count} người (chưa rõ loại xã, chưa đối chiếu định mức)`;
  const over = count > cap ? ` — vượt ${count - cap}` : "";
  return `${count} / ${cap} người${over}`;
}

const HEADER = {
  vertical: [
    [1, "STT"],
    [2, "Họ và tên"],
    [5, "Chức danh bố trí"],
    [6, "Kiêm nhiệm"],
    [7, "Phương án"],
    [8, "Ghi chú"],
  ] as [number, string][],
  groups: [BIRTH_YEAR_GROUP],
  heights: [20, 20] as [number, number],
};

function memberRow(b: SheetBuilder, m: StaffMember, seq: number): void {
  const r = b.row++;
  b.set(r, 1, seq, "tdCenter");
  b.set(r, 2, personName(m), "td");
  const year = m.birth?.value.year ?? null;
  if (year !== null && m.gender === null) b.across(r, 3, 4, year);
  else {
    b.set(r, 3, m.gender === "male" ? year : null, "tdCenter");
    b.set(r, 4, m.gender === "female" ? year : null, "tdCenter");
  }
  b.set(r, 5, m.title?.value ?? null, "td");
  const conc = concurrentText(m);
  b.set(r, 6, conc || null, "td");
  b.set(r, 7, m.decision?.value === "new" ? "Bố trí mới" : "Tiếp tục bố trí", "tdCenter");
  b.set(r, 8, m.note, "td");
  b.fit(r, 2, 2, personName(m));
  b.fit(r, 5, 5, m.title?.value ?? "");
  b.fit(r, 6, 6, conc);
  b.fit(r, 8, 8, m.note ?? "");
  if ((b.rowHeights[r] ?? 0) < 20) b.height(r, 20);
}

function unitRow(b: SheetBuilder, label: string, left: string | null, count: string): void {
  const r = b.row++;
  b.set(r, 1, left, "tdBoldCenter");
  b.spanLabel(r, 2, 5, label);
  b.spanLabel(r, 6, 8, count);
  b.height(r, 20);
}

/**
 * Danh sách bố trí (DOMAIN §6 item 3): per commune, on its own page, the people kept or newly
 * arranged per unit with concurrent titles and "count / cap" for the commune and each hamlet.
 */
export function buildArrangement(analysis: Analysis, ctx: DocContext): SheetSpec {
  const b = new SheetBuilder("arrangement", WIDTHS);
  const plan = new Map<string, PlanCommune>(analysis.plan.communes.map((c) => [c.unit.id, c]));
  const arranged = (c: PlanCommune): boolean =>
    c.unit.after.length > 0 || c.hamlets.some((h) => h.after.length > 0);
  const communes = communeOrder(analysis).filter((c) => {
    const p = plan.get(c.key);
    return p !== undefined && (arranged(p) || p.unit.regCommune !== null);
  });
  // As in the payment list: one form header repeated on every page, each commune on a fresh page.
  documentHeader(b, ctx, "Danh sách bố trí, sắp xếp người hoạt động không chuyên trách", [
    {
      text: communes.length === 1 ? upper(communeLabel(communes[0].name)) : "Ở xã, ấp, khu phố",
      style: "subtitle",
    },
    { text: legalBasisLine(analysis.policy), style: "basis" },
  ]);
  const [, headerEnd] = tableHeader(b, HEADER);
  const titleRows: [number, number] = [1, headerEnd];

  communePages(b, communes, "Chưa có người nào được bố trí.", (c) => {
    const commune = plan.get(c.key);
    if (!commune) return;
    const communeLevel = commune.unit.after.map((p) => p.member);
    unitRow(b, "Cấp xã", "I", capText(commune.unit));
    let seq = 0;
    for (const m of communeLevel) memberRow(b, m, ++seq);

    // Every hamlet that exists after the plan, even one whose people all leave: its "0 / cap" is
    // part of the plan. Hamlet-level people without a hamlet name are listed under their own heading.
    const hamlets = commune.hamlets.filter((h) => h.existsAfter && (h.named || h.after.length > 0));
    const hamletTotal = hamlets.reduce((s, h) => s + h.after.length, 0);
    unitRow(b, "Ấp, khu phố", "II", `${hamletTotal} người`);
    let n = 0;
    for (const h of hamlets) {
      unitRow(b, `${++n}. ${h.hamletName ?? NO_HAMLET}`, null, capText(h));
      for (const p of h.after) memberRow(b, p.member, ++seq);
    }
    const tr = b.row++;
    b.set(tr, 1, null, "tdBold");
    b.block(tr, 2, tr, 5, "Tổng cộng (I + II)", "tdBoldCenter");
    b.block(tr, 6, tr, 8, `${communeLevel.length + hamletTotal} người`, "tdBold");
    b.height(tr, 20);
    b.row++;
    signatures(b, ctx.info);
    b.row += 1;
  });

  return b.build(
    sheetName("arrangement"),
    { orientation: "landscape", fitToWidth: true, printTitleRows: titleRows },
    null
  );
}
