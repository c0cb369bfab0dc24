import Link from "next/link";
import { getT, localizePath, type Locale } from "@/lib/i18n";
import { noticeKey, type TradeNotice } from "@/lib/trade/notices";
import { tradeNoticeContent } from "./trade-notice-text";

/** Says which parts of the address could not be used and what is shown instead; never an error page. */
export function TradeNotices({ notices, locale = "en" }: { notices: readonly TradeNotice[]; locale?: Locale }) {
  if (notices.length === 0) return null;
  const t = getT(locale);
  return (
    <div className="notice" role="status" data-testid="param-notices">
      <p>
        <strong>{t("trade.notices.heading", { count: notices.length })}</strong> {t("trade.notices.nearest")}
      </p>
      <ul>
        {notices.map((notice) => (
          <li key={noticeKey(notice)}>{tradeNoticeContent(notice, locale)}</li>
        ))}
      </ul>
      <p>
        <Link href={localizePath(locale, "/trade")}>{t("trade.notices.reset")}</Link>
      </p>
    </div>
  );
}
