import type { FinancingItem } from "@/lib/definitions";
import {
  FINANCING_KIND_LABELS,
  FINANCING_STATUS_LABELS,
  formatDateRange,
  formatFinancingAmount,
  formatOriginalAmount,
} from "@/lib/format";
import { SourceLinks } from "@/components/tables/source-links";
import styles from "./financing.module.css";

type Heading = "h3" | "h4" | "h5";

/** Amount, kind and status of an item, each in words; the status badge repeats its colour as text. */
function ItemFigure({ item }: { item: FinancingItem }) {
  const original = formatOriginalAmount(item);
  return (
    <p className={styles.figure}>
      <span className={item.amountUsdM === undefined ? `${styles.amount} ${styles.noAmount}` : styles.amount}>
        {formatFinancingAmount(item)}
      </span>
      {original !== undefined ? <span className="muted"> (published as {original})</span> : null}{" "}
      <span className={`badge ${styles.kind}`}>{FINANCING_KIND_LABELS[item.kind]}</span>{" "}
      <span className={`badge badge--${item.status}`}>{FINANCING_STATUS_LABELS[item.status]}</span>
    </p>
  );
}

function ItemDetails({ item, titles }: { item: FinancingItem; titles: ReadonlyMap<string, string> }) {
  const whole = item.partOf === undefined ? undefined : titles.get(item.partOf);
  return (
    <>
      <p className={styles.parties}>
        {item.financier}
        {item.counterpart !== undefined ? (
          <>
            {" "}
            <span aria-hidden="true">→</span>
            <span className="visually-hidden">to</span> {item.counterpart}
          </>
        ) : null}
      </p>
      {item.note !== undefined ? <p className={styles.note}>{item.note}</p> : null}
      {item.partOf !== undefined ? (
        <p className={styles.note}>
          Part of <a href={`#${item.partOf}`}>{whole ?? item.partOf}</a>; not added to it.
        </p>
      ) : null}
      <p className={styles.sources}>
        Source: <SourceLinks sources={item.sources} />
      </p>
    </>
  );
}

type CardProps = {
  item: FinancingItem;
  parts: readonly FinancingItem[];
  heading: Heading;
  /** Titles of every item by id, to name the total a share belongs to. */
  titles: ReadonlyMap<string, string>;
};

/** One financing item as a list entry, anchored by its id so claims and sources can link to it. */
export function FinancingItemCard({ item, parts, heading: Heading, titles }: CardProps) {
  return (
    <li className={styles.item} id={item.id}>
      <p className={styles.when}>
        <time dateTime={item.date}>{formatDateRange(item.date, item.endDate)}</time>
      </p>
      <div className={styles.body}>
        <Heading className={styles.title}>{item.item}</Heading>
        <ItemFigure item={item} />
        <ItemDetails item={{ ...item, partOf: parts.length > 0 ? undefined : item.partOf }} titles={titles} />
        {parts.length > 0 ? (
          <div className={styles.parts}>
            <p className={styles.partsHeading}>Of which, already inside this amount:</p>
            <ul>
              {parts.map((part) => {
                const rivals = parts.filter((other) => part.conflictsWith.includes(other.id));
                return (
                  <li key={part.id} id={part.id}>
                    <p className={styles.partTitle}>{part.item}</p>
                    {rivals.length > 0 ? (
                      <p className={styles.note}>
                        <span className="badge badge--conflicting">Sources disagree</span> with{" "}
                        {rivals.map((rival, index) => (
                          <span key={rival.id}>
                            {index > 0 ? ", " : null}
                            <a href={`#${rival.id}`}>{rival.item}</a> ({formatFinancingAmount(rival)})
                          </span>
                        ))}
                        ; both are shown and we do not pick one.
                      </p>
                    ) : null}
                    <ItemFigure item={part} />
                    <ItemDetails item={{ ...part, partOf: undefined }} titles={titles} />
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
      </div>
    </li>
  );
}

type ConflictProps = { items: readonly FinancingItem[]; heading: Heading; titles: ReadonlyMap<string, string> };

/** Rows that disagree about one amount, side by side; neither is chosen over the other. */
export function FinancingConflictCard({ items, heading: Heading, titles }: ConflictProps) {
  const dates = [...new Set(items.map((item) => formatDateRange(item.date, item.endDate)))];
  return (
    <li className={`${styles.item} ${styles.conflict}`}>
      <p className={styles.when}>{dates.join(" · ")}</p>
      <div className={styles.body}>
        <p className={styles.conflictNote}>
          <span className="badge badge--conflicting">Sources disagree</span> {items.length} figures for the same thing.
          All are shown; we do not pick one.
        </p>
        <ul className={styles.conflictGrid}>
          {items.map((item) => (
            <li key={item.id} id={item.id} className={styles.conflictItem}>
              <Heading className={styles.title}>{item.item}</Heading>
              {dates.length > 1 ? (
                <p className={styles.partTitle}>
                  <time dateTime={item.date}>{formatDateRange(item.date, item.endDate)}</time>
                </p>
              ) : null}
              <ItemFigure item={item} />
              <ItemDetails item={item} titles={titles} />
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}
