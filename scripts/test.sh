#!/usr/bin/env bash
# The one command that runs every test: installs what a fresh Debian/Ubuntu machine with the
# .NET SDK lacks (Chromium, the PostgreSQL server, DejaVu fonts), then runs all test projects.
# Results are written as TRX files to TestResults/; the last line printed sums them up.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

"$root/scripts/install-test-dependencies.sh" || exit 1

rm -rf "$root/TestResults"
dotnet tool restore >/dev/null
dotnet build AllianceTracker.sln -nologo -v quiet || exit 1
dotnet test AllianceTracker.sln --no-build -nologo \
  --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$root/TestResults"
status=$?

"$root/scripts/trx-summary.sh" "$root/TestResults"
exit $status
