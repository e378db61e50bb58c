import type { Analysis, Finding, Severity } from "../engine";
import {
  errorsRemainLine,
  errorsRemainNote,
  findingsText,
  generateText,
  payoutsText,
} from "./text";

/**
 * The English count phrases of the CLI's text at 0, 1 and 2: "1 finding", "2 findings",
 * "1 person", "2 people". The expected lines are written out by hand.
 */

const finding = (severity: Severity, i: number): Finding =>
  ({ severity, code: `T${i}`, message: `m${i}` }) as unknown as Finding;

const ZERO = { commune: 0, hamlet: 0, total: 0 };

/** Just what the text functions read: `n` people in `n` communes, n findings of each severity. */
function analysis(n: number): Analysis {
  const findings = (["error", "warning", "info"] as Severity[]).flatMap((s) =>
    Array.from({ length: n }, (_, i) => finding(s, i))
  );
  const members = Array.from({ length: n }, (_, i) => ({ commune: { value: `Xã ${i}` } }));
  const payouts = Array.from({ length: n }, (_, i) => ({
    amount: null,
    member: { sheet: "DS", row: 5 + i, name: { value: `Người ${i}` } },
    blockedBy: ["E1"],
  }));
  const figures = { before: ZERO, after: ZERO, reduction: ZERO, cases: ZERO, amount: ZERO };
  return {
    findings,
    roster: { members },
    policy: { name: "P", id: "p" },
    report: { communes: [], totals: figures, amountInWords: "Không đồng", payouts, narrative: [] },
  } as unknown as Analysis;
}

test.each([
  [0, "0 people, 0 communes; 0 errors, 0 warnings, 0 notes."],
  [1, "1 person, 1 commune; 1 error, 1 warning, 1 note."],
  [2, "2 people, 2 communes; 2 errors, 2 warnings, 2 notes."],
])("check's summary line at %i", (n, line) => {
  expect(findingsText(analysis(n), "en").split("\n")[0]).toBe(line);
});

test.each([
  [0, ""],
  [1, "\n1 error remains: see «dinh-bien check».\n"],
  [2, "\n2 errors remain: see «dinh-bien check».\n"],
])("payouts' note on remaining errors at %i", (n, note) => {
  expect(errorsRemainNote(analysis(n), "en")).toBe(note);
});

test.each([
  [0, null],
  [1, "1 payout could not be computed:"],
  [2, "2 payouts could not be computed:"],
])("payouts' blocked line at %i", (n, line) => {
  const lines = payoutsText(analysis(n), "en").split("\n");
  const found = lines.find((l) => l.endsWith("could not be computed:")) ?? null;
  expect(found).toBe(line);
});

test.each([
  [0, "0 errors, 0 warnings, 0 notes (see the «Kiểm tra» sheet)."],
  [1, "1 error, 1 warning, 1 note (see the «Kiểm tra» sheet)."],
  [2, "2 errors, 2 warnings, 2 notes (see the «Kiểm tra» sheet)."],
])("generate's findings line at %i", (n, line) => {
  const lines = generateText(analysis(n), "in.xlsx", "out.xlsx", { summary: "Tổng hợp" }, "en");
  expect(lines.split("\n")).toContain(line);
});

test("Vietnamese has no plural: the same words at 1 and 2", () => {
  expect(findingsText(analysis(1), "vi").split("\n")[0]).toBe(
    "1 người, 1 xã; 1 lỗi, 1 cảnh báo, 1 thông tin."
  );
  expect(errorsRemainNote(analysis(2), "vi")).toBe("\nCòn 2 lỗi: xem «dinh-bien check».\n");
});

describe("errorsRemainLine", () => {
  test("one error remains, two errors remain; Vietnamese has no plural", () => {
    expect(errorsRemainLine(1, "en")).toBe("1 error remains: see «dinh-bien check».");
    expect(errorsRemainLine(2, "en")).toBe("2 errors remain: see «dinh-bien check».");
    expect(errorsRemainLine(2, "vi")).toBe("Còn 2 lỗi: xem «dinh-bien check».");
  });
});
