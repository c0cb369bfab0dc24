import type { Metadata } from "next";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import { FinancingChart } from "@/components/charts/financing-chart";
import { DatasetDownloads } from "@/components/downloads/dataset-downloads";
import { FinancingSectionView } from "@/components/financing/financing-section";
import { FinancingStatusCounts } from "@/components/financing/financing-status-counts";
import { FinancingShareMenu } from "@/components/share/view-share-menus";
import { PageContents } from "@/components/shell/page-contents";
import { CitedSources } from "@/components/sources/cited-sources";
import { FinancingTable } from "@/components/tables/financing-table";
import { datasetSummaries } from "@/lib/api/datasets";
import { claimsAbout, withRelated } from "@/lib/claims";
import { getDataset } from "@/lib/data";
import { FINANCING_CHART_TITLE } from "@/lib/embed-views";
import { groupIntoSections } from "@/lib/financing";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  return localizedMetadata(await pageLocale(params), "/financing", {
    title: "Aid and project financing",
    description:
      "What was offered, pledged, approved and paid for CASA-1000, Pakistan Steel Mills, Pakistan Stream, the 1981 US package, Operation Cyclone and later Russian pledges, with the status and source of every amount.",
  });
}

export default async function FinancingPage({ params }: LangParams) {
  const locale = await pageLocale(params);
  const data = getDataset();
  const { financing } = data;
  const sections = groupIntoSections(financing);
  const titles = new Map(financing.map((item) => [item.id, item.item]));
  const itemIds = new Set(financing.map((item) => item.id));

  return (
    <>
      <h1>Aid and project financing</h1>
      <p className="lede">
        Money offered, pledged, approved and paid for projects in Pakistan, from Soviet-era credits to recent pipeline
        plans. Each amount shows who stood behind it, when, what kind of commitment it was and what became of it. Offers
        are never added to money paid, and a share of a total is never counted twice.
      </p>
      <FinancingStatusCounts items={financing} />
      <PageContents
        entries={[
          { href: "#chart", label: "All amounts on one scale" },
          ...sections.map((section) => ({ href: `#${section.id}`, label: section.title })),
          { href: "#all-items", label: "Table of all items" },
          { href: "#downloads", label: "Downloads" },
        ]}
      />

      <h2 id="chart">All amounts on one scale</h2>
      <FinancingChart sections={sections} title={FINANCING_CHART_TITLE} />
      <FinancingShareMenu />

      {sections.map((section) => (
        <FinancingSectionView
          key={section.id}
          section={section}
          claims={withRelated(
            claimsAbout(
              data.claims,
              "financing",
              section.items.map((item) => item.id),
            ),
            data,
          )}
          titles={titles}
          itemIds={itemIds}
        />
      ))}

      <h2 id="all-items">Table of all items</h2>
      <FinancingTable
        rows={financing}
        caption={`${financing.length} financing items with their amount, kind, status and source`}
      />

      <h2 id="downloads">Downloads</h2>
      <p>
        The same rows from the data API. Every row carries its status and source ids; amounts are in millions of US
        dollars.
      </p>
      <DatasetDownloads datasets={datasetSummaries(data, ["financing", "claims", "sources"])} />

      <h2 id="sources">Sources of these figures</h2>
      <CitedSources rows={financing} />
    </>
  );
}
