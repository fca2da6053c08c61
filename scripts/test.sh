#!/usr/bin/env bash
# Runs every test: lint (ESLint, Prettier, tsc, actionlint, shellcheck), the check that dist/ and the
# generated docs are current, unit and integration tests (real git, a real OCI registry on
# 127.0.0.1, a local GitHub API), and the bundles run as the runner runs them under Node 24.
# Ends with one plain line: "N passed, N failed".
set -euo pipefail
# shellcheck source=scripts/setup.sh
source "$(dirname "$0")/setup.sh"

mkdir -p .tmp
rm -f .tmp/vitest.json
status=0
node node_modules/vitest/vitest.mjs run --reporter=default --reporter=json --outputFile=.tmp/vitest.json "$@" || status=$?
node scripts/test-summary.ts .tmp/vitest.json || status=1
exit "$status"
