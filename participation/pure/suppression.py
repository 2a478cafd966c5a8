"""Small-number suppression for counts of young people shown outside the participation team.

Pure Python. Counts from 1 to threshold-1 are hidden (primary suppression) and shown as "fewer than N".
A table's shown figures (its total, its shown cells, and a shown 0, which says the count is none) must
never let a reader pin down a hidden cell: while some hidden cell could have only one value given what
is shown, the next smallest shown cell is hidden too (secondary suppression: that count is none, or N
or more), and where even hiding every cell would not do, no cell of the table is shown at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# A count hidden only so that a small count elsewhere in its table cannot be worked out: it is none, or
# the threshold or more, so nothing may call it small. Short, so a table keeps its columns on a page and a
# tablet; the pack's note on small numbers says what each label means.
SECONDARY_LABEL = "not shown"
WITHHELD_LABEL = "withheld"
# The same inside a sentence a councillor can say aloud ("... and a hidden number said Bad"): a pack prints
# both as one marker, "hidden", explained once where it appears (render.schema.HIDDEN_NOTE).
_IN_WORDS = {
    SECONDARY_LABEL: "a hidden number",
    WITHHELD_LABEL: "a hidden number",
}


@dataclass(frozen=True)
class Shown:
    value: int | None  # None: hidden
    threshold: int
    # Hidden although not small (none, or the threshold or more), only so that a small count elsewhere
    # cannot be worked out: saying "fewer than N" of it would be false.
    secondary: bool = False
    # Not shown at all because hiding cells one by one could not protect a small one: it may be any number.
    withheld: bool = False
    # Hidden to protect another, but said elsewhere not to be none ("care leavers raised it"): the threshold
    # or more. Only for checking that such a statement pins nothing (possible_values); never printed.
    at_least: bool = False

    @property
    def hidden(self) -> bool:
        return self.value is None

    def __str__(self) -> str:
        if self.value is not None:
            return str(self.value)
        if self.withheld:
            return WITHHELD_LABEL
        return SECONDARY_LABEL if self.secondary else f"fewer than {self.threshold}"


def _small(n: int, threshold: int) -> bool:
    return 0 < n < threshold


def possible_values(cells: Mapping[str, Shown], total: Shown | None) -> dict[str, set[int]]:
    """What a reader can work out: for each hidden cell, every value it could have, given the shown
    cells (a shown 0 included), what each label says ("fewer than N": 1 to N-1; hidden to protect: none
    or N or more; not shown: anything) and the total ("fewer than N": 1 to N-1)."""
    hidden = [k for k, c in cells.items() if c.hidden]
    if not hidden:
        return {}
    threshold = next(iter(cells.values())).threshold
    shown_sum = sum(c.value for c in cells.values() if not c.hidden)
    if total is None:
        lo, hi = None, None
    elif total.hidden:
        lo, hi = 1, threshold - 1
    else:
        lo, hi = total.value, total.value
    room = (hi - shown_sum) if hi is not None else None

    def allowed(c: Shown) -> set[int]:
        top = room if room is not None else 10 * threshold  # with no total, any large count is possible
        if c.withheld:
            return set(range(0, top + 1))
        if c.at_least:
            return set(range(threshold, top + 1))
        if c.secondary:
            return {0} | set(range(threshold, top + 1))
        return set(range(1, min(threshold - 1, top) + 1))

    sets = {k: allowed(cells[k]) for k in hidden}
    if lo is None:
        return sets
    # Sets of whole numbers as bits of an int (bit v set: v is possible), so sums stay quick for big tables.
    mask = (1 << (room + 1)) - 1 if room >= 0 else 0
    bits = {k: sum(1 << v for v in sets[k] if v <= room) for k in hidden}
    out = {}
    for k in hidden:
        sums = 1  # the other hidden cells together can make these sums
        for j in hidden:
            if j != k:
                sums = _add(sums, bits[j]) & mask
        out[k] = {v for v in sets[k] if v <= room and any(sums >> s & 1 for s in range(max(lo - shown_sum - v, 0), room - v + 1))}
    return out


def _add(a: int, b: int) -> int:
    """Every sum of a number in set a and one in set b (sets as bits)."""
    out, v = 0, 0
    while b:
        if b & 1:
            out |= a << v
        b >>= 1
        v += 1
    return out


def pins(cells: Mapping[str, Shown], total: Shown | None) -> bool:
    """Whether what is shown pins down a hidden cell (a "fewer than 2" is 1 whatever is done, so it
    only counts as pinned when its label alone would not already say it), or would once a reader knows
    whether a count hidden to protect another is none or not: a quote can say a group wrote about a
    theme, and "not shown" beside two "fewer than 5" of a total of 7 then leaves each small one 1."""
    threshold = next(iter(cells.values())).threshold if cells else 2
    if _pinned(possible_values(cells, total), cells, threshold):
        return True
    for k, c in cells.items():
        if not c.secondary:
            continue
        for known in (Shown(None, threshold, at_least=True), Shown(0, threshold)):
            branch = {**cells, k: known}
            values = possible_values(branch, total)
            if all(values.values()) and _pinned(values, branch, threshold, small_only=True):
                return True
    return False


def _pinned(values: Mapping[str, set[int]], cells: Mapping[str, Shown], threshold: int, small_only: bool = False) -> bool:
    """Whether a hidden cell has fewer than two possible values (`small_only`: only a "fewer than N" counts)."""
    for k, possible in values.items():
        small = not (cells[k].secondary or cells[k].withheld or cells[k].at_least)
        if len(possible) < 2 and (threshold > 2 or not small) and (small or not small_only):
            return True
    return False


def suppress_breakdown(
    counts: Mapping[str, int], threshold: int, total: int | None = None
) -> tuple[dict[str, Shown], Shown | None]:
    """Suppress a breakdown whose cells partition `total` (when given, the total is shown too, or
    "fewer than N" when it is small). Returns the cells and the total, each as Shown."""
    shown_total = None if total is None else Shown(None if _small(total, threshold) else total, threshold)
    hidden = {k for k, v in counts.items() if _small(v, threshold)}
    secondary: set[str] = set()

    def cells() -> dict[str, Shown]:
        return {
            k: Shown(None if k in hidden | secondary else v, threshold, secondary=k in secondary) for k, v in counts.items()
        }

    if total is None or not hidden:
        return cells(), shown_total
    while pins(cells(), shown_total):
        others = sorted((v, k) for k, v in counts.items() if k not in hidden | secondary)
        if not others:
            return {k: Shown(None, threshold, withheld=True) for k in counts}, shown_total
        secondary.add(others[0][1])
    return cells(), shown_total


def suppress_count(n: int, threshold: int) -> Shown:
    return Shown(None if _small(n, threshold) else n, threshold)


def unknown(cell: Shown | str) -> bool:
    """A count the reader is told nothing about (hidden only to protect another, or not shown at all):
    it may be none or many, so no statement, list or question may rest on it alone. A shown count or
    "fewer than N" says how many, or at most how many."""
    if isinstance(cell, Shown):
        return cell.hidden and (cell.secondary or cell.withheld)
    return cell in _IN_WORDS


def in_words(cell: Shown | str) -> str:
    """A count as a sentence says it: "9", "fewer than 5", or "a hidden number"."""
    text = str(cell)
    return _IN_WORDS.get(text, text)


def may_say_raised(cells: Mapping[str, Shown], total: Shown | None, key: str) -> bool:
    """Whether a sentence may say that a table's cell `key` is not none ("care leavers raised it") without
    letting a reader work out a hidden count. A shown count or "fewer than N" already says so; of a count
    hidden to protect another (none, or N or more) it says "N or more", which must pin nothing down; of a
    withheld count (any number) nothing may be said."""
    c = cells[key]
    if c.withheld:
        return False
    if not c.secondary:
        return c.hidden or bool(c.value)
    told = {**cells, key: Shown(None, c.threshold, at_least=True)}
    return not pins(told, total)


def suppress_linked(
    cells: Mapping[str, Shown], raw: Mapping[str, int], sums: list[tuple[str, list[str]]], may_hide: set[str]
) -> dict[str, Shown]:
    """Suppress figures that several tables print together. Each sum (total, parts) says that the count
    `total` is the sum of the counts `parts` (keys of `cells`, as each table already shows them), whichever
    table prints each one: a group's young people and the answers to "How long have you been in care?"
    that put them in it, say. While a sum pins down a hidden part, the smallest part that may be hidden
    (`may_hide`) is hidden too ("not shown"), else the total itself; so a hidden count can never be worked
    out by taking the figures of one table from a total printed in another."""
    out = dict(cells)
    threshold = next(iter(out.values())).threshold if out else 2

    def total_of(key: str) -> Shown | None:
        t = out[key]
        return None if t.hidden and (t.secondary or t.withheld) else t  # none or many: says nothing of the sum

    changed = True
    while changed:
        changed = False
        for total, parts in sums:
            if not pins({p: out[p] for p in parts}, total_of(total)):
                continue
            others = sorted((raw[p], p) for p in parts if p in may_hide and not out[p].hidden)
            if others:
                out[others[0][1]] = Shown(None, threshold, secondary=True)
            elif total in may_hide and not out[total].hidden:
                out[total] = Shown(None, threshold, secondary=True)
            else:  # nothing left to hide one by one: none of what may be hidden is shown
                left = [p for p in [*parts, total] if p in may_hide and not out[p].withheld]
                if not left:
                    continue
                for p in left:
                    out[p] = Shown(None, threshold, withheld=True)
            changed = True
            break
    return out
