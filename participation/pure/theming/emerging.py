"""Group answers that no theme fits by shared words, so an officer can spot and name a new theme."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from participation.pure.theming import lexicon as lx

# Average cosine similarity (TF-IDF) two groups need to be merged; tuned so that answers sharing
# two topic words join while answers sharing one common word ("home", "staff") stay apart.
MERGE_MIN = 0.3
MAX_COMMON_WORDS = 5
_THEME_WORDS = frozenset(p for phrases in lx.THEME_LEXICON.values() for p in phrases if " " not in p)


@dataclass(frozen=True)
class EmergingGroup:
    keys: tuple[Hashable, ...]  # the answers in the group, in the order they were given
    common_words: tuple[str, ...]  # most characteristic shared words, best first


def _stem(word: str) -> str:
    # Plural "s" only: heavier stemming merges words young people use differently ("meeting"/"meet").
    if len(word) > 4 and word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _terms(text: str, surface: dict[str, Counter[str]]) -> list[str]:
    out = []
    for m in lx.TOKEN_RE.finditer(text):
        norm = lx.normalise_token(m.group())
        if norm == "#" or len(norm) < 2 or norm in lx.STOP_WORDS:
            continue
        stem = _stem(norm)
        surface.setdefault(stem, Counter())[norm] += 1
        out.append(stem)
    return out


def cluster(
    items: Sequence[tuple[Hashable, str]], min_size: int = 2, merge_min: float = MERGE_MIN
) -> list[EmergingGroup]:
    """Average-linkage clustering of answers on TF-IDF word vectors; groups of at least min_size,
    largest first, each with the words most of its members share."""
    surface: dict[str, Counter[str]] = {}
    docs = [_terms(text, surface) for _, text in items]
    vocab = sorted({t for d in docs for t in d})
    if not vocab or len(items) < max(min_size, 1):
        return []
    col = {t: i for i, t in enumerate(vocab)}
    n = len(docs)
    df = Counter(t for d in docs for t in set(d))
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in vocab])
    x = np.zeros((n, len(vocab)))
    for r, d in enumerate(docs):
        for t, c in Counter(d).items():
            x[r, col[t]] = 1.0 + math.log(c)
    x *= idf
    norms = np.linalg.norm(x, axis=1)
    norms[norms == 0] = 1.0
    x /= norms[:, None]
    sim = x @ x.T
    np.fill_diagonal(sim, -np.inf)

    members: list[list[int] | None] = [[i] for i in range(n)]
    # Lance-Williams update for average linkage: merge the closest pair until none is close enough.
    while True:
        flat = int(np.argmax(sim))
        a, b = divmod(flat, n)
        if not np.isfinite(sim[a, b]) or sim[a, b] < merge_min:
            break
        ma, mb = members[a], members[b]
        assert ma is not None and mb is not None
        na, nb = len(ma), len(mb)
        merged = (na * sim[a] + nb * sim[b]) / (na + nb)
        sim[a, :] = merged
        sim[:, a] = merged
        sim[a, a] = -np.inf
        sim[b, :] = -np.inf
        sim[:, b] = -np.inf
        members[a] = ma + mb
        members[b] = None

    groups = []
    for m in members:
        if m is None or len(m) < min_size:
            continue
        m.sort()
        groups.append(EmergingGroup(tuple(items[i][0] for i in m), _common_words(m, docs, idf, col, surface)))
    groups.sort(key=lambda g: -len(g.keys))
    return groups


def _common_words(
    member_rows: list[int],
    docs: list[list[str]],
    idf: np.ndarray,
    col: dict[str, int],
    surface: dict[str, Counter[str]],
) -> tuple[str, ...]:
    # Words shared by at least two members (or the only member), ranked by spread x rarity;
    # on a tie a word that is not already a theme word says more about what is new.
    share = Counter(t for r in member_rows for t in set(docs[r]))
    need = 2 if len(member_rows) > 1 else 1
    ranked = sorted(
        (t for t, k in share.items() if k >= need),
        key=lambda t: (-share[t] * idf[col[t]], t in _THEME_WORDS, t),
    )
    return tuple(surface[t].most_common(1)[0][0] for t in ranked[:MAX_COMMON_WORDS])
