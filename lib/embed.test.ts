import { describe, expect, it } from "vitest";
import {
  embedCode,
  escapeHtml,
  fullViewPath,
  mirrorTradeParams,
  oembedDiscoveryHref,
  requestOrigins,
  resolveEmbed,
  tradeEmbedPath,
  trendStatusNote,
} from "./embed";

const SITE = "https://pkru.example";
const ORIGINS = [SITE];
const PROJECTS = ["casa-1000", "pakistan-stream"];

describe("embed addresses", () => {
  it("keeps the chart's parameters of a trade query and drops the table's", () => {
    expect(tradeEmbedPath("?from=2003&to=2009&flow=exports&tableSort=period.desc&compare=2003,2008")).toBe(
      "/embed/trade?from=2003&to=2009&flow=exports",
    );
  });

  it("gives the default trade view's embed for an empty query", () => {
    expect(tradeEmbedPath("")).toBe("/embed/trade");
  });

  it("links a mirror embed to the trade explorer with both reporters and the direction as flow", () => {
    expect(fullViewPath("mirror", "?direction=imports&from=2000")).toBe("/trade?from=2000&flow=imports&reporter=both");
  });

  it("links a project's financing embed to its section of /financing", () => {
    expect(fullViewPath("financing", "?project=casa-1000")).toBe("/financing#casa-1000");
  });

  it("reads the mirror's direction as the trade flow, exports by default", () => {
    expect(mirrorTradeParams({ from: "2000" }).params).toEqual({ flow: "exports", reporter: "both", from: "2000" });
    expect(mirrorTradeParams({ direction: "imports" }).params.flow).toBe("imports");
  });

  it("falls back to exports with a notice for an unknown direction", () => {
    const { params, notice } = mirrorTradeParams({ direction: "sideways" });
    expect(params.flow).toBe("exports");
    expect(notice).toContain("“sideways”");
  });
});

describe("embed code", () => {
  it("writes an iframe with the title, size, lazy loading and the embed's address", () => {
    expect(embedCode({ src: `${SITE}/embed/trade?from=2003&to=2009`, title: "Trade", width: 800, height: 820 })).toBe(
      '<iframe src="https://pkru.example/embed/trade?from=2003&amp;to=2009" title="Trade" width="800" height="820" loading="lazy" style="width:100%;max-width:800px;border:0"></iframe>',
    );
  });

  it("escapes quotes and angle brackets in attributes", () => {
    expect(escapeHtml(`"<a>" & 'b'`)).toBe("&quot;&lt;a&gt;&quot; &amp; &#39;b&#39;");
  });

  it("gives the discovery address of a view, its URL encoded", () => {
    expect(oembedDiscoveryHref(SITE, `${SITE}/trade?from=2003`)).toBe(
      "https://pkru.example/api/oembed?url=https%3A%2F%2Fpkru.example%2Ftrade%3Ffrom%3D2003&format=json",
    );
  });
});

describe("which URLs embed", () => {
  const resolve = (url: string | null) => resolveEmbed(url, ORIGINS, PROJECTS);

  it("embeds the overview as the trade chart's default view", () => {
    expect(resolve(`${SITE}/`)).toEqual({ ok: true, target: { kind: "trade", path: "/embed/trade", locale: "en" } });
  });

  it("embeds a trade view with its chart's parameters", () => {
    expect(resolve(`${SITE}/trade?from=2003&to=2009&tableSort=status#chart`)).toEqual({
      ok: true,
      target: { kind: "trade", path: "/embed/trade?from=2003&to=2009", locale: "en" },
    });
  });

  it("accepts an embed page's own address", () => {
    expect(resolve(`${SITE}/embed/mirror?direction=imports&junk=1`)).toEqual({
      ok: true,
      target: { kind: "mirror", path: "/embed/mirror?direction=imports", locale: "en" },
    });
  });

  it("embeds one project from its anchor on /financing, and every project otherwise", () => {
    expect(resolve(`${SITE}/financing#pakistan-stream`)).toMatchObject({
      target: { path: "/embed/financing?project=pakistan-stream" },
    });
    expect(resolve(`${SITE}/financing#all-items`)).toMatchObject({ target: { path: "/embed/financing" } });
  });

  it("answers 404 for a page of this site without a chart", () => {
    expect(resolve(`${SITE}/timeline`)).toMatchObject({ ok: false, status: 404 });
  });

  it("answers 400 for another site's URL", () => {
    expect(resolve("https://evil.example/trade")).toMatchObject({ ok: false, status: 400 });
    expect(resolve("https://pkru.example.evil.example/trade")).toMatchObject({ ok: false, status: 400 });
  });

  it("answers 400 for a missing, relative or non-web URL", () => {
    for (const url of [null, "", "/trade", "not a url", "javascript:alert(1)", "ftp://pkru.example/trade"]) {
      expect(resolve(url), String(url)).toMatchObject({ ok: false, status: 400 });
    }
  });
});

describe("request origins", () => {
  it("adds the request's own host to the configured site URL", () => {
    expect(requestOrigins(SITE, { host: "127.0.0.1:3205" })).toEqual([SITE, "http://127.0.0.1:3205"]);
  });

  it("prefers the forwarded host and protocol of a proxy", () => {
    expect(
      requestOrigins("http://localhost:3000", {
        host: "internal:3000",
        forwardedHost: "pkru.example",
        forwardedProto: "https",
      }),
    ).toEqual(["http://localhost:3000", SITE]);
  });

  it("ignores a host header that is not a host name", () => {
    expect(requestOrigins(SITE, { host: "evil.example/@x" })).toEqual([SITE]);
    expect(requestOrigins(SITE, { host: "pkru.example", forwardedProto: "javascript" })).toEqual([SITE]);
  });
});

describe("status note", () => {
  it("counts figures by status", () => {
    const point = (status: "reported" | "unverified") => ({
      id: status,
      x: 1,
      value: 1,
      status,
      atLeast: false,
      description: "",
    });
    expect(
      trendStatusNote([
        { id: "a", label: "A", perspective: "pakistani", points: [point("reported"), point("reported")] },
        { id: "b", label: "B", perspective: "russian", points: [point("unverified")] },
      ]),
    ).toBe("3 figures: 2 reported, 1 unverified. Years without a figure are left blank.");
  });

  it("says so when nothing is drawn", () => {
    expect(trendStatusNote([])).toBe("No figure is published for these years.");
  });
});

describe("embeds in other languages", () => {
  it("embeds a page of the Urdu edition in Urdu", () => {
    expect(resolveEmbed(`${SITE}/ur/financing#casa-1000`, ORIGINS, PROJECTS)).toEqual({
      ok: true,
      target: { kind: "financing", path: "/ur/embed/financing?project=casa-1000", locale: "ur" },
    });
  });

  it("embeds the Russian edition's overview as the Russian trade embed", () => {
    expect(resolveEmbed(`${SITE}/ru`, ORIGINS, PROJECTS)).toMatchObject({
      target: { kind: "trade", path: "/ru/embed/trade", locale: "ru" },
    });
  });

  it("answers in the language asked for with lang", () => {
    expect(resolveEmbed(`${SITE}/trade?from=2003`, ORIGINS, PROJECTS, "ru")).toMatchObject({
      target: { path: "/ru/embed/trade?from=2003", locale: "ru" },
    });
  });

  it("refuses a language the site does not have", () => {
    expect(resolveEmbed(`${SITE}/trade`, ORIGINS, PROJECTS, "fr")).toMatchObject({ ok: false, status: 400 });
  });

  it("words the status note in Russian with the plural form of the count", () => {
    const point = (status: "reported" | "unverified") => ({
      id: status,
      x: 1,
      value: 1,
      status,
      atLeast: false,
      description: "",
    });
    const series = [
      { id: "a", label: "A", perspective: "pakistani" as const, points: [point("reported"), point("reported")] },
      { id: "b", label: "B", perspective: "russian" as const, points: [point("unverified")] },
    ];
    expect(trendStatusNote(series, "ru")).toBe(
      "3 значения: опубликовано: 2, не подтверждено: 1. Годы без данных оставлены пустыми.",
    );
    expect(trendStatusNote(series, "ur")).toContain("3 اعداد");
  });

  it("gives the notice about a bad direction in the reader's language", () => {
    expect(mirrorTradeParams({ direction: "sideways" }, "ru").notice).toContain("«sideways»");
  });
});
