import enLabels from "@/messages/en/labels.json";
import type { TradeStatus } from "./definitions";

/*
 * English labels for text that is written only in English (the home page's
 * computed sentences). Apart from lib/format, whose labels reach a browser in
 * the page's language only, so that importing these does not put the English
 * catalogue in every page's bundle.
 */
export const TRADE_STATUS_LABELS: Record<TradeStatus, string> = enLabels.tradeStatus;
