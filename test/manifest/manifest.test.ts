/**
 * @jest-environment jsdom
 */
import * as fs from "fs";
import * as path from "path";

/**
 * The add-in manifest, checked offline: well-formed XML (jsdom's DOMParser), every resid
 * resolves, every URL is https on one origin, the icons exist, Workbook host, ReadWriteDocument,
 * the ExcelApi requirement set, the ribbon's three buttons.
 */
const ROOT = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const all = (local: string) => Array.from(doc.getElementsByTagNameNS("*", local));

test("is well-formed XML with an OfficeApp root", () => {
  expect(doc.getElementsByTagName("parsererror").length).toBe(0);
  expect(doc.documentElement.localName).toBe("OfficeApp");
});

test("targets Excel workbooks with read-write access and declares ExcelApi 1.9", () => {
  const hosts = all("Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"));
  expect(hosts).toEqual(["Workbook", "Workbook"]);
  expect(all("Permissions")[0].textContent).toBe("ReadWriteDocument");
  const set = all("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
  expect(set?.getAttribute("MinVersion")).toBe("1.9");
});

test("every resid resolves to a resource", () => {
  const ids = new Set(
    [...all("Image"), ...all("Url"), ...all("String")]
      .map((e) => e.getAttribute("id"))
      .filter((x): x is string => !!x)
  );
  const resids = Array.from(doc.getElementsByTagName("*"))
    .map((e) => e.getAttribute("resid"))
    .filter((x): x is string => !!x);
  expect(resids.length).toBeGreaterThan(10);
  for (const r of resids) expect({ r, found: ids.has(r) }).toEqual({ r, found: true });
});

test("every URL is https on one origin, and every icon it names exists", () => {
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
  urls.push(...all("AppDomain").map((e) => e.textContent ?? ""));
  expect(urls.length).toBeGreaterThan(5);
  const origins = new Set(urls.map((u) => new URL(u).origin));
  expect([...origins]).toEqual(["https://localhost:3000"]);
  for (const u of urls.filter((x) => x.endsWith(".png"))) {
    const file = path.join(ROOT, new URL(u).pathname);
    expect({ u, exists: fs.existsSync(file) }).toEqual({ u, exists: true });
    const sizeInName = Number(/icon-(\d+)\.png$/.exec(u)?.[1]);
    const png = fs.readFileSync(file);
    // PNG signature and IHDR width/height
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([sizeInName, sizeInName]);
  }
});

test("the Home tab carries the Định Biên group with Mở Định Biên, Kiểm tra and Tạo bảng", () => {
  const tab = all("OfficeTab")[0];
  expect(tab.getAttribute("id")).toBe("TabHome");
  const labelOf = (resid: string) =>
    all("String")
      .find((s) => s.getAttribute("id") === resid)
      ?.getAttribute("DefaultValue");
  const group = tab.getElementsByTagNameNS("*", "Group")[0];
  expect(labelOf(group.getElementsByTagNameNS("*", "Label")[0].getAttribute("resid")!)).toBe(
    "Định Biên"
  );
  const controls = Array.from(group.getElementsByTagNameNS("*", "Control")).map((c) => ({
    label: labelOf(c.getElementsByTagNameNS("*", "Label")[0].getAttribute("resid")!),
    action: c.getElementsByTagNameNS("*", "Action")[0].getAttribute("xsi:type"),
    fn: c.getElementsByTagNameNS("*", "FunctionName")[0]?.textContent ?? null,
  }));
  expect(controls).toEqual([
    { label: "Mở Định Biên", action: "ShowTaskpane", fn: null },
    { label: "Kiểm tra", action: "ExecuteFunction", fn: "checkRoster" },
    { label: "Tạo bảng", action: "ExecuteFunction", fn: "generateTables" },
  ]);
  // the functions the ribbon names are the ones commands.ts associates
  const commands = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
  for (const c of controls.filter((x) => x.fn)) expect(commands).toContain(`associate("${c.fn}"`);
});

test("the production build rewrites the dev URL from DINH_BIEN_URL, and the pane declares a strict CSP", () => {
  const config = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
  expect(config).toContain("DINH_BIEN_URL");
  const html = fs.readFileSync(path.join(ROOT, "src/pages/page.html"), "utf8");
  const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  expect(csp).toBe(
    "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'"
  );
  expect(html).not.toMatch(/fonts\.googleapis|cdn\./);
});
