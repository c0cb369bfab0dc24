import { type NextRequest } from "next/server";
import {
  checkSeriesFilter,
  DATASETS,
  datasetCsv,
  downloadName,
  findDataset,
  parseDatasetQuery,
  memoisedBody,
  selectRows,
} from "@/lib/api/datasets";
import { cachedResponse, jsonError } from "@/lib/api/responses";
import { getDataset, getDataVersion } from "@/lib/data";

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
  const data = getDataset();
  const seriesProblem = checkSeriesFilter(definition, data, query.series);
  if (seriesProblem !== undefined) return jsonError(400, seriesProblem);
  const etag = [
    getDataVersion().id,
    definition.id,
    query.from ?? "",
    query.to ?? "",
    query.format,
    query.series?.join("+") ?? "",
  ].join("-");

  if (query.format === "csv") {
    const csv = () => memoisedBody(etag, () => datasetCsv(definition, selectRows(definition, data, query)));
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
        title: definition.title,
        columns: definition.columns,
        rowCount: rows.length,
        from: query.from ?? null,
        to: query.to ?? null,
        rows: rows.map((row) => Object.fromEntries(definition.columns.map((column) => [column, row[column] ?? null]))),
      });
    });
  return cachedResponse(request, etag, json, { "Content-Type": "application/json; charset=utf-8" });
}
