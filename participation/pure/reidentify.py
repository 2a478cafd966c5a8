"""Details in a quote that could point to one young person, for an officer to check before a pack goes
out: ages and counts ("im 16", "12 people", "7 social workers"), life events few share (a baby, a
pregnancy, a court case), and words nobody else in the whole set used that are not everyday words
(the words of the screen's model, learnt from about 3,700 young people's sentences, count as everyday).
Pure Python; it flags, a person decides."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from participation.pure.safeguarding.model import default_model

_AGE = re.compile(r"\b(?:i\s*(?:was|am|m|'m)|im|aged?|since i was|when i was)\s+(\d{1,2})\b", re.I)
_NUMBER = re.compile(r"\b\d+\b")
_SHARED_BY_ALL = {"18"}  # the age care ends: every care leaver shares it
_NUMBER_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_COUNTED = re.compile(rf"\b(?:\d+|{_NUMBER_WORDS})\s+(?:brothers?|sisters?|siblings?|kids|children|people|placements?|homes?|schools?|social workers?|carers?)\b", re.I)
_LIFE_EVENTS = re.compile(
    r"\b(?:pregnan\w*|my (?:baby|son|daughter|little girl|little boy|kid|kids)|court|prison|jail|police|"
    r"deported|asylum|home office|funeral|died|passed away|hospital|arrested)\b",
    re.I,
)
_WORD = re.compile(r"[a-z]{6,}")


@cache
def _everyday() -> frozenset[str]:
    return frozenset(w for w in default_model().words if " " not in w)


def word_counts(texts: Iterable[str]) -> Counter:
    """How many answers in the whole set use each longer word (once per answer)."""
    counts: Counter = Counter()
    for t in texts:
        counts.update(set(_WORD.findall(t.lower())))
    return counts


def rare_details(text: str, counts: Counter | None = None) -> list[str]:
    """Reasons to look again at a quote before publishing; empty when nothing stands out."""
    reasons = []
    if m := _AGE.search(text):
        reasons.append(f"an age ({m.group(0)})")
    if m := _COUNTED.search(text):
        reasons.append(f"a count that may be unusual ({m.group(0)})")
    elif any(n not in _SHARED_BY_ALL for n in _NUMBER.findall(text)) and not _AGE.search(text):
        reasons.append("a number")
    if m := _LIFE_EVENTS.search(text):
        reasons.append(f"a life event few share ({m.group(0)})")
    if counts is not None and sum(counts.values()) >= 50:
        rare = sorted({w for w in _WORD.findall(text.lower()) if counts.get(w, 0) <= 1 and w not in _everyday()})
        if rare:
            reasons.append("words nobody else used (" + ", ".join(rare[:3]) + ")")
    return reasons
