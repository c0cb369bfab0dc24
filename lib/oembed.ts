import { oembedResponse, parsePixels, resolveEmbed, type EmbedTarget, type OembedRich } from "./embed";

/*
 * The oEmbed endpoint's answer to a query string, as a status and a JSON body,
 * so that every rule is tested without a server. A bad or foreign `url`, a
 * format other than JSON and a size that is not a number are bad requests
 * (400); a page of this site without a chart is not found (404). The oEmbed
 * specification answers an unsupported format with 501; this site answers no
 * bad request with a server error, so it is a 400 that says JSON is the one
 * format. The answer's title is in the language of the page asked about
 * (`/ur/financing`), or of an optional `lang`; everything else is the same in
 * every language.
 */

export type OembedAnswer = { status: 200; body: OembedRich } | { status: 400 | 404; body: { error: string } };

export type OembedContext = {
  /** Origins the site answers on; a `url` elsewhere is foreign. */
  origins: readonly string[];
  providerName: string;
  /** Project slugs a financing URL may name. */
  projects: readonly string[];
  /** The title of the chart an embed page draws, in the target's language. */
  titleOf: (target: EmbedTarget) => string;
  cacheAge: number;
};

function single(params: URLSearchParams, name: string): string | null | { error: string } {
  const values = params.getAll(name);
  if (values.length > 1) return { error: `“${name}” was given ${values.length} times; give it once` };
  return values[0] ?? null;
}

export function answerOembed(params: URLSearchParams, context: OembedContext): OembedAnswer {
  const bad = (error: string): OembedAnswer => ({ status: 400, body: { error } });
  const format = single(params, "format");
  if (typeof format === "object" && format !== null) return bad(format.error);
  if (format !== null && format !== "json") {
    return bad(`“format” must be “json”, the one format this endpoint answers in; got “${format.slice(0, 40)}”`);
  }
  const url = single(params, "url");
  if (typeof url === "object" && url !== null) return bad(url.error);
  const maxWidth = parsePixels("maxwidth", params.get("maxwidth"));
  if (typeof maxWidth === "object") return bad(maxWidth.error);
  const maxHeight = parsePixels("maxheight", params.get("maxheight"));
  if (typeof maxHeight === "object") return bad(maxHeight.error);

  const lang = single(params, "lang");
  if (typeof lang === "object" && lang !== null) return bad(lang.error);

  const lookup = resolveEmbed(url, context.origins, context.projects, lang);
  if (!lookup.ok) return { status: lookup.status, body: { error: lookup.error } };
  // The embed is served from the origin the URL named, which is one of this site's.
  const origin = new URL(url ?? "").origin;
  return {
    status: 200,
    body: oembedResponse({
      origin,
      providerName: context.providerName,
      target: lookup.target,
      title: context.titleOf(lookup.target),
      maxWidth,
      maxHeight,
      cacheAge: context.cacheAge,
    }),
  };
}
