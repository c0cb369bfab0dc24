import type { FinancingItem } from "@/lib/definitions";
import { proseAttributes } from "@/lib/financing";
import { formatDateRange, formatFinancingAmount, formatOriginalAmount, labelsOf } from "@/lib/format";
import { getT, type Locale } from "@/lib/i18n";
import { SourceLinks } from "@/components/tables/source-links";
import styles from "./financing.module.css";

type Heading = "h3" | "h4" | "h5";

/** Amount, kind and status of an item, each in words; the status badge repeats its colour as text. */
function ItemFigure({ item, locale }: { item: FinancingItem; locale: Locale }) {
  const t = getT(locale);
  const labels = labelsOf(locale);
  const original = formatOriginalAmount(item, locale);
  return (
    <p className={styles.figure}>
      <span className={item.amountUsdM === undefined ? `${styles.amount} ${styles.noAmount}` : styles.amount}>
        {formatFinancingAmount(item, locale)}
      </span>
      {original !== undefined ? (
        <span className="muted"> {t("financing.item.publishedAs", { amount: original })}</span>
      ) : null}{" "}
      <span className={`badge ${styles.kind}`}>{labels.financingKind[item.kind]}</span>{" "}
      <span className={`badge badge--${item.status}`}>{labels.financingStatus[item.status]}</span>
    </p>
  );
}

function ItemDetails({
  item,
  titles,
  locale,
}: {
  item: FinancingItem;
  titles: ReadonlyMap<string, string>;
  locale: Locale;
}) {
  const t = getT(locale);
  const whole = item.partOf === undefined ? undefined : (titles.get(item.partOf) ?? item.partOf);
  return (
    <>
      <p className={styles.parties}>
        <span {...proseAttributes(item.financier, locale)}>{item.financier}</span>
        {item.counterpart !== undefined ? (
          <>
            {" "}
            {/* The arrow points from giver to receiver in the reading direction. */}
            <span aria-hidden="true">{locale === "ur" ? "←" : "→"}</span>
            <span className="visually-hidden">{t("financing.item.to")}</span>{" "}
            <span {...proseAttributes(item.counterpart, locale)}>{item.counterpart}</span>
          </>
        ) : null}
      </p>
      {item.note !== undefined ? (
        <p className={styles.note} {...proseAttributes(item.note, locale)}>
          {item.note}
        </p>
      ) : null}
      {item.partOf !== undefined && whole !== undefined ? (
        <p className={styles.note}>
          {t.rich("financing.item.partOf", {
            whole,
            link: (chunks) => (
              <a href={`#${item.partOf}`} {...proseAttributes(whole, locale)}>
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : null}
      <p className={styles.sources}>
        {t("financing.item.source")} {/* Publishers are proper names, given as they publish them. */}
        <span {...(locale === "en" ? {} : { lang: "en", dir: "ltr" })}>
          <SourceLinks sources={item.sources} />
        </span>
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
  locale: Locale;
};

/** One financing item as a list entry, anchored by its id so claims and sources can link to it. */
export function FinancingItemCard({ item, parts, heading: Heading, titles, locale }: CardProps) {
  const t = getT(locale);
  return (
    <li className={styles.item} id={item.id}>
      <p className={styles.when}>
        <time dateTime={item.date}>{formatDateRange(item.date, item.endDate, locale)}</time>
      </p>
      <div className={styles.body}>
        <Heading className={styles.title} {...proseAttributes(item.item, locale)}>
          {item.item}
        </Heading>
        <ItemFigure item={item} locale={locale} />
        <ItemDetails
          item={{ ...item, partOf: parts.length > 0 ? undefined : item.partOf }}
          titles={titles}
          locale={locale}
        />
        {parts.length > 0 ? (
          <div className={styles.parts}>
            <p className={styles.partsHeading}>{t("financing.item.partsHeading")}</p>
            <ul>
              {parts.map((part) => {
                const rivals = parts.filter((other) => part.conflictsWith.includes(other.id));
                return (
                  <li key={part.id} id={part.id}>
                    <p className={styles.partTitle} {...proseAttributes(part.item, locale)}>
                      {part.item}
                    </p>
                    {rivals.length > 0 ? (
                      <p className={styles.note}>
                        <span className="badge badge--conflicting">{t("financing.item.sourcesDisagree")}</span>{" "}
                        {t("financing.item.disagreesWith")}{" "}
                        {rivals.map((rival, index) => (
                          <span key={rival.id}>
                            {index > 0 ? t("financing.summary.separator") : null}
                            <a href={`#${rival.id}`} {...proseAttributes(rival.item, locale)}>
                              {rival.item}
                            </a>{" "}
                            ({formatFinancingAmount(rival, locale)})
                          </span>
                        ))}
                        {t("financing.item.bothShown")}
                      </p>
                    ) : null}
                    <ItemFigure item={part} locale={locale} />
                    <ItemDetails item={{ ...part, partOf: undefined }} titles={titles} locale={locale} />
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

type ConflictProps = {
  items: readonly FinancingItem[];
  heading: Heading;
  titles: ReadonlyMap<string, string>;
  locale: Locale;
};

/** Rows that disagree about one amount, side by side; neither is chosen over the other. */
export function FinancingConflictCard({ items, heading: Heading, titles, locale }: ConflictProps) {
  const t = getT(locale);
  const dates = [...new Set(items.map((item) => formatDateRange(item.date, item.endDate, locale)))];
  return (
    <li className={`${styles.item} ${styles.conflict}`}>
      <p className={styles.when}>{dates.join(" · ")}</p>
      <div className={styles.body}>
        <p className={styles.conflictNote}>
          <span className="badge badge--conflicting">{t("financing.item.sourcesDisagree")}</span>{" "}
          {t("financing.item.conflict", { count: items.length })}
        </p>
        <ul className={styles.conflictGrid}>
          {items.map((item) => (
            <li key={item.id} id={item.id} className={styles.conflictItem}>
              <Heading className={styles.title} {...proseAttributes(item.item, locale)}>
                {item.item}
              </Heading>
              {dates.length > 1 ? (
                <p className={styles.partTitle}>
                  <time dateTime={item.date}>{formatDateRange(item.date, item.endDate, locale)}</time>
                </p>
              ) : null}
              <ItemFigure item={item} locale={locale} />
              <ItemDetails item={item} titles={titles} locale={locale} />
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}
