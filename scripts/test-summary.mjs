// Prints one closing line that counts passed and failed tests across vitest and
// Playwright, plus any step (type check, lint, build) that failed outright.
// Exits non-zero when anything failed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const [dir, ...failedSteps] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const unitFile = path.join(dir, "unit.json");
if (existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, "utf8"));
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}

const e2eFile = path.join(dir, "e2e.json");
if (existsSync(e2eFile)) {
  const e2e = JSON.parse(readFileSync(e2eFile, "utf8"));
  // A flaky test failed once and passed on retry: it counts as passed here and
  // Playwright's own report names it.
  passed += (e2e.stats?.expected ?? 0) + (e2e.stats?.flaky ?? 0);
  failed += e2e.stats?.unexpected ?? 0;
  skipped += e2e.stats?.skipped ?? 0;
}

const stepNote = failedSteps.length > 0 ? `; failed steps: ${failedSteps.join(", ")}` : "";
console.log();
console.log(`TESTS: ${passed} passed, ${failed} failed, ${skipped} skipped${stepNote}`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
