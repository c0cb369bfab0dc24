"use client";

import { useEffect, useState, useSyncExternalStore, type ComponentType, type ReactNode } from "react";
import { localizePath } from "@/lib/i18n/locales";
import { STORAGE_KEY } from "@/lib/imported/keys";
import type { ExplorerChart } from "@/lib/trade/explorer-chart";
import type { TradeImportedLabels } from "./import-labels";
import type { TradeImportedOverlayProps } from "./trade-imported-overlay";

type Props = {
  /** Canonical query of the view the server drew: "" or "?…". */
  query: string;
  labels: TradeImportedLabels;
  children: ReactNode;
};

type Loaded = { query: string; chart: ExplorerChart; Overlay: ComponentType<TradeImportedOverlayProps> };

function hasImports(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

function subscribe(listener: () => void): () => void {
  // The import page writes in another tab, or in this one before a client-side navigation.
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}

/**
 * The trade explorer's server-rendered chart, redrawn with the reader's
 * imported series when this browser keeps any. Only this check is in the
 * page's first load: the chart's data (from /trade/overlay) and the overlay
 * (schema, chart geometry) are fetched when there is something to show, and
 * never recharts. Should either fail, the page's own chart stays.
 */
export function TradeImportedLoader({ query, labels, children }: Props) {
  const present = useSyncExternalStore(subscribe, hasImports, () => false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!present || loaded?.query === query) return;
    let live = true;
    const address = `${localizePath(labels.locale, "/trade/overlay")}${query}`;
    void Promise.all([
      fetch(address).then((response) => {
        if (!response.ok) throw new Error(`${address}: HTTP ${response.status}`);
        return response.json() as Promise<ExplorerChart>;
      }),
      import("./trade-imported-overlay"),
    ])
      .then(([chart, module]) => {
        if (live) setLoaded({ query, chart, Overlay: module.TradeImportedOverlay });
      })
      .catch((error: unknown) => console.error(error));
    return () => {
      live = false;
    };
  }, [present, loaded, query, labels.locale]);

  if (!present || loaded === null || loaded.query !== query) return <>{children}</>;
  const { Overlay, chart } = loaded;
  return (
    <Overlay {...chart} labels={labels}>
      {children}
    </Overlay>
  );
}
