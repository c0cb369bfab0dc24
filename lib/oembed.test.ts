import { describe, expect, it } from "vitest";
import { answerOembed, type OembedContext } from "./oembed";

const SITE = "https://pkru.example";
const CONTEXT: OembedContext = {
  origins: [SITE, "http://127.0.0.1:3205"],
  providerName: "Pakistan–Russia Economic Relations",
  projects: ["casa-1000"],
  titleOf: (target) => `Chart of ${target.kind}`,
  cacheAge: 3600,
};
const ask = (query: Record<string, string>) => answerOembed(new URLSearchParams(query), CONTEXT);

describe("oEmbed answers", () => {
  it("answers a trade view with the rich type, its iframe and size", () => {
    expect(ask({ url: `${SITE}/trade?from=2003&to=2009`, format: "json" })).toEqual({
      status: 200,
      body: {
        type: "rich",
        version: "1.0",
        title: "Chart of trade",
        provider_name: "Pakistan–Russia Economic Relations",
        provider_url: "https://pkru.example/",
        html: '<iframe src="https://pkru.example/embed/trade?from=2003&amp;to=2009" title="Chart of trade" width="800" height="820" loading="lazy" style="width:100%;max-width:800px;border:0"></iframe>',
        width: 800,
        height: 820,
        cache_age: 3600,
      },
    });
  });

  it("takes JSON as the format when none is given", () => {
    expect(ask({ url: `${SITE}/financing` }).status).toBe(200);
  });

  it("serves the embed from the origin the URL names, when it is one of the site's", () => {
    const answer = ask({ url: "http://127.0.0.1:3205/embed/financing?project=casa-1000" });
    expect(answer.status === 200 && answer.body.html).toContain(
      'src="http://127.0.0.1:3205/embed/financing?project=casa-1000"',
    );
  });

  it("keeps within the consumer's maximum width and height", () => {
    const answer = ask({ url: `${SITE}/`, maxwidth: "400", maxheight: "300" });
    expect(answer.status === 200 && [answer.body.width, answer.body.height]).toEqual([400, 300]);
  });

  it("answers 404 for a page without a chart", () => {
    expect(ask({ url: `${SITE}/sources` })).toMatchObject({ status: 404, body: { error: expect.any(String) } });
  });

  it("answers 400 for a foreign, malformed or missing URL", () => {
    const queries: Record<string, string>[] = [
      { url: "https://example.com/trade" },
      { url: "::::" },
      {},
      { url: "/trade" },
    ];
    for (const query of queries) {
      expect(ask(query), JSON.stringify(query)).toMatchObject({ status: 400, body: { error: expect.any(String) } });
    }
  });

  it("answers 400, not 501, for XML or any other format", () => {
    expect(ask({ url: `${SITE}/trade`, format: "xml" })).toMatchObject({ status: 400 });
  });

  it("answers 400 for a size that is not a whole number, and for a repeated url", () => {
    expect(ask({ url: `${SITE}/trade`, maxwidth: "wide" }).status).toBe(400);
    const repeated = new URLSearchParams([
      ["url", `${SITE}/trade`],
      ["url", `${SITE}/financing`],
    ]);
    expect(answerOembed(repeated, CONTEXT).status).toBe(400);
  });

  it("answers a page of the Urdu edition with the Urdu embed, titled in its language", () => {
    const answer = answerOembed(new URLSearchParams({ url: `${SITE}/ur/financing` }), {
      ...CONTEXT,
      titleOf: (target) => `${target.locale}: ${target.kind}`,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      title: "ur: financing",
      html: expect.stringContaining('src="https://pkru.example/ur/embed/financing"'),
    });
  });

  it("takes the language from lang when given, and refuses one the site does not have", () => {
    const answer = ask({ url: `${SITE}/financing`, lang: "ru" });
    expect(answer.body).toMatchObject({ html: expect.stringContaining("/ru/embed/financing") });
    expect(ask({ url: `${SITE}/financing`, lang: "de" }).status).toBe(400);
  });
});
