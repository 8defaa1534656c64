#!/usr/bin/env bash
# Prints "tests: N passed, M failed[, K skipped]" summed over every TRX file in a folder.
set -euo pipefail
folder="${1:?usage: trx-summary.sh <folder with .trx files>}"
passed=0; failed=0; skipped=0; files=0
while IFS= read -r -d '' trx; do
  files=$((files + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done < <(find "$folder" -name '*.trx' -print0 2>/dev/null)

if [ "$files" -eq 0 ]; then
  echo "tests: 0 passed, 1 failed (no test results were written)"
  exit 1
fi
line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
