#!/usr/bin/env bash
# Rewrites src/*/PublicAPI.Unshipped.txt from the code. Run it after changing the public
# surface on purpose, then review the diff of the .txt files: that diff is the API change.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/; do
  [ -f "$project/PublicAPI.Unshipped.txt" ] || continue
  printf '#nullable enable\n' > "$project/PublicAPI.Unshipped.txt"
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity info >/dev/null
  echo "updated $project/PublicAPI.Unshipped.txt ($(($(wc -l < "$project/PublicAPI.Unshipped.txt") - 1)) entries)"
done
