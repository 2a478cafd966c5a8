"""Which answers the screen can read: words in another language are never passed as safe."""

from __future__ import annotations

import pytest

from participation.pure.safeguarding import screen
from participation.pure.safeguarding.language import detect, name_of
from participation.pure.safeguarding.model import default_model

# "The man in the house hits me", as a helper with the language wrote it, and two ways of saying
# ordinary things in English that an identifier alone would get wrong.
ARABIC = "الرجل في البيت يضربني"
TIGRINYA = "እቲ ሰብኣይ ኣብ ገዛ ይወቕዓኒ"


@pytest.mark.parametrize(
    "text, code",
    [
        (ARABIC, "script:arabic"),
        (TIGRINYA, "script:ethiopic"),
        ("Burri ne shtepi me rreh", "sq"),
        ("Người đàn ông trong nhà đánh tôi", "vi"),
    ],
)
def test_answers_in_other_languages_are_named_and_not_english(text, code):
    found = detect(text)
    assert (found.code, found.english) == (code, False)
    assert found.name == name_of(code) and found.name != "English"


@pytest.mark.parametrize(
    "text", ["my sw never rings me back", "ngl placement is peak", "lol idk", "ok", "❤️❤️", "12", "bare long innit fam"]
)
def test_english_text_speak_and_answers_without_letters_count_as_english(text):
    assert detect(text).english


def test_the_screen_marks_words_it_cannot_read_as_not_screened():
    result = screen(ARABIC)
    assert not result.screened and result.language == "script:arabic"
    assert screen("my dad hits me").screened


# ---- hardship is not harm (care leavers) ----------------------------------------------------------

HARDSHIP = "no gas no leccy til fri and uc is late so the fridge is empty"


def test_a_care_leavers_hardship_is_not_an_alert_but_is_marked():
    as_care_leaver = screen(HARDSHIP, care_leaver=True)
    assert (as_care_leaver.disclosure, as_care_leaver.hardship) == (False, True)
    # The same words from a child in care still raise an alert: nobody is meant to go without.
    assert screen(HARDSHIP).disclosure and not screen(HARDSHIP).hardship


def test_a_place_the_council_gave_is_hardship_not_someone_else_in_the_room():
    damp = screen("the flat they gave me had damp everywhere", care_leaver=True)
    assert (damp.disclosure, damp.hardship) == (False, True)
    # A child in care: no hardship exemption. The rule's words stand; an alert, unless the model reads the whole
    # answer as nothing like harm (since the retraining of 2026-12-07 it does here), when it is still read among
    # the first, ranked at the alert line.
    child = screen("the flat they gave me had damp everywhere")
    assert not child.hardship and child.cues
    assert child.disclosure or child.risk >= default_model().threshold


@pytest.mark.parametrize(
    "text",
    [
        "the flat they gave me has no heating and the man downstairs hits me",
        "they give me no food at my lodgings",
        "no food again today carer said I don't deserve dinner",
        "i'm sofa surfing at a man's flat and he says staying there isn't free",
        "no heating in my room and I'm 17, staff only come in the day",
        "my flat has no heating and my boyfriend hits me when I complain",
    ],
)
def test_hardship_with_someone_else_in_it_still_raises_an_alert_for_care_leavers(text):
    assert screen(text, care_leaver=True).disclosure


@pytest.mark.parametrize(
    "text",
    [
        "I'm 3 months behind on rent because my UC got cut and the landlord says I'll be evicted next month. I skip "
        "meals so the electric stays on.",
        "got sanctioned for missing one appointment so its food bank this week",
        "i cant afford the bus to college most weeks",
    ],
)
def test_a_care_leaver_going_without_is_offered_help_even_when_nothing_worried_the_screen(text):
    """Kayden: an answer about eviction and skipped meals raised no alert (right) and was offered no help (wrong)."""
    as_care_leaver = screen(text, care_leaver=True)
    assert (as_care_leaver.disclosure, as_care_leaver.hardship) == (False, True)
    assert not screen(text).hardship  # a child in care's answer is never marked hardship


@pytest.mark.parametrize("text", ["my pocket money is fine", "rent is paid by leaving care and i budget ok",
                                  "my phone broke", "i get my bursary on time and it covers my bills",
                                  "i feel cut off from my family since i moved out"])
def test_money_or_a_home_merely_named_is_not_hardship(text):
    assert not screen(text, care_leaver=True).hardship
