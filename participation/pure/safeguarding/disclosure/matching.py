"""Step 2 of the screen: run rules over normalised text, keeping each match its framing does not explain."""

from __future__ import annotations

from collections.abc import Iterable

from participation.pure.safeguarding.disclosure.framing import (
    ACTED_ON,
    FICTION,
    NOT_ACTED_ON,
    POLICY,
    SAFE_NOW,
    idiom,
    looks_after_children,
    negated,
    told_as_past,
    voice,
)
from participation.pure.safeguarding.disclosure.rule import Hit, Rule


def hits(norm: str, rules: Iterable[Rule]) -> list[Hit]:
    """Every match of these rules in the normalised text that its framing does not explain away."""
    found: list[Hit] = []
    safe_now = None  # computed lazily: most answers never need it
    for rule in rules:
        for m in rule.pattern.finditer(norm):
            start, end = m.span()
            left = norm.rfind(" . ", 0, start)
            s0 = 0 if left < 0 else left + 3
            right = norm.find(" . ", end)
            s1 = len(norm) if right < 0 else right
            matched = m.group()
            before = norm[s0:start]
            if rule.negatable and negated(before, matched, norm[end : end + 14]):
                continue
            sentence = norm[s0:s1]
            if rule.needs and not all(need.search(sentence) for need in rule.needs):
                continue
            if rule.unless is not None and rule.unless.search(sentence):
                continue
            if idiom(rule.category, matched, sentence, norm[end:s1]):
                continue
            first_person, real = voice(rule.kind, before, matched, sentence)
            # Fiction can hide anything but the young person's own words; policy talk can hide
            # only what is not about a real person ("kids who self harm", not "my mate self harms").
            if not first_person and FICTION.search(sentence):
                continue
            if not real and POLICY.search(sentence):
                continue
            by_carer = False
            if told_as_past(matched, sentence):
                doer = looks_after_children(before, matched)
                if doer >= 0:
                    if ACTED_ON.search(norm) and not NOT_ACTED_ON.search(norm):
                        continue  # told and acted on: history that is known
                    # Never hidden as past and safe; the cue runs from who did it ("foster carer used to hit me").
                    by_carer, start = True, min(start, s0 + doer)
                else:
                    if safe_now is None:
                        safe_now = bool(SAFE_NOW.search(norm))
                    if safe_now:
                        continue
            found.append(Hit(rule.category, rule.weight, start, end, by_carer))
    return found
