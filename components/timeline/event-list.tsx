import Link from "next/link";
import { SourceLinks } from "@/components/tables/source-links";
import { formatEventDate } from "@/lib/chart/from-data";
import { claimsAbout } from "@/lib/claims";
import type { Claim, FinancingItem, HistoryEvent } from "@/lib/definitions";
import { CLAIM_STATUS_LABELS, THEME_LABELS } from "@/lib/format";
import { decadeOf, eventFocusLinks, formatDecade } from "@/lib/timeline";
import styles from "./timeline.module.css";

type Props = {
  events: readonly HistoryEvent[];
  /** Group under decade headings; off when one decade is already chosen. */
  byDecade: boolean;
  tradeRange?: { from: number; to: number };
  financing: readonly FinancingItem[];
  claims: readonly Claim[];
};

function EventEntry({
  event,
  tradeRange,
  financing,
  claims,
}: Omit<Props, "events" | "byDecade"> & { event: HistoryEvent }) {
  const links = eventFocusLinks(event, { tradeRange, financing });
  const checked = claimsAbout(claims, "events", [event.id]);
  return (
    <li id={event.id} className={styles.event}>
      <p className={styles.date}>
        <time dateTime={event.date}>{formatEventDate(event)}</time>
      </p>
      <div className={styles.body}>
        <p className={styles.meta}>
          <span className={`badge ${styles.theme}`}>{THEME_LABELS[event.theme]}</span>
        </p>
        <h3 className={styles.title}>{event.title}</h3>
        <p className={styles.summary}>{event.summary}</p>
        <p className={styles.sources}>
          Source: <SourceLinks sources={event.sources} />
        </p>
        {checked.length > 0 ? (
          <p className={styles.sources}>
            The source article on this:{" "}
            {checked.map((claim, index) => (
              <span key={claim.id}>
                {index > 0 ? "; " : ""}
                <Link href={`/claims#${claim.id}`}>“{claim.articleValue}”</Link>{" "}
                <span className={`badge badge--${claim.status}`}>{CLAIM_STATUS_LABELS[claim.status]}</span>
              </span>
            ))}
          </p>
        ) : null}
        <p className={styles.links}>
          {links.map((link) => (
            <Link key={link.href} href={link.href}>
              {link.label} →
            </Link>
          ))}
          <a
            href={`/timeline#${event.id}`}
            className={styles.permalink}
            aria-label={`Link to this event: ${event.title}`}
          >
            <span aria-hidden="true">#</span> Link to this event
          </a>
        </p>
      </div>
    </li>
  );
}

/** The events in date order, each anchored by its id so a single event can be shared. */
export function EventList({ events, byDecade, ...context }: Props) {
  if (events.length === 0) {
    return (
      <div className={styles.empty}>
        <p>No event matches this combination of theme and decade.</p>
        <p>
          <Link href="/timeline">Show all events</Link>
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
            {formatDecade(decade)}
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
