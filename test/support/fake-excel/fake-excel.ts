import type { CellRange, CellValue } from "../../../src/engine/types";
import { DAYS_1904, ymdToExcelSerial } from "../../../src/engine/text/dates";
import type {
  RunBatch,
  XlCell,
  XlFunctionResult,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlNamedItem,
  XlNamedItemCollection,
  XlPageLayout,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlRequestContext,
  XlSetting,
  XlSettingCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetChange,
  XlWorksheetCollection,
} from "../../../src/excel/api";
import { parseAddress, quoteSheet, rangeAddress, splitAreas } from "./address";
// The same byte count as the port's estimate; test/excel/utf8-length.test.ts pins it to hand counts.
import { jsonBytes, utf8Length } from "../../../src/excel/layout";

/**
 * An in-memory Excel that implements the subset of the Excel JS API in ../api.ts.
 *
 * It behaves like Excel where the adapter's correctness depends on it:
 * - properties must be load()ed and a sync() must happen before they can be read;
 * - sync() calls are counted, and a request whose estimated payload exceeds Excel on the web's
 *   5 MB limit fails with RequestPayloadSizeLimitExceeded (responses likewise);
 * - strings written to `values`/`formulas` are coerced the way Excel coerces typed input: "=…",
 *   "+…", "-…", "@…" become formulas, number- and date-looking text becomes a number, a leading
 *   apostrophe makes the rest text. An adapter that forgets to protect text fails the tests.
 * - getMergedAreasOrNullObject fails the request (GeneralException) when its range holds more
 *   than 512 merged areas (`mergedAreaLimit`), as the office-js reference says it does;
 * - a range of more than 5 million cells (`cellLimit`) loads `values` / `formulas` as null;
 * - any request can be made to fail (`inject`): the failing request's writes are rolled back and
 *   the error thrown from its sync();
 * - names are scoped: the workbook's (workbook.names) and each sheet's (worksheet.names). A clerk's
 *   copy of a sheet (`copySheet`) gets sheet-scoped copies of the workbook names that refer to the
 *   original, as Excel does; renaming (`renameSheet` or worksheet.name) rewrites every reference;
 *   deleting a sheet turns every formula and name pointing into it into #REF!.
 * Writes apply immediately (Excel applies them at sync, in order); an injected failure restores
 * the state of the start of the failing request. A request refused for its size is not rolled back.
 */

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** "If the merged areas count in this range is more than 512, then this method will fail." */
export const MERGED_AREA_LIMIT = 512;
/** Beyond this many cells a range's values load as null. */
export const CELL_LIMIT = 5_000_000;
/** Rough per-operation overhead of Excel's JSON request (object path, action type, ids). */
const OP_OVERHEAD = 120;

export interface FakeCellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  fill?: string;
  borders?: Record<string, string>;
}

export interface FakeCell {
  value: XlCell;
  formula: string | null;
  numberFormat: string;
  style: FakeCellStyle;
  link?: string;
}

export interface FakeConditionalFormat {
  id: number;
  range: CellRange;
  formula: string;
  fill: string;
}

export interface FakePrint {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  margins: Record<string, number>;
  centerHeader: string;
  centerFooter: string;
  printTitleRows: string | null;
}

let nextSheetId = 1;

export class FakeSheet {
  name: string;
  /** Excel's worksheet id: kept through renames; a copy gets its own. */
  id = `{FAKE-SHEET-${nextSheetId++}}`;
  visibility = "Visible";
  readonly cells = new Map<number, FakeCell>();
  merges: CellRange[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  pageBreaks: number[] = [];
  freezeRows = 0;
  /** Sheet-scoped defined names → formula. */
  readonly names = new Map<string, string>();
  conditionalFormats: FakeConditionalFormat[] = [];
  print: FakePrint = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    margins: {},
    centerHeader: "",
    centerFooter: "",
    printTitleRows: null,
  };
  constructor(name: string) {
    this.name = name;
  }
  /** A deep copy under another name (for copies and for rollback). */
  clone(name: string): FakeSheet {
    const c = new FakeSheet(name);
    c.id = this.id;
    c.visibility = this.visibility;
    for (const [k, cell] of this.cells)
      c.cells.set(k, {
        ...cell,
        style: { ...cell.style, borders: cell.style.borders && { ...cell.style.borders } },
      });
    c.merges = this.merges.map((m) => ({ ...m }));
    for (const [k, v] of this.columnWidths) c.columnWidths.set(k, v);
    for (const [k, v] of this.rowHeights) c.rowHeights.set(k, v);
    for (const [k, v] of this.names) c.names.set(k, v);
    c.pageBreaks = [...this.pageBreaks];
    c.freezeRows = this.freezeRows;
    c.conditionalFormats = this.conditionalFormats.map((cf) => ({ ...cf, range: { ...cf.range } }));
    c.print = JSON.parse(JSON.stringify(this.print)) as FakePrint;
    return c;
  }
  /** Take back every field of a copy made by clone(). */
  restore(copy: FakeSheet): void {
    this.name = copy.name;
    this.visibility = copy.visibility;
    for (const m of ["cells", "columnWidths", "rowHeights", "names"] as const) {
      const target = this[m] as Map<number | string, unknown>;
      target.clear();
      for (const [k, v] of copy[m] as Map<number | string, unknown>) target.set(k, v);
    }
    this.merges = copy.merges;
    this.pageBreaks = copy.pageBreaks;
    this.freezeRows = copy.freezeRows;
    this.conditionalFormats = copy.conditionalFormats;
    this.print = copy.print;
  }
  static key(row: number, col: number): number {
    return row * 16384 + col;
  }
  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }
  ensure(row: number, col: number): FakeCell {
    const k = FakeSheet.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: "", formula: null, numberFormat: "General", style: {} };
      this.cells.set(k, c);
    }
    return c;
  }
  usedRange(valuesOnly: boolean): CellRange | null {
    return this.usedRangeWithin(null, valuesOnly);
  }
  usedRangeWithin(within: CellRange | null, valuesOnly: boolean): CellRange | null {
    let r: CellRange | null = null;
    for (const [k, c] of this.cells) {
      if (valuesOnly && c.value === "" && c.formula === null) continue;
      const row = Math.floor(k / 16384);
      const col = k % 16384;
      if (
        within &&
        (row < within.top || row > within.bottom || col < within.left || col > within.right)
      )
        continue;
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.bottom = Math.max(r.bottom, row);
        r.left = Math.min(r.left, col);
        r.right = Math.max(r.right, col);
      }
    }
    return r;
  }
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  /** Defined name → formula ("='Tổng hợp'!$A$1"). */
  names: Map<string, string>;
  settings: Map<string, unknown>;
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
}

/** How Excel reads typed text. Returns the stored value and formula. */
export function coerceInput(input: XlCell): { value: XlCell; formula: string | null } {
  if (typeof input !== "string") return { value: input, formula: null };
  if (input === "") return { value: "", formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (input.length > 1 && input.startsWith("=")) return { value: "", formula: input };
  if (input.length > 1 && /^[+\-@]/.test(input))
    return { value: "", formula: "=" + input.replace(/^@/, "") };
  const t = input.trim();
  if (/^(TRUE|FALSE)$/i.test(t)) return { value: t.toUpperCase() === "TRUE", formula: null };
  if (/^\(?[\d.,\s]+\)?%?$/.test(t) && /\d/.test(t)) {
    const n = Number(t.replace(/[^\d]/g, ""));
    return { value: t.startsWith("(") ? -n : n, formula: null };
  }
  if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(t)) return { value: 40000, formula: null };
  return { value: input, formula: null };
}

/** Every formula-like text of the workbook: cells' formulas and both scopes of names. */
function rewriteReferences(state: FakeWorkbookState, fn: (formula: string) => string): void {
  for (const sheet of state.sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = fn(cell.formula);
    for (const [k, f] of sheet.names) sheet.names.set(k, fn(f));
  }
  for (const [k, f] of state.names) state.names.set(k, fn(f));
}

/** References to a sheet in a formula: 'Name'!A1, 'Name'!$A$1:$B$2 (and Name!A1 when unquoted). */
function sheetReference(name: string): RegExp {
  const q = quoteSheet(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${q}!(\\$?[A-Z]{1,3}\\$?\\d+(:\\$?[A-Z]{1,3}\\$?\\d+)?)`, "g");
}

function renameInState(state: FakeWorkbookState, s: FakeSheet, to: string): void {
  const ref = sheetReference(s.name);
  const q = quoteSheet(to);
  rewriteReferences(state, (f) => f.replace(ref, (_m, addr: string) => `${q}!${addr}`));
  if (state.activeSheet === s.name) state.activeSheet = to;
  if (state.selection?.sheet === s.name) state.selection.sheet = to;
  s.name = to;
}

class Tracker {
  pendingBytes = 0;
  pendingOps = 0;
  /** A failure an operation of this request has already earned (thrown at sync). */
  failure: FakeOfficeError | null = null;
  readonly toLoad: { obj: FakeProxy; props: string }[] = [];
  /** Sheets whose values this request wrote: their onChanged events follow its sync. */
  readonly changed = new Set<FakeSheet>();
  op(bytes: number): void {
    this.pendingBytes += bytes + OP_OVERHEAD;
    this.pendingOps += 1;
  }
}

abstract class FakeProxy {
  protected loaded = new Set<string>();
  constructor(protected readonly t: Tracker) {}
  load(props: string): void {
    this.t.op(props.length);
    this.t.toLoad.push({ obj: this, props });
  }
  markLoaded(props: string): number {
    for (const p of props.split(",")) this.loaded.add(p.trim().split("/")[0]);
    return this.responseSize(props);
  }
  protected responseSize(_props: string): number {
    return 64;
  }
  protected need(prop: string): void {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
  }
}

export class FakeExcel {
  readonly state: FakeWorkbookState = {
    sheets: [],
    names: new Map(),
    settings: new Map(),
    activeSheet: null,
    selection: null,
  };
  /** Every context.sync(), including Excel.run's implicit final one. */
  syncCount = 0;
  /** Largest request payload seen, in estimated bytes. */
  maxRequestBytes = 0;
  /** Largest answer seen (refused ones included), in estimated bytes. */
  maxResponseBytes = 0;
  /** The requirement sets this fake claims to support (ExcelApi minor versions). */
  supportedVersion = 13;
  /**
   * What insertWorksheetsFromBase64 finds in a file: base64 text → its sheets (the fake does not
   * unzip .xlsx; a test registers the sheets its fake file holds).
   */
  readonly files = new Map<string, { name: string; rows: CellValue[][] }[]>();
  /** The workbook uses the 1904 date system (old Mac Excel): its date serials are 1462 smaller. */
  date1904 = false;
  payloadLimit = PAYLOAD_LIMIT;
  mergedAreaLimit = MERGED_AREA_LIMIT;
  cellLimit = CELL_LIMIT;
  /**
   * Failure injection: called before each request (1-based, counted across runs) is carried out;
   * an error code fails that request (its writes rolled back), null lets it through.
   */
  inject: ((request: number) => string | null) | null = null;
  /** Failures thrown so far by injection, for the tests' own sanity checks. */
  injected = 0;
  /** The state at the start of the current request, kept only while `inject` is set. */
  private saved: { state: FakeWorkbookState; originals: FakeSheet[] } | null = null;

  readonly run: RunBatch = async (batch) => {
    const t = new Tracker();
    const ctx = new FakeContext(this, t);
    this.requestStarts();
    const result = await batch(ctx);
    if (t.pendingOps > 0) await ctx.sync();
    return result;
  };

  /** The options of the last Excel.run({…}, batch) call made through `excelRun`. */
  lastRunOptions: Record<string, unknown> | null = null;

  /** office.js's Excel.run, both overloads: (batch) and (options, batch). */
  readonly excelRun = <T>(
    first: Record<string, unknown> | ((context: XlRequestContext) => Promise<T>),
    second?: (context: XlRequestContext) => Promise<T>
  ): Promise<T> => {
    if (typeof first === "function") return this.run(first);
    this.lastRunOptions = first;
    if (!second) throw new Error("Excel.run(options) without a batch");
    return this.run(second);
  };

  supports = (version: string): boolean => {
    const minor = Number(version.split(".")[1] ?? "0");
    return minor <= this.supportedVersion;
  };

  /** Called when a request starts (a run starts or a sync ends): keep a copy to roll back to. */
  requestStarts(): void {
    this.saved = this.inject ? this.copyState() : null;
  }

  /** Called by sync(): the injected failure of this request, after rolling its writes back. */
  injectedFailure(request: number): FakeOfficeError | null {
    const code = this.inject?.(request) ?? null;
    if (!code) return null;
    if (this.saved) {
      // Back into the same sheet objects, so proxies made before the failure stay usable.
      const { state, originals } = this.saved;
      state.sheets.forEach((copy, i) => originals[i].restore(copy));
      Object.assign(this.state, state, { sheets: originals });
    }
    this.injected += 1;
    return new FakeOfficeError(code, `Injected failure of request ${request} (${code}).`);
  }

  private copyState(): { state: FakeWorkbookState; originals: FakeSheet[] } {
    return { state: this.stateCopy(), originals: [...this.state.sheets] };
  }

  private stateCopy(): FakeWorkbookState {
    return {
      sheets: this.state.sheets.map((s) => s.clone(s.name)),
      names: new Map(this.state.names),
      settings: new Map(
        [...this.state.settings].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as unknown])
      ),
      activeSheet: this.state.activeSheet,
      selection: this.state.selection && { ...this.state.selection },
    };
  }

  /**
   * The clerk copies a sheet (right-click → Move or Copy → Create a copy): "Name (2)" placed after
   * it; workbook names referring to the original become sheet-scoped names of the copy.
   */
  copySheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    let n = 2;
    const base = s.name.replace(/ \(\d+\)$/, "");
    while (this.sheet(`${base.slice(0, 31 - ` (${n})`.length)} (${n})`)) n++;
    const copy = s.clone(`${base.slice(0, 31 - ` (${n})`.length)} (${n})`);
    const from = `=${quoteSheet(s.name)}!`;
    const to = `=${quoteSheet(copy.name)}!`;
    for (const [k, f] of copy.names) copy.names.set(k, f.split(from).join(to));
    for (const [k, f] of this.state.names)
      if (f.startsWith(from) && !copy.names.has(k)) copy.names.set(k, to + f.slice(from.length));
    this.state.sheets.splice(this.state.sheets.indexOf(s) + 1, 0, copy);
    return copy;
  }

  /** The clerk renames a sheet: names and formulas pointing into it follow. */
  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    if (!s) throw new Error(`no sheet ${from}`);
    renameInState(this.state, s, to);
  }

  /** A formula of the clerk's in a cell (already evaluated: the fake does not calculate). */
  setFormula(sheet: string, address: string, formula: string, value: XlCell = 0): void {
    const { range } = parseAddress(address);
    const cell = this.sheet(sheet)!.ensure(range.top, range.left);
    cell.formula = formula;
    cell.value = value;
  }

  /** The formula at an address, or null. */
  formulaAt(sheet: string, address: string): string | null {
    const { range } = parseAddress(address);
    return this.sheet(sheet)?.cell(range.top, range.left)?.formula ?? null;
  }

  /** A sheet by name (case-insensitive) or by id, as Excel's getItem takes either. */
  sheet(name: string): FakeSheet | undefined {
    return this.state.sheets.find(
      (s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name
    );
  }

  /** worksheets.onChanged handlers registered by the add-in (ExcelApi 1.9). */
  readonly changeHandlers: ((args: XlWorksheetChange) => Promise<unknown>)[] = [];

  /**
   * Tell the registered handlers a sheet changed, as Excel does after the change, whoever made
   * it (the clerk or the add-in). Resolves when every handler has finished.
   */
  async fireChanged(sheet: FakeSheet, address: string, source = "Local"): Promise<void> {
    const args: XlWorksheetChange = {
      worksheetId: sheet.id,
      address,
      changeType: "RangeEdited",
      source,
      type: "WorksheetChanged",
    };
    await Promise.all(this.changeHandlers.map((h) => h(args)));
  }

  /** Test helper: the clerk types a value into a cell; resolves once the handlers have run. */
  async edit(sheetName: string, address: string, value: XlCell): Promise<void> {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const { range } = parseAddress(address);
    const cell = s.ensure(range.top, range.left);
    cell.value = value;
    cell.formula = null;
    await this.fireChanged(s, address);
  }

  /** Test helper: a sheet holding these rows (row 1 = rows[0]), as a clerk would have typed them. */
  addSheet(
    name: string,
    rows: (CellValue | { formula: string; value: XlCell })[][],
    opts: { merges?: CellRange[]; columnWidths?: number[] } = {}
  ): FakeSheet {
    const s = new FakeSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const cell = s.ensure(r + 1, c + 1);
        if (typeof v === "object" && "formula" in v) {
          cell.formula = v.formula;
          cell.value = v.value;
        } else if (typeof v === "object") cell.value = v.error;
        else cell.value = v;
      })
    );
    s.merges = opts.merges ? [...opts.merges] : [];
    opts.columnWidths?.forEach((w, i) => s.columnWidths.set(i + 1, w));
    this.state.sheets.push(s);
    if (!this.state.activeSheet) this.state.activeSheet = name;
    return s;
  }

  /** Every cell's value and formula, for before/after comparisons. */
  snapshot(
    name: string
  ): Record<
    string,
    { value: XlCell; formula: string | null; numberFormat: string; style: string }
  > {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    const out: Record<
      string,
      { value: XlCell; formula: string | null; numberFormat: string; style: string }
    > = {};
    for (const [k, c] of s.cells) {
      out[
        rangeAddress({
          top: Math.floor(k / 16384),
          left: k % 16384,
          bottom: Math.floor(k / 16384),
          right: k % 16384,
        })
      ] = {
        value: c.value,
        formula: c.formula,
        numberFormat: c.numberFormat,
        style: JSON.stringify(c.style),
      };
    }
    return out;
  }

  /** The value at an address, as Excel would show it after recalculation is not emulated. */
  valueAt(sheet: string, address: string): XlCell | null {
    const { range } = parseAddress(address);
    const c = this.sheet(sheet)?.cell(range.top, range.left);
    return c ? c.value : null;
  }
}

class FakeContext implements XlRequestContext {
  readonly workbook: FakeWorkbook;
  constructor(
    private readonly excel: FakeExcel,
    private readonly t: Tracker
  ) {
    this.workbook = new FakeWorkbook(t, excel);
  }
  async sync(): Promise<void> {
    this.excel.syncCount += 1;
    const bytes = this.t.pendingBytes;
    this.excel.maxRequestBytes = Math.max(this.excel.maxRequestBytes, bytes);
    this.t.pendingBytes = 0;
    this.t.pendingOps = 0;
    const loads = this.t.toLoad.splice(0);
    const earned = this.t.failure;
    this.t.failure = null;
    const injected = this.excel.injectedFailure(this.excel.syncCount);
    if (injected) {
      await Promise.resolve();
      this.excel.requestStarts();
      throw injected;
    }
    this.excel.requestStarts();
    if (earned) throw earned;
    if (bytes > this.excel.payloadLimit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    const changed = [...this.t.changed];
    this.t.changed.clear();
    // Excel raises the events after the request, not inside it.
    if (this.excel.changeHandlers.length > 0)
      for (const sheet of changed)
        setTimeout(() => void this.excel.fireChanged(sheet, "A1").catch(() => undefined), 0);
    let response = 0;
    for (const l of loads) response += l.obj.markLoaded(l.props);
    this.excel.maxResponseBytes = Math.max(this.excel.maxResponseBytes, response);
    if (response > this.excel.payloadLimit) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
    await Promise.resolve();
  }
}

class FakeWorkbook implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNames;
  readonly settings: FakeSettings;
  constructor(
    private readonly t: Tracker,
    private readonly excel: FakeExcel
  ) {
    this.worksheets = new FakeWorksheetCollection(t, excel);
    this.names = new FakeNames(t, excel);
    this.settings = new FakeSettings(t, excel);
  }
  /** 1.13, as Excel does it: every sheet of the file at the end, a clashing name gets " (2)". */
  insertWorksheetsFromBase64(base64File: string): { value: string[] } {
    if (!this.excel.supports("1.13"))
      throw new FakeOfficeError("ApiNotFound", "insertWorksheetsFromBase64 needs ExcelApi 1.13.");
    const sheets = this.excel.files.get(base64File);
    if (!sheets) throw new FakeOfficeError("InvalidArgument", "The file is not a workbook.");
    this.t.op(base64File.length);
    const value: string[] = [];
    for (const sheet of sheets) {
      let name = sheet.name;
      for (let n = 2; this.excel.sheet(name); n++) name = `${sheet.name} (${n})`;
      this.excel.addSheet(name, sheet.rows);
      value.push(name);
    }
    return { value };
  }

  /** Worksheet functions (1.2): only DATE, evaluated in the workbook's date system. */
  readonly functions = {
    date: (year: number, month: number, day: number): XlFunctionResult => {
      this.t.op(16);
      const serial = ymdToExcelSerial(year, month, day) - (this.excel.date1904 ? DAYS_1904 : 0);
      const t = this.t;
      return new (class extends FakeProxy implements XlFunctionResult {
        error: string | null = null;
        get value(): unknown {
          this.need("value");
          return serial < 0 ? "#NUM!" : serial;
        }
      })(t);
    },
  };

  getSelectedRange(): XlRange {
    const sel = this.excel.state.selection;
    const sheetName = sel?.sheet ?? this.excel.state.activeSheet ?? this.excel.state.sheets[0].name;
    const sheet = this.excel.sheet(sheetName);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "No selection");
    return new FakeRange(this.t, this.excel, sheet, parseAddress(sel?.address ?? "A1").range);
  }
}

class FakeWorksheetCollection extends FakeProxy implements XlWorksheetCollection {
  constructor(
    t: Tracker,
    private readonly excel: FakeExcel
  ) {
    super(t);
  }
  get items(): XlWorksheet[] {
    this.need("items");
    return this.excel.state.sheets.map((s) => {
      const w = new FakeWorksheet(this.t, this.excel, s);
      w.markLoaded("name,visibility,position");
      return w;
    });
  }
  getItem(name: string): XlWorksheet {
    this.t.op(utf8Length(name));
    const s = this.excel.sheet(name);
    if (!s)
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
    return new FakeWorksheet(this.t, this.excel, s);
  }
  getItemOrNullObject(name: string): XlWorksheet {
    this.t.op(utf8Length(name));
    const s = this.excel.sheet(name);
    return new FakeWorksheet(this.t, this.excel, s ?? null);
  }
  add(name?: string): XlWorksheet {
    this.t.op(utf8Length(name ?? ""));
    const n = name ?? `Sheet${this.excel.state.sheets.length + 1}`;
    if (this.excel.sheet(n))
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${n} already exists.`);
    if (n.length > 31 || /[\\/?*[\]:]/.test(n) || n.startsWith("'")) {
      throw new FakeOfficeError("InvalidArgument", `Invalid sheet name ${n}`);
    }
    const s = new FakeSheet(n);
    this.excel.state.sheets.push(s);
    return new FakeWorksheet(this.t, this.excel, s);
  }
  readonly onChanged = {
    add: (handler: (args: XlWorksheetChange) => Promise<unknown>): unknown => {
      this.t.op(8);
      if (this.excel.supportedVersion < 9)
        throw new FakeOfficeError(
          "ApiNotFound",
          "WorksheetCollection.onChanged needs ExcelApi 1.9."
        );
      this.excel.changeHandlers.push(handler);
      return {};
    },
  };
  getActiveWorksheet(): XlWorksheet {
    this.t.op(0);
    const name = this.excel.state.activeSheet ?? this.excel.state.sheets[0]?.name;
    return new FakeWorksheet(this.t, this.excel, (name && this.excel.sheet(name)) || null);
  }
}

class FakeWorksheet extends FakeProxy implements XlWorksheet {
  readonly pageLayout: XlPageLayout;
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly names: XlNamedItemCollection;
  constructor(
    t: Tracker,
    private readonly excel: FakeExcel,
    private readonly s: FakeSheet | null
  ) {
    super(t);
    const sheet = (): FakeSheet => this.live();
    this.names = new FakeNames(t, excel, () => sheet().names);
    this.pageLayout = fakePageLayout(t, sheet);
    this.horizontalPageBreaks = {
      add: (addr: string) => {
        t.op(addr.length);
        sheet().pageBreaks.push(parseAddress(addr).range.top);
        return {};
      },
    };
    this.freezePanes = {
      freezeRows: (count?: number) => {
        t.op(8);
        sheet().freezeRows = count ?? 1;
      },
    };
  }
  private live(): FakeSheet {
    if (!this.s || !this.excel.state.sheets.includes(this.s)) {
      throw new FakeOfficeError("ItemNotFound", "The worksheet doesn't exist.");
    }
    return this.s;
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.s === null;
  }
  override markLoaded(props: string): number {
    this.loaded.add("isNullObject");
    return super.markLoaded(props);
  }
  get name(): string {
    this.need("name");
    return this.live().name;
  }
  get id(): string {
    this.need("id");
    return this.live().id;
  }
  set name(v: string) {
    this.t.op(v.length);
    const clash = this.excel.sheet(v);
    if (clash && clash !== this.live())
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${v} already exists.`);
    renameInState(this.excel.state, this.live(), v);
  }
  get visibility(): string {
    this.need("visibility");
    return this.live().visibility;
  }
  set visibility(v: string) {
    this.t.op(v.length);
    this.live().visibility = v;
  }
  get position(): number {
    this.need("position");
    return this.excel.state.sheets.indexOf(this.live());
  }
  set position(_v: number) {
    throw new Error("not emulated");
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    this.t.op(8);
    const s = this.live();
    const r = s.usedRange(valuesOnly ?? false);
    return new FakeRange(this.t, this.excel, s, r);
  }
  getRange(address?: string): XlRange {
    this.t.op((address ?? "").length);
    const s = this.live();
    return new FakeRange(this.t, this.excel, s, parseAddress(address ?? "A:XFD").range);
  }
  /** RangeAreas (ExcelApi 1.9): comma-separated areas of this sheet. */
  getRanges(address: string): XlRangeAreas {
    this.t.op(address.length);
    const s = this.live();
    const rects = splitAreas(address).map((a) => parseAddress(a).range);
    return new FakeRangeAreas(this.t, s, rects);
  }
  activate(): void {
    this.t.op(0);
    this.excel.state.activeSheet = this.live().name;
  }
  delete(): void {
    this.t.op(0);
    const s = this.live();
    const visible = this.excel.state.sheets.filter((x) => x.visibility === "Visible");
    if (visible.length === 1 && visible[0] === s) {
      throw new FakeOfficeError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet."
      );
    }
    this.excel.state.sheets.splice(this.excel.state.sheets.indexOf(s), 1);
    // Names keep "#REF!" before the address (Excel shows "=#REF!$A$1"); formulas lose both.
    const q = quoteSheet(s.name);
    for (const [n, f] of this.excel.state.names) {
      if (f.startsWith(`=${q}!`)) this.excel.state.names.set(n, f.replace(`=${q}!`, "=#REF!"));
    }
    const ref = sheetReference(s.name);
    for (const other of this.excel.state.sheets)
      for (const cell of other.cells.values())
        if (cell.formula && ref.test(cell.formula)) {
          cell.formula = cell.formula.replace(sheetReference(s.name), "#REF!");
          cell.value = "#REF!";
        }
    if (this.excel.state.activeSheet === s.name)
      this.excel.state.activeSheet = this.excel.state.sheets[0]?.name ?? null;
    if (this.excel.state.selection?.sheet === s.name) this.excel.state.selection = null;
  }
}

function fakePageLayout(t: Tracker, sheet: () => FakeSheet): XlPageLayout {
  const margin = (key: string) => ({
    get: () => sheet().print.margins[key],
    set: (v: number) => {
      t.op(8);
      sheet().print.margins[key] = v;
    },
    enumerable: true,
  });
  const pl = {
    setPrintTitleRows(rows: string) {
      t.op(rows.length);
      sheet().print.printTitleRows = rows;
    },
    headersFooters: {
      defaultForAllPages: Object.defineProperties(
        {} as { centerHeader: string; centerFooter: string },
        {
          centerHeader: {
            get: () => sheet().print.centerHeader,
            set: (v: string) => {
              t.op(v.length);
              sheet().print.centerHeader = v;
            },
          },
          centerFooter: {
            get: () => sheet().print.centerFooter,
            set: (v: string) => {
              t.op(v.length);
              sheet().print.centerFooter = v;
            },
          },
        }
      ),
    },
  };
  return Object.defineProperties(pl as unknown as XlPageLayout, {
    orientation: {
      get: () => sheet().print.orientation,
      set: (v: string) => {
        t.op(v.length);
        sheet().print.orientation = v;
      },
    },
    paperSize: {
      get: () => sheet().print.paperSize,
      set: (v: string) => {
        t.op(v.length);
        sheet().print.paperSize = v;
      },
    },
    zoom: {
      get: () => sheet().print.zoom,
      set: (v: FakePrint["zoom"]) => {
        t.op(jsonBytes(v));
        sheet().print.zoom = { ...v };
      },
    },
    leftMargin: margin("left"),
    rightMargin: margin("right"),
    topMargin: margin("top"),
    bottomMargin: margin("bottom"),
    headerMargin: margin("header"),
    footerMargin: margin("footer"),
  });
}

function forEachCell(r: CellRange, fn: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) fn(row, col);
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

class FakeRange extends FakeProxy implements XlRange {
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  constructor(
    t: Tracker,
    private readonly excel: FakeExcel,
    private readonly s: FakeSheet,
    private readonly r: CellRange | null
  ) {
    super(t);
    this.format = fakeFormat(t, s, () => [this.rect()]);
    this.conditionalFormats = new FakeConditionalFormats(t, s, () => this.rect());
  }
  private rect(): CellRange {
    if (!this.r) throw new FakeOfficeError("InvalidOperation", "The range is a null object.");
    return this.r;
  }
  override markLoaded(props: string): number {
    this.loaded.add("isNullObject");
    return super.markLoaded(props);
  }
  protected override responseSize(props: string): number {
    if (!this.r) return 16;
    let n = 64;
    for (const p of props.split(",").map((x) => x.trim())) {
      if (p === "values") n += jsonBytes(this.values);
      else if (p === "formulas") n += jsonBytes(this.formulas);
      else if (p === "numberFormat") n += jsonBytes(this.numberFormat);
    }
    return n;
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.r === null;
  }
  get address(): string {
    this.need("address");
    return `${quoteSheet(this.s.name)}!${rangeAddress(this.rect())}`;
  }
  get rowIndex(): number {
    this.need("rowIndex");
    return this.rect().top - 1;
  }
  get columnIndex(): number {
    this.need("columnIndex");
    return this.rect().left - 1;
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.rect().bottom - this.rect().top + 1;
  }
  get columnCount(): number {
    this.need("columnCount");
    return this.rect().right - this.rect().left + 1;
  }
  private grid<T>(fn: (c: FakeCell | undefined) => T): T[][] {
    const r = this.rect();
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(fn(this.s.cell(row, col)));
      out.push(line);
    }
    return out;
  }
  private assign(input: unknown, fn: (cell: FakeCell, v: XlCell) => void): void {
    const r = this.rect();
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    this.t.op(jsonBytes(input));
    if (Array.isArray(input)) {
      if (
        input.length !== rows ||
        input.some((line) => !Array.isArray(line) || line.length !== cols)
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
        );
      }
      forEachCell(r, (row, col) =>
        fn(this.s.ensure(row, col), (input as XlCell[][])[row - r.top][col - r.left])
      );
    } else {
      forEachCell(r, (row, col) => fn(this.s.ensure(row, col), input as XlCell));
    }
  }
  private tooLarge(): boolean {
    const r = this.rect();
    return (r.bottom - r.top + 1) * (r.right - r.left + 1) > this.excel.cellLimit;
  }
  get values(): XlCell[][] | null {
    this.need("values");
    if (this.tooLarge()) return null;
    return this.grid((c) => c?.value ?? "");
  }
  set values(v: XlCell[][] | null) {
    this.t.changed.add(this.s);
    this.assign(v, (cell, x) => {
      const text = cell.numberFormat === "@" && typeof x === "string";
      const c = text ? { value: x, formula: null } : coerceInput(x);
      cell.value = c.value;
      cell.formula = c.formula;
    });
  }
  get formulas(): XlCell[][] | null {
    this.need("formulas");
    if (this.tooLarge()) return null;
    return this.grid((c) => c?.formula ?? c?.value ?? "");
  }
  set formulas(v: XlCell[][] | null) {
    this.values = v;
  }
  get numberFormat(): XlCell[][] {
    this.need("numberFormat");
    return this.grid((c) => c?.numberFormat ?? "General");
  }
  set numberFormat(v: XlCell[][]) {
    this.assign(v, (cell, x) => {
      cell.numberFormat = String(x);
    });
  }
  get hyperlink(): XlRange["hyperlink"] {
    this.need("hyperlink");
    const c = this.s.cell(this.rect().top, this.rect().left);
    return c?.link ? { documentReference: c.link } : null;
  }
  set hyperlink(v: XlRange["hyperlink"]) {
    this.t.op(jsonBytes(v));
    const r = this.rect();
    const cell = this.s.ensure(r.top, r.left);
    cell.link = v?.documentReference;
    if (v?.textToDisplay !== undefined) cell.value = v.textToDisplay;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    this.t.op(8);
    const used = this.s.usedRange(valuesOnly ?? false);
    const r = this.rect();
    const inside =
      used && overlaps(used, r)
        ? {
            top: Math.max(used.top, r.top),
            left: Math.max(used.left, r.left),
            bottom: Math.min(used.bottom, r.bottom),
            right: Math.min(used.right, r.right),
          }
        : null;
    if (!inside) return new FakeRange(this.t, this.excel, this.s, null);
    // The used part within: shrink to the rows and columns that hold something.
    const fit = this.s.usedRangeWithin(inside, valuesOnly ?? false);
    return new FakeRange(this.t, this.excel, this.s, fit);
  }
  /** across = true merges each row of the range separately, as Excel does. */
  merge(across?: boolean): void {
    this.t.op(0);
    const r = this.rect();
    if (this.s.merges.some((m) => overlaps(m, r))) {
      throw new FakeOfficeError(
        "InvalidOperation",
        "Cannot merge cells that overlap another merged area."
      );
    }
    if (across) {
      if (r.right > r.left)
        for (let row = r.top; row <= r.bottom; row++)
          this.s.merges.push({ top: row, left: r.left, bottom: row, right: r.right });
    } else this.s.merges.push({ ...r });
  }
  select(): void {
    this.t.op(0);
    if (this.excel.state.activeSheet !== this.s.name) {
      throw new FakeOfficeError(
        "InvalidSelection",
        "The current selection is invalid for this operation."
      );
    }
    this.excel.state.selection = { sheet: this.s.name, address: rangeAddress(this.rect()) };
  }
  getMergedAreasOrNullObject(): XlRangeAreas {
    this.t.op(0);
    if (!this.excel.supports("1.13"))
      throw new FakeOfficeError("ApiNotFound", "getMergedAreasOrNullObject (ExcelApi 1.13)");
    const r = this.r;
    const found = r ? this.s.merges.filter((m) => overlaps(m, r)) : [];
    if (found.length > this.excel.mergedAreaLimit)
      this.t.failure ??= new FakeOfficeError(
        "GeneralException",
        `There was an internal error while processing the request (${found.length} merged areas).`
      );
    const q = quoteSheet(this.s.name);
    return new FakeRangeAreas(
      this.t,
      this.s,
      found,
      found.length ? found.map((m) => `${q}!${rangeAddress(m)}`).join(",") : null
    );
  }
}

class FakeRangeAreas extends FakeProxy implements XlRangeAreas {
  readonly format: XlRangeFormat;
  private readonly addr: string | null;
  constructor(t: Tracker, s: FakeSheet, rects: CellRange[], addr?: string | null) {
    super(t);
    const q = quoteSheet(s.name);
    this.addr =
      addr !== undefined ? addr : rects.map((r) => `${q}!${rangeAddress(r)}`).join(",") || null;
    // Formats set on RangeAreas apply to each area, as in Excel.
    this.format = fakeFormat(t, s, () => rects);
  }
  override markLoaded(props: string): number {
    this.loaded.add("isNullObject");
    return super.markLoaded(props);
  }
  protected override responseSize(): number {
    return 64 + utf8Length(this.addr ?? "");
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.addr === null;
  }
  get address(): string {
    this.need("address");
    return this.addr ?? "";
  }
}

function fakeFormat(t: Tracker, s: FakeSheet, rects: () => CellRange[]): XlRangeFormat {
  const rect = (): CellRange => rects()[0];
  const setStyle = (fn: (st: FakeCellStyle) => void, bytes: number) => {
    t.op(bytes);
    for (const r of rects()) forEachCell(r, (row, col) => fn(s.ensure(row, col).style));
  };
  const first = (): FakeCellStyle => s.cell(rect().top, rect().left)?.style ?? {};
  const prop = <K extends keyof FakeCellStyle>(key: K) => ({
    get: () => first()[key],
    set: (v: FakeCellStyle[K]) => setStyle((st) => (st[key] = v), jsonBytes(v)),
    enumerable: true,
  });
  const font = Object.defineProperties(
    {},
    {
      name: prop("fontName"),
      size: prop("fontSize"),
      bold: prop("bold"),
      italic: prop("italic"),
      underline: prop("underline"),
      color: prop("fontColor"),
    }
  ) as XlRangeFormat["font"];
  const fill = Object.defineProperties({}, { color: prop("fill") }) as XlRangeFormat["fill"];
  const borders = {
    getItem(index: string) {
      return Object.defineProperties({} as { style: string; weight: string }, {
        style: {
          get: () => first().borders?.[index] ?? "None",
          set: (v: string) => {
            setStyle((st) => (st.borders = { ...st.borders, [index]: v }), v.length);
          },
        },
        weight: {
          get: () => "Thin",
          set: (v: string) => {
            setStyle((st) => (st.borders = { ...st.borders, [index + "Weight"]: v }), v.length);
          },
        },
      });
    },
  };
  return Object.defineProperties({ font, fill, borders } as unknown as XlRangeFormat, {
    horizontalAlignment: prop("horizontal"),
    verticalAlignment: prop("vertical"),
    wrapText: prop("wrap"),
    columnWidth: {
      get: () => s.columnWidths.get(rect().left) ?? 48,
      set: (v: number) => {
        t.op(8);
        for (const r of rects()) for (let c = r.left; c <= r.right; c++) s.columnWidths.set(c, v);
      },
    },
    rowHeight: {
      get: () => s.rowHeights.get(rect().top) ?? 15,
      set: (v: number) => {
        t.op(8);
        for (const x of rects()) for (let r = x.top; r <= x.bottom; r++) s.rowHeights.set(r, v);
      },
    },
  });
}

let nextCfId = 1;

class FakeConditionalFormats extends FakeProxy implements XlConditionalFormatCollection {
  constructor(
    t: Tracker,
    private readonly s: FakeSheet,
    private readonly rect: () => CellRange
  ) {
    super(t);
  }
  get items(): XlConditionalFormat[] {
    this.need("items");
    const r = this.rect();
    return this.s.conditionalFormats
      .filter((cf) => overlaps(cf.range, r))
      .map((cf) => this.wrap(cf));
  }
  private wrap(cf: FakeConditionalFormat): XlConditionalFormat {
    const s = this.s;
    const t = this.t;
    return {
      load: () => t.op(0),
      type: "Custom",
      custom: {
        rule: Object.defineProperty({} as { formula: string }, "formula", {
          get: () => cf.formula,
          set: (v: string) => {
            t.op(v.length);
            cf.formula = v;
          },
        }),
        format: {
          fill: Object.defineProperty({} as { color: string }, "color", {
            get: () => cf.fill,
            set: (v: string) => {
              t.op(v.length);
              cf.fill = v;
            },
          }),
        },
      },
      delete: () => {
        t.op(0);
        s.conditionalFormats = s.conditionalFormats.filter((x) => x !== cf);
      },
    };
  }
  add(type: string): XlConditionalFormat {
    this.t.op(type.length);
    if (type !== "Custom") throw new Error("only Custom conditional formats are emulated");
    const cf: FakeConditionalFormat = {
      id: nextCfId++,
      range: { ...this.rect() },
      formula: "",
      fill: "",
    };
    this.s.conditionalFormats.push(cf);
    return this.wrap(cf);
  }
}

class FakeNames extends FakeProxy implements XlNamedItemCollection {
  constructor(
    t: Tracker,
    private readonly excel: FakeExcel,
    /** The names of this scope: the workbook's or one sheet's. */
    private readonly map: () => Map<string, string> = () => excel.state.names
  ) {
    super(t);
  }
  get items(): XlNamedItem[] {
    this.need("items");
    return [...this.map().keys()].map((n) => {
      const item = new FakeNamedItem(this.t, this.map, n);
      item.markLoaded("name,formula");
      return item;
    });
  }
  add(name: string, reference: string): unknown {
    this.t.op(utf8Length(name) + utf8Length(reference));
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name))
      throw new FakeOfficeError("InvalidArgument", `Bad name ${name}`);
    if ([...this.map().keys()].some((k) => k.toLowerCase() === name.toLowerCase())) {
      throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
    }
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    const p = parseAddress(formula.slice(1));
    if (!p.sheet || !this.excel.sheet(p.sheet))
      throw new FakeOfficeError("InvalidArgument", `Bad reference ${reference}`);
    this.map().set(
      name,
      `=${quoteSheet(this.excel.sheet(p.sheet)!.name)}!$A$1`.replace("$A$1", absolute(p.range))
    );
    return {};
  }
  getItemOrNullObject(name: string): XlNamedItem {
    this.t.op(name.length);
    const key = [...this.map().keys()].find((k) => k.toLowerCase() === name.toLowerCase());
    return new FakeNamedItem(this.t, this.map, key ?? null);
  }
}

function absolute(r: CellRange): string {
  return rangeAddress(r).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

class FakeNamedItem extends FakeProxy implements XlNamedItem {
  constructor(
    t: Tracker,
    private readonly map: () => Map<string, string>,
    private readonly key: string | null
  ) {
    super(t);
  }
  override markLoaded(props: string): number {
    this.loaded.add("isNullObject");
    return super.markLoaded(props);
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.key === null;
  }
  get name(): string {
    this.need("name");
    return this.key ?? "";
  }
  get formula(): string {
    this.need("formula");
    return (this.key && this.map().get(this.key)) || "";
  }
  delete(): void {
    this.t.op(0);
    if (this.key) this.map().delete(this.key);
  }
}

class FakeSettings extends FakeProxy implements XlSettingCollection {
  constructor(
    t: Tracker,
    private readonly excel: FakeExcel
  ) {
    super(t);
  }
  add(key: string, value: unknown): unknown {
    this.t.op(utf8Length(key) + jsonBytes(value));
    // Settings are stored as JSON in the file: a value must survive a round trip.
    this.excel.state.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    return {};
  }
  getItemOrNullObject(key: string): XlSetting {
    this.t.op(key.length);
    const excel = this.excel;
    const t = this.t;
    const present = excel.state.settings.has(key);
    const item = new (class extends FakeProxy implements XlSetting {
      key = key;
      override markLoaded(props: string): number {
        this.loaded.add("isNullObject");
        return super.markLoaded(props);
      }
      get isNullObject(): boolean {
        this.need("isNullObject");
        return !present;
      }
      get value(): unknown {
        this.need("value");
        return excel.state.settings.get(key);
      }
      delete(): void {
        t.op(0);
        excel.state.settings.delete(key);
      }
    })(t);
    return item;
  }
}
