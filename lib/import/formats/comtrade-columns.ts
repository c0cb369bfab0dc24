import { findColumn } from "../columns";
import { failAt } from "../errors";
import { type ExtraColumn } from "./table-readers";
import { type FormatContext } from "./types";

/** An optional column that tells series apart, e.g. mode of transport; none when the header lacks it. */
export function extraColumn(header: readonly string[], name: string, label: string, defaults: string[]): ExtraColumn[] {
  const column = findColumn(header, label);
  return column === -1 ? [] : [{ column, name, defaults }];
}

/** A column the format cannot do without; its absence is an error on the header line. */
export function requireColumn(context: FormatContext, ...names: string[]): number {
  const column = findColumn(context.header, ...names);
  if (column === -1) {
    throw failAt(context.headerLine, null, `line ${context.headerLine}: the header has no ${names[0]} column.`);
  }
  return column;
}
