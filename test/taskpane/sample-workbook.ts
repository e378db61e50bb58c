import { FakeExcel } from "../support/fake-excel/fake-excel";
import { ExcelWorkbookPort } from "../../src/excel/port";
import { buildSampleDistrict } from "../../src/engine/sample/giang-thanh";

/** A fake Excel holding the sample district as a clerk's workbook, and the port on it. */
export function sampleWorkbook(): { fake: FakeExcel; port: ExcelWorkbookPort } {
  const fake = new FakeExcel();
  for (const s of buildSampleDistrict())
    fake.addSheet(s.name, s.rows, { merges: s.merges, columnWidths: s.columnWidths });
  return { fake, port: new ExcelWorkbookPort({ run: fake.run, supports: fake.supports }) };
}
