/**
 * The clerk's path through the task pane in Chromium at 320 px: detect the roster, check, click a
 * finding (Excel selects the cell), generate, read the summary sentence. office.js is replaced
 * by a stub backed by the in-memory fake holding the sample district; every other non-local
 * request is blocked and recorded (the pane must not use the network).
 * Screenshots: test-output/browser/NN-step.png.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";
import { initialScripts } from "../../scripts/initial-scripts";
import { communeFileGrids } from "../../scripts/synthetic-province";

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-output", "browser");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** webpack's stats of the build (its chunks and their modules), written beside it. */
const STATS = "stats.json";

function build(): string {
  // DINH_BIEN_BROWSER_BUILD reuses an existing build (made with DINH_BIEN_TEST_STUB=1 and
  // --json=DIR/stats.json).
  if (process.env.DINH_BIEN_BROWSER_BUILD) return process.env.DINH_BIEN_BROWSER_BUILD;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "dinh-bien-pane-"));
  const res = spawnSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      `--json=${path.join(out, STATS)}`,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DINH_BIEN_OUT: out, DINH_BIEN_TEST_STUB: "1" },
      encoding: "utf8",
    }
  );
  if (res.status !== 0) throw new Error(`webpack failed:\n${res.stdout}\n${res.stderr}`);
  return out;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
};

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const p = path.join(dir, decodeURIComponent((req.url ?? "/").split("?")[0]));
    if (!p.startsWith(dir) || !fs.existsSync(p) || fs.statSync(p).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(p)] ?? "application/octet-stream" });
    fs.createReadStream(p).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let browser: Browser;
let server: http.Server;
let page: Page;
let dist: string;
const external: string[] = [];
const consoleErrors: string[] = [];

let base: string;
let stub: string;

/**
 * A fresh pane at 320 px; `query` reaches the office.js stand-in (?rows=N, ?lang=en).
 * `before` runs in the page before any of its scripts; `quiet` keeps the page's errors out of
 * `consoleErrors` (a page that is meant to fail).
 */
async function openPane(
  query = "",
  { before, quiet = false }: { before?: () => void; quiet?: boolean } = {}
): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 320, height: 720 } });
  await p.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({
        contentType: "text/javascript",
        body: fs.readFileSync(path.join(dist, stub)),
      });
    if (url.startsWith(base)) return route.continue();
    external.push(url);
    return route.abort();
  });
  if (!quiet) {
    p.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    p.on("pageerror", (e) => consoleErrors.push(String(e)));
  }
  if (before) await p.addInitScript(before);
  await p.goto(`${base}/taskpane.html${query}`);
  return p;
}

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  dist = build();
  server = await serve(dist);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const found = fs.readdirSync(dist).find((f) => /^officeStub\..*\.js$/.test(f));
  if (!found) throw new Error("the build has no officeStub entry (DINH_BIEN_TEST_STUB)");
  stub = found;
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  page = await openPane();
}, 900000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

const shot = (name: string, on: Page = page) =>
  on.screenshot({ path: path.join(SHOTS, name), fullPage: true });

test("the clerk's path at 320 px: detect, check, go to a finding, generate, read the summary", async () => {
  try {
    await clerksPath();
  } catch (e) {
    // Leave a picture of the pane and the page's own errors next to the failure.
    await shot("99-failure.png").catch(() => undefined);
    throw new Error(`${String(e)}\npage errors: ${consoleErrors.join("\n")}`);
  }
});

async function clerksPath(): Promise<void> {
  const checkButton = page.getByRole("button", { name: "Kiểm tra", exact: true });
  await checkButton.waitFor();
  await shot("01-start.png");

  // Check: the rosters are detected and their columns shown.
  await checkButton.click();
  await page.getByRole("tab", { name: /^Lỗi/ }).waitFor();
  await page.getByText(/người · \d+ lỗi · /).waitFor();
  await page.getByRole("tab", { name: "Danh sách" }).click();
  const roster = page.getByRole("region", { name: "Danh sách", exact: true });
  await roster.waitFor();
  expect(await roster.getByLabel("Chức danh").count()).toBe(1);
  expect(await roster.getByText("(sheet đang mở)").count()).toBe(1);
  expect(await page.getByRole("region", { name: "Danh sách (có lỗi)" }).count()).toBe(1);
  await shot("02-roster.png");
  // At 320 px no field label of the mapping view wraps to three lines (issue 9).
  const lines = await roster.locator("td label").evaluateAll((labels) =>
    labels.map((l) => {
      const lineHeight = parseFloat(getComputedStyle(l).lineHeight) || 16;
      return Math.round(l.getBoundingClientRect().height / lineHeight);
    })
  );
  expect(Math.max(...lines)).toBeLessThanOrEqual(2);

  // Findings: click the first one that points at a cell; Excel (the fake) selects it.
  await page.getByRole("tab", { name: /^Lỗi/ }).click();
  const first = page.locator("button[title^='Đến ô ']").first();
  await first.waitFor();
  const title = (await first.getAttribute("title"))!;
  const m = /^Đến ô (.+)!([A-Z]+\d+)$/.exec(title)!;
  expect(m).not.toBeNull();
  await shot("03-findings.png");
  await first.click();
  await page.waitForFunction(
    ([sheet, cell]) => {
      const f = (
        window as unknown as {
          __fake: { state: { selection: { sheet: string; address: string } | null } };
        }
      ).__fake;
      return f.state.selection?.sheet === sheet && f.state.selection.address === cell;
    },
    [m[1], m[2]]
  );
  const selection = await page.evaluate(
    () =>
      (window as unknown as { __fake: { state: { selection: unknown; activeSheet: string } } })
        .__fake.state
  );
  expect(selection.selection).toEqual({ sheet: m[1], address: m[2] });
  expect(selection.activeSheet).toBe(m[1]);

  // Generate: five sheets written, the report's sentence shown.
  await page.getByRole("button", { name: "Tạo bảng", exact: true }).click();
  const narrative = page.getByTestId("narrative");
  await narrative.first().waitFor({ timeout: 120000 });
  const sentences = (await narrative.allInnerTexts()).join(" ");
  expect(sentences).toMatch(/113 trường hợp .*1\.149\.540\.875 đồng/);
  expect(await page.getByTestId("total-amount").innerText()).toBe("1.149.540.875");
  const sheets = await page.evaluate(() =>
    (
      window as unknown as { __fake: { state: { sheets: { name: string }[] } } }
    ).__fake.state.sheets.map((s) => s.name)
  );
  expect(sheets).toEqual(
    expect.arrayContaining([
      "Tổng hợp",
      "Danh sách chi trả",
      "Danh sách bố trí",
      "Kiểm tra",
      "Chi tiết tính",
    ])
  );
  await shot("04-generated.png");

  await page.getByRole("tab", { name: "Quy định" }).click();
  await page.getByText("Mức lương cơ sở").first().waitFor();
  await shot("05-policy.png");

  // Nothing overflows the 320 px pane, and nothing left the machine.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  expect(external).toEqual([]);
  expect(consoleErrors).toEqual([]);
}

/**
 * A bound on the longest main-thread block that catches a return of the old freezes (Tạo bảng
 * on 20,000 rows froze the pane for about 30 s) and nothing finer: the figure itself is printed
 * and reported by `npm run bench` (measured 1,7–2,4 s for Tạo bảng on this 2-core machine: one
 * task on the page's thread after the worker's plan arrives, not yet attributed between the
 * stub's fake Excel applying the writes and the pane drawing the result).
 */
const MAX_GAP_MS = 5000;

/**
 * Recorded in the page, independent of playwright's polling (which stalls with the page): a
 * heartbeat every 20 ms (a gap is time the main thread could not paint or take a click),
 * Chromium's long-task reports, and each animation frame painted with a progress bar.
 */
async function startHeartbeat(on: Page): Promise<void> {
  await on.evaluate(() => {
    const w = window as unknown as {
      __beats: number[];
      __longTasks: number[];
      __progressFrames: number;
    };
    w.__beats = [performance.now()];
    w.__longTasks = [];
    w.__progressFrames = 0;
    setInterval(() => w.__beats.push(performance.now()), 20);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: "longtask" });
    const frame = () => {
      if (document.querySelector("[role=progressbar]")) w.__progressFrames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** The heartbeat's longest gap, the longest task and the frames painted with progress. */
function heartbeatTiming(
  on: Page
): Promise<{ longestGapMs: number; longestTaskMs: number; progressFrames: number }> {
  return on.evaluate(() => {
    const w = window as unknown as {
      __beats: number[];
      __longTasks: number[];
      __progressFrames: number;
    };
    let gap = 0;
    for (let i = 1; i < w.__beats.length; i++) gap = Math.max(gap, w.__beats[i] - w.__beats[i - 1]);
    return {
      longestGapMs: Math.round(gap),
      longestTaskMs: Math.round(Math.max(0, ...w.__longTasks)),
      progressFrames: w.__progressFrames,
    };
  });
}

/** The pane on the 20 000-row roster; a failure leaves a screenshot and the page's errors. */
async function onBigRoster(failureShot: string, run: (big: Page) => Promise<void>): Promise<void> {
  const big = await openPane("?rows=20000");
  try {
    await run(big);
  } catch (e) {
    await shot(failureShot, big).catch(() => undefined);
    throw new Error(`${String(e)}\npage errors: ${consoleErrors.join("\n")}`);
  } finally {
    await big.close();
  }
}

/** Click the button with the heartbeat running; the seconds since the click, when asked. */
async function clickTimed(big: Page, name: string): Promise<() => number> {
  const button = big.getByRole("button", { name, exact: true });
  await button.waitFor();
  await startHeartbeat(big);
  const started = Date.now();
  await button.click();
  return () => (Date.now() - started) / 1000;
}

/**
 * The run's figures and the heartbeat's, written to SHOTS/`file` (the bench reads them) and
 * printed; then what every big run must show: the progress painted, no freeze back to the old
 * ones, no page error.
 */
async function recordAndAssertResponsive(
  big: Page,
  file: string,
  label: string,
  seconds: number,
  extra: Record<string, unknown>
): Promise<void> {
  const timing = await heartbeatTiming(big);
  const record = { rows: 20000, seconds, ...timing, ...extra };
  fs.writeFileSync(path.join(SHOTS, file), JSON.stringify(record, null, 2) + "\n");
  console.log(`${label}: ${JSON.stringify(record)}`);
  expect(timing.progressFrames).toBeGreaterThan(0);
  expect(timing.longestGapMs).toBeLessThan(MAX_GAP_MS);
  expect(consoleErrors).toEqual([]);
}

test("20,000-row roster checks without freezing (progress shown, no freeze back to the old ones)", () =>
  onBigRoster("99-failure-20k.png", bigRoster));

async function bigRoster(big: Page): Promise<void> {
  const elapsed = await clickTimed(big, "Kiểm tra");

  // While the check runs: the progress bar and its phase are on screen, the buttons wait.
  const progress = big.getByRole("progressbar");
  let during: { phase: string; checkDisabled: boolean } | null = null;
  try {
    await progress.waitFor({ timeout: 30000 });
    during = await big.evaluate(() => ({
      phase: document.querySelector("[role=progressbar]")?.parentElement?.textContent ?? "",
      checkDisabled:
        [...document.querySelectorAll("button")]
          .find((b) => b.textContent === "Kiểm tra")
          ?.hasAttribute("disabled") ?? false,
    }));
    await shot("10-20k-progress.png", big);
  } catch {
    // Asserted below, after the timing is recorded: a frozen page never lets us see it.
  }

  // The result: 20,000 distinct people (big-roster.ts gives each row its own name and year).
  const summary = big.getByText(/^20\.000 người · \d+ lỗi · /);
  await summary.waitFor({ timeout: 300000 });
  const seconds = elapsed();
  await big.getByRole("tab", { name: /^Lỗi/, selected: true }).waitFor();
  // The viewport only: the summary and the first findings (the whole list is ~7,600 px tall).
  await big.screenshot({ path: path.join(SHOTS, "11-20k-result.png") });

  await recordAndAssertResponsive(big, "20k-timing.json", "20,000 rows", seconds, { during });
  expect(during).toEqual({ phase: expect.stringMatching(/\S/), checkDisabled: true });
  expect(await progress.count()).toBe(0);
}

test("«Tạo bảng» on a 20,000-row roster keeps the pane responsive (specs and write plan in the worker)", () =>
  onBigRoster("99-failure-20k-generate.png", bigGenerate));

async function bigGenerate(big: Page): Promise<void> {
  const elapsed = await clickTimed(big, "Tạo bảng");
  const progress = big.getByRole("progressbar");
  let phases: string[] = [];
  try {
    await progress.waitFor({ timeout: 30000 });
    // The phases the bar shows while the run goes on (read, analyse, write).
    phases = await big.evaluate(async () => {
      const seen = new Set<string>();
      while (document.querySelector("[role=progressbar]")) {
        const text = document.querySelector("[role=progressbar]")?.parentElement?.textContent;
        if (text) seen.add(text);
        await new Promise((r) => setTimeout(r, 50));
      }
      return [...seen];
    });
  } catch {
    // Asserted below, after the timing is recorded.
  }
  // The documents' summary: every one of the 20,000 people is in it.
  await big.getByTestId("narrative").first().waitFor({ timeout: 600000 });
  const seconds = elapsed();
  const written = await big.evaluate(() =>
    (
      window as unknown as { __fake: { state: { sheets: { name: string }[] } } }
    ).__fake.state.sheets.map((s) => s.name)
  );
  await big.screenshot({ path: path.join(SHOTS, "12-20k-generated.png") });

  const label = "20,000 rows, Tạo bảng";
  await recordAndAssertResponsive(big, "20k-generate-timing.json", label, seconds, { phases });
  expect(written).toEqual(
    expect.arrayContaining([
      "Tổng hợp",
      "Danh sách chi trả",
      "Danh sách bố trí",
      "Kiểm tra",
      "Chi tiết tính",
    ])
  );
  expect(await big.getByText(/^20\.000 người · \d+ lỗi · /).count()).toBe(1);
  expect(phases).toEqual(expect.arrayContaining(["Đang kiểm tra…", "Đang tạo các bảng…"]));
}

test("«Nhập file của xã» inserts a commune's workbook, checks it with the rest, re-imports on confirmation", async () => {
  const p = await openPane();
  try {
    await p.getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
    // The fake cannot unzip .xlsx: it is told which sheets the picked file's bytes hold.
    const bytes = Buffer.from("the commune's workbook");
    // Commune 40: a name the sample district does not have.
    const sheets = communeFileGrids(40, { rows: 30, seed: 9 }).map((g) => ({
      name: g.sheet,
      rows: g.cells,
    }));
    type Fake = {
      files: Map<string, unknown>;
      state: { sheets: { name: string }[] };
      snapshot(name: string): unknown;
    };
    const fakeState = () =>
      p.evaluate(() => {
        const f = (window as unknown as { __fake: Fake }).__fake;
        const names = f.state.sheets.map((s) => s.name);
        return { names, cells: names.map((n) => JSON.stringify(f.snapshot(n))) };
      });
    await p.evaluate(
      ([b64, content]) =>
        (window as unknown as { __fake: Fake }).__fake.files.set(b64 as string, content),
      [bytes.toString("base64"), sheets] as const
    );
    const before = await fakeState();
    const file = { name: "xa-040.xlsx", mimeType: "application/octet-stream", buffer: bytes };

    await p.getByTestId("commune-files").setInputFiles(file);
    await p.getByText(/^Đã nhập 1 tệp: /).waitFor({ timeout: 120000 });
    const after = await fakeState();
    // Named after the file's commune: its roster (already so named) and "Đơn vị - <xã>" … for
    // the file's other sheets, which would otherwise arrive as "Đơn vị (2)", "Thông tin (2)".
    const commune = sheets[0].name;
    const inserted = sheets.map((s, i) => (i === 0 ? s.name : `${s.name} - ${commune}`));
    expect(after.names).toEqual([...before.names, ...inserted]);
    expect(after.cells.slice(0, before.names.length)).toEqual(before.cells);
    // Checked as one: the sample's five communes and the imported one.
    await p.getByText(/người · \d+ lỗi · /).waitFor();
    await shot("30-imported.png", p);

    // The same file again: replaced only after the clerk says so; no other sheet touched.
    await p.getByTestId("commune-files").setInputFiles(file);
    await p.getByText(/^Đã nhập trước đây: xa-040\.xlsx/).waitFor();
    await shot("31-reimport-question.png", p);
    await p.getByRole("button", { name: "Thay thế", exact: true }).click();
    await p.getByText(/^Đã nhập 1 tệp: /).waitFor({ timeout: 120000 });
    const again = await fakeState();
    expect(again.names).toEqual(after.names);
    expect(again.cells).toEqual(after.cells);
    expect(consoleErrors).toEqual([]);
  } finally {
    await p.close();
  }
});

/** axe-core's violations (WCAG 2 A and AA) on the page as it is: rule id and the elements. */
async function axeViolations(on: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, so the pane's Content-Security-Policy stays as is.
  await on.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return on.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: object,
            o: object
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) places focusable, aria-hidden sentinels at the edges of
    // focus groups on purpose: they hand focus on to the real controls and are never announced.
    const context = { include: [["body"]], exclude: [["[data-tabster-dummy]"]] };
    const r = await axe.run(context, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

test("every view passes axe-core (WCAG 2 A and AA): start, roster, findings, payouts, policy", async () => {
  const p = await openPane();
  try {
    const found: Record<string, string[]> = {};
    await p.getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
    found.start = await axeViolations(p);
    await p.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await p.getByText(/người · \d+ lỗi · /).waitFor();
    for (const [view, tab] of [
      ["roster", /^Danh sách/],
      ["findings", /^Lỗi/],
      ["payouts", /^Chi trả/],
      ["policy", /^Quy định/],
    ] as const) {
      await p.getByRole("tab", { name: tab }).click();
      await p.waitForTimeout(200);
      found[view] = await axeViolations(p);
    }
    expect(found).toEqual({ start: [], roster: [], findings: [], payouts: [], policy: [] });
  } finally {
    await p.close();
  }
});

test("an English Office shows the pane in English", async () => {
  const en = await openPane("?lang=en");
  try {
    await en.getByRole("button", { name: "Check", exact: true }).waitFor();
    await shot("20-english.png", en);
    expect(
      await en.evaluate(() => ({
        lang: document.documentElement.lang,
        buttons: [...document.querySelectorAll("button")].map((b) => b.textContent),
      }))
    ).toEqual({ lang: "en", buttons: expect.arrayContaining(["Check", "Generate"]) });
  } finally {
    await en.close();
  }
});

test("settings Excel cannot read: said in view, runs held back, read again on request", async () => {
  const p = await openPane("?fail=1");
  try {
    const alert = p.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Không đọc được thiết lập đã lưu/);
    expect(await p.getByRole("button", { name: "Kiểm tra", exact: true }).isDisabled()).toBe(true);
    expect(await p.getByRole("button", { name: "Tạo bảng", exact: true }).isDisabled()).toBe(true);
    await shot("30-settings-unreadable.png", p);
    await p.getByRole("button", { name: "Đọc lại thiết lập" }).click();
    await p.getByRole("alert").waitFor({ state: "detached" });
    expect(await p.getByRole("button", { name: "Kiểm tra", exact: true }).isEnabled()).toBe(true);
  } finally {
    await p.close();
  }
});

type FakeHandle = {
  edit(sheet: string, address: string, value: string): Promise<void>;
  state: { sheets: { name: string }[] };
};

test("the clerk edits the roster: results marked stale, checked again on request", async () => {
  const p = await openPane();
  try {
    await p.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await p.getByText(/người · \d+ lỗi · /).waitFor({ timeout: 120000 });
    expect(await p.getByText("Kết quả cũ — bấm Kiểm tra lại").count()).toBe(0);
    await p.evaluate(() =>
      (window as unknown as { __fake: FakeHandle }).__fake.edit("Danh sách", "B20", "Nguyễn Sửa")
    );
    await p.getByText("Kết quả cũ — bấm Kiểm tra lại").waitFor();
    await shot("40-stale.png", p);
    await p.getByRole("button", { name: "Kiểm tra lại", exact: true }).click();
    await p.getByText("Kết quả cũ — bấm Kiểm tra lại").waitFor({ state: "detached" });
    // The run is over when its progress bar is gone (the old summary stays on screen meanwhile).
    await p.getByRole("progressbar").waitFor({ state: "detached", timeout: 120000 });
    await p.getByText(/người · \d+ lỗi · /).waitFor();
    expect(await p.getByText("Kết quả cũ — bấm Kiểm tra lại").count()).toBe(0);
    // Focus went back to a control (Kiểm tra: the stale bar's button is gone).
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe("Kiểm tra");
    expect(consoleErrors).toEqual([]);
  } finally {
    await p.close();
  }
});

test("Office's dark theme: the pane is dark", async () => {
  const p = await openPane("?theme=dark");
  try {
    await p.getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
    await shot("41-dark.png", p);
    const colours = await p.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      provider: getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor,
      text: getComputedStyle(document.querySelector("main")!).color,
    }));
    // webDarkTheme: colorNeutralBackground1 #292929, colorNeutralForeground1 #FFFFFF
    expect(colours).toEqual({
      body: "rgb(41, 41, 41)",
      provider: "rgb(41, 41, 41)",
      text: "rgb(255, 255, 255)",
    });
  } finally {
    await p.close();
  }
});

test("the sample inserted into a workbook that already holds it: refused, nothing added", async () => {
  const p = await openPane();
  try {
    const names = () =>
      p.evaluate(() =>
        (window as unknown as { __fake: FakeHandle }).__fake.state.sheets.map((s) => s.name)
      );
    const before = await names();
    await p.getByRole("button", { name: "Thử với dữ liệu mẫu" }).click();
    const alert = p.getByRole("alert");
    await alert.waitFor({ timeout: 60000 });
    expect(await alert.textContent()).toMatch(/^Sổ tính đã có dữ liệu mẫu/);
    await shot("42-sample-refused.png", p);
    expect(await names()).toEqual(before);
  } finally {
    await p.close();
  }
});

test("the initial task-pane scripts do not contain ExcelJS (it is for the headless runner only)", () => {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = initialScripts(html).filter((src) => !src.includes("officeStub"));
  expect(scripts.length).toBeGreaterThan(0);
  const code = scripts.map((src) => fs.readFileSync(path.join(dist, src), "utf8")).join("\n");
  // Strings every ExcelJS build carries: its package parts and its own name.
  expect(code).not.toContain("xl/worksheets/");
  expect(code).not.toMatch(/exceljs/i);
  // Not vacuous: these are the pane's own scripts (Fluent UI's class names are in them).
  expect(code).toContain("fui-Button");
});

/** webpack's stats, as far as this test reads them. */
interface Stats {
  entrypoints: Record<string, { chunks: (string | number)[] }>;
  chunks: {
    id: string | number;
    files: string[];
    origins?: { moduleName?: string }[];
  }[];
  modules: { name?: string; chunks: (string | number)[]; modules?: { name?: string }[] }[];
}

/** Every module (concatenated ones too) of these chunks, by name ("./src/…", "./node_modules/…"). */
function modulesOf(stats: Stats, chunks: Set<string | number>): Set<string> {
  const out = new Set<string>();
  for (const m of stats.modules) {
    if (!m.chunks.some((c) => chunks.has(c))) continue;
    for (const inner of m.modules ?? [m]) if (inner.name) out.add(inner.name.split("?")[0]);
  }
  return out;
}

test("the initial task-pane script holds the shell; the engine is in the worker's chunks only", () => {
  const stats = JSON.parse(fs.readFileSync(path.join(dist, STATS), "utf8")) as Stats;
  const initial = new Set(stats.entrypoints.taskpane.chunks);
  const shell = modulesOf(stats, initial);
  const worker = new Set(
    stats.chunks
      .filter((c) => c.origins?.some((o) => o.moduleName?.endsWith("engine-worker-start.ts")))
      .map((c) => c.id)
  );
  const inWorker = modulesOf(stats, worker);
  const heavy = (n: string) => /node_modules\/(decimal\.js|zod|read-vietnamese-number)\//.test(n);
  // The engine proper: everything of src/engine but the light surface's pure helpers.
  const engine = (n: string) =>
    n.startsWith("./src/engine/") &&
    /\/(analyze|checks|findings|money|payouts\/(?!verified)|plan|policy|sheets\/build|text\/vi-number)/.test(
      n
    );
  expect([...shell].filter((n) => heavy(n) || engine(n))).toEqual([]);
  expect([...shell].filter((n) => n.startsWith("./src/app/service"))).toEqual([]);
  // Not vacuous: the shell has the view and the adapter; the worker has the engine and its
  // libraries, and builds the write plan.
  expect([...shell]).toEqual(
    expect.arrayContaining(["./src/taskpane/components/App.tsx", "./src/excel/port.ts"])
  );
  expect([...inWorker]).toEqual(
    expect.arrayContaining([
      "./src/engine/analyze.ts",
      "./src/engine/sheets/build.ts",
      "./src/app/service.ts",
      "./src/excel/write-plan.ts",
    ])
  );
  expect([...inWorker].some((n) => /node_modules\/decimal\.js\//.test(n))).toBe(true);
  expect([...inWorker].some((n) => /node_modules\/zod\//.test(n))).toBe(true);
  const files = stats.chunks.filter((c) => initial.has(c.id)).flatMap((c) => c.files);
  const gzipped = files
    .filter((f) => f.endsWith(".js"))
    .reduce(
      (n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length,
      0
    );
  console.log(`initial task-pane script: ${files.join(", ")}, ${gzipped} bytes gzipped`);
});

/** Whether the element's box lies wholly inside the page's viewport. */
async function inViewport(on: Page, selector: string): Promise<boolean> {
  return on.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }, selector);
}

test("an error or a notice after scrolling down comes into view and can be dismissed", async () => {
  const p = await openPane();
  try {
    await p.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await p.getByText(/người · \d+ lỗi · /).waitFor({ timeout: 120000 });
    await p.getByRole("tab", { name: /^Lỗi/ }).click();
    // The last finding of the list, far below the messages at the top of the pane.
    const last = p.locator("button[title^='Đến ô ']").last();
    await last.scrollIntoViewIfNeeded();
    // The top of the pane (Kiểm tra, where the messages appear) is scrolled out of view.
    const offTop = async () => {
      const box = await p.getByRole("button", { name: "Kiểm tra", exact: true }).boundingBox();
      return box !== null && box.y + box.height <= 0;
    };
    expect(await offTop()).toBe(true);
    // Excel fails the selection: the error appears at the top, and is brought into view.
    await p.evaluate(() => {
      (window as unknown as { __fake: { inject: (n: number) => string | null } }).__fake.inject =
        () => "GeneralException";
    });
    await last.click();
    const error = p.locator(".fui-MessageBar").filter({ has: p.getByRole("alert") });
    await error.waitFor();
    await p.waitForTimeout(300);
    expect(await inViewport(p, ".fui-MessageBar")).toBe(true);
    await shot("43-error-in-view.png", p);
    expect(await axeViolations(p)).toEqual([]);
    await p.evaluate(() => {
      (window as unknown as { __fake: { inject: null } }).__fake.inject = null;
    });
    await error.getByRole("button", { name: "Đóng" }).click();
    await error.waitFor({ state: "detached" });
    // Focus went back to the finding that led to the error, not to the page.
    expect(await p.evaluate(() => document.activeElement?.getAttribute("title"))).toMatch(
      /^Đến ô /
    );

    // A notice: "Lưu" at the foot of the policy form, the confirmation at the top.
    await p.getByRole("tab", { name: "Quy định" }).click();
    const save = p.getByRole("button", { name: "Lưu", exact: true });
    await save.scrollIntoViewIfNeeded();
    expect(await offTop()).toBe(true);
    await save.click();
    const notice = p.locator(".fui-MessageBar").filter({ hasText: "Đã lưu trong sổ tính." });
    await notice.waitFor();
    await p.waitForTimeout(300);
    expect(await inViewport(p, ".fui-MessageBar")).toBe(true);
    await shot("44-notice-in-view.png", p);
    expect(await axeViolations(p)).toEqual([]);
    await notice.getByRole("button", { name: "Đóng" }).click();
    await notice.waitFor({ state: "detached" });
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe("Lưu");
    expect(await p.locator(".fui-MessageBar").count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  } finally {
    await p.close();
  }
});

test("an old webview (a feature the bundle needs removed) shows «Hãy cập nhật Office», not a blank pane", async () => {
  // Before any of the page's scripts: what an older webview does not have.
  const p = await openPane("", {
    before: () => {
      delete (Object as unknown as Record<string, unknown>).fromEntries;
    },
    quiet: true,
  });
  try {
    const alert = p.locator("#dinh-bien-guard");
    await alert.waitFor();
    expect(await alert.getAttribute("role")).toBe("alert");
    expect(await p.getByRole("heading", { name: "Hãy cập nhật Office" }).isVisible()).toBe(true);
    expect(await p.getByRole("heading", { name: "Please update Office" }).isVisible()).toBe(true);
    expect(await p.getByText(/Excel trên web/).isVisible()).toBe(true);
    expect(
      await p.evaluate(() => (window as unknown as { dinhBienLacking: string[] }).dinhBienLacking)
    ).toEqual(["Object.fromEntries"]);
    // The pane itself is hidden, and nothing of it is in the way.
    await p.waitForTimeout(500);
    expect(await p.getByRole("button", { name: "Kiểm tra", exact: true }).count()).toBe(0);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot("45-old-webview.png", p);
    expect(await axeViolations(p)).toEqual([]);

    // The dialog page has the guard too.
    await p.goto(`${base}/message.html?m=x`);
    await p.getByRole("heading", { name: "Hãy cập nhật Office" }).waitFor();
  } finally {
    await p.close();
  }
});

test("a pane that starts normally has no guard message", async () => {
  const p = await openPane();
  try {
    await p.getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
    await p.waitForTimeout(1500);
    expect(await p.locator("#dinh-bien-guard").count()).toBe(0);
    expect(await p.evaluate(() => "dinhBienLacking" in window)).toBe(false);
  } finally {
    await p.close();
  }
});
