"""How a pack reads answers: whose tone counts, when a quote may stand beside a figure of how young people
felt, how a choice question reads, and what a frozen pack says about "You said, we did"."""

from __future__ import annotations

import re

from participation.pure.evidence_rules import (
    SIGNATURE_QUESTIONS,
    THEME_SIGNATURE_QUESTIONS,
    THEME_SIGNATURE_REASONS,
    answer_tone,
    choice_reading,
    has_words,
    negative_weight,
    open_to_any_theme,
    placed,
    says_nothing,
    says_nothing_more,
    side,
    signature_question,
    signature_reason,
    theme_prior,
    tone_decided,
)
from participation.pure.render.schema import follow_up_line, signatures_lead
from participation.pure.suppression import Shown
from participation.pure.theming.taxonomy import SIGNATURES_OF_RISK, THEMES


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
    # A good thing with a bad side, read as mixed, stays mixed: it is not all "working well".
    assert answer_tone("passed my driving test!! cant afford the insurance tho", "mixed", True) == "mixed"
    assert answer_tone("passed my driving test!!", None, True) == "positive"


def test_only_a_tone_a_person_decided_lets_a_quote_stand_beside_a_figure():
    assert tone_decided("help with nursery costs", "positive", False) is False  # the classifier alone
    assert tone_decided("help with nursery costs", "negative", False, confirmed=True) is True
    assert tone_decided("swimming", "negative", True) is True  # the young person answered a good-thing question
    assert tone_decided("nothing", "negative", True) is False
    assert tone_decided("my room. the walls are thin tho", "mixed", True) is False  # the classifier's mixed


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
    assert follow_up_line(written).startswith("CiCC, November: young people were told what happened to their words")
    assert "To read it, type the code ABC123" in follow_up_line(written)
    assert follow_up_line({**missing, "url": "https://say.example/j/ABC123/updates"}).endswith("Once written, it will be at:")


def test_some_or_only_a_few_follows_the_count_shown_by_one_rule():
    # "Fewer than 5" is only a few, even where every one of them was negative or the theme leads the
    # summary: it never gets "Some ... may point to".
    assert negative_weight(Shown(None, 5)) == "few"
    assert negative_weight(Shown(5, 5)) == "some" and negative_weight(Shown(9, 5)) == "some"
    assert negative_weight(Shown(10, 5)) == "many" and negative_weight(Shown(12, 5)) == "many"
    assert negative_weight(Shown(0, 5)) == "none"
    # Hidden only to protect a smaller count, it may be none or many: nothing is said of it.
    assert negative_weight(Shown(None, 5, secondary=True)) == "hidden"
    assert negative_weight(Shown(None, 5, withheld=True)) == "hidden"
    # Only "many" or "some" (or a question's figure) lead a theme's signatures with "may point to"; "only a few",
    # none, or a hidden count say nothing under the theme (the note at the start of the themes says why, once).
    assert "Many" in signatures_lead("many") and "may point to" in signatures_lead("some")
    assert signatures_lead("few") is signatures_lead("hidden") is signatures_lead("none") is None


def test_one_rule_places_a_side_only_on_5_or_more_shown_and_bigger_than_the_other_could_be():
    few, hidden = Shown(None, 5), Shown(None, 5, secondary=True)
    assert not placed([Shown(3, 5)], [Shown(17, 5)])  # a few positive, most negative: not "working well"
    assert placed([Shown(17, 5)], [Shown(3, 5)]) and placed([Shown(6, 5)], [few])  # 6 is more than "fewer than 5" can be
    # Never on "fewer than 5" (on either side, both "fewer than 5": mixed, or too few to say), never on both sides.
    assert side([few], [few]) == side([few], [Shown(0, 5)]) == "mixed"
    assert side([Shown(5, 5)], [Shown(5, 5)]) == "mixed" and side([Shown(6, 5)], [Shown(5, 5)]) == "working-well"
    # Never against a count hidden to protect another: it may be 0 or 40.
    assert side([Shown(7, 5)], [hidden]) == "mixed" and side([hidden], [Shown(0, 5)]) == "mixed"
    assert not placed([], [])
    # Faces add up ("8 Bad and fewer than 5 Really bad" is at least 9); ticked options overlap (the biggest counts).
    assert placed([Shown(8, 5), few], [Shown(3, 5), Shown(2, 5)])
    assert not placed([Shown(6, 5)], [Shown(4, 5), Shown(4, 5)]) and placed([Shown(6, 5)], [Shown(4, 5), Shown(4, 5)], overlap=True)
    # Where the table shows its total, the other side is at most what is left: 25 of 42 outweighs any hidden rest.
    assert placed([Shown(20, 5), Shown(5, 5)], [hidden, few], total=Shown(42, 5))
    assert not placed([Shown(20, 5)], [hidden], total=Shown(40, 5))


def test_single_letters_say_nothing_but_a_figure_may_answer_a_question():
    assert says_nothing_more("x") and says_nothing_more("a b") and says_nothing_more("👍")
    assert not says_nothing_more("12") and not says_nothing_more("more money")
    # A figure has no word for the theme and tone models; two letters or more is a word.
    assert not has_words("12") and not has_words("10/10") and has_words("12 moves") and has_words("ok")


def test_only_a_question_open_to_anything_lends_no_theme():
    assert theme_prior("opener-good-thing", "health-and-wellbeing") is None
    assert theme_prior("closer-one-thing", "being-heard") == "being-heard"
    assert theme_prior(None, "safety") == "safety"  # an officer's own question keeps the theme they chose
    assert theme_prior("no-such-slug", "money") == "money"


def test_every_theme_and_signature_of_risk_in_the_taxonomy_has_a_reason_and_a_question_of_its_own():
    pairs = [(t.id, s) for t in THEMES for s in t.signatures]
    assert len(pairs) == 22 and all(s in SIGNATURES_OF_RISK for _, s in pairs)
    # One source for each: no reason or theme question for a pair the taxonomy does not have.
    assert set(THEME_SIGNATURE_REASONS) == set(pairs) and set(THEME_SIGNATURE_QUESTIONS) <= set(pairs)
    assert set(SIGNATURE_QUESTIONS) == set(SIGNATURES_OF_RISK)
    reasons = [signature_reason(*p) for p in pairs]
    questions = [signature_question(*p) for p in pairs]
    # A councillor never meets the same sentence twice: each pair says its own why and asks its own question.
    assert len(set(reasons)) == len(set(questions)) == len(pairs)
    for (theme, sig), reason, question in zip(pairs, reasons, questions, strict=True):
        # One short plain sentence, careful not to overclaim: "may" or "can", a prompt to test, not a finding.
        assert reason.endswith(".") and reason.count(". ") == 0 and len(reason.split()) <= 30, (theme, sig, reason)
        assert " may " in f" {reason} " or " can " in f" {reason} ", (theme, sig, reason)
        assert not re.search(r"\b(shows|proves|means|is a sign|points to)\b", reason), (theme, sig, reason)
        assert question.endswith("?"), (theme, sig, question)
    assert signature_reason("a-councils-own-theme", "workforce") == ""


def test_an_answer_saying_there_is_nothing_good_is_not_counted_positive_however_it_starts():
    # A reviewer's find: "Honestly not much. I've been really low" to "What is one good thing…?" counted as positive
    # and could be quoted as the young person's own good news.
    for text in ("Honestly not much. I've been really low", "tbh nothing", "not a lot rn", "not really", "ngl, nothing"):
        assert says_nothing(text), text
        assert answer_tone(text, "negative", asked_for_good=True) == "negative"
        assert not tone_decided(text, "negative", asked_for_good=True)
    for text in ("honestly my dog", "my nan, not much else", "football"):
        assert not says_nothing(text), text
        assert answer_tone(text, "negative", asked_for_good=True) == "positive"


def test_only_the_bank_question_marked_open_is_open_to_any_theme():
    assert open_to_any_theme("opener-good-thing")
    assert not open_to_any_theme("closer-one-thing") and not open_to_any_theme(None) and not open_to_any_theme("no-such-slug")
