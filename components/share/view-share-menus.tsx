import { financingShareDetails, homeShareDetails, tradeShareDetails } from "@/lib/embed-views";
import type { TradeExplorer } from "@/lib/trade/explorer";
import { ShareMenu } from "./share-menu";

/*
 * The share menu of each page's chart, so that a page adds it with one line.
 * The chart ids are those the pages give their charts.
 */

export function TradeShareMenu({ explorer }: { explorer: TradeExplorer }) {
  const { from, to } = explorer.view;
  return <ShareMenu chartId="trade-trend" from={from} to={to} {...tradeShareDetails(explorer)} />;
}

export function HomeShareMenu({ from, to }: { from: number; to: number }) {
  return <ShareMenu chartId="home-trend" from={from} to={to} {...homeShareDetails(from, to)} />;
}

export function FinancingShareMenu() {
  return (
    <ShareMenu chartId="financing" from={0} to={0} fileStem="pakistan-russia-financing" {...financingShareDetails()} />
  );
}
