import { ImportFailure } from "./errors";
import { type ImportLimits } from "./limits";

/**
 * Tracks the time one import spends working, separately from the time it spends waiting for
 * the upload to arrive: a slow network must not count against the parse-time limit, but a
 * trickling upload still ends at the wall-clock limit.
 */
export class ParseBudget {
  private busyMs = 0;
  private readonly startedAt: number;
  private readonly limits: Pick<ImportLimits, "maxParseMs" | "maxRequestMs">;
  private readonly now: () => number;

  constructor(limits: Pick<ImportLimits, "maxParseMs" | "maxRequestMs">, now: () => number = () => performance.now()) {
    this.limits = limits;
    this.now = now;
    this.startedAt = now();
  }

  /** Adds the time since `startedAt` (a value from `mark()`) to the busy time. */
  spend(startedAt: number): void {
    this.busyMs += this.now() - startedAt;
  }

  mark(): number {
    return this.now();
  }

  get spentMs(): number {
    return this.busyMs;
  }

  /** Throws a 422 failure naming the limit once either limit is passed. */
  check(): void {
    if (this.busyMs > this.limits.maxParseMs) {
      throw new ImportFailure(
        422,
        `Reading the file took longer than ${this.limits.maxParseMs / 1000} s, the most the importer spends on one file. Upload a smaller extract (fewer years, reporters or products).`,
      );
    }
    if (this.now() - this.startedAt > this.limits.maxRequestMs) {
      throw new ImportFailure(
        422,
        `The upload took longer than ${this.limits.maxRequestMs / 1000} s, the most the importer waits for one file. Try again on a faster connection or with a smaller file.`,
      );
    }
  }
}
