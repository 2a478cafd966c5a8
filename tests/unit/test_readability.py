"""The Flesch-Kincaid grade used to keep youth pages plain."""

from __future__ import annotations

import pytest

from participation.pure.readability import grade, sentences, syllables


@pytest.mark.parametrize(
    ("word", "count"),
    [("you", 1), ("make", 1), ("home", 1), ("little", 2), ("helped", 1), ("wanted", 2), ("answers", 2),
     ("councillors", 3), ("anonymous", 4), ("decisions", 3), ("I'd", 1), ("don’t", 1)],
)
def test_syllables_are_counted_as_a_reader_hears_them(word, count):
    assert syllables(word) == count


def test_a_blank_line_ends_a_sentence_as_a_full_stop_does():
    assert sentences("Welcome\n\nYou can stop. Or skip!") == 3


def test_plain_words_score_low_and_long_formal_ones_high():
    assert grade("We never ask your name. You can stop at any time.") < 3
    formal = ("Participation officers moderate contributions and councillors consider anonymised evidence "
              "when scrutinising the performance of children's services against inspection frameworks.")
    assert grade(formal) > 14


def test_no_words_is_grade_zero():
    assert grade("  … 123 ") == 0.0
