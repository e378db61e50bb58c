import * as React from "react";
import { Button, MessageBar, MessageBarBody } from "../fluent";
import { payoutUnverified, type Payout, type PayoutReport } from "../../engine/light";
import { formatDong, type Strings } from "../strings";
import { useStyles } from "./styles";

export interface PayoutViewProps {
  strings: Strings;
  report: PayoutReport;
  generated: { names: string[]; narrative: string[]; errors: number } | null;
}

/** One person: name, case and each component, as the payout's derivation gives them. */
function PersonLine(props: { p: Payout; strings: Strings; className: string }): React.ReactElement {
  const { p, strings: t } = props;
  const name = p.member.name?.value ?? `(${p.member.sheet} ${p.member.row})`;
  const kase = p.case && p.case !== "nq77" ? ` — ${t.caseWord} ${p.case}` : "";
  return (
    <li data-testid="person-payout">
      <strong>{name}</strong>
      {kase}:{" "}
      {p.amount === null ? (
        <span className={props.className}>{t.blocked}</span>
      ) : (
        <>
          {p.components.map((c) => `${c.label} = ${formatDong(c.amount)}`).join("; ")}
          {p.components.length > 1 && ` → ${formatDong(p.amount)}`}
          {payoutUnverified(p) && <span className={props.className}> ({t.unverified})</span>}
        </>
      )}
    </li>
  );
}

/** Per commune: cases and amount; the totals, the amount in words, the report's sentences. */
/** People drawn at a time in the per-person list. */
const PEOPLE_PAGE = 100;

export function PayoutView(props: PayoutViewProps): React.ReactElement {
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  const [shown, setShown] = React.useState(PEOPLE_PAGE);
  const t = props.strings;
  const r = props.report;
  const unverified = r.payouts.some((p) => p.amount !== null && payoutUnverified(p));
  return (
    <div className={s.section}>
      {props.generated && (
        <MessageBar intent={props.generated.errors > 0 ? "warning" : "success"}>
          <MessageBarBody>
            {t.generated(props.generated.names.length)} {props.generated.names.join(", ")}
            {props.generated.errors > 0 && (
              <>
                <br />
                {t.draftWarning(props.generated.errors)}
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {props.generated &&
        props.generated.narrative.map((sentence, i) => (
          <p key={i} className={s.sentence} data-testid="narrative">
            {sentence}
          </p>
        ))}
      {r.communes.length === 0 ? (
        <p>{t.noPayouts}</p>
      ) : (
        <table className={s.table} aria-label={t.tabs.payouts}>
          <thead>
            <tr>
              <th className={s.th}>{t.commune}</th>
              <th className={`${s.th} ${s.num}`}>{t.reduction}</th>
              <th className={`${s.th} ${s.num}`}>{t.cases}</th>
              <th className={`${s.th} ${s.num}`}>{t.amount}</th>
            </tr>
          </thead>
          <tbody>
            {r.communes.map((c) => (
              <tr key={c.commune}>
                <td className={s.td}>{c.commune}</td>
                <td
                  className={`${s.td} ${s.num}`}
                  title={`${t.levelCommune} ${c.reduction.commune} · ${t.levelHamlet} ${c.reduction.hamlet}`}
                >
                  {c.reduction.commune + c.reduction.hamlet}
                </td>
                <td
                  className={`${s.td} ${s.num}`}
                  title={`${t.levelCommune} ${c.cases.commune} · ${t.levelHamlet} ${c.cases.hamlet}`}
                >
                  {c.cases.total}
                </td>
                <td className={`${s.td} ${s.num}`}>{formatDong(c.amount.total)}</td>
              </tr>
            ))}
            <tr>
              <td className={s.td}>
                <strong>{t.total}</strong>
              </td>
              <td className={`${s.td} ${s.num}`}>
                <strong>{r.totals.reduction.commune + r.totals.reduction.hamlet}</strong>
              </td>
              <td className={`${s.td} ${s.num}`}>
                <strong>{r.totals.cases.total}</strong>
              </td>
              <td className={`${s.td} ${s.num}`}>
                <strong data-testid="total-amount">{formatDong(r.totals.amount.total)}</strong>
                {unverified && (
                  <div className={s.muted} data-testid="total-unverified">
                    {t.hasUnverified}
                  </div>
                )}
              </td>
            </tr>
          </tbody>
        </table>
      )}
      {r.communes.length > 0 && (
        <p className={s.small}>
          <strong>{t.inWords}:</strong> {r.amountInWords}
        </p>
      )}
      {r.payouts.length > 0 && (
        <details className={s.small} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t.perPerson(r.payouts.length)}</summary>
          {/* Drawn only when opened, a page at a time: a district pays thousands of people, and
              drawing them all (even folded) froze the pane for seconds after Tạo bảng. */}
          {open && (
            <ul style={{ margin: "4px 0", paddingLeft: 16 }}>
              {r.payouts.slice(0, shown).map((p) => (
                <PersonLine
                  key={`${p.member.sheet}:${p.member.row}`}
                  p={p}
                  strings={t}
                  className={s.muted}
                />
              ))}
            </ul>
          )}
          {open && r.payouts.length > shown && (
            <Button size="small" appearance="subtle" onClick={() => setShown(shown + PEOPLE_PAGE)}>
              {t.showMorePeople(Math.min(PEOPLE_PAGE, r.payouts.length - shown))}
            </Button>
          )}
        </details>
      )}
    </div>
  );
}
