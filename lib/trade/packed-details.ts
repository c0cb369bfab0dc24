import { TRADE_STATUSES, type TradeStatus } from "../definitions";
import type { PointDetail } from "./point-details";

/*
 * Kept apart from point-details.ts so the browser, which only unpacks, does not
 * load the formatting code that prepares the details on the server.
 */

const PACKED_FIELDS = [
  "period",
  "value",
  "placement",
  "series",
  "basis",
  "perspective",
  "status",
  "statusLabel",
  "statusDescription",
  "sources",
  "note",
  "conflicts",
] as const satisfies readonly (keyof PointDetail)[];

/**
 * The details of many points as they travel to the browser: every distinct
 * string once, and each point as the positions of its fields in that list (-1
 * for a field it lacks). A series' label, basis, sources and note repeat on
 * every one of its points, so this is a fraction of the plain record's size.
 */
export type PackedPointDetails = {
  strings: string[];
  points: Record<string, number[]>;
};

export function packPointDetails(details: Readonly<Record<string, PointDetail>>): PackedPointDetails {
  const strings: string[] = [];
  const positions = new Map<string, number>();
  const positionOf = (text: string | undefined) => {
    if (text === undefined) return -1;
    let position = positions.get(text);
    if (position === undefined) {
      position = strings.push(text) - 1;
      positions.set(text, position);
    }
    return position;
  };
  const points: Record<string, number[]> = {};
  for (const [id, detail] of Object.entries(details)) {
    points[id] = PACKED_FIELDS.map((field) => positionOf(detail[field]));
  }
  return { strings, points };
}

const isTradeStatus = (text: string | undefined): text is TradeStatus =>
  TRADE_STATUSES.some((status) => status === text);

/** One point's details back from the packed form; undefined for a point it does not hold. */
export function unpackPointDetail(packed: PackedPointDetails, id: string): PointDetail | undefined {
  const positions = packed.points[id];
  if (positions === undefined) return undefined;
  const field = (name: (typeof PACKED_FIELDS)[number]) => {
    const position = positions[PACKED_FIELDS.indexOf(name)];
    return position === undefined || position < 0 ? undefined : packed.strings[position];
  };
  const status = field("status");
  if (!isTradeStatus(status)) return undefined;
  return {
    period: field("period") ?? "",
    value: field("value") ?? "",
    placement: field("placement"),
    series: field("series") ?? "",
    basis: field("basis") ?? "",
    perspective: field("perspective") ?? "",
    status,
    statusLabel: field("statusLabel") ?? "",
    statusDescription: field("statusDescription") ?? "",
    sources: field("sources") ?? "",
    note: field("note"),
    conflicts: field("conflicts"),
  };
}
