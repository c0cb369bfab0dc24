"use client";

import { createColumnHelper, type SortingState } from "@tanstack/react-table";
import type { TradeObservation } from "@/lib/definitions";
import { BASIS_LABELS, formatUsdMillions, PERSPECTIVE_LABELS, TRADE_STATUS_LABELS } from "@/lib/format";
import { DataTable, type SortableFeatures } from "./data-table";
import { SourceLinks } from "./source-links";

const helper = createColumnHelper<SortableFeatures, TradeObservation>();

const optionalUsd = (value: number | undefined) =>
  value === undefined ? <span className="muted">–</span> : formatUsdMillions(value);

export const tradeColumns = helper.columns([
  helper.accessor("x", { id: "period", header: "Period", cell: (info) => info.row.original.period, sortFn: "basic" }),
  helper.accessor("totalUsdM", {
    header: "Total trade",
    cell: (info) => formatUsdMillions(info.getValue(), { atLeast: info.row.original.atLeast }),
    sortFn: "basic",
  }),
  helper.accessor("pkExportsUsdM", {
    header: "Pakistan's exports",
    cell: (info) => optionalUsd(info.getValue()),
    sortUndefined: "last",
  }),
  helper.accessor("pkImportsUsdM", {
    header: "Pakistan's imports",
    cell: (info) => optionalUsd(info.getValue()),
    sortUndefined: "last",
  }),
  helper.accessor("status", {
    header: "Status",
    cell: (info) => <span className={`badge badge--${info.getValue()}`}>{TRADE_STATUS_LABELS[info.getValue()]}</span>,
  }),
  helper.accessor("basis", { header: "Basis", cell: (info) => BASIS_LABELS[info.getValue()] }),
  helper.accessor("perspective", { header: "Whose statistics", cell: (info) => PERSPECTIVE_LABELS[info.getValue()] }),
  helper.accessor("reporter", { header: "Reported by" }),
  // Sources and the note open in place from a one-line summary, so every row stays one line high until asked.
  helper.display({
    id: "sources",
    header: "Source and note",
    cell: (info) => {
      const { sources, note } = info.row.original;
      return (
        <details className="cell-details">
          <summary>
            {sources[0]?.publisher ?? "Source"}
            {sources.length > 1 ? ` +${sources.length - 1}` : ""}
            {note ? " · note" : ""}
          </summary>
          <div className="cell-details__body">
            <p>
              <SourceLinks sources={sources} />
            </p>
            {note ? <p>{note}</p> : null}
          </div>
        </details>
      );
    },
  }),
]);

const NUMERIC = ["totalUsdM", "pkExportsUsdM", "pkImportsUsdM"] as const;

type Props = {
  rows: TradeObservation[];
  caption: string;
  /** Sorting held by the caller; without it the table sorts by period and keeps its own state. */
  sorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  emptyMessage?: string;
};

export function TradeTable({ rows, caption, sorting, onSortingChange, emptyMessage }: Props) {
  return (
    <DataTable
      columns={tradeColumns}
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
