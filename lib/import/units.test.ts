import { describe, expect, it } from "vitest";
import { describeOutputUnit, describeScale, detectUnit, detectUnitWithScale } from "./units";

describe("detectUnit", () => {
  it("reads US$ and its scale from headers and indicator names", () => {
    expect(detectUnit("Trade Value (US$)")).toMatchObject({ kind: "usd", factor: 1 });
    expect(detectUnit("Export (US$ Thousand)")).toMatchObject({ kind: "usd", factor: 1e3 });
    expect(detectUnit("Value (USD million)")).toMatchObject({ kind: "usd", factor: 1e6 });
    expect(detectUnit("Millions of US dollars")).toMatchObject({ kind: "usd", factor: 1e6 });
    expect(detectUnit("Exports, US$ bn")).toMatchObject({ kind: "usd", factor: 1e9 });
    expect(detectUnit("Goods, Value of Exports, Free on board (FOB), US Dollars")).toMatchObject({
      kind: "usd",
      factor: 1,
    });
  });

  it("keeps a non-money unit as the file states it", () => {
    expect(detectUnit("Trade (% of GDP)")).toEqual({ kind: "other", label: "% of GDP" });
    expect(detectUnit("Export Partner Share (%)")).toEqual({ kind: "other", label: "%" });
    expect(detectUnit("GDP (current LCU)")).toEqual({ kind: "other", label: "current LCU" });
  });

  it("does not rescale amounts per person", () => {
    expect(detectUnit("GDP per capita (current US$)")).toEqual({ kind: "other", label: "current US$ per capita" });
  });

  it("says unknown when nothing states a unit", () => {
    expect(detectUnit("Population, total")).toEqual({ kind: "unknown" });
  });
});

describe("describeOutputUnit", () => {
  it("divides US$ thousands by 1,000 and says so", () => {
    const output = describeOutputUnit({ kind: "usd", factor: 1e3, source: "US$ Thousand" });
    expect(output).toEqual({
      unit: "USD millions",
      conversion: "values in US$ thousands, divided by 1,000",
      divisor: 1000,
      multiplier: 1,
    });
  });

  it("divides US$ by 1,000,000 and keeps a qualifier such as current US$", () => {
    expect(describeOutputUnit({ kind: "usd", factor: 1, source: "" }).conversion).toBe(
      "values in US$, divided by 1,000,000",
    );
    expect(describeOutputUnit({ kind: "usd", factor: 1, source: "current US$" }).conversion).toBe(
      "values in current US$, divided by 1,000,000",
    );
  });

  it("multiplies US$ billions by 1,000 and leaves US$ millions alone", () => {
    expect(describeOutputUnit({ kind: "usd", factor: 1e9, source: "" })).toMatchObject({ multiplier: 1000 });
    expect(describeOutputUnit({ kind: "usd", factor: 1e6, source: "" }).conversion).toBe(
      "values in US$ millions, not converted",
    );
  });

  it("keeps the original unit of a non-money series", () => {
    expect(describeOutputUnit({ kind: "other", label: "% of GDP" })).toMatchObject({
      unit: "% of GDP",
      conversion: "not converted: % of GDP is not an amount of US$",
    });
    expect(describeOutputUnit({ kind: "unknown" }).unit).toBe("unspecified");
  });
});

describe("detectUnitWithScale", () => {
  it("applies a scale column's millions to the US dollars named by the indicator", () => {
    expect(detectUnitWithScale("Millions", "OBS_VALUE", "Goods, Value of Exports, FOB, US dollar")).toMatchObject({
      kind: "usd",
      factor: 1e6,
    });
    expect(detectUnitWithScale(describeScale("3"), "OBS_VALUE", "Exports, US dollar")).toMatchObject({ factor: 1e3 });
  });

  it("lets a unit column that states a whole unit win", () => {
    expect(detectUnitWithScale("Percent (%)", "Value (US$)")).toEqual({ kind: "other", label: "%" });
  });
});
