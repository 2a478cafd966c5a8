"""An alert list row shows the words around what the screen found, not only the opening (web/templating.py)."""

from participation.web.templating import around_cues

LONG = ("i like school mostly and my friends are nice and we play football at break time most days, "
        "but at home my foster dad locks me in my room and doesnt give me food if i tell anyone")


def test_the_row_shows_the_words_around_the_cue_when_it_comes_late():
    row = around_cues(LONG, ["locks me in"])
    assert "locks me in" in row and row.startswith("…") and len(row) <= 92
    assert "i like school" not in row


def test_a_cue_near_the_start_keeps_the_opening():
    row = around_cues("my foster dad locks me in " + LONG, ["locks me in"])
    assert row.startswith("my foster dad locks me in") and row.endswith("…")


def test_no_cue_or_short_words_are_the_first_letters():
    assert around_cues(LONG, []).startswith("i like school") and around_cues(LONG, []).endswith("…")
    assert around_cues("short words", ["nothing"]) == "short words"
