import { z } from "zod";

/*
 * Cell parsers: each takes the raw CSV string of one cell and yields a typed
 * value or a message saying what was expected. Schemas are built from these so
 * that one definition gives both the check and the TypeScript type.
 */

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER as never;
}

export const requiredText = () =>
  z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    return trimmed === "" ? fail(ctx, "is empty; a value is required") : trimmed;
  });

export const optionalText = () =>
  z
    .string()
    .optional()
    .transform((value) => {
      const trimmed = (value ?? "").trim();
      return trimmed === "" ? undefined : trimmed;
    });

function parseAmount(value: string, ctx: z.RefinementCtx): number {
  const trimmed = value.trim();
  // Number("") is 0 and Number("0x10") is 16: accept plain decimals only.
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return fail(ctx, `"${value}" is not a number; expected a plain decimal such as 411.4`);
  }
  const amount = Number(trimmed);
  return amount < 0 ? fail(ctx, `${trimmed} is negative; amounts must be 0 or more`) : amount;
}

export const requiredAmount = () =>
  z
    .string()
    .transform((value, ctx) =>
      value.trim() === "" ? fail(ctx, "is empty; a number is required") : parseAmount(value, ctx),
    );

export const optionalAmount = () =>
  z
    .string()
    .optional()
    .transform((value, ctx) => ((value ?? "").trim() === "" ? undefined : parseAmount(value ?? "", ctx)));

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.string().transform((value, ctx): T[number] => {
    const trimmed = value.trim();
    return (values as readonly string[]).includes(trimmed)
      ? (trimmed as T[number])
      : fail(ctx, `"${value}" is not allowed; expected one of ${values.join(", ")}`);
  });
}

export function optionalOneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .optional()
    .transform((value, ctx): T[number] | undefined => {
      const trimmed = (value ?? "").trim();
      if (trimmed === "") return undefined;
      return (values as readonly string[]).includes(trimmed)
        ? (trimmed as T[number])
        : fail(ctx, `"${value}" is not allowed; expected empty or one of ${values.join(", ")}`);
    });
}

export type PartialDate = {
  /** The date exactly as written, e.g. "2011-11" */
  iso: string;
  year: number;
  month?: number;
  day?: number;
  precision: "year" | "month" | "day";
};

export function parsePartialDate(value: string): PartialDate | string {
  const trimmed = value.trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(trimmed);
  if (!match) return `"${value}" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(match[1]);
  if (year < YEAR_MIN || year > YEAR_MAX) return `year ${year} is out of range ${YEAR_MIN}–${YEAR_MAX}`;
  if (match[2] === undefined) return { iso: trimmed, year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `"${value}" has month ${match[2]}; expected 01–12`;
  if (match[3] === undefined) return { iso: trimmed, year, month, precision: "month" };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `"${value}" is not a real date; that month has ${daysInMonth} days`;
  return { iso: trimmed, year, month, day, precision: "day" };
}

export const requiredDate = () =>
  z.string().transform((value, ctx) => {
    if (value.trim() === "") return fail(ctx, "is empty; a date is required (YYYY, YYYY-MM or YYYY-MM-DD)");
    const parsed = parsePartialDate(value);
    return typeof parsed === "string" ? fail(ctx, parsed) : parsed;
  });

export const optionalDate = () =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if ((value ?? "").trim() === "") return undefined;
      const parsed = parsePartialDate(value ?? "");
      return typeof parsed === "string" ? fail(ctx, parsed) : parsed;
    });

/** A whole calendar year within YEAR_MIN–YEAR_MAX, written as four digits. */
export const requiredYear = () =>
  z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    if (!/^\d{4}$/.test(trimmed)) return fail(ctx, `"${value}" is not a year; expected four digits such as 2008`);
    const year = Number(trimmed);
    return year < YEAR_MIN || year > YEAR_MAX
      ? fail(ctx, `year ${year} is out of range ${YEAR_MIN}–${YEAR_MAX}`)
      : year;
  });

/** A fixed word, such as a unit every row must state. */
export const exactly = <const T extends string>(expected: T) =>
  z
    .string()
    .transform((value, ctx): T =>
      value.trim() === expected ? expected : fail(ctx, `"${value}" is not allowed; expected "${expected}"`),
    );

export type YearMonth = { year: number; month: number };

export const requiredMonth = () =>
  z.string().transform((value, ctx): YearMonth => {
    const parsed = parsePartialDate(value);
    if (typeof parsed === "string") return fail(ctx, parsed);
    if (parsed.month === undefined || parsed.day !== undefined) {
      return fail(ctx, `"${value}" is not a month; expected YYYY-MM`);
    }
    return { year: parsed.year, month: parsed.month };
  });

/** A `;`-separated list of ids; empty cells give an empty list. */
export const idList = (options: { required: boolean }) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const ids = (value ?? "")
        .split(";")
        .map((id) => id.trim())
        .filter((id) => id !== "");
      if (options.required && ids.length === 0) return fail(ctx, "is empty; at least one id is required");
      const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
      return duplicate === undefined ? ids : fail(ctx, `lists "${duplicate}" twice`);
    });

export const slug = () =>
  z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    return /^[a-z0-9][a-z0-9.-]*$/.test(trimmed)
      ? trimmed
      : fail(ctx, `"${value}" is not a valid id; expected lower-case letters, digits, dots and hyphens`);
  });

/** An id that may be left empty, e.g. a link to another row. */
export const optionalSlug = () =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const trimmed = (value ?? "").trim();
      if (trimmed === "") return undefined;
      return /^[a-z0-9][a-z0-9.-]*$/.test(trimmed)
        ? trimmed
        : fail(ctx, `"${value}" is not a valid id; expected lower-case letters, digits, dots and hyphens`);
    });

export const optionalUrl = () =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const trimmed = (value ?? "").trim();
      if (trimmed === "") return undefined;
      return /^https?:\/\/\S+$/.test(trimmed)
        ? trimmed
        : fail(ctx, `"${value}" is not a web address; expected https://…`);
    });
