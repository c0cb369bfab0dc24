import type { SourceRef } from "@/lib/definitions";

/** Sources of a row as links to their entries on /sources (and out to the original where known). */
export function SourceLinks({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <>
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? "; " : null}
          <a href={`/sources#${source.id}`} title={source.title}>
            {source.publisher}
            {source.date ? ` (${source.date.slice(0, 4)})` : ""}
          </a>
        </span>
      ))}
    </>
  );
}
