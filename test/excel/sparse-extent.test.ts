import { FakeExcel } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import { createDinhBien } from "../../src/app";
import { rosterRows } from "./helpers";

/**
 * A sheet whose used range dwarfs the rows holding values (issue 11, item 2): the check still
 * reads it within Excel's limits and the clerk gets one warning naming the sheet and the extent.
 * Against the strict fake (5 MB answers, 5 million cells per read).
 */

function workbook(n: number): { fake: FakeExcel; port: ExcelWorkbookPort } {
  const fake = new FakeExcel();
  fake.addSheet("Phú Mỹ", rosterRows(n));
  return { fake, port: new ExcelWorkbookPort({ run: fake.run, supports: fake.supports }) };
}

const sparse = <F extends { code: string }>(findings: F[]): F[] =>
  findings.filter((f) => f.code === "sheet-extent-sparse");

describe("a used range far larger than the filled rows", () => {
  test("30 filled rows, formatting to row 1,048,576 and a stray value in J1048576: one warning", async () => {
    const { fake, port } = workbook(28);
    const sheet = fake.sheet("Phú Mỹ")!;
    // Formatting alone does not make a used range (values only); the stray value does.
    for (let r = 31; r <= 1048576; r += 4096) sheet.ensure(r, 2).numberFormat = "dd/mm/yyyy";
    sheet.ensure(1048576, 10).value = "x";
    const analysis = await createDinhBien().check(port, { lang: "vi" });
    expect(analysis.roster.members.length).toBe(28);
    const found = sparse(analysis.findings);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", sheet: "Phú Mỹ", cell: "J1048576" });
    // 1,048,576 rows in the used range; 2 title/header rows + 28 people + the stray row = 31.
    expect(found[0].message).toBe(
      "Sheet «Phú Mỹ» có vùng đã dùng A1:J1048576 (1.048.576 dòng) nhưng chỉ 31 dòng có giá trị: có ô lẻ ở rất xa bên dưới danh sách. Sheet vẫn được đọc đủ, nhưng mỗi lần kiểm tra chậm hơn."
    );
    expect(fake.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  }, 60000);

  test('formulas answering "" filled down to row 50,000 beside 30 rows: read in full, one warning', async () => {
    const { fake, port } = workbook(28);
    // A used range of formulas (=IF(B3="";"";…) filled down): Excel counts them as used.
    for (let r = 3; r <= 50000; r++)
      fake.setFormula("Phú Mỹ", `J${r}`, `=IF(B${r}="","",1)`, r <= 30 ? 1 : "");
    const analysis = await createDinhBien().check(port, { lang: "en" });
    expect(analysis.roster.members.length).toBe(28);
    const found = sparse(analysis.findings);
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe(
      "Sheet «Phú Mỹ» has the used range A1:J50000 (50,000 rows) but only 30 rows hold values: a stray cell lies far below the roster. The sheet is still read in full, but every check is slower."
    );
    // 50,000 rows × 10 columns = 500,000 cells, in requests of ≤ 174,762 cells: within 5 MB each.
    expect(fake.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  }, 60000);

  test("an ordinary roster, and one with 9,000 empty formula rows, get no such warning", async () => {
    const plain = workbook(28);
    expect(sparse((await createDinhBien().check(plain.port, { lang: "vi" })).findings)).toEqual([]);
    // 9,000 empty rows: below the 10,000 from which the extent is said to dwarf the roster.
    const near = workbook(28);
    for (let r = 31; r <= 9030; r++) near.fake.setFormula("Phú Mỹ", `J${r}`, '=""', "");
    expect(sparse((await createDinhBien().check(near.port, { lang: "vi" })).findings)).toEqual([]);
  }, 60000);
});
