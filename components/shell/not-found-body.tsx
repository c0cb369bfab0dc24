import { getT, type Locale } from "@/lib/i18n";
import { PageDirectory } from "./page-directory";

/** What a reader sees at an address with no page: where they are, and every page there is. */
export function NotFoundBody({ locale }: { locale: Locale }) {
  const t = getT(locale);
  return (
    <>
      <h1>{t("common.notFound.title")}</h1>
      <p className="lede">{t("common.notFound.lede")}</p>
      <PageDirectory locale={locale} />
      <p>{t("common.notFound.hint")}</p>
    </>
  );
}
