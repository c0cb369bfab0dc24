import Link from "next/link";
import type { HistoryEvent } from "@/lib/definitions";
import { formatDateRange, labelsOf } from "@/lib/format";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import enTimeline from "@/messages/en/timeline.json";
import ruTimeline from "@/messages/ru/timeline.json";
import urTimeline from "@/messages/ur/timeline.json";

type Props = {
  events: readonly HistoryEvent[];
  heading: string;
  /** The panel's id, so chart markers and list items can refer to each other. */
  id: string;
  locale: Locale;
};

/*
 * The panel is drawn on the server on / and /trade, and in the browser by the
 * import page's combined view, so it cannot use the server's translator
 * (lib/i18n carries every catalogue). Its one sentence of its own comes from
 * the timeline catalogue's `story` entry, read here directly: that message
 * takes no arguments, and the rest is the caller's heading and the data.
 */
const STORY = { en: enTimeline.story, ur: urTimeline.story, ru: ruTimeline.story } as const;

/**
 * The events marked on a chart, numbered as the markers are. Rendered on the
 * server; a client enhancer can highlight items as markers are hovered.
 */
export function StoryPanel({ events, heading, id, locale }: Props) {
  return (
    <aside className="panel story-panel" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`} className="story-panel__heading">
        {heading}
      </h2>
      {events.length === 0 ? (
        <p className="muted">{STORY[locale].empty}</p>
      ) : (
        <ol className="story-list">
          {events.map((event, index) => (
            <li key={event.id} data-event-id={event.id} id={`${id}-${event.id}`}>
              <span className="story-number" aria-hidden="true">
                {index + 1}
              </span>
              <div>
                <p className="story-meta">
                  <time dateTime={event.date}>{formatDateRange(event.date, event.endDate, locale)}</time> ·{" "}
                  {labelsOf(locale).theme[event.theme]}
                </p>
                <h3 className="story-title">
                  <Link href={localizePath(locale, `/timeline#${event.id}`)}>{event.title}</Link>
                </h3>
                <p className="story-summary">{event.summary}</p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
