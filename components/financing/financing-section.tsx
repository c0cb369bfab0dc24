import { ClaimCard } from "@/components/claims/claim-card";
import type { RelatedRow } from "@/lib/claims";
import type { Claim, FinancingItem } from "@/lib/definitions";
import { listEntries, summariseProject, type FinancingSection } from "@/lib/financing";
import { getT, type Locale } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/messages";
import { FinancingConflictCard, FinancingItemCard } from "./financing-item-card";
import { ProjectSummaryView } from "./project-summary";
import styles from "./financing.module.css";

type Props = {
  section: FinancingSection;
  /** Claims of the source article about this section's items, with their resolved rows. */
  claims: readonly { claim: Claim; related: RelatedRow[] }[];
  titles: ReadonlyMap<string, string>;
  /** Ids already used on the page, so a project block does not repeat an item's anchor. */
  itemIds: ReadonlySet<string>;
  locale: Locale;
};

/*
 * One or two framing sentences per section, in our own words, from the
 * financing catalogue (sections.intro.<section id>). They carry no figures:
 * every amount, date and count on the page comes from the data's rows. A
 * section the catalogue does not know has no intro.
 */
function sectionIntro(locale: Locale, id: string): string | undefined {
  const intros: Readonly<Record<string, string>> = messagesOf(locale).financing.sections.intro;
  return intros[id];
}

function ItemList({
  items,
  heading,
  titles,
  locale,
}: {
  items: readonly FinancingItem[];
  heading: "h3" | "h4";
  titles: ReadonlyMap<string, string>;
  locale: Locale;
}) {
  return (
    <ol className={styles.items}>
      {listEntries(items).map((entry) =>
        entry.kind === "single" ? (
          <FinancingItemCard
            key={entry.item.id}
            item={entry.item}
            parts={entry.parts}
            heading={heading}
            titles={titles}
            locale={locale}
          />
        ) : (
          <FinancingConflictCard
            key={entry.items.map((item) => item.id).join("+")}
            items={entry.items}
            heading={heading}
            titles={titles}
            locale={locale}
          />
        ),
      )}
    </ol>
  );
}

/** One project, or a few related ones, with its framing, its sums, the article's claims about it and every item. */
export function FinancingSectionView({ section, claims, titles, itemIds, locale }: Props) {
  const t = getT(locale);
  const headingId = `${section.id}-heading`;
  const intro = sectionIntro(locale, section.id);
  const several = section.projects.length > 1;
  return (
    <section id={section.id} aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId}>{section.title}</h2>
      {intro !== undefined ? <p>{intro}</p> : null}
      {!several && section.items.length > 1 ? (
        <ProjectSummaryView summary={summariseProject(section.items)} label={section.title} locale={locale} />
      ) : null}
      {claims.length > 0 ? (
        <div className={styles.claims}>
          <h3 className={styles.claimsHeading}>{t("financing.sections.claimsHeading")}</h3>
          {claims.map(({ claim, related }) => (
            <ClaimCard key={claim.id} claim={claim} related={related} headingLevel="h4" locale={locale} />
          ))}
        </div>
      ) : null}
      {several ? (
        section.projects.map((group) => (
          <div
            key={group.project}
            id={itemIds.has(group.project) ? undefined : group.project}
            className={styles.project}
          >
            <h3>{group.label}</h3>
            {group.items.length > 1 ? (
              <ProjectSummaryView summary={summariseProject(group.items)} label={group.label} locale={locale} />
            ) : null}
            <ItemList items={group.items} heading="h4" titles={titles} locale={locale} />
          </div>
        ))
      ) : (
        <ItemList items={section.items} heading="h3" titles={titles} locale={locale} />
      )}
    </section>
  );
}
