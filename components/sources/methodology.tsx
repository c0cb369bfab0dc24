import Link from "next/link";
import { CLAIM_STATUSES, FINANCING_STATUSES, TRADE_STATUSES, type TradeObservation } from "@/lib/definitions";
import { labelsOf } from "@/lib/format";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import { yearsWithoutFigures } from "@/lib/insights";
import { homeRange } from "@/lib/views";
import styles from "./sources.module.css";

function StatusTable({
  caption,
  rows,
}: {
  caption: string;
  rows: readonly { status: string; label: string; description: string }[];
}) {
  return (
    <table className={styles.statusTable}>
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.status}>
            <th scope="row">
              <span className={`badge badge--${row.status}`}>{row.label}</span>
            </th>
            <td>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * How to read the figures, in our own words. The counts in it are worked out
 * from the trade rows, so the text stays true when rows are added.
 */
export function Methodology({ trade, locale }: { trade: readonly TradeObservation[]; locale: Locale }) {
  const t = getT(locale);
  const labels = labelsOf(locale);
  const fiscal = trade.filter((row) => row.basis === "fiscal").length;
  const partial = trade.filter((row) => row.basis === "partial").length;
  const pakistani = trade.filter((row) => row.perspective === "pakistani").length;
  const russian = trade.filter((row) => row.perspective === "russian").length;
  const unknown = trade.length - pakistani - russian;
  const { from, to } = homeRange(trade);
  const missing = yearsWithoutFigures(trade, from, to);

  return (
    <div className={styles.method}>
      <h3 id="fiscal-years">{t("sources.method.fiscalHeading")}</h3>
      <p>{t("sources.method.fiscal1")}</p>
      <p>{t("sources.method.fiscal2", { total: trade.length, fiscal, partial })}</p>

      <h3 id="whose-statistics">{t("sources.method.whoseHeading")}</h3>
      <p>
        {t.rich("sources.method.whose1", {
          cif: (chunks) => <abbr title={t("sources.method.cifTitle")}>{chunks}</abbr>,
          fob: (chunks) => <abbr title={t("sources.method.fobTitle")}>{chunks}</abbr>,
        })}
      </p>
      <p>{t("sources.method.whose2")}</p>
      <p>{t("sources.method.whose3", { pakistani, russian, unknown })}</p>

      <h3 id="press-figures">{t("sources.method.pressHeading")}</h3>
      <p>{t("sources.method.press1", { from: String(from), to: String(to), missing: missing.length })}</p>
      <p>
        {t.rich("sources.method.press2", {
          // The database's name as the IMF publishes it.
          name: (chunks) => <span lang="en">{chunks}</span>,
          link: (chunks) => <Link href={localizePath(locale, "/import")}>{chunks}</Link>,
        })}
      </p>

      <h3 id="statuses">{t("sources.method.statusesHeading")}</h3>
      <p>{t("sources.method.tradeStatuses")}</p>
      <StatusTable
        caption={t("sources.method.tradeCaption")}
        rows={TRADE_STATUSES.map((status) => ({
          status,
          label: labels.tradeStatus[status],
          description: labels.tradeStatusDescription[status],
        }))}
      />
      <p>{t("sources.method.financingStatuses")}</p>
      <StatusTable
        caption={t("sources.method.financingCaption")}
        rows={FINANCING_STATUSES.map((status) => ({
          status,
          label: labels.financingStatus[status],
          description: labels.financingStatusDescription[status],
        }))}
      />
      <p>{t("sources.method.claimStatuses")}</p>
      <StatusTable
        caption={t("sources.method.claimCaption")}
        rows={CLAIM_STATUSES.map((status) => ({
          status,
          label: labels.claimStatus[status],
          description: labels.claimStatusDescription[status],
        }))}
      />
    </div>
  );
}
