import * as React from "react";
import { Button, mergeClasses } from "../fluent";
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

/** Findings grouped by commune (then the sheet), errors first within each group. */
export function groupFindings(findings: Finding[], general: string): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = f.commune ?? f.sheet ?? general;
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

export function FindingsView(props: FindingsViewProps): React.ReactElement {
  const s = useStyles();
  const t = props.strings;
  const total = { error: 0, warning: 0, info: 0 };
  for (const f of props.findings) total[f.severity] += 1;
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
      {groupFindings(props.findings, t.general).map((g) => (
        <GroupView key={g.key} group={g} strings={t} onSelect={props.onSelect} />
      ))}
    </div>
  );
}
