/**
 * A small Analysis built by hand for sheet tests (no parser, no payout code involved): two
 * communes, commune and hamlet leavers, one payout that cannot be computed, a few kept people,
 * and names that look like formulas.
 */
import type {
  Analysis,
  CellRef,
  DecisionCategory,
  Finding,
  Payout,
  PayoutComponent,
  PayoutDerivation,
  PartialDate,
  StaffMember,
  Sourced,
} from "../../types";
import { getPreset } from "../../policy/presets";
import { buildPlan } from "../../plan";

const SHEET = "DS";

function src<T>(value: T, row: number, col: number): Sourced<T> {
  const cell: CellRef = { sheet: SHEET, row, col };
  return {
    value,
    cell,
    raw: typeof value === "string" || typeof value === "number" ? value : null,
  };
}

const day = (y: number, m: number, d: number): PartialDate => ({
  year: y,
  month: m,
  day: d,
  precision: "day",
});

let index = 0;
export function member(init: {
  row: number;
  name: string;
  commune: string;
  hamlet?: string;
  title: string;
  concurrent?: string[];
  decision: DecisionCategory;
  gender?: "male" | "female" | null;
  birthYear?: number;
  coefficient?: string;
}): StaffMember {
  return {
    index: index++,
    sheet: SHEET,
    row: init.row,
    name: src(init.name, init.row, 2),
    birth: init.birthYear
      ? src<PartialDate>({ year: init.birthYear, precision: "year" }, init.row, 3)
      : null,
    gender: init.gender === undefined ? "male" : init.gender,
    commune: src(init.commune, init.row, 4),
    communeSource: "column",
    hamlet: init.hamlet ? src(init.hamlet, init.row, 5) : null,
    level: init.hamlet ? "hamlet" : "commune",
    title: src(init.title, init.row, 6),
    concurrent: (init.concurrent ?? []).map((c) => src(c, init.row, 7)),
    coefficient: init.coefficient ? src(init.coefficient, init.row, 8) : null,
    concurrentCoefficient: null,
    allowance: null,
    concurrentAllowance: null,
    start: null,
    end: null,
    decision: src(init.decision, init.row, 12),
    decisionText: init.decision,
    round: null,
    note: null,
  };
}

function payout(
  m: StaffMember,
  amount: number | null,
  monthly: number | null,
  years: string | null
): Payout {
  return {
    member: m,
    start: day(2010, 3, 1),
    end: day(2018, 12, 31),
    months: 106,
    yearsCounted: years,
    band: "1–6 tháng → 0,5 năm",
    baseSalary: 1390000,
    baseSalaryInstrument: "Nghị định 72/2018/NĐ-CP",
    mainAllowance: monthly,
    concurrentAllowance: 0,
    monthlyAllowance: monthly,
    amount,
    blockedBy: amount === null ? ["start-missing"] : [],
    case: amount === null ? null : "nq77",
    retirementMonth: null,
    monthsEarly: null,
    components: components(amount, monthly, years),
    derivation: derivation(m, amount, monthly, years),
  };
}

/** NQ 77's one component, 1 × A × years (the fixture's amounts are A × years). */
function components(
  amount: number | null,
  monthly: number | null,
  years: string | null
): PayoutComponent[] {
  if (amount === null || monthly === null || years === null) return [];
  return [
    {
      label: `1 × PC × ${years.replace(".", ",")} năm`,
      factor: "1",
      quantity: "yearsCounted",
      quantityValue: years,
      basis: monthly,
      amount,
      ref: "Nghị quyết 77/2017/NQ-HĐND",
      verified: true,
    },
  ];
}

function derivation(
  m: StaffMember,
  amount: number | null,
  monthly: number | null,
  years: string | null
): PayoutDerivation {
  return {
    formula: { id: "nq77-months-per-year", name: "Số tháng phụ cấp hiện hưởng × số năm công tác" },
    inputs: {
      name: m.name,
      unit: { commune: m.commune?.value ?? null, hamlet: m.hamlet?.value ?? null, level: m.level },
      title: m.title,
      concurrent: m.concurrent,
      coefficient: m.coefficient,
      concurrentCoefficient: m.concurrentCoefficient,
      allowance: m.allowance,
      concurrentAllowance: m.concurrentAllowance,
      periods: [{ start: day(2010, 3, 1), end: day(2018, 12, 31), cell: null }],
      leaving: { date: day(2018, 12, 31), source: "roster", cell: null },
      birth: m.birth,
      gender: m.gender,
      reducedRetirement: null,
    },
    steps:
      monthly === null
        ? []
        : [
            {
              kind: "allowance-basis",
              main: monthly,
              concurrent: 0,
              includesConcurrent: true,
              month: "leaving",
              amount: monthly,
              ref: null,
              verified: false,
            },
          ],
    case:
      amount === null
        ? null
        : {
            id: "nq77",
            name: "Mỗi năm công tác được hưởng một số tháng phụ cấp hiện hưởng",
            ref: null,
            verified: true,
          },
    components: components(amount, monthly, years),
    amount,
    blockedBy: amount === null ? ["start-missing"] : [],
  };
}

export function errorFinding(): Finding {
  return {
    code: "start-missing",
    severity: "error",
    sheet: SHEET,
    cell: "J14",
    row: 14,
    commune: "Phú Mỹ",
    hamlet: null,
    title: "Thủ quỹ",
    person: "Lê Văn Chưa",
    limit: null,
    count: null,
    cells: [],
    params: {},
    message: "Lê Văn Chưa: thiếu ngày bắt đầu công tác.",
    suggestion: null,
  };
}

/** Amounts: Phú Mỹ commune 12.510.000 + 8.340.000, hamlet 5.560.000; Vĩnh Điều hamlet 6.950.000. */
export function sampleAnalysis(opts: { withError?: boolean } = {}): Analysis {
  index = 0;
  const policy = getPreset("kien-giang-nq77-2017");
  if (!policy) throw new Error("preset missing");
  const a = member({
    row: 10,
    name: "Nguyễn Văn An",
    commune: "Phú Mỹ",
    title: "Thủ quỹ",
    decision: "leave-paid",
    birthYear: 1965,
  });
  const b = member({
    row: 11,
    name: '=HYPERLINK("http://x","y")',
    commune: "Phú Mỹ",
    title: "+Văn thư",
    decision: "leave-paid",
    gender: "female",
    birthYear: 1970,
  });
  const c = member({
    row: 12,
    name: "Thạch Sà Rươl",
    commune: "Phú Mỹ",
    hamlet: "Ấp Tràm Trổi",
    title: "Công an viên",
    decision: "leave-paid",
    birthYear: 1980,
    coefficient: "1",
  });
  const blocked = member({
    row: 14,
    name: "Lê Văn Chưa",
    commune: "Phú Mỹ",
    title: "Thủ quỹ",
    decision: "leave-paid",
    gender: null,
    birthYear: 1975,
  });
  const d = member({
    row: 20,
    name: "Danh Thị Mỹ",
    commune: "Vĩnh Điều",
    hamlet: "Ấp Cống Cả",
    title: "Phó Trưởng ấp",
    decision: "leave-paid",
    gender: "female",
    birthYear: 1982,
  });
  const keep1 = member({
    row: 30,
    name: "@Trần Văn Giữ",
    commune: "Phú Mỹ",
    title: "Văn phòng Đảng ủy",
    concurrent: ["Thủ quỹ"],
    decision: "keep",
    birthYear: 1978,
  });
  const keep2 = member({
    row: 31,
    name: "-Lý Thị Mới",
    commune: "Phú Mỹ",
    hamlet: "Ấp Tràm Trổi",
    title: "Trưởng ấp",
    decision: "new",
    gender: "female",
    birthYear: 1990,
  });
  const keep3 = member({
    row: 40,
    name: "Châu Văn Ở",
    commune: "Vĩnh Điều",
    title: "Thú y",
    decision: "keep",
    birthYear: 1985,
  });
  const members = [a, b, c, blocked, d, keep1, keep2, keep3];
  const payouts = [
    payout(a, 12510000, 1390000, "9"),
    payout(b, 8340000, 1390000, "6"),
    payout(c, 5560000, 1390000, "4"),
    payout(blocked, null, null, null),
    payout(d, 6950000, 1390000, "5"),
  ];
  const findings = opts.withError ? [errorFinding()] : [];
  const register = { sheet: null, communes: [] };
  return {
    policy,
    policySource: "preset",
    roster: { mappings: [], members, findings: [] },
    register,
    info: {
      province: "Kiên Giang",
      district: "Giang Thành",
      office: "PHÒNG NỘI VỤ",
      place: "Giang Thành",
      documentDate: "2019-03-05",
      paymentDate: "2018-12-31",
      signers: {
        preparer: "Nguyễn Thị Lập",
        head: "Trần Văn Trưởng",
        approverTitle: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        approver: "Lê Văn Ký",
      },
      sheet: null,
    },
    findings,
    plan: buildPlan({ members, policy, register }),
    report: {
      payouts,
      communes: [
        {
          commune: "Phú Mỹ",
          before: { commune: 4, hamlet: 1 },
          after: { commune: 1, hamlet: 1 },
          reduction: { commune: 3, hamlet: 0 },
          cases: { commune: 2, hamlet: 1, total: 3 },
          amount: { commune: 20850000, hamlet: 5560000, total: 26410000 },
        },
        {
          commune: "Vĩnh Điều",
          before: { commune: 1, hamlet: 1 },
          after: { commune: 1, hamlet: 0 },
          reduction: { commune: 0, hamlet: 1 },
          cases: { commune: 0, hamlet: 1, total: 1 },
          amount: { commune: 0, hamlet: 6950000, total: 6950000 },
        },
      ],
      totals: {
        before: { commune: 5, hamlet: 2 },
        after: { commune: 2, hamlet: 1 },
        reduction: { commune: 3, hamlet: 1 },
        cases: { commune: 2, hamlet: 2, total: 4 },
        amount: { commune: 20850000, hamlet: 12510000, total: 33360000 },
      },
      amountInWords: "Ba mươi ba triệu ba trăm sáu mươi nghìn đồng",
      narrative: [
        "Qua sắp xếp, đã giảm được 3 người cấp xã và 1 người ở ấp, khu phố.",
        "Đã chi trả thôi việc, nghỉ việc cho 4 trường hợp (cấp xã 2 trường hợp, ấp 2 trường hợp) với tổng kinh phí là 33.360.000 đồng.",
      ],
    },
    lang: "vi",
  };
}
