import type { FinancingItem } from "@/lib/definitions";
import { countByStatus } from "@/lib/financing";
import { labelsOf } from "@/lib/format";
import { formatNumber, getT, type Locale } from "@/lib/i18n";

/** How many items ended each way, counted from the rows; statuses with no item are left out. */
export function FinancingStatusCounts({ items, locale }: { items: readonly FinancingItem[]; locale: Locale }) {
  const t = getT(locale);
  const labels = labelsOf(locale);
  const counts = countByStatus(items).filter((entry) => entry.count > 0);
  return (
    <>
      <p className="stats-intro muted">{t("financing.counts.intro", { count: items.length })}</p>
      <ul className="stats stats--compact" aria-label={t("financing.counts.label")}>
        {counts.map(({ status, count }) => (
          <li key={status} className="stat">
            <span className="stat__value">{formatNumber(locale, count)}</span>
            <span className="stat__label">
              <span className={`badge badge--${status}`}>{labels.financingStatus[status]}</span>
            </span>
            <span className="stat__source">{labels.financingStatusDescription[status]}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
