"use client";

import type { SortingState } from "@tanstack/react-table";
import { useMemo, useState, type ChangeEvent } from "react";
import { TradeTable } from "@/components/tables/trade-table";
import { TRADE_STATUSES, type TradeObservation, type TradeStatus } from "@/lib/definitions";
import { TRADE_STATUS_LABELS } from "@/lib/format";
import { DEFAULT_TABLE_SORT, type TableSort } from "@/lib/trade/params";
import { filterTableRows, isSortColumn, toSortParam } from "@/lib/trade/table";
import { withParam } from "@/lib/trade/url";
import { HiddenParams } from "./hidden-params";
import styles from "./trade.module.css";

type Props = {
  /** Figures drawn on the chart, before the table's own filters. */
  rows: TradeObservation[];
  seriesOptions: { id: string; label: string }[];
  /** The table's state as the server read it from the address. */
  initial: { series?: string; status?: TradeStatus; sort: TableSort };
  rangeLabel: string;
  /** Canonical query of the view, for the filter form without JavaScript. */
  query: string;
};

/** Keeps the table's state in the address without a new history entry or a trip to the server. */
function replaceParam(name: string, value: string | undefined, fallback?: string) {
  const query = withParam(window.location.search, name, value, fallback);
  window.history.replaceState(null, "", `${window.location.pathname}${query}${window.location.hash}`);
}

/**
 * The figures in view as a sortable table, filterable by series and status.
 * Filters and sort live in the address; without JavaScript the filters are an
 * ordinary GET form and the server lists the rows already filtered.
 */
export function TradeExplorerTable({ rows, seriesOptions, initial, rangeLabel, query }: Props) {
  const [series, setSeries] = useState(initial.series);
  const [status, setStatus] = useState(initial.status);
  const [sorting, setSorting] = useState<SortingState>([initial.sort]);
  // When the server renders another view (Back, a new range), its state wins.
  const initialKey = `${initial.series}|${initial.status}|${initial.sort.id}|${initial.sort.desc}`;
  const [syncedKey, setSyncedKey] = useState(initialKey);
  if (syncedKey !== initialKey) {
    setSyncedKey(initialKey);
    setSeries(initial.series);
    setStatus(initial.status);
    setSorting([initial.sort]);
  }

  const shown = useMemo(() => filterTableRows(rows, { series, status }), [rows, series, status]);
  const statusCounts = useMemo(() => {
    const counts = new Map<TradeStatus, number>();
    for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    return counts;
  }, [rows]);

  function onSeries(event: ChangeEvent<HTMLSelectElement>) {
    const value = event.target.value === "" ? undefined : event.target.value;
    setSeries(value);
    replaceParam("tableSeries", value);
  }

  function onStatus(event: ChangeEvent<HTMLSelectElement>) {
    const value = (TRADE_STATUSES as readonly string[]).includes(event.target.value)
      ? (event.target.value as TradeStatus)
      : undefined;
    setStatus(value);
    replaceParam("tableStatus", value);
  }

  function onSortingChange(next: SortingState) {
    const usable = next.filter((entry) => isSortColumn(entry.id)).slice(0, 1);
    setSorting(usable);
    replaceParam("tableSort", toSortParam(usable), DEFAULT_TABLE_SORT.id);
  }

  const filtered = series !== undefined || status !== undefined;
  return (
    <div className={styles.tableBlock}>
      <form
        method="get"
        action="/trade"
        className={styles.tableFilters}
        aria-label="Filter the table"
        onSubmit={(event) => event.preventDefault()}
      >
        <HiddenParams query={query} exclude={["tableSeries", "tableStatus"]} />
        <label className={styles.field}>
          <span>Series</span>
          <select name="tableSeries" value={series ?? ""} onChange={onSeries}>
            <option value="">All series in view</option>
            {seriesOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>Status</span>
          <select name="tableStatus" value={status ?? ""} onChange={onStatus}>
            <option value="">Any status</option>
            {TRADE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {TRADE_STATUS_LABELS[value]} ({statusCounts.get(value) ?? 0})
              </option>
            ))}
          </select>
        </label>
        <noscript>
          <button type="submit" className="button">
            Filter
          </button>
        </noscript>
        <p className={styles.rowCount} role="status" data-testid="row-count">
          {filtered
            ? `Showing ${shown.length} of ${rows.length} figures in view, ${rangeLabel}`
            : `${rows.length} figure${rows.length === 1 ? "" : "s"} in view, ${rangeLabel}`}
        </p>
      </form>
      <TradeTable
        rows={shown}
        caption={`Trade figures, ${rangeLabel}, with their status and source`}
        sorting={sorting}
        onSortingChange={onSortingChange}
        emptyMessage="No figure in view matches these filters."
      />
    </div>
  );
}
