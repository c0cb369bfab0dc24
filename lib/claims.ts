import type { Claim, ClaimStatus, Dataset } from "./definitions";
import { formatFinancingAmount, formatPartialDate, formatUsdMillions, labelsOf, projectLabel } from "./format";
import { getT } from "./i18n";
import { localizePath, type Locale } from "./i18n/locales";
import { countClaims } from "./insights";
import { tradePeriodLabel } from "./sources";
import { tradeHrefAround } from "./views";

/*
 * The claim check's summary and the links from a claim to the rows it
 * concerns. Counts are computed here from the claims, never typed into a page.
 */

export type ClaimSummaryEntry = { status: ClaimStatus; count: number; share: number };

/** Statuses in the order a checker reads them: what needs attention first, what holds up last. */
export const CLAIM_ATTENTION_ORDER: readonly ClaimStatus[] = ["corrected", "conflicting", "unverified", "confirmed"];

/** One entry per status in attention order (statuses with no claim included, at 0), with its share of all claims. */
export function summariseClaims(claims: readonly Claim[]): ClaimSummaryEntry[] {
  const counts = countClaims(claims);
  return CLAIM_ATTENTION_ORDER.map((status) => ({
    status,
    count: counts[status],
    share: claims.length === 0 ? 0 : counts[status] / claims.length,
  }));
}

/**
 * Claims in reading order for a checker: the ones that need attention
 * (corrected, then conflicting, then unverified) before the confirmed ones;
 * within a status the file's order is kept.
 */
export function orderClaims(claims: readonly Claim[]): Claim[] {
  const rank = (status: ClaimStatus) => CLAIM_ATTENTION_ORDER.indexOf(status);
  return claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => rank(a.claim.status) - rank(b.claim.status) || a.index - b.index)
    .map(({ claim }) => claim);
}

export type RelatedRow = {
  ref: string;
  href: string;
  /** What the row is, e.g. "Trade figure, 2003". */
  label: string;
  /** Who published the row's figure, as the data names them in the page's language, e.g. "Source article (per Wikipedia)". */
  by?: string;
  /** The row's own value and status, where it has them, e.g. "$92m, unverified". */
  value?: string;
};

const DATASET_PAGES: Record<string, string> = { trade: "/trade", financing: "/financing", events: "/timeline" };

/**
 * Resolves references such as "trade:article-2003" to links and short
 * descriptions of the rows. The build has already checked that each one
 * exists; should one not, it still gets a link to its dataset's page.
 */
export function resolveRelated(
  refs: readonly string[],
  data: Pick<Dataset, "trade" | "financing" | "events">,
  locale: Locale = "en",
): RelatedRow[] {
  const t = getT(locale);
  const labels = labelsOf(locale);
  return refs.map((ref) => {
    const colon = ref.indexOf(":");
    const dataset = colon < 0 ? "" : ref.slice(0, colon);
    const id = ref.slice(colon + 1);
    const trade = dataset === "trade" ? data.trade.find((row) => row.id === id) : undefined;
    if (trade !== undefined) {
      return {
        ref,
        href: localizePath(locale, tradeHrefAround(trade.year)),
        label: t("claims.related.trade", { period: tradePeriodLabel(trade, locale) }),
        by: trade.reporter,
        value: t("claims.related.value", {
          amount: formatUsdMillions(trade.totalUsdM, { atLeast: trade.atLeast }, locale),
          status: labels.tradeStatus[trade.status].toLocaleLowerCase(locale),
        }),
      };
    }
    const item = dataset === "financing" ? data.financing.find((row) => row.id === id) : undefined;
    if (item !== undefined) {
      return {
        ref,
        href: localizePath(locale, `/financing#${item.id}`),
        label: t("claims.related.financing", { project: projectLabel(item.project, locale), item: item.item }),
        value: t("claims.related.value", {
          amount: formatFinancingAmount(item, locale),
          status: labels.financingStatus[item.status].toLocaleLowerCase(locale),
        }),
      };
    }
    const event = dataset === "events" ? data.events.find((row) => row.id === id) : undefined;
    if (event !== undefined) {
      return {
        ref,
        href: localizePath(locale, `/timeline#${event.id}`),
        label: t("claims.related.event", { title: event.title, date: formatPartialDate(event.date, locale) }),
      };
    }
    return { ref, href: localizePath(locale, DATASET_PAGES[dataset] ?? "/sources"), label: ref };
  });
}

/** Claims that concern any of the given rows, e.g. every claim about a project's financing items. */
export function claimsAbout(
  claims: readonly Claim[],
  dataset: "trade" | "financing" | "events",
  ids: readonly string[],
): Claim[] {
  const refs = new Set(ids.map((id) => `${dataset}:${id}`));
  return claims.filter((claim) => claim.relatedIds.some((ref) => refs.has(ref)));
}

/** Each claim with the rows it concerns resolved to links, ready for a claim card. */
export function withRelated(
  claims: readonly Claim[],
  data: Pick<Dataset, "trade" | "financing" | "events">,
  locale: Locale,
): { claim: Claim; related: RelatedRow[] }[] {
  return claims.map((claim) => ({ claim, related: resolveRelated(claim.relatedIds, data, locale) }));
}

/** Claims under their status, in the reading order of `orderClaims`; statuses with no claim are left out. */
export function groupClaimsByStatus(claims: readonly Claim[]): { status: ClaimStatus; claims: Claim[] }[] {
  const groups: { status: ClaimStatus; claims: Claim[] }[] = [];
  for (const claim of orderClaims(claims)) {
    const last = groups.at(-1);
    if (last?.status === claim.status) last.claims.push(claim);
    else groups.push({ status: claim.status, claims: [claim] });
  }
  return groups;
}

/**
 * The claims whose evidence includes any of the given sources (an official
 * statistical series, say), in reading order, with their statuses counted the
 * same way as the page's summary.
 */
export function claimsCheckedAgainst(
  claims: readonly Claim[],
  sourceIds: readonly string[],
): { claims: Claim[]; summary: ClaimSummaryEntry[] } {
  const ids = new Set(sourceIds);
  const checked = claims.filter((claim) => claim.sources.some((source) => ids.has(source.id)));
  return { claims: orderClaims(checked), summary: summariseClaims(checked) };
}
