#!/usr/bin/env bash
# Packs the packages to a local folder, creates a fresh console project outside the repository
# that references them by version, pastes in the README's first C# block, and runs it from the
# repository root: the quickstart a newcomer copies must compile and work against the packages.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.1.0-quickstart.$(date +%s)"

dotnet pack "$root/Rubric.Engine.sln" -c Release -o "$work/packages" -p:Version="$version" --nologo -v quiet
ls "$work/packages"

mkdir "$work/consumer"
cat > "$work/consumer/consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <RestorePackagesPath>$work/nuget</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Rubric.Engine.Schema" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/consumer/nuget.config" <<XML
<configuration>
  <packageSources>
    <add key="local" value="$work/packages" />
  </packageSources>
</configuration>
XML
# The first csharp block of the README, verbatim.
awk '/^```csharp$/ {inside=1; next} /^```$/ && inside {exit} inside {print}' "$root/README.md" > "$work/consumer/Program.cs"
test -s "$work/consumer/Program.cs"

dotnet build "$work/consumer/consumer.csproj" -c Release --nologo -v quiet
output="$(cd "$root" && dotnet "$work/consumer/bin/Release/net10.0/consumer.dll")"
echo "$output"
# The README promises the total and the lost points with reasons.
grep -Eq '^school-01: [0-9.]+ / 100$' <<<"$output"
grep -Eq '^  -[0-9.]+  Item [0-9]+ ' <<<"$output"
echo "quickstart: ok"
