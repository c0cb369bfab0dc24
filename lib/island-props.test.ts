import { afterEach, describe, expect, it, vi } from "vitest";
import { islandProps, leaveIslandProps } from "./island-props";

describe("island props", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives back the very props left, under an id of their own", () => {
    const first = { rows: [1, 2, 3] };
    const second = { rows: [4] };
    const firstId = leaveIslandProps(first);
    const secondId = leaveIslandProps(second);
    expect(firstId).not.toBe(secondId);
    expect(islandProps(firstId)).toBe(first);
    expect(islandProps(secondId)).toBe(second);
  });

  it("can be read more than once while they last", () => {
    const id = leaveIslandProps({ locale: "ur" });
    expect(islandProps(id)).toEqual({ locale: "ur" });
    expect(islandProps(id)).toEqual({ locale: "ur" });
  });

  it("forgets props after a minute, and knows no id it did not issue", () => {
    vi.useFakeTimers();
    const id = leaveIslandProps({ from: 1992 });
    vi.advanceTimersByTime(59_000);
    expect(islandProps(id)).toEqual({ from: 1992 });
    vi.advanceTimersByTime(1_000);
    expect(islandProps(id)).toBeUndefined();
    expect(islandProps("no-such-id")).toBeUndefined();
  });
});
