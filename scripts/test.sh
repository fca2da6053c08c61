#!/usr/bin/env bash
# Runs the tests: with no argument all of them, the three projects of vitest.config.ts at once —
#   unit         pure functions (seconds: the inner loop)
#   integration  the sources run as processes (real git, a real OCI registry on 127.0.0.1, a local
#                GitHub API), the workflow runner, the committed bundles under Node 24, the demo
#   static       tsc, ESLint, Prettier, actionlint, shellcheck, and the check that dist/ and the
#                generated docs are current
# `bash scripts/test.sh unit` (or `unit static`, …) runs those projects only; arguments after the
# project names go to vitest (a file, -t 'name'). Ends with one plain line: "N passed, N failed".
set -euo pipefail
# shellcheck source=scripts/setup.sh
source "$(dirname "$0")/setup.sh"

projects=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    unit | integration | static) projects+=(--project "$1") ;;
    *) break ;;
  esac
  shift
done

mkdir -p .tmp
rm -f .tmp/vitest.json
status=0
node node_modules/vitest/vitest.mjs run "${projects[@]}" --reporter=default --reporter=json --outputFile=.tmp/vitest.json "$@" || status=$?
node scripts/test-summary.ts .tmp/vitest.json || status=1
exit "$status"
