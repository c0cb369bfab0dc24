import type { Metadata } from "next";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import { DatasetDownloads } from "@/components/downloads/dataset-downloads";
import { PageContents } from "@/components/shell/page-contents";
import { HowToCite } from "@/components/sources/how-to-cite";
import { KnownConflicts } from "@/components/sources/known-conflicts";
import { Methodology } from "@/components/sources/methodology";
import { SourceGroups } from "@/components/sources/source-groups";
import { DATASETS, datasetSummaries } from "@/lib/api/datasets";
import { getDataVersion } from "@/lib/data";
import { labelsOf } from "@/lib/format";
import { getT } from "@/lib/i18n";
import { datasetFor } from "@/lib/i18n/dataset";
import { citationsBySource, groupSourcesByKind, knownConflicts } from "@/lib/sources";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = getT(locale);
  return localizedMetadata(locale, "/sources", {
    title: t("sources.meta.title"),
    description: t("sources.meta.description"),
  });
}

export default async function SourcesPage({ params }: LangParams) {
  const locale = await pageLocale(params);
  const t = getT(locale);
  const data = datasetFor(locale);
  const groups = groupSourcesByKind(data.sources);

  return (
    <>
      <h1>{t("sources.title")}</h1>
      <p className="lede">{t("sources.lede")}</p>
      <p className="muted">{t("sources.translation")}</p>
      <PageContents
        label={t("sources.contents.label")}
        entries={[
          { href: "#methodology", label: t("sources.contents.methodology") },
          { href: "#conflicts", label: t("sources.contents.conflicts") },
          ...groups.map((group) => ({ href: `#kind-${group.kind}`, label: labelsOf(locale).sourceKind[group.kind] })),
          { href: "#cite", label: t("sources.contents.cite") },
        ]}
      />
      <h2 id="methodology">{t("sources.contents.methodology")}</h2>
      <Methodology trade={data.trade} locale={locale} />

      <h2 id="conflicts">{t("sources.contents.conflicts")}</h2>
      <p>{t("sources.conflicts.intro")}</p>
      <KnownConflicts
        groups={knownConflicts(data, locale)}
        claims={data.claims.filter((claim) => claim.status === "conflicting")}
        locale={locale}
      />

      <SourceGroups groups={groups} citations={citationsBySource(data, locale)} locale={locale} />

      <h2 id="cite">{t("sources.contents.cite")}</h2>
      <HowToCite version={getDataVersion()} sources={data.sources} locale={locale} />
      <h3>{t("sources.downloads.heading")}</h3>
      <DatasetDownloads
        datasets={datasetSummaries(
          data,
          DATASETS.map((definition) => definition.id),
        )}
        locale={locale}
      />
    </>
  );
}
