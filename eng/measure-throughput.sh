#!/usr/bin/env bash
# End-to-end throughput of the `rubric` host: publishes the host as a Native AOT executable
# (eng/publish-host.sh; with --jit, builds the framework-dependent Release host and runs it with
# `dotnet`, as the .NET tool runs), generates N seeded assessments for seeds/panlong.rubric.json
# with eng/generate-batch.py in both of its shapes (kept in the temp folder and reused while they
# still have N lines): "ordered", the generator's own member order without notes, and
# "realistic", records as offices write them (own names and dates, notes and evidence, members in
# any order, some escaped or spaced out, some without a self column). It scores each to CSV and
# prints one line per run: shape, records, wall seconds, records/s, peak RSS and the load average
# before the run. Wall time is for the whole process (startup and the rubric load included). The
# two shapes take turns, run after run, and a last line per shape gives the median and the range
# (this VM's speed drifts by a third within minutes, so one run says little), then the ratio of
# the realistic median to the ordered one. After building it waits RUBRIC_SETTLE_SECONDS (default 20).
#
#   eng/measure-throughput.sh                 # 1,000,000 records of each shape (about 1.8 and 2.1 GB of JSON Lines), AOT host
#   eng/measure-throughput.sh 20000
#   eng/measure-throughput.sh --jit 200000
#   eng/measure-throughput.sh --runs 5        # five runs of each shape, taking turns, and their medians
#   eng/measure-throughput.sh --report html 100000   # `rubric report` instead of `score` (html, xlsx or json)
#
# Fails (non-zero) if the host fails or the CSV does not have one row per record (for --report:
# if the host does not say it scored every record, or writes nothing). Not part of
# .ci/run: the figures mean something only on a quiet machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jit=false
runs=1
report=""
usage="usage: $0 [--jit] [--runs K] [--report html|xlsx|json] [N]  (N: number of records, a positive whole number; default 1000000)"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --jit) jit=true; shift ;;
        --runs)
            [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "$usage" >&2; exit 2; }
            runs="$2"; shift 2 ;;
        --report)
            [[ "${2:-}" =~ ^(html|xlsx|json)$ ]] || { echo "$usage" >&2; exit 2; }
            report="$2"; shift 2 ;;
        *) break ;;
    esac
done
count="${1:-1000000}"
if ! [[ "$count" =~ ^[1-9][0-9]*$ ]] || [[ $# -gt 1 ]]; then
    echo "$usage" >&2
    exit 2
fi

command -v python3 >/dev/null || { echo "python3 is needed to generate the batch" >&2; exit 1; }
command -v dotnet >/dev/null || { echo "dotnet is needed to build and run the host" >&2; exit 1; }

if [[ "$jit" == true ]]; then
    dotnet build "$root/samples/Rubric.Cli/Rubric.Cli.csproj" -c Release --nologo -v quiet >&2
    dll="$root/samples/Rubric.Cli/bin/Release/net10.0/rubric.dll"
    test -f "$dll" || { echo "the build did not produce $dll" >&2; exit 1; }
    host=(dotnet "$dll")
else
    host=("$("$root/eng/publish-host.sh")")
fi

# A batch depends only on N and its shape (the generator's seed is fixed), so a file with N lines is reused.
batch() {
    local shape="$1" file="${TMPDIR:-/tmp}/rubric-throughput-$1-$count.jsonl"
    if [[ ! -f "$file" ]] || [[ "$(wc -l < "$file")" -ne "$count" ]]; then
        echo "generating $count $shape records into $file" >&2
        python3 "$root/eng/generate-batch.py" "$count" 20111215 "$shape" > "$file.partial"
        mv "$file.partial" "$file"
    fi
    echo "$file"
}
declare -A inputs=([ordered]="$(batch ordered)" [realistic]="$(batch realistic)")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ -n "$report" ]]; then
    out="$work/report.$report"
else
    out="$work/scores.csv"
fi

# The build's compiler processes leave the VM slower for some seconds after they end (a run
# straight after a native publish measured 4.5 s, the next ones 30 s later 3.9-4.2 s).
sleep "${RUBRIC_SETTLE_SECONDS:-20}"

label="$([[ "$jit" == true ]] && echo jit || echo aot)${report:+ report=$report}"

run_once() {
    local shape="$1" input="${inputs[$1]}"
    if [[ -n "$report" ]]; then
        command_args=(report "$root/seeds/panlong.rubric.json" "$input" --format "$report" --out "$out")
    else
        command_args=(score "$root/seeds/panlong.rubric.json" "$input" --format csv --out "$out")
    fi
    rm -f "$out"
    load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load average: //; s/,//g')"

    status=0
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -v -o "$work/time.txt" \
            "${host[@]}" "${command_args[@]}" 2>"$work/stderr.txt" || status=$?
        # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.35"
        wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$work/time.txt")"
        rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/time.txt")"
    else
        echo "/usr/bin/time not found: timing with bash's time, no peak RSS" >&2
        TIMEFORMAT=%R
        { time "${host[@]}" "${command_args[@]}" 2>"$work/stderr.txt"; } 2>"$work/time.txt" || status=$?
        wall="$(tail -n 1 "$work/time.txt")"
        rss="n/a"
    fi

    if [[ "$status" -ne 0 ]]; then
        echo "the host failed with exit code $status; the end of its standard error:" >&2
        tail -n 20 "$work/stderr.txt" >&2
        exit 1
    fi

    rows=0
    if [[ -n "$report" ]]; then
        if ! grep -q "scored $count, rejected 0" "$work/stderr.txt" || [[ ! -s "$out" ]]; then
            echo "the report did not score all $count records or wrote nothing; the end of the host's standard error:" >&2
            tail -n 20 "$work/stderr.txt" >&2
            exit 1
        fi
        echo "report: $(du -h "$out" | cut -f1)" >&2
        rows="$count"
    elif [[ -f "$out" ]]; then
        rows=$(( $(wc -l < "$out") - 1 ))
    fi
    if [[ "$rows" -ne "$count" ]]; then
        echo "expected $count CSV rows, got $rows; the end of the host's standard error:" >&2
        tail -n 20 "$work/stderr.txt" >&2
        exit 1
    fi

    rate="$(awk -v n="$count" -v s="$wall" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "n/a" }')"
    echo "host=$label shape=$shape records=$count wall_s=$wall records_per_s=$rate peak_rss_mb=$rss load_before=\"$load_before\""
}

declare -A walls=([ordered]="" [realistic]="")
for ((run = 1; run <= runs; run++)); do
    for shape in ordered realistic; do
        run_once "$shape"
        walls[$shape]+="$wall "
    done
done

median() {
    tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{ w[NR] = $1 } END { print (NR % 2) ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2, w[1], w[NR], NR }'
}
for shape in ordered realistic; do
    read -r med fastest slowest n <<< "$(median "${walls[$shape]}")"
    awk -v host="$label" -v shape="$shape" -v n="$count" -v runs="$n" -v m="$med" -v f="$fastest" -v s="$slowest" \
        'BEGIN { printf "host=%s shape=%s runs=%d median_wall_s=%.2f median_records_per_s=%.0f fastest_s=%.2f slowest_s=%.2f\n", host, shape, runs, m, n / m, f, s }'
done
read -r ordered _ <<< "$(median "${walls[ordered]}")"
read -r realistic _ <<< "$(median "${walls[realistic]}")"
awk -v o="$ordered" -v r="$realistic" 'BEGIN { printf "realistic/ordered time per record: %.2fx\n", r / o }'
