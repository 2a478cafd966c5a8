"""Which answers the screen can read: words in another language are never passed as safe."""

from __future__ import annotations

import pytest

from participation.pure.safeguarding import screen
from participation.pure.safeguarding.language import detect, name_of

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
