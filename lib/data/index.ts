import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "../definitions";
import { buildDataset, type DataTexts } from "./build";
import { DATA_FILES, type DataFileId } from "./schemas";

/*
 * The only door to data/. Files are read and validated once per process; every
 * page and route handler gets the same parsed objects.
 */

const DATA_DIR = path.join(process.cwd(), "data");

let loaded: Dataset | undefined;

export function readDataTexts(dir: string = DATA_DIR): DataTexts {
  const read = (id: DataFileId) => readFileSync(path.join(dir, DATA_FILES[id].file), "utf8");
  return {
    sources: read("sources"),
    trade: read("trade"),
    financing: read("financing"),
    events: read("events"),
    claims: read("claims"),
  };
}

export function getDataset(): Dataset {
  loaded ??= buildDataset(readDataTexts());
  return loaded;
}

export const getSources = () => getDataset().sources;
export const getTrade = () => getDataset().trade;
export const getTradeSeries = () => getDataset().tradeSeries;
export const getFinancing = () => getDataset().financing;
export const getEvents = () => getDataset().events;
export const getClaims = () => getDataset().claims;
