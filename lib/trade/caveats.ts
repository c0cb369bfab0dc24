import type { Perspective, TradeBasis, TradeObservation, TradeStatus, YearMonth } from "../definitions";

/*
 * What a reader must know before trusting a comparison of two years, kept as
 * data: which kind of warning it is and the values it names (the period, the
 * status, the series, their statistics and bases, the rival figures). Each
 * language words a caveat itself (the "compare.caveats" messages, rendered by
 * components/compare/caveat-text.tsx), so the rules stay pure and the same for
 * every edition. The trade explorer writes the first seven kinds; the import
 * page's comparison adds the two about imported files.
 */

/** A figure's period, enough to name it in each language ("2003", "FY2012-13", "Jan–Oct 2018"). */
export type CaveatPeriod = Pick<TradeObservation, "period" | "basis" | "start" | "end">;

/**
 * A series a caveat names. `label` is in the page's language for our series (the
 * localised dataset names them); an imported series is named as its file names it.
 */
export type CaveatSeries = { id: string; label: string; imported?: boolean };

/** A figure another source gives for the same period. */
export type CaveatRival = { totalUsdM: number; atLeast: boolean; reporter: string };

export type CompareCaveat =
  /** The figure is not reported as published: derived, approximate or unverified. */
  | { kind: "status"; period: CaveatPeriod; status: Exclude<TradeStatus, "reported"> }
  /** The source gives a floor ("more than"); `side` says which of the two figures it is. */
  | { kind: "floor"; period: CaveatPeriod; side: "earlier" | "later" }
  /** The figure covers the months from `start` to `end` only. */
  | { kind: "partYear"; period: CaveatPeriod; start: YearMonth; end: YearMonth }
  /** Other sources give different figures for the period. */
  | { kind: "conflict"; period: CaveatPeriod; rivals: readonly CaveatRival[] }
  /** The two figures come from different series. */
  | { kind: "differentSeries"; from: CaveatSeries; to: CaveatSeries }
  /** The two series are one country's statistics and the other's. */
  | { kind: "differentPerspectives"; from: Perspective; to: Perspective }
  /** The two series count different periods (calendar years, fiscal years, parts of years). */
  | { kind: "differentBases"; from: TradeBasis; to: TradeBasis }
  /** A figure comes from a file the reader imported; `year` is absent when both do. */
  | {
      kind: "importedFile";
      year?: number;
      fileName: string;
      format: { id: string; label: string };
      /** How the file's values were turned into US$ millions, as the importer wrote it (in English). */
      conversion: string;
    }
  /** An imported figure covers part of its year; `period` is the file's own name for it, when it gives one. */
  | { kind: "importedPartYear"; year: number; period?: string };

export const COMPARE_CAVEAT_KINDS = [
  "status",
  "floor",
  "partYear",
  "conflict",
  "differentSeries",
  "differentPerspectives",
  "differentBases",
  "importedFile",
  "importedPartYear",
] as const satisfies readonly CompareCaveat["kind"][];

/**
 * Why a comparison is not quite what was asked for, as data each language
 * words like a caveat: the series the address named had no figure for a year
 * (`series` is the id as typed), or a series has more than one figure for a
 * year and the one covering the most months stands for it.
 */
export type CompareNote =
  | { kind: "unusablePick"; missing: readonly { series: string; year: number }[] }
  | { kind: "severalFigures"; series: CaveatSeries; year: number; figure: CaveatRival & { period: CaveatPeriod } };

export const COMPARE_NOTE_KINDS = ["unusablePick", "severalFigures"] as const satisfies readonly CompareNote["kind"][];

/** A stable key for a caveat or note, for lists of them and to drop repeats. */
export function caveatKey(caveat: CompareCaveat | CompareNote): string {
  return JSON.stringify(caveat);
}

/** The period of an observation, as a caveat carries it. */
export function caveatPeriod(observation: CaveatPeriod): CaveatPeriod {
  const { period, basis, start, end } = observation;
  return { period, basis, start, end };
}
