import { type NextRequest } from "next/server";
import { CACHE_CONTROL, jsonError } from "@/lib/api/responses";
import { searchParamsOfKey } from "@/lib/cached-views";
import { datasetFor } from "@/lib/i18n/dataset";
import { isLocale } from "@/lib/i18n/locales";
import { explorerChart } from "@/lib/trade/explorer-chart";
import { buildTradeExplorer, explorerData } from "@/lib/trade/explorer";

/*
 * The trade explorer's chart, as JSON, for the view in the address: what the
 * page needs to redraw its chart with a reader's imported series. Only a
 * browser that holds imported series asks for it, so the page itself does not
 * carry the chart's data a third time. Bad parameters are read as the page
 * reads them (the nearest valid view), never an error.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ lang: string }> }) {
  const { lang } = await context.params;
  if (!isLocale(lang)) return jsonError(404, `No language "${lang.slice(0, 20)}"; languages are en, ur, ru`);
  const explorer = buildTradeExplorer(searchParamsOfKey(request.nextUrl.search), explorerData(datasetFor(lang)), lang);
  return Response.json(explorerChart(explorer, lang), { headers: { "Cache-Control": CACHE_CONTROL } });
}
