#!/usr/bin/env bash
# Publishes the `rubric` host as a Native AOT executable for linux-x64 into OUT (default
# artifacts/host-aot) and prints the executable's path. Native AOT needs a C toolchain: the first
# clang found is used, and on a machine without one, clang is installed with apt-get.
#
#   eng/publish-host.sh [OUT]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/artifacts/host-aot}"

linker=""
for candidate in clang clang-19 clang-18 clang-17 clang-16 clang-15 clang-14; do
  if command -v "$candidate" >/dev/null 2>&1; then linker="$candidate"; break; fi
done
if [ -z "$linker" ]; then
  apt-get update -qq >&2 && apt-get install -y -qq clang >/dev/null
  linker=clang
fi

# MiniExcel's IL2104 (it is not annotated for trimming) is expected and stays visible.
dotnet publish "$root/samples/Rubric.Cli/Rubric.Cli.csproj" -c Release -r linux-x64 \
  -p:PublishAot=true -p:CppCompilerAndLinker="$linker" -o "$out" --nologo -v quiet >&2
test -x "$out/rubric"
echo "$out/rubric"
