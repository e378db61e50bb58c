import * as React from "react";
import { Button, Select } from "../fluent";
import {
  FIELD_KEYS,
  ROSTER_FIELDS,
  columnLetters,
  type ColumnChoice,
  type FieldKey,
  type HeaderCell,
  type MappingCorrections,
} from "../../engine/light";
import type { Strings } from "../strings";
import { useStyles } from "./styles";

/** One sheet as the mapping view shows it: a detected roster, or a candidate when none was found. */
export interface SheetMapping {
  sheet: string;
  headerRows: number[];
  columns: Partial<Record<FieldKey, number>>;
  cells: HeaderCell[];
  /** People read from it (0 for a candidate). */
  people: number;
  /** False for a sheet that is not (yet) a roster. */
  detected: boolean;
}

export interface MappingViewProps {
  strings: Strings;
  sheets: SheetMapping[];
  activeSheet: string | null;
  corrections: MappingCorrections;
  /** Set a field's column (a choice), or give it back to detection (undefined). */
  onCorrect: (sheet: string, field: FieldKey, choice: ColumnChoice | undefined) => void;
  /** Choose the header rows, or give them back to detection (undefined). */
  onHeaderRows: (sheet: string, rows: number[] | undefined) => void;
  onUndo: () => void;
  canUndo: boolean;
  onRerun: () => void;
  /** Disables the buttons while a run is going; the dropdowns stay usable (and focused). */
  disabled: boolean;
}

const AUTO = "auto";
const NONE = "none";
const ROWS_OFFERED = 30;

/**
 * A native select whose keyboard changes wait: arrow keys move through the options without a
 * check per key; the choice is made on Enter or when the select loses focus. A mouse or touch
 * choice is made at once. Focus stays where the clerk left it: the select is never disabled or
 * re-created by the run it starts.
 */
function DeferredSelect(props: {
  id: string;
  value: string;
  onCommit: (value: string) => void;
  children: React.ReactNode;
  required?: boolean;
  label?: string;
}): React.ReactElement {
  const [draft, setDraft] = React.useState<string | null>(null);
  const keyboard = React.useRef(false);
  const commit = (v: string | null) => {
    setDraft(null);
    if (v !== null && v !== props.value) props.onCommit(v);
  };
  return (
    <Select
      id={props.id}
      size="small"
      root={{ style: { minWidth: 0, maxWidth: "100%", width: "100%" } }}
      style={{ minWidth: 0, textOverflow: "ellipsis" }}
      value={draft ?? props.value}
      aria-required={props.required || undefined}
      aria-label={props.label}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          commit(draft);
        } else if (e.key === "Escape") {
          setDraft(null);
        } else keyboard.current = true;
      }}
      onPointerDown={() => {
        keyboard.current = false;
      }}
      onBlur={() => commit(draft)}
      onChange={(_, d) => {
        if (keyboard.current) setDraft(d.value);
        else commit(d.value);
      }}
    >
      {props.children}
    </Select>
  );
}

function choiceValue(corrections: MappingCorrections, sheet: string, field: FieldKey): string {
  const c = corrections[sheet]?.columns?.[field];
  if (!c) return AUTO;
  if (c.col === null) return NONE;
  return typeof c.col === "number" ? String(c.col) : AUTO;
}

/** Fields shown for a sheet: the primary ones, those mapped, and all on request; Nam / Nữ birth columns instead of one birth column when the sheet has them. */
function shownFields(s: SheetMapping, all: boolean): FieldKey[] {
  const pair = s.columns.birthMale !== undefined || s.columns.birthFemale !== undefined;
  return FIELD_KEYS.filter((f) => {
    if (all) return true;
    if (s.columns[f] !== undefined) return true;
    if (f === "birth" && pair) return false;
    if ((f === "birthMale" || f === "birthFemale") && pair) return true;
    return ROSTER_FIELDS[f].primary === true;
  });
}

/** The recognised columns of each roster sheet, each correctable; the header row too. */
export function MappingView(props: MappingViewProps): React.ReactElement {
  const s = useStyles();
  const t = props.strings;
  const [showAll, setShowAll] = React.useState(false);
  // The active sheet first: that is the roster the clerk is looking at.
  const ordered = [...props.sheets].sort(
    (a, b) => Number(b.sheet === props.activeSheet) - Number(a.sheet === props.activeSheet)
  );
  const anyDetected = props.sheets.some((x) => x.detected);
  return (
    <div className={s.section}>
      <h2 className={s.heading}>{anyDetected ? t.rosterSheets : t.candidateSheets}</h2>
      {!anyDetected && <p className={s.small}>{t.noRosterMapping}</p>}
      {ordered.map((m) => {
        const used = m.cells.map((c) => c.col);
        const maxCol = Math.max(10, ...used, ...Object.values(m.columns).map(Number)) + 2;
        const headerOf = new Map<number, string>(m.cells.map((c) => [c.col, c.text]));
        const rowsValue = props.corrections[m.sheet]?.headerRows?.join("-") ?? AUTO;
        const unrecognised = m.cells.filter((c) => c.field === null).length;
        return (
          <section key={m.sheet} aria-label={m.sheet} className={s.group}>
            <div className={s.row}>
              <strong>{m.sheet}</strong>
              {m.sheet === props.activeSheet && (
                <span className={s.muted}>({t.activeSheetMark})</span>
              )}
            </div>
            <div className={s.muted}>
              {t.headerRows(m.headerRows.join(", "))} · {t.people(m.people)}
              {unrecognised > 0 ? ` · ${t.unrecognisedHeaders(unrecognised)}` : ""}
            </div>
            <table className={s.table} style={{ tableLayout: "fixed" }}>
              <tbody>
                <tr>
                  <td className={s.td} style={{ width: "44%" }}>
                    <label htmlFor={`rows-${m.sheet}`}>{t.headerRowChoice}</label>
                  </td>
                  <td className={s.td}>
                    <DeferredSelect
                      id={`rows-${m.sheet}`}
                      value={rowsValue}
                      onCommit={(v) =>
                        props.onHeaderRows(
                          m.sheet,
                          v === AUTO ? undefined : v.split("-").map(Number)
                        )
                      }
                    >
                      <option value={AUTO}>{t.headerRowAuto}</option>
                      {Array.from({ length: ROWS_OFFERED }, (_, i) => i + 1).flatMap((r) => [
                        <option key={`${r}`} value={`${r}`}>
                          {t.rowOption(String(r))}
                        </option>,
                        <option key={`${r}-${r + 1}`} value={`${r}-${r + 1}`}>
                          {t.rowOption(`${r}–${r + 1}`)}
                        </option>,
                      ])}
                    </DeferredSelect>
                  </td>
                </tr>
                {shownFields(m, showAll).map((field) => {
                  const spec = ROSTER_FIELDS[field];
                  const id = `map-${m.sheet}-${field}`;
                  const current = m.columns[field];
                  const value = choiceValue(props.corrections, m.sheet, field);
                  const corrected = value !== AUTO;
                  return (
                    <tr key={field}>
                      <td className={s.td} style={{ width: "44%", lineHeight: 1.25 }}>
                        <label htmlFor={id}>
                          {t.fields[field]}
                          {spec.required && (
                            <span aria-label={t.requiredMark} title={t.requiredMark}>
                              {" *"}
                            </span>
                          )}
                        </label>
                        {corrected && <span className={s.muted}> · {t.corrected}</span>}
                      </td>
                      <td className={s.td}>
                        <DeferredSelect
                          id={id}
                          value={value}
                          required={spec.required}
                          onCommit={(v) => {
                            if (v === AUTO) props.onCorrect(m.sheet, field, undefined);
                            else if (v === NONE) props.onCorrect(m.sheet, field, { col: null });
                            else {
                              const col = Number(v);
                              props.onCorrect(m.sheet, field, { col, header: headerOf.get(col) });
                            }
                          }}
                        >
                          <option value={AUTO}>
                            {t.autoMapped}
                            {!corrected && current !== undefined
                              ? ` ${columnLetters(current)} · ${headerOf.get(current) ?? ""}`
                              : ""}
                          </option>
                          <option value={NONE}>{t.notMapped}</option>
                          {Array.from({ length: maxCol }, (_, i) => i + 1).map((col) => (
                            <option key={col} value={String(col)}>
                              {columnLetters(col)}
                              {headerOf.has(col) ? ` · ${headerOf.get(col)}` : ""}
                            </option>
                          ))}
                        </DeferredSelect>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
      <div className={s.muted}>{t.requiredLegend}</div>
      <label className={s.small}>
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />{" "}
        {t.showAllFields}
      </label>
      <div className={s.row}>
        <Button onClick={props.onRerun} disabled={props.disabled}>
          {t.rerun}
        </Button>
        <Button onClick={props.onUndo} disabled={props.disabled || !props.canUndo}>
          {t.undo}
        </Button>
      </div>
    </div>
  );
}
