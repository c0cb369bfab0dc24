import type { FinancingItem } from "@/lib/definitions";
import { countByStatus } from "@/lib/financing";
import { FINANCING_STATUS_DESCRIPTIONS, FINANCING_STATUS_LABELS } from "@/lib/format";

/** How many items ended each way, counted from the rows; statuses with no item are left out. */
export function FinancingStatusCounts({ items }: { items: readonly FinancingItem[] }) {
  const counts = countByStatus(items).filter((entry) => entry.count > 0);
  return (
    <>
      <p className="stats-intro muted">{items.length} financing items, each with its source, stand as follows:</p>
      <ul className="stats stats--compact" aria-label="Financing items by status">
        {counts.map(({ status, count }) => (
          <li key={status} className="stat">
            <span className="stat__value">{count}</span>
            <span className="stat__label">
              <span className={`badge badge--${status}`}>{FINANCING_STATUS_LABELS[status]}</span>
            </span>
            <span className="stat__source">{FINANCING_STATUS_DESCRIPTIONS[status]}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
