"""Sparse tf-idf vectors of words (one and two at a time) and letter runs (3 to 5 inside each word),
built the way scikit-learn's TfidfVectorizer builds them at training time, read here with plain Python
so the app never imports scikit-learn. Used by the screen's model and the tone model."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

WORD = re.compile(r"(?u)\b\w\w+\b")  # the tokens scikit-learn's TfidfVectorizer uses by default
MAX_CHARS = 2000  # a pasted essay is read up to here
# The settings training gives TfidfVectorizer so that it builds what this module reads.
WORD_SETTINGS = {"ngram_range": (1, 2), "min_df": 2, "sublinear_tf": True, "token_pattern": WORD.pattern}
CHAR_SETTINGS = {"analyzer": "char_wb", "ngram_range": (3, 5), "min_df": 2, "sublinear_tf": True}


def word_counts(text: str) -> Counter:
    tokens = WORD.findall(text.lower()[:MAX_CHARS])
    return Counter(tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)])


def char_counts(text: str) -> Counter:
    counts: Counter = Counter()
    for word in text.lower()[:MAX_CHARS].split():
        padded = f" {word} "
        for n in range(3, 6):
            if len(padded) < n:
                break
            counts.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return counts


def tfidf(counts: Counter, vocab: dict[str, int], idf: np.ndarray) -> dict[int, float]:
    row = {vocab[t]: (1.0 + math.log(c)) * idf[vocab[t]] for t, c in counts.items() if t in vocab}
    norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
    return {k: v / norm for k, v in row.items()}


def sparse(text: str, words: dict[str, int], word_idf: np.ndarray, chars: dict[str, int],
           char_idf: np.ndarray) -> dict[int, float]:
    """The text as index -> weight: the word part, then the letter-run part, each of unit length."""
    out = tfidf(word_counts(text), words, word_idf)
    offset = len(words)
    out.update({offset + k: v for k, v in tfidf(char_counts(text), chars, char_idf).items()})
    return out


def fit_vectorizers(texts: list[str]):
    """Fit both vectorizers on training texts (training only: imports scikit-learn and SciPy).
    Returns (word vectorizer, letter-run vectorizer, the stacked sparse matrix)."""
    from scipy.sparse import hstack  # noqa: PLC0415
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415

    texts = [t[:MAX_CHARS] for t in texts]
    words = TfidfVectorizer(**WORD_SETTINGS)
    chars = TfidfVectorizer(**CHAR_SETTINGS)
    return words, chars, hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
