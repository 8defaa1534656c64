#!/usr/bin/env bash
# Regenerates the reviewed, idempotent SQL scripts from the migrations (no database server needed).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
for pair in SqlServer:sqlserver Postgres:postgres; do
  provider="${pair%%:*}"; folder="${pair##*:}"
  dotnet build "src/AllianceTracker.Data.$provider" -v quiet -nologo
  dotnet ef migrations script --idempotent --no-build \
    --project "src/AllianceTracker.Data.$provider" --startup-project "src/AllianceTracker.Data.$provider" \
    -o "db/$folder/migrate.sql"
done
