import enLabels from "@/messages/en/labels.json";
import type { Perspective, TradeBasis, TradeStatus } from "./definitions";

/*
 * English labels for text that is written only in English (the caveats of a
 * comparison, the home page's computed sentences). Apart from lib/format,
 * whose labels reach a browser in the page's language only, so that importing
 * these does not put the English catalogue in every page's bundle.
 */
export const BASIS_LABELS: Record<TradeBasis, string> = enLabels.basis;
export const PERSPECTIVE_LABELS: Record<Perspective, string> = enLabels.perspective;
export const TRADE_STATUS_LABELS: Record<TradeStatus, string> = enLabels.tradeStatus;
export const TRADE_STATUS_DESCRIPTIONS: Record<TradeStatus, string> = enLabels.tradeStatusDescription;
