#!/usr/bin/env python3
"""Writes N seeded-random valid assessments for seeds/panlong.rubric.json as JSON Lines.

Each record is one of the seed records of seeds/batch.jsonl with a fresh unit id and varied
observation values (booleans and levels redrawn, counts redrawn within the seeds' ranges; awards and
'noneDone' kept), so
every line loads and scores. Used to measure end-to-end host throughput (benchmarks/README.md).

    python3 eng/generate-batch.py 200000 > /tmp/big.jsonl
"""
import json
import random
import sys
from pathlib import Path

RANGES = {"missing": (0, 5), "achieved": (0, 25)}
LEVELS = ["onTime", "late", "notSubmitted"]


def vary(observation, rng):
    for key, value in observation.items():
        if key == "noneDone":
            continue
        if isinstance(value, bool):
            observation[key] = rng.random() < 0.8
        elif key in RANGES:
            observation[key] = rng.randint(*RANGES[key])
        elif key == "level":
            observation[key] = rng.choice(LEVELS)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20111215
    rng = random.Random(seed)
    root = Path(__file__).resolve().parent.parent
    seeds = [json.loads(line) for line in (root / "seeds" / "batch.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    out = sys.stdout
    for n in range(count):
        record = json.loads(json.dumps(seeds[n % len(seeds)]))
        record["unit"]["id"] = f"school-{n + 1:07d}"
        for column in ("self", "assessor"):
            for observation in record.get(column, {}).values():
                vary(observation, rng)
        out.write(json.dumps(record, ensure_ascii=False, separators=(", ", ": ")))
        out.write("\n")


if __name__ == "__main__":
    main()
