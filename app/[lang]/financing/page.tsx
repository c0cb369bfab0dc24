import type { Metadata } from "next";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import { FinancingChart } from "@/components/charts/financing-chart";
import { DatasetDownloads } from "@/components/downloads/dataset-downloads";
import { FinancingSectionView } from "@/components/financing/financing-section";
import { FinancingStatusCounts } from "@/components/financing/financing-status-counts";
import { FinancingShareMenu } from "@/components/share/view-share-menus";
import { PageContents } from "@/components/shell/page-contents";
import { CitedSources } from "@/components/sources/cited-sources";
import type { FinancingTableLabels } from "@/components/tables/financing-table";
import { FinancingTableLater as FinancingTable } from "@/components/tables/tables-later";
import { datasetSummaries } from "@/lib/api/datasets";
import { claimsAbout, withRelated } from "@/lib/claims";
import { financingChartTitle } from "@/lib/embed-views";
import { financingTableRows, groupIntoSections } from "@/lib/financing";
import { getT, type Locale } from "@/lib/i18n";
import { datasetFor } from "@/lib/i18n/dataset";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = getT(locale);
  return localizedMetadata(locale, "/financing", {
    title: t("financing.meta.title"),
    description: t("financing.meta.description"),
  });
}

function tableLabels(locale: Locale): FinancingTableLabels {
  const t = getT(locale);
  return {
    date: t("financing.table.date"),
    project: t("financing.table.project"),
    item: t("financing.table.item"),
    amount: t("financing.table.amount"),
    kind: t("financing.table.kind"),
    status: t("financing.table.status"),
    from: t("financing.table.from"),
    to: t("financing.table.to"),
    counted: t("financing.table.counted"),
    source: t("financing.table.source"),
    inside: t("financing.table.inside"),
    disagreesWith: t("financing.table.disagreesWith"),
    onItsOwn: t("financing.table.onItsOwn"),
    empty: t("financing.table.empty"),
    separator: t("share.citation.listSeparator"),
    sourcesLang: locale === "en" ? undefined : "en",
  };
}

export default async function FinancingPage({ params }: LangParams) {
  const locale = await pageLocale(params);
  const t = getT(locale);
  const data = datasetFor(locale);
  const { financing } = data;
  const sections = groupIntoSections(financing, undefined, locale);
  const titles = new Map(financing.map((item) => [item.id, item.item]));
  const itemIds = new Set(financing.map((item) => item.id));

  return (
    <>
      <h1>{t("financing.title")}</h1>
      <p className="lede">{t("financing.lede")}</p>
      <FinancingStatusCounts items={financing} locale={locale} />
      <PageContents
        label={t("financing.contents.label")}
        entries={[
          { href: "#chart", label: t("financing.contents.chart") },
          ...sections.map((section) => ({ href: `#${section.id}`, label: section.title })),
          { href: "#all-items", label: t("financing.contents.table") },
          { href: "#downloads", label: t("financing.contents.downloads") },
        ]}
      />

      <h2 id="chart">{t("financing.contents.chart")}</h2>
      <FinancingChart sections={sections} title={financingChartTitle(locale)} locale={locale} />
      <FinancingShareMenu locale={locale} />

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
            locale,
          )}
          titles={titles}
          itemIds={itemIds}
          locale={locale}
        />
      ))}

      <h2 id="all-items">{t("financing.table.heading")}</h2>
      <FinancingTable
        rows={financingTableRows(financing, locale)}
        caption={t("financing.table.caption", { count: financing.length })}
        labels={tableLabels(locale)}
      />

      <h2 id="downloads">{t("financing.downloads.heading")}</h2>
      <p>{t("financing.downloads.intro")}</p>
      <DatasetDownloads datasets={datasetSummaries(data, ["financing", "claims", "sources"])} locale={locale} />

      <h2 id="sources">{t("financing.sourcesHeading")}</h2>
      <CitedSources rows={financing} locale={locale} />
    </>
  );
}
