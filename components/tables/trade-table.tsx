"use client";

import { createColumnHelper, type SortingState } from "@tanstack/react-table";
import { useMemo } from "react";
import type { TradeObservation } from "@/lib/definitions";
import { formatUsdMillions, labelsOf } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { DataTable, type SortableFeatures } from "./data-table";
import { SourceLinks } from "./source-links";

/** The trade tables' headers and words, translated by the page (see trade-table-labels.ts). */
export type TradeTableLabels = {
  locale: Locale;
  period: string;
  total: string;
  pkExports: string;
  pkImports: string;
  status: string;
  basis: string;
  perspective: string;
  reporter: string;
  sourceAndNote: string;
  source: string;
  note: string;
  /** Each row's period in the page's language, by row id; the data's own label where missing. */
  periods: Readonly<Record<string, string>>;
  /** Set on other editions: source publishers are proper names, marked as English. */
  sourcesLang?: "en";
};

/** English text on another edition: marked as English and isolated left to right. */
export const ltr = (lang: "en" | undefined) => (lang === undefined ? {} : { lang, dir: "ltr" as const });

const helper = createColumnHelper<SortableFeatures, TradeObservation>();

/** The columns every trade table shares, by id, in the page's words. */
export function sharedTradeColumns(labels: TradeTableLabels) {
  const { locale } = labels;
  const words = labelsOf(locale);
  return {
    period: helper.accessor("x", {
      id: "period",
      header: labels.period,
      cell: (info) => labels.periods[info.row.original.id] ?? info.row.original.period,
      sortFn: "basic",
    }),
    total: helper.accessor("totalUsdM", {
      header: labels.total,
      cell: (info) => formatUsdMillions(info.getValue(), { atLeast: info.row.original.atLeast }, locale),
      sortFn: "basic",
    }),
    status: helper.accessor("status", {
      header: labels.status,
      cell: (info) => <span className={`badge badge--${info.getValue()}`}>{words.tradeStatus[info.getValue()]}</span>,
    }),
    basis: helper.accessor("basis", { header: labels.basis, cell: (info) => words.basis[info.getValue()] }),
    reporter: helper.accessor("reporter", { header: labels.reporter }),
  };
}

function tradeColumns(labels: TradeTableLabels) {
  const { locale } = labels;
  const shared = sharedTradeColumns(labels);
  const optionalUsd = (value: number | undefined) =>
    value === undefined ? <span className="muted">–</span> : formatUsdMillions(value, {}, locale);
  return helper.columns([
    shared.period,
    shared.total,
    helper.accessor("pkExportsUsdM", {
      header: labels.pkExports,
      cell: (info) => optionalUsd(info.getValue()),
      sortUndefined: "last",
    }),
    helper.accessor("pkImportsUsdM", {
      header: labels.pkImports,
      cell: (info) => optionalUsd(info.getValue()),
      sortUndefined: "last",
    }),
    shared.status,
    shared.basis,
    helper.accessor("perspective", {
      header: labels.perspective,
      cell: (info) => labelsOf(locale).perspective[info.getValue()],
    }),
    shared.reporter,
    // Sources and the note open in place from a one-line summary, so every row stays one line high until asked.
    helper.display({
      id: "sources",
      header: labels.sourceAndNote,
      cell: (info) => {
        const { sources, note } = info.row.original;
        const publisher = sources[0]?.publisher;
        return (
          <details className="cell-details">
            <summary>
              {publisher === undefined ? labels.source : <span {...ltr(labels.sourcesLang)}>{publisher}</span>}
              {sources.length > 1 ? ` +${sources.length - 1}` : ""}
              {note ? ` · ${labels.note}` : ""}
            </summary>
            <div className="cell-details__body">
              <p {...ltr(labels.sourcesLang)}>
                <SourceLinks sources={sources} locale={locale} />
              </p>
              {note ? <p>{note}</p> : null}
            </div>
          </details>
        );
      },
    }),
  ]);
}

const NUMERIC = ["totalUsdM", "pkExportsUsdM", "pkImportsUsdM"] as const;

type Props = {
  rows: TradeObservation[];
  caption: string;
  labels: TradeTableLabels;
  /** Sorting held by the caller; without it the table sorts by period and keeps its own state. */
  sorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  emptyMessage?: string;
};

export function TradeTable({ rows, caption, labels, sorting, onSortingChange, emptyMessage }: Props) {
  // The headers are the page's words, so the columns are made once per set of labels, not on every render.
  const columns = useMemo(() => tradeColumns(labels), [labels]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={caption}
      getRowId={(row) => row.id}
      numericColumns={NUMERIC}
      initialSorting={[{ id: "period", desc: false }]}
      sorting={sorting}
      onSortingChange={onSortingChange}
      emptyMessage={emptyMessage}
      compact
    />
  );
}
