/** One problem found in a data file, precise enough to fix without searching. */
export type DataIssue = {
  file: string;
  /** 1-based line in the file; 1 is the header. */
  line?: number;
  column?: string;
  message: string;
};

export function formatIssue(issue: DataIssue): string {
  const where = [`data/${issue.file}`, issue.line === undefined ? undefined : `line ${issue.line}`]
    .filter(Boolean)
    .join(" ");
  const column = issue.column === undefined ? "" : `, column ${issue.column}`;
  return `${where}${column}: ${issue.message}`;
}

/**
 * Thrown when any data file breaks its schema or a reference between files.
 * It carries every issue found, not just the first, so one build run shows
 * all that needs fixing.
 */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const shown = issues.slice(0, 50).map(formatIssue);
    const more = issues.length > 50 ? [`… and ${issues.length - 50} more`] : [];
    super(
      `${issues.length} problem${issues.length === 1 ? "" : "s"} in the data files:\n` + [...shown, ...more].join("\n"),
    );
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
