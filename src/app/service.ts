import {
  analyze,
  type Analysis,
  type AnalysisOptions,
  type CellValue,
  type Finding,
  type Grid,
  type Policy,
  type SheetInfo,
  type SheetSpec,
  type WorkbookPort,
} from "../engine";
import { systemClock, todayInVietnam, type Clock } from "./clock";
import { documentRecipes, makeDocuments } from "./documents";
import {
  readWorkbookSettings,
  writeWorkbookSettings,
  type SettingsStore,
  type WorkbookSettings,
} from "./settings";
import type { DocumentOptions, Generated, Progress, RunRequest, SampleChoice } from "./types";

/**
 * The application service: what Định Biên does, over any WorkbookPort (office-js in the pane and
 * the ribbon commands, the .xlsx package in the CLI, a fake in tests). Every shell calls these and only
 * these, so a check, its payouts and its documents are derived the same way everywhere.
 * Failures are thrown (UnusableInputError when there is nothing to work on, the adapter's own
 * errors otherwise); each shell says them its own way.
 *
 * There is no separate "compute payouts" call: the engine derives findings and payouts in one
 * analysis, so `check` gives both and every document is built from that same analysis.
 */
export interface DinhBien {
  /**
   * Read every input sheet and run the engine once: the findings and the payouts (a.report)
   * come from the same analysis. Sheets the add-in generated are not input, except "Quy định".
   */
  check(port: WorkbookPort, request: RunRequest, progress?: Progress): Promise<Analysis>;
  /** The documents of an analysis (pure: no port), dated by the clock when nothing else dates them. */
  documents(
    analysis: Analysis,
    options?: DocumentOptions
  ): { analysis: Analysis; specs: SheetSpec[] };
  /** Check again (the workbook may have changed), build the documents, write them. */
  generate(
    port: WorkbookPort,
    request: RunRequest,
    options?: DocumentOptions,
    progress?: Progress
  ): Promise<Generated>;
  /**
   * Insert a bundled sample (clerk's sheets, not generated ones): the Giang Thành district of
   * 2019 (default) or the 2026 hamlet merger of xã Vĩnh Điều; their names. A workbook that
   * already holds every sheet of that sample is refused (SampleAlreadyPresentError): a second
   * copy would be read as more people and double the total.
   */
  insertSample(port: SheetInserter, sample?: SampleChoice): Promise<string[]>;
  /** Write the policy as the "Quy định" sheet, then read it back exactly as a run would. */
  writePolicySheet(
    port: WorkbookPort,
    policy: Policy
  ): Promise<{ sheet: string; findings: Finding[] }>;
  /**
   * The settings saved in the workbook (only values of the expected type). A store that cannot
   * be read throws: the caller shows it, it is never replaced by the defaults.
   */
  loadSettings(store: SettingsStore): Promise<Partial<WorkbookSettings>>;
  saveSettings(store: SettingsStore, values: Partial<WorkbookSettings>): Promise<void>;
}

/** A port that can add ordinary (not generated) sheets: the sample district. */
export interface SheetInserter {
  listSheets(): Promise<SheetInfo[]>;
  readGrids(names: string[]): Promise<Grid[]>;
  insertSheets(specs: Omit<SheetSpec, "kind">[]): Promise<string[]>;
}

/** The workbook already holds the sample's sheets; `sheets` names them. Nothing was inserted. */
export class SampleAlreadyPresentError extends Error {
  constructor(readonly sheets: string[]) {
    super(`The workbook already holds the sample's sheets: ${sheets.join(", ")}`);
    this.name = "SampleAlreadyPresentError";
  }
}

/**
 * The service runs the engine where it is called: the pane and the ribbon commands call it in
 * their engine's Web Worker (src/taskpane/engine.worker.ts), the CLI on its own thread.
 */
export interface ServiceDeps {
  clock?: Clock;
}

function analysisOptions(request: RunRequest, generatedSheets: string[]): AnalysisOptions {
  const options: AnalysisOptions = { lang: request.lang, generatedSheets };
  if (request.policy) options.policy = request.policy;
  if (request.paymentDate) options.paymentDate = request.paymentDate;
  if (request.round) options.round = request.round;
  if (request.corrections) options.corrections = request.corrections;
  return options;
}

/** Progress of a sub-run, scaled into the first `share` of the whole. */
function scaled(progress: Progress | undefined, share: number): Progress | undefined {
  return progress && ((phase, fraction) => progress(phase, fraction * share));
}

/** The first non-empty values of a sheet, as text, in reading order. */
function opening(rows: CellValue[][], count = 8): string[] {
  const out: string[] = [];
  for (const row of rows)
    for (const v of row) {
      if (v === null || v === undefined || v === "") continue;
      out.push(typeof v === "object" ? JSON.stringify(v) : String(v));
      if (out.length === count) return out;
    }
  return out;
}

const sameOpening = (a: CellValue[][], b: CellValue[][]): boolean =>
  JSON.stringify(opening(a)) === JSON.stringify(opening(b));

export function createDinhBien(deps: ServiceDeps = {}): DinhBien {
  const clock = deps.clock ?? systemClock;
  const today = (): string => todayInVietnam(clock());

  const service: DinhBien = {
    async check(port, request, progress) {
      await progress?.("read", 0.1);
      const sheets = await port.listSheets();
      // The policy sheet is the add-in's too, but the clerk edits it and it is read back as input.
      const generated = sheets
        .filter((s) => s.generatedKind && s.generatedKind !== "policy")
        .map((s) => s.name);
      const inputs = sheets.filter((s) => !generated.includes(s.name)).map((s) => s.name);
      const grids = await port.readGrids(inputs);
      await progress?.("analyze", 0.5);
      const analysis = analyze(grids, analysisOptions(request, generated));
      await progress?.("analyze", 1);
      return analysis;
    },

    documents(analysis, options = {}) {
      return makeDocuments(analysis, options, today);
    },

    async generate(port, request, options = {}, progress) {
      const checked = await service.check(port, request, scaled(progress, 0.5));
      await progress?.("write", 0.6);
      const { analysis, recipes } = documentRecipes(checked, options, today);
      await progress?.("write", 0.75);
      // A port that writes one sheet at a time builds each document as it writes it.
      const result = port.writeRecipes
        ? await port.writeRecipes(recipes)
        : await port.writeSheets(recipes.map((r) => r.build()));
      await progress?.("write", 1);
      const sheets = recipes.map((r) => ({ kind: r.kind, name: r.name }));
      return { analysis, sheets, result, names: sheets.map((s) => result.names[s.name] ?? s.name) };
    },

    async insertSample(port, sample = "giang-thanh-2019") {
      // The samples are large and rarely used: in the pane they are their own chunk, loaded on demand.
      const [{ buildSampleDistrict }, { buildThon2026 }, { sampleToSpec }] = await Promise.all([
        import(/* webpackChunkName: "sample" */ "../engine/sample/giang-thanh"),
        import(/* webpackChunkName: "sample" */ "../engine/sample/thon-2026"),
        import(/* webpackChunkName: "sample" */ "./sample-sheets"),
      ]);
      const sheets = sample === "thon-2026" ? buildThon2026() : buildSampleDistrict();
      const present = new Set((await port.listSheets()).map((s) => s.name));
      const names = sheets.map((s) => s.name);
      // Both samples name their sheets alike: the same names and the first sheet's opening
      // values (its title, naming the place) say this very sample is already there.
      if (names.every((n) => present.has(n))) {
        const [first] = await port.readGrids([sheets[0].name]);
        if (first && sameOpening(first.cells, sheets[0].rows))
          throw new SampleAlreadyPresentError(names);
      }
      return port.insertSheets(sheets.map(sampleToSpec));
    },

    async writePolicySheet(port, policy) {
      // Rarely used and sizeable: its own chunk in the pane.
      const { policyToSheetSpec, readPolicySheet } = await import(
        /* webpackChunkName: "policy" */ "../engine/policy/policy-sheet"
      );
      const spec = policyToSheetSpec(policy);
      const res = await port.writeSheets([spec]);
      const sheet = res.names[spec.name] ?? spec.name;
      const [grid] = await port.readGrids([sheet]);
      return { sheet, findings: readPolicySheet(grid).findings };
    },

    async loadSettings(store) {
      return readWorkbookSettings(store);
    },

    async saveSettings(store, values) {
      await writeWorkbookSettings(store, values);
    },
  };
  return service;
}
