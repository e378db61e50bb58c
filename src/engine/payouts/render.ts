import type {
  CellRef,
  DerivationStep,
  PartialDate,
  Payout,
  PayoutComponent,
  Policy,
  TraceStep,
} from "../types";
import { a1 } from "../grid/address";
import { dec } from "../money/round";
import { resolveTitle } from "../plan/titles";
import { formatDateVi, parseIsoDate } from "../text/dates";
import { formatDecimalVi, formatNumberVi } from "../text/vi-number";
import { percentText } from "./allowance";
import { unroundedTerm } from "./formula";

/**
 * Text renderings of the payout derivation (Payout.derivation): the trace steps (pane, CLI text),
 * and the cells of Chi tiết tính. Everything here reads the derivation; the only arithmetic is
 * the unrounded value of a component, shown beside its rounding.
 *
 * The derivation is plain data built once with the payout, so a Payout crosses structuredClone
 * (the Web Worker) as it is; this text is built on demand by whoever shows it.
 */

const vnd = (n: number): string => formatNumberVi(n);
const coefVi = (s: string): string => formatDecimalVi(s);

const PRECISION_VI: Record<PartialDate["precision"], string> = {
  day: "ghi rõ ngày",
  month: "ghi đến tháng",
  year: "chỉ có năm",
};

function cellNote(ref: CellRef | null | undefined): string {
  return ref ? ` (ô ${a1(ref.row, ref.col)})` : "";
}

function isoDateVi(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? formatDateVi(d) : iso;
}

/** "2028-11" → "11/2028". */
export function monthVi(ym: string): string {
  const [y, m] = ym.split("-");
  return `${m}/${y}`;
}

function ageVi(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  return m === 0 ? `${y} tuổi` : `${y} tuổi ${m} tháng`;
}

function stepsOf<K extends DerivationStep["kind"]>(
  p: Payout,
  kind: K
): Extract<DerivationStep, { kind: K }>[] {
  return p.derivation.steps.filter(
    (s): s is Extract<DerivationStep, { kind: K }> => s.kind === kind
  );
}

function allowanceLine(s: Extract<DerivationStep, { kind: "allowance" }>): TraceStep {
  const B = vnd(s.baseSalary);
  if (s.part === "main") {
    if (s.how === "amount")
      return {
        label: "Mức phụ cấp chức danh ghi trong danh sách",
        value:
          `${vnd(s.amount)} đồng` +
          (s.expected !== null && s.coefficient !== null
            ? `; đối chiếu ${coefVi(s.coefficient)} × ${B} = ${vnd(s.expected)} khác mức ghi, dùng mức ghi`
            : ""),
      };
    return {
      label: "Phụ cấp chức danh",
      value: `${coefVi(s.coefficient ?? "?")}${s.coefficientSource === "policy" ? " (theo quy định)" : ""} × ${B} = ${vnd(s.amount)} đồng`,
    };
  }
  const rate = percentText(s.rate ?? "1");
  if (s.how === "amount")
    return {
      label: "Phụ cấp kiêm nhiệm ghi trong danh sách",
      value:
        `${vnd(s.amount)} đồng` +
        (s.expected !== null && s.coefficient !== null
          ? `; đối chiếu ${rate} × ${coefVi(s.coefficient)} × ${B} = ${vnd(s.expected)} khác mức ghi, dùng mức ghi`
          : ""),
    };
  return {
    label: "Phụ cấp kiêm nhiệm",
    value: `${rate} × ${coefVi(s.coefficient ?? "?")}${s.coefficientSource === "policy" ? " (theo quy định)" : ""} × ${B} = ${vnd(s.amount)} đồng`,
  };
}

function refOf(ref: string | null | undefined, verified: boolean): string | undefined {
  const r = (ref ?? "").trim();
  if (!r) return verified ? undefined : "chưa kiểm chứng";
  return verified ? r : `${r} (chưa kiểm chứng)`;
}

function withRef(step: TraceStep, ref: string | undefined): TraceStep {
  return ref === undefined ? step : { ...step, ref };
}

/**
 * The derivation as labelled lines, in the order of the computation (Vietnamese), each rule's line
 * with its legal reference. `componentLines`: one line per component instead of one "Công thức"
 * line (the Phiếu tính trợ cấp).
 */
export function traceSteps(p: Payout, options: { componentLines?: boolean } = {}): TraceStep[] {
  const d = p.derivation;
  const i = d.inputs;
  const out: TraceStep[] = [];
  const m = p.member;
  out.push({ label: "Họ và tên", value: `${i.name?.value ?? "?"} («${m.sheet}» dòng ${m.row})` });
  out.push({
    label: "Đơn vị",
    value: i.unit.hamlet
      ? `${i.unit.hamlet}, xã ${i.unit.commune ?? "?"}`
      : `Cấp xã, xã ${i.unit.commune ?? "?"}`,
  });
  if (i.title) out.push({ label: "Chức danh", value: `${i.title.value}${cellNote(i.title.cell)}` });
  if (i.concurrent.length > 0)
    out.push({ label: "Chức danh kiêm nhiệm", value: i.concurrent.map((c) => c.value).join("; ") });
  if (i.birth)
    out.push({
      label: "Ngày sinh",
      value: `${formatDateVi(i.birth.value)} (${PRECISION_VI[i.birth.value.precision]})${cellNote(i.birth.cell)}${i.gender ? `, ${i.gender === "male" ? "nam" : "nữ"}` : ""}`,
    });
  i.periods.forEach((per, k) =>
    out.push({
      label: i.periods.length > 1 ? `Thời gian công tác ${k + 1}` : "Bắt đầu công tác",
      value:
        i.periods.length > 1
          ? `${formatDateVi(per.start)} – ${formatDateVi(per.end)}${cellNote(per.cell)}`
          : `${formatDateVi(per.start)} (${PRECISION_VI[per.start.precision]})${cellNote(per.cell)}`,
    })
  );
  if (i.leaving)
    out.push({
      label: "Thôi việc",
      value: `${formatDateVi(i.leaving.date)} (${PRECISION_VI[i.leaving.date.precision]}; ${i.leaving.source === "roster" ? "ngày thôi việc ghi trong danh sách" : "ngày chi trả (không có ngày thôi việc riêng)"})${cellNote(i.leaving.cell)}`,
    });
  for (const s of d.steps) {
    switch (s.kind) {
      case "base-salary":
        out.push(
          withRef(
            {
              label: "Mức lương cơ sở",
              value: `${vnd(s.amount)} đồng (${s.instrument}, áp dụng từ ${isoDateVi(s.from)}; tra theo ngày ${isoDateVi(s.on)})`,
            },
            refOf(s.instrument, s.verified)
          )
        );
        break;
      case "allowance":
        if (s.part === "main" && s.coefficient !== null)
          out.push({
            label: "Hệ số phụ cấp",
            value: `${coefVi(s.coefficient)}${s.coefficientSource === "roster" ? cellNote(i.coefficient?.cell) : ` (theo quy định, chức danh «${i.title?.value ?? ""}»)`}`,
          });
        out.push(allowanceLine(s));
        break;
      case "allowance-basis":
        out.push({
          ...(refOf(s.ref, s.verified) !== undefined ? { ref: refOf(s.ref, s.verified) } : {}),
          label: "Mức phụ cấp hiện hưởng (A)",
          value: s.includesConcurrent
            ? s.concurrent
              ? `${vnd(s.main)} + ${vnd(s.concurrent)} = ${vnd(s.amount)} đồng`
              : `${vnd(s.amount)} đồng`
            : `${vnd(s.amount)} đồng${s.concurrent !== 0 || i.concurrent.length > 0 ? " (quy định không tính phụ cấp kiêm nhiệm vào mức hưởng chế độ)" : ""}${s.month === "before-leaving" ? "; phụ cấp của tháng liền trước tháng thôi việc" : ""}`,
        });
        break;
      case "service": {
        const byDay = s.periods.every((x) => x.byDay);
        const how = byDay
          ? "tính theo ngày: S + m tháng ≤ ngày thôi việc + 1 ngày"
          : "tính theo tháng, kể cả tháng đầu và tháng cuối";
        out.push({
          label: "Số tháng công tác",
          value:
            s.periods.length > 1
              ? `${s.periods.map((x) => x.months).join(" + ")} = ${s.months} tháng = ${Math.floor(s.months / 12)} năm ${s.months % 12} tháng (cộng dồn các thời gian; ${how})`
              : `${s.months} tháng = ${Math.floor(s.months / 12)} năm ${s.months % 12} tháng (${how})`,
        });
        break;
      }
      case "years-counted":
        out.push({ label: "Thời gian lẻ", value: p.band ?? `${s.leftover} tháng lẻ` });
        out.push(
          withRef(
            { label: "Số năm tính hưởng", value: `${formatDecimalVi(s.years)} năm` },
            refOf(s.ref, s.verified)
          )
        );
        break;
      case "retirement":
        out.push({
          ref: s.ref,
          label: "Tháng đủ tuổi nghỉ hưu",
          value: `${s.month === s.latestMonth ? monthVi(s.month) : `${monthVi(s.month)} – ${monthVi(s.latestMonth)}`} (đủ ${ageVi(s.requiredMonths)}${s.reducedYears > 0 ? `, đã giảm ${s.reducedYears} năm` : ""}; ${s.ref})`,
        });
        break;
      case "months-early":
        out.push({
          ...(refOf(s.ref, s.verified) !== undefined ? { ref: refOf(s.ref, s.verified) } : {}),
          label: "Số tháng nghỉ trước tuổi",
          value:
            s.months === 0 && s.latestMonths === 0
              ? "0 (đã đến tuổi nghỉ hưu)"
              : `${s.months === s.latestMonths ? s.months : `${s.months} – ${s.latestMonths}`} tháng, từ ${monthVi(s.from)} đến ${monthVi(s.to)} (${s.counting === "inclusive" ? "tính cả hai tháng" : "không tính tháng thôi việc"}${s.verified ? "" : "; cách đếm chưa kiểm chứng"})`,
        });
        break;
    }
  }
  if (d.case)
    out.push(
      withRef(
        {
          label: "Trường hợp",
          value: `${d.case.id}: ${d.case.name}${d.case.ref ? ` (${d.case.ref})` : ""}${d.case.verified ? "" : " — chưa kiểm chứng"}`,
        },
        refOf(d.case.ref, d.case.verified)
      )
    );
  if (d.amount !== null && options.componentLines) {
    d.components.forEach((c, k) =>
      out.push(
        withRef(
          { label: `Khoản ${k + 1}: ${c.label}`, value: `${componentTerm(c)} đồng` },
          refOf(c.ref, c.verified)
        )
      )
    );
    out.push({
      label: "Số tiền được hưởng",
      value: `${d.components.map((c) => vnd(c.amount)).join(" + ")} = ${vnd(d.amount)} đồng`,
    });
  } else if (d.amount !== null) {
    out.push({ label: "Công thức", value: amountText(p) });
    out.push({ label: "Số tiền được hưởng", value: `${vnd(d.amount)} đồng (làm tròn đến đồng)` });
  } else {
    out.push({
      label: "Số tiền được hưởng",
      value: `chưa tính được${d.blockedBy.length ? ` (${d.blockedBy.join(", ")})` : ""}`,
    });
  }
  return out;
}

// ───────────────────────── Chi tiết tính cells ─────────────────────────

function policyConcurrentCoefficient(p: Payout, policy: Policy): string | null {
  let sum = dec(0);
  for (const c of p.member.concurrent) {
    const def = resolveTitle(policy, c.value, p.member.level).title;
    if (def?.coefficient == null) return null;
    sum = sum.plus(dec(def.coefficient));
  }
  return sum.toString();
}

/** "Hệ số 0,85 (danh sách)" / "Hệ số 1 (quy định)" / "Mức 1.181.500 (danh sách)" and the concurrent part. */
export function allowanceSource(p: Payout, policy: Policy): string {
  const m = p.member;
  const lines: string[] = [];
  if (m.allowance) lines.push(`Mức ${vnd(m.allowance.value)} (danh sách)`);
  else if (m.coefficient) lines.push(`Hệ số ${coefVi(m.coefficient.value)} (danh sách)`);
  else {
    const def = m.title ? resolveTitle(policy, m.title.value, m.level).title : null;
    lines.push(
      def?.coefficient != null ? `Hệ số ${coefVi(def.coefficient)} (quy định)` : "Không có"
    );
  }
  if (m.concurrentAllowance)
    lines.push(`Kiêm nhiệm: mức ${vnd(m.concurrentAllowance.value)} (danh sách)`);
  else if (m.concurrentCoefficient && m.concurrent.length > 0)
    lines.push(`Kiêm nhiệm: hệ số ${coefVi(m.concurrentCoefficient.value)} (danh sách)`);
  else if (m.concurrent.length > 0) {
    const cc = policyConcurrentCoefficient(p, policy);
    lines.push(
      cc !== null ? `Kiêm nhiệm: hệ số ${coefVi(cc)} (quy định)` : "Kiêm nhiệm: không có hệ số"
    );
  }
  return lines.join("\n");
}

function expression(s: Extract<DerivationStep, { kind: "allowance" }>): string {
  if (s.how === "amount") return vnd(s.amount);
  const B = vnd(s.baseSalary);
  return s.part === "main"
    ? `round(${coefVi(s.coefficient ?? "?")} × ${B})`
    : `round(${coefVi(s.rate ?? "1")} × ${coefVi(s.coefficient ?? "?")} × ${B})`;
}

/**
 * A as a formula: "round(0,85 × 1.390.000) + round(1 × 0,3 × 1.390.000) = 1.598.500". When the
 * formula leaves the concurrent allowance out of A, the text says so.
 */
export function monthlyAllowanceText(p: Payout): string | null {
  const basis = stepsOf(p, "allowance-basis")[0];
  if (!basis || p.monthlyAllowance === null) return null;
  const A = vnd(basis.amount);
  const mainStep = stepsOf(p, "allowance").find((s) => s.part === "main");
  const concStep = stepsOf(p, "allowance").find((s) => s.part === "concurrent");
  const main = mainStep ? expression(mainStep) : vnd(basis.main);
  const paid = p.concurrentAllowance;
  if (paid === 0 || (paid === null && p.member.concurrent.length === 0))
    return main === A ? A : `${main} = ${A}`;
  const conc = concStep ? expression(concStep) : "chưa có hệ số";
  if (!basis.includesConcurrent) return `${main} = ${A} (không tính kiêm nhiệm: ${conc})`;
  return `${main} + ${conc} = ${A}`;
}

/** "3.036.000 × 0,8 × 27 = 65.577.600"; an unrounded product shows its rounding ("≈"). */
function componentTerm(c: PayoutComponent): string {
  const q = c.quantityValue.includes("/") ? c.quantityValue : formatDecimalVi(c.quantityValue);
  const fixedOne = c.quantity === "fixed" && c.quantityValue === "1";
  const lhs = `${vnd(c.basis)} × ${formatDecimalVi(c.factor)}${fixedOne ? "" : ` × ${q}`}`;
  const raw = dec(unroundedTerm(c));
  if (raw.isInteger()) return `${lhs} = ${vnd(c.amount)}`;
  return `${lhs} = ${formatDecimalVi(raw.toDecimalPlaces(4).toString())} ≈ ${vnd(c.amount)}`;
}

/** Why a payout is blocked, or its amount as a formula. */
export function amountText(
  p: Payout,
  blockReason?: (codes: Payout["blockedBy"]) => string
): string {
  const d = p.derivation;
  if (d.amount === null || d.components.length === 0) {
    const codes = p.blockedBy.length ? ` [${p.blockedBy.join(", ")}]` : "";
    return `${blockReason ? blockReason(p.blockedBy) : "Chưa tính"}${codes}`;
  }
  const terms = d.components.map(componentTerm);
  if (terms.length === 1) return terms[0];
  return `${terms.join("\n")}\nCộng: ${d.components.map((c) => vnd(c.amount)).join(" + ")} = ${vnd(d.amount)}`;
}

/**
 * The case of a component formula and what chose it, from the derivation: "Trường hợp b — Từ 60
 * tháng công tác, còn dưới 60 tháng đến tuổi nghỉ hưu (đủ tuổi nghỉ hưu 11/2028; 27 tháng nghỉ
 * trước tuổi)". Null for a one-case rule (NQ 77) or when no case was chosen.
 */
export function caseText(p: Payout): string | null {
  const d = p.derivation;
  if (!d.case || d.case.id === "nq77") return null;
  const facts: string[] = [];
  const ret = stepsOf(p, "retirement")[0];
  // A birth year alone that did not decide the case gives a range of months: say the range.
  if (ret)
    facts.push(
      `đủ tuổi nghỉ hưu ${ret.month === ret.latestMonth ? monthVi(ret.month) : `${monthVi(ret.month)} – ${monthVi(ret.latestMonth)}`}`
    );
  const early = stepsOf(p, "months-early")[0];
  if (early)
    facts.push(
      early.months === 0 && early.latestMonths === 0
        ? "đã đến tuổi nghỉ hưu"
        : `${early.months === early.latestMonths ? early.months : `${Math.min(early.months, early.latestMonths)} – ${Math.max(early.months, early.latestMonths)}`} tháng nghỉ trước tuổi`
    );
  const service = stepsOf(p, "service")[0];
  if (service) facts.push(`${service.months} tháng công tác`);
  return `Trường hợp ${d.case.id} — ${d.case.name}${facts.length ? ` (${facts.join("; ")})` : ""}${d.case.verified ? "" : " (chưa kiểm chứng)"}`;
}
