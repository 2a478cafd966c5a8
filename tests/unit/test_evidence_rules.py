"""How a pack reads answers: whose tone counts, when a quote may stand beside a figure of how young people
felt, how a choice question reads, and what a frozen pack says about "You said, we did"."""

from __future__ import annotations

from participation.pure.evidence_rules import (
    answer_tone,
    choice_reading,
    leans,
    negative_weight,
    tone_decided,
)
from participation.pure.render.schema import follow_up_line


def test_an_officers_tone_wins_over_the_question_and_the_classifier():
    # The classifier read a complaint as positive; the officer corrected it.
    assert answer_tone("the new one didnt bring an interpreter", "negative", False, confirmed=True) == "negative"
    # An answer to "What is one good thing?" that an officer read as mixed stays mixed.
    assert answer_tone("my haircut lol finally", "mixed", True, confirmed=True) == "mixed"


def test_without_an_officer_a_good_thing_is_positive_and_otherwise_the_classifier_decides():
    assert answer_tone("swimming", "negative", True) == "positive"
    assert answer_tone("nothing tbh", "negative", True) == "negative"
    assert answer_tone("help with nursery costs", "positive", False) == "positive"
    assert answer_tone("help with nursery costs", None, False) == "mixed"


def test_only_a_tone_a_person_decided_lets_a_quote_stand_beside_a_figure():
    assert tone_decided("help with nursery costs", "positive", False) is False  # the classifier alone
    assert tone_decided("help with nursery costs", "negative", False, confirmed=True) is True
    assert tone_decided("swimming", "negative", True) is True  # the young person answered a good-thing question
    assert tone_decided("nothing", "negative", True) is False


def test_a_choice_question_reads_as_the_bank_says():
    good, bad = choice_reading("family-who-miss")
    assert good == ("I see everyone I want to",) and "Brothers or sisters" in bad and "Friends from before" not in bad
    assert choice_reading("school-help") == ((), ())  # no answer is good or bad in itself
    assert choice_reading(None) == ((), ())


def test_a_frozen_pack_says_what_was_true_on_the_day_it_was_prepared():
    missing = {"session": "CiCC, November", "url": None, "code": "ABC123", "written_on": None}
    line = follow_up_line(missing)
    assert "had not been written when this pack was prepared" in line and "is not written yet" not in line
    assert "To read it once written, type the code ABC123" in line
    written = {**missing, "written_on": "2026-11-12"}
    assert follow_up_line(written).startswith("CiCC, November: young people were told what changed")
    assert "To read it, type the code ABC123" in follow_up_line(written)
    assert follow_up_line({**missing, "url": "https://say.example/j/ABC123/updates"}).endswith("Once written, it will be at:")


def test_only_a_few_is_never_said_of_a_theme_most_were_negative_about_or_a_strongest_message():
    assert negative_weight(6, 6, leads=False) == "some"  # every one of them negative
    assert negative_weight(3, 10, leads=True) == "some"  # a strongest message
    assert negative_weight(3, 10, leads=False) == "few"
    assert negative_weight(12, 30, leads=False) == "many"
    assert negative_weight(0, 8, leads=True) == "none"


def test_a_theme_is_listed_as_working_well_only_where_as_many_were_positive_as_negative():
    assert not leans(3, 17)  # a few positive, most negative: not "working well"
    assert leans(17, 3) and leans(5, 5)
    assert not leans(0, 0)
