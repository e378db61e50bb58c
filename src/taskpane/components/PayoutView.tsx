import * as React from "react";
import { MessageBar, MessageBarBody } from "../fluent";
import type { PayoutReport } from "../../engine";
import { formatDong, type Strings } from "../strings";
import { useStyles } from "./styles";

export interface PayoutViewProps {
  strings: Strings;
  report: PayoutReport;
  generated: { names: string[]; narrative: string[]; errors: number } | null;
}

/** Per commune: cases and amount; the totals, the amount in words, the report's sentences. */
export function PayoutView(props: PayoutViewProps): React.ReactElement {
  const s = useStyles();
  const t = props.strings;
  const r = props.report;
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
    </div>
  );
}
