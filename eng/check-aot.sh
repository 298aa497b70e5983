#!/usr/bin/env bash
# Publishes the rubric host with Native AOT and runs validate and score on the seeds with the
# native binary: the libraries' IsAotCompatible claim is exercised for real, not just analysed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

linker=""
for candidate in clang clang-19 clang-18 clang-17 clang-16 clang-15 clang-14; do
  if command -v "$candidate" >/dev/null 2>&1; then linker="$candidate"; break; fi
done
if [ -z "$linker" ]; then
  apt-get update -qq && apt-get install -y -qq clang >/dev/null
  linker=clang
fi

dotnet publish "$root/samples/Rubric.Cli/Rubric.Cli.csproj" -c Release -r linux-x64 \
  -p:PublishAot=true -p:CppCompilerAndLinker="$linker" -o "$out" --nologo -v quiet
cd "$root"
"$out/rubric" validate seeds/panlong.rubric.json
"$out/rubric" score seeds/panlong.rubric.json seeds/assessments --format csv > "$out/scores.csv"
head -n 3 "$out/scores.csv"
test "$(wc -l < "$out/scores.csv")" -ge 9
# MiniExcel is the one dependency not annotated for trimming: prove xlsx still round-trips.
"$out/rubric" template seeds/panlong.rubric.json --format xlsx --out "$out/sheet.xlsx"
# A blank sheet has no observations: import must refuse it cleanly (exit 1), not crash.
"$out/rubric" import "$out/sheet.xlsx" --rubric seeds/panlong.rubric.json --unit-id school-01 --out "$out/imported.json" || test $? -eq 1
test -s "$out/sheet.xlsx"
echo "native aot: ok"
