import Link from "next/link";
import type { HistoryEvent } from "@/lib/definitions";
import { labelsOf } from "@/lib/format";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import {
  decadeCounts,
  describeFilter,
  filterEvents,
  formatDecade,
  themeCounts,
  timelineHref,
  type TimelineFilter,
} from "@/lib/timeline";
import styles from "./timeline.module.css";

type Chip = { key: string; label: string; count: number; href: string; current: boolean };

function ChipGroup({ name, label, chips }: { name: string; label: string; chips: readonly Chip[] }) {
  return (
    <div className={styles.chipGroup} role="group" aria-labelledby={`filter-${name}`}>
      <span id={`filter-${name}`} className={styles.chipLabel}>
        {label}
      </span>
      <ul className={styles.chips}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              className={chip.count === 0 ? `${styles.chip} ${styles.chipEmpty}` : styles.chip}
              aria-current={chip.current ? "true" : undefined}
              scroll={false}
            >
              {chip.label} <span className={styles.chipCount}>{chip.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Theme and decade filters as plain links: each keeps the other filter, so
 * they combine, work without JavaScript and give a URL that can be shared.
 * Counts show how many events each choice would give.
 */
export function TimelineFilters({
  events,
  filter,
  shownCount,
  locale,
}: {
  events: readonly HistoryEvent[];
  filter: TimelineFilter;
  shownCount: number;
  locale: Locale;
}) {
  const t = getT(locale);
  const href = (chosen: TimelineFilter) => localizePath(locale, timelineHref(chosen));
  const inDecade = filterEvents(events, { decade: filter.decade });
  const inTheme = filterEvents(events, { theme: filter.theme });
  const themes: Chip[] = [
    {
      key: "all",
      label: t("timeline.filters.allThemes"),
      count: inDecade.length,
      href: href({ decade: filter.decade }),
      current: filter.theme === undefined,
    },
    ...themeCounts(inDecade).map(({ theme, count }) => ({
      key: theme,
      label: labelsOf(locale).theme[theme],
      count,
      href: href({ theme, decade: filter.decade }),
      current: filter.theme === theme,
    })),
  ];
  const allDecades = decadeCounts(events).map((entry) => entry.decade);
  const countsInTheme = new Map(decadeCounts(inTheme).map((entry) => [entry.decade, entry.count]));
  const decades: Chip[] = [
    {
      key: "all",
      label: t("timeline.filters.allDecades"),
      count: inTheme.length,
      href: href({ theme: filter.theme }),
      current: filter.decade === undefined,
    },
    ...allDecades.map((decade) => ({
      key: String(decade),
      label: formatDecade(decade, t),
      count: countsInTheme.get(decade) ?? 0,
      href: href({ theme: filter.theme, decade }),
      current: filter.decade === decade,
    })),
  ];
  return (
    <nav className={styles.filters} aria-label={t("timeline.filters.label")}>
      <ChipGroup name="Theme" label={t("timeline.filters.theme")} chips={themes} />
      <ChipGroup name="Decade" label={t("timeline.filters.decade")} chips={decades} />
      <p className={styles.resultLine}>{describeFilter(filter, shownCount, events.length, t, locale)}</p>
    </nav>
  );
}
