import { describe, expect, it } from "vitest";
import { getT } from "@/lib/i18n";
import { financingItem, historyEvent } from "@/tests/unit/fixtures";
import {
  decadeCounts,
  decadesOfEvent,
  describeFilter,
  describeNotice,
  eventFocusLinks,
  filterEvents,
  parseTimelineQuery,
  themeCounts,
  timelineHref,
} from "./timeline";

const war = historyEvent({ id: "war", date: "1979-12", endDate: "1989-02", theme: "security" });
const package1981 = historyEvent({ id: "package", date: "1981", theme: "aid", related: "financing" });
const sco = historyEvent({ id: "sco", date: "2011-11-07", theme: "energy", related: "financing" });
const record = historyEvent({ id: "record", date: "2023", theme: "trade", related: "trade" });
const events = [war, package1981, sco, record];
const en = getT("en");
const ur = getT("ur");
const ru = getT("ru");

describe("parseTimelineQuery", () => {
  it("reads a known theme and a decade", () => {
    expect(parseTimelineQuery({ theme: "aid", decade: "1980" })).toEqual({
      filter: { theme: "aid", decade: 1980 },
      notices: [],
    });
  });

  it("accepts a decade written with an s", () => {
    expect(parseTimelineQuery({ decade: "1980s" }).filter).toEqual({ decade: 1980 });
  });

  it("treats empty values and 'all' as no filter", () => {
    expect(parseTimelineQuery({ theme: "", decade: "all" })).toEqual({ filter: {}, notices: [] });
  });

  it("falls back to all themes with a notice for an unknown theme", () => {
    const query = parseTimelineQuery({ theme: "sport" });
    expect(query.filter).toEqual({});
    expect(query.notices).toEqual([{ kind: "theme", value: "sport" }]);
    const notice = describeNotice({ kind: "theme", value: "sport" }, en, "en");
    expect(notice).toContain("“sport” is not a theme");
    expect(notice).toContain("Themes are diplomacy, trade, energy, security, aid, culture.");
  });

  it("falls back to all decades with a notice for a year that does not start a decade", () => {
    const query = parseTimelineQuery({ decade: "1985" });
    expect(query.filter).toEqual({});
    expect(query.notices).toEqual([{ kind: "decade", value: "1985" }]);
    expect(describeNotice({ kind: "decade", value: "1985" }, en, "en")).toContain("“1985” is not a decade");
  });

  it("quotes the value as given in the Urdu and Russian notices, and names the themes in that language", () => {
    const urdu = describeNotice({ kind: "theme", value: "sport" }, ur, "ur");
    expect(urdu).toContain("sport");
    expect(urdu).toContain("سفارت کاری");
    const russian = describeNotice({ kind: "decade", value: "1985" }, ru, "ru");
    expect(russian).toContain("1985");
    expect(russian).toMatch(/[а-я]/);
  });

  it("cuts a long value to 40 characters before quoting it", () => {
    expect(parseTimelineQuery({ theme: "x".repeat(100) }).notices[0]?.value).toHaveLength(40);
  });

  it("uses the first of repeated values", () => {
    expect(parseTimelineQuery({ theme: ["trade", "aid"] }).filter).toEqual({ theme: "trade" });
  });
});

describe("decades", () => {
  it("puts a period in every decade it touches", () => {
    expect(decadesOfEvent(war)).toEqual([1970, 1980]);
  });

  it("counts events per decade, earliest first", () => {
    expect(decadeCounts(events)).toEqual([
      { decade: 1970, count: 1 },
      { decade: 1980, count: 2 },
      { decade: 2010, count: 1 },
      { decade: 2020, count: 1 },
    ]);
  });

  it("counts events per theme, keeping themes with none", () => {
    const counts = themeCounts(events);
    expect(counts.find((entry) => entry.theme === "aid")?.count).toBe(1);
    expect(counts.find((entry) => entry.theme === "culture")?.count).toBe(0);
  });
});

describe("filterEvents", () => {
  it("keeps events of the theme and decade asked for", () => {
    expect(filterEvents(events, { decade: 1980 }).map((event) => event.id)).toEqual(["war", "package"]);
    expect(filterEvents(events, { theme: "aid", decade: 1980 }).map((event) => event.id)).toEqual(["package"]);
  });

  it("keeps everything without a filter", () => {
    expect(filterEvents(events, {})).toHaveLength(4);
  });
});

describe("timelineHref and describeFilter", () => {
  it("leaves unset filters out of the address", () => {
    expect(timelineHref({})).toBe("/timeline");
    expect(timelineHref({ theme: "aid", decade: 1980 })).toBe("/timeline?theme=aid&decade=1980");
  });

  it("says how many events a filter shows", () => {
    expect(describeFilter({ theme: "aid", decade: 1980 }, 1, 4, en, "en")).toBe("1 of 4 events: theme aid, the 1980s");
    expect(describeFilter({}, 4, 4, en, "en")).toBe("All 4 events");
    expect(describeFilter({}, 1, 1, en, "en")).toBe("All 1 event");
  });

  it("uses the Russian plural forms for the number of events", () => {
    expect(describeFilter({}, 1, 1, ru, "ru")).toContain("1 событие");
    expect(describeFilter({}, 3, 3, ru, "ru")).toContain("3 события");
    expect(describeFilter({}, 5, 5, ru, "ru")).toContain("5 событий");
    expect(describeFilter({}, 21, 21, ru, "ru")).toContain("21 событие");
  });

  it("writes the decade in Urdu and Russian", () => {
    expect(describeFilter({ decade: 1980 }, 2, 4, ur, "ur")).toContain("1980 کی دہائی");
    expect(describeFilter({ decade: 1980 }, 2, 4, ru, "ru")).toContain("1980-е");
  });
});

describe("eventFocusLinks", () => {
  const financing = [
    financingItem({ id: "us", project: "us-1981-package", date: "1981" }),
    financingItem({ id: "casa-offer", project: "casa-1000", date: "2011-11-07" }),
    financingItem({ id: "psm-offer", project: "pakistan-steel-mills", date: "2011-11" }),
  ];
  const context = { tradeRange: { from: 2002, to: 2025 }, financing };

  it("links a financing event to the project with an item on the same day before one in the same month", () => {
    expect(eventFocusLinks(sco, context, en, "en")[0]).toEqual({
      href: "/financing#casa-1000",
      label: "Financing: CASA-1000 power line",
    });
  });

  it("prefers the largest item among those equally near, so a package wins over one of its parts", () => {
    const igc = historyEvent({ id: "igc", date: "2019-12-08", endDate: "2019-12-11", related: "financing" });
    const items = [
      financingItem({ id: "psm", project: "pakistan-steel-mills", date: "2019-12", amountUsdM: 1000 }),
      financingItem({ id: "deals", project: "russia-2019-packages", date: "2019-12", amountUsdM: 9000 }),
    ];
    expect(eventFocusLinks(igc, { financing: items }, en, "en")[0]?.href).toBe("/financing#russia-2019-packages");
  });

  it("links an event inside the trade years to the trade explorer around it, clamped to the years we hold", () => {
    expect(eventFocusLinks(record, context, en, "en")).toEqual([
      { href: "/trade?from=2021&to=2025", label: "Trade 2021–2025" },
    ]);
  });

  it("gives no trade link before the first trade figure", () => {
    expect(eventFocusLinks(package1981, context, en, "en")).toEqual([
      { href: "/financing#us-1981-package", label: "Financing: US aid package of 1981" },
    ]);
  });

  it("falls back to the financing page when no item is near a financing event", () => {
    const lonely = historyEvent({ id: "lonely", date: "1961", related: "financing" });
    expect(eventFocusLinks(lonely, context, en, "en")).toEqual([{ href: "/financing", label: "Financing" }]);
  });

  it("keeps the reader's language in the links to the trade and financing pages", () => {
    expect(eventFocusLinks(record, context, ur, "ur")[0]?.href).toBe("/ur/trade?from=2021&to=2025");
    expect(eventFocusLinks(package1981, context, ru, "ru")[0]?.href).toBe("/ru/financing#us-1981-package");
  });
});
