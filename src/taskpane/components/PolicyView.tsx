import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select } from "../fluent";
import {
  HEADER_FORMS,
  type Finding,
  type FormulaInWords,
  type Policy,
  type WordLine,
} from "../../engine/light";
import { formatDong, type Strings } from "../strings";
import type { InfoOverrides, PaneSettings } from "../state";
import { useStyles } from "./styles";

export interface PolicyViewProps {
  strings: Strings;
  settings: PaneSettings;
  /** The policy in force (from the last run, else the chosen preset). */
  policy: Policy | null;
  /** The presets to choose from, and the policy's formula in words (the engine's, as data). */
  presets: { id: string; name: string }[];
  words: FormulaInWords | null;
  policySource: "preset" | "sheet" | "file" | null;
  policySheet: { sheet: string; findings: Finding[] } | null;
  disabled: boolean;
  onChange: (settings: Partial<PaneSettings>) => void;
  onSave: () => void;
  onWritePolicySheet: () => void;
}

const INFO_FIELDS: Exclude<keyof InfoOverrides, "headerForm">[] = [
  "place",
  "preparer",
  "head",
  "approverTitle",
  "approver",
];

/** One line of the formula in words, marked when its value is not verified against the text. */
function Line(props: {
  line: WordLine;
  unverified: string;
  className: string;
}): React.ReactElement {
  return (
    <span title={props.line.ref ?? undefined}>
      {props.line.text}
      {!props.line.verified && (
        <span className={props.className} data-testid="unverified">
          {" "}
          ({props.unverified})
        </span>
      )}
    </span>
  );
}

/** The severance formula's cases and components in words (DOMAIN §10.2). */
function FormulaView(props: { words: FormulaInWords; strings: Strings }): React.ReactElement {
  const s = useStyles();
  const t = props.strings;
  const w = props.words;
  return (
    <section className={s.small} aria-label={t.formulaHeading} data-testid="formula">
      <div className={s.heading}>{t.formulaHeading}</div>
      <div className={s.muted}>{w.name}</div>
      <ul style={{ margin: "4px 0", paddingLeft: 16 }}>
        {w.basis.map((l, i) => (
          <li key={`b${i}`}>
            <Line line={l} unverified={t.unverified} className={s.muted} />
          </li>
        ))}
      </ul>
      {w.cases.map((c) => (
        <div key={c.id} style={{ marginTop: 4 }}>
          <strong>
            <Line line={c.condition} unverified={t.unverified} className={s.muted} />
          </strong>
          <ul style={{ margin: "2px 0", paddingLeft: 16 }}>
            {c.components.map((l, i) => (
              <li key={i}>
                <Line line={l} unverified={t.unverified} className={s.muted} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Preset choice, base salary table, payment date, signers; writes and re-reads "Quy định". */
export default function PolicyView(props: PolicyViewProps): React.ReactElement {
  const s = useStyles();
  const t = props.strings;
  const p = props.policy;
  const errors = props.policySheet?.findings.filter((f) => f.severity === "error") ?? [];
  return (
    <div className={s.section}>
      <Field label={t.policyChoice}>
        <Select
          root={{ style: { minWidth: 0, maxWidth: "100%" } }}
          style={{ width: "100%", minWidth: 0, textOverflow: "ellipsis" }}
          value={props.settings.policyChoice}
          disabled={props.disabled}
          onChange={(_, d) => props.onChange({ policyChoice: d.value })}
        >
          <option value="auto">{t.policyAuto}</option>
          {props.presets.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name}
            </option>
          ))}
        </Select>
      </Field>
      {p && (
        <div className={s.small}>
          <strong>{p.name}</strong>
          {props.policySource && (
            <div className={s.muted}>{t.policySource[props.policySource]}</div>
          )}
        </div>
      )}
      {p && (
        <table className={s.table} aria-label={t.baseSalary}>
          <caption className={s.heading} style={{ textAlign: "left" }}>
            {t.baseSalary}
          </caption>
          <thead>
            <tr>
              <th className={s.th}>{t.baseSalaryFrom}</th>
              <th className={`${s.th} ${s.num}`}>{t.baseSalaryAmount}</th>
            </tr>
          </thead>
          <tbody>
            {p.baseSalary.map((b) => (
              <tr key={b.from} title={b.instrument}>
                <td className={s.td}>
                  {b.from.split("-").reverse().join("/")}
                  {!b.verified && <span className={s.muted}> ({t.unverified})</span>}
                </td>
                <td className={`${s.td} ${s.num}`}>{formatDong(b.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p && props.words && <FormulaView words={props.words} strings={t} />}
      <Field label={t.paymentDate}>
        <Input
          type="date"
          value={props.settings.paymentDate}
          disabled={props.disabled}
          onChange={(_, d) => props.onChange({ paymentDate: d.value })}
        />
      </Field>
      <Field label={t.headerForm}>
        <Select
          value={props.settings.info.headerForm ?? ""}
          disabled={props.disabled}
          onChange={(_, d) =>
            props.onChange({ info: { ...props.settings.info, headerForm: d.value } })
          }
        >
          <option value="">{t.headerFormAuto}</option>
          {HEADER_FORMS.map((f) => (
            <option key={f.id} value={f.id}>
              {t.lang === "en" ? f.en : f.vi}
            </option>
          ))}
        </Select>
      </Field>
      {INFO_FIELDS.map((k) => (
        <Field key={k} label={t[k]}>
          <Input
            value={props.settings.info[k]}
            disabled={props.disabled}
            onChange={(_, d) => props.onChange({ info: { ...props.settings.info, [k]: d.value } })}
          />
        </Field>
      ))}
      <div className={s.row}>
        <Button appearance="primary" onClick={props.onSave} disabled={props.disabled}>
          {t.save}
        </Button>
        <Button onClick={props.onWritePolicySheet} disabled={props.disabled || !p}>
          {t.writePolicySheet}
        </Button>
      </div>
      {props.policySheet && (
        <MessageBar intent={errors.length ? "error" : "success"}>
          <MessageBarBody>
            {errors.length
              ? t.policySheetBad(errors.length)
              : t.policySheetOk(props.policySheet.sheet)}
            {errors.slice(0, 5).map((f, i) => (
              <div key={i}>
                {f.cell ? `${f.cell}: ` : ""}
                {f.message}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
