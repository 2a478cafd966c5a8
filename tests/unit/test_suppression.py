"""Small-number suppression: hidden cells cannot be worked out from what is shown."""

from __future__ import annotations

import itertools
import random

from participation.pure.suppression import (
    Shown,
    pins,
    possible_values,
    suppress_breakdown,
    suppress_count,
    suppress_linked,
)


def reader_values(cells: dict[str, str], total: str | None, threshold: int) -> dict[str, set[int]]:
    """Worked out by brute force, independently of the suppression code: every value each hidden cell of
    a published table could have, given only what the table prints. "fewer than N" is 1 to N-1 (a 0 is
    printed as 0); "not shown" is none or N or more; "withheld" is anything;
    the total, where printed, is exact, and "fewer than N" for a total is 1 to N-1."""
    known = {k: int(v) for k, v in cells.items() if v.isdigit()}
    hidden = [k for k in cells if k not in known]
    if total in ("not shown", "withheld"):  # a total hidden to protect a small count says nothing of the sum
        total = None
    if total is None or not hidden:
        return {k: {1} if cells[k].startswith("fewer than") and threshold == 2 else {0, 1} for k in hidden}
    totals = [int(total)] if total.isdigit() else list(range(1, threshold))
    top = max(totals) - sum(known.values())

    def could_be(label: str) -> range | list[int]:
        if label == f"fewer than {threshold}":
            return range(1, threshold)
        if label == "not shown":
            return [0, *range(threshold, top + 1)]
        assert label == "withheld", label
        return range(0, top + 1)

    options = {k: [v for v in could_be(cells[k]) if v <= top] for k in hidden}
    seen: dict[str, set[int]] = {k: set() for k in hidden}
    for combo in itertools.product(*(options[k] for k in hidden)):
        if sum(combo) + sum(known.values()) in totals:
            for k, v in zip(hidden, combo, strict=True):
                seen[k].add(v)
    return seen


def assert_nothing_pinned(cells: dict[str, str], total: str | None, threshold: int, where=None) -> None:
    for k, values in reader_values(cells, total, threshold).items():
        assert len(values) >= 2, (where, k, values, cells, total)


def published(counts: dict[str, int], threshold: int = 5, total: bool = True):
    cells, shown_total = suppress_breakdown(counts, threshold, total=sum(counts.values()) if total else None)
    return {k: str(v) for k, v in cells.items()}, (str(shown_total) if shown_total else None)


def shown(cells):
    return {k: v.value for k, v in cells.items()}


def test_counts_below_the_threshold_are_hidden_and_zero_and_above_are_shown():
    assert suppress_count(4, 5).value is None and str(suppress_count(4, 5)) == "fewer than 5"
    assert suppress_count(5, 5).value == 5
    assert suppress_count(0, 5).value == 0


def test_a_total_minus_the_shown_cells_cannot_reveal_the_one_hidden_cell():
    cells, total = suppress_breakdown({"positive": 12, "mixed": 3, "negative": 20}, 5, total=35)
    values = shown(cells)
    assert values["mixed"] is None
    # With the total shown, one hidden cell would be 35 - 12 - 20 = 3: a second cell must be hidden too.
    assert values["positive"] is None and values["negative"] == 20
    assert total.value == 35


def test_without_a_total_only_small_cells_are_hidden():
    cells, total = suppress_breakdown({"a": 12, "b": 3, "c": 20}, 5)
    assert shown(cells) == {"a": 12, "b": None, "c": 20} and total is None


def test_two_hidden_cells_need_no_more_hiding():
    cells, _ = suppress_breakdown({"a": 2, "b": 3, "c": 20}, 5, total=25)
    assert shown(cells) == {"a": None, "b": None, "c": 20}


def test_the_leaks_a_reviewer_found_are_closed():
    # A theme of 8: 6 positive, 1 mixed, 1 negative printed as 6, "fewer than 5", "fewer than 5" gives 1 and 1.
    assert_nothing_pinned(*published({"positive": 6, "mixed": 1, "negative": 1}), 5)
    # A theme of 8 split by group as "fewer than 5" and "fewer than 5" gives 4 and 4.
    cells, total = published({"children-in-care": 4, "care-leavers": 4})
    assert_nothing_pinned(cells, total, 5)
    assert "fewer than 5" not in cells.values()
    # 28 answering a face question, three shown and two hidden, one of them "not small itself".
    assert_nothing_pinned(*published({"5": 10, "4": 8, "3": 3, "2": 7, "1": 0}), 5)
    assert_nothing_pinned(*published({"5": 9, "4": 8, "3": 5, "2": 5, "1": 1}), 5)
    # A shown 0 narrows "fewer than 5": 4, 4 and 0 of 8.
    assert_nothing_pinned(*published({"a": 4, "b": 4, "c": 0}), 5)


def test_no_published_table_lets_a_hidden_cell_be_worked_out():
    for threshold in (3, 5):
        for n in (2, 3):
            for counts in itertools.product(range(0, 10), repeat=n):
                table = dict(zip("abc", counts, strict=False))
                assert_nothing_pinned(*published(table, threshold), threshold, where=table)
    rng = random.Random(7)
    for _ in range(300):  # face questions: five cells
        table = {str(k): rng.choice((0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12)) for k in range(5)}
        assert_nothing_pinned(*published(table), 5, where=table)


def test_a_small_total_hides_everything_under_it():
    cells, total = suppress_breakdown({"children-in-care": 3, "care-leavers": 0}, 5, total=3)
    assert total.value is None and shown(cells) == {"children-in-care": None, "care-leavers": 0}


def test_no_shown_cell_plus_total_arithmetic_ever_gives_a_hidden_value():
    for a, b, c in itertools.product(range(0, 9), repeat=3):
        cells, total = suppress_breakdown({"a": a, "b": b, "c": c}, 5, total=a + b + c)
        values = shown(cells)
        hidden = [k for k, v in values.items() if v is None]
        if total.value is not None and len(hidden) == 1:
            raise AssertionError((a, b, c, values))


def test_a_count_hidden_only_to_protect_another_says_so_and_never_claims_to_be_small():
    cells, _ = suppress_breakdown({"positive": 12, "mixed": 3, "negative": 20}, 5, total=35)
    assert str(cells["mixed"]) == "fewer than 5" and not cells["mixed"].secondary
    assert cells["positive"].secondary and str(cells["positive"]) == "not shown"
    assert str(cells["negative"]) == "20"


def test_a_count_hidden_in_one_table_cannot_be_worked_out_from_a_total_printed_in_another():
    # Children in care 23 = Less than a year (4, hidden) + 1 to 3 years 11 + More than 3 years 8; the 36 who
    # answered = 23 children in care + 12 care leavers + "I don't want to say" (1, hidden).
    raw = {"cic": 23, "cl": 12, "less": 4, "mid": 11, "more": 8, "left": 12, "no": 1, "answered": 36}
    cells = {k: suppress_count(v, 5) for k, v in raw.items()}
    sums = [("answered", ["less", "mid", "more", "left", "no"]), ("cic", ["less", "mid", "more"]), ("cl", ["left"]),
            ("answered", ["cic", "cl", "no"])]
    out = suppress_linked(cells, raw, sums, may_hide={"less", "mid", "more", "left", "no", "answered"})
    # "More than 3 years" (the next smallest) is hidden beside "Less than a year", and how many answered
    # too, as no answer can stand between it and the groups; the groups themselves stay shown.
    assert out["more"] == Shown(None, 5, secondary=True) and out["mid"].value == 11
    assert out["answered"] == Shown(None, 5, secondary=True)
    assert (out["cic"].value, out["cl"].value, out["left"].value) == (23, 12, 12)
    assert str(out["less"]) == str(out["no"]) == "fewer than 5"
    # Left alone, each sum pinned a hidden count; now none does.
    assert not any(pins({p: out[p] for p in parts}, None if out[t].secondary else out[t]) for t, parts in sums)


def test_knowing_a_count_hidden_to_protect_another_is_not_none_pins_no_small_one():
    # Money by group in a councillor's read: "fewer than 5 / not shown / fewer than 5" of 7. The pack quotes a
    # care leaver on it, so "not shown" is 5 or more, and then each small count must be 1: the row is withheld.
    cells, total = suppress_breakdown({"children-in-care": 1, "care-leavers": 5, "did-not-say": 1}, 5, total=7)
    assert {str(c) for c in cells.values()} == {"withheld"} and str(total) == "7"
    # Where either answer to "is it none?" still leaves each small count two or more values, nothing more is hidden.
    cells, _ = suppress_breakdown({"really good": 8, "good": 17, "ok": 10, "bad": 5, "really bad": 2}, 5, total=42)
    assert [str(c) for c in cells.values()] == ["8", "17", "10", "not shown", "fewer than 5"]
    for branch in (Shown(None, 5, at_least=True), Shown(0, 5)):
        values = possible_values({**cells, "bad": branch}, total=Shown(42, 5))
        assert all(len(v) != 1 for k, v in values.items() if k == "really bad")
