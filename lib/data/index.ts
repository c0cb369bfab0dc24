import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "../definitions";
import { buildDataset, type DataTexts } from "./build";
import { DATA_FILES, type DataFileId } from "./schemas";

/*
 * The only door to data/. Files are read and validated once per process; every
 * page and route handler gets the same parsed objects.
 */

let loaded: { dataset: Dataset; version: DataVersion } | undefined;

export type DataVersion = {
  /** First 8 hex digits of a SHA-256 over every data file: changes whenever any figure changes. */
  id: string;
  rowCount: number;
};

export function readDataTexts(): DataTexts {
  // The path is spelled out from process.cwd() and "data" so the bundler can
  // see that only data/ is read, and trace just that folder into the output.
  const read = (id: DataFileId) => readFileSync(path.join(process.cwd(), "data", DATA_FILES[id].file), "utf8");
  const ids = Object.keys(DATA_FILES) as DataFileId[];
  return Object.fromEntries(ids.map((id) => [id, read(id)])) as DataTexts;
}

function load() {
  if (loaded === undefined) {
    const texts = readDataTexts();
    const dataset = buildDataset(texts);
    const hash = createHash("sha256");
    for (const id of Object.keys(DATA_FILES) as DataFileId[]) hash.update(texts[id]);
    const rowCount =
      dataset.sources.length +
      dataset.trade.length +
      dataset.financing.length +
      dataset.events.length +
      dataset.claims.length +
      dataset.official.length +
      dataset.pakistanPartners.length +
      dataset.usCpi.length;
    loaded = { dataset, version: { id: hash.digest("hex").slice(0, 8), rowCount } };
  }
  return loaded;
}

export function getDataset(): Dataset {
  return load().dataset;
}

export function getDataVersion(): DataVersion {
  return load().version;
}

export const getSources = () => getDataset().sources;
export const getTrade = () => getDataset().trade;
export const getTradeSeries = () => getDataset().tradeSeries;
export const getFinancing = () => getDataset().financing;
export const getEvents = () => getDataset().events;
export const getClaims = () => getDataset().claims;
export const getOfficial = () => getDataset().official;
export const getPakistanPartners = () => getDataset().pakistanPartners;
export const getUsCpi = () => getDataset().usCpi;
