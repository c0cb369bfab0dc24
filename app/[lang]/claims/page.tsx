import type { Metadata } from "next";
import { localizedMetadata, pageLocale, type LangParams } from "@/lib/i18n/page";
import Link from "next/link";
import { ClaimList } from "@/components/claims/claim-list";
import { ClaimSummary } from "@/components/claims/claim-summary";
import { OfficialCheck } from "@/components/claims/official-check";
import { PressCheckTable } from "@/components/claims/press-check-table";
import { DatasetDownloads } from "@/components/downloads/dataset-downloads";
import { datasetSummaries } from "@/lib/api/datasets";
import { claimsCheckedAgainst, groupClaimsByStatus, summariseClaims, withRelated } from "@/lib/claims";
import { getT, localizePath } from "@/lib/i18n";
import { datasetFor } from "@/lib/i18n/dataset";
import { checkPressFigures } from "@/lib/official/press-check";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = getT(locale);
  return localizedMetadata(locale, "/claims", {
    title: t("claims.meta.title"),
    description: t("claims.meta.description"),
  });
}

export default async function ClaimsPage({ params }: LangParams) {
  const locale = await pageLocale(params);
  const t = getT(locale);
  const data = datasetFor(locale);
  const article = data.sources.find((source) => source.id === "source-article");
  const groups = groupClaimsByStatus(data.claims).map((group) => ({
    status: group.status,
    claims: withRelated(group.claims, data, locale),
  }));
  // The official series are the sources the IMF publishes; the claims citing them are the ones checked against it.
  const series = data.sources.filter(
    (source) => source.kind === "official" && source.publisher === "International Monetary Fund",
  );
  const official = claimsCheckedAgainst(
    data.claims,
    series.map((source) => source.id),
  );

  return (
    <>
      <h1>{t("claims.title")}</h1>
      <p className="lede">
        {article !== undefined
          ? t.rich("claims.lede", {
              title: article.title,
              publisher: article.publisher,
              // The article's title and publisher stay as published, in English.
              link: (chunks) => (
                <Link href={localizePath(locale, `/sources#${article.id}`)} lang="en">
                  {chunks}
                </Link>
              ),
              en: (chunks) => <span lang="en">{chunks}</span>,
            })
          : t("claims.ledeWithoutArticle")}
      </p>
      <ClaimSummary summary={summariseClaims(data.claims)} total={data.claims.length} locale={locale} />
      <OfficialCheck series={series} claims={official.claims} summary={official.summary} locale={locale} />
      <PressCheckTable checks={checkPressFigures(data.trade, data.official)} locale={locale} />
      <ClaimList groups={groups} locale={locale} />
      <h2 id="downloads">{t("claims.downloads")}</h2>
      <DatasetDownloads datasets={datasetSummaries(data, ["claims", "sources"])} locale={locale} />
    </>
  );
}
