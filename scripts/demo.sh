#!/usr/bin/env bash
# The main job, locally: builds an embedded sample repository in a temporary directory and runs
# the suite's bundled actions on it the way the GitHub runner does, printing what each decides.
set -euo pipefail
# shellcheck source=scripts/setup.sh
source "$(dirname "$0")/setup.sh"
exec node scripts/demo.ts "$@"
