"use client";

import { createColumnHelper } from "@tanstack/react-table";
import type { FinancingItem } from "@/lib/definitions";
import {
  FINANCING_KIND_LABELS,
  FINANCING_STATUS_LABELS,
  formatDateRange,
  formatFinancingAmount,
  projectLabel,
} from "@/lib/format";
import { DataTable, type SortableFeatures } from "./data-table";
import { SourceLinks } from "./source-links";

const helper = createColumnHelper<SortableFeatures, FinancingItem>();

// Dates are YYYY, YYYY-MM or YYYY-MM-DD; padded, they sort correctly as text.
const sortableDate = (item: FinancingItem) => (item.date + "-00-00").slice(0, 10);

export const financingColumns = helper.columns([
  helper.accessor(sortableDate, {
    id: "date",
    header: "Date",
    cell: (info) => formatDateRange(info.row.original.date, info.row.original.endDate),
    sortFn: "basic",
  }),
  helper.accessor((item) => projectLabel(item.project), { id: "project", header: "Project" }),
  helper.accessor("item", {
    header: "Item",
    cell: (info) => <a href={`#${info.row.original.id}`}>{info.getValue()}</a>,
  }),
  helper.accessor("amountUsdM", {
    header: "Amount",
    cell: (info) => formatFinancingAmount(info.row.original),
    sortFn: "basic",
    sortUndefined: "last",
  }),
  helper.accessor("kind", { header: "Kind", cell: (info) => FINANCING_KIND_LABELS[info.getValue()] }),
  helper.accessor("status", {
    header: "Status",
    cell: (info) => (
      <span className={`badge badge--${info.getValue()}`}>{FINANCING_STATUS_LABELS[info.getValue()]}</span>
    ),
  }),
  helper.accessor("financier", { header: "From" }),
  helper.accessor("counterpart", { header: "To", cell: (info) => info.getValue() ?? "", sortUndefined: "last" }),
  helper.display({
    id: "links",
    header: "Counted",
    cell: (info) => {
      const { partOf, conflictsWith } = info.row.original;
      if (partOf !== undefined) {
        return (
          <>
            inside <a href={`#${partOf}`}>{partOf}</a>
          </>
        );
      }
      if (conflictsWith.length > 0) {
        return (
          <>
            disagrees with{" "}
            {conflictsWith.map((id, index) => (
              <span key={id}>
                {index > 0 ? ", " : ""}
                <a href={`#${id}`}>{id}</a>
              </span>
            ))}
          </>
        );
      }
      return <span className="muted">on its own</span>;
    },
  }),
  helper.display({
    id: "sources",
    header: "Source",
    cell: (info) => <SourceLinks sources={info.row.original.sources} />,
  }),
]);

const NUMERIC = ["amountUsdM"] as const;

export function FinancingTable({ rows, caption }: { rows: FinancingItem[]; caption: string }) {
  return (
    <DataTable
      columns={financingColumns}
      data={rows}
      caption={caption}
      getRowId={(row) => row.id}
      numericColumns={NUMERIC}
      initialSorting={[{ id: "date", desc: false }]}
      emptyMessage="No financing items in the data."
    />
  );
}
