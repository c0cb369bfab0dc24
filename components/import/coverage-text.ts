import type { YearCoverage } from "@/lib/imported/chart";
import { fill, plural } from "./fill";
import type { ImportLabels } from "./import-labels";

/*
 * The years a series covers, in the page's language: "2018–2022", and with
 * the count and gaps "2018–2022 (5 years; no value for 2004, 2007)", as
 * formatYearSpan and formatCoverage in lib/imported/chart.ts write them in English.
 */

/** Years are written without grouping ("2008", not "2,008"). */
const year = (value: number) => String(value);

export function yearSpanText(coverage: YearCoverage | undefined, labels: ImportLabels): string {
  if (coverage === undefined) return labels.coverage.noValues;
  if (coverage.first === coverage.last) return year(coverage.first);
  return fill(labels.coverage.span, { from: year(coverage.first), to: year(coverage.last) }, labels.locale);
}

export function coverageText(coverage: YearCoverage | undefined, labels: ImportLabels): string {
  if (coverage === undefined) return labels.coverage.noValues;
  const { locale, coverage: words } = labels;
  const gaps =
    coverage.missing.length === 0
      ? ""
      : fill(
          words.gaps,
          {
            years:
              coverage.missing.length <= 4
                ? coverage.missing.map(year).join(", ")
                : fill(words.gapsMany, { count: coverage.missing.length }, locale),
          },
          locale,
        );
  return fill(
    words.coverage,
    { span: yearSpanText(coverage, labels), years: plural(words.years, coverage.count, locale), gaps },
    locale,
  );
}
