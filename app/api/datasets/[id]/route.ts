import { type NextRequest } from "next/server";
import {
  checkSeriesFilter,
  columnHeadings,
  DATASETS,
  datasetCsv,
  downloadName,
  findDataset,
  datasetTitle,
  parseDatasetQuery,
  memoisedBody,
  selectRows,
} from "@/lib/api/datasets";
import { cachedResponse, jsonError } from "@/lib/api/responses";
import { getDataVersion } from "@/lib/data";
import { datasetFor } from "@/lib/i18n/dataset";

export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const definition = findDataset(id);
  if (definition === undefined) {
    return jsonError(
      404,
      `No dataset "${id.slice(0, 60)}"; datasets are ${DATASETS.map((entry) => entry.id).join(", ")}`,
    );
  }
  const parsed = parseDatasetQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const { query } = parsed;
  // The words follow the language asked for; ids, codes and numbers are the same in every language.
  const data = datasetFor(query.lang ?? "en");
  const seriesProblem = checkSeriesFilter(definition, data, query.series);
  if (seriesProblem !== undefined) return jsonError(400, seriesProblem);
  const etag = [
    getDataVersion().id,
    definition.id,
    query.from ?? "",
    query.to ?? "",
    query.format,
    query.series?.join("+") ?? "",
    query.lang ?? "",
  ].join("-");

  if (query.format === "csv") {
    const csv = () => memoisedBody(etag, () => datasetCsv(definition, selectRows(definition, data, query), query.lang));
    return cachedResponse(request, etag, csv, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${downloadName(definition.id, query)}"`,
    });
  }
  const json = () =>
    memoisedBody(etag, () => {
      const rows = selectRows(definition, data, query);
      return JSON.stringify({
        id: definition.id,
        title: datasetTitle(definition, query.lang),
        ...(query.lang === undefined ? {} : { lang: query.lang, headings: columnHeadings(definition, query.lang) }),
        columns: definition.columns,
        rowCount: rows.length,
        from: query.from ?? null,
        to: query.to ?? null,
        rows: rows.map((row) => Object.fromEntries(definition.columns.map((column) => [column, row[column] ?? null]))),
      });
    });
  return cachedResponse(request, etag, json, { "Content-Type": "application/json; charset=utf-8" });
}
