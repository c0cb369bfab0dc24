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
import { getDataset } from "@/lib/data";
import { checkPressFigures } from "@/lib/official/press-check";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  return localizedMetadata(await pageLocale(params), "/claims", {
    title: "Claim check",
    description:
      "Every number and date in the source article on Pakistan–Russia relations, checked against other sources: confirmed, corrected, conflicting or unverified, with the evidence.",
  });
}

export default async function ClaimsPage({ params }: LangParams) {
  const locale = await pageLocale(params);
  const data = getDataset();
  const article = data.sources.find((source) => source.id === "source-article");
  const groups = groupClaimsByStatus(data.claims).map((group) => ({
    status: group.status,
    claims: withRelated(group.claims, data),
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
      <h1>Claim check</h1>
      <p className="lede">
        This dashboard began with one article
        {article !== undefined ? (
          <>
            , <Link href={`/sources#${article.id}`}>{article.title}</Link> ({article.publisher})
          </>
        ) : null}
        . Below is every claim in it that carries a number or a date, in our words, with what other sources say about
        it. Nothing here repeats the article&rsquo;s wording; its value is quoted only where the value itself is the
        point.
      </p>
      <ClaimSummary summary={summariseClaims(data.claims)} total={data.claims.length} />
      <OfficialCheck series={series} claims={official.claims} summary={official.summary} />
      <PressCheckTable checks={checkPressFigures(data.trade, data.official)} />
      <ClaimList groups={groups} />
      <h2 id="downloads">Downloads</h2>
      <DatasetDownloads datasets={datasetSummaries(data, ["claims", "sources"])} />
    </>
  );
}
