import type { Metadata } from "next";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import { DatasetDownloads } from "@/components/downloads/dataset-downloads";
import { PageContents } from "@/components/shell/page-contents";
import { HowToCite } from "@/components/sources/how-to-cite";
import { KnownConflicts } from "@/components/sources/known-conflicts";
import { Methodology } from "@/components/sources/methodology";
import { SourceGroups } from "@/components/sources/source-groups";
import { DATASETS, datasetSummaries } from "@/lib/api/datasets";
import { getDataset, getDataVersion } from "@/lib/data";
import { SOURCE_KIND_LABELS } from "@/lib/format";
import { citationsBySource, groupSourcesByKind, knownConflicts } from "@/lib/sources";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  return localizedMetadata(await pageLocale(params), "/sources", {
    title: "Sources and methodology",
    description:
      "Every source behind the dashboard's figures, what each is cited for, the known conflicts between them, and how to read Pakistani and Russian trade statistics.",
  });
}

export default async function SourcesPage({ params }: LangParams) {
  const locale = await pageLocale(params);
  const data = getDataset();
  const groups = groupSourcesByKind(data.sources);

  return (
    <>
      <h1>Sources and methodology</h1>
      <p className="lede">
        Every source the dashboard cites, what each one is cited for, and how to read the figures. Each source has its
        own anchor, so a figure anywhere on the site links straight to it.
      </p>
      <PageContents
        entries={[
          { href: "#methodology", label: "How to read the figures" },
          { href: "#conflicts", label: "Known conflicts" },
          ...groups.map((group) => ({ href: `#kind-${group.kind}`, label: SOURCE_KIND_LABELS[group.kind] })),
          { href: "#cite", label: "How to cite" },
        ]}
      />
      <h2 id="methodology">How to read the figures</h2>
      <Methodology trade={data.trade} />

      <h2 id="conflicts">Known conflicts</h2>
      <p>Where sources disagree we record every value and choose none. These are the disagreements in the data:</p>
      <KnownConflicts
        groups={knownConflicts(data)}
        claims={data.claims.filter((claim) => claim.status === "conflicting")}
      />

      <SourceGroups groups={groups} citations={citationsBySource(data)} />

      <h2 id="cite">How to cite</h2>
      <HowToCite version={getDataVersion()} sources={data.sources} />
      <h3>Downloads</h3>
      <DatasetDownloads
        datasets={datasetSummaries(
          data,
          DATASETS.map((definition) => definition.id),
        )}
      />
    </>
  );
}
