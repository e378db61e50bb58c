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
  type CellRef,
  type Grid,
  type GeneratedSheetKind,
  type SheetSpec,
  type SheetInfo,
  type WorkbookPort,
  type WriteResult,
} from "../engine/light";
import type {
  RunBatch,
  SupportsApi,
  XlCell,
  XlRangeFormat,
  XlRequestContext,
  XlWorksheet,
} from "./api";
import { mmToPoints, requestCost } from "./layout";
import {
  DEFAULT_PAYLOAD_BUDGET,
  planSheet,
  type FormatSet,
  type SheetOp,
  type SheetPlan,
} from "./write-plan";
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

export class ExcelWorkbookPort implements WorkbookPort {
  private readonly run: RunBatch;
  private readonly supports: SupportsApi;
  private readonly budget: number;

  constructor(options: ExcelPortOptions) {
    this.run = options.run;
    this.supports = options.supports;
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
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
    return this.writePlannedSheets(
      specs.map((s) => planSheet(s, this.budget)),
      options
    );
  }

  /**
   * writeSheets with the sheets' calls already planned (write-plan.ts): the task pane plans them
   * in its Web Worker, and only these calls run on the main thread. Each plan needs its kind.
   */
  async writePlannedSheets(
    plans: SheetPlan[],
    options: { activate?: boolean } = {}
  ): Promise<WriteResult> {
    const specs = plans.map((p) => {
      if (!p.kind) throw new Error(`A generated sheet needs its kind: ${p.name}`);
      return { name: p.name, kind: p.kind, plan: p };
    });
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
      const drafts: { spec: (typeof specs)[number]; name: string; draft: string }[] = [];
      for (const { spec, name } of plan.targets) {
        const draft = draftName(spec.name, (n) => taken.has(key(n)));
        taken.add(key(draft));
        drafts.push({ spec, name, draft });
        const reference = `=${quoteSheet(draft)}!$A$1`;
        await queue(requestCost(3, draft, reference, reference));
        const ws = wss.add(draft);
        ws.names.add(DRAFT_MARKER, reference);
        ws.names.add(sheetMarkerName(spec.kind), reference);
        await applyPlan(ws, spec.plan, queue);
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
    return this.insertPlannedSheets(
      specs.map((s) => planSheet(s, this.budget)),
      activate
    );
  }

  /** insertSheets with the sheets' calls already planned (write-plan.ts), as writePlannedSheets. */
  async insertPlannedSheets(specs: SheetPlan[], activate?: string): Promise<string[]> {
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
        await applyPlan(ws, spec, queue);
      }
      await queue(requestCost(1));
      toActivate?.activate();
      await context.sync();
      return names;
    });
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

/** Make a planned sheet's calls on `ws`, in order, syncing early as the budget says. */
async function applyPlan(
  ws: XlWorksheet,
  plan: SheetPlan,
  queue: (bytes: number) => Promise<void>
): Promise<void> {
  for (const { cost, op } of plan.ops) {
    await queue(cost);
    applyOp(ws, op);
  }
}

function applyOp(ws: XlWorksheet, o: SheetOp): void {
  const formatOf = (address: string): XlRangeFormat =>
    address.includes(",") ? ws.getRanges(address).format : ws.getRange(address).format;
  switch (o.op) {
    case "font":
      ws.getRange(o.address).format.font.name = o.name;
      return;
    case "numberFormat":
      ws.getRange(o.address).numberFormat = Array.from({ length: o.rows }, () =>
        new Array<XlCell>(o.cols).fill(o.format)
      );
      return;
    case "values": {
      const range = ws.getRange(o.address);
      if (o.formulas) range.formulas = o.rows;
      else range.values = o.rows;
      return;
    }
    case "format": {
      const format = formatOf(o.address);
      for (const set of o.sets) applyFormat(format, set);
      return;
    }
    case "merge":
      ws.getRange(o.address).merge(o.across);
      return;
    case "link":
      ws.getRange(o.address).hyperlink = { documentReference: o.documentReference };
      return;
    case "columnWidth":
      ws.getRange(o.address).format.columnWidth = o.value;
      return;
    case "rowHeight":
      formatOf(o.address).rowHeight = o.value;
      return;
    case "freezeRows":
      ws.freezePanes.freezeRows(o.rows);
      return;
    case "print": {
      const p = o.print;
      const pl = ws.pageLayout;
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
      return;
    }
    case "pageBreak":
      ws.horizontalPageBreaks.add(o.address);
      return;
  }
}

function applyFormat(f: XlRangeFormat, s: FormatSet): void {
  switch (s.set) {
    case "font":
      if (s.prop === "name") f.font.name = s.value;
      else if (s.prop === "size") f.font.size = s.value;
      else if (s.prop === "bold") f.font.bold = s.value;
      else if (s.prop === "italic") f.font.italic = s.value;
      else f.font.underline = s.value;
      return;
    case "horizontalAlignment":
      f.horizontalAlignment = s.value;
      return;
    case "verticalAlignment":
      f.verticalAlignment = s.value;
      return;
    case "wrapText":
      f.wrapText = s.value;
      return;
    case "fill":
      f.fill.color = s.value;
      return;
    case "border": {
      const item = f.borders.getItem(s.edge);
      item.style = s.style;
      item.weight = s.weight;
      return;
    }
  }
}

/** The port on the real Excel: Excel.run and Office's requirement-set check. */
export function officeWorkbookPort(): ExcelWorkbookPort {
  return new ExcelWorkbookPort({
    run: officeRun,
    supports: (v) => Office.context.requirements.isSetSupported("ExcelApi", v),
  });
}
