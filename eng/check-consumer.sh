#!/usr/bin/env bash
# Packs the two libraries and builds a small generic-host app outside the repository that pins
# Microsoft.Extensions.* to 10.0.0 with warnings as errors: a library dependency above what a
# .NET 10 app pins fails here as NU1605 (downgrade) or NU1608 (outside a dependency's range), and
# the script also fails if any Microsoft.Extensions.* package resolves to a version other than 10.0.0.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.1.0-consumer.$(date +%s)"
pinned="10.0.0"

for project in Rubric.Engine Rubric.Engine.Schema; do
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$work/packages" -p:Version="$version" --nologo -v quiet
done
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
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="$pinned" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="$pinned" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection.Abstractions" Version="$pinned" />
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
cat > "$work/consumer/Program.cs" <<'CS'
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rubric.Engine;
using Rubric.Engine.Schema;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddRubricEngine().AddRubricLoader();
using var host = builder.Build();

var loader = host.Services.GetRequiredService<RubricLoader>();
var engine = host.Services.GetRequiredService<ScoringEngine>();
var rubric = loader.LoadRubric(args[0]);
var assessment = loader.LoadAssessment(args[1]);
if (!rubric.Succeeded || !assessment.Succeeded)
{
    return 1;
}

var result = engine.Score(rubric.Value, assessment.Value);
Console.WriteLine(result.Succeeded ? $"{result.Scorecard.UnitId}: {PointsFormat.Format(result.Scorecard.Score)}" : result.ToString());
return result.Succeeded ? 0 : 1;
CS

dotnet build "$work/consumer/consumer.csproj" -c Release --nologo -v quiet
# No Microsoft.Extensions.* package may resolve to another version than the pinned one.
resolved="$(grep -Eo '"Microsoft\.Extensions\.[A-Za-z.]+/[^"]+"' "$work/consumer/obj/project.assets.json" | sort -u)"
echo "$resolved"
test -n "$resolved"
if grep -v "/$pinned\"\$" <<<"$resolved"; then
  echo "a Microsoft.Extensions.* package above resolved to a version other than $pinned"; exit 1
fi
output="$(dotnet "$work/consumer/bin/Release/net10.0/consumer.dll" "$root/seeds/panlong.rubric.json" "$root/seeds/assessments/school-01.assessment.json")"
echo "$output"
grep -Eq '^school-01: [0-9.]+$' <<<"$output"
echo "consumer: ok"
