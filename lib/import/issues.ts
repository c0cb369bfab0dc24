import { formatCount } from "./limits";
import { type ImportIssue } from "./types";

/**
 * Collects errors or warnings of one import. A large file can repeat one problem on every
 * row, so each kind keeps its first few examples and counts the rest; the answer then says
 * "… and 9,512 more like these" instead of growing with the file.
 */
export class IssueLog {
  private readonly kept: ImportIssue[] = [];
  private readonly perKind = new Map<string, { kept: number; dropped: number; summary: string }>();
  private total = 0;
  private readonly maxKept: number;
  private readonly maxPerKind: number;

  constructor(maxKept: number, maxPerKind: number) {
    this.maxKept = maxKept;
    this.maxPerKind = maxPerKind;
  }

  /** Records an issue. `summary` names the kind in the overflow line, e.g. "duplicate values ignored". */
  add(kind: string, issue: ImportIssue, summary: string = kind): void {
    this.total++;
    const stats = this.perKind.get(kind) ?? { kept: 0, dropped: 0, summary };
    this.perKind.set(kind, stats);
    if (stats.kept < this.maxPerKind && this.kept.length < this.maxKept) {
      stats.kept++;
      this.kept.push(issue);
    } else {
      stats.dropped++;
    }
  }

  /** Every issue recorded, including those only counted. */
  get count(): number {
    return this.total;
  }

  toArray(): ImportIssue[] {
    const overflow: ImportIssue[] = [];
    for (const stats of this.perKind.values()) {
      if (stats.dropped === 0) continue;
      overflow.push({
        line: null,
        column: null,
        message: `… and ${formatCount(stats.dropped)} more like these (${stats.summary}).`,
      });
    }
    return [...this.kept, ...overflow];
  }
}
