"""Small-number suppression: hidden cells cannot be worked out from what is shown."""

from __future__ import annotations

import itertools

from participation.pure.suppression import suppress_breakdown, suppress_count


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
    assert cells["positive"].secondary and str(cells["positive"]) == "hidden to protect a small number"
    assert str(cells["negative"]) == "20"
