"""Benchmark the theme classifier: held-out accuracy, tone, per theme, load time and throughput."""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

# One core: keep numpy's BLAS from spreading the small products over threads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from participation.pure.theming import classifier as clf  # noqa: E402
from participation.pure.theming import training as tr  # noqa: E402

TOP1_MIN = 0.80
# Answers none of the fifteen themes covers; the classifier should say it is not confident.
OFF_TOPIC = (
    "can we have pizza next time",
    "the wifi is so slow",
    "what is this app for",
    "i like cats",
    "the bus here was late",
    "this survey is long lol",
    "idk",
    "more biscuits at the session pls",
    "why is the room so cold",
    "i support arsenal",
)


def synthetic_answers(texts: list[str], n: int, seed: int = 7) -> list[str]:
    """n varied answers: halves of two labelled statements joined, so few repeat exactly."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        a, b = rng.choice(texts).split(), rng.choice(texts).split()
        out.append(" ".join(a[: max(1, len(a) // 2)] + b[len(b) // 2 :]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--train",
        action="store_true",
        help="train from the training part instead of loading the shipped model",
    )
    ap.add_argument("--n", type=int, default=20_000, help="answers for the throughput run")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    shipped = clf.load_model()
    load_s = time.perf_counter() - t0

    examples = tr.load_examples()
    train_part, heldout = tr.split(examples)
    model = tr.train(train_part) if args.train else shipped
    figures = tr.evaluate(model, heldout)

    not_fit_heldout = sum(not clf.classify(e.text, model).fits_well for e in heldout) / len(heldout)
    off_flagged = sum(not clf.classify(t, model).fits_well for t in OFF_TOPIC) / len(OFF_TOPIC)

    answers = synthetic_answers([e.text for e in examples], args.n)
    fresh = clf.load_model()  # empty word cache: the run pays for every new word once
    t0 = time.perf_counter()
    clf.classify_many(answers, fresh)
    rate = len(answers) / (time.perf_counter() - t0)

    print(
        f"model: {'trained now' if args.train else 'shipped'}; trained on {len(train_part)}, held out {len(heldout)}"
    )
    print(
        f"held-out top-1 {figures['top1']:.3f}   top-3 recall {figures['top3']:.3f}   tone {figures['tone']:.3f}"
    )
    print("per theme (top-1, by main theme):")
    for theme, acc in figures["per_theme"].items():
        print(f"  {theme:28s} {acc:.2f}")
    print(
        f"held-out answers flagged 'no theme fits': {not_fit_heldout:.3f}; off-topic answers flagged: {off_flagged:.2f}"
    )
    print(
        f"shipped model load {load_s * 1000:.1f} ms; classify_many {rate:,.0f} answers/s over {len(answers)}"
    )
    print(f"scikit-learn imported by inference: {'sklearn' in sys.modules and not args.train}")
    result = {
        "top1": figures["top1"],
        "top3": figures["top3"],
        "tone": figures["tone"],
        "n_heldout": figures["n"],
        "per_theme_top1": figures["per_theme"],
        "heldout_not_fit": round(not_fit_heldout, 4),
        "off_topic_flagged": round(off_flagged, 4),
        "load_ms": round(load_s * 1000, 1),
        "answers_per_s": round(rate),
        "passed": figures["top1"] >= TOP1_MIN,
    }
    print(json.dumps(result))
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
