#!/usr/bin/env python3
"""Writes N seeded-random valid assessments for seeds/panlong.rubric.json as JSON Lines.

Each record is one of the seed records of seeds/batch.jsonl with a fresh unit id and varied
observation values (booleans and levels redrawn, counts redrawn within the seeds' ranges; awards and
'noneDone' kept), so every line loads and scores. Used to measure end-to-end host throughput
(benchmarks/README.md).

Two shapes:
  ordered    (default) every record in the seed's member and item order, compact, no notes: the
             shape this generator has always written.
  realistic  records as offices write them: each unit with its own name, date and team; notes in
             Chinese on about a fifth of the observations and evidence references on some; items
             and members in a different order in every record; about one line in ten with
             non-ASCII text escaped as \\uXXXX and one in ten with extra white space; one record
             in ten without a self column.

    python3 eng/generate-batch.py 200000 > /tmp/big.jsonl
    python3 eng/generate-batch.py 200000 20111215 realistic > /tmp/real.jsonl
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


NOTES = ["副校长未交", "记录不全", "已整改", "见会议记录", "材料齐全", "走访记录缺两人次", "宣传栏未更新", "经费已落实"]
EVIDENCE = ["党性分析材料汇编", "会议记录本", "走访记录", "工作方案", "经费预算表", "照片"]
PLACES = ["盘龙镇", "龙泉村", "石桥", "青山", "新华", "双河"]
KINDS = ["中心小学", "中学", "小学", "村小"]


def shuffled(mapping, rng):
    items = list(mapping.items())
    rng.shuffle(items)
    return dict(items)


def realistic(record, n, rng):
    record["unit"]["name"] = f"{rng.choice(PLACES)}{rng.choice(KINDS)}{n % 97}"
    record["date"] = f"2011-12-{rng.randint(1, 28):02d}"
    record["assessedBy"] = f"第{rng.randint(1, 9)}考核组"
    if rng.random() < 0.1:
        record.pop("self", None)
    for column in ("self", "assessor"):
        if column not in record:
            continue
        for item_id, observation in list(record[column].items()):
            if rng.random() < 0.2:
                observation["note"] = rng.choice(NOTES)
            if rng.random() < 0.1:
                observation["evidenceRefs"] = rng.sample(EVIDENCE, rng.randint(1, 2))
            record[column][item_id] = shuffled(observation, rng)
        record[column] = shuffled(record[column], rng)
    return shuffled(record, rng)


def write(record, rng, shape, out):
    if shape == "ordered":
        out.write(json.dumps(record, ensure_ascii=False, separators=(", ", ": ")))
        return
    roll = rng.random()
    if roll < 0.1:
        out.write(json.dumps(record, ensure_ascii=True, separators=(",", ":")))
    elif roll < 0.2:
        out.write(json.dumps(record, ensure_ascii=False, separators=(" ,  ", " :\t")))
    else:
        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20111215
    shape = sys.argv[3] if len(sys.argv) > 3 else "ordered"
    if shape not in ("ordered", "realistic"):
        sys.exit(f"unknown shape {shape!r}: expected ordered or realistic")
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
        if shape == "realistic":
            record = realistic(record, n, rng)
        write(record, rng, shape, out)
        out.write("\n")


if __name__ == "__main__":
    main()
