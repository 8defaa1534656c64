#!/usr/bin/env bash
# Runs every benchmark of this folder one after the other and keeps their output in
# tests/perf/results/<UTC time>.txt, to be copied into README.md and README-dashboard.md.
# Each benchmark compares against a baseline of its own run, so the ratios are the figures to compare.
# Sizes can be lowered for a quick look: DASHBOARD_SIZES=100000,1000000 RECOMPUTE_RATINGS=100000 LOAD_CONNECTIONS=32 LOAD_SECONDS=20 bash tests/perf/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

results=tests/perf/results
mkdir -p "$results"
log="$results/$(date -u +%Y%m%dT%H%M%SZ).txt"
sqlite_file="$(mktemp -d)/generated.db"
trap 'rm -rf "$(dirname "$sqlite_file")"' EXIT

run() {
  echo "== $*" | tee -a "$log"
  dotnet run -c Release --project "$@" 2>&1 | tee -a "$log"
}

run tests/perf/AllianceTracker.Perf
run tests/perf/AllianceTracker.Perf.Generator -- --ratings "${SQLITE_RATINGS:-1000000}" --provider Sqlite --connection "Data Source=$sqlite_file"
run tests/perf/AllianceTracker.Perf.Recompute -- "${RECOMPUTE_RATINGS:-1000000}"
run tests/perf/AllianceTracker.Perf.Dashboard -- "${DASHBOARD_SIZES:-100000,10000000}"
run tests/perf/AllianceTracker.Perf.Load -- --connections "${LOAD_CONNECTIONS:-64}" --seconds "${LOAD_SECONDS:-30}"
echo "figures kept in $log"
