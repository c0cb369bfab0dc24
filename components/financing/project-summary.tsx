import { describeCountedTotal, type ProjectSummary } from "@/lib/financing";
import { formatDateRange, formatFinancingAmount, formatUsdCompact } from "@/lib/format";
import styles from "./financing.module.css";

/**
 * What a project's items add up to, computed from its rows: money approved
 * or paid counted once, offers listed but never added, and the spread of
 * cost estimates. Only statements the rows support appear.
 */
export function ProjectSummaryView({ summary, label }: { summary: ProjectSummary; label: string }) {
  const { counted, uncommitted, costEstimates, parts, withoutAmount } = summary;
  const entries: { term: string; amount: string; detail?: string }[] = [];
  if (counted !== undefined) {
    const { amount, detail, computed } = describeCountedTotal(counted);
    entries.push({
      // A sum of several published amounts is ours; the term says so as well as the detail.
      term: computed ? "Approved or paid, added up by us" : "Approved or paid, as far as our figures go",
      amount,
      detail:
        counted.kind === "total"
          ? [
              detail,
              parts > 0 ? `${parts} share${parts === 1 ? "" : "s"} of a total not added again` : undefined,
              "each amount counted once; money without a published figure is not in it",
            ]
              .filter(Boolean)
              .join("; ")
          : detail,
    });
  }
  if (uncommitted.count > 0) {
    const largest = uncommitted.largest;
    entries.push({
      term: "Offered, pledged or announced, never shown to be paid",
      amount: `${uncommitted.count} item${uncommitted.count === 1 ? "" : "s"}`,
      detail:
        largest === undefined
          ? "none with a dollar amount"
          : `not added up, since later offers often restate earlier ones; the largest is ${formatFinancingAmount(largest)} (${formatDateRange(largest.date, largest.endDate)})`,
    });
  }
  if (costEstimates !== undefined) {
    entries.push({
      term: "Cost estimates",
      amount:
        costEstimates.low === costEstimates.high
          ? formatUsdCompact(costEstimates.low)
          : `${formatUsdCompact(costEstimates.low)} to ${formatUsdCompact(costEstimates.high)}`,
      detail: `${costEstimates.count} estimate${costEstimates.count === 1 ? "" : "s"}: price tags, not money offered`,
    });
  }
  if (entries.length === 0) return null;
  return (
    <dl className={styles.summary} aria-label={`${label}: summary`}>
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
          <dt>Without a dollar amount</dt>
          <dd>
            <span className={styles.summaryAmount}>
              {withoutAmount} item{withoutAmount === 1 ? "" : "s"}
            </span>
            <span className={styles.summaryDetail}>left out of every figure above</span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
