import Link from "next/link";
import { SourceRefLinks } from "@/components/sources/source-ref-links";
import { claimsAbout } from "@/lib/claims";
import type { Claim, FinancingItem, HistoryEvent } from "@/lib/definitions";
import { formatDateRange, labelsOf } from "@/lib/format";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import { decadeOf, eventFocusLinks, formatDecade } from "@/lib/timeline";
import styles from "./timeline.module.css";

type Props = {
  events: readonly HistoryEvent[];
  /** Group under decade headings; off when one decade is already chosen. */
  byDecade: boolean;
  tradeRange?: { from: number; to: number };
  financing: readonly FinancingItem[];
  claims: readonly Claim[];
  locale: Locale;
};

function EventEntry({
  event,
  tradeRange,
  financing,
  claims,
  locale,
}: Omit<Props, "events" | "byDecade"> & { event: HistoryEvent }) {
  const t = getT(locale);
  const links = eventFocusLinks(event, { tradeRange, financing }, t, locale);
  const checked = claimsAbout(claims, "events", [event.id]);
  return (
    <li id={event.id} className={styles.event}>
      <p className={styles.date}>
        <time dateTime={event.date}>{formatDateRange(event.date, event.endDate, locale)}</time>
      </p>
      <div className={styles.body}>
        <p className={styles.meta}>
          <span className={`badge ${styles.theme}`}>{labelsOf(locale).theme[event.theme]}</span>
        </p>
        <h3 className={styles.title}>{event.title}</h3>
        <p className={styles.summary}>{event.summary}</p>
        <p className={styles.sources}>
          {t("timeline.event.source")} <SourceRefLinks sources={event.sources} locale={locale} />
        </p>
        {checked.length > 0 ? (
          <p className={styles.sources}>
            {t("timeline.event.article")}{" "}
            {checked.map((claim, index) => (
              <span key={claim.id}>
                {index > 0 ? "; " : ""}
                <Link href={localizePath(locale, `/claims#${claim.id}`)}>“{claim.articleValue}”</Link>{" "}
                <span className={`badge badge--${claim.status}`}>{labelsOf(locale).claimStatus[claim.status]}</span>
              </span>
            ))}
          </p>
        ) : null}
        <p className={styles.links}>
          {links.map((link) => (
            <Link key={link.href} href={link.href}>
              {link.label} {t("timeline.event.arrow")}
            </Link>
          ))}
          <a
            href={localizePath(locale, `/timeline#${event.id}`)}
            className={styles.permalink}
            aria-label={t("timeline.event.permalinkLabel", { title: event.title })}
          >
            <span aria-hidden="true">#</span> {t("timeline.event.permalink")}
          </a>
        </p>
      </div>
    </li>
  );
}

/** The events in date order, each anchored by its id so a single event can be shared. */
export function EventList({ events, byDecade, ...context }: Props) {
  const t = getT(context.locale);
  if (events.length === 0) {
    return (
      <div className={styles.empty}>
        <p>{t("timeline.empty.text")}</p>
        <p>
          <Link href={localizePath(context.locale, "/timeline")}>{t("timeline.empty.showAll")}</Link>
        </p>
      </div>
    );
  }
  if (!byDecade) {
    return (
      <ol className={styles.list}>
        {events.map((event) => (
          <EventEntry key={event.id} event={event} {...context} />
        ))}
      </ol>
    );
  }
  const groups = new Map<number, HistoryEvent[]>();
  for (const event of events) groups.set(decadeOf(event.year), [...(groups.get(decadeOf(event.year)) ?? []), event]);
  return (
    <>
      {[...groups.entries()].map(([decade, group]) => (
        <section key={decade} aria-labelledby={`decade-${decade}`}>
          <h2 id={`decade-${decade}`} className={styles.decade}>
            {formatDecade(decade, t)}
          </h2>
          <ol className={styles.list}>
            {group.map((event) => (
              <EventEntry key={event.id} event={event} {...context} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
