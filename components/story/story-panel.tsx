import Link from "next/link";
import { formatEventDate } from "@/lib/chart/from-data";
import type { HistoryEvent } from "@/lib/definitions";
import { THEME_LABELS } from "@/lib/format";

type Props = {
  events: readonly HistoryEvent[];
  heading: string;
  /** The panel's id, so chart markers and list items can refer to each other. */
  id: string;
};

/**
 * The events marked on a chart, numbered as the markers are. Rendered on the
 * server; a client enhancer can highlight items as markers are hovered.
 */
export function StoryPanel({ events, heading, id }: Props) {
  return (
    <aside className="panel story-panel" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`} className="story-panel__heading">
        {heading}
      </h2>
      {events.length === 0 ? (
        <p className="muted">No events in this range.</p>
      ) : (
        <ol className="story-list">
          {events.map((event, index) => (
            <li key={event.id} data-event-id={event.id} id={`${id}-${event.id}`}>
              <span className="story-number" aria-hidden="true">
                {index + 1}
              </span>
              <div>
                <p className="story-meta">
                  <time dateTime={event.date}>{formatEventDate(event)}</time> · {THEME_LABELS[event.theme]}
                </p>
                <h3 className="story-title">
                  <Link href={`/timeline#${event.id}`}>{event.title}</Link>
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
