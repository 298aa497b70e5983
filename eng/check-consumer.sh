#!/usr/bin/env bash
# Packs the two libraries and builds a small generic-host app outside the repository that pins
# Microsoft.Extensions.* to 10.0.0 with warnings as errors: a library dependency above what a
# .NET 10 app pins fails here as NU1605 (downgrade) or NU1608 (outside a dependency's range), and
# the script also fails if any Microsoft.Extensions.* package resolves to a version other than 10.0.0.
set -euo pipefail
source "$(dirname "$0")/consumer-app.sh"
pinned="10.0.0"

pack_packages consumer "$root/src/Rubric.Engine/Rubric.Engine.csproj" "$root/src/Rubric.Engine.Schema/Rubric.Engine.Schema.csproj"
create_app Microsoft.Extensions.Hosting@$pinned Microsoft.Extensions.DependencyInjection@$pinned Microsoft.Extensions.DependencyInjection.Abstractions@$pinned
cat > "$app/Program.cs" <<'CS'
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

build_app
# No Microsoft.Extensions.* package may resolve to another version than the pinned one.
resolved="$(grep -Eo '"Microsoft\.Extensions\.[A-Za-z.]+/[^"]+"' "$app/obj/project.assets.json" | sort -u)"
echo "$resolved"
test -n "$resolved"
if grep -v "/$pinned\"\$" <<<"$resolved"; then
  echo "a Microsoft.Extensions.* package above resolved to a version other than $pinned"; exit 1
fi
output="$(run_app "$root/seeds/panlong.rubric.json" "$root/seeds/assessments/school-01.assessment.json")"
echo "$output"
grep -Eq '^school-01: [0-9.]+$' <<<"$output"
echo "consumer: ok"
