import { describe, expect, it } from "vitest";
import { linearScale, linearTicks, logDomain, logScale, logTicks, niceDomain, yearTicks } from "./scales";

describe("linearTicks", () => {
  it("gives round steps covering the range", () => {
    expect(linearTicks(0, 1000, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
  });
  it("avoids floating-point noise", () => {
    expect(linearTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe("niceDomain", () => {
  it("extends to round numbers around the data", () => {
    expect(niceDomain(83, 1810, 5)).toEqual([0, 2000]);
  });
});

describe("linearScale", () => {
  it("maps the domain onto an inverted pixel range", () => {
    const y = linearScale([0, 1000], [300, 0]);
    expect(y(0)).toBe(300);
    expect(y(500)).toBe(150);
  });
});

describe("log scale", () => {
  it("puts each decade the same distance apart", () => {
    const y = logScale([10, 1000], [200, 0]);
    expect(y(100)).toBeCloseTo(100);
  });
  it("rounds the domain out to 1-2-5 steps", () => {
    expect(logDomain(83, 1810)).toEqual([50, 2000]);
  });
  it("ticks at 1-2-5 steps", () => {
    expect(logTicks(50, 2000, 10)).toEqual([50, 100, 200, 500, 1000, 2000]);
  });
});

describe("yearTicks", () => {
  it("labels every year on a short range", () => {
    expect(yearTicks(2003, 2009, 10)).toEqual([2003, 2004, 2005, 2006, 2007, 2008, 2009]);
  });
  it("labels round years on a long range", () => {
    expect(yearTicks(1958, 2025, 8)).toEqual([1960, 1970, 1980, 1990, 2000, 2010, 2020]);
  });
});
