"""Quotes with details that could point to one young person are flagged for an officer to check."""

from __future__ import annotations

from participation.pure.reidentify import rare_details, word_counts


def test_ages_counts_and_rare_life_events_are_flagged():
    assert any("an age" in r for r in rare_details("i was 6 and nobody ever explained it. im 16 now"))
    assert any("count" in r for r in rare_details("in my hostel i share a kitchen with 12 people"))
    assert any("count" in r for r in rare_details("honestly its a joke. 7 social workers since i was 9"))
    assert any("life event" in r for r in rare_details("my little girl 💕"))
    assert any("life event" in r for r in rare_details("she was there for me when i was pregnant"))


def test_an_ordinary_quote_is_not_flagged():
    assert rare_details("my foster carers are the best they treat me like family") == []
    assert rare_details("tell us before stuff changes not after") == []


def test_a_word_nobody_else_used_is_flagged_only_in_a_big_enough_set():
    others = ["my social worker changed again and again"] * 60
    counts = word_counts(others + ["my social worker took me to wimbledon"])
    assert any("wimbledon" in r for r in rare_details("my social worker took me to wimbledon", counts))
    assert not any("social" in r for r in rare_details("my social worker took me to wimbledon", counts))
    small = word_counts(["my social worker took me to wimbledon"])
    assert rare_details("my social worker took me to wimbledon", small) == []


def test_an_everyday_word_used_once_is_not_flagged():
    counts = word_counts(["my social worker changed again and again"] * 60 + ["its so annoying"])
    assert rare_details("its so annoying", counts) == []


def test_the_age_care_ends_is_shared_by_every_care_leaver_and_not_flagged():
    assert rare_details("dont just drop us at 18 we still need people") == []
    assert any("number" in r for r in rare_details("i had the same pa for 2 years"))
