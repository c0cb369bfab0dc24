"use client";

import type { SortingState } from "@tanstack/react-table";
import { useMemo, useState, type ChangeEvent } from "react";
import { fill, plural } from "@/components/import/fill";
import { TradeTable } from "@/components/tables/trade-table";
import type { TradeExplorerTableLabels } from "@/components/tables/trade-table-labels";
import { TRADE_STATUSES, type TradeObservation, type TradeStatus } from "@/lib/definitions";
import { labelsOf } from "@/lib/format";
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
  /** The table's words in the page's language, from tradeExplorerTableLabels on the server. */
  labels: TradeExplorerTableLabels;
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
export function TradeExplorerTable({ rows, seriesOptions, initial, rangeLabel, query, labels }: Props) {
  const { locale } = labels.table;
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
        action={labels.action}
        className={styles.tableFilters}
        aria-label={labels.filter}
        onSubmit={(event) => event.preventDefault()}
      >
        <HiddenParams query={query} exclude={["tableSeries", "tableStatus"]} />
        <label className={styles.field}>
          <span>{labels.series}</span>
          <select name="tableSeries" value={series ?? ""} onChange={onSeries}>
            <option value="">{labels.allSeries}</option>
            {seriesOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>{labels.status}</span>
          <select name="tableStatus" value={status ?? ""} onChange={onStatus}>
            <option value="">{labels.anyStatus}</option>
            {TRADE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {fill(
                  labels.statusOption,
                  { status: labelsOf(locale).tradeStatus[value], count: statusCounts.get(value) ?? 0 },
                  locale,
                )}
              </option>
            ))}
          </select>
        </label>
        <noscript>
          <button type="submit" className="button">
            {labels.submit}
          </button>
        </noscript>
        <p className={styles.rowCount} role="status" data-testid="row-count">
          {filtered
            ? fill(labels.showing, { shown: shown.length, total: rows.length, range: rangeLabel }, locale)
            : plural(labels.inView, rows.length, locale, { range: rangeLabel })}
        </p>
      </form>
      <TradeTable
        rows={shown}
        caption={fill(labels.caption, { range: rangeLabel }, locale)}
        labels={labels.table}
        sorting={sorting}
        onSortingChange={onSortingChange}
        emptyMessage={labels.empty}
      />
    </div>
  );
}
