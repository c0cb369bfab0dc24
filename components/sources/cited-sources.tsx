import type { SourceRef } from "@/lib/definitions";
import { formatPartialDate } from "@/lib/format";
import { citedSources } from "@/lib/views";

/** The sources behind a set of rows, each linking to its full entry on /sources. */
export function CitedSources({ rows }: { rows: readonly { sources: readonly SourceRef[] }[] }) {
  const sources = citedSources(rows);
  return (
    <ol className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <a href={`/sources#${source.id}`}>{source.title}</a>, {source.publisher}
          {source.date ? `, ${formatPartialDate(source.date)}` : ""}
          {source.url ? (
            <>
              {" "}
              ·{" "}
              <a href={source.url} rel="noopener noreferrer">
                original
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
