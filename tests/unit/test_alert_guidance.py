"""What an alert asks staff to do first: urgent steps for suicide or self-harm, the serious categories whose
"no further action" the lead signs off, and the hint that an alert may be about an adult who works with children."""

from __future__ import annotations

import pytest

from participation.pure.alert_guidance import (
    ANONYMOUS_SELF_HARM_STEPS,
    CARE_LEAVER_HEADING,
    ENDED_SELF_HARM_STEPS,
    SELF_HARM_STEPS,
    SEXUAL_ABUSE_HEADING,
    SIGN_OFF_CATEGORIES,
    STAFF_ABUSE_HEADING,
    alert_heading,
    crisis_lines,
    general_steps,
    harm_guidance,
    may_be_about_staff,
    may_be_sexual_abuse,
    needs_sign_off,
    tells_lado,
    urgent_guidance,
)
from participation.pure.theming.taxonomy import DISCLOSURE_CATEGORIES


def test_suicide_or_self_harm_gets_urgent_steps_and_the_four_crisis_lines():
    guidance = urgent_guidance(["abuse", "self-harm-suicide"], known=True)
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


def test_when_nobody_knows_who_wrote_it_the_whole_room_is_told_first_and_the_officer_stays():
    anonymous = urgent_guidance(["self-harm-suicide"])
    assert anonymous.steps == ANONYMOUS_SELF_HARM_STEPS == harm_guidance(["self-harm-suicide"])[0].steps
    first, second, third = anonymous.steps[:3]
    assert first.startswith("Nobody knows who wrote this. Tell the whole room, kindly and without singling anyone out")
    assert '"Talk to someone here today"' in first and "come and speak to you" in first
    assert second == "Stay in the room until the end of the session."
    assert "do not leave them alone" in third
    # Then the same steps as for a young person who is known, for whoever comes forward; the same numbers.
    assert anonymous.steps[3:] == SELF_HARM_STEPS[1:] and anonymous.lines == crisis_lines()
    # A young person who asked to talk shows their number: known, so the steps about them come first, as before.
    assert urgent_guidance(["self-harm-suicide"], known=True).steps == SELF_HARM_STEPS
    assert harm_guidance(["self-harm-suicide"], known=True)[0].steps == SELF_HARM_STEPS
    assert SELF_HARM_STEPS[0].startswith("Do not leave the young person alone")
    for step in ANONYMOUS_SELF_HARM_STEPS[:3]:
        assert len(step.split()) <= 30, step  # short, read standing up


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
    # Neglect, domestic abuse and going missing too (a lead's review: a missing child may be being exploited).
    assert needs_sign_off(["neglect"]) and needs_sign_off(["missing"]) and needs_sign_off(["domestic-abuse"])
    assert not needs_sign_off(["bullying-threats"]) and not needs_sign_off([])


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


def test_abuse_by_someone_who_works_with_children_says_tell_the_lado_today_with_its_number():
    (guide,) = harm_guidance(["abuse"], about_staff=True, lado_phone="01632 960004")
    assert guide.steps[0].startswith("Tell the LADO (Local Authority Designated Officer")
    assert guide.steps[0].endswith("today: 01632 960004.")
    assert "fostering team" in guide.steps[1] and "residential" in guide.steps[1]
    assert "Do not send the young person back" in guide.steps[2] and "before a plan is agreed" in guide.steps[2]
    # However long ago: the screen keeps past harm by such an adult an alert, and the lead is told why.
    assert "long ago" in guide.steps[3] and "may still be looking after children" in guide.steps[3]
    assert harm_guidance(["abuse"], about_staff=True)[0].steps[0].endswith("today.")
    # Abuse not pointing to such an adult, and the kinds without their own guidance: nothing extra.
    assert harm_guidance(["abuse"], about_staff=False) == ()
    assert harm_guidance(["neglect", "missing", "bullying-threats", "domestic-abuse"], about_staff=True) == ()


def test_exploitation_says_999_or_101_and_the_front_door_the_nrm_and_keep_the_phone():
    (guide,) = harm_guidance(["exploitation"])
    text = " ".join(guide.steps)
    assert "999" in text and "101" in text and "front door or the MASH (multi-agency" in text
    assert "county lines (" in text and "National Referral Mechanism" in text and "first responder" in text
    assert "phone and messages as they are" in text


def test_a_risk_to_life_comes_first_among_several_kinds():
    headings = [g.heading for g in harm_guidance(["exploitation", "abuse", "self-harm-suicide"], about_staff=True)]
    assert headings[0].startswith("Possible risk to life") and len(headings) == 3


def test_the_guidance_says_to_tell_the_lado_only_for_abuse_pointing_to_an_adult_who_works_with_children():
    assert tells_lado(["abuse"], about_staff=True)
    assert tells_lado(["neglect", "abuse"], about_staff=True)
    assert not tells_lado(["abuse"], about_staff=False)
    assert not tells_lado(["exploitation"], about_staff=True)
    assert not tells_lado([], about_staff=True)
    # The same rule decides the LADO steps in the guidance.
    assert [g.heading for g in harm_guidance(["abuse"], about_staff=True)] == [STAFF_ABUSE_HEADING]


def test_the_heading_names_the_most_serious_kind_of_harm():
    assert alert_heading(["abuse", "self-harm-suicide"]) == "Possible risk to life: suicide or self-harm, and abuse"
    assert alert_heading(["bullying-threats", "abuse"]) == "Possible abuse, and threats or danger now"
    assert alert_heading(["abuse"], about_staff=True).startswith("Possible abuse by a carer")
    assert alert_heading(["abuse"]) == "Possible abuse"
    assert alert_heading(["exploitation"]) == "Possible exploitation"
    assert alert_heading([]) == "Possible disclosure of harm"
    assert alert_heading([], asked_to_talk=True) == "A young person asked to talk"


def test_a_care_leavers_session_says_where_a_concern_about_a_young_adult_goes():
    headings = [g.heading for g in harm_guidance(["exploitation"], care_leavers=True)]
    assert headings == ["Possible exploitation", CARE_LEAVER_HEADING]
    (adult,) = [g for g in harm_guidance(["abuse"], care_leavers=True) if g.heading == CARE_LEAVER_HEADING]
    assert "adult social care" in adult.steps[0] and "Duty to Notify" in adult.steps[2]
    assert [g.heading for g in harm_guidance(["exploitation"])] == ["Possible exploitation"]
    assert harm_guidance(["bullying-threats"], care_leavers=True) == ()


def test_sexual_abuse_cues_get_their_own_steps_and_heading():
    assert may_be_sexual_abuse(["abuse"], ["touches me at night"])
    assert may_be_sexual_abuse(["abuse"], ["its our secret"])
    assert not may_be_sexual_abuse(["abuse"], ["hits me"])
    assert not may_be_sexual_abuse(["exploitation"], ["touches me"])  # only with the abuse category
    (guide,) = harm_guidance(["abuse", "domestic-abuse"], sexual=True)
    assert guide.heading == SEXUAL_ABUSE_HEADING
    steps = " ".join(guide.steps)
    assert "Do not ask the young person to tell it again" in steps
    assert "Do not tell or confront the adult" in steps
    assert "police today" in steps and "evidence" in steps
    assert harm_guidance(["abuse", "domestic-abuse"]) == ()  # not without the cues
    assert harm_guidance(["neglect"], sexual=True) == ()
    assert alert_heading(["abuse", "domestic-abuse"], sexual=True) == "Possible sexual abuse, and domestic abuse"
    assert alert_heading(["abuse", "domestic-abuse"]) == "Possible abuse, and domestic abuse"
    assert alert_heading(["abuse"], about_staff=True, sexual=True).startswith("Possible abuse by a carer")


# ---- the council's steps under the urgent ones (`general_steps`) ----------------------------------------------------

# The standard officers' steps (`councils.DEFAULT_ALERT_NEXT_STEPS`, checked against them in tests/app).
STANDARD_STEPS = [
    "If anyone is in danger right now, call 999.",
    "Go to the room now; if you are not the officer running the session, find them. If the young person asked to "
    "talk, they will show an adult their number.",
    "Follow the local safeguarding procedure.",
    "Write below what you did, who you spoke to and why.",
]


def test_general_steps_leave_out_999_the_room_and_asking_to_talk_under_anonymous_self_harm():
    steps = STANDARD_STEPS
    anonymous = general_steps(steps, harm_guidance(["self-harm-suicide"]), known=False)
    assert anonymous == steps[2:]
    known = general_steps(steps, harm_guidance(["self-harm-suicide"], known=True), known=True)
    assert known == steps[1:]  # the room and their number stay; 999 is in the urgent steps already
    # No urgent steps: all of them, but a young person who asked to talk is not part of an anonymous alert.
    assert general_steps(steps, harm_guidance(["neglect"]), known=False) == [
        steps[0], "Go to the room now; if you are not the officer running the session, find them.", *steps[2:]]
    assert general_steps(steps, harm_guidance(["neglect"]), known=True) == steps


def test_once_the_session_has_ended_nothing_sends_anyone_to_the_room():
    # A reviewer found "Go to the room now" on alerts from a session that ended last week.
    steps = STANDARD_STEPS
    assert general_steps(steps, harm_guidance(["neglect"], ended=True), known=True, ended=True) == [steps[0], *steps[2:]]
    assert general_steps(steps, harm_guidance(["self-harm-suicide"], ended=True), ended=True) == steps[2:]
    for known in (False, True):
        guide = urgent_guidance(["self-harm-suicide"], known=known, ended=True)
        assert guide.steps == ENDED_SELF_HARM_STEPS and guide.lines == crisis_lines()
        assert not any("room" in step for step in guide.steps)
    assert ENDED_SELF_HARM_STEPS[0].startswith("The session has ended and nobody knows who wrote this.")
    assert ENDED_SELF_HARM_STEPS[2:] == SELF_HARM_STEPS[1:]
    # While it is open, the room as before.
    assert urgent_guidance(["self-harm-suicide"]).steps == ANONYMOUS_SELF_HARM_STEPS


def test_general_steps_keep_a_councils_own_number_beside_999():
    own = ["Call 999 if anyone is in danger now.", "Call 999 if in danger, then ring the MASH on 01234 567890.",
           "Go to the room. Tell the manager on shift."]
    assert general_steps(own, harm_guidance(["self-harm-suicide"]), known=False) == [
        "Call 999 if in danger, then ring the MASH on 01234 567890.", "Tell the manager on shift."]
    # Exploitation's urgent steps say when to call 999 too; the room is not sent away from there.
    assert general_steps(own, harm_guidance(["exploitation"]), known=False) == own[1:]
