import { z } from "zod";
import {
  idList,
  oneOf,
  optionalAmount,
  optionalDate,
  optionalOneOf,
  optionalSlug,
  optionalText,
  optionalUrl,
  requiredAmount,
  requiredDate,
  requiredMonth,
  requiredText,
  requiredYear,
  exactly,
  slug,
} from "./fields";
import {
  CLAIM_STATUSES,
  CPI_METHODS,
  OFFICIAL_FLOWS,
  OFFICIAL_REPORTERS,
  VALUATIONS,
  EVENT_PRECISIONS,
  EVENT_THEMES,
  FINANCING_KINDS,
  FINANCING_QUALIFIERS,
  FINANCING_STATUSES,
  PERSPECTIVES,
  RELATED_DATASETS,
  SOURCE_KINDS,
  TRADE_BASES,
  TRADE_QUALIFIERS,
  TRADE_STATUSES,
} from "../definitions";

/*
 * One schema per file in data/. Each field parses a raw CSV cell; a field that
 * accepts a missing cell marks an optional column. The raw row types below are
 * inferred from these schemas and never written by hand.
 */

export const sourceSchema = z.object({
  id: slug(),
  title: requiredText(),
  publisher: requiredText(),
  author: optionalText(),
  date: optionalDate(),
  url: optionalUrl(),
  kind: oneOf(SOURCE_KINDS),
  note: optionalText(),
});

export const tradeSchema = z.object({
  id: slug(),
  period: requiredText(),
  basis: oneOf(TRADE_BASES),
  start: requiredMonth(),
  end: requiredMonth(),
  total_usd_m: requiredAmount(),
  pk_exports_usd_m: optionalAmount(),
  pk_imports_usd_m: optionalAmount(),
  qualifier: optionalOneOf(TRADE_QUALIFIERS),
  reporter: requiredText(),
  perspective: oneOf(PERSPECTIVES),
  status: oneOf(TRADE_STATUSES),
  source_ids: idList({ required: true }),
  conflicts_with: idList({ required: false }),
  note: optionalText(),
});

export const financingSchema = z.object({
  id: slug(),
  project: slug(),
  item: requiredText(),
  financier: requiredText(),
  counterpart: optionalText(),
  amount_usd_m: optionalAmount(),
  amount_max_usd_m: optionalAmount(),
  qualifier: optionalOneOf(FINANCING_QUALIFIERS),
  original_amount: optionalText(),
  date: requiredDate(),
  end_date: optionalDate(),
  kind: oneOf(FINANCING_KINDS),
  status: oneOf(FINANCING_STATUSES),
  source_ids: idList({ required: true }),
  conflicts_with: idList({ required: false }),
  part_of: optionalSlug(),
  note: optionalText(),
});

export const eventSchema = z.object({
  id: slug(),
  date: requiredDate(),
  precision: oneOf(EVENT_PRECISIONS),
  end_date: optionalDate(),
  title: requiredText(),
  summary: requiredText(),
  theme: oneOf(EVENT_THEMES),
  source_ids: idList({ required: true }),
  related: optionalOneOf(RELATED_DATASETS),
});

export const claimSchema = z.object({
  id: slug(),
  claim: requiredText(),
  article_value: requiredText(),
  status: oneOf(CLAIM_STATUSES),
  corrected_value: optionalText(),
  explanation: requiredText(),
  source_ids: idList({ required: true }),
  related_ids: idList({ required: false }),
});

/* Written by `npm run data:extract` from the workbooks in data/raw/imf-dots/; never by hand. */
export const officialSchema = z.object({
  reporter: oneOf(OFFICIAL_REPORTERS),
  partner: requiredText(),
  flow: oneOf(OFFICIAL_FLOWS),
  valuation: oneOf(VALUATIONS),
  year: requiredYear(),
  value_usd_m: requiredAmount(),
  unit: exactly("US$ millions"),
  source_id: slug(),
});

/* Written by `npm run data:extract` from the files in data/raw/us-cpi/; never by hand. */
export const cpiSchema = z.object({
  year: requiredYear(),
  cpi_u: requiredAmount(),
  method: oneOf(CPI_METHODS),
  source_id: slug(),
});

export type SourceRow = z.output<typeof sourceSchema>;
export type TradeRow = z.output<typeof tradeSchema>;
export type FinancingRow = z.output<typeof financingSchema>;
export type EventRow = z.output<typeof eventSchema>;
export type ClaimRow = z.output<typeof claimSchema>;
export type OfficialRow = z.output<typeof officialSchema>;
export type CpiRow = z.output<typeof cpiSchema>;

export const DATA_FILES = {
  sources: { file: "sources.csv", schema: sourceSchema },
  trade: { file: "trade.csv", schema: tradeSchema },
  financing: { file: "financing.csv", schema: financingSchema },
  events: { file: "events.csv", schema: eventSchema },
  claims: { file: "claims.csv", schema: claimSchema },
  official: { file: "imf-dots.csv", schema: officialSchema },
  pakistanPartners: { file: "imf-dots-pakistan-partners.csv", schema: officialSchema },
  usCpi: { file: "us-cpi.csv", schema: cpiSchema },
} as const;

export type DataFileId = keyof typeof DATA_FILES;

/** Header rules for a schema: a column whose field accepts a missing cell may be left out. */
export function columnRules(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    required: !(field as z.ZodType).safeParse(undefined).success,
  }));
}
