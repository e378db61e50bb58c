import { computePayouts, roundKey, traceSteps } from ".";
import { createFinding } from "../findings/catalog";
import type { ColumnMapping, Finding, Policy, StaffMember } from "../types";
import { member, nq77, type MemberSpec } from "../../../test/golden/members";

function run(
  members: StaffMember[],
  opts: {
    policy?: Policy;
    paymentDate?: string | null;
    round?: string | null;
    blocking?: Finding[];
    lang?: "vi" | "en";
    mappings?: ColumnMapping[];
  } = {}
) {
  return computePayouts({
    members,
    policy: opts.policy ?? nq77(),
    paymentDate: opts.paymentDate ?? null,
    round: opts.round ?? null,
    blocking: opts.blocking ?? [],
    lang: opts.lang ?? "vi",
    ...(opts.mappings ? { mappings: opts.mappings } : {}),
  });
}

/** A mapping of sheet "DS" with the given field columns (the golden members' own columns). */
function mapping(columns: ColumnMapping["columns"], sheet = "DS"): ColumnMapping {
  return { sheet, headerRows: [3], columns, headers: {}, firstDataRow: 4 };
}

const ok: MemberSpec = { coefficient: "1", start: "2010-03-01", end: "2018-12-31" }; // 12.510.000 (see golden)

describe("findings that block a payout", () => {
  test("start after end → date-order at the start cell, amount null, not counted", () => {
    const m = member({ ...ok, start: "2019-01-01", end: "2018-12-31" });
    const { report, findings } = run([m]);
    const f = findings.find((x) => x.code === "date-order");
    expect(f?.cell).toBe(`L${m.row}`);
    expect(f?.message).toContain("01/01/2019");
    expect(report.payouts[0].amount).toBeNull();
    expect(report.payouts[0].blockedBy).toEqual(["date-order"]);
    expect(report.totals.cases.total).toBe(0);
    expect(report.totals.amount.total).toBe(0);
  });

  test("start before the 15th birthday → date-order; at 15 exactly → fine", () => {
    const young = member({ ...ok, birth: "1995", start: "2009-06-01" });
    const fifteen = member({ ...ok, birth: "1995", start: "2010-03-01" });
    const { report, findings } = run([young, fifteen]);
    expect(findings.filter((f) => f.code === "date-order").map((f) => f.row)).toEqual([young.row]);
    expect(report.payouts[0].amount).toBeNull();
    expect(report.payouts[1].amount).toBe(12510000);
  });

  test("no start → start-missing; no end and no payment date → end-missing", () => {
    const a = member({ ...ok, start: null });
    const b = member({ ...ok, end: null });
    const { report, findings } = run([a, b]);
    expect(findings.map((f) => [f.code, f.row])).toEqual([
      ["start-missing", a.row],
      ["end-missing", b.row],
    ]);
    expect(report.payouts.map((p) => p.blockedBy)).toEqual([["start-missing"], ["end-missing"]]);
  });

  test("leaving date before the first base salary entry → base-salary-missing", () => {
    const m = member({ ...ok, start: "2010-01-01", end: "2016-04-30" });
    const { report, findings } = run([m]);
    const f = findings.find((x) => x.code === "base-salary-missing");
    expect(f?.cell).toBe(`M${m.row}`);
    expect(f?.message).toContain("30/04/2016");
    expect(f?.message).toContain("01/05/2016");
    expect(report.payouts[0].amount).toBeNull();
    // on the first day of the table it is fine: 1.210.000
    const { report: r2 } = run([member({ ...ok, start: "2010-01-01", end: "2016-05-01" })]);
    expect(r2.payouts[0].baseSalary).toBe(1210000);
  });

  test("no coefficient and no amount anywhere → allowance-missing, never zero", () => {
    // the NQ 77 preset carries no coefficients
    const m = member({ ...ok, coefficient: null });
    const { report, findings } = run([m]);
    expect(findings.map((f) => f.code)).toEqual(["allowance-missing"]);
    expect(report.payouts[0].amount).toBeNull();
    expect(report.payouts[0].monthlyAllowance).toBeNull();
  });

  test("allowance-missing says whose coefficient is missing: the title's or the concurrent title's", () => {
    const main = run([member({ ...ok, title: "Thủ quỹ", coefficient: null })]).findings[0];
    expect(main.message).toContain("không có hệ số hay mức phụ cấp của chức danh «Thủ quỹ»");
    const conc = run([member({ ...ok, concurrent: ["Văn thư"] })]).findings[0];
    expect(conc.code).toBe("allowance-missing");
    expect(conc.message).toContain("không có hệ số hay mức phụ cấp kiêm nhiệm «Văn thư»");
  });

  test("a concurrent title without any coefficient blocks when the concurrent part counts, not when excluded", () => {
    const spec = { ...ok, concurrent: ["Văn thư"] };
    expect(run([member(spec)]).report.payouts[0].blockedBy).toEqual(["allowance-missing"]);
    const excluded = run([member(spec)], { policy: nq77({ includeConcurrent: false }) });
    expect(excluded.report.payouts[0].amount).toBe(12510000);
  });

  test("the parser's error findings at the row block it; warnings and other rows do not", () => {
    const m = member(ok);
    const other = member(ok);
    const at = { sheet: m.sheet, row: m.row, col: 13 };
    const blocking = [
      createFinding("date-invalid", { at, params: { field: "Đến", value: "31/13/2018" } }),
      createFinding("date-imprecise", { at, params: { field: "Đến", value: "2018", month: 12 } }),
      createFinding("date-invalid", {
        at: { ...at, row: 999 },
        params: { field: "Đến", value: "x" },
      }),
    ];
    const { report } = run([m, other], { blocking });
    expect(report.payouts[0].blockedBy).toEqual(["date-invalid"]);
    expect(report.payouts[0].amount).toBeNull();
    expect(report.payouts[1].amount).toBe(12510000);
    expect(report.totals.cases.total).toBe(1);
  });
});

describe("warnings that do not block", () => {
  test("amount and coefficient disagree → allowance-mismatch, the amount is used", () => {
    const m = member({ ...ok, allowance: 1500000 });
    const { report, findings } = run([m]);
    expect(findings.map((f) => f.code)).toEqual(["allowance-mismatch"]);
    expect(findings[0].cell).toBe(`J${m.row}`);
    expect(findings[0].message).toContain("1.500.000");
    expect(findings[0].message).toContain("1.390.000");
    expect(report.payouts[0].amount).toBe(13500000); // 1.500.000 × 9
  });

  test("amount equal to coefficient × base salary → no warning", () => {
    const { findings } = run([member({ ...ok, allowance: 1390000 })]);
    expect(findings).toEqual([]);
  });

  test("roster coefficient differs from the catalogue's → coefficient-mismatch, the roster's is used", () => {
    const policy = nq77();
    policy.titles = policy.titles.map((t) =>
      t.id === "thu-quy" ? { ...t, coefficient: "0.8" } : t
    );
    const m = member({ ...ok, title: "Thủ quỹ", coefficient: "1.0" });
    const { report, findings } = run([m], { policy });
    expect(findings.map((f) => f.code)).toEqual(["coefficient-mismatch"]);
    expect(findings[0].message).toContain("0,8");
    expect(report.payouts[0].amount).toBe(12510000);
    // "1.0" and "1" are the same coefficient
    policy.titles = policy.titles.map((t) => (t.id === "thu-quy" ? { ...t, coefficient: "1" } : t));
    expect(
      run([member({ ...ok, title: "Thủ quỹ", coefficient: "1.0" })], { policy }).findings
    ).toEqual([]);
  });
});

describe("rounds", () => {
  test("roundKey: 'Đợt 1', '01' and '1' are one round", () => {
    expect(roundKey("Đợt 1")).toBe("1");
    expect(roundKey("01")).toBe("1");
    expect(roundKey(" 2 ")).toBe("2");
  });

  test("only the chosen round is paid; before/after counts stay whole", () => {
    const r1 = member({ ...ok, round: "1" });
    const r2 = member({ ...ok, round: "Đợt 2" });
    const kept = member({ decision: "keep" });
    const { report } = run([r1, r2, kept], { round: "2" });
    expect(report.payouts.map((p) => p.member.row)).toEqual([r2.row]);
    expect(report.totals.cases.total).toBe(1);
    expect(report.totals.before.commune).toBe(3);
    expect(report.totals.after.commune).toBe(1);
    expect(report.narrative[1]).toMatch(/^Đợt 2, đã chi trả/);
  });
});

describe("summary per commune and level", () => {
  function district(): StaffMember[] {
    return [
      // Phú Mỹ, commune level: 2 kept, 1 paid (12.510.000), 1 unpaid → before 4, after 2
      member({ commune: "Phú Mỹ", decision: "keep" }),
      member({ commune: "Phú Mỹ", decision: "keep" }),
      member({ commune: "Phú Mỹ", ...ok }),
      member({ commune: "Phú Mỹ", decision: "leave-unpaid" }),
      // Phú Mỹ, hamlet: 1 kept, 1 new, 2 paid: 695.000 × 9 = 6.255.000 (coef 0,5) and 1.234.567 × 8,5 = 10.493.819,5 → 10.493.820
      member({ commune: "Phú Mỹ", hamlet: "Tràm Trổi", decision: "keep" }),
      member({ commune: "Phú Mỹ", hamlet: "Tràm Trổi", decision: "new" }),
      member({ commune: "Phú Mỹ", hamlet: "Tràm Trổi", ...ok, coefficient: "0.5" }),
      member({
        commune: "Phú Mỹ",
        hamlet: "Tràm Trổi",
        allowance: 1234567,
        start: "2010-07-01",
        end: "2018-12-31",
      }),
      // Phú Lợi: a blocked payer (no start) counts in before but not in cases; a row without decision counts nowhere
      member({ commune: "Phú Lợi", ...ok, start: null }),
      member({ commune: "Phú Lợi", decision: null }),
      member({ commune: "Phú Lợi", hamlet: "Cống Cả", ...ok }),
      // written without diacritics: the same commune
      member({ commune: "Phu My", decision: "new" }),
    ];
  }

  test("counts, cases and amounts by hand", () => {
    const { report } = run(district());
    expect(report.communes.map((c) => c.commune)).toEqual(["Phú Mỹ", "Phú Lợi"]);
    const [pm, pl] = report.communes;
    expect(pm.before).toEqual({ commune: 4, hamlet: 3 });
    expect(pm.after).toEqual({ commune: 3, hamlet: 2 });
    expect(pm.reduction).toEqual({ commune: 1, hamlet: 1 });
    expect(pm.cases).toEqual({ commune: 1, hamlet: 2, total: 3 });
    // 6.255.000 + 10.493.820 = 16.748.820; total 12.510.000 + 16.748.820 = 29.258.820
    expect(pm.amount).toEqual({ commune: 12510000, hamlet: 16748820, total: 29258820 });
    expect(pl.before).toEqual({ commune: 1, hamlet: 1 });
    expect(pl.after).toEqual({ commune: 0, hamlet: 0 });
    expect(pl.cases).toEqual({ commune: 0, hamlet: 1, total: 1 });
    expect(pl.amount).toEqual({ commune: 0, hamlet: 12510000, total: 12510000 });
    expect(report.totals).toEqual({
      before: { commune: 5, hamlet: 4 },
      after: { commune: 3, hamlet: 2 },
      reduction: { commune: 2, hamlet: 2 },
      cases: { commune: 1, hamlet: 3, total: 4 },
      amount: { commune: 12510000, hamlet: 29258820, total: 41768820 },
    });
    expect(report.payouts).toHaveLength(5);
  });

  test("narrative and amount in words", () => {
    const { report } = run(district());
    expect(report.narrative).toEqual([
      "Qua sắp xếp, đã giảm được 2 người cấp xã và 2 người ở ấp, khu phố.",
      "Đã chi trả thôi việc, nghỉ việc cho 4 trường hợp (cấp xã 1 trường hợp, ấp 3 trường hợp) với tổng kinh phí là 41.768.820 đồng.",
      "Còn 1 trường hợp chưa tính được chế độ (xem sheet «Kiểm tra»).",
    ]);
    expect(report.amountInWords).toBe(
      "Bốn mươi mốt triệu bảy trăm sáu mươi tám nghìn tám trăm hai mươi đồng"
    );
  });

  test("English narrative", () => {
    const { report } = run(district(), { lang: "en" });
    expect(report.narrative[0]).toBe(
      "The rearrangement cut 2 people at commune level and 2 in the hamlets and urban quarters."
    );
    expect(report.narrative[1]).toBe(
      "Severance for leaving was paid in 4 cases (1 commune-level, 3 hamlet-level), 41,768,820 đồng in all."
    );
  });

  test("the founding report's sentence form", () => {
    // 30 commune-level and 85 hamlet-level reductions; 25 + 88 paid cases. Build it from counts only:
    // 30 leave-unpaid at commune level, 85 leave-unpaid in hamlets, then check the first sentence.
    const rows = [
      ...Array.from({ length: 30 }, () => member({ decision: "leave-unpaid" })),
      ...Array.from({ length: 85 }, () => member({ hamlet: "Ấp 1", decision: "leave-unpaid" })),
    ];
    expect(run(rows).report.narrative[0]).toBe(
      "Qua sắp xếp, đã giảm được 30 người cấp xã và 85 người ở ấp, khu phố."
    );
  });

  test("an increase is said as such", () => {
    const { report } = run([member({ decision: "new" })]);
    expect(report.narrative[0]).toBe(
      "Qua sắp xếp, số người cấp xã tăng 1 người, số người ở ấp, khu phố không đổi."
    );
  });
});

describe("the cell of a missing value (CONTRACT §3: the offending cell)", () => {
  // Golden member columns: B name (2), F title (6), H coefficient (8), J amount (10), L start (12), M end (13).
  const columns = { name: 2, title: 6, coefficient: 8, allowance: 10, start: 12, end: 13 };

  test("start and end missing → the row's empty cell in the start / end column", () => {
    const a = member({ ...ok, start: null });
    const b = member({ ...ok, end: null });
    const { findings } = run([a, b], { mappings: [mapping(columns)] });
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ["start-missing", `L${a.row}`],
      ["end-missing", `M${b.row}`],
    ]);
  });

  test("no coefficient and no amount → the row's empty coefficient cell, else its amount cell", () => {
    const m = member({ ...ok, coefficient: null });
    const withCoef = run([m], { mappings: [mapping(columns)] }).findings;
    expect(withCoef.map((f) => [f.code, f.cell])).toEqual([["allowance-missing", `H${m.row}`]]);
    const { coefficient: _c, ...noCoef } = columns;
    void _c;
    const amountOnly = run([m], { mappings: [mapping(noCoef)] }).findings;
    expect(amountOnly.map((f) => f.cell)).toEqual([`J${m.row}`]);
  });

  test("without the column (or without mappings) → the name cell", () => {
    const a = member({ ...ok, start: null });
    const b = member({ ...ok, end: null });
    const c = member({ ...ok, coefficient: null });
    const bare = mapping({ name: 2, title: 6 });
    for (const mappings of [[bare], undefined]) {
      const { findings } = run([a, b, c], { mappings });
      expect(findings.map((f) => [f.code, f.cell])).toEqual([
        ["start-missing", `B${a.row}`],
        ["end-missing", `B${b.row}`],
        ["allowance-missing", `B${c.row}`],
      ]);
    }
  });

  test("another sheet's mapping is not used", () => {
    const m = member({ ...ok, start: null });
    const { findings } = run([m], { mappings: [mapping(columns, "Khác")] });
    expect(findings.map((f) => f.cell)).toEqual([`B${m.row}`]);
  });
});

describe("trace", () => {
  test("the derivation is plain data: JSON and structuredClone keep it whole, nothing is lazy", () => {
    const m = member({ ...ok, concurrent: ["Văn thư"], concurrentCoefficient: "0.5" });
    const p = run([m]).report.payouts[0];
    for (const key of Object.keys(p)) {
      const d = Object.getOwnPropertyDescriptor(p, key);
      expect(d && "value" in d).toBe(true);
    }
    const cloned = structuredClone(p);
    expect(cloned.derivation).toEqual(p.derivation);
    expect(traceSteps(cloned)).toEqual(traceSteps(p));
    const json = JSON.parse(JSON.stringify(p)) as { derivation: { amount: number } };
    expect(json.derivation.amount).toBe(p.amount);
  });

  test("a roster amount that disagrees with its coefficient: the comparison is in the trace", () => {
    const m = member({ ...ok, coefficient: "0.7", allowance: 980000 });
    const p = run([m]).report.payouts[0];
    // 0,7 × 1.390.000 = 973.000 ≠ 980.000 written.
    expect(
      traceSteps(p)
        .map((s) => s.value)
        .join("\n")
    ).toContain("0,7 × 1.390.000 = 973.000 khác mức ghi");
  });

  test("records inputs, base salary and instrument, months, band, years and the formula in Vietnamese", () => {
    const m = member({ ...ok, concurrent: ["Văn thư"], concurrentCoefficient: "0.5" });
    const p = run([m]).report.payouts[0];
    const text = traceSteps(p)
      .map((s) => `${s.label}: ${s.value}`)
      .join("\n");
    expect(text).toContain("1.390.000 đồng (Nghị định 72/2018/NĐ-CP");
    expect(text).toContain("01/03/2010");
    expect(text).toContain("31/12/2018");
    expect(text).toContain("106 tháng = 8 năm 10 tháng");
    expect(text).toContain("10 tháng lẻ → 1 năm (quy tắc B)");
    expect(text).toContain("Số năm tính hưởng: 9 năm");
    expect(text).toContain("1 × 1.390.000 = 1.390.000 đồng");
    expect(text).toContain("100% × 0,5");
    expect(text).toContain("1.390.000 + 695.000 = 2.085.000 đồng");
    expect(text).toContain("2.085.000 × 1 × 9 = 18765000".replace("18765000", "18.765.000"));
    expect(text).toContain("Số tiền được hưởng: 18.765.000 đồng");
    expect(p.band).toBe("10 tháng lẻ → 1 năm (quy tắc B)");
  });
});
