import { describe, expect, it } from "vitest";
import { mergeFormQuery, orderedQuery, withParam } from "./url";

describe("mergeFormQuery", () => {
  it("replaces the fields a form owns and keeps the rest of the address", () => {
    const query = mergeFormQuery(
      "?compare=2003,2008&from=2002",
      ["from", "to"],
      [
        ["from", "2003"],
        ["to", "2009"],
      ],
    );
    expect(query).toBe("?from=2003&to=2009&compare=2003,2008");
  });

  it("joins repeated fields with commas", () => {
    const query = mergeFormQuery(
      "",
      ["compare"],
      [
        ["compare", "2003"],
        ["compare", "2008"],
      ],
    );
    expect(query).toBe("?compare=2003,2008");
  });

  it("leaves out empty fields and values equal to their default", () => {
    const query = mergeFormQuery(
      "?series=a",
      ["series", "scale"],
      [
        ["series", "a"],
        ["series", "b"],
        ["scale", "linear"],
        ["from", " "],
      ],
      { series: "a,b", scale: "linear" },
    );
    expect(query).toBe("");
  });

  it("removes an owned field that the form no longer holds, as with every checkbox cleared", () => {
    expect(mergeFormQuery("?series=a&mode=index", ["series"], [])).toBe("?mode=index");
  });
});

describe("withParam", () => {
  it("sets a parameter, or removes it when it goes back to its default", () => {
    expect(withParam("?from=2003", "tableSort", "totalUsdM.desc", "period")).toBe(
      "?from=2003&tableSort=totalUsdM.desc",
    );
    expect(withParam("?from=2003&tableSort=status", "tableSort", "period", "period")).toBe("?from=2003");
  });
});

describe("orderedQuery", () => {
  it("puts the explorer's parameters first, in their canonical order", () => {
    expect(orderedQuery(new URLSearchParams("utm=x&mode=index&from=2003"))).toBe("?from=2003&mode=index&utm=x");
  });
});
