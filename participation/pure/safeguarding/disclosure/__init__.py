"""Flags answers that may disclose harm to a young person, with the words that triggered the flag."""

from __future__ import annotations

from participation.pure.safeguarding.disclosure.categories import CATEGORIES
from participation.pure.safeguarding.disclosure.index import Index, build_index
from participation.pure.safeguarding.disclosure.matching import hits
from participation.pure.safeguarding.disclosure.normalise import Normalised, normalise
from participation.pure.safeguarding.disclosure.rule import Hit, Rule
from participation.pure.safeguarding.disclosure.rules import RULES, rules_for
from participation.pure.safeguarding.disclosure.signals import concern
from participation.pure.safeguarding.types import Verdict

__all__ = [
    "CATEGORIES",
    "INDEX",
    "RULES",
    "Hit",
    "Index",
    "Normalised",
    "Rule",
    "Verdict",
    "assess",
    "build_index",
    "hits",
    "normalise",
    "rules_for",
]

# How it works, in four steps, so a safeguarding lead can follow a flag back to its reason:
# 1. normalise.py: one spelling for every word, remembering where each came from, so cues are
#    always exact substrings of what the young person typed.
# 2. The rules, one module per kind of harm (self_harm.py ... threats.py). Rules are deliberately
#    broad: a false alarm costs an officer a minute, a miss can cost a child. index.py skips the
#    rules whose words are not in the answer.
# 3. framing.py hides a match only when its own sentence clearly frames it as idiom, policy talk,
#    fiction, or past harm that is now safe.
# 4. signals.py: when no rule matched at all, a sentence in the young person's own words that
#    shows three different kinds of concern signal is flagged, at the lowest weight.
# A small linear model was tried as an extra signal and left out: trained on this labelled set it
# raised recall on held-out sentences but flagged about a quarter of ordinary answers.

INDEX: Index = build_index(RULES)


def assess(text: str) -> Verdict:
    """Say whether one answer may disclose harm, which kinds (most likely first) and which words show it."""
    if not text or not text.strip():
        return Verdict(False, (), ())
    norm = normalise(text)
    if not norm.starts:
        return Verdict(False, (), ())
    found = hits(norm.text, INDEX.candidates(norm.text)) or concern(norm.text)
    if not found:
        return Verdict(False, (), ())
    score: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    for h in found:
        score[h.category] = score.get(h.category, 0) + h.weight
        first_seen[h.category] = min(h.start, first_seen.get(h.category, h.start))
    rank = CATEGORIES.index
    categories = tuple(sorted(score, key=lambda c: (-score[c], first_seen[c], rank(c))))
    cues: list[str] = []
    covered: list[tuple[int, int]] = []
    for h in sorted(found, key=lambda h: (h.start, -(h.end - h.start))):
        a, b = norm.original_span(h.start, h.end)
        if any(a >= x and b <= y for x, y in covered):
            continue  # already shown inside a longer cue
        covered.append((a, b))
        cues.append(text[a:b])
    return Verdict(True, categories, tuple(cues), any(h.by_carer for h in found))
