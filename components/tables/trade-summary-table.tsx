"use client";

import { createColumnHelper } from "@tanstack/react-table";
import type { TradeObservation } from "@/lib/definitions";
import { BASIS_LABELS, formatUsdMillions, TRADE_STATUS_LABELS } from "@/lib/format";
import { DataTable, type SortableFeatures } from "./data-table";
import { SourceLinks } from "./source-links";

const helper = createColumnHelper<SortableFeatures, TradeObservation>();

/** The compact view of the trade figures for the overview page; /trade has every column. */
const summaryColumns = helper.columns([
  helper.accessor("x", { id: "period", header: "Period", cell: (info) => info.row.original.period, sortFn: "basic" }),
  helper.accessor("totalUsdM", {
    header: "Total trade",
    cell: (info) => formatUsdMillions(info.getValue(), { atLeast: info.row.original.atLeast }),
    sortFn: "basic",
  }),
  helper.accessor("status", {
    header: "Status",
    cell: (info) => <span className={`badge badge--${info.getValue()}`}>{TRADE_STATUS_LABELS[info.getValue()]}</span>,
  }),
  helper.accessor("basis", { header: "Basis", cell: (info) => BASIS_LABELS[info.getValue()] }),
  helper.accessor("reporter", { header: "Reported by" }),
  helper.display({
    id: "sources",
    header: "Source",
    cell: (info) => <SourceLinks sources={info.row.original.sources} />,
  }),
]);

const NUMERIC = ["totalUsdM"] as const;

export function TradeSummaryTable({ rows, caption }: { rows: TradeObservation[]; caption: string }) {
  return (
    <DataTable
      columns={summaryColumns}
      data={rows}
      caption={caption}
      getRowId={(row) => row.id}
      numericColumns={NUMERIC}
      initialSorting={[{ id: "period", desc: false }]}
    />
  );
}
