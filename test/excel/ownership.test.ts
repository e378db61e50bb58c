import type { Analysis } from "../../src/engine/types";
import { runCheck, runGenerate } from "../../src/taskpane/controller";
import { EMPTY_SETTINGS } from "../../src/taskpane/state";
import { sampleWorkbook } from "../taskpane/sample-workbook";
import type { FakeExcel } from "../support/fake-excel/fake-excel";
import type { ExcelWorkbookPort } from "../../src/excel/port";

/**
 * Generated sheets are recognised whatever the clerk did with them, and a generation never
 * leaves the clerk with fewer documents: against the strict fake holding the sample district
 * (DOMAIN §9: 296 people, 1.149.540.875 đồng).
 */

const PEOPLE = 296;
const TOTAL = 1_149_540_875;
const DOCS = ["Tổng hợp", "Danh sách chi trả", "Danh sách bố trí", "Kiểm tra", "Chi tiết tính"];

function summary(a: Analysis) {
  return {
    people: a.roster.members.length,
    total: a.report.totals.amount.total,
    findings: a.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`).sort(),
  };
}

async function check(port: ExcelWorkbookPort) {
  const out = await runCheck(port, EMPTY_SETTINGS, "vi", () => undefined);
  if (!out.ok) throw new Error(out.message);
  return summary(out.analysis);
}

async function generate(port: ExcelWorkbookPort) {
  const out = await runGenerate(port, EMPTY_SETTINGS, "vi", () => undefined);
  if (!out.ok) throw new Error(`${out.message} ${out.detail ?? ""}`);
  return out;
}

const names = (fake: FakeExcel) => fake.state.sheets.map((s) => s.name);

let baseline: ReturnType<typeof summary>;
beforeAll(async () => {
  const { port } = sampleWorkbook();
  baseline = await check(port);
  expect(baseline.people).toBe(PEOPLE);
  expect(baseline.total).toBe(TOTAL);
});

describe("a copied or renamed generated sheet is never read as a roster", () => {
  test.each(DOCS)("copying %s: still 296 people, the same findings; not replaced", async (doc) => {
    const { fake, port } = sampleWorkbook();
    await generate(port);
    const copy = fake.copySheet(doc);
    // Excel gives the copy only a sheet-scoped name: no workbook marker refers to it.
    expect([...fake.state.names.values()].some((f) => f.includes(copy.name))).toBe(false);
    expect(await check(port)).toEqual(baseline);
    // Generating again replaces the original, never the copy.
    const before = fake.snapshot(copy.name);
    await generate(port);
    expect(fake.snapshot(copy.name)).toEqual(before);
    expect(
      names(fake)
        .filter((n) => DOCS.includes(n))
        .sort()
    ).toEqual([...DOCS].sort());
    expect(await check(port)).toEqual(baseline);
  });

  test.each(DOCS)(
    "renaming %s: still 296 people; kept, out of the roster, after regenerating",
    async (doc) => {
      const { fake, port } = sampleWorkbook();
      await generate(port);
      fake.renameSheet(doc, "Lưu 2024");
      expect(await check(port)).toEqual(baseline);
      await generate(port);
      // The renamed one stays (the clerk's archive), a new document takes the name.
      expect(names(fake)).toContain("Lưu 2024");
      expect(names(fake)).toContain(doc);
      expect(await check(port)).toEqual(baseline);
    }
  );
});

describe("a generation that fails at any request leaves the earlier documents intact", () => {
  test.each(["InvalidOperation", "GeneralException"])(
    "%s injected at each request of a second generation",
    async (code) => {
      // How many requests a second generation makes, counted on a clean run.
      const probe = sampleWorkbook();
      await generate(probe.port);
      const start = probe.fake.syncCount;
      await generate(probe.port);
      const requests = probe.fake.syncCount - start;
      // check 5 + write 3 (sheets, their names, drafts and swap): the sample's output is < 4 MB.
      expect(requests).toBe(8);

      for (let k = 1; k <= requests; k++) {
        const { fake, port } = sampleWorkbook();
        // The clerk's formula pointing into a document (the payment list's first name).
        await generate(port);
        const earlier = Object.fromEntries(DOCS.map((d) => [d, fake.snapshot(d)]));
        const at = fake.syncCount + k;
        fake.inject = (n) => (n === at ? code : null);
        const out = await runGenerate(port, EMPTY_SETTINGS, "vi", () => undefined);
        fake.inject = null;
        expect(fake.injected).toBe(1);
        // A read that failed with GeneralException is retried smaller and may succeed; a failure
        // nothing can cure (InvalidOperation) fails the generation.
        if (code === "InvalidOperation") expect({ k, ok: out.ok }).toEqual({ k, ok: false });
        // Every earlier document as it was, or (recovered) every document there.
        if (!out.ok)
          for (const d of DOCS)
            expect({ k, d, same: fake.snapshot(d) }).toEqual({ k, d, same: earlier[d] });
        else expect(DOCS.every((d) => fake.sheet(d))).toBe(true);
        // No unmarked sheet: everything new is a draft, marked inside, read as nothing.
        const extra = fake.state.sheets.filter(
          (s) =>
            !DOCS.includes(s.name) && s.name !== "Ghi chú" && !sampleWorkbook().fake.sheet(s.name)
        );
        for (const s of extra) expect([...s.names.keys()]).toContain("DinhBien_Draft");
        expect(await check(port)).toEqual(baseline);
        // The next generation succeeds and removes the drafts.
        await generate(port);
        expect(fake.state.sheets.some((s) => s.names.has("DinhBien_Draft"))).toBe(false);
        expect(names(fake).filter((n) => n.startsWith("~"))).toEqual([]);
      }
    },
    120000
  );
});
