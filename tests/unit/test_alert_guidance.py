"""What an alert asks staff to do first: urgent steps for suicide or self-harm, the serious categories whose
"no further action" the lead signs off, and the hint that an alert may be about an adult who works with children."""

from __future__ import annotations

import pytest

from participation.pure.alert_guidance import (
    SIGN_OFF_CATEGORIES,
    crisis_lines,
    may_be_about_staff,
    needs_sign_off,
    urgent_guidance,
)
from participation.pure.theming.taxonomy import DISCLOSURE_CATEGORIES


def test_suicide_or_self_harm_gets_urgent_steps_and_the_four_crisis_lines():
    guidance = urgent_guidance(["abuse", "self-harm-suicide"])
    assert guidance is not None
    text = " ".join(guidance.steps)
    assert "Do not leave the young person alone" in text
    assert "999" in text and "A&E" in text and "means or a plan" in text
    assert "only if it is safe" in text
    assert [(line.id, line.href) for line in guidance.lines] == [
        ("samaritans", "tel:116123"), ("shout", "sms:85258?&body=SHOUT"), ("childline", "tel:08001111"),
        ("papyrus", "tel:08000684141")]
    assert [line.link_text for line in guidance.lines] == [
        "Samaritans 116 123", "Text SHOUT to 85258", "Childline 0800 1111", "Papyrus HOPELINE247 0800 068 4141"]


@pytest.mark.parametrize("categories", [[], ["abuse"], ["neglect", "missing"], None])
def test_other_categories_get_no_urgent_steps(categories):
    assert urgent_guidance(categories) is None


def test_every_crisis_line_has_a_source():
    for line in crisis_lines():
        assert line.source and line.source.startswith(("https://", "http://")), line.id


def test_the_serious_categories_are_real_taxonomy_ids():
    assert SIGN_OFF_CATEGORIES <= set(DISCLOSURE_CATEGORIES)
    assert needs_sign_off(["exploitation"]) and needs_sign_off(["neglect", "abuse"])
    assert needs_sign_off(["self-harm-suicide"])
    assert not needs_sign_off(["neglect", "bullying-threats"]) and not needs_sign_off([])


@pytest.mark.parametrize(("words", "about_staff"), [
    ("my foster carer hits me", True),
    ("a teacher touched me", True),
    ("one of the staff at the home locks me in", True),
    ("my key worker shouts and grabs me", True),
    ("my stepdad hits me when mum is out", False),
    ("i miss my mum and i cut myself", False),
    ("", False),
])
def test_an_alert_may_be_about_an_adult_who_works_with_children(words, about_staff):
    assert may_be_about_staff([words]) is about_staff
