"""The disclosure screen's first step: one spelling per word, and cues mapped back to what was typed."""

from __future__ import annotations

import pytest

from participation.pure.safeguarding.disclosure import normalise
from participation.pure.safeguarding.disclosure.normalise import APOSTROPHE_FORMS, DATA, SLANG, load_table


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("dont wanna", "dont want to"),
        ("my bf", "my boyfriend"),
        ("he'll be there", "he will be there"),
        ("hell no", "hell no"),
        ("sooo", "soo"),
        ("hiiits", "hits"),
        ("meee", "me"),
        ("i’m scared", "i am scared"),
        ("Sh again! Night.", "sh again . night ."),
    ],
)
def test_text_speak_and_spellings_fold_into_one_spelling(typed, canonical):
    assert normalise(typed).text == canonical


def test_every_word_maps_back_to_the_text_as_typed():
    text = "My StepDad HIT me!!  dont wanna go home"
    norm = normalise(text)
    start = norm.text.index("hit me")
    a, b = norm.original_span(start, start + len("hit me"))
    assert text[a:b] == "HIT me"
    start = norm.text.index("step dad")
    a, b = norm.original_span(start, start + len("step dad"))
    assert text[a:b] == "StepDad"


def test_the_tables_are_loaded_from_the_data_files():
    assert SLANG["bf"] == "boyfriend" and SLANG["wanna"] == "want to"
    assert APOSTROPHE_FORMS["he'll"] == "he will"
    assert all(typed != canonical for typed, canonical in SLANG.items())  # an unlisted word is itself
    assert load_table(DATA / "slang.tsv") == SLANG


def test_a_malformed_table_line_is_refused(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# comment\nbf\tboyfriend\nbf\tbest friend\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:3"):
        load_table(bad)
    bad.write_text("no tab here\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1"):
        load_table(bad)
