import { EVENT_THEMES, type EventTheme, type FinancingItem, type HistoryEvent } from "./definitions";
import type { Translator } from "./i18n";
import { localizePath, type Locale } from "./i18n/locales";
import { labelsOf, projectLabel } from "./format";

/*
 * The timeline's filters and links. The filter lives in the URL (`theme`,
 * `decade`) so a filtered view can be shared and works as a plain GET form;
 * a value we do not recognise falls back to "all" with a notice, never an error.
 */

export type SearchParams = Record<string, string | string[] | undefined>;

export type TimelineFilter = { theme?: EventTheme; decade?: number };

/**
 * A query value we did not recognise, kept as data (what was wrong and the
 * value as given, cut to 40 characters) so each language words it itself.
 */
export type TimelineNotice = { kind: "theme" | "decade"; value: string };

export type TimelineQuery = { filter: TimelineFilter; notices: TimelineNotice[] };

export function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

/** "1980s", "1980 کی دہائی", "1980-е". */
export function formatDecade(decade: number, t: Translator): string {
  return t("timeline.decade", { decade: String(decade) });
}

function lastYear(event: Pick<HistoryEvent, "year" | "endDate">): number {
  return event.endDate === undefined ? event.year : Number(event.endDate.slice(0, 4));
}

/** Every decade an event touches: a war from 1979 to 1989 belongs to the 1970s and the 1980s. */
export function decadesOfEvent(event: Pick<HistoryEvent, "year" | "endDate">): number[] {
  const decades: number[] = [];
  for (let decade = decadeOf(event.year); decade <= decadeOf(lastYear(event)); decade += 10) decades.push(decade);
  return decades;
}

/** The decades the events cover, earliest first, with how many events touch each. */
export function decadeCounts(events: readonly HistoryEvent[]): { decade: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const event of events) {
    for (const decade of decadesOfEvent(event)) counts.set(decade, (counts.get(decade) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([decade, count]) => ({ decade, count }));
}

/** Each theme in its fixed order, with how many events carry it (themes with none are kept, at 0). */
export function themeCounts(events: readonly HistoryEvent[]): { theme: EventTheme; count: number }[] {
  return EVENT_THEMES.map((theme) => ({ theme, count: events.filter((event) => event.theme === theme).length }));
}

function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed === undefined || trimmed === "" || trimmed === "all" ? undefined : trimmed;
}

/**
 * Reads `theme` and `decade` from the query string. `decade` is the first year
 * of a decade (`1980`; `1980s` is accepted too). Anything else is ignored and
 * explained in a notice the page shows above the list.
 */
export function parseTimelineQuery(params: SearchParams): TimelineQuery {
  const notices: TimelineNotice[] = [];
  const filter: TimelineFilter = {};

  const theme = single(params.theme);
  if (theme !== undefined) {
    if ((EVENT_THEMES as readonly string[]).includes(theme)) {
      filter.theme = theme as EventTheme;
    } else {
      notices.push({ kind: "theme", value: theme.slice(0, 40) });
    }
  }

  const decade = single(params.decade);
  if (decade !== undefined) {
    const match = /^(\d{3}0)s?$/.exec(decade);
    if (match?.[1] !== undefined) {
      filter.decade = Number(match[1]);
    } else {
      notices.push({ kind: "decade", value: decade.slice(0, 40) });
    }
  }

  return { filter, notices };
}

/** A notice in the reader's language, quoting the value as given and, for a theme, naming the themes we use. */
export function describeNotice(notice: TimelineNotice, t: Translator, locale: Locale): string {
  if (notice.kind === "decade") return t("timeline.notice.decade", { value: notice.value });
  const themes = EVENT_THEMES.map((theme) => labelsOf(locale).theme[theme].toLocaleLowerCase(locale)).join(", ");
  return t("timeline.notice.theme", { value: notice.value, themes });
}

export function filterEvents(events: readonly HistoryEvent[], filter: TimelineFilter): HistoryEvent[] {
  return events.filter(
    (event) =>
      (filter.theme === undefined || event.theme === filter.theme) &&
      (filter.decade === undefined || decadesOfEvent(event).includes(filter.decade)),
  );
}

/** The timeline's address for a filter, leaving out what is not set so links stay short (in English; see `localizePath`). */
export function timelineHref(filter: TimelineFilter): string {
  const params = new URLSearchParams();
  if (filter.theme !== undefined) params.set("theme", filter.theme);
  if (filter.decade !== undefined) params.set("decade", String(filter.decade));
  const query = params.toString();
  return query === "" ? "/timeline" : `/timeline?${query}`;
}

/** A short description of the active filter, for the heading above the results. */
export function describeFilter(
  filter: TimelineFilter,
  shown: number,
  total: number,
  t: Translator,
  locale: Locale,
): string {
  const parts = [
    filter.theme === undefined
      ? undefined
      : t("timeline.filters.themePart", { theme: labelsOf(locale).theme[filter.theme].toLocaleLowerCase(locale) }),
    filter.decade === undefined
      ? undefined
      : t("timeline.filters.decadePart", { decade: formatDecade(filter.decade, t) }),
  ].filter((part): part is string => part !== undefined);
  return parts.length === 0
    ? t("timeline.filters.all", { total })
    : t("timeline.filters.some", { shown, total, parts: parts.join(", ") });
}

export type FocusLink = { href: string; label: string };

/** Years a trade link may focus on either side of the event, so the chart shows what came before and after. */
const TRADE_CONTEXT_YEARS = 2;

/**
 * Where a reader can see an event's consequences in the figures: the trade
 * explorer around its years (when we hold trade figures for them) and, for an
 * event tied to financing, the project whose items are closest in time.
 */
export function eventFocusLinks(
  event: HistoryEvent,
  context: { tradeRange?: { from: number; to: number }; financing: readonly FinancingItem[] },
  t: Translator,
  locale: Locale,
): FocusLink[] {
  const links: FocusLink[] = [];
  const start = event.year;
  const end = lastYear(event);

  if (event.related === "financing" || event.theme === "aid") {
    const project = closestProject(event, context.financing);
    if (project !== undefined)
      links.push({
        href: localizePath(locale, `/financing#${project}`),
        label: t("timeline.event.financingProject", { project: projectLabel(project, locale) }),
      });
    else if (event.related === "financing")
      links.push({ href: localizePath(locale, "/financing"), label: t("timeline.event.financing") });
  }

  const range = context.tradeRange;
  if (range !== undefined && end >= range.from && start <= range.to) {
    const from = Math.max(range.from, start - TRADE_CONTEXT_YEARS);
    const to = Math.min(range.to, end + TRADE_CONTEXT_YEARS);
    links.push({
      href: localizePath(locale, `/trade?from=${from}&to=${to}`),
      label: t("timeline.event.trade", { from: String(from), to: String(to) }),
    });
  }
  return links;
}

/**
 * The project of the financing item dated nearest to the event: same day
 * first, then same month, then same year, then an item running over the
 * event's years. Among items equally near, the largest amount wins, so an
 * event points at the headline package of its day rather than one of its parts.
 * Events carry no project of their own, so this is a best match by date.
 */
function closestProject(event: HistoryEvent, financing: readonly FinancingItem[]): string | undefined {
  const end = lastYear(event);
  const score = (item: FinancingItem): number => {
    if (item.date === event.date) return 0;
    if (item.date.slice(0, 7) === event.date.slice(0, 7) && event.precision !== "year") return 1;
    if (item.year === event.year) return 2;
    const itemEnd = item.endYear ?? item.year;
    if (itemEnd >= event.year && item.year <= end) return 3;
    return Number.POSITIVE_INFINITY;
  };
  let best: { project: string; score: number; amount: number } | undefined;
  for (const item of financing) {
    const value = score(item);
    const amount = item.amountMaxUsdM ?? item.amountUsdM ?? 0;
    if (value === Number.POSITIVE_INFINITY) continue;
    if (best === undefined || value < best.score || (value === best.score && amount > best.amount)) {
      best = { project: item.project, score: value, amount };
    }
  }
  return best?.project;
}
