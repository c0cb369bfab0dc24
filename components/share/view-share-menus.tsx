import { financingShareDetails, homeShareDetails, tradeShareDetails } from "@/lib/embed-views";
import type { Locale } from "@/lib/i18n";
import type { TradeExplorer } from "@/lib/trade/explorer";
import { ShareMenu } from "./share-menu";

/*
 * The share menu of each page's chart, so that a page adds it with one line.
 * The chart ids are those the pages give their charts.
 */

export function TradeShareMenu({ explorer, locale }: { explorer: TradeExplorer; locale: Locale }) {
  const { from, to } = explorer.view;
  return (
    <ShareMenu chartId="trade-trend" from={from} to={to} locale={locale} {...tradeShareDetails(explorer, locale)} />
  );
}

export function HomeShareMenu({ from, to, locale }: { from: number; to: number; locale: Locale }) {
  return <ShareMenu chartId="home-trend" from={from} to={to} locale={locale} {...homeShareDetails(from, to, locale)} />;
}

export function FinancingShareMenu({ locale }: { locale: Locale }) {
  return (
    <ShareMenu
      chartId="financing"
      from={0}
      to={0}
      fileStem="pakistan-russia-financing"
      locale={locale}
      {...financingShareDetails(locale)}
    />
  );
}
