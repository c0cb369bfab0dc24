import { describe, expect, it } from "vitest";
import { localizePath, splitLocalePath, textDirection } from "./locales";

describe("localizePath", () => {
  it("keeps English addresses as they are", () => {
    expect(localizePath("en", "/trade?flow=balance")).toBe("/trade?flow=balance");
    expect(localizePath("en", "/")).toBe("/");
  });
  it("prefixes Urdu and Russian pages, the home page without a trailing slash", () => {
    expect(localizePath("ur", "/")).toBe("/ur");
    expect(localizePath("ru", "/?x=1")).toBe("/ru?x=1");
    expect(localizePath("ru", "/trade?compare=2003,2008#chart")).toBe("/ru/trade?compare=2003,2008#chart");
  });
  it("leaves the data API and outside links alone", () => {
    expect(localizePath("ur", "/api/datasets/trade?format=csv")).toBe("/api/datasets/trade?format=csv");
    expect(localizePath("ur", "https://example.org/")).toBe("https://example.org/");
    expect(localizePath("ur", "#chart")).toBe("#chart");
  });
});

describe("splitLocalePath", () => {
  it("reads the locale prefix", () => {
    expect(splitLocalePath("/ur/trade")).toEqual({ locale: "ur", path: "/trade" });
    expect(splitLocalePath("/ru")).toEqual({ locale: "ru", path: "/" });
    expect(splitLocalePath("/trade")).toEqual({ locale: "en", path: "/trade" });
    expect(splitLocalePath("/")).toEqual({ locale: "en", path: "/" });
  });
  it("does not take a page that merely starts with the letters for a prefix", () => {
    expect(splitLocalePath("/russia")).toEqual({ locale: "en", path: "/russia" });
  });
  it("reads the internal route of a cached view as the address a reader sees", () => {
    expect(splitLocalePath("/en/trade/view/Zmxvdz1iYWxhbmNl")).toEqual({ locale: "en", path: "/trade" });
    expect(splitLocalePath("/ur/timeline/view/default")).toEqual({ locale: "ur", path: "/timeline" });
  });
});

describe("textDirection", () => {
  it("is right to left for Urdu only", () => {
    expect(textDirection("ur")).toBe("rtl");
    expect(textDirection("ru")).toBe("ltr");
    expect(textDirection("en")).toBe("ltr");
  });
});
