import { CitationTexts } from "@/components/share/citation-texts";
import { isoDate } from "@/lib/citation";
import type { DataVersion } from "@/lib/data";
import type { Source } from "@/lib/definitions";
import { SITE } from "@/lib/site";

/* What the dashboard's datasets are called in a citation of them all. */
const DATASETS_TITLE = "Trade, aid and project financing between Pakistan and Russia: datasets with their sources";

/** A citation for the dashboard itself, pinned to the data version shown in the footer, in every format a chart's is. */
export function HowToCite({ version, sources }: { version: DataVersion; sources: readonly Source[] }) {
  return (
    <>
      <p>
        Cite the dashboard with its data version. The version is a fingerprint of every data file: it changes whenever
        any figure changes, so a reader can tell whether they see what you saw. It is also printed at the foot of every
        page. Each chart’s share menu has a citation of the view it shows, in the same formats.
      </p>
      <CitationTexts
        basis={{
          siteName: SITE.name,
          title: DATASETS_TITLE,
          url: `${SITE.url}/sources`,
          dataVersion: version.id,
          sources: sources.map((source) => ({ title: source.title, publisher: source.publisher, kind: source.kind })),
        }}
        renderedOn={isoDate(new Date())}
        idPrefix="datasets"
      />
      <p>
        The data version {version.id} covers {version.rowCount} rows. Where you use one figure, cite its original source
        as well: every figure links to its entry above, and every row of the downloads carries its source ids.
      </p>
    </>
  );
}
