"""The whole screen (personal details, disclosure rules, the language check and the model with its
sentence encoder) on one core: time to load the encoder, each answer's time (p50 / p95) with and without
the model, and a batch of 1,000 answers a second, against a trivial baseline in the same run."""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from participation.pure.encoder import Encoder  # noqa: E402
from participation.pure.safeguarding import screen  # noqa: E402
from participation.pure.safeguarding.disclosure import assess  # noqa: E402
from participation.pure.safeguarding.language import detect  # noqa: E402
from participation.pure.safeguarding.pii import find_personal_details  # noqa: E402


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


def latencies_ms(fn, items) -> tuple[float, float]:
    times = []
    for t in items:
        start = time.perf_counter()
        fn(t)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return round(times[len(times) // 2], 2), round(times[int(len(times) * 0.95)], 2)


def rules_only(text: str) -> None:
    find_personal_details(text)
    assess(text)
    detect(text)


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})  # one core, as the target says
    items = texts()
    items = (items * (1_000 // len(items) + 1))[:1_000]
    start = time.perf_counter()
    Encoder()
    load_s = time.perf_counter() - start
    screen(items[0])  # load name lists, the model and compile patterns before timing
    baseline = rate(lambda t: t.lower().split(), items)
    screened = rate(screen, items, repeat=2)
    p50, p95 = latencies_ms(screen, items)
    r50, r95 = latencies_ms(rules_only, items)
    print(json.dumps({"answers": len(items), "screen_per_s": round(screened), "baseline_split_per_s": round(baseline),
                      "ratio_to_baseline": round(screened / baseline, 6), "encoder_load_s": round(load_s, 3),
                      "screen_ms_p50": p50, "screen_ms_p95": p95, "rules_only_ms_p50": r50, "rules_only_ms_p95": r95,
                      "model_adds_ms_p95": round(p95 - r95, 2)}))


if __name__ == "__main__":
    main()
