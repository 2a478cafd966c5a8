"""The screen's model: reads an answer for possible harm, to catch wording the rules miss.

Two small heads, averaged: logistic regression on the words (one and two at a time) and letter runs
(3 to 5 letters inside each word) weighted by tf-idf, which reads spelling and slang; and a small neural
network (one hidden layer) on the shared sentence encoder's vector (`participation.pure.encoder`), which
reads meaning in words nobody here wrote. Trained offline by `training.py`, shipped as plain arrays, read here with
numpy and the encoder.

Every answer carries the average as its risk, and the moderation queue shows the riskiest first. At or
above `threshold` (the lowest at which, in cross-validation, the alerts the model raised without the rules
were right at least `training.ADDED_PRECISION` of the time) the model raises an alert on its own; its reason is the labelled examples
closest in meaning (`closest`), since it has no words to point at.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from participation.pure.encoder import default_encoder
from participation.pure.textvec import MAX_CHARS, WORD, sparse

MODEL_DIR = Path(__file__).resolve().parent / "model"
__all__ = ["MAX_CHARS", "WORD", "Model", "closest", "default_model", "load", "risk", "save"]


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
    vector_hidden: np.ndarray  # the meaning head on the encoder's vector: (384, hidden) weights, then ReLU
    vector_hidden_bias: np.ndarray
    vector_coef: np.ndarray  # (hidden,) weights of its output
    vector_intercept: float
    example_vectors: np.ndarray  # labelled disclosures, to show the closest as the reason for an alert
    examples: tuple[tuple[str, str], ...]  # (text, category) of each row of example_vectors


def features(model: Model, text: str) -> dict[int, float]:
    """The answer as a sparse vector: index -> weight (word part, then letter-run part, each unit length)."""
    return sparse(text, model.words, model.word_idf, model.chars, model.char_idf)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def word_risk(model: Model, text: str) -> float:
    """The word head's probability that the answer may disclose harm."""
    x = features(model, text)
    return _sigmoid(model.intercept + sum(model.coef[i] * v for i, v in x.items()))


def vector_risk(model: Model, vector: np.ndarray) -> float:
    """The meaning head's probability, from the encoder's vector of the answer."""
    hidden = np.maximum(vector.astype(np.float32) @ model.vector_hidden + model.vector_hidden_bias, 0.0)
    return _sigmoid(model.vector_intercept + float(hidden @ model.vector_coef))


def risk(model: Model, text: str, vector: np.ndarray | None = None) -> float:
    """The model's probability that the answer may disclose harm (0 to 1): the two heads averaged."""
    if vector is None:
        vector = default_encoder().embed_one(text[:MAX_CHARS])
    return (word_risk(model, text) + vector_risk(model, vector)) / 2


def closest(model: Model, vector: np.ndarray, k: int = 3) -> list[tuple[str, str, float]]:
    """The k labelled disclosures nearest in meaning: (text, category, cosine similarity), nearest first."""
    if not len(model.examples):
        return []
    sims = model.example_vectors @ vector.astype(np.float32)
    best = np.argsort(-sims, kind="stable")[:k]
    return [(*model.examples[i], round(float(sims[i]), 3)) for i in best]


def save(model: Model, directory: Path = MODEL_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    meta = {"words": model.words, "chars": model.chars, "intercept": model.intercept,
            "threshold": model.threshold, "info": model.info, "vector_intercept": model.vector_intercept,
            "examples": [list(e) for e in model.examples]}
    (directory / "disclosure_model.json").write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    np.savez_compressed(directory / "disclosure_model.npz", word_idf=model.word_idf, char_idf=model.char_idf,
                        coef=model.coef, vector_hidden=model.vector_hidden, vector_hidden_bias=model.vector_hidden_bias,
                        vector_coef=model.vector_coef, example_vectors=model.example_vectors.astype(np.float16))


def load(directory: Path = MODEL_DIR) -> Model:
    meta = json.loads((directory / "disclosure_model.json").read_text(encoding="utf-8"))
    arrays = np.load(directory / "disclosure_model.npz")
    return Model(words=meta["words"], chars=meta["chars"], word_idf=arrays["word_idf"], char_idf=arrays["char_idf"],
                 coef=arrays["coef"], intercept=float(meta["intercept"]), threshold=float(meta["threshold"]),
                 info=meta["info"], vector_hidden=arrays["vector_hidden"], vector_hidden_bias=arrays["vector_hidden_bias"],
                 vector_coef=arrays["vector_coef"], vector_intercept=float(meta["vector_intercept"]),
                 example_vectors=arrays["example_vectors"].astype(np.float32),
                 examples=tuple((text, category) for text, category in meta["examples"]))


@lru_cache(maxsize=1)
def default_model() -> Model:
    return load()
