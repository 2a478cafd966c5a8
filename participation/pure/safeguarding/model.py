"""A small linear model that reads an answer for possible harm, to catch wording the rules miss.

Words (one and two at a time) and letter runs (3 to 5 letters inside each word) weighted by tf-idf,
then logistic regression: trained offline by `training.py` on labelled sentences, shipped as plain
arrays, read here with numpy alone. Every answer carries the model's probability as its risk, and the
moderation queue shows the riskiest first, so wording the rules miss still reaches a person early.

It raises no alert on its own yet. At the threshold where its own alerts were right 19 times in 20 in
cross-validation (`threshold`, kept for that use), it still read ordinary complaints about care in the
demo's answers ("at 21 they just closed my case", "nobody ever explained why im in care") as harm, and
an answer held for safeguarding leaves the evidence until the lead closes the alert. Its training
sentences need more of those ordinary complaints as look-alikes first.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "model"
WORD = re.compile(r"(?u)\b\w\w+\b")  # the tokens scikit-learn's TfidfVectorizer uses by default
MAX_CHARS = 2000  # a pasted essay is read up to here


@dataclass(frozen=True)
class Model:
    words: dict[str, int]
    chars: dict[str, int]
    word_idf: np.ndarray
    char_idf: np.ndarray
    coef: np.ndarray  # word features first, then letter runs
    intercept: float
    threshold: float  # at or above this the model alone flags an answer
    info: dict


def _word_counts(text: str) -> Counter:
    tokens = WORD.findall(text.lower()[:MAX_CHARS])
    return Counter(tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)])


def _char_counts(text: str) -> Counter:
    counts: Counter = Counter()
    for word in text.lower()[:MAX_CHARS].split():
        padded = f" {word} "
        for n in range(3, 6):
            if len(padded) < n:
                break
            counts.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return counts


def _tfidf(counts: Counter, vocab: dict[str, int], idf: np.ndarray) -> dict[int, float]:
    row = {vocab[t]: (1.0 + math.log(c)) * idf[vocab[t]] for t, c in counts.items() if t in vocab}
    norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
    return {k: v / norm for k, v in row.items()}


def features(model: Model, text: str) -> dict[int, float]:
    """The answer as a sparse vector: index -> weight (word part, then letter-run part, each unit length)."""
    offset = len(model.words)
    out = _tfidf(_word_counts(text), model.words, model.word_idf)
    out.update({offset + k: v for k, v in _tfidf(_char_counts(text), model.chars, model.char_idf).items()})
    return out


def risk(model: Model, text: str) -> float:
    """The model's probability that the answer may disclose harm (0 to 1)."""
    x = features(model, text)
    z = model.intercept + sum(model.coef[i] * v for i, v in x.items())
    return 1.0 / (1.0 + math.exp(-z))


def save(model: Model, directory: Path = MODEL_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    meta = {"words": model.words, "chars": model.chars, "intercept": model.intercept,
            "threshold": model.threshold, "info": model.info}
    (directory / "disclosure_model.json").write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    np.savez_compressed(directory / "disclosure_model.npz", word_idf=model.word_idf, char_idf=model.char_idf,
                        coef=model.coef)


def load(directory: Path = MODEL_DIR) -> Model:
    meta = json.loads((directory / "disclosure_model.json").read_text(encoding="utf-8"))
    arrays = np.load(directory / "disclosure_model.npz")
    return Model(meta["words"], meta["chars"], arrays["word_idf"], arrays["char_idf"], arrays["coef"],
                 float(meta["intercept"]), float(meta["threshold"]), meta["info"])


@lru_cache(maxsize=1)
def default_model() -> Model:
    return load()
