import { describeCountedTotal, type ProjectSummary } from "@/lib/financing";
import { formatDateRange, formatFinancingAmount, formatUsdCompact } from "@/lib/format";
import { getT, type Locale } from "@/lib/i18n";
import styles from "./financing.module.css";

/**
 * What a project's items add up to, computed from its rows: money approved
 * or paid counted once, offers listed but never added, and the spread of
 * cost estimates. Only statements the rows support appear.
 */
export function ProjectSummaryView({
  summary,
  label,
  locale,
}: {
  summary: ProjectSummary;
  label: string;
  locale: Locale;
}) {
  const t = getT(locale);
  const separator = t("financing.summary.separator");
  const { counted, uncommitted, costEstimates, parts, withoutAmount } = summary;
  const entries: { term: string; amount: string; detail?: string }[] = [];
  if (counted !== undefined) {
    const { amount, detail, computed } = describeCountedTotal(counted, locale);
    entries.push({
      // A sum of several published amounts is ours; the term says so as well as the detail.
      term: computed ? t("financing.summary.countedComputed") : t("financing.summary.countedAsPublished"),
      amount,
      detail:
        counted.kind === "total"
          ? [
              detail,
              parts > 0 ? t("financing.summary.partsNotAdded", { count: parts }) : undefined,
              t("financing.summary.countedOnce"),
            ]
              .filter(Boolean)
              .join(separator)
          : detail,
    });
  }
  if (uncommitted.count > 0) {
    const largest = uncommitted.largest;
    entries.push({
      term: t("financing.summary.uncommitted"),
      amount: t("financing.summary.itemCount", { count: uncommitted.count }),
      detail:
        largest === undefined
          ? t("financing.summary.noDollarAmount")
          : t("financing.summary.largestOffer", {
              amount: formatFinancingAmount(largest, locale),
              date: formatDateRange(largest.date, largest.endDate, locale),
            }),
    });
  }
  if (costEstimates !== undefined) {
    entries.push({
      term: t("financing.summary.costEstimates"),
      amount:
        costEstimates.low === costEstimates.high
          ? formatUsdCompact(costEstimates.low, locale)
          : t("financing.summary.estimateRange", {
              low: formatUsdCompact(costEstimates.low, locale),
              high: formatUsdCompact(costEstimates.high, locale),
            }),
      detail: t("financing.summary.estimateCount", { count: costEstimates.count }),
    });
  }
  if (entries.length === 0) return null;
  return (
    <dl className={styles.summary} aria-label={t("financing.summary.label", { project: label })}>
      {entries.map((entry) => (
        <div key={entry.term} className={styles.summaryEntry}>
          <dt>{entry.term}</dt>
          <dd>
            <span className={styles.summaryAmount}>{entry.amount}</span>
            {entry.detail !== undefined ? <span className={styles.summaryDetail}>{entry.detail}</span> : null}
          </dd>
        </div>
      ))}
      {withoutAmount > 0 ? (
        <div className={styles.summaryEntry}>
          <dt>{t("financing.summary.withoutAmount")}</dt>
          <dd>
            <span className={styles.summaryAmount}>{t("financing.summary.itemCount", { count: withoutAmount })}</span>
            <span className={styles.summaryDetail}>{t("financing.summary.leftOut")}</span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
