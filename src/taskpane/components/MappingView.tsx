import * as React from "react";
import { Button, Select } from "../fluent";
import type { ColumnMapping, FieldKey } from "../../engine/types";
import { columnLetters } from "../../engine/grid/address";
import type { Strings } from "../strings";
import { MAPPABLE_FIELDS, type ColumnOverrides } from "../overrides";
import { useStyles } from "./styles";

export interface MappingViewProps {
  strings: Strings;
  mappings: ColumnMapping[];
  activeSheet: string | null;
  overrides: ColumnOverrides;
  peopleBySheet: Record<string, number>;
  onOverride: (sheet: string, field: FieldKey, col: number | null) => void;
  onRerun: () => void;
  disabled: boolean;
}

/** The recognised columns of each roster sheet, each correctable with a dropdown. */
export function MappingView(props: MappingViewProps): React.ReactElement {
  const s = useStyles();
  const t = props.strings;
  // The active sheet first: that is the roster the clerk is looking at.
  const ordered = [...props.mappings].sort(
    (a, b) => Number(b.sheet === props.activeSheet) - Number(a.sheet === props.activeSheet)
  );
  return (
    <div className={s.section}>
      <h2 className={s.heading}>{t.rosterSheets}</h2>
      {ordered.map((m) => {
        const used = Object.values(m.columns).filter((c): c is number => typeof c === "number");
        const maxCol = Math.max(10, ...used) + 2;
        const headerOf = new Map<number, string>();
        for (const [f, col] of Object.entries(m.columns) as [FieldKey, number][]) {
          headerOf.set(col, m.headers[f] ?? t.fields[f]);
        }
        return (
          <section key={m.sheet} aria-label={m.sheet} className={s.group}>
            <div className={s.row}>
              <strong>{m.sheet}</strong>
              {m.sheet === props.activeSheet && (
                <span className={s.muted}>({t.activeSheetMark})</span>
              )}
            </div>
            <div className={s.muted}>
              {t.headerRows(m.headerRows.join(", "))}, {t.firstDataRow(m.firstDataRow)} ·{" "}
              {t.people(props.peopleBySheet[m.sheet] ?? 0)}
            </div>
            <table className={s.table}>
              <tbody>
                {MAPPABLE_FIELDS.map((field) => {
                  const override = props.overrides[m.sheet]?.[field];
                  const current = override !== undefined ? override : (m.columns[field] ?? null);
                  const id = `map-${m.sheet}-${field}`;
                  return (
                    <tr key={field}>
                      <td className={s.td} style={{ width: "38%" }}>
                        <label htmlFor={id}>{t.fields[field]}</label>
                      </td>
                      <td className={s.td}>
                        <Select
                          id={id}
                          root={{ style: { minWidth: 0, maxWidth: "100%" } }}
                          style={{ minWidth: 0, textOverflow: "ellipsis" }}
                          size="small"
                          value={current === null ? "" : String(current)}
                          disabled={props.disabled}
                          onChange={(_, d) =>
                            props.onOverride(
                              m.sheet,
                              field,
                              d.value === "" ? null : Number(d.value)
                            )
                          }
                        >
                          <option value="">{t.notMapped}</option>
                          {Array.from({ length: maxCol }, (_, i) => i + 1).map((col) => (
                            <option key={col} value={String(col)}>
                              {columnLetters(col)}
                              {headerOf.has(col) ? ` · ${headerOf.get(col)}` : ""}
                            </option>
                          ))}
                        </Select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
      <div className={s.row}>
        <Button onClick={props.onRerun} disabled={props.disabled}>
          {t.rerun}
        </Button>
      </div>
    </div>
  );
}
