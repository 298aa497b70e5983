#!/usr/bin/env bash
# The xlsx template's score formulas against the engine, in a real spreadsheet engine: installs
# LibreOffice Calc from the system's packages when soffice is missing, then runs the tests that
# recalculate filled workbooks headless and compare every score cell and total with the
# scorecard (ScoreFormulasTests over each rule kind's whole range; the import round trip).
# RUBRIC_REQUIRE_LIBREOFFICE=1 turns their "not installed" skip into a failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v soffice > /dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui > /dev/null
fi
soffice --version
cd "$root"
RUBRIC_REQUIRE_LIBREOFFICE=1 dotnet test tests/Rubric.Cli.Tests -c Release --no-build \
  --filter "FullyQualifiedName~ScoreFormulasTests|FullyQualifiedName~SheetImporterTests.Import_TemplateFilledAndRecalculatedInLibreOffice"
