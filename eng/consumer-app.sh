#!/usr/bin/env bash
# Sourced by the checks that build an app outside the repository against the packed packages
# (check-quickstart.sh, check-consumer.sh), so that both set it up the same way: packages packed
# to a scratch folder under a version of their own, a net10.0 console project with warnings as
# errors that restores them from there (and into a scratch package cache, so nothing stale from
# ~/.nuget is used), built and run. Sets $root, $work (removed on exit), $app and $version.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
app="$work/consumer"

# pack_packages LABEL PROJECT...: packs the projects (or a solution) as version 0.1.0-LABEL.<seconds>.
pack_packages() {
  local label="$1"; shift
  version="0.1.0-$label.$(date +%s)"
  local project
  for project in "$@"; do
    dotnet pack "$project" -c Release -o "$work/packages" -p:Version="$version" --nologo -v quiet
  done
  ls "$work/packages"
}

# create_app [ID@VERSION...]: the app project, referencing Rubric.Engine.Schema at the packed
# version and the packages given; Program.cs is the caller's to write into $app.
create_app() {
  local references="" reference
  for reference in "$@"; do
    references+="    <PackageReference Include=\"${reference%@*}\" Version=\"${reference#*@}\" />"$'\n'
  done
  mkdir "$app"
  cat > "$app/consumer.csproj" <<XML
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
${references}    <PackageReference Include="Rubric.Engine.Schema" Version="$version" />
  </ItemGroup>
</Project>
XML
  cat > "$app/nuget.config" <<XML
<configuration>
  <packageSources>
    <add key="local" value="$work/packages" />
  </packageSources>
</configuration>
XML
}

build_app() {
  test -s "$app/Program.cs"
  dotnet build "$app/consumer.csproj" -c Release --nologo -v quiet
}

# run_app ARG...: runs the built app in the current directory.
run_app() {
  dotnet "$app/bin/Release/net10.0/consumer.dll" "$@"
}
