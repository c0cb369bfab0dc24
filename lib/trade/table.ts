import type { TradeObservation, TradeStatus } from "../definitions";
import { DEFAULT_TABLE_SORT, TABLE_SORT_COLUMNS, type TableSortColumn } from "./params";

/*
 * The explorer table's filters and sort, kept apart from the rest of the
 * explorer so the client table imports only this small module.
 */

/** The table's own filters, applied to the figures in view. */
export function filterTableRows(
  rows: readonly TradeObservation[],
  filters: { series?: string; status?: TradeStatus },
): TradeObservation[] {
  return rows.filter(
    (row) =>
      (filters.series === undefined || row.seriesId === filters.series) &&
      (filters.status === undefined || row.status === filters.status),
  );
}

/** `tableSort` for a sort state: "totalUsdM.desc", or the default column when nothing is sorted. */
export function toSortParam(sorting: readonly { id: string; desc: boolean }[]): string {
  const first = sorting[0];
  if (first === undefined) return DEFAULT_TABLE_SORT.id;
  return `${first.id}${first.desc ? ".desc" : ""}`;
}

export function isSortColumn(id: string): id is TableSortColumn {
  return (TABLE_SORT_COLUMNS as readonly string[]).includes(id);
}
