import { comtradeLegacyFormat } from "./comtrade-legacy";
import { dashboardTradeFormat } from "./dashboard";
import { comtradePlusFormat } from "./comtrade-plus";
import { imfDotsFormat } from "./imf-dots";
import { imfDotsTableFormat } from "./imf-dots-table";
import { owidFormat } from "./owid";
import { tidyFormat } from "./tidy";
import { type FormatContext, type FormatDefinition } from "./types";
import { wdiFormat } from "./wdi";
import { wideFormat } from "./wide";
import { witsFormat } from "./wits";

/**
 * Every format, most specific first: the portal formats are recognised by their exact
 * headers, and only a file none of them claims is read as a generic wide or tidy table.
 * Wide comes before tidy because a header of years cannot be a tidy header.
 */
export const FORMATS: readonly FormatDefinition[] = [
  wdiFormat,
  comtradePlusFormat,
  comtradeLegacyFormat,
  imfDotsFormat,
  imfDotsTableFormat,
  owidFormat,
  witsFormat,
  dashboardTradeFormat,
  wideFormat,
  tidyFormat,
];

export function detectFormat(context: FormatContext): FormatDefinition | null {
  return FORMATS.find((definition) => definition.detect(context.header, context)) ?? null;
}
