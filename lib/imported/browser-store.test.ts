import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getImportsSnapshot, subscribeImports, writeImports } from "./browser-store";
import { serializeStoredImports, STORAGE_KEY } from "./storage";
import { storedSeries } from "./test-data";

/* The store against a stand-in for the browser's window and localStorage. */

function fakeWindow(setItem?: (key: string, value: string) => void) {
  const items = new Map<string, string>();
  const listeners = new Set<(event: { key: string | null }) => void>();
  return {
    items,
    fire: (key: string | null) => listeners.forEach((listener) => listener({ key })),
    window: {
      localStorage: {
        getItem: (key: string) => items.get(key) ?? null,
        setItem: setItem ?? ((key: string, value: string) => void items.set(key, value)),
        removeItem: (key: string) => void items.delete(key),
      },
      addEventListener: (_: string, listener: (event: { key: string | null }) => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: (event: { key: string | null }) => void) => listeners.delete(listener),
    },
  };
}

describe("browser store", () => {
  let fake: ReturnType<typeof fakeWindow>;
  beforeEach(() => {
    fake = fakeWindow();
    vi.stubGlobal("window", fake.window);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("returns the same snapshot object while storage is unchanged", () => {
    fake.items.set(STORAGE_KEY, serializeStoredImports([storedSeries({ key: "a" })]));
    const first = getImportsSnapshot();
    expect(first.series).toHaveLength(1);
    expect(getImportsSnapshot()).toBe(first);
  });

  it("writes, tells subscribers, and removes the key when nothing is left", () => {
    const listener = vi.fn();
    const unsubscribe = subscribeImports(listener);
    expect(writeImports([storedSeries({ key: "a" })])).toEqual({ ok: true });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(getImportsSnapshot().series.map((entry) => entry.key)).toEqual(["a"]);
    writeImports([]);
    expect(fake.items.has(STORAGE_KEY)).toBe(false);
    unsubscribe();
  });

  it("follows changes made in another tab", () => {
    const listener = vi.fn();
    const unsubscribe = subscribeImports(listener);
    fake.fire("something-else");
    expect(listener).not.toHaveBeenCalled();
    fake.fire(STORAGE_KEY);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it("says so when storage is full, without throwing", () => {
    vi.stubGlobal(
      "window",
      fakeWindow(() => {
        throw new DOMException("full", "QuotaExceededError");
      }).window,
    );
    const outcome = writeImports([storedSeries({ key: "a" })]);
    expect(outcome).toMatchObject({
      ok: false,
      reason: "full",
      message: expect.stringMatching(/storage for the site is full/),
    });
  });

  it("treats storage that cannot be read as empty", () => {
    vi.stubGlobal("window", {
      localStorage: {
        getItem: () => {
          throw new DOMException("denied", "SecurityError");
        },
      },
    });
    expect(getImportsSnapshot().series).toEqual([]);
  });
});
