"use client";

import {
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { useState, type ReactNode } from "react";

/*
 * The one table of the site: sortable by any column, numbers aligned and
 * compared as numbers. Each feature table (trade, financing, …) declares its
 * columns at module scope in its own file and renders this.
 */

export const sortableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

export type SortableFeatures = typeof sortableFeatures;

type Props<TRow extends RowData> = {
  columns: ColumnDef<SortableFeatures, TRow>[];
  data: TRow[];
  caption: ReactNode;
  getRowId: (row: TRow) => string;
  /** Column ids holding numbers: right-aligned and tabular. */
  numericColumns?: readonly string[];
  initialSorting?: SortingState;
  /** Sorting held by the caller (e.g. in the address); without it the table keeps its own. */
  sorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  emptyMessage?: string;
  /** One line per row: cells do not wrap (the table scrolls sideways inside its frame instead). */
  compact?: boolean;
};

export function DataTable<TRow extends RowData>({
  columns,
  data,
  caption,
  getRowId,
  numericColumns = [],
  initialSorting = [],
  sorting: controlledSorting,
  onSortingChange,
  emptyMessage = "No rows match.",
  compact = false,
}: Props<TRow>) {
  const [ownSorting, setOwnSorting] = useState<SortingState>(initialSorting);
  const sorting = controlledSorting ?? ownSorting;
  const table = useTable({
    features: sortableFeatures,
    columns,
    data,
    getRowId: (row) => getRowId(row),
    // The first click on any column sorts ascending, numbers included, so a
    // reader can predict what a header does.
    sortDescFirst: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      if (onSortingChange) onSortingChange(next);
      else setOwnSorting(next);
    },
  });
  const numeric = new Set(numericColumns);
  const rows = table.getRowModel().rows;

  return (
    <div
      className="table-wrap"
      role="region"
      aria-label={typeof caption === "string" ? caption : "Data table"}
      tabIndex={0}
    >
      <table className={compact ? "data-table data-table--compact" : "data-table"}>
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const direction = header.column.getIsSorted();
                const ariaSort = direction === "asc" ? "ascending" : direction === "desc" ? "descending" : undefined;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={ariaSort}
                    className={numeric.has(header.column.id) ? "num" : undefined}
                  >
                    {header.isPlaceholder ? null : header.column.getCanSort() ? (
                      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">
                          {direction === "asc" ? " ▲" : direction === "desc" ? " ▼" : " ↕"}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="muted">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} data-row-id={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={numeric.has(cell.column.id) ? "num" : undefined}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
