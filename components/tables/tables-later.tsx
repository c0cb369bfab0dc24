"use client";

/* eslint-disable @typescript-eslint/no-require-imports */
import type { ComponentProps } from "react";
import { hydrateLater } from "@/components/shell/hydrate-later";
import type { TradeExplorerTable as Explorer } from "@/components/trade/trade-explorer-table";
import type { FinancingTable as Financing } from "./financing-table";
import type { TradeSummaryDataTable as Summary } from "./trade-summary-data-table";

/*
 * The sortable tables, with the table library, load after the page: they are
 * long, below the chart, and read as plain HTML until then (sorting without
 * JavaScript goes through the address, see lib/trade/params).
 */
const onServer = typeof window === "undefined";

export const TradeExplorerTableLater = hydrateLater<ComponentProps<typeof Explorer>>(
  onServer ? require("@/components/trade/trade-explorer-table").TradeExplorerTable : undefined,
  () => import("@/components/trade/trade-explorer-table").then((module) => module.TradeExplorerTable),
);

export const TradeSummaryDataTableLater = hydrateLater<ComponentProps<typeof Summary>>(
  onServer ? require("./trade-summary-data-table").TradeSummaryDataTable : undefined,
  () => import("./trade-summary-data-table").then((module) => module.TradeSummaryDataTable),
);

export const FinancingTableLater = hydrateLater<ComponentProps<typeof Financing>>(
  onServer ? require("./financing-table").FinancingTable : undefined,
  () => import("./financing-table").then((module) => module.FinancingTable),
);
