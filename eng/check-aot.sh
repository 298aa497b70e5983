#!/usr/bin/env bash
# Publishes the rubric host with Native AOT and runs validate and score on the seeds with the
# native binary: the libraries' IsAotCompatible claim is exercised for real, not just analysed.
# The sheet readers too: a template xlsx and a Word table go through import-rubric.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

host="$("$root/eng/publish-host.sh" "$out")"
cd "$root"
"$host" validate seeds/panlong.rubric.json
"$host" score seeds/panlong.rubric.json seeds/assessments --format csv > "$out/scores.csv"
head -n 3 "$out/scores.csv"
test "$(wc -l < "$out/scores.csv")" -ge 9
# The plan: its source-generated document shapes, its rubrics, and both awards of every centre.
"$host" validate seeds/panlong.plan.json
"$host" awards seeds/panlong.plan.json seeds/roster.json seeds/assessments seeds/assessments/staff --format json > "$out/awards.json"
grep -q '"toBeAnnounced"' "$out/awards.json"
# MiniExcel is the one dependency not annotated for trimming: prove xlsx still round-trips.
"$host" template seeds/panlong.rubric.json --format xlsx --out "$out/sheet.xlsx"
# A blank sheet has no observations: import must refuse it cleanly (exit 1), not crash.
"$host" import "$out/sheet.xlsx" --rubric seeds/panlong.rubric.json --unit-id school-01 --out "$out/imported.json" || test $? -eq 1
test -s "$out/sheet.xlsx"
# import-rubric reads xlsx (MiniExcel) and docx (the Open XML SDK) back into a rubric that validates.
"$host" import-rubric "$out/sheet.xlsx" --id panlong --out "$out/from-xlsx.rubric.json"
"$host" validate "$out/from-xlsx.rubric.json"
command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3 >/dev/null; }
python3 eng/make-docx-sheet.py "$out/sheet.docx"
"$host" import-rubric "$out/sheet.docx" --strict --out "$out/from-docx.rubric.json"
grep -q '"kind": "perUnit"' "$out/from-docx.rubric.json"
# The report's JSON goes through a source-generated context and its workbook through MiniExcel's
# many-sheet writer: both must work without reflection-emitted code.
"$host" report seeds/panlong.rubric.json seeds/assessments --roster seeds/roster.json --plan seeds/panlong.plan.json --format json --out "$out/report.json"
grep -q '"bodyKind": "Centre"' "$out/report.json"
"$host" report seeds/panlong.rubric.json seeds/assessments --roster seeds/roster.json --plan seeds/panlong.plan.json --format xlsx --out "$out/report.xlsx"
test "$(head -c 2 "$out/report.xlsx")" = "PK"
"$host" report seeds/panlong.rubric.json seeds/assessments --out "$out/report.html"
grep -q '<svg' "$out/report.html"
echo "native aot: ok"
