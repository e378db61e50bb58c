/**
 * The ribbon commands (src/commands/commands.ts) as Excel runs them: the handlers registered with
 * Office.actions.associate, called with an event, over office.js globals backed by the in-memory
 * fake holding the sample district (as test/taskpane/sample-workbook.ts loads it). The engine runs
 * as in Excel, on the engine worker (src/taskpane/engine.worker.ts, here in process:
 * test/taskpane/in-process-worker.ts): this thread only makes the Office calls it asks for.
 */
import { FakeExcel, FakeOfficeError } from "../support/fake-excel/fake-excel";
import { buildSampleDistrict } from "../../src/engine/sample/giang-thanh";
import type { RunBatch } from "../../src/excel/api";
import { rosterRows } from "../excel/helpers";
import {
  inProcessEngineWorker,
  withWorkerGlobal,
  type InProcessWorker,
} from "../taskpane/in-process-worker";
import { workerEngine } from "../../src/taskpane/engine-client";

type Handler = (event: { completed: () => void }) => Promise<void>;
const handlers: Record<string, Handler> = {};
let displayLanguage = "vi-VN";
let run: RunBatch = () => Promise.reject(new Error("no workbook"));
/** What the commands showed in a dialog (message.html?m=…), in order. */
let dialogs: string[] = [];
let closed = 0;
/** The progress dialogs' texts (message.html?p=…, then dialog.messageChild), and their closing. */
let progress: string[] = [];
/** Every dialog event in order: "progress", "close", "message". */
let order: string[] = [];
/** DialogApi 1.2 (messageChild) supported. */
let dialogApi12 = true;

const g = globalThis as unknown as Record<string, unknown>;
g.Office = {
  onReady: (cb?: () => void) => {
    cb?.();
    return Promise.resolve({ host: "Excel", platform: "PC" });
  },
  actions: { associate: (name: string, fn: Handler) => (handlers[name] = fn) },
  context: {
    get displayLanguage() {
      return displayLanguage;
    },
    requirements: {
      isSetSupported: (set: string) => set !== "DialogApi" || dialogApi12,
    },
    ui: {
      displayDialogAsync: (
        url: string,
        _options: unknown,
        cb: (r: { status: string; value: unknown }) => void
      ) => {
        const params = new URL(url).searchParams;
        const phase = params.get("p");
        if (phase === null) {
          dialogs.push(params.get("m") ?? "");
          order.push("message");
        } else {
          progress.push(phase);
          order.push("progress");
        }
        const handlers: Record<string, (arg: { message?: string }) => void> = {};
        const dialog = {
          addEventHandler(type: string, fn: (arg: { message?: string }) => void) {
            handlers[type] = fn;
          },
          messageChild: (m: string) => progress.push(m),
          close: () => {
            closed++;
            order.push("close");
          },
        };
        cb({ status: "succeeded", value: dialog });
        // The message page's "Đóng" pressed; the progress page listening (message-dialog.ts).
        handlers.dialogMessageReceived?.({ message: phase === null ? "close" : "ready" });
      },
    },
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: {
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
  },
};
/** Excel.run's two forms; the commands use (options, batch) with delayForCellEdit. */
let runOptions: unknown = null;
g.Excel = {
  run: (first: unknown, second?: Parameters<RunBatch>[0]) => {
    if (typeof first === "function") return run(first as Parameters<RunBatch>[0]);
    runOptions = first;
    return run(second!);
  },
};

const INPUTS = buildSampleDistrict().map((s) => s.name);
const MARKED = ["Tổng hợp", "Danh sách chi trả", "Danh sách bố trí", "Kiểm tra", "Chi tiết tính"];
const KINDS = ["summary", "payments", "arrangement", "findings", "trace"];

function sampleFake(): FakeExcel {
  const fake = new FakeExcel();
  for (const s of buildSampleDistrict())
    fake.addSheet(s.name, s.rows, { merges: s.merges, columnWidths: s.columnWidths });
  return fake;
}

/** Call a ribbon handler; returns how many times it called event.completed(). */
async function press(name: "checkRoster" | "generateTables"): Promise<number> {
  let completed = 0;
  await handlers[name]({ completed: () => completed++ });
  return completed;
}

const sheetNames = (fake: FakeExcel) => fake.state.sheets.map((s) => s.name);
const inputSnapshot = (fake: FakeExcel) =>
  Object.fromEntries(INPUTS.map((n) => [n, fake.snapshot(n)]));
const text = (fake: FakeExcel, sheet: string) =>
  [...fake.sheet(sheet)!.cells.values()].map((c) => String(c.value)).join("\n");

let commands: typeof import("../../src/commands/commands");
let engineWorker: InProcessWorker;

beforeAll(async () => {
  commands = await import("../../src/commands/commands");
  engineWorker = inProcessEngineWorker();
  commands.registerCommands(withWorkerGlobal(() => workerEngine(() => engineWorker.worker)));
  expect(Object.keys(handlers).sort()).toEqual(["checkRoster", "generateTables"]);
});

beforeEach(() => {
  displayLanguage = "vi-VN";
  dialogs = [];
  closed = 0;
  progress = [];
  order = [];
  dialogApi12 = true;
  engineWorker.log.length = 0;
});

/** The engine ran on the worker: a run went there and the worker asked this thread for calls. */
function ranOnWorker(): void {
  const sent = engineWorker.log.map((m) => `${m.from}:${m.type}`);
  expect(sent).toContain("page:run");
  expect(sent).toContain("worker:call");
  expect(sent[sent.length - 1]).toBe("worker:done");
}

test("Kiểm tra writes the Kiểm tra sheet, then updates it in place; event.completed() once each", async () => {
  const fake = sampleFake();
  run = fake.run;
  const before = inputSnapshot(fake);

  expect(await press("checkRoster")).toBe(1);
  ranOnWorker();
  expect(sheetNames(fake)).toEqual([...INPUTS, "Kiểm tra"]);
  expect(fake.state.names.get("DinhBien_findings")).toBe("='Kiểm tra'!$A$1");
  // The sample's mistakes sheet has errors; the sheet lists them (a finding code's message).
  const first = text(fake, "Kiểm tra");
  expect(first).toMatch(/Danh sách \(có lỗi\)/);

  // The clerk fixes nothing and presses again: still one Kiểm tra sheet, no "Kiểm tra (2)".
  fake.sheet("Kiểm tra")!.ensure(200, 1).value = "stale note";
  expect(await press("checkRoster")).toBe(1);
  expect(sheetNames(fake)).toEqual([...INPUTS, "Kiểm tra"]);
  expect(text(fake, "Kiểm tra")).not.toMatch(/stale note/);
  expect(inputSnapshot(fake)).toEqual(before);
  // A batch arriving while the clerk types in a cell waits instead of failing (ExcelApi 1.11).
  expect(runOptions).toEqual({ delayForCellEdit: true });
});

test("Tạo bảng writes the five marked sheets; a second run replaces exactly them", async () => {
  const fake = sampleFake();
  // The clerk's own sheet called "Tổng hợp" is not the add-in's: never touched.
  fake.addSheet("Tổng hợp", [["Bảng tổng hợp của tôi"], [1, 2, 3]]);
  fake.addSheet("Ghi chú", [["ghi chú riêng"]]);
  run = fake.run;
  const own = { tong: fake.snapshot("Tổng hợp"), note: fake.snapshot("Ghi chú") };
  const before = inputSnapshot(fake);

  expect(await press("generateTables")).toBe(1);
  const written = ["Tổng hợp (2)", ...MARKED.slice(1)];
  expect(sheetNames(fake).sort()).toEqual([...INPUTS, "Tổng hợp", "Ghi chú", ...written].sort());
  const marks = Object.fromEntries(KINDS.map((k) => [k, fake.state.names.get(`DinhBien_${k}`)]));
  expect(marks).toEqual({
    summary: "='Tổng hợp (2)'!$A$1",
    payments: "='Danh sách chi trả'!$A$1",
    arrangement: "='Danh sách bố trí'!$A$1",
    findings: "='Kiểm tra'!$A$1",
    trace: "='Chi tiết tính'!$A$1",
  });
  // The sample district's total (the browser test and the CLI check the same figure).
  expect(text(fake, "Tổng hợp (2)")).toMatch(/1\.149\.540\.875|1149540875/);

  // Second run: the marked sheets are deleted and rewritten, nothing else.
  const firstRun = fake.sheet("Danh sách chi trả");
  expect(await press("generateTables")).toBe(1);
  expect(sheetNames(fake).sort()).toEqual([...INPUTS, "Tổng hợp", "Ghi chú", ...written].sort());
  expect(fake.sheet("Danh sách chi trả")).not.toBe(firstRun);
  expect(fake.snapshot("Tổng hợp")).toEqual(own.tong);
  expect(fake.snapshot("Ghi chú")).toEqual(own.note);
  expect(inputSnapshot(fake)).toEqual(before);
}, 120000);

/** Every batch of the fake, with `patch` applied to its context first (a refusal). */
function patched(
  fake: FakeExcel,
  patch: (ctx: Parameters<Parameters<RunBatch>[0]>[0]) => void
): RunBatch {
  return (batch) =>
    fake.run(async (ctx) => {
      patch(ctx);
      return batch(ctx);
    });
}

/** Excel refuses the read (the clerk is typing in a cell) but accepts the batches after it. */
function refusingReads(fake: FakeExcel): RunBatch {
  let refused = 0;
  return async (batch) => {
    // The check's read is the batch that asks for used ranges; refuse it once.
    return fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const getItem = sheets.getItem.bind(sheets);
      sheets.getItem = ((name: string) => {
        const ws = getItem(name);
        const used = ws.getUsedRangeOrNullObject.bind(ws);
        ws.getUsedRangeOrNullObject = ((valuesOnly?: boolean) => {
          if (refused++ === 0)
            throw new FakeOfficeError(
              "InvalidOperationInCellEditMode",
              "The operation is not allowed in cell edit mode."
            );
          return used(valuesOnly);
        }) as typeof ws.getUsedRangeOrNullObject;
        return ws;
      }) as typeof sheets.getItem;
      return batch(ctx);
    });
  };
}

test("Excel in cell-edit mode: the Kiểm tra sheet says what to do, completed() called, inputs unchanged", async () => {
  const fake = sampleFake();
  run = refusingReads(fake);
  const before = inputSnapshot(fake);

  expect(await press("checkRoster")).toBe(1);
  expect(sheetNames(fake)).toEqual([...INPUTS, "Kiểm tra"]);
  const message = text(fake, "Kiểm tra");
  expect(message).toMatch(/ĐỊNH BIÊN — CHƯA CHẠY ĐƯỢC/);
  expect(message).toMatch(/Excel đang ở chế độ sửa ô\. Nhấn Enter hoặc Esc/);
  expect(inputSnapshot(fake)).toEqual(before);
});

test("the same in English Excel, for Tạo bảng: an English message, no documents written", async () => {
  displayLanguage = "en-US";
  const fake = sampleFake();
  run = refusingReads(fake);
  const before = inputSnapshot(fake);

  expect(await press("generateTables")).toBe(1);
  expect(sheetNames(fake)).toEqual([...INPUTS, "Kiểm tra"]);
  expect(text(fake, "Kiểm tra")).toMatch(/COULD NOT RUN[\s\S]*Excel is editing a cell/);
  expect(inputSnapshot(fake)).toEqual(before);
});

test("Excel refusing every batch: no throw, completed() still called once, workbook as it was", async () => {
  const fake = sampleFake();
  run = () =>
    Promise.reject(
      new FakeOfficeError("InvalidOperationInCellEditMode", "Not allowed in cell edit mode.")
    );
  const before = inputSnapshot(fake);
  expect(await press("checkRoster")).toBe(1);
  expect(await press("generateTables")).toBe(1);
  expect(sheetNames(fake)).toEqual(INPUTS);
  expect(inputSnapshot(fake)).toEqual(before);
  // Nothing could be written: the clerk is told in a dialog, once per press, and it closes.
  expect(dialogs).toHaveLength(2);
  for (const d of dialogs) expect(d).toMatch(/Excel đang ở chế độ sửa ô/);
  expect(closed).toBe(2);
});

test("Tạo bảng whose writing fails: the earlier documents stay and the error reaches the clerk", async () => {
  const fake = sampleFake();
  run = fake.run;
  expect(await press("generateTables")).toBe(1);
  const earlier = Object.fromEntries(MARKED.map((n) => [n, fake.snapshot(n)]));
  // Requests of a press: size guard 3 (sheets 2, used cells 1), settings 1, check 5, then the
  // write: its listing 2, then drafts and swap (request 12). From there Excel refuses everything
  // (the workbook became read-only), the message sheet included.
  let requests = 0;
  fake.inject = () => (++requests >= 12 ? "AccessDenied" : null);
  expect(await press("generateTables")).toBe(1);
  for (const n of MARKED) expect(fake.snapshot(n)).toEqual(earlier[n]);
  // Refused: the drafts and swap (request 12), then the message sheet (13 on).
  expect(fake.injected).toBeGreaterThanOrEqual(2);
  expect(sheetNames(fake).filter((n) => n.startsWith("~"))).toEqual([]);
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]).toMatch(/Excel không cho phép sửa sổ tính này/);
  // The write was refused to the worker's request (writePlannedSheets), which said so.
  ranOnWorker();
});

test("settings that cannot be read stop the run: said, not replaced by the defaults", async () => {
  const fake = sampleFake();
  run = patched(fake, (ctx) => {
    ctx.workbook.settings.getItemOrNullObject = () => {
      throw new FakeOfficeError("GeneralException", "settings unavailable");
    };
  });
  expect(await press("generateTables")).toBe(1);
  // No documents: only the message sheet, which says what happened.
  expect(sheetNames(fake)).toEqual([...INPUTS, "Kiểm tra"]);
  expect(text(fake, "Kiểm tra")).toMatch(/CHƯA CHẠY ĐƯỢC[\s\S]*Excel gặp lỗi/);
});

test("a roster above the command's size sends the clerk to the pane instead of running", async () => {
  const fake = new FakeExcel();
  // 35,000 rows × 9 columns = 315,000 cells > 300,000.
  fake.addSheet("Lớn", rosterRows(34998));
  run = fake.run;
  expect(await press("generateTables")).toBe(1);
  expect(sheetNames(fake)).toEqual(["Lớn"]);
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]).toMatch(/315\.000 ô[\s\S]*mở ngăn Định Biên/);
});

/** A roster of `people` rows on sheet "Danh sách", of the form rosterRows builds (9 columns). */
function rosterFake(people: number): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Danh sách", rosterRows(people));
  return fake;
}

test("Tạo bảng on a large roster: a progress dialog says each phase in order, then closes", async () => {
  // 2,500 people: (2,500 + 2 header rows) × 9 columns = 22,518 cells > 20,000 (PROGRESS_CELLS).
  const fake = rosterFake(2500);
  run = fake.run;
  expect(await press("generateTables")).toBe(1);
  ranOnWorker();
  expect(progress).toEqual(["Đang đọc sổ tính…", "Đang kiểm tra…", "Đang tạo các bảng…"]);
  expect(order).toEqual(["progress", "close"]);
  expect(closed).toBe(1);
  // The run itself: the five documents, no message.
  expect(sheetNames(fake).sort()).toEqual(["Danh sách", ...MARKED].sort());
  expect(dialogs).toEqual([]);
});

test("a large roster whose writing fails: the progress dialog closes, then the error is shown", async () => {
  displayLanguage = "en-US";
  const fake = rosterFake(2500);
  // Excel refuses to add a sheet (the Kiểm tra sheet's draft, then the message sheet); the reads
  // (listing, used cells, settings, grids) go through.
  run = patched(fake, (ctx) => {
    ctx.workbook.worksheets.add = () => {
      throw new FakeOfficeError("AccessDenied", "The workbook is read-only.");
    };
  });
  expect(await press("checkRoster")).toBe(1);
  // The progress dialog is closed before the message opens (Office shows one at a time); the
  // clerk then closes the message ("Close").
  expect(order).toEqual(["progress", "close", "message", "close"]);
  expect(progress[0]).toBe("Reading the workbook…");
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]).toMatch(/^Excel denied the change .*read-only/);
  expect(sheetNames(fake)).toEqual(["Danh sách"]);
});

test("without DialogApi 1.2 the progress dialog says 'Đang chạy…' and is not updated", async () => {
  dialogApi12 = false;
  const fake = rosterFake(2500);
  run = fake.run;
  expect(await press("checkRoster")).toBe(1);
  expect(progress).toEqual(["Đang chạy…"]);
  expect(order).toEqual(["progress", "close"]);
  expect(sheetNames(fake)).toEqual(["Danh sách", "Kiểm tra"]);
});

test("a small roster runs without a progress dialog", async () => {
  // 1,000 people: 1,002 × 9 = 9,018 cells.
  const fake = rosterFake(1000);
  run = fake.run;
  expect(await press("checkRoster")).toBe(1);
  expect(order).toEqual([]);
  expect(sheetNames(fake)).toEqual(["Danh sách", "Kiểm tra"]);
});

test("a commands runtime without Worker runs the same commands in place", async () => {
  // No Worker global in jest: workerEngine runs the requests on this thread.
  expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe("undefined");
  commands.registerCommands(workerEngine(() => engineWorker.worker));
  try {
    const fake = sampleFake();
    run = fake.run;
    expect(await press("checkRoster")).toBe(1);
    expect(engineWorker.log).toEqual([]);
    expect(sheetNames(fake)).toEqual([...INPUTS, "Kiểm tra"]);
    expect(text(fake, "Kiểm tra")).toMatch(/Danh sách \(có lỗi\)/);
  } finally {
    commands.registerCommands(withWorkerGlobal(() => workerEngine(() => engineWorker.worker)));
  }
});
