import * as React from "react";
import { Button, Field, Select, mergeClasses } from "../fluent";
import type { Finding, Severity } from "../../engine";
import type { Strings } from "../strings";
import { useStyles } from "./styles";

export interface FindingsViewProps {
  strings: Strings;
  findings: Finding[];
  onSelect: (f: Finding) => void;
  onHighlight?: () => void;
  onClearHighlight?: () => void;
}

const ORDER: Severity[] = ["error", "warning", "info"];
const PAGE = 30;

interface Group {
  key: string;
  findings: Finding[];
  counts: Record<Severity, number>;
}

/** The group a finding is shown in: its commune, else its sheet, else the general group. */
const groupKey = (f: Finding, general: string): string => f.commune ?? f.sheet ?? general;

/** What the clerk narrowed the list to; "" is every value. */
export interface FindingFilter {
  commune: string;
  severity: Severity | "";
  code: string;
}

export const NO_FILTER: FindingFilter = { commune: "", severity: "", code: "" };

export function filterFindings(
  findings: Finding[],
  filter: FindingFilter,
  general: string
): Finding[] {
  return findings.filter(
    (f) =>
      (!filter.commune || groupKey(f, general) === filter.commune) &&
      (!filter.severity || f.severity === filter.severity) &&
      (!filter.code || f.code === filter.code)
  );
}

/** Findings grouped by commune (then the sheet), errors first within each group. */
export function groupFindings(findings: Finding[], general: string): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = groupKey(f, general);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, findings: [], counts: { error: 0, warning: 0, info: 0 } }));
    g.findings.push(f);
    g.counts[f.severity] += 1;
  }
  for (const g of groups.values()) {
    g.findings = ORDER.flatMap((sev) => g.findings.filter((f) => f.severity === sev));
  }
  return [...groups.values()].sort(
    (a, b) => b.counts.error - a.counts.error || a.key.localeCompare(b.key, "vi")
  );
}

function GroupView(props: { group: Group; strings: Strings; onSelect: (f: Finding) => void }) {
  const s = useStyles();
  const [shown, setShown] = React.useState(PAGE);
  const t = props.strings;
  const g = props.group;
  return (
    <section aria-label={g.key} className={s.group}>
      <h3 className={s.heading}>
        {g.key}{" "}
        <span className={s.muted}>
          {t.findingsCount(g.counts.error, g.counts.warning, g.counts.info)}
        </span>
      </h3>
      {g.findings.slice(0, shown).map((f, i) => (
        <button
          key={i}
          type="button"
          className={mergeClasses(s.finding, s[f.severity])}
          onClick={() => props.onSelect(f)}
          title={f.cell ? `${t.goToCell} ${f.sheet}!${f.cell}` : undefined}
        >
          <span className={s.muted}>
            {t.severity[f.severity]}
            {f.cell ? ` · ${f.sheet}!${f.cell}` : f.sheet ? ` · ${f.sheet}` : ""}
          </span>
          <br />
          {f.message}
          {f.suggestion && (
            <>
              <br />
              <em>
                {t.suggestion}: {f.suggestion}
              </em>
            </>
          )}
        </button>
      ))}
      {g.findings.length > shown && (
        <Button size="small" appearance="subtle" onClick={() => setShown(shown + PAGE)}>
          {t.showAll(Math.min(PAGE, g.findings.length - shown))}
        </Button>
      )}
    </section>
  );
}

function FilterBar(props: {
  strings: Strings;
  findings: Finding[];
  filter: FindingFilter;
  onChange: (filter: FindingFilter) => void;
}) {
  const s = useStyles();
  const t = props.strings;
  const sorted = (xs: Iterable<string>) =>
    [...new Set(xs)].sort((a, b) => a.localeCompare(b, "vi"));
  const communes = sorted(props.findings.map((f) => groupKey(f, t.general)));
  const codes = sorted(props.findings.map((f) => f.code));
  const set = (patch: Partial<FindingFilter>) => props.onChange({ ...props.filter, ...patch });
  const severities = ORDER.map((sev) => ({ value: sev, label: t.severity[sev] }));
  const asOptions = (xs: string[]) => xs.map((x) => ({ value: x, label: x }));
  const choices = [
    {
      label: t.filterCommune,
      value: props.filter.commune,
      options: asOptions(communes),
      onChange: (v: string) => set({ commune: v }),
    },
    {
      label: t.filterSeverity,
      value: props.filter.severity,
      options: severities,
      onChange: (v: string) => set({ severity: ORDER.find((x) => x === v) ?? "" }),
    },
    {
      label: t.filterCode,
      value: props.filter.code,
      options: asOptions(codes),
      onChange: (v: string) => set({ code: v }),
    },
  ];
  return (
    <div className={s.row}>
      {choices.map((c) => (
        <Choice key={c.label} all={t.filterAll} {...c} />
      ))}
    </div>
  );
}

/** One filter: "all" ("") or one of the options. */
function Choice(props: {
  label: string;
  all: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <Field label={props.label} size="small">
      <Select size="small" value={props.value} onChange={(_, d) => props.onChange(d.value)}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function FindingsView(props: FindingsViewProps): React.ReactElement {
  const s = useStyles();
  const t = props.strings;
  const [chosen, setFilter] = React.useState<FindingFilter>(NO_FILTER);
  // After a new check a chosen commune or code may be gone: it then filters nothing out.
  const filter: FindingFilter = {
    severity: chosen.severity,
    commune: props.findings.some((f) => groupKey(f, t.general) === chosen.commune)
      ? chosen.commune
      : "",
    code: props.findings.some((f) => f.code === chosen.code) ? chosen.code : "",
  };
  const total = { error: 0, warning: 0, info: 0 };
  for (const f of props.findings) total[f.severity] += 1;
  const shown = filterFindings(props.findings, filter, t.general);
  if (props.findings.length === 0) {
    return (
      <div className={s.section}>
        <p role="status">{t.noFindings}</p>
      </div>
    );
  }
  return (
    <div className={s.section}>
      <p role="status" className={s.small}>
        <strong>{t.findingsCount(total.error, total.warning, total.info)}</strong>
      </p>
      {(props.onHighlight || props.onClearHighlight) && (
        <div className={s.row}>
          {props.onHighlight && (
            <Button size="small" onClick={props.onHighlight}>
              {t.highlight}
            </Button>
          )}
          {props.onClearHighlight && (
            <Button size="small" appearance="subtle" onClick={props.onClearHighlight}>
              {t.clearHighlight}
            </Button>
          )}
        </div>
      )}
      <FilterBar strings={t} findings={props.findings} filter={filter} onChange={setFilter} />
      {shown.length !== props.findings.length && (
        <p className={s.small}>{t.filtered(shown.length, props.findings.length)}</p>
      )}
      {groupFindings(shown, t.general).map((g) => (
        <GroupView key={g.key} group={g} strings={t} onSelect={props.onSelect} />
      ))}
    </div>
  );
}
