import type { Source, SourceKind } from "@/lib/definitions";
import { SOURCE_KIND_LABELS } from "@/lib/format";
import type { Citation } from "@/lib/sources";
import { SourceEntry } from "./source-entry";
import styles from "./sources.module.css";

type Props = {
  groups: readonly { kind: SourceKind; sources: readonly Source[] }[];
  citations: ReadonlyMap<string, readonly Citation[]>;
};

/** Sources under a heading per kind, each with what the data cites it for. */
export function SourceGroups({ groups, citations }: Props) {
  if (groups.length === 0) return <p className="notice">No sources are recorded yet.</p>;
  return (
    <>
      {groups.map((group) => (
        <section
          key={group.kind}
          id={`kind-${group.kind}`}
          aria-labelledby={`kind-${group.kind}-heading`}
          className={styles.group}
        >
          <h2 id={`kind-${group.kind}-heading`}>
            {SOURCE_KIND_LABELS[group.kind]} <span className="muted">({group.sources.length})</span>
          </h2>
          <ul className={styles.list}>
            {group.sources.map((source) => (
              <SourceEntry key={source.id} source={source} citations={citations.get(source.id) ?? []} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
