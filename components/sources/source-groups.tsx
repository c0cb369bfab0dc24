import type { Source, SourceKind } from "@/lib/definitions";
import { labelsOf } from "@/lib/format";
import { getT, type Locale } from "@/lib/i18n";
import type { Citation } from "@/lib/sources";
import { SourceEntry } from "./source-entry";
import styles from "./sources.module.css";

type Props = {
  groups: readonly { kind: SourceKind; sources: readonly Source[] }[];
  citations: ReadonlyMap<string, readonly Citation[]>;
  locale: Locale;
};

/** Sources under a heading per kind, each with what the data cites it for. */
export function SourceGroups({ groups, citations, locale }: Props) {
  const t = getT(locale);
  if (groups.length === 0) return <p className="notice">{t("sources.groups.empty")}</p>;
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
            {labelsOf(locale).sourceKind[group.kind]}{" "}
            <span className="muted">{t("sources.groups.count", { count: group.sources.length })}</span>
          </h2>
          <ul className={styles.list}>
            {group.sources.map((source) => (
              <SourceEntry key={source.id} source={source} citations={citations.get(source.id) ?? []} locale={locale} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
