"""Throughput of the whole screen (personal details + disclosure) on one core, against a trivial baseline."""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from participation.pure.safeguarding import screen  # noqa: E402


def texts() -> list[str]:
    out = []
    for name in ("pii_sentences.csv", "disclosure_sentences.csv", "theme_statements.csv"):
        with open(ROOT / "tests" / "data" / name, newline="", encoding="utf-8") as f:
            out += [row["text"] for row in csv.DictReader(f)]
    return out


def rate(fn, items, repeat=3) -> float:
    best = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        for t in items:
            fn(t)
        best = max(best, len(items) / (time.perf_counter() - start))
    return best


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})  # one core, as the target says
    items = texts()
    items = (items * (20_000 // len(items) + 1))[:20_000]
    screen(items[0])  # load name lists and compile patterns before timing
    baseline = rate(lambda t: t.lower().split(), items)
    screened = rate(screen, items)
    print(json.dumps({"answers": len(items), "screen_per_s": round(screened), "baseline_split_per_s": round(baseline),
                      "ratio_to_baseline": round(screened / baseline, 4)}))


if __name__ == "__main__":
    main()
