import { describe, expect, it } from "vitest";
import { financingItem } from "@/tests/unit/fixtures";
import { groupIntoSections, orderedRows } from "../financing";
import {
  buildFinancingChart,
  chartAmount,
  describeItem,
  describeScale,
  truncateLabel,
  type ItemRow,
} from "./financing-model";

const total = financingItem({ id: "total", amountUsdM: 526.5 });
const share = financingItem({ id: "share", amountUsdM: 120, kind: "credit", partOf: "total" });
const offer = financingItem({
  id: "offer",
  amountUsdM: 500,
  qualifier: "at_least",
  kind: "offer",
  status: "declined",
  date: "2011-11-07",
  financier: "Russia",
});
const pledge = financingItem({
  id: "pledge",
  project: "russia-2019-packages",
  amountUsdM: 14000,
  kind: "pledge",
  status: "announced",
  date: "2019-02",
});
const euros = financingItem({ id: "euros", project: "guddu-muzaffargarh", kind: "package", status: "announced" });
const sections = groupIntoSections([total, share, offer, pledge, euros]);

const itemRows = (width: number) =>
  buildFinancingChart(sections, { width }).rows.filter((row): row is ItemRow => row.type === "item");

describe("buildFinancingChart", () => {
  it("draws one row per item with an amount, under a heading per section, and lists the rest as not drawn", () => {
    const model = buildFinancingChart(sections, { width: 960 });
    expect(model.rows.map((row) => (row.type === "group" ? `# ${row.label}` : row.id))).toEqual([
      "# CASA-1000 power line",
      "offer",
      "total",
      "share",
      "# Russian pledges of 2019",
      "pledge",
    ]);
    expect(model.notDrawn.map((item) => item.id)).toEqual(["euros"]);
  });

  it("places amounts on a log axis: ten times the amount is always the same distance", () => {
    const model = buildFinancingChart(sections, { width: 960 });
    const [first, second, third] = model.ticks.map((tick) => tick.px);
    expect(model.ticks.map((tick) => tick.label)).toEqual(["$100m", "$1bn", "$10bn"]);
    // Pixel positions are rounded to a tenth, so the two gaps agree to within that.
    expect((second ?? 0) - (first ?? 0)).toBeCloseTo((third ?? 0) - (second ?? 0), 0);
  });

  it("draws statuses in different fills and kinds in different shapes, so colour is never the only cue", () => {
    const rows = itemRows(960);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect([byId.get("total")?.style, byId.get("offer")?.style, byId.get("pledge")?.style]).toEqual([
      "solid",
      "hollow",
      "hatched",
    ]);
    expect([byId.get("total")?.shape, byId.get("offer")?.shape]).toEqual(["circle", "diamond"]);
  });

  it("writes the amount and status beside every marker, with an arrow for a floor", () => {
    const offerRow = itemRows(960).find((row) => row.id === "offer");
    expect(offerRow?.valueLabel).toBe("at least $500m · declined");
    expect(offerRow?.arrow).toBe("right");
  });

  it("indents a share under its total", () => {
    const shareRow = itemRows(960).find((row) => row.id === "share");
    const totalRow = itemRows(960).find((row) => row.id === "total");
    expect(shareRow?.part).toBe(true);
    expect((shareRow?.labelX ?? 0) > (totalRow?.labelX ?? 0)).toBe(true);
  });

  it("keeps value labels inside the chart by putting them left of markers near the right edge", () => {
    for (const width of [360, 960]) {
      const pledgeRow = itemRows(width).find((row) => row.id === "pledge");
      expect(pledgeRow?.valueAnchor).toBe("end");
      expect(pledgeRow?.valueX).toBeLessThan(width);
    }
  });

  it("uses a two-line layout on narrow screens, labels above the markers", () => {
    const model = buildFinancingChart(sections, { width: 360 });
    const row = model.rows.find((entry): entry is ItemRow => entry.type === "item");
    expect(model.narrow).toBe(true);
    expect((row?.cy ?? 0) > (row?.y ?? 0)).toBe(true);
  });

  it("is empty, without failing, when no item has an amount", () => {
    const model = buildFinancingChart(groupIntoSections([euros]), { width: 960 });
    expect(model.empty).toBe(true);
    expect(model.rows).toEqual([]);
  });
});

describe("orderedRows", () => {
  it("keeps rows that conflict side by side even when another item falls between them in time", () => {
    const a = financingItem({ id: "a", date: "2015", conflictsWith: ["c"] });
    const b = financingItem({ id: "b", date: "2018" });
    const c = financingItem({ id: "c", date: "2021", conflictsWith: ["a"] });
    expect(orderedRows([a, b, c]).map((row) => row.item.id)).toEqual(["a", "c", "b"]);
  });
});

describe("truncateLabel", () => {
  it("cuts long labels at a word and marks the cut", () => {
    expect(truncateLabel("Framework deal for Muzaffargarh rehabilitation and coal conversion", 30)).toEqual({
      text: "Framework deal for…",
      truncated: true,
    });
    expect(truncateLabel("Short", 30)).toEqual({ text: "Short", truncated: false });
  });
});

describe("describeScale", () => {
  it("gives the spread of the amounts as the reason for the log axis", () => {
    expect(describeScale({ min: 0.6, max: 14000 })).toMatch(
      /^Amounts run from \$600k to \$14bn, a factor of about 23,000\./,
    );
  });
});

describe("the chart in Urdu and Russian", () => {
  const ruSections = groupIntoSections([total, share, offer, pledge, euros], undefined, "ru");
  const urSections = groupIntoSections([total, share, offer, pledge, euros], undefined, "ur");

  it("writes the axis in the reader's units and the section headings in their words", () => {
    const model = buildFinancingChart(ruSections, { width: 960, locale: "ru" });
    expect(model.ticks.map((tick) => tick.label)).toEqual(["100 млн", "1 млрд", "10 млрд"]);
    expect(model.rows[0]).toMatchObject({ type: "group", label: "ЛЭП CASA-1000" });
    // Urdu text is isolated right to left inside the left-to-right chart, so "100 ملین" starts with its number.
    expect(buildFinancingChart(urSections, { width: 960, locale: "ur" }).ticks.map((tick) => tick.label)).toEqual([
      "\u2067100 ملین\u2069",
      "\u20671 ارب\u2069",
      "\u206710 ارب\u2069",
    ]);
  });

  it("writes each value with its amount and status in the reader's language", () => {
    const rows = buildFinancingChart(ruSections, { width: 960, locale: "ru" }).rows.filter(
      (row): row is ItemRow => row.type === "item",
    );
    expect(rows.find((row) => row.id === "offer")?.valueLabel).toBe("не менее 500 млн долл. · отклонено");
  });

  it("marks the data's English item names as English on the Urdu chart, and only those", () => {
    const rows = buildFinancingChart(urSections, { width: 960, locale: "ur" }).rows.filter(
      (row): row is ItemRow => row.type === "item",
    );
    expect(rows.every((row) => row.labelLang === "en")).toBe(true);
    const english = buildFinancingChart(sections, { width: 960 }).rows.filter(
      (row): row is ItemRow => row.type === "item",
    );
    expect(english.every((row) => row.labelLang === undefined)).toBe(true);
  });

  it("explains the log scale in Russian with the ratio in Russian digits", () => {
    expect(describeScale({ min: 0.6, max: 14000 }, "ru")).toMatch(
      /^Суммы на шкале .* от 600 тыс\. до 14 млрд, разница примерно в 23\s000 раз\./,
    );
  });

  it("explains the log scale in Urdu with the ratio in lakh grouping", () => {
    expect(describeScale({ min: 0.01, max: 14000 }, "ur")).toContain("تقریباً 14,00,000 گنا");
  });

  it("describes an item for screen readers in the reader's words", () => {
    expect(describeItem(offer, "ru")).toContain("не менее 500 млн долл.");
    expect(describeItem(offer, "ru")).toContain("Предложение, отклонено");
    expect(describeItem(offer, "ur")).toContain("کم از کم 500 ملین ڈالر");
  });
});

describe("chartAmount", () => {
  const range = financingItem({ id: "range", amountUsdM: 20, amountMaxUsdM: 30 });

  it("names the unit of a range once in Russian and Urdu, so the label stays beside its marker", () => {
    expect(chartAmount(range, "ru")).toBe("20–30 млн долл.");
    expect(chartAmount(range, "ur")).toBe("20–30 ملین ڈالر");
    expect(chartAmount({ ...range, qualifier: "up_to" }, "ru")).toBe("до 20–30 млн долл.");
  });

  it("keeps both units when the ends of a range are in different ones, and English as it is", () => {
    expect(chartAmount({ ...range, amountMaxUsdM: 1500 }, "ru")).toBe("20 млн долл.–1,5 млрд долл.");
    expect(chartAmount(range, "en")).toBe("$20m–$30m");
  });
});
