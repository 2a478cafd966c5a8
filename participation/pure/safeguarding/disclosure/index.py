"""Pre-checks from each rule's declared anchors, so an answer only runs the rules its words allow."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from participation.pure.safeguarding.disclosure.rule import Rule

# Most answers hold no harm words, and a regex search costs far more than a substring test. Each
# rule declares sets of literal strings (its anchors), one of each set being in every match. The
# index numbers each distinct set once, so an answer tests each set at most once, and groups the
# rules by their most selective set, so one failed test skips the whole group.

# Words in almost every answer: a literal set holding one of them makes a poor pre-check.
_EVERYDAY = frozenset(
    "i me my us we he she her him his they them it to the a and of in on at for is was are be do did does not"
    " dont get got had have has what when if so all no what to".split()
)
# Letters from most to least common: the rarest three-letter piece of a literal says most.
_COMMON_FIRST = " etaoinshrdlcumwfgypbvkjxqz"


def selectivity(literals: Iterable[str]) -> tuple[int, int]:
    """Higher for sets less likely to be in an ordinary answer: long literals, and few of them."""
    literals = tuple(literals)
    # A bare space is in every answer: never let it stand for a whole alternative.
    return min(len(a) - 3 * (a.strip() in _EVERYDAY) - 9 * (not a.strip()) for a in literals), -len(literals)


def _rarest_trigram(literal: str) -> str:
    pieces = [literal[i : i + 3] for i in range(len(literal) - 2)]
    return max(pieces, key=lambda p: sum(_COMMON_FIRST.find(c) % 27 for c in p))


@dataclass(frozen=True)
class Index:
    """Rules grouped by the literal set they need most, with a trigram index over those sets."""

    sets: tuple[tuple[str, ...], ...]  # each distinct literal set, numbered by position
    # A literal of three or more characters can only be in a text that holds each of its
    # three-character pieces; comparing the rarest such piece per literal with the text's pieces
    # is far cheaper than searching the text for every literal.
    set_trigrams: tuple[frozenset[str], ...]
    set_short: tuple[tuple[str, ...], ...]  # literals under three characters, searched directly
    # (number of the set every rule in the group needs, or -1; each rule with its other sets)
    groups: tuple[tuple[int, tuple[tuple[Rule, tuple[int, ...]], ...]], ...]
    # With two hundred rules, checking every group against the text cost more than the rules did.
    # Each rarest piece leads to the groups that need it; groups with short literals, or no
    # literal at all, are checked every time.
    by_trigram: Mapping[str, tuple[int, ...]]
    always: tuple[int, ...]

    def candidates(self, norm: str) -> list[Rule]:
        """The rules whose every anchor set is represented in the normalised text."""
        sets, set_short, set_trigrams = self.sets, self.set_short, self.set_trigrams
        contains = norm.__contains__
        trigrams = {norm[i : i + 3] for i in range(len(norm) - 2)}
        present: list[bool | None] = [None] * len(sets)

        def has(i: int) -> bool:
            ok = present[i]
            if ok is None:
                short = set_short[i]
                ok = present[i] = bool(short and any(map(contains, short))) or (
                    not trigrams.isdisjoint(set_trigrams[i]) and any(map(contains, sets[i]))
                )
            return ok

        wanted = set(self.always)
        for piece in trigrams:
            found = self.by_trigram.get(piece)
            if found is not None:
                wanted.update(found)
        runnable: list[Rule] = []
        for g in sorted(wanted):
            first, rules = self.groups[g]
            if first >= 0:
                short = set_short[first]
                if not ((short and any(map(contains, short))) or any(map(contains, sets[first]))):
                    continue
                present[first] = True
            for rule, others in rules:
                if not others or all(map(has, others)):
                    runnable.append(rule)
        return runnable


def build_index(rules: Iterable[Rule]) -> Index:
    """Number the rules' anchor sets and group the rules by their most selective one."""
    set_ids: dict[tuple[str, ...], int] = {}
    groups: dict[int, list[tuple[Rule, tuple[int, ...]]]] = {}
    for rule in rules:
        best_first = sorted(rule.anchors, key=selectivity, reverse=True)
        ids = [set_ids.setdefault(words, len(set_ids)) for words in best_first]
        groups.setdefault(ids[0] if ids else -1, []).append((rule, tuple(ids[1:])))
    sets = tuple(set_ids)
    set_trigrams = tuple(frozenset(_rarest_trigram(a) for a in s if len(a) >= 3) for s in sets)
    set_short = tuple(tuple(a for a in s if len(a) < 3) for s in sets)
    grouped = tuple((first, tuple(members)) for first, members in groups.items())
    by_trigram: dict[str, list[int]] = {}
    always: list[int] = []
    for g, (first, _) in enumerate(grouped):
        if first < 0 or set_short[first]:
            always.append(g)
        for piece in set_trigrams[first] if first >= 0 else ():
            by_trigram.setdefault(piece, []).append(g)
    return Index(
        sets,
        set_trigrams,
        set_short,
        grouped,
        {piece: tuple(gs) for piece, gs in by_trigram.items()},
        tuple(always),
    )
