/** The pages' guard must parse where the bundles cannot: ES5, nothing newer. */
import * as fs from "fs";
import * as path from "path";
import { parse } from "acorn";

const GUARD = path.resolve(__dirname, "../../src/pages/old-webview-guard.js");

test("the old-webview guard is ES5 (it runs in Trident/IE11 and old EdgeHTML)", () => {
  const src = fs.readFileSync(GUARD, "utf8");
  expect(() => parse(src, { ecmaVersion: 5 })).not.toThrow();
  // Not vacuous: the same parser refuses what the bundles contain.
  expect(() => parse("const f = (a) => a?.b;", { ecmaVersion: 5 })).toThrow();
});

test("every page loads the guard after office.js and before its bundle", () => {
  const html = fs.readFileSync(path.resolve(__dirname, "../../src/pages/page.html"), "utf8");
  const office = html.indexOf('appsforoffice.microsoft.com/lib/1/hosted/office.js"');
  const guard = html.indexOf('src="old-webview-guard.js"');
  expect(office).toBeGreaterThan(0);
  expect(guard).toBeGreaterThan(office);
  // html-webpack-plugin injects the bundle at the end of <head>, after both.
  expect(html.indexOf("</head>")).toBeGreaterThan(guard);
});
