import { CitationTexts } from "@/components/share/citation-texts";
import { citationTemplates, isoDate } from "@/lib/citation";
import type { DataVersion } from "@/lib/data";
import type { Source } from "@/lib/definitions";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import { SITE } from "@/lib/site";

/* What the dashboard's datasets are called in a citation of them all. */
const DATASETS_TITLE = "Trade, aid and project financing between Pakistan and Russia: datasets with their sources";

/**
 * A citation for the dashboard itself, pinned to the data version shown in the
 * footer, in every format a chart's is. The citations are written in the
 * English of their styles (APA, Chicago, BibTeX), in every edition, and are
 * marked so: a citation format quotes its style rather than translating it.
 */
export function HowToCite({
  version,
  sources,
  locale,
}: {
  version: DataVersion;
  sources: readonly Source[];
  locale: Locale;
}) {
  const t = getT(locale);
  return (
    <>
      <p>{t("sources.cite.intro")}</p>
      <div lang="en">
        <CitationTexts
          templates={citationTemplates({
            siteName: SITE.name,
            title: DATASETS_TITLE,
            url: `${SITE.url}${localizePath(locale, "/sources")}`,
            dataVersion: version.id,
            sources: sources.map((source) => ({ title: source.title, publisher: source.publisher, kind: source.kind })),
          })}
          locale="en"
          renderedOn={isoDate(new Date())}
          idPrefix="datasets"
        />
      </div>
      <p>{t("sources.cite.version", { version: version.id, rows: version.rowCount })}</p>
    </>
  );
}
