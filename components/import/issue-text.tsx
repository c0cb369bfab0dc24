import type { ImportIssue } from "@/lib/import/types";
import { formatIssue } from "@/lib/imported/upload";
import { fill } from "./fill";
import type { ImportLabels } from "./import-labels";

type Props = { issue: ImportIssue; labels: ImportLabels };

/**
 * One error or warning of the importer. The importer's messages are English sentences
 * built at some fifty places in lib/import, each with its own wording of what was found and
 * what was expected; giving every one a code and a catalogue template would touch all the
 * readers. Each issue already carries its place (sheet, line, column) as data, and the answer
 * its kind (413 or 422), so the page says those in the reader's language and keeps the
 * importer's exact detail beside them, marked as English.
 */
export function IssueText({ issue, labels }: Props) {
  const { locale, errors } = labels;
  if (locale === "en") return <>{formatIssue(issue)}</>;
  const values = { line: issue.line ?? 0, column: issue.column ?? 0, sheet: issue.sheet ?? "" };
  const template =
    issue.sheet !== undefined
      ? issue.line === null
        ? errors.sheet
        : issue.column === null
          ? errors.sheetRow
          : errors.sheetRowColumn
      : issue.line === null
        ? undefined
        : issue.column === null
          ? errors.line
          : errors.lineColumn;
  const place = template === undefined ? "" : fill(template, values, locale);
  return (
    <>
      {place === "" ? null : <strong>{place}: </strong>}
      <span lang="en">{issue.message}</span>
    </>
  );
}
