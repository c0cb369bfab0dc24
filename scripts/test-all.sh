#!/usr/bin/env bash
# Installs everything and runs every test: type check, lint, format, unit tests,
# the production build (which validates data/), and end-to-end tests in Chromium.
# The last line counts passed and failed tests.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export CI="${CI:-1}"

results_dir="$(mktemp -d)"
failed_steps=()

step() {
  local name="$1"
  shift
  echo
  echo "=== $name ==="
  if ! "$@"; then
    failed_steps+=("$name")
    return 1
  fi
}

step "install chromium" bash scripts/ensure-chromium.sh || true
if [ "${SKIP_INSTALL:-0}" != "1" ]; then
  step "install npm packages" npm ci --no-audit --no-fund || {
    echo "npm ci failed; nothing else can run."
    echo "TESTS: 0 passed, 1 failed (npm ci)"
    exit 1
  }
fi

step "type check" npx tsc --noEmit -p .
step "lint" npx eslint .
step "format" npx prettier --check .
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json="$results_dir/unit.json"
if step "production build" npx next build; then
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results_dir/e2e.json" step "end-to-end tests" npx playwright test
else
  echo "Skipping end-to-end tests: the build failed."
fi

node scripts/test-summary.mjs "$results_dir" "${failed_steps[@]+"${failed_steps[@]}"}"
status=$?
rm -rf "$results_dir"
exit $status
