// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose dependency tree
// contains ES modules jest cannot require; the enum is all the mock reads.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    Outlook: "outlook",
    OneNote: "onenote",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));
import { OfficeMockObject } from "office-addin-mock";
import { ExcelWorkbookPort } from "../../src/excel/port";
import type { RunBatch, XlRequestContext } from "../../src/excel/api";

/**
 * Smoke test against office-addin-mock (Microsoft's office-js mock), independent of our own fake:
 * the adapter's calls exist with the shapes office-js gives them.
 */
test("select() activates the sheet and selects the cell through the office-js object model", async () => {
  const calls: string[] = [];
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItem: (name: string) => ({
          activate: () => calls.push(`activate ${name}`),
          getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
        }),
      },
    },
  });
  const run: RunBatch = (batch) => batch(mock as unknown as XlRequestContext);
  const port = new ExcelWorkbookPort({ run, supports: () => true });
  await port.select({ sheet: "Phú Mỹ", row: 12, col: 6 });
  expect(calls).toEqual(["activate Phú Mỹ", "select F12"]);
});

test("writeSettings stores each key under the add-in's prefix in workbook.settings", async () => {
  const added: [string, unknown][] = [];
  const mock = new OfficeMockObject({
    workbook: { settings: { add: (key: string, value: unknown) => added.push([key, value]) } },
  });
  const port = new ExcelWorkbookPort({
    run: (batch) => batch(mock as unknown as XlRequestContext),
    supports: () => true,
  });
  await port.writeSettings({ policyId: "nd34-2019", overrides: { "Phú Mỹ": { title: 6 } } });
  expect(added).toEqual([
    ["DinhBien.policyId", "nd34-2019"],
    ["DinhBien.overrides", { "Phú Mỹ": { title: 6 } }],
  ]);
});
