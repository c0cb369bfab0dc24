"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import type { FinancingTableRow } from "@/lib/financing";
import { DataTable, type SortableFeatures } from "./data-table";
import { SourceLinks } from "./source-links";

export type { FinancingTableRow };

/** The table's headers and the words of its "Counted" column, translated by the page. */
export type FinancingTableLabels = {
  date: string;
  project: string;
  item: string;
  amount: string;
  kind: string;
  status: string;
  from: string;
  to: string;
  counted: string;
  source: string;
  inside: string;
  disagreesWith: string;
  onItsOwn: string;
  empty: string;
  separator: string;
  /** Set on other editions: source publishers are proper names, marked as English. */
  sourcesLang?: "en";
};

/** English text on another edition: marked as English and isolated left to right. */
const ltr = (lang: "en" | undefined) => (lang === undefined ? {} : { lang, dir: "ltr" as const });

const helper = createColumnHelper<SortableFeatures, FinancingTableRow>();

function financingColumns(labels: FinancingTableLabels) {
  return helper.columns([
    helper.accessor("dateKey", {
      id: "date",
      header: labels.date,
      cell: (info) => info.row.original.dateText,
      sortFn: "basic",
    }),
    helper.accessor("project", { header: labels.project }),
    helper.accessor("item", {
      header: labels.item,
      cell: (info) => (
        <a href={`#${info.row.original.id}`} {...ltr(info.row.original.itemLang)}>
          {info.getValue()}
        </a>
      ),
    }),
    helper.accessor("amountUsdM", {
      header: labels.amount,
      cell: (info) => info.row.original.amountText,
      sortFn: "basic",
      sortUndefined: "last",
    }),
    helper.accessor("kind", { header: labels.kind }),
    helper.accessor("statusText", {
      id: "status",
      header: labels.status,
      cell: (info) => <span className={`badge badge--${info.row.original.status}`}>{info.getValue()}</span>,
    }),
    helper.accessor("financier", {
      header: labels.from,
      cell: (info) => <span {...ltr(info.row.original.partiesLang)}>{info.getValue()}</span>,
    }),
    helper.accessor("counterpart", {
      header: labels.to,
      cell: (info) => <span {...ltr(info.row.original.partiesLang)}>{info.getValue() ?? ""}</span>,
      sortUndefined: "last",
    }),
    helper.display({
      id: "links",
      header: labels.counted,
      cell: (info) => {
        const { partOf, conflictsWith } = info.row.original;
        if (partOf !== undefined) {
          return (
            <>
              {labels.inside}{" "}
              <a href={`#${partOf}`} translate="no">
                {partOf}
              </a>
            </>
          );
        }
        if (conflictsWith.length > 0) {
          return (
            <>
              {labels.disagreesWith}{" "}
              {conflictsWith.map((id, index) => (
                <span key={id}>
                  {index > 0 ? labels.separator : ""}
                  <a href={`#${id}`} translate="no">
                    {id}
                  </a>
                </span>
              ))}
            </>
          );
        }
        return <span className="muted">{labels.onItsOwn}</span>;
      },
    }),
    helper.display({
      id: "sources",
      header: labels.source,
      cell: (info) => (
        <span {...ltr(labels.sourcesLang)}>
          <SourceLinks sources={info.row.original.sources} />
        </span>
      ),
    }),
  ]);
}

const NUMERIC = ["amountUsdM"] as const;
const INITIAL_SORTING = [{ id: "date", desc: false }];

type Props = { rows: FinancingTableRow[]; caption: string; labels: FinancingTableLabels };

export function FinancingTable({ rows, caption, labels }: Props) {
  // The headers are the page's words, so the columns are made once per set of labels, not on every render.
  const columns = useMemo(() => financingColumns(labels), [labels]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={caption}
      getRowId={(row) => row.id}
      numericColumns={NUMERIC}
      initialSorting={INITIAL_SORTING}
      emptyMessage={labels.empty}
    />
  );
}
