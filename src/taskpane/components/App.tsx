import * as React from "react";
import type { SampleChoice } from "../../app";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Spinner,
  Tab,
  TabList,
} from "../fluent";
import {
  withCorrection,
  withHeaderRows,
  type ColumnChoice,
  type FieldKey,
  type Finding,
  type Lang,
  type MappingCorrections,
} from "../../engine/light";
import { STRINGS } from "../strings";
import { initialState, reduce, type PaneSettings, type Phase, type Tab as TabKey } from "../state";
import {
  findingRef,
  loadSettings,
  saveSettings,
  saveCorrections,
  selectFinding,
  type PanePort,
} from "../pane-port";
import type { CommuneFile, PolicyInfo } from "../controller";
import { localEngine, type PaneEngine } from "../engine-client";
import { todayInVietnam } from "../../app/clock";
import { MappingView, type SheetMapping } from "./MappingView";
import { FindingsView } from "./FindingsView";
import { PayoutView } from "./PayoutView";
import { useStyles } from "./styles";

// The policy form is the heaviest view and the least used: its own chunk.
const PolicyView = React.lazy(() => import(/* webpackChunkName: "policy-view" */ "./PolicyView"));

export interface AppProps {
  port: PanePort;
  lang: Lang;
  /** Where the engine runs (index.tsx: a Web Worker); by default on this thread. */
  engine?: PaneEngine;
}

export function App({ port, lang, engine: given }: AppProps): React.ReactElement {
  const engine = React.useMemo(() => given ?? localEngine(), [given]);
  const s = useStyles();
  const t = STRINGS[lang];
  const [state, dispatch] = React.useReducer(reduce, lang, initialState);
  const settingsRef = React.useRef<PaneSettings>(state.settings);
  settingsRef.current = state.settings;
  const correctionsRef = React.useRef<MappingCorrections | null>(state.corrections);
  correctionsRef.current = state.corrections;

  const liveRef = React.useRef(true);
  const readSettings = React.useCallback(async () => {
    const out = await loadSettings(port, lang);
    if (!liveRef.current) return;
    if (out.ok) dispatch({ type: "settingsLoaded", settings: out.settings });
    else dispatch({ type: "settingsFailed", message: out.message, detail: out.detail });
  }, [port, lang]);
  React.useEffect(() => {
    liveRef.current = true;
    void readSettings();
    return () => {
      liveRef.current = false;
    };
  }, [readSettings]);

  // The clerk's edits to the sheets the check reads make the results shown stale.
  React.useEffect(() => {
    // A host without the event shows no stale mark; nothing else depends on it.
    void port
      .watchInputChanges?.((sheet) => {
        if (liveRef.current) dispatch({ type: "changed", sheet });
      })
      .catch(() => undefined);
  }, [port]);

  const progress = React.useCallback(
    (phase: Phase, fraction: number) => dispatch({ type: "busy", phase, progress: fraction }),
    []
  );

  /** stay: a run started from the mapping view keeps the clerk on that tab. */
  const check = React.useCallback(
    async (stay = false) => {
      dispatch({ type: "busy", phase: "read", progress: 0 });
      const out = await engine.check(
        port,
        settingsRef.current,
        lang,
        progress,
        correctionsRef.current ?? undefined
      );
      if (out.ok)
        dispatch({
          type: "analysed",
          analysis: out.analysis,
          activeSheet: out.activeSheet,
          stay,
        });
      else dispatch({ type: "failed", ...out });
    },
    [port, lang, progress, engine]
  );
  const onCheck = React.useCallback(() => void check(false), [check]);

  const generate = React.useCallback(async () => {
    dispatch({ type: "busy", phase: "read", progress: 0 });
    const out = await engine.generate(
      port,
      settingsRef.current,
      lang,
      progress,
      correctionsRef.current ?? undefined
    );
    if (!out.ok) {
      dispatch({ type: "failed", ...out });
      return;
    }
    dispatch({ type: "analysed", analysis: out.analysis, activeSheet: null });
    dispatch({
      type: "generated",
      names: out.names,
      narrative: out.analysis.report.narrative,
      errors: out.analysis.findings.filter((f) => f.severity === "error").length,
    });
  }, [port, lang, progress, engine]);

  const onSelect = React.useCallback(
    async (f: Finding) => {
      const problem = await selectFinding(port, f, lang);
      if (problem) dispatch({ type: "failed", message: problem });
    },
    [port, lang]
  );

  /** A new set of corrections: kept, stored in the workbook, then checked again on this tab. */
  const applyCorrections = React.useCallback(
    async (next: MappingCorrections, undoable: boolean) => {
      const before = correctionsRef.current ?? {};
      dispatch({ type: "corrections", corrections: next, undoable });
      correctionsRef.current = next;
      const problem = await saveCorrections(port, next, lang, before);
      await check(true);
      if (problem) dispatch({ type: "notice", text: problem });
    },
    [port, lang, check]
  );

  const onCorrect = React.useCallback(
    (sheet: string, field: FieldKey, choice: ColumnChoice | undefined) =>
      void applyCorrections(
        withCorrection(correctionsRef.current ?? {}, sheet, field, choice),
        true
      ),
    [applyCorrections]
  );

  const onHeaderRows = React.useCallback(
    (sheet: string, rows: number[] | undefined) =>
      void applyCorrections(withHeaderRows(correctionsRef.current ?? {}, sheet, rows), true),
    [applyCorrections]
  );

  const onUndo = React.useCallback(() => {
    const previous = state.undo[state.undo.length - 1];
    if (previous === undefined) return;
    const before = correctionsRef.current ?? {};
    dispatch({ type: "undo" });
    correctionsRef.current = previous;
    void (async () => {
      const problem = await saveCorrections(port, previous, lang, before);
      await check(true);
      if (problem) dispatch({ type: "notice", text: problem });
    })();
  }, [state.undo, port, lang, check]);

  const [sample, setSample] = React.useState<SampleChoice>("giang-thanh-2019");
  const onSample = React.useCallback(async () => {
    dispatch({ type: "busy", phase: "sample", progress: 0.3 });
    const out = await engine.insertSample(port, lang, sample);
    if (out.ok) dispatch({ type: "notice", text: t.sampleInserted(out.names.join(", ")) });
    else dispatch({ type: "failed", message: out.message });
  }, [port, lang, t, sample, engine]);

  // "Nhập file của xã": pick .xlsx files, insert their sheets, check the workbook as one.
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [reimport, setReimport] = React.useState<{
    files: string[];
    answer: (replace: boolean) => void;
  } | null>(null);
  const onImportFiles = React.useCallback(
    async (list: FileList | null) => {
      if (!list || list.length === 0) return;
      dispatch({ type: "busy", phase: "import", progress: 0.2 });
      const files: CommuneFile[] = await Promise.all(
        [...list].map(
          (f) =>
            new Promise<CommuneFile>((resolve, reject) => {
              const reader = new FileReader();
              reader.onload = () =>
                resolve({ name: f.name, base64: String(reader.result).replace(/^[^,]*,/, "") });
              reader.onerror = () => reject(reader.error);
              reader.readAsDataURL(f);
            })
        )
      );
      const confirm = (again: string[]): Promise<boolean> =>
        new Promise((resolve) =>
          setReimport({
            files: again,
            answer: (replace) => {
              setReimport(null);
              resolve(replace);
            },
          })
        );
      const out = await engine.importCommuneFiles(
        port,
        files,
        lang,
        confirm,
        todayInVietnam(new Date())
      );
      if (fileInput.current) fileInput.current.value = "";
      if (!out.ok) {
        dispatch({ type: "failed", message: out.message });
        return;
      }
      await check(false);
      const sheets = out.imported.flatMap((x) => x.sheets).join(", ");
      const text = [
        out.imported.length > 0 ? t.imported(out.imported.length, sheets) : "",
        out.kept.length > 0 ? t.importKept(out.kept.join(", ")) : "",
      ]
        .filter((x) => x)
        .join(" ");
      if (text) dispatch({ type: "notice", text });
    },
    [port, lang, t, check, engine]
  );

  const onSaveSettings = React.useCallback(async () => {
    const cur = settingsRef.current;
    const problem = await saveSettings(
      port,
      { policyChoice: cur.policyChoice, paymentDate: cur.paymentDate, info: cur.info },
      lang
    );
    if (problem) dispatch({ type: "failed", message: problem });
    else dispatch({ type: "notice", text: t.saved });
  }, [port, lang, t]);

  // The policy view's presets, policy in force and formula in words come from the engine, when
  // the clerk opens that tab (and again when the choice or the last run's policy changes).
  const [policyInfo, setPolicyInfo] = React.useState<PolicyInfo | null>(null);
  const onPolicyTab = state.tab === "policy";
  const analysedPolicy = state.analysis?.policy ?? null;
  const policyChoice = state.settings.policyChoice;
  React.useEffect(() => {
    if (!onPolicyTab) return;
    let current = true;
    // The policy depends on the choice only, not on the signers typed meanwhile.
    void engine
      .policyInfo({ ...settingsRef.current, policyChoice }, analysedPolicy, lang)
      .then((info) => current && setPolicyInfo(info));
    return () => {
      current = false;
    };
  }, [onPolicyTab, policyChoice, analysedPolicy, lang, engine]);
  const activePolicy = analysedPolicy ?? policyInfo?.policy ?? null;

  const onWritePolicy = React.useCallback(async () => {
    if (!activePolicy) return;
    dispatch({ type: "busy", phase: "policy", progress: 0.5 });
    const out = await engine.writePolicySheet(port, activePolicy, lang);
    if (out.ok) dispatch({ type: "policySheet", sheet: out.sheet, findings: out.findings });
    else dispatch({ type: "failed", message: out.message });
  }, [port, lang, activePolicy, engine]);

  const onHighlight = React.useCallback(async () => {
    const refs = (state.analysis?.findings ?? [])
      .filter((f) => f.severity === "error")
      .map(findingRef)
      .filter((r): r is NonNullable<typeof r> => r !== null)
      .slice(0, 500);
    try {
      await port.highlight(refs);
    } catch (e) {
      dispatch({ type: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  }, [port, state.analysis]);

  const onClearHighlight = React.useCallback(async () => {
    try {
      await port.clearHighlights();
    } catch (e) {
      dispatch({ type: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  }, [port]);

  const busy = state.busy !== null;

  // Keyboard focus: the buttons are disabled during a run, which drops focus to the page; when
  // the run ends it goes back to the control that started it (or Kiểm tra when that control
  // is gone, like the stale bar's «Kiểm tra lại»), unless the clerk has put it somewhere else.
  const checkRef = React.useRef<HTMLButtonElement>(null);
  const lastControl = React.useRef<HTMLElement | null>(null);
  const starter = React.useRef<HTMLElement | null>(null);
  const wasBusy = React.useRef(false);
  const noteControl = React.useCallback((e: React.SyntheticEvent) => {
    const el = (e.target as HTMLElement).closest?.("button, select, input, [role=tab]");
    // A message's «Đóng» is not a control that starts anything: focus never goes back to it.
    if (el instanceof HTMLElement && !el.hasAttribute("data-dismiss")) lastControl.current = el;
  }, []);

  // «Đóng»: the message goes, focus goes back to the control the clerk last used (the one that
  // led to the message), or Kiểm tra when that control is gone or disabled.
  const dismiss = React.useCallback((what: "error" | "notice") => {
    dispatch({ type: "dismiss", what });
    const el = lastControl.current;
    const usable = el && el.isConnected && !el.hasAttribute("disabled") && !el.hidden;
    (usable ? el : checkRef.current)?.focus();
  }, []);
  const dismissButton = (what: "error" | "notice") => (
    <MessageBarActions
      containerAction={
        <Button
          appearance="transparent"
          size="small"
          aria-label={t.dismiss}
          title={t.dismiss}
          data-dismiss=""
          onClick={() => dismiss(what)}
        >
          <span aria-hidden="true">✕</span>
        </Button>
      }
    />
  );
  React.useEffect(() => {
    if (busy && !wasBusy.current) starter.current = lastControl.current;
    if (!busy && wasBusy.current) {
      const el = starter.current;
      starter.current = null;
      const usable = el && el.isConnected && !el.hasAttribute("disabled") && !el.hidden;
      const target = usable ? el : checkRef.current;
      const now = document.activeElement;
      if (target && (!now || now === document.body || now === el || !now.isConnected))
        target.focus();
    }
    wasBusy.current = busy;
  }, [busy]);
  // A new error or notice comes into view even when the clerk has scrolled down a long list
  // (the messages sit at the top of the pane), without taking the focus; after the
  // focus has gone back to the run's control above, so the message is what stays in view.
  const errorRef = React.useRef<HTMLDivElement>(null);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (state.error) errorRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [state.error]);
  React.useEffect(() => {
    if (state.notice) noticeRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [state.notice]);
  const settingsOk = state.settingsRead === "ok";
  const a = state.analysis;
  const errors = a ? a.findings.filter((f) => f.severity === "error").length : 0;
  const warnings = a ? a.findings.filter((f) => f.severity === "warning").length : 0;
  const peopleBySheet: Record<string, number> = {};
  for (const m of a?.roster.members ?? [])
    peopleBySheet[m.sheet] = (peopleBySheet[m.sheet] ?? 0) + 1;
  // The detected rosters, or, when none was found, the sheets' closest header rows to map by hand.
  const sheetMappings: SheetMapping[] = a
    ? a.roster.mappings.map((m) => ({
        sheet: m.sheet,
        headerRows: m.headerRows,
        columns: m.columns,
        cells: m.cells ?? [],
        people: peopleBySheet[m.sheet] ?? 0,
        detected: true,
      }))
    : state.candidates.map((c) => ({
        sheet: c.sheet,
        headerRows: c.headerRows,
        columns: Object.fromEntries(
          c.cells.filter((x) => x.field !== null).map((x) => [x.field, x.col])
        ),
        cells: c.cells,
        people: 0,
        detected: false,
      }));

  return (
    <main
      aria-label={t.appTitle}
      style={{ maxWidth: "100%", overflowX: "hidden" }}
      onClickCapture={noteControl}
      onKeyDownCapture={noteControl}
    >
      <div className={s.section}>
        <div className={s.row}>
          <Button
            ref={checkRef}
            appearance="primary"
            onClick={onCheck}
            disabled={busy || !settingsOk}
          >
            {t.check}
          </Button>
          <Button onClick={generate} disabled={busy || !settingsOk}>
            {t.generate}
          </Button>
          <Button onClick={() => fileInput.current?.click()} disabled={busy} title={t.importHint}>
            {t.importCommunes}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple
            hidden
            data-testid="commune-files"
            onChange={(e) => void onImportFiles(e.target.files)}
          />
        </div>
        {reimport && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <div role="alert">{t.reimportQuestion(reimport.files.join(", "))}</div>
              <div className={s.row}>
                <Button appearance="primary" onClick={() => reimport.answer(true)}>
                  {t.replace}
                </Button>
                <Button onClick={() => reimport.answer(false)}>{t.keep}</Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
        {state.busy && (
          <div role="status" aria-live="polite">
            <ProgressBar
              value={state.busy.progress}
              max={1}
              aria-label={`${t.progressLabel}: ${t.phases[state.busy.phase]}`}
            />
            <span className={s.muted}>{t.phases[state.busy.phase]}</span>
          </div>
        )}
        {state.error && (
          <MessageBar intent="error" ref={errorRef}>
            <MessageBarBody>
              <MessageBarTitle>
                {state.error.finding ? t.unusableTitle : t.errorTitle}
              </MessageBarTitle>
              <div role="alert">{state.error.message}</div>
              {state.error.finding?.suggestion && <div>{state.error.finding.suggestion}</div>}
              {state.settingsRead === "failed" && (
                <Button size="small" onClick={() => void readSettings()}>
                  {t.retrySettings}
                </Button>
              )}
            </MessageBarBody>
            {/* The settings' failure stays until they are read: runs wait for it. */}
            {state.settingsRead !== "failed" && dismissButton("error")}
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent="success" ref={noticeRef}>
            <MessageBarBody>
              <div role="status">{state.notice}</div>
            </MessageBarBody>
            {dismissButton("notice")}
          </MessageBar>
        )}
        {a && state.stale && !busy && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <div role="status">{t.stale}</div>
              <Button size="small" onClick={onCheck} disabled={!settingsOk}>
                {t.recheck}
              </Button>
            </MessageBarBody>
          </MessageBar>
        )}
        {a && (
          <div className={s.small}>
            {t.people(a.roster.members.length)} ·{" "}
            {t.findingsCount(
              errors,
              warnings,
              a.findings.filter((f) => f.severity === "info").length
            )}
          </div>
        )}
      </div>
      <TabList
        size="small"
        selectedValue={state.tab}
        onTabSelect={(_, d) => dispatch({ type: "tab", tab: d.value as TabKey })}
        style={{ padding: "0 4px", flexWrap: "wrap" }}
      >
        <Tab value="roster">{t.tabs.roster}</Tab>
        <Tab value="findings">{a ? t.findingsTab(errors, warnings) : t.tabs.findings}</Tab>
        <Tab value="payouts">{t.tabs.payouts}</Tab>
        <Tab value="policy">{t.tabs.policy}</Tab>
      </TabList>
      {state.tab === "roster" &&
        (sheetMappings.length > 0 ? (
          <MappingView
            strings={t}
            sheets={sheetMappings}
            activeSheet={state.activeSheet}
            corrections={state.corrections ?? {}}
            onCorrect={onCorrect}
            onHeaderRows={onHeaderRows}
            onUndo={onUndo}
            canUndo={state.undo.length > 0}
            onRerun={() => void check(true)}
            disabled={busy}
          />
        ) : (
          <div className={s.section}>
            <p>{t.noAnalysis}</p>
            <p className={s.muted}>{t.sampleHint}</p>
            <Field label={t.sampleChoice}>
              <Select
                value={sample}
                disabled={busy}
                onChange={(_, d) =>
                  setSample(d.value === "thon-2026" ? "thon-2026" : "giang-thanh-2019")
                }
              >
                <option value="giang-thanh-2019">{t.samples["giang-thanh-2019"]}</option>
                <option value="thon-2026">{t.samples["thon-2026"]}</option>
              </Select>
            </Field>
            <div>
              <Button onClick={onSample} disabled={busy}>
                {t.trySample}
              </Button>
            </div>
          </div>
        ))}
      {state.tab === "findings" &&
        (a ? (
          <FindingsView
            strings={t}
            findings={a.findings}
            onSelect={onSelect}
            onHighlight={onHighlight}
            onClearHighlight={onClearHighlight}
          />
        ) : (
          <div className={s.section}>{t.noAnalysis}</div>
        ))}
      {state.tab === "payouts" &&
        (a ? (
          <PayoutView strings={t} report={a.report} generated={state.generated} />
        ) : (
          <div className={s.section}>{t.noAnalysis}</div>
        ))}
      {state.tab === "policy" && (
        <React.Suspense fallback={<Spinner size="tiny" />}>
          <PolicyView
            strings={t}
            settings={state.settings}
            policy={activePolicy}
            presets={policyInfo?.presets ?? []}
            words={policyInfo?.policy === activePolicy ? (policyInfo?.words ?? null) : null}
            policySource={a?.policySource ?? null}
            policySheet={state.policySheet}
            disabled={busy || !settingsOk}
            onChange={(settings) => dispatch({ type: "settings", settings })}
            onSave={onSaveSettings}
            onWritePolicySheet={onWritePolicy}
          />
        </React.Suspense>
      )}
    </main>
  );
}
