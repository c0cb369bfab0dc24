import type { OfficialObservation, OfficialReporter } from "../definitions";
import { measureOf, pakistanFlows, type YearValue } from "./flows";
import { russiaRankForPakistan, russiaShareOfPakistan, type RankYear } from "./share";

/*
 * The home page's headline numbers, each computed from the IMF series: the
 * largest year by each country's count, the growth since a base year, and
 * Russia's share and rank in Pakistan's trade in the latest year.
 */

export type OfficialHeadlines = {
  largest: Record<OfficialReporter, YearValue | undefined>;
  /** Total in the last year divided by the total in `since`, by each count. */
  growth: Record<OfficialReporter, { since: YearValue; latest: YearValue; multiple: number } | undefined>;
  share?: YearValue;
  rank?: RankYear;
};

function totals(official: readonly OfficialObservation[], reporter: OfficialReporter): YearValue[] {
  return pakistanFlows(official, reporter).flatMap((entry) => {
    const value = measureOf(entry, "total");
    return value === undefined || entry.partner !== "Russian Federation" ? [] : [{ year: entry.year, value }];
  });
}

export function officialHeadlines(
  official: readonly OfficialObservation[],
  partners: readonly OfficialObservation[],
  options: { since: number },
): OfficialHeadlines {
  const largest = {} as OfficialHeadlines["largest"];
  const growth = {} as OfficialHeadlines["growth"];
  for (const reporter of ["pk", "ru"] as const) {
    const series = totals(official, reporter);
    largest[reporter] = series.reduce<YearValue | undefined>(
      (best, point) => (best === undefined || point.value > best.value ? point : best),
      undefined,
    );
    const since = series.find((point) => point.year === options.since);
    const latest = series.at(-1);
    growth[reporter] =
      since === undefined || latest === undefined || since.value <= 0
        ? undefined
        : { since, latest, multiple: latest.value / since.value };
  }
  return {
    largest,
    growth,
    share: russiaShareOfPakistan(official).at(-1),
    rank: russiaRankForPakistan(partners).at(-1),
  };
}
