"use client";

import { useSyncExternalStore } from "react";
import { getImportsSnapshot, getServerImportsSnapshot, subscribeImports } from "@/lib/imported/browser-store";
import type { StoredImports } from "@/lib/imported/storage";

/**
 * The imported series this browser keeps. The server and the first render in
 * the browser see none, so the server HTML (our series only) hydrates cleanly;
 * the kept series appear right after, and follow changes from other tabs.
 */
export function useImportedSeries(): StoredImports {
  return useSyncExternalStore(subscribeImports, getImportsSnapshot, getServerImportsSnapshot);
}
