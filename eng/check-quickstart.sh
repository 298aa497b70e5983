#!/usr/bin/env bash
# Packs the packages to a local folder, creates a fresh console project outside the repository
# that references them by version, pastes in the README's first C# block, and runs it from the
# repository root: the quickstart a newcomer copies must compile and work against the packages.
set -euo pipefail
source "$(dirname "$0")/consumer-app.sh"

pack_packages quickstart "$root/Rubric.Engine.sln"
create_app
# The first csharp block of the README, verbatim.
awk '/^```csharp$/ {inside=1; next} /^```$/ && inside {exit} inside {print}' "$root/README.md" > "$app/Program.cs"
build_app
output="$(cd "$root" && run_app)"
echo "$output"
# The README promises the total and the lost points with reasons.
grep -Eq '^school-01: [0-9.]+ / 100$' <<<"$output"
grep -Eq '^  -[0-9.]+  Item [0-9]+ ' <<<"$output"
echo "quickstart: ok"
