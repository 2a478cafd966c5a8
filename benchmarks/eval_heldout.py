"""The screen, tone, themes and personal details on the held-out batches in tests/data/heldout/ (written
after the change each measures, by someone who never saw the rules or the models; never trained on).
Run: python benchmarks/eval_heldout.py [folder ...]   (every folder's batches, by file name:
disclosure_*.csv and real_quotes.csv for the screen and, where a `theme` column exists, themes;
session_*.csv for false alarms among ordinary answers; themes_*.csv; pii_*.csv)"""

import csv
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from participation.pure.evidence_rules import answer_tone, asks_for_good, theme_prior
from participation.pure.prompt_bank import load_bank
from participation.pure.safeguarding import screen
from participation.pure.safeguarding.disclosure import assess
from participation.pure.safeguarding.pii import find_personal_details, redact
from participation.pure.theming.classifier import TONES, classify_many

FOLDERS = [Path(p) for p in sys.argv[1:]] or [
    Path(__file__).resolve().parents[1] / "tests" / "data" / "heldout"
]


def batches(pattern):
    for folder in FOLDERS:
        for path in sorted(folder.glob(pattern)):
            with open(path, newline="", encoding="utf-8") as f:
                yield path.name, list(csv.DictReader(f))


def pr(flags, labels):
    tp = sum(f and lab for f, lab in zip(flags, labels, strict=True))
    fp = sum(f and not lab for f, lab in zip(flags, labels, strict=True))
    return tp, sum(labels), fp, round(tp / max(sum(labels), 1), 3), round(tp / max(tp + fp, 1), 3)


def screen_figures(name, r):
    labels = [int(x["disclosure"]) for x in r]
    res = [screen(x["text"]) for x in r]
    print(
        name,
        len(r),
        "rules alone: tp/positives/fp/recall/precision",
        pr([assess(x["text"]).disclosure for x in r], labels),
    )
    print(name, len(r), "screen (rules OR model):           ", pr([s.disclosure for s in res], labels))
    print(
        name,
        "  not English (read first):",
        sum(not s.screened for s in res),
        "| false alarms per 100 non-disclosures:",
        round(
            100
            * sum(s.disclosure and not lab for s, lab in zip(res, labels, strict=True))
            / max(labels.count(0), 1),
            1,
        ),
    )
    hardship = [x["text"] for x in r if x.get("category") == "hardship-lookalike"]
    if hardship:
        print(
            "  hardship look-alikes alerting:",
            sum(screen(t).disclosure for t in hardship),
            "of",
            len(hardship),
            "| as a care leaver:",
            sum(screen(t, care_leaver=True).disclosure for t in hardship),
        )
        # Every disclosure screened as a care leaver's: what the hardship rule would cost if they all were.
        as_leaver = [screen(x["text"], care_leaver=True).disclosure for x, lab in zip(r, labels, strict=True) if lab]
        print("  disclosures found as a care leaver's answer:", sum(as_leaver), "of", len(as_leaver))


def theme_figures(name, r, theme_key="theme"):
    # The theme the app lends each answer: the question's own, none for a bank question open to anything.
    slugs = {p["text"]: p["slug"] for p in load_bank()}
    prompt_themes = [theme_prior(slugs.get(x.get("prompt", "")), x.get("prompt_theme") or None) for x in r]
    cs = classify_many([x["text"] for x in r], prompt_themes=prompt_themes, questions=[x.get("prompt") for x in r])
    top1 = np.mean([c.main_theme == x[theme_key] for c, x in zip(cs, r, strict=True)])
    line = [name, len(r), "themes top-1", round(float(top1), 3)]
    if "also" in r[0]:  # the other themes the readers said an answer also speaks to (a quote often names several)
        named = np.mean([c.main_theme in {x[theme_key], *filter(None, x["also"].split(";"))} for c, x in zip(cs, r, strict=True)])
        line += ["(first theme among those the readers named", round(float(named), 3), ")"]
    if any(prompt_themes):
        cs0 = classify_many([x["text"] for x in r], questions=[x.get("prompt") for x in r])
        line += [
            "(without the question's theme",
            round(float(np.mean([c.main_theme == x[theme_key] for c, x in zip(cs0, r, strict=True)])), 3),
            ")",
        ]
    if "tone" in r[0]:
        # The app has three tones: an answer labelled neutral (saying nothing good or bad) is left out.
        toned = [(c, x) for c, x in zip(cs, r, strict=True) if x["tone"] in TONES]
        line += ["tone", round(float(np.mean([c.tone == x["tone"] for c, x in toned])), 3)]
        if len(toned) < len(r):
            line += [f"({len(r) - len(toned)} neutral left out)"]
        if "prompt" in r[0]:  # the tone the app suggests reads the question too, as the pack does
            good = {p["text"]: asks_for_good(p["slug"]) for p in load_bank()}
            tones = [answer_tone(x["text"], c.tone, good.get(x["prompt"], False)) for c, x in toned]
            line += ["(reading the question", round(float(np.mean([t == x["tone"] for t, (_, x) in zip(tones, toned, strict=True)])), 3), ")"]
    print(*line)
    if "tone_writer" in r[0]:  # labelled twice, blind, then the differences settled by a third reader
        for key in ("tone", "theme"):
            agree = np.mean([x[f"{key}_writer"] == x[f"{key}_second"] for x in r])
            print(f"  {key}: the writer and a second reader agreed on {agree:.3f} before the differences were settled")


for pattern in ("disclosure_*.csv", "session_*.csv", "real_quotes*.csv"):
    for name, r in batches(pattern):
        screen_figures(name, r)
        if "theme" in r[0] and not name.startswith("disclosure"):
            theme_figures(name, [x for x in r if x["theme"]])
for name, r in batches("themes_*.csv"):
    theme_figures(name, [x for x in r if x["theme"]])  # an answer about nothing ("dunno") has no theme to find
for name, r in batches("pii_*.csv"):
    spans_total = found = clean = kept = 0
    for x in r:
        spans = [s.strip() for s in x["pii_spans"].split(" | ") if s.strip()]
        red = redact(x["text"], tuple(find_personal_details(x["text"])))
        if spans:
            spans_total += len(spans)
            found += sum(s not in red for s in spans)
        else:
            clean += 1
            kept += red == x["text"]
    print(
        name,
        len(r),
        "personal details removed",
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
