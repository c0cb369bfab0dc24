import type { ImportedSeries, ImportResult } from "../import/types";
import type { StoredSeries } from "./storage";

/* Small builders for the imported-series tests: each test states only what it is about. */

export function importedSeries(overrides: Partial<ImportedSeries> & Pick<ImportedSeries, "id">): ImportedSeries {
  return {
    name: `Series ${overrides.id}`,
    unit: "USD millions",
    conversion: "values in US$ millions, not converted",
    dimensions: {},
    frequency: "annual",
    preselected: false,
    points: [
      { year: 2018, value: 100 },
      { year: 2019, value: 110 },
    ],
    ...overrides,
  };
}

export function importResult(series: ImportedSeries[], overrides: Partial<ImportResult> = {}): ImportResult {
  return {
    format: { id: "tidy", label: "Tidy CSV (a year column and value columns)" },
    fileName: "pak-rus.csv",
    series,
    choices: [],
    warnings: [],
    reading: { encoding: "UTF-8", delimiter: ",", decimalSeparator: ".", headerLine: 1, dataRows: 4 },
    ...overrides,
  };
}

export function storedSeries(overrides: Partial<StoredSeries> & Pick<StoredSeries, "key">): StoredSeries {
  return {
    name: `Series ${overrides.key}`,
    unit: "USD millions",
    conversion: "values in US$ millions, not converted",
    format: { id: "tidy", label: "Tidy CSV" },
    fileName: "pak-rus.csv",
    addedAt: "2025-01-02T03:04:05.000Z",
    points: [
      { year: 2018, value: 100 },
      { year: 2019, value: 110 },
    ],
    ...overrides,
  };
}
