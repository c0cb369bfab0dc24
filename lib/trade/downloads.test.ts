import { describe, expect, it } from "vitest";
import { chartFileName, inlineStyle, tradeCsvHref } from "./downloads";

describe("tradeCsvHref", () => {
  it("asks the data API for the range shown", () => {
    expect(tradeCsvHref({ from: 2003, to: 2009 })).toBe("/api/datasets/trade?format=csv&from=2003&to=2009");
  });

  it("asks for every row without a range", () => {
    expect(tradeCsvHref()).toBe("/api/datasets/trade?format=csv");
  });
});

describe("chartFileName", () => {
  it("names the image after the range it shows", () => {
    expect(chartFileName({ from: 2003, to: 2009 }, "png")).toBe("pakistan-russia-trade_2003-2009.png");
  });
});

describe("inlineStyle", () => {
  it("copies resolved values and skips empty ones and unresolved variables", () => {
    const values: Record<string, string> = { fill: "rgb(11, 122, 62)", stroke: "var(--accent)", "font-size": "12px" };
    expect(inlineStyle((property) => values[property] ?? "")).toBe("fill:rgb(11, 122, 62);font-size:12px");
  });

  it("leaves out what the element inherits from its parent and an opacity of 1", () => {
    const own: Record<string, string> = { fill: "rgb(1, 2, 3)", "font-size": "12px", opacity: "1" };
    const parent: Record<string, string> = { fill: "rgb(0, 0, 0)", "font-size": "12px", opacity: "1" };
    expect(
      inlineStyle(
        (property) => own[property] ?? "",
        (property) => parent[property] ?? "",
      ),
    ).toBe("fill:rgb(1, 2, 3)");
  });

  it("keeps a faded opacity even when the parent has the same", () => {
    expect(
      inlineStyle(
        (property) => (property === "opacity" ? "0.22" : ""),
        (property) => (property === "opacity" ? "0.22" : ""),
      ),
    ).toBe("opacity:0.22");
  });
});
