"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import type { TradeObservation } from "@/lib/definitions";
import { DataTable, type SortableFeatures } from "./data-table";
import { SourceLinks } from "./source-links";
import { ltr, sharedTradeColumns, type TradeTableLabels } from "./trade-table";

const helper = createColumnHelper<SortableFeatures, TradeObservation>();

/** The compact view of the trade figures for the overview page; /trade has every column. */
function summaryColumns(labels: TradeTableLabels) {
  const shared = sharedTradeColumns(labels);
  return helper.columns([
    shared.period,
    shared.total,
    shared.status,
    shared.basis,
    shared.reporter,
    helper.display({
      id: "sources",
      header: labels.source,
      cell: (info) => (
        <span {...ltr(labels.sourcesLang)}>
          <SourceLinks sources={info.row.original.sources} locale={labels.locale} />
        </span>
      ),
    }),
  ]);
}

const NUMERIC = ["totalUsdM"] as const;

type Props = { rows: TradeObservation[]; caption: string; labels: TradeTableLabels };

export function TradeSummaryDataTable({ rows, caption, labels }: Props) {
  const columns = useMemo(() => summaryColumns(labels), [labels]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={caption}
      getRowId={(row) => row.id}
      numericColumns={NUMERIC}
      initialSorting={[{ id: "period", desc: false }]}
    />
  );
}
