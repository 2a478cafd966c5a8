"""What a rule is: a pattern over normalised text, its weight, what may hide it, and its own examples."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """Flag `category` where `pattern` matches the normalised answer, unless its framing explains it."""

    category: str
    pattern: re.Pattern[str]
    weight: int  # 3 a clear disclosure, 2 a likely one, 1 harm vocabulary only (the doubt tier)
    # "person": says who is harmed (first or third person) and is never hidden by policy/fiction
    # framing when first person; "topic": a harm word that can be general talk, hidden by policy,
    # fiction or past-and-safe framing unless a real person is its subject.
    kind: str
    negatable: bool  # "nobody hurts me": only where a negator right before is clear
    # A narrow, rule-specific reading that makes this one match harmless ("scared of the dark").
    unless: re.Pattern[str] | None
    # For the broad co-occurrence rules: the match only counts if its sentence also holds each of
    # these ("slap" needs someone who does it and someone harmed: "dad", "me").
    needs: tuple[re.Pattern[str], ...]
    # Literal strings, in sets: every match contains one string of each set. The rule only runs
    # when each set is represented in the answer; most answers hold no harm words, so this keeps
    # the screen fast. A set left out costs only speed; a string missing from a set hides matches
    # (tests check every example and labelled answer against them). () means always run.
    anchors: tuple[tuple[str, ...], ...]
    matches: tuple[str, ...]  # answers this rule must flag
    ignores: tuple[str, ...]  # ordinary answers this rule, and the whole screen, must leave alone


def rule(
    category: str,
    pattern: str,
    weight: int = 2,
    *,
    kind: str = "person",
    negatable: bool = False,
    unless: str = "",
    needs: tuple[str, ...] = (),
    anchors: tuple[str, ...] = (),
    matches: tuple[str, ...] = (),
    ignores: tuple[str, ...] = (),
) -> Rule:
    """Build a rule; each anchor set is written as one string of alternatives split by "|"."""
    return Rule(
        category,
        re.compile(pattern),
        weight,
        kind,
        negatable,
        re.compile(unless) if unless else None,
        tuple(map(re.compile, needs)),
        tuple(tuple(words.split("|")) for words in anchors),
        matches,
        ignores,
    )


@dataclass(frozen=True)
class Hit:
    """One match that its framing did not explain away, by position in the normalised text."""

    category: str
    weight: int
    start: int
    end: int
    by_carer: bool = False  # past harm by someone who looks after children: kept whatever the model reads
