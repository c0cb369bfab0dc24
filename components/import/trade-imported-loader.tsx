"use client";

import { useEffect, useState, useSyncExternalStore, type ComponentType, type ReactNode } from "react";
import { STORAGE_KEY } from "@/lib/imported/keys";
import type { TradeImportedOverlayProps } from "./trade-imported-overlay";

type Props = Omit<TradeImportedOverlayProps, "children"> & { children: ReactNode };

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
 * page's first load: the overlay (schema, chart geometry) is fetched when
 * there is something to show, and never recharts.
 */
export function TradeImportedLoader({ children, ...chart }: Props) {
  const present = useSyncExternalStore(subscribe, hasImports, () => false);
  const [Overlay, setOverlay] = useState<ComponentType<TradeImportedOverlayProps> | null>(null);

  useEffect(() => {
    if (!present || Overlay !== null) return;
    let live = true;
    void import("./trade-imported-overlay").then((module) => {
      if (live) setOverlay(() => module.TradeImportedOverlay);
    });
    return () => {
      live = false;
    };
  }, [present, Overlay]);

  if (!present || Overlay === null) return <>{children}</>;
  return <Overlay {...chart}>{children}</Overlay>;
}
