import { getT, localizePath, type Locale } from "@/lib/i18n";
import enOfficial from "@/messages/en/official.json";

/*
 * The sources of an official section, as links to their entries on /sources.
 * The ids come from the rows shown, so a section cites exactly what it draws.
 */

type SourceName = keyof typeof enOfficial.source.names;

const isNamed = (id: string): id is SourceName => Object.hasOwn(enOfficial.source.names, id);

export function OfficialSource({ ids, derived, locale }: { ids: readonly string[]; derived: string; locale: Locale }) {
  const t = getT(locale);
  const unique = [...new Set(ids)];
  return (
    <p className="small muted">
      <strong>{t("official.source.label", { count: unique.length })}</strong>{" "}
      {unique.map((id, index) => (
        <span key={id}>
          {index > 0 ? t("official.source.separator") : null}
          <a href={localizePath(locale, `/sources#${id}`)}>{isNamed(id) ? t(`official.source.names.${id}`) : id}</a> (
          <code>{id}</code>)
        </span>
      ))}
      {t("official.source.end")} <strong>{t("official.source.derived")}</strong> {derived}
    </p>
  );
}

/** A cell for a year a series has no figure for: empty, never 0. */
export function NoFigure({ locale }: { locale: Locale }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{getT(locale)("official.noFigure")}</span>
    </>
  );
}
