"""Score the personal-detail finder against the hand-labelled sets in tests/data/.

pii_sentences.csv is the original set. pii_context_dev.csv is the names-and-places-in-context
development set (names that are words, lower-case names, names from the countries young people
arrive from, homes and schools, dates of birth, NHS numbers...): it is tuned on, so its figures
show progress, not how the finder does on words nobody here wrote.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from participation.pure.safeguarding.pii import find_personal_details  # noqa: E402

CSV_PATH = ROOT / "tests" / "data" / "pii_sentences.csv"
DEV_PATH = ROOT / "tests" / "data" / "pii_context_dev.csv"
MIN_RECALL = 0.95
MIN_KEEP = 0.90


def load_rows(path: Path = CSV_PATH) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["details_list"] = [tuple(d.split("=", 1)) for d in row["details"].split(" | ") if d]
        row["keep_list"] = [k for k in row["keep"].split(" | ") if k]
    return rows


def _locate(text: str, sub: str, taken: list[tuple[int, int]]) -> tuple[int, int]:
    # The first occurrence not already claimed by an earlier item of the same row.
    start = text.find(sub)
    while start != -1:
        span = (start, start + len(sub))
        if all(span[1] <= s or span[0] >= e for s, e in taken):
            return span
        start = text.find(sub, start + 1)
    raise ValueError(f"{sub!r} not in {text!r}")


def score(rows: list[dict]) -> dict:
    """Recall (by kind and ignoring kind), keep rate and false-removal sentences for rows."""
    details = found = found_any = keeps = kept = false_rows = clean = clean_kept = 0
    misses: list[str] = []
    for row in rows:
        text = row["text"]
        removals = find_personal_details(text)
        spans: list[tuple[int, int]] = []
        for kind, sub in row["details_list"]:
            s, e = _locate(text, sub, spans)
            spans.append((s, e))
            details += 1
            covering = [r for r in removals if r.start <= s and r.end >= e]
            if any(r.kind == kind for r in covering):
                found += 1
            else:
                misses.append(f"{row['id']}: missed {kind}={sub!r}")
            if covering:
                found_any += 1
        keep_spans: list[tuple[int, int]] = []
        for item in row["keep_list"]:
            s, e = _locate(text, item, spans + keep_spans)
            keep_spans.append((s, e))
            keeps += 1
            if all(r.end <= s or r.start >= e for r in removals):
                kept += 1
            else:
                misses.append(f"{row['id']}: removed keep item {item!r}")
        false = [r for r in removals if all(r.end <= s or r.start >= e for s, e in spans)]
        if not spans:
            clean += 1
            clean_kept += not removals
        if false:
            false_rows += 1
            for r in false:
                misses.append(f"{row['id']}: false {r.kind}={text[r.start : r.end]!r}")
    return {
        "sentences": len(rows),
        "details": details,
        "recall": round(found / details, 4) if details else 1.0,
        "recall_any_kind": round(found_any / details, 4) if details else 1.0,
        "keep_items": keeps,
        "keep_rate": round(kept / keeps, 4) if keeps else 1.0,
        "sentences_with_false_removal": false_rows,
        # Rows with no personal detail at all that came through with nothing removed.
        "clean_rows": clean,
        "clean_rows_untouched": round(clean_kept / clean, 4) if clean else 1.0,
        "misses": misses,
    }


def throughput(rows: list[dict], target: int = 20_000) -> float:
    """Answers per second on one core, over the whole set repeated to about target answers."""
    texts = [row["text"] for row in rows]
    texts = texts * max(1, target // len(texts))
    find_personal_details(texts[0])  # loading the lists is not part of the per-answer cost
    t0 = time.perf_counter()
    for t in texts:
        find_personal_details(t)
    return len(texts) / (time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    """Score both sets; `--dev` scores only the context development set and lists its misses."""
    argv = sys.argv[1:] if argv is None else argv
    dev = score(load_rows(DEV_PATH))
    if "--dev" in argv:
        for line in dev["misses"]:
            print("  ", line)
        print(_line("dev", dev))
        return 0
    rows = load_rows()
    tuned = [r for r in rows if not r["id"].startswith("fresh-")]
    fresh = [r for r in rows if r["id"].startswith("fresh-")]
    result = {"all": score(rows), "tuned": score(tuned), "fresh": score(fresh), "dev": dev}
    for name, res in result.items():
        print(_line(name, res))
    for line in result["all"]["misses"]:
        print("  ", line)
    rate = throughput(rows)
    print(f"throughput {rate:,.0f} answers/s")
    summary = {
        "recall": result["all"]["recall"],
        "recall_any_kind": result["all"]["recall_any_kind"],
        "keep_rate": result["all"]["keep_rate"],
        "sentences_with_false_removal": result["all"]["sentences_with_false_removal"],
        "sentences": result["all"]["sentences"],
        "fresh_recall": result["fresh"]["recall"],
        "fresh_recall_any_kind": result["fresh"]["recall_any_kind"],
        "fresh_keep_rate": result["fresh"]["keep_rate"],
        "fresh_sentences_with_false_removal": result["fresh"]["sentences_with_false_removal"],
        "dev_sentences": dev["sentences"],
        "dev_recall": dev["recall"],
        "dev_recall_any_kind": dev["recall_any_kind"],
        "dev_clean_rows_untouched": dev["clean_rows_untouched"],
        "answers_per_second": round(rate),
    }
    ok = summary["recall"] >= MIN_RECALL and summary["keep_rate"] >= MIN_KEEP
    print(json.dumps(summary))
    return 0 if ok else 1


def _line(name: str, res: dict) -> str:
    return (
        f"{name:6} sentences={res['sentences']} details={res['details']} recall={res['recall']:.3f} "
        f"recall_any_kind={res['recall_any_kind']:.3f} keep_rate={res['keep_rate']:.3f} "
        f"({res['keep_items']} items) clean_rows_untouched={res['clean_rows_untouched']:.3f} "
        f"({res['clean_rows']} rows) sentences_with_false_removal={res['sentences_with_false_removal']}"
    )


if __name__ == "__main__":
    sys.exit(main())
