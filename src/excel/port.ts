import {
  a1,
  candidateName,
  DRAFT_MARKER,
  draftName,
  kindOfMarker,
  kindOfSheetNames,
  MAPPING_SHEET,
  sheetMarkerName,
  sheetNameKey,
  markerName,
  planSheetWrites,
  parseAddress,
  quoteSheet,
  rangeAddress,
  type CellRef,
  type Grid,
  type GeneratedSheetKind,
  type SheetSpec,
  type BorderStyle,
  type CellStyle,
  type SheetInfo,
  type WorkbookPort,
  type WriteResult,
} from "../engine";
import type {
  RunBatch,
  SupportsApi,
  XlCell,
  XlRangeFormat,
  XlRequestContext,
  XlWorksheet,
} from "./api";
import {
  heightGroups,
  mergeRuns,
  mmToPoints,
  requestCost,
  runsOf,
  specExtent,
  styleGroups,
  styleRects,
  valueBands,
  widthToPoints,
} from "./layout";
import { readSheets } from "./read";
import { officeRun } from "./office-run";

/**
 * The office-js adapter: the only code in the task pane that talks to Excel.
 *
 * Sync budget (the number of context.sync() round trips, independent of row count up to ~130,000
 * cells per sheet set; read.ts plans the reads):
 * - listSheets: 1;  readGrids: 3 (extents, values, merged areas);  a check: 4;
 * - writeSheets: 2 (read sheets and markers; then delete, add, write, format, mark, in one request).
 * Excel on the web rejects a request above 5 MB. writeSheets counts every API call it queues at
 * an upper bound of its size (OP_BYTES per call plus its arguments as UTF-8 JSON, layout.ts) and
 * syncs early when the running total would pass `payloadBudget` (4 MB by default), so extra syncs
 * appear only for output above ~4 MB, one per further ~4 MB. The number of calls follows the
 * sheets' structure, not their rows: values go in bands of whole rows, formats once per style
 * over all its areas (getRanges), row heights once per height, stacked one-row merges at once.
 */

export const SETTINGS_PREFIX = "DinhBien.";

/** The host lacks ExcelApi 1.13, which importing another workbook's sheets needs. */
export class ImportUnsupportedError extends Error {
  constructor() {
    super("insertWorksheetsFromBase64 needs ExcelApi 1.13");
    this.name = "ImportUnsupportedError";
  }
}
const GENERATED_SETTING = `${SETTINGS_PREFIX}generated`;
const HIGHLIGHT_SETTING = `${SETTINGS_PREFIX}highlights`;
/** Tag carried by the add-in's highlight rules: N("…") is 0, so the rule is always true. */
const HIGHLIGHT_TAG = "DinhBienHighlight";
const HIGHLIGHT_FORMULA = `=N("${HIGHLIGHT_TAG}")=0`;

export interface ExcelPortOptions {
  run: RunBatch;
  supports: SupportsApi;
  /** Bytes per request before writeSheets syncs early. */
  payloadBudget?: number;
}

export interface ActiveSelection {
  sheet: string;
  /** Address of the selection without the sheet, e.g. "B3:F20". */
  address: string;
}

interface LoadedSheet {
  name: string;
  visible: boolean;
  /** The kind whose workbook-level marker refers to this sheet: the current document. */
  current: GeneratedSheetKind | null;
  /** The kind (or "draft") the names scoped to this sheet say: a generated sheet or a copy. */
  inside: GeneratedSheetKind | "draft" | null;
  /** The current document already carries its sheet-scoped marker. */
  hasOwnMarker: boolean;
  draft: boolean;
}

interface LoadedSheets {
  sheets: LoadedSheet[];
  markers: Marker[];
}

interface Marker {
  kind: GeneratedSheetKind;
  nameItem: string;
  /** null when the sheet it marked is gone (#REF!). */
  sheet: string | null;
}

function sheetOfFormula(formula: string): string | null {
  if (!formula || formula.includes("#REF!")) return null;
  try {
    return parseAddress(formula.replace(/^=/, "")).sheet;
  } catch {
    return null;
  }
}

const BORDER: Record<BorderStyle, { style: string; weight: string }> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  hair: { style: "Continuous", weight: "Hairline" },
  dotted: { style: "Dot", weight: "Thin" },
};

const H_ALIGN = {
  left: "Left",
  center: "Center",
  right: "Right",
  centerAcross: "CenterAcrossSelection",
} as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

export class ExcelWorkbookPort implements WorkbookPort {
  private readonly run: RunBatch;
  private readonly supports: SupportsApi;
  private readonly budget: number;

  constructor(options: ExcelPortOptions) {
    this.run = options.run;
    this.supports = options.supports;
    this.budget = options.payloadBudget ?? 4 * 1024 * 1024;
  }

  // ───────────── reading ─────────────

  /**
   * Every sheet with what the add-in's names say of it: the workbook-level marker that refers to
   * it (the current document of a kind) and the names scoped to it (its own marker, a copy's
   * sheet-scoped copy of a workbook marker, the draft marker). Two requests: the sheets and
   * workbook names, then each sheet's names.
   */
  private async loadSheetsAndMarkers(context: XlRequestContext): Promise<LoadedSheets> {
    const wss = context.workbook.worksheets;
    wss.load("items/name,items/visibility");
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    await context.sync();
    const markers: Marker[] = [];
    for (const n of names.items) {
      const kind = kindOfMarker(n.name);
      if (kind) markers.push({ kind, nameItem: n.name, sheet: sheetOfFormula(n.formula) });
    }
    const scoped = wss.items.map((w) => {
      const c = w.names;
      c.load("items/name");
      return c;
    });
    await context.sync();
    const sheets: LoadedSheet[] = wss.items.map((w, i) => {
      const m = markers.find(
        (x) => x.sheet !== null && x.sheet.toLowerCase() === w.name.toLowerCase()
      );
      const own = scoped[i].items.map((n) => n.name);
      const inside = kindOfSheetNames(own);
      return {
        name: w.name,
        visible: w.visibility === "Visible",
        current: m ? m.kind : null,
        inside,
        hasOwnMarker: m ? own.some((n) => n === sheetMarkerName(m.kind)) : false,
        draft: own.some((n) => n.toLowerCase() === DRAFT_MARKER.toLowerCase()),
      };
    });
    return { sheets, markers };
  }

  private static info(s: LoadedSheet): SheetInfo {
    const kind = s.current ?? (s.inside === "draft" ? "draft" : s.inside);
    return { name: s.name, generatedKind: kind, visible: s.visible };
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) =>
      (await this.loadSheetsAndMarkers(context)).sheets.map(ExcelWorkbookPort.info)
    );
  }

  async readGrids(sheets: string[], options: { formulas?: boolean } = {}): Promise<Grid[]> {
    return readSheets(this.run, sheets, {
      formulas: options.formulas,
      budget: this.budget,
      mergesSupported: this.supports("1.13"),
    });
  }

  /** How many cells the used ranges of these sheets span (one request, addresses only). */
  async usedCells(sheets: string[]): Promise<number> {
    return this.run(async (context) => {
      const used = sheets.map((name) => {
        const u = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
        u.load("rowCount,columnCount");
        return u;
      });
      await context.sync();
      return used.reduce((n, u) => n + (u.isNullObject ? 0 : u.rowCount * u.columnCount), 0);
    });
  }

  /** The active sheet and the selected range, for "detect the roster on the active sheet". */
  async activeSelection(): Promise<ActiveSelection> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      const sel = context.workbook.getSelectedRange();
      sel.load("address");
      await context.sync();
      const local = sel.address.includes("!")
        ? sel.address.slice(sel.address.lastIndexOf("!") + 1)
        : sel.address;
      return { sheet: ws.name, address: local };
    });
  }

  // ───────────── the clerk's edits ─────────────

  /**
   * Call `listener` with a sheet's name whenever the data of a sheet the checks read changes
   * (typed, pasted, rows inserted or deleted; worksheets.onChanged, ExcelApi 1.9). Changes to
   * the generated documents (the add-in's own writes among them) are not told; "Quy định" is,
   * since runs read it. Resolves once the handler is registered; a host without the event
   * rejects (the pane then simply shows no stale mark).
   */
  async watchInputChanges(listener: (sheet: string) => void): Promise<void> {
    // A generation or a paste raises a burst of events: the sheets they name are resolved
    // together, one batch at a time, not one batch per event.
    const pending = new Set<string>();
    let draining = false;
    const drain = async (): Promise<void> => {
      draining = true;
      while (pending.size > 0) {
        const ids = [...pending];
        pending.clear();
        const sheets = await this.inputSheetsById(ids).catch(() => []);
        for (const sheet of sheets) listener(sheet);
      }
      draining = false;
    };
    await this.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        pending.add(args.worksheetId);
        if (!draining) await drain();
      });
      await context.sync();
    });
  }

  /** The sheets of these ids that are input (not generated documents, not the mapping store). */
  private async inputSheetsById(ids: string[]): Promise<string[]> {
    return this.run(async (context) => {
      const wss = ids.map((id) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(id);
        ws.load("name");
        return ws;
      });
      await context.sync();
      const names = new Set(wss.filter((w) => !w.isNullObject).map((w) => w.name));
      if (names.size === 0) return [];
      // The pane's own store of column corrections: it checks again after writing it.
      return (await this.loadSheetsAndMarkers(context)).sheets
        .map(ExcelWorkbookPort.info)
        .filter((s) => names.has(s.name) && s.name !== MAPPING_SHEET)
        .filter((s) => !s.generatedKind || s.generatedKind === "policy")
        .map((s) => s.name);
    });
  }

  // ───────────── settings ─────────────

  async readSettings(keys: string[]): Promise<Record<string, unknown>> {
    return this.run(async (context) => {
      const items = keys.map((k) => {
        const item = context.workbook.settings.getItemOrNullObject(SETTINGS_PREFIX + k);
        item.load("value");
        return { k, item };
      });
      await context.sync();
      const out: Record<string, unknown> = {};
      for (const { k, item } of items) if (!item.isNullObject) out[k] = item.value;
      return out;
    });
  }

  async writeSettings(values: Record<string, unknown>): Promise<void> {
    await this.run(async (context) => {
      for (const [k, v] of Object.entries(values))
        context.workbook.settings.add(SETTINGS_PREFIX + k, v);
      await context.sync();
    });
  }

  // ───────────── writing ─────────────

  /**
   * Write the documents so that the clerk never has fewer of them than before:
   * 1. each new document is written as a draft under a temporary name ("~ Tổng hợp"), marked
   *    (sheet-scoped DinhBien_Draft and DinhBien_Sheet_<kind>) in the request that adds it, so a
   *    half-written draft is never read as a roster and is recognisable;
   * 2. one final request swaps them in: it deletes the earlier documents this add-in owns, renames
   *    the drafts to their names, moves the workbook markers, records what was written. A failure
   *    before it leaves the earlier documents as they were (plus drafts, removed by the next
   *    generation); drafts left by an earlier failed generation are deleted in the first request.
   * Sheets the clerk copied or renamed keep their sheet-scoped marker: they stay out of the
   * roster and are never replaced. The earlier document is deleted, not rewritten, so a formula of
   * the clerk's pointing into it turns into #REF! (docs/addin.md, "Regenerating").
   */
  async writeSheets(
    specs: SheetSpec[],
    options: { activate?: boolean } = {}
  ): Promise<WriteResult> {
    return this.run(async (context) => {
      const { sheets, markers } = await this.loadSheetsAndMarkers(context);
      const stale = sheets.filter((s) => s.draft && !s.current);
      const live = sheets.filter((s) => !stale.includes(s));
      const plan = planSheetWrites(
        live.map((s) => ({ name: s.name, marker: s.current })),
        specs
      );
      let pending = 0;
      const queue = async (bytes: number) => {
        if (pending + bytes > this.budget && pending > 0) {
          await context.sync();
          pending = 0;
        }
        pending += bytes;
      };
      const wss = context.workbook.worksheets;
      for (const s of stale) {
        await queue(requestCost(2, s.name));
        wss.getItem(s.name).delete();
      }

      // 1. Drafts, marked as they are added.
      const key = sheetNameKey;
      const taken = new Set(live.map((s) => key(s.name)));
      for (const t of plan.targets) taken.add(key(t.name));
      const drafts: { spec: SheetSpec; name: string; draft: string }[] = [];
      for (const { spec, name } of plan.targets) {
        const draft = draftName(spec.name, (n) => taken.has(key(n)));
        taken.add(key(draft));
        drafts.push({ spec, name, draft });
        const reference = `=${quoteSheet(draft)}!$A$1`;
        await queue(requestCost(3, draft, reference, reference));
        const ws = wss.add(draft);
        ws.names.add(DRAFT_MARKER, reference);
        ws.names.add(sheetMarkerName(spec.kind), reference);
        await this.writeSpec(ws, spec, queue);
      }

      // 2. The swap, in one request.
      const removed = new Set(plan.remove.map((n) => n.toLowerCase()));
      const writtenKinds = new Set(plan.targets.map((t) => t.spec.kind));
      const dropMarkers = markers.filter(
        (m) => m.sheet === null || removed.has(m.sheet.toLowerCase()) || writtenKinds.has(m.kind)
      );
      // Documents that stay (renamed by the clerk) but lose their workbook marker keep one inside.
      const keepMarked = live.filter(
        (s) => s.current && !removed.has(s.name.toLowerCase()) && !s.hasOwnMarker
      );
      const record: Record<string, string> = {};
      for (const s of live)
        if (s.current && !removed.has(s.name.toLowerCase()) && !writtenKinds.has(s.current))
          record[s.current] = s.name;
      for (const t of plan.targets) record[t.spec.kind] = t.name;
      const generated = { sheets: record, at: new Date().toISOString() };
      await queue(
        requestCost(
          plan.remove.length * 2 +
            dropMarkers.length * 2 +
            keepMarked.length * 2 +
            drafts.length * 5 +
            3,
          plan.remove,
          dropMarkers.map((m) => m.nameItem),
          drafts.map((d) => [d.draft, d.name]),
          generated
        )
      );
      for (const name of plan.remove) wss.getItem(name).delete();
      for (const m of dropMarkers) context.workbook.names.getItemOrNullObject(m.nameItem).delete();
      for (const s of keepMarked)
        wss.getItem(s.name).names.add(sheetMarkerName(s.current!), `=${quoteSheet(s.name)}!$A$1`);
      const names: Record<string, string> = {};
      let first: XlWorksheet | null = null;
      for (const d of drafts) {
        const ws = wss.getItem(d.draft);
        ws.name = d.name;
        ws.names.getItemOrNullObject(DRAFT_MARKER).delete();
        context.workbook.names.add(markerName(d.spec.kind), `=${quoteSheet(d.name)}!$A$1`);
        names[d.spec.name] = d.name;
        first = first ?? ws;
      }
      // An informational record (when, what); ownership itself is decided by the defined names.
      context.workbook.settings.add(GENERATED_SETTING, generated);
      if (first && options.activate !== false) first.activate();
      await context.sync();
      return { names, replaced: plan.remove };
    });
  }

  /**
   * Add plain input sheets (the sample district): new sheets only, a clashing name gets " (2)",
   * no marker (they are the clerk's data from now on). Activates `activate` if given, else the first.
   * Two syncs whatever the size.
   */
  /** Whether the host can insert another workbook's sheets (insertWorksheetsFromBase64, 1.13). */
  canImportWorkbooks(): boolean {
    return this.supports("1.13");
  }

  /**
   * Insert every worksheet of an .xlsx file (base64) at the end of the workbook; the new sheets'
   * names, in the file's order (2 syncs). Needs ExcelApi 1.13: throws ImportUnsupportedError
   * without it, before touching anything.
   */
  async importWorkbook(base64: string): Promise<string[]> {
    if (!this.supports("1.13")) throw new ImportUnsupportedError();
    return this.run(async (context) => {
      const wss = context.workbook.worksheets;
      wss.load("items/name");
      await context.sync();
      const before = new Set(wss.items.map((w) => w.name));
      const insert = context.workbook.insertWorksheetsFromBase64;
      if (!insert) throw new ImportUnsupportedError();
      insert.call(context.workbook, base64, { positionType: "End" });
      wss.load("items/name");
      await context.sync();
      return wss.items.map((w) => w.name).filter((n) => !before.has(n));
    });
  }

  /** Rename one sheet; Excel carries its names and the formulas that point into it along. */
  async renameSheet(from: string, to: string): Promise<void> {
    await this.run(async (context) => {
      context.workbook.worksheets.getItem(from).name = to;
      await context.sync();
    });
  }

  /** Delete these sheets (those that still exist), in one sync. */
  async deleteSheets(names: string[]): Promise<void> {
    if (names.length === 0) return;
    await this.run(async (context) => {
      const items = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
      for (const ws of items) ws.load("name");
      await context.sync();
      for (const ws of items) if (!ws.isNullObject) ws.delete();
      await context.sync();
    });
  }

  async insertSheets(specs: Omit<SheetSpec, "kind">[], activate?: string): Promise<string[]> {
    return this.run(async (context) => {
      const wss = context.workbook.worksheets;
      wss.load("items/name");
      await context.sync();
      const key = sheetNameKey;
      const taken = new Set(wss.items.map((w) => key(w.name)));
      let pending = 0;
      const queue = async (bytes: number) => {
        if (pending + bytes > this.budget && pending > 0) {
          await context.sync();
          pending = 0;
        }
        pending += bytes;
      };
      const names: string[] = [];
      let toActivate: XlWorksheet | null = null;
      for (const spec of specs) {
        let n = 1;
        while (taken.has(key(candidateName(spec.name, n)))) n++;
        const name = candidateName(spec.name, n);
        taken.add(key(name));
        names.push(name);
        await queue(requestCost(1, name));
        const ws = wss.add(name);
        if (!toActivate || spec.name === activate) toActivate = ws;
        await this.writeSpec(ws, spec, queue);
      }
      await queue(requestCost(1));
      toActivate?.activate();
      await context.sync();
      return names;
    });
  }

  private async writeSpec(
    ws: XlWorksheet,
    spec: Omit<SheetSpec, "kind">,
    queue: (bytes: number) => Promise<void>
  ): Promise<void> {
    const { rows, cols } = specExtent(spec);
    const wholeAddress = rangeAddress({ top: 1, left: 1, bottom: rows, right: cols });
    await queue(requestCost(2, wholeAddress, "Times New Roman"));
    ws.getRange(wholeAddress).format.font.name = "Times New Roman";

    // Number formats before values, so Excel never reinterprets a value under the old format.
    for (const r of styleRects(spec)) {
      if (r.style.numFmt) {
        // A full 2D array: Excel documents array assignment; the payload is small next to values.
        const fmt = r.style.numFmt;
        const grid = Array.from({ length: r.range.bottom - r.range.top + 1 }, () =>
          new Array<XlCell>(r.range.right - r.range.left + 1).fill(fmt)
        );
        const address = rangeAddress(r.range);
        await queue(requestCost(2, address, grid));
        ws.getRange(address).numberFormat = grid;
      }
    }
    // Bands of at most a quarter of the budget, so a band never fills a request on its own.
    for (const band of valueBands(spec, 50000, Math.max(1, Math.floor(this.budget / 4)))) {
      const address = rangeAddress(band.range);
      await queue(requestCost(2, address, band.rows));
      const range = ws.getRange(address);
      if (band.hasFormula) range.formulas = band.rows;
      else range.values = band.rows;
    }
    for (const g of styleGroups(spec)) {
      const calls = styleCalls(g.style, g.multiRow, g.multiCol);
      for (const address of g.addresses) {
        await queue(requestCost(1 + calls.ops, address, calls.args));
        const format = address.includes(",")
          ? ws.getRanges(address).format
          : ws.getRange(address).format;
        for (const apply of calls.apply) apply(format);
      }
    }
    for (const m of mergeRuns(spec.merges)) {
      const address = rangeAddress(m.range);
      await queue(requestCost(2, address, m.across));
      ws.getRange(address).merge(m.across);
    }
    for (const c of spec.cells) {
      if (!c.link) continue;
      const address = a1(c.row, c.col);
      const link = { documentReference: c.link };
      await queue(requestCost(2, address, link));
      ws.getRange(address).hyperlink = link;
    }
    const widths = new Map<number, number>();
    spec.columnWidths.forEach((w, i) => {
      if (w > 0) widths.set(i + 1, widthToPoints(w));
    });
    for (const run of runsOf(widths)) {
      const address = rangeAddress({ top: 1, left: run.from, bottom: 1, right: run.to });
      await queue(requestCost(2, address, run.value));
      ws.getRange(address).format.columnWidth = run.value;
    }
    for (const g of heightGroups(spec.rowHeights)) {
      for (const address of g.addresses) {
        await queue(requestCost(2, address, g.value));
        const format = address.includes(",")
          ? ws.getRanges(address).format
          : ws.getRange(address).format;
        format.rowHeight = g.value;
      }
    }
    if (spec.freezeRows) {
      await queue(requestCost(1, spec.freezeRows));
      ws.freezePanes.freezeRows(spec.freezeRows);
    }
    await this.applyPrint(ws, spec, queue);
  }

  private async applyPrint(
    ws: XlWorksheet,
    spec: Omit<SheetSpec, "kind">,
    queue: (bytes: number) => Promise<void>
  ): Promise<void> {
    const p = spec.print;
    const pl = ws.pageLayout;
    // orientation, paper, zoom, six margins, print titles, footer, header: at most 12 calls.
    await queue(requestCost(12, p));
    pl.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    pl.paperSize = "A4";
    if (p.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    pl.topMargin = mmToPoints(p.margins.top);
    pl.bottomMargin = mmToPoints(p.margins.bottom);
    pl.leftMargin = mmToPoints(p.margins.left);
    pl.rightMargin = mmToPoints(p.margins.right);
    pl.headerMargin = mmToPoints(p.margins.header);
    pl.footerMargin = mmToPoints(p.margins.footer);
    if (p.printTitleRows) pl.setPrintTitleRows(`$${p.printTitleRows[0]}:$${p.printTitleRows[1]}`);
    if (p.footer !== null) pl.headersFooters.defaultForAllPages.centerFooter = p.footer;
    if (p.header !== null) pl.headersFooters.defaultForAllPages.centerHeader = p.header;
    for (const row of p.pageBreaksBefore) {
      await queue(requestCost(1, `A${row}`));
      ws.horizontalPageBreaks.add(`A${row}`);
    }
  }

  // ───────────── the clerk's view ─────────────

  async select(ref: CellRef): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(ref.sheet);
      ws.activate();
      ws.getRange(a1(ref.row, ref.col)).select();
      await context.sync();
    });
  }

  /**
   * Mark offending cells with a conditional format tagged by the add-in. A conditional format
   * only paints over the cell while it exists: the clerk's own fill, values and formats are never
   * written, and removing the rule restores the exact earlier look (saving and restoring fills
   * would lose a fill the clerk changes meanwhile).
   */
  async highlight(refs: CellRef[]): Promise<void> {
    await this.run(async (context) => {
      const sheets = new Set<string>();
      for (const ref of refs) {
        const ws = context.workbook.worksheets.getItem(ref.sheet);
        const cf = ws.getRange(a1(ref.row, ref.col)).conditionalFormats.add("Custom");
        cf.custom.rule.formula = HIGHLIGHT_FORMULA;
        cf.custom.format.fill.color = "#FFC7CE";
        sheets.add(ref.sheet);
      }
      const prev = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
      prev.load("value");
      await context.sync();
      const before =
        !prev.isNullObject && Array.isArray(prev.value) ? (prev.value as string[]) : [];
      context.workbook.settings.add(HIGHLIGHT_SETTING, [...new Set([...before, ...sheets])]);
      await context.sync();
    });
  }

  /** Remove every highlight rule the add-in added (recognised by its tag), and nothing else. */
  async clearHighlights(): Promise<number> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
      setting.load("value");
      const wss = context.workbook.worksheets;
      wss.load("items/name");
      await context.sync();
      const wanted =
        !setting.isNullObject && Array.isArray(setting.value) ? (setting.value as string[]) : [];
      const present = new Set(wss.items.map((w) => w.name));
      const collections = wanted
        .filter((n) => present.has(n))
        .map((n) => {
          const c = context.workbook.worksheets.getItem(n).getRange().conditionalFormats;
          c.load("items/type");
          return c;
        });
      await context.sync();
      const custom = collections.flatMap((c) => c.items.filter((i) => i.type === "Custom"));
      for (const cf of custom) cf.load("custom/rule/formula");
      await context.sync();
      let removed = 0;
      for (const cf of custom) {
        if (cf.custom.rule.formula.includes(HIGHLIGHT_TAG)) {
          cf.delete();
          removed += 1;
        }
      }
      if (!setting.isNullObject) setting.delete();
      await context.sync();
      return removed;
    });
  }
}

/**
 * The format calls of one style, to be applied to a range or to RangeAreas: how many API calls
 * they are (a border edge is three: getItem, style, weight) and their arguments, for the size.
 */
function styleCalls(
  s: CellStyle,
  multiRow: boolean,
  multiCol: boolean
): { ops: number; args: unknown[]; apply: ((f: XlRangeFormat) => void)[] } {
  const apply: ((f: XlRangeFormat) => void)[] = [];
  const args: unknown[] = [];
  let ops = 0;
  const add = (arg: unknown, fn: (f: XlRangeFormat) => void, calls = 1) => {
    ops += calls;
    args.push(arg);
    apply.push(fn);
  };
  const font = s.font;
  if (font?.name) add(font.name, (f) => (f.font.name = font.name!));
  if (font?.size) add(font.size, (f) => (f.font.size = font.size!));
  if (font?.bold !== undefined) add(font.bold, (f) => (f.font.bold = font.bold!));
  if (font?.italic !== undefined) add(font.italic, (f) => (f.font.italic = font.italic!));
  if (font?.underline) add("Single", (f) => (f.font.underline = "Single"));
  const align = s.align;
  if (align?.horizontal) {
    const h = H_ALIGN[align.horizontal];
    add(h, (f) => (f.horizontalAlignment = h));
  }
  if (align?.vertical) {
    const v = V_ALIGN[align.vertical];
    add(v, (f) => (f.verticalAlignment = v));
  }
  if (align?.wrap !== undefined) add(align.wrap, (f) => (f.wrapText = align.wrap!));
  if (s.fill) {
    const color = `#${s.fill}`;
    add(color, (f) => (f.fill.color = color));
  }
  const b = s.border;
  if (b) {
    const edges: [string, BorderStyle | undefined][] = [
      ["EdgeTop", b.top],
      ["EdgeBottom", b.bottom],
      ["EdgeLeft", b.left],
      ["EdgeRight", b.right],
    ];
    // styleRects stretches a rect only across pairs set on both sides, so Inside lines match.
    if (multiRow && b.top && b.bottom) edges.push(["InsideHorizontal", b.bottom]);
    if (multiCol && b.left && b.right) edges.push(["InsideVertical", b.right]);
    for (const [edge, style] of edges) {
      if (!style) continue;
      const look = BORDER[style];
      add(
        [edge, look],
        (f) => {
          const item = f.borders.getItem(edge);
          item.style = look.style;
          item.weight = look.weight;
        },
        3
      );
    }
  }
  return { ops, args, apply };
}

/** The port on the real Excel: Excel.run and Office's requirement-set check. */
export function officeWorkbookPort(): ExcelWorkbookPort {
  return new ExcelWorkbookPort({
    run: officeRun,
    supports: (v) => Office.context.requirements.isSetSupported("ExcelApi", v),
  });
}
