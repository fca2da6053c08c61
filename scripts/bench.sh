#!/usr/bin/env bash
# Runs the benchmarks in bench/ (each prints medians and its ratio against a peer measured in the
# same run). With an argument, only that benchmark: bash scripts/bench.sh compute-version
set -euo pipefail
# shellcheck source=scripts/setup.sh
source "$(dirname "$0")/setup.sh"
status=0
for bench in bench/*/bench.ts; do
  name=$(basename "$(dirname "$bench")")
  if [ "$#" -gt 0 ] && [ "$1" != "$name" ]; then continue; fi
  echo "== $name"
  node "$bench" || status=1
done
exit "$status"
