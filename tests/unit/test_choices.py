"""Which choices go on their own, and which open a box for a few words (pure)."""

from __future__ import annotations

from participation.pure.choices import is_exclusive, is_other
from participation.pure.prompt_bank import by_slug


def test_the_banks_dont_want_to_say_goes_on_its_own_and_so_do_the_old_words_sessions_still_hold():
    assert is_exclusive("I don't want to say")
    assert is_exclusive("I'd rather not say")
    assert is_exclusive("Nothing right now")
    assert not is_exclusive("Not often")


def test_the_bank_uses_plain_words_for_how_often_and_for_not_saying():
    options = [o for p in by_slug().values() for o in p.get("options") or []]
    assert "Not often" in options and "I don't want to say" in options
    assert not {"Hardly ever", "I'd rather not say"} & set(options)
    assert is_other("Something else")
