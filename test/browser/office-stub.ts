/**
 * A stand-in for office.js in the browser test: window.Office and window.Excel backed by the
 * in-memory fake, holding the sample district as the clerk's workbook. Served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js (the test blocks the real one).
 * window.__fake exposes the fake so the test can read what the pane did (selection, sheets).
 */
import { FakeExcel } from "../support/fake-excel/fake-excel";
import { buildSampleDistrict } from "../../src/engine/sample/giang-thanh";
import { bigDistrict } from "./big-roster";

const params = new URLSearchParams(location.search);
const fake = new FakeExcel();
// ?rows=N: a synthetic district of N roster rows over 150 communes instead of the sample.
const rows = Number(params.get("rows") ?? "0");
if (rows > 0) for (const s of bigDistrict(rows, 150)) fake.addSheet(s.name, s.rows);
else
  for (const s of buildSampleDistrict())
    fake.addSheet(s.name, s.rows, { merges: s.merges, columnWidths: s.columnWidths });
fake.state.activeSheet = "Danh sách";
// ?fail=N: Excel times out on the first N requests (the pane's settings read comes first).
const fail = Number(params.get("fail") ?? "0");
if (fail > 0) fake.inject = (n) => (n <= fail ? "Timeout" : null);

const w = window as unknown as Record<string, unknown>;
w.__fake = fake;
const lang = params.get("lang") === "en" ? "en-US" : "vi-VN";
w.Office = {
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    cb?.(info);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: lang,
    // ?theme=dark: Office's Black theme (no isDarkTheme flag, as older hosts give it).
    officeTheme:
      params.get("theme") === "dark"
        ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" }
        : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
    requirements: { isSetSupported: (_name: string, version: string) => fake.supports(version) },
  },
  actions: { associate: () => undefined },
  HostType: { Excel: "Excel" },
};
w.Excel = { run: fake.excelRun };
