import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select } from "../fluent";
import { PRESETS, type Finding, type Policy } from "../../engine";
import { formatDong, type Strings } from "../strings";
import type { InfoOverrides, PaneSettings } from "../state";
import { useStyles } from "./styles";

export interface PolicyViewProps {
  strings: Strings;
  settings: PaneSettings;
  /** The policy in force (from the last run, else the chosen preset). */
  policy: Policy | null;
  policySource: "preset" | "sheet" | "file" | null;
  policySheet: { sheet: string; findings: Finding[] } | null;
  disabled: boolean;
  onChange: (settings: Partial<PaneSettings>) => void;
  onSave: () => void;
  onWritePolicySheet: () => void;
}

const INFO_FIELDS: (keyof InfoOverrides)[] = [
  "place",
  "preparer",
  "head",
  "approverTitle",
  "approver",
];

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
          {PRESETS.map((preset) => (
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
      <Field label={t.paymentDate}>
        <Input
          type="date"
          value={props.settings.paymentDate}
          disabled={props.disabled}
          onChange={(_, d) => props.onChange({ paymentDate: d.value })}
        />
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
