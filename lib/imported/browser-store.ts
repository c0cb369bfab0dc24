import {
  EMPTY_IMPORTS,
  parseStoredImports,
  serializeStoredImports,
  STORAGE_KEY,
  type StoredImports,
  type StoredSeries,
} from "./storage";

/*
 * The one door to the browser's storage for imported series, shaped for
 * React's useSyncExternalStore: subscribe, a snapshot that stays the same
 * object while storage is unchanged, and a server snapshot with nothing in it
 * (the server never sees what a reader imported). Browser-only, but free of
 * React so the rules stay in plain functions.
 */

const listeners = new Set<() => void>();
let cached: { raw: string | null; value: StoredImports } | undefined;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be switched off (private modes, policies); then nothing is kept.
    return null;
  }
}

export function getImportsSnapshot(): StoredImports {
  const raw = readRaw();
  if (cached === undefined || cached.raw !== raw) cached = { raw, value: parseStoredImports(raw) };
  return cached.value;
}

export function getServerImportsSnapshot(): StoredImports {
  return EMPTY_IMPORTS;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  // Another tab changed the series (or cleared all storage, when key is null).
  if (event.key === STORAGE_KEY || event.key === null) notify();
}

export function subscribeImports(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}

/** `reason` lets a page word the failure in its own language; `message` is the English wording. */
export type WriteOutcome = { ok: true } | { ok: false; reason: "full" | "blocked"; message: string };

export function writeImports(series: readonly StoredSeries[]): WriteOutcome {
  try {
    if (series.length === 0) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, serializeStoredImports(series));
  } catch (error) {
    const full = error instanceof DOMException && error.name === "QuotaExceededError";
    return {
      ok: false,
      reason: full ? "full" : "blocked",
      message: full
        ? "This browser's storage for the site is full, so the series could not be saved. Remove some imported series and try again."
        : "This browser does not let the site save data, so imported series cannot be kept.",
    };
  } finally {
    notify();
  }
  return { ok: true };
}
