"""The screen, tone, themes and personal details on the held-out batches in tests/data/heldout/ (written
after the change each measures, by someone who never saw the rules or the models; never trained on).
Run: python benchmarks/eval_heldout.py [folder]"""

import csv
import sys

import numpy as np

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from participation.pure.safeguarding import screen
from participation.pure.safeguarding.disclosure import assess
from participation.pure.safeguarding.pii import find_personal_details, redact
from participation.pure.theming.classifier import classify_many

H = (
    sys.argv[1]
    if len(sys.argv) > 1
    else str(__import__("pathlib").Path(__file__).resolve().parents[1] / "tests" / "data" / "heldout")
) + "/"


def rows(name):
    try:
        return list(csv.DictReader(open(H + name, newline="", encoding="utf-8")))
    except FileNotFoundError:
        return []


def pr(flags, labels):
    tp = sum(f and lab for f, lab in zip(flags, labels, strict=True))
    fp = sum(f and not lab for f, lab in zip(flags, labels, strict=True))
    return tp, sum(labels), fp, round(tp / max(sum(labels), 1), 3), round(tp / max(tp + fp, 1), 3)


for name in ("disclosure_fresh1.csv", "disclosure_fresh2.csv", "real_quotes.csv"):
    r = rows(name)
    if not r:
        continue
    labels = [int(x["disclosure"]) for x in r]
    res = [screen(x["text"]) for x in r]
    rules = [assess(x["text"]).disclosure for x in r]
    print(name, len(r), "rules: tp/pos/fp/recall/precision", pr(rules, labels))
    print(name, len(r), "screen (rules OR model): ", pr([s.disclosure for s in res], labels))
    print(name, "not English (read first):", sum(not s.screened for s in res))
    if "category" in r[0]:
        hl = [s for x, s in zip(r, res, strict=True) if x["category"] == "hardship-lookalike"]
        print(
            "  hardship look-alikes alerting (no care-leaver flag):",
            sum(s.disclosure for s in hl),
            "of",
            len(hl),
        )
        hl2 = [screen(x["text"], care_leaver=True) for x in r if x["category"] == "hardship-lookalike"]
        print(
            "  hardship look-alikes alerting as care leaver:", sum(s.disclosure for s in hl2), "of", len(hl2)
        )
for tname in ("themes_fresh1.csv", "themes_fresh2.csv"):
    r = rows(tname)
    if r:
        cs = classify_many([x["text"] for x in r], prompt_themes=[x["prompt_theme"] or None for x in r])
        top1 = np.mean([c.main_theme == x["theme"] for c, x in zip(cs, r, strict=True)])
        cs0 = classify_many([x["text"] for x in r])
        top1_noprior = np.mean([c.main_theme == x["theme"] for c, x in zip(cs0, r, strict=True)])
        tone = np.mean([c.tone == x["tone"] for c, x in zip(cs, r, strict=True)])
        print(
            "themes_fresh",
            len(r),
            "top1",
            round(top1, 3),
            "(without the question's theme",
            round(top1_noprior, 3),
            ") tone",
            round(tone, 3),
        )
for pname in ("pii_fresh1.csv", "pii_fresh3.csv"):
    r = rows(pname)
    if r:
        spans_total = found = 0
        clean = kept = 0
        for x in r:
            spans = [s.strip() for s in x["pii_spans"].split(" | ") if s.strip()]
            red = redact(x["text"], tuple(find_personal_details(x["text"])))
            if spans:
                for s in spans:
                    spans_total += 1
                    found += s not in red
            else:
                clean += 1
                kept += red == x["text"]
        print(
            "pii_fresh",
            len(r),
            "spans removed",
            found,
            "of",
            spans_total,
            round(found / max(spans_total, 1), 3),
            "| clean rows kept whole",
            kept,
            "of",
            clean,
            round(kept / max(clean, 1), 3),
        )
