#!/usr/bin/env bash
# Adds a migration with the same name for every provider, then regenerates the reviewed scripts.
# Usage: db/add-migration.sh <MigrationName>
set -euo pipefail
name="${1:?usage: db/add-migration.sh <MigrationName>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
dotnet build src/AllianceTracker.Web -v quiet -nologo
for provider in Sqlite Postgres SqlServer; do
  dotnet ef migrations add "$name" --no-build -o Migrations \
    --project "src/AllianceTracker.Data.$provider" --startup-project "src/AllianceTracker.Data.$provider"
  # the next provider's migrations assembly must see the new migration
  dotnet build "src/AllianceTracker.Data.$provider" -v quiet -nologo
done
"$root/db/generate-scripts.sh"
