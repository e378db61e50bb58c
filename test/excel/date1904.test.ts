import * as path from "path";
import { FakeExcel } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import { createDinhBien } from "../../src/app";
import { readWorkbookFile } from "../../src/xlsx/read";
import { PackageWorkbookPort } from "../../src/xlsx/package-port";
import type { Analysis } from "../../src/engine";

/**
 * A 1904-date-system workbook (test/corpus/c29: start date 05/07/2010 stored as a date, row 4
 * paid 11.815.000 đồng over 101 months, worked by hand in test/corpus/expectations.ts) read in
 * the pane's path gives the same dates and payouts as the CLI reading the file.
 */
const C29 = path.resolve(__dirname, "../corpus/c29-date-1904.xlsx");

/** The fake holding c29 as Excel would: the file's own 1904 serials, date cells formatted. */
async function paneWorkbook(date1904: boolean): Promise<ExcelWorkbookPort> {
  const file = await readWorkbookFile(C29);
  const fake = new FakeExcel();
  fake.date1904 = date1904;
  // The same package read without the conversion: the serials as stored in the file.
  file.package.date1904 = false;
  for (const [i, sheet] of file.package.sheets.entries()) {
    const raw = await file.package.readGrid(sheet);
    const converted = file.grids[i];
    const s = fake.addSheet(sheet.name, []);
    raw.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = s.ensure(raw.firstRow + r, raw.firstCol + c);
        cell.value = typeof v === "object" ? v.error : v;
        // A cell the CLI converted is a date cell of the file.
        if (converted.cells[r]?.[c] !== v) cell.numberFormat = "dd/mm/yyyy";
      })
    );
  }
  return new ExcelWorkbookPort({ run: fake.run, supports: fake.supports });
}

const seen = (a: Analysis) => ({
  members: a.roster.members.map((m) => JSON.stringify(m)),
  payouts: a.report.payouts.map((p) => [p.member.row, p.amount]),
});

describe("the 1904 date system in the pane", () => {
  test("c29 read through office-js gives the CLI's dates and payouts", async () => {
    const cli = await createDinhBien().check(new PackageWorkbookPort(await readWorkbookFile(C29)), {
      lang: "vi",
    });
    const pane = await createDinhBien().check(await paneWorkbook(true), { lang: "vi" });
    expect(cli.report.payouts.find((p) => p.member.row === 4)?.amount).toBe(11_815_000);
    expect(seen(pane)).toEqual(seen(cli));
  });

  test("without the conversion the same serials are 1462 days off and the payout differs", async () => {
    const wrong = await createDinhBien().check(await paneWorkbook(false), { lang: "vi" });
    expect(wrong.report.payouts.find((p) => p.member.row === 4)?.amount).not.toBe(11_815_000);
  });
});
