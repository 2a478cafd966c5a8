"""Would a small learned word tagger, run after the rules in pii.py (rules OR tagger), find more names?

An experiment, not part of the app: a logistic regression over plain word features (the word, its shape,
its neighbours, the name and common-word lists pii.py uses, whether the rules removed a neighbour) scores
each word the rules left. It is trained on every span-labelled personal-details set in tests/data/:
heldout/pii_fresh*.csv (id,text,pii_spans) and pii_sentences.csv, pii_context_dev.csv (id,text,details,keep).

    python scripts/train_name_tagger.py --cv            # by batch file: rules alone vs rules OR tagger
    python scripts/train_name_tagger.py --cv --set THRESHOLD=0.9 COPIES=2   # other settings
    python scripts/train_name_tagger.py --out w.json    # weights trained on everything (deterministic)

Result (2026-12-06): not wired in. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from participation.pure.safeguarding import pii  # noqa: E402
from participation.pure.safeguarding.types import Removal  # noqa: E402

DATA = ROOT / "tests" / "data"
SENT_END = frozenset(".!?\n")
PETS = pii._PETS
MEDIA = pii._MEDIA_NOUNS | pii._MEDIA_VERBS | pii._words(
    "favourite fave favorite listen listening play playing player singer rapper"
)
# Words inside a labelled school or home that say what the place is rather than naming it.
STRUCTURE = pii._SCHOOL_WORDS | pii._HOME_WORDS | pii._STREET_TYPES | pii._FUNCTION | pii._words(
    "st saint saints mary's marys church ce rc catholic lodge house view academy hall park the"
)
ALPHA_SPAN = re.compile(r"[^\W\d_][^\W\d_'’.\- ]*")
C = 0.5  # inverse strength of the L2 penalty
POS_WEIGHT = 2.0  # a missed name costs more than a kept word, before the threshold is chosen
LEFT_WEIGHT = 10.0
COPIES = 0  # swapped-name copies of each row with a one-word name (training only)


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "A"
    if word[0].isupper():
        return "Aa"
    if any(c.isupper() for c in word[1:]):
        return "aA"
    return "a"


def features(
    text: str,
    tokens: list[tuple[str, int, int]],
    covered: list[bool],
    blocked: list[bool],
    skip_covered: bool = True,
) -> list[tuple[int, list[str]]]:
    """(token index, feature names) for each word the tagger may mark: not covered by a removal, not blocked
    (a public figure's or a title's name the rules recognised), not a function word.

    Training also reads the words the rules removed (skip_covered=False): far more names to learn from.
    """
    n = len(tokens)
    lows = [pii._norm(w) for w, _, _ in tokens]
    shapes = [_shape(w) for w, _, _ in tokens]
    caps = sum(1 for s in shapes if s != "a")
    title_text = n >= 5 and caps > 0.7 * n  # Title Case or shouting: capitals say little
    out: list[tuple[int, list[str]]] = []
    for k in range(n):
        low = lows[k]
        if (
            (skip_covered and covered[k])
            or blocked[k]
            or len(low) < 2
            or low in pii._FUNCTION
            or not low[0].isalpha()
        ):
            continue
        w, s, _ = tokens[k]
        i = s - 1
        while i >= 0 and text[i] in " \t\"'(":
            i -= 1
        start = i < 0 or text[i] in SENT_END
        before = text[i] if i >= 0 else "^"
        e = tokens[k][2]
        after = text[e] if e < len(text) else "$"
        shape = shapes[k]
        in_first = low in pii._FIRST
        in_common = low in pii._COMMON
        f = [
            "b",
            "w=" + low,
            "s3=" + low[-3:],
            "s2=" + low[-2:],
            "s4=" + low[-4:],
            "p3=" + low[:3],
            "sh=" + shape + ("^" if start else "") + ("T" if title_text else ""),
            "ch<" + (before if not before.isalpha() else "a"),
            "ch>" + (after if not after.isalpha() else "a"),
        ]
        if in_first:
            f.append("first")
            f.append("first&" + shape)
        if low in pii._WORDLIKE:
            f.append("wordlike&" + shape)
        if in_common:
            f.append("common&" + shape + ("^" if start else ""))
        if low in pii._SURNAMES:
            f.append("surname&" + shape)
        if low in pii._KEEP:
            f.append("keep")
        if not in_first and not in_common:
            f.append("unknown&" + shape + ("^" if start else ""))
        if len(low) <= 3:
            f.append("short")
        near = lows[max(0, k - 6) : k + 4]
        prev = lows[k - 1] if k else "|"
        if not PETS.isdisjoint(near):
            f.append("pet-near")
            f.append("pet-near&p=" + prev)
        if not MEDIA.isdisjoint(near):
            f.append("media-near")
            f.append("media-near&" + shape)
        for d, tag in ((-1, "p"), (1, "n"), (-2, "pp"), (2, "nn")):
            j = k + d
            if 0 <= j < n:
                f.append(tag + "=" + lows[j])
                if d in (-1, 1):
                    f.append(tag + "sh=" + shapes[j])
                    if covered[j]:
                        f.append(tag + "rule")
                    if lows[j] in pii._FIRST and not covered[j]:
                        f.append(tag + "first")
            else:
                f.append(tag + "=|")
        if k > 0 and k + 1 < n:
            f.append("pn=" + lows[k - 1] + "_" + lows[k + 1])
        if k > 1:
            f.append("p2=" + lows[k - 2] + "_" + lows[k - 1])
        out.append((k, f))
    return out


def load() -> list[dict]:
    """Rows of every batch: group (file), text, gold spans as (kind or None, text), keep words."""
    rows = []
    for path in sorted((DATA / "heldout").glob("pii_fresh*.csv"), key=lambda p: int(re.sub(r"\D", "", p.stem))):
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                spans = [(None, s.strip()) for s in r["pii_spans"].split(" | ") if s.strip()]
                rows.append({"group": path.stem, "text": r["text"], "gold": spans, "keep": []})
    for name in ("pii_sentences", "pii_context_dev"):
        with open(DATA / f"{name}.csv", newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                spans = [tuple(d.split("=", 1)) for d in r["details"].split(" | ") if d]
                keep = [k for k in r["keep"].split(" | ") if k]
                rows.append({"group": name, "text": r["text"], "gold": spans, "keep": keep})
    return rows


def augmented(rows: list[dict], copies: int) -> list[dict]:
    """Copies of the rows with one-word names swapped for other first names (half of them names that are
    everyday words, such as "hope" or "will"), in the original's case, so the tagger learns the contexts
    names stand in rather than the few names the sets happen to use. Deterministic."""
    rng = np.random.default_rng(0)
    plain = sorted(pii._FIRST - pii._WORDLIKE - pii._COMMON)
    wordlike = sorted(pii._WORDLIKE - pii._KEEP)
    out = []
    for r in rows:
        names = [
            span for kind, span in r["gold"]
            if (kind == "name" or (kind is None and pii._norm(span) in pii._FIRST)) and re.fullmatch(r"[^\W\d_]+", span)
        ]
        if not names:
            continue
        for _ in range(copies):
            text, gold = r["text"], list(r["gold"])
            for old in dict.fromkeys(names):
                pool = wordlike if rng.random() < 0.5 else plain
                new = pool[int(rng.integers(len(pool)))]
                new = new.capitalize() if old[0].isupper() else new
                text = re.sub(rf"\b{re.escape(old)}\b", new, text)
                gold = [(k, new if g == old else g) for k, g in gold]
            if all(g in text for _, g in gold):
                out.append({**r, "text": text, "gold": gold, "keep": [], "copy": True})
    return out


def prepare(rows: list[dict]) -> None:
    """The rules' removals, the words, and for each word the tagger may see: features and label."""
    for r in rows:
        text = r["text"]
        tokens = [(m.group(), m.start(), m.end()) for m in pii._WORD_RE.finditer(text)]
        rules = pii.find_personal_details(text)
        cov = [any(x.start < e and x.end > s for x in rules) for _, s, e in tokens]
        # Public figures', characters' and titles' names the rules keep on purpose: never the tagger's.
        famous = pii._famous(text, tokens)
        block = [any(a < e and b > s for a, b in famous) for _, s, e in tokens]
        label = [0] * len(tokens)  # 1 a name-like word of a detail, -1 part of a detail not to learn from
        for kind, span in r["gold"]:
            alpha = kind in ("name", "school") if kind else bool(ALPHA_SPAN.fullmatch(span))
            for m in re.finditer(re.escape(span), text):
                for k, (w, s, e) in enumerate(tokens):
                    if s < m.end() and e > m.start():
                        low = pii._norm(w)
                        structural = kind != "name" and low in STRUCTURE
                        label[k] = -1 if (not alpha or structural) and label[k] != 1 else 1
        r["tokens"], r["rules"] = tokens, rules
        r["cands"] = [(k, f, label[k]) for k, f in features(text, tokens, cov, block, skip_covered=False)]
        r["cov"] = cov


def fit(rows: list[dict]) -> dict[str, float]:
    """L2-regularised logistic regression (liblinear, deterministic) over binary features."""
    feats, ys, weights = [], [], []
    for r in rows:
        if r.get("copy") and not COPIES:
            continue
        for k, f, y in r["cands"]:
            if y >= 0:
                feats.append(f)
                ys.append(y)
                # The words the rules left are the ones the tagger will see: they count for more.
                weights.append(1.0 if r["cov"][k] else LEFT_WEIGHT)
    vocab: dict[str, int] = {}
    cols = [vocab.setdefault(x, len(vocab)) for f in feats for x in f]
    ptr = np.cumsum([0] + [len(f) for f in feats])
    x = sparse.csr_matrix((np.ones(len(cols)), cols, ptr), shape=(len(feats), len(vocab)))
    x.sum_duplicates()
    x.data[:] = 1.0
    model = LogisticRegression(C=C, solver="liblinear", fit_intercept=False, class_weight={0: 1, 1: POS_WEIGHT})
    model.fit(x, np.array(ys), sample_weight=np.array(weights))
    coef = model.coef_[0]
    inv = {i: name for name, i in vocab.items()}
    return {inv[i]: round(float(v), 4) for i, v in enumerate(coef) if abs(v) >= 1e-3}


def score_row(r: dict, weights: dict[str, float]) -> list[tuple[int, float]]:
    """Scores of the words the rules left, as the finder would see them."""
    return [(k, sum(weights.get(x, 0.0) for x in f)) for k, f, _ in r["cands"] if not r["cov"][k]]


def redacted(r: dict, scores: list[tuple[int, float]], cut: float) -> str:
    extra = [Removal("name", r["tokens"][k][1], r["tokens"][k][2]) for k, s in scores if s >= cut]
    return pii.redact(r["text"], tuple(r["rules"] + extra))


def figures(rows: list[dict], scores: list, cut: float) -> tuple[int, int, int, int, int]:
    """As benchmarks/eval_heldout.py: a detail is removed when its text no longer appears; a clean row is
    kept when unchanged. Also the keep-words (labelled ordinary words) that were touched."""
    found = total = kept = clean = keep_hit = 0
    for r, sc in zip(rows, scores, strict=True):
        red = redacted(r, sc, cut)
        if r["gold"]:
            total += len(r["gold"])
            found += sum(s not in red for _, s in r["gold"])
        else:
            clean += 1
            kept += red == r["text"]
        keep_hit += sum(k not in red for k in r["keep"])
    return found, total, kept, clean, keep_hit


def cross_validate(rows: list[dict]) -> None:
    copies = [r for r in rows if r.get("copy")]
    rows = [r for r in rows if not r.get("copy")]
    groups = list(dict.fromkeys(r["group"] for r in rows))
    oof: dict[int, list] = {}
    for g in groups:
        w = fit([r for r in rows + copies if r["group"] != g])
        for i, r in enumerate(rows):
            if r["group"] == g:
                oof[i] = score_row(r, w)
    scores = [oof[i] for i in range(len(rows))]
    none = [[] for _ in rows]
    base = figures(rows, none, math.inf)
    print("threshold  removed  kept-whole  keep-words-touched   (all batches pooled, out-of-fold)")
    print(f"rules      {base[0] / base[1]:.4f}   {base[2] / base[3]:.4f}      {base[4]}")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        f = figures(rows, scores, math.log(t / (1 - t)))
        print(f"{t:<10} {f[0] / f[1]:.4f}   {f[2] / f[3]:.4f}      {f[4]}")
    t = THRESHOLD
    cut = math.log(t / (1 - t))
    print(f"\nper batch at the shipped threshold {t}: removed, kept whole (rules alone -> rules OR tagger)")
    for g in groups:
        sel = [i for i, r in enumerate(rows) if r["group"] == g]
        rs = [rows[i] for i in sel]
        a = figures(rs, [[] for _ in sel], math.inf)
        b = figures(rs, [scores[i] for i in sel], cut)
        print(
            f"{g:16} removed {a[0]}/{a[1]} {a[0] / a[1]:.3f} -> {b[0]} {b[0] / b[1]:.3f}"
            f" | kept {a[2]}/{a[3]} {a[2] / max(a[3], 1):.3f} -> {b[2]} {b[2] / max(b[3], 1):.3f}"
            f" | keep-words touched {a[4]} -> {b[4]}"
        )
    f = figures(rows, scores, cut)
    print(f"{'all':16} removed {base[0]}/{base[1]} {base[0] / base[1]:.4f} -> {f[0]} {f[0] / f[1]:.4f}"
          f" | kept {base[2]}/{base[3]} {base[2] / base[3]:.4f} -> {f[2]} {f[2] / f[3]:.4f}")
    print("\nstill missed (out-of-fold):")
    for r, sc in zip(rows, scores, strict=True):
        red = redacted(r, sc, cut)
        miss = [s for _, s in r["gold"] if s in red]
        wrong = not r["gold"] and red != r["text"]
        if miss or wrong:
            probs = ", ".join(
                f"{r['tokens'][k][0]}={1 / (1 + math.exp(-s)):.2f}" for k, s in sc if s > -1.5
            )
            print(f"  {r['group']}: {'MISS ' + ' | '.join(miss) if miss else 'CHANGED'}: {red}   [{probs}]")


THRESHOLD = 0.95  # the lowest of the grid at which clean rows stay as whole as with the rules alone


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--out", type=Path, help="write weights trained on every row here")
    ap.add_argument("--set", nargs="*", default=[], help="NAME=VALUE to try other settings, e.g. C=1")
    args = ap.parse_args()
    for item in args.set:
        name, value = item.split("=")
        globals()[name] = float(value)
    t0 = time.time()
    rows = load()
    if COPIES:
        rows += augmented(rows, int(COPIES))
    prepare(rows)
    if args.cv:
        cross_validate(rows)
    if args.out:
        weights = fit(rows)
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump({"threshold": THRESHOLD, "weights": dict(sorted(weights.items()))}, fh, separators=(",", ":"))
            fh.write("\n")
        print("wrote", args.out, len(weights), "weights")
    print(f"{time.time() - t0:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
