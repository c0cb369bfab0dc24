import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW_SEGMENT,
  searchParamsOfKey,
  timelineViewKey,
  timelineViewKeys,
  viewKeyOfSegment,
  viewSegment,
} from "./cached-views";

const decades = [1980, 2000];

describe("viewSegment and viewKeyOfSegment", () => {
  it("name the default view, whose key is empty", () => {
    expect(viewSegment("")).toBe(DEFAULT_VIEW_SEGMENT);
    expect(viewKeyOfSegment(DEFAULT_VIEW_SEGMENT)).toBe("");
  });

  it("round-trip a key with the characters of a query, using only path-safe characters", () => {
    const key = "scale=log&compare=2003,2008&tableSort=totalUsdM.desc";
    const segment = viewSegment(key);
    expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(viewKeyOfSegment(segment)).toBe(key);
  });

  it("refuse a segment that no key is written as, so one view has one segment", () => {
    const segment = viewSegment("compare=2003,2008");
    expect(viewKeyOfSegment(`${segment}!`)).toBeUndefined();
    expect(viewKeyOfSegment(`${segment}=`)).toBeUndefined();
    expect(viewKeyOfSegment("")).toBeUndefined();
  });
});

describe("searchParamsOfKey", () => {
  it("reads a key back as a page's search parameters, a repeated name as a list", () => {
    expect(searchParamsOfKey("")).toEqual({});
    expect(searchParamsOfKey("compare=2003,2008&series=a&series=b")).toEqual({
      compare: "2003,2008",
      series: ["a", "b"],
    });
  });
});

describe("timelineViewKey", () => {
  it("is the filter's canonical query, whatever the spelling", () => {
    expect(timelineViewKey({}, decades)).toBe("");
    expect(timelineViewKey({ decade: "1980s", theme: "trade" }, decades)).toBe("theme=trade&decade=1980");
    expect(timelineViewKey({ theme: "all", utm_source: "x" }, decades)).toBe("");
  });

  it("has no key when the page would show a notice", () => {
    expect(timelineViewKey({ theme: "sport" }, decades)).toBeUndefined();
    expect(timelineViewKey({ decade: "eighties" }, decades)).toBeUndefined();
  });

  it("has no key for a valid decade that no event touches, so the cacheable views stay few", () => {
    expect(timelineViewKey({ decade: "1230" }, decades)).toBeUndefined();
  });

  it("gives only keys that are among the prerendered views", () => {
    const keys = timelineViewKeys(decades);
    expect(keys).toContain("");
    expect(keys).toContain("theme=aid&decade=2000");
    expect(keys).toHaveLength(7 * 3);
    for (const raw of [{}, { theme: "energy" }, { decade: "2000" }, { theme: "culture", decade: "1980" }]) {
      expect(keys).toContain(timelineViewKey(raw, decades));
    }
  });
});
