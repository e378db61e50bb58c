import {
  createDinhBien,
  DEFAULT_SETTINGS,
  requestFromSettings,
  SampleAlreadyPresentError,
} from "../../src/app";
import { GENERATED_SHEET_NAMES, UnusableInputError, type SheetSpec } from "../../src/engine";
import { grid, MemoryPort } from "./memory-port";

/**
 * A commune roster of three people, written by hand, all kept. Column D's header "Cột ghi" is no
 * header the parser knows; it holds the decisions.
 */
const ROSTER = grid("Danh sách", [
  ["STT", "Họ và tên", "Chức danh", "Cột ghi", "Xã"],
  [1, "Nguyễn Văn An", "Văn thư lưu trữ", "Bố trí", "Phú Mỹ"],
  [2, "Trần Thị Bình", "Thủ quỹ", "Bố trí", "Phú Mỹ"],
  [3, "Lê Văn Cường", "Phó Chỉ huy trưởng Quân sự", "Bố trí", "Phú Mỹ"],
]);

const EARLIER_OUTPUT = grid("Tổng hợp", [
  ["Họ và tên", "Chức danh", "Phương án"],
  ["X", "Y", "Z"],
]);

const text = (spec: SheetSpec): string => spec.cells.map((c) => String(c.value)).join("\n");

describe("check", () => {
  test("reads every sheet but the add-in's generated ones, and applies the column corrections", async () => {
    const port = new MemoryPort([
      { grid: ROSTER },
      { grid: EARLIER_OUTPUT, generatedKind: "summary" },
    ]);
    const app = createDinhBien();
    const plain = await app.check(port, { lang: "vi" });
    expect(port.read).toEqual(["Danh sách"]);
    // Without the correction the decision column is missing (CONTRACT §5, column-missing).
    expect(plain.findings.map((f) => f.code)).toContain("column-missing");
    expect(plain.roster.members).toHaveLength(3);

    const corrected = await app.check(port, {
      lang: "vi",
      corrections: { "Danh sách": { columns: { decision: { col: 4 } } } },
    });
    expect(corrected.findings.map((f) => f.code)).not.toContain("column-missing");
    // "Bố trí" is the decision keep (DOMAIN §4.2).
    expect(corrected.roster.members.map((m) => m.decision?.value)).toEqual([
      "keep",
      "keep",
      "keep",
    ]);
  });

  test("a workbook with no roster is unusable input, thrown for the shell to say", async () => {
    const port = new MemoryPort([{ grid: grid("Sheet1", [["xin chào"]]) }]);
    await expect(createDinhBien().check(port, { lang: "en" })).rejects.toBeInstanceOf(
      UnusableInputError
    );
  });
});

describe("documents and the clock", () => {
  test("at 23:30 UTC, a workbook without its own date is dated the next day (Vietnam, UTC+7)", async () => {
    const port = new MemoryPort([{ grid: ROSTER }]);
    const app = createDinhBien({ clock: () => new Date("2026-12-01T23:30:00Z") });
    const analysis = await app.check(port, { lang: "vi" });
    expect(analysis.info.documentDate).toBeNull();
    const { specs } = app.documents(analysis, { kinds: ["findings"] });
    expect(specs.map((s) => s.name)).toEqual([GENERATED_SHEET_NAMES.findings]);
    expect(text(specs[0])).toContain("ngày 02 tháng 12 năm 2026");
  });

  test("a date given by the shell wins over the clock; typed signers are laid over", async () => {
    const port = new MemoryPort([{ grid: ROSTER }]);
    const app = createDinhBien({ clock: () => new Date("2026-12-01T23:30:00Z") });
    const analysis = await app.check(port, { lang: "vi" });
    const out = app.documents(analysis, {
      documentDate: "2019-03-05",
      info: { ...DEFAULT_SETTINGS.info, place: "Kiên Lương" },
    });
    expect(out.specs).toHaveLength(5);
    expect(out.analysis.info.place).toBe("Kiên Lương");
    expect(text(out.specs[0])).toContain("Kiên Lương, ngày 05 tháng 3 năm 2019");
  });

  test("generate writes the five documents once and reports the phases in order", async () => {
    const port = new MemoryPort([{ grid: ROSTER }]);
    const phases: string[] = [];
    const fractions: number[] = [];
    const out = await createDinhBien().generate(port, { lang: "vi" }, {}, (phase, fraction) => {
      phases.push(phase);
      fractions.push(fraction);
    });
    expect(port.written).toHaveLength(1);
    const five = ["summary", "payments", "arrangement", "findings", "trace"] as const;
    expect(port.written[0].map((s) => s.kind)).toEqual(five);
    expect(out.sheets).toEqual(port.written[0].map((s) => ({ kind: s.kind, name: s.name })));
    // No clash: the names asked for (CONTRACT §4).
    expect(out.names).toEqual(five.map((k) => GENERATED_SHEET_NAMES[k]));
    expect([...new Set(phases)]).toEqual(["read", "analyze", "write"]);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
  });
});

describe("settings and the sample", () => {
  test("saved settings come back; values of the wrong type are dropped", async () => {
    const port = new MemoryPort([]);
    const app = createDinhBien();
    await app.saveSettings(port, { policyChoice: "nd34-2019", paymentDate: "2019-01-31" });
    port.settings.set("info", "not an object");
    const loaded = await app.loadSettings(port);
    expect(loaded).toEqual({ policyChoice: "nd34-2019", paymentDate: "2019-01-31" });
    const request = requestFromSettings({ ...DEFAULT_SETTINGS, ...loaded }, "en");
    expect(request.policy?.id).toBe("nd34-2019");
    expect(request.paymentDate).toBe("2019-01-31");
  });

  test("a store that cannot be read is a failure, never the defaults in disguise", async () => {
    const failing = {
      readSettings: () => Promise.reject(new Error("no settings API")),
      writeSettings: () => Promise.resolve(),
    };
    await expect(createDinhBien().loadSettings(failing)).rejects.toThrow("no settings API");
  });

  test("the sample district is inserted as the clerk's four sheets", async () => {
    const port = new MemoryPort([]);
    expect(await createDinhBien().insertSample(port)).toEqual([
      "Đơn vị",
      "Thông tin",
      "Danh sách",
      "Danh sách (có lỗi)",
    ]);
  });

  test("a workbook that already holds the sample is refused, and nothing is inserted", async () => {
    const port = new MemoryPort([]);
    const app = createDinhBien();
    await app.insertSample(port);
    await expect(app.insertSample(port)).rejects.toBeInstanceOf(SampleAlreadyPresentError);
    // the first insertion's four sheets, not eight
    expect(port.inserted).toHaveLength(4);
    // the other sample has other sheet names: still insertable
    const thon = await app.insertSample(port, "thon-2026");
    expect(thon.length).toBeGreaterThan(0);
    expect(port.inserted).toHaveLength(4 + thon.length);
  });
});
