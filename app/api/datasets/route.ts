import { DATASETS, selectRows } from "@/lib/api/datasets";
import { cachedResponse } from "@/lib/api/responses";
import { getDataset, getDataVersion } from "@/lib/data";

export function GET(request: Request) {
  const data = getDataset();
  return cachedResponse(
    request,
    `${getDataVersion().id}-index`,
    () =>
      JSON.stringify(
        DATASETS.map((definition) => ({
          id: definition.id,
          title: definition.title,
          rowCount: selectRows(definition, data, {}).length,
          columns: definition.columns,
          filterableByYear: definition.years !== undefined,
          json: `/api/datasets/${definition.id}`,
          csv: `/api/datasets/${definition.id}?format=csv`,
        })),
      ),
    { "Content-Type": "application/json; charset=utf-8" },
  );
}
