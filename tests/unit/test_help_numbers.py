"""The one file of help lines: every number with the page it was read on and the day."""

from __future__ import annotations

import re
from datetime import date

import pytest

from participation.pure.help_numbers import (
    ADULT,
    ANY_AGE,
    LOCAL,
    MORE,
    UNDER_18,
    PhoneNumberError,
    age_group,
    all_lines,
    asylum_relevant,
    card_line,
    groups,
    lines_for,
    local_line,
    not_happy_leave_out,
    sections_for,
    spoken_digits,
    staff_phone,
    tel_href,
    uk_phone,
    work_phone,
)


def test_every_number_has_its_source_page_and_the_day_it_was_checked():
    for line in all_lines():
        date.fromisoformat(line.checked)
        if line.number:
            assert line.source and line.source.startswith(("https://", "http://")), line.id
            # The link dials exactly the number shown.
            assert re.sub(r"\D", "", line.href.split("?")[0]) == line.number.replace(" ", ""), line.id


def test_each_group_names_only_lines_in_the_file():
    ids = {line.id for line in all_lines()}
    for group, wanted in groups().items():
        assert set(wanted) <= ids, group


def test_care_leavers_get_money_and_advice_lines_and_not_childline_which_is_for_under_19s():
    leavers = [line.id for line in lines_for("care-leavers")]
    assert "childline" not in leavers
    assert {"become", "stepchange", "personal-adviser", "samaritans", "999"} <= set(leavers)
    assert "childline" in [line.id for line in lines_for("children-in-care")]


def test_young_people_seeking_asylum_get_a_line_in_every_group():
    for group in ("children-in-care", "care-leavers", "both"):
        assert "asylum" in [line.id for line in lines_for(group)]


def test_an_unknown_group_gets_the_lines_for_everyone():
    assert lines_for(None) == lines_for("both") == lines_for("no-such-group")


def test_an_age_band_is_read_by_its_first_number():
    assert [age_group(b) for b in ("8 to 11", "12 to 15", "16 to 17", "18 to 21", "22 to 25")] == [UNDER_18] * 3 + [ADULT] * 2
    assert age_group("I don't want to say") is None and age_group(None) is None


def test_a_known_age_gets_one_list_and_an_unknown_one_both_lists_headed():
    [under, more] = sections_for("12 to 15", first="care-leavers")
    assert under.age is None and "childline" in [line.id for line in under.lines]
    # Someone to speak up for them (an advocate, Coram Voice) among a child's first numbers, after Childline.
    assert [line.id for line in under.lines][:2] == ["childline", "coram-voice"]
    # A child's More help: not the care leavers' money and food lines, and not Coram Voice again.
    assert more.age == MORE and not {"stepchange", "food-bank", "coram-voice"} & {line.id for line in more.lines}
    # Help that fits a child in care: their social worker or IRO, never a care leaver's personal adviser.
    assert [line.id for line in more.lines] == ["social-worker", "become"]
    assert sections_for(None, first="children-in-care")[1] == more
    [adult] = sections_for("18 to 21", first="children-in-care")
    assert adult.age is None and "childline" not in [line.id for line in adult.lines]
    # A children in care session: the children's short list, the rest behind "More help", age or no age.
    assert sections_for(None, first="children-in-care") == sections_for("12 to 15", first="children-in-care")
    assert [line.id for line in sections_for(None, first="children-in-care")[0].lines] == [
        "childline", "coram-voice", "samaritans", "shout", "999", "asylum"]
    assert [s.age for s in sections_for("I don't want to say", first="both")] == [UNDER_18, ADULT, ANY_AGE]
    # Every line shown when the age is known is shown when it is not, and no line twice.
    grouped = [line.id for s in sections_for() for line in s.lines]
    assert len(grouped) == len(set(grouped))
    for band in ("12 to 15", "18 to 21"):
        assert {line.id for s in sections_for(band) for line in s.lines} <= set(grouped)


def test_a_phone_number_is_read_aloud_one_digit_at_a_time():
    assert spoken_digits("0800 1111") == "0 8 0 0 1 1 1 1" and spoken_digits("116 123") == "1 1 6 1 2 3"
    assert spoken_digits(None) == ""


def test_a_care_leavers_session_gets_the_care_leavers_lines_without_childline_even_without_an_age():
    # A 20-year-old who skipped "How old are you?" at a care leavers' forum: no Childline (under 19s).
    [section] = sections_for(None, first="care-leavers")
    ids = [line.id for line in section.lines]
    assert section.age is None and "childline" not in ids and {"become", "stepchange", "personal-adviser"} <= set(ids)
    # A younger person there who says their age still gets Childline.
    assert "childline" in [line.id for line in sections_for("12 to 15", first="care-leavers")[0].lines]


def test_the_asylum_line_is_shown_to_care_leavers_only_where_it_is_relevant():
    def ids(band, first, asylum):
        return [line.id for s in sections_for(band, first=first, asylum=asylum) for line in s.lines]

    assert "asylum" not in ids(None, "care-leavers", False) and "asylum" not in ids("18 to 21", "both", False)
    assert "asylum" in ids(None, "care-leavers", True)
    # Children keep it whatever: the line is written for them.
    assert "asylum" in ids("12 to 15", "care-leavers", False) and "asylum" in ids(None, "both", False)
    # Relevant: the page is read in a language from abroad, or the officer offered one.
    assert asylum_relevant("ti") and asylum_relevant("ar", None) and asylum_relevant("en", ["en", "ti"])
    assert not asylum_relevant("en") and not asylum_relevant("cy", ["en", "cy"]) and not asylum_relevant("en", None)


def test_a_councils_own_number_is_a_uk_number_young_people_can_dial():
    assert uk_phone(" 01632  960123 ") == "01632 960123"
    assert uk_phone("020 7946 0000") == "020 7946 0000"
    assert uk_phone("0808 157 0192") == "0808 157 0192"
    assert uk_phone("+44 1632 960123") == "01632 960123"
    for typed, says in (
        ("", "Enter the phone number"),
        ("01632-960123", "only numbers and spaces"),
        ("call 01632 960123", "only numbers and spaces"),
        ("1632 960123", "starts with 0"),
        ("01632 9601", "10 or 11 numbers"),
        ("01632 960123 4", "10 or 11 numbers"),
        ("0906 123 4567", "free or cheap to call"),
        ("0870 123 4567", "free or cheap to call"),
    ):
        with pytest.raises(PhoneNumberError, match=says):
            uk_phone(typed)


def test_a_number_staff_call_from_an_alert_is_checked_loosely_and_dials_what_it_shows():
    for typed, shown, dials in (
        ("999", "999", "tel:999"),
        ("101", "101", "tel:101"),
        (" 111 ", "111", "tel:111"),
        ("0300  123 4567", "0300 123 4567", "tel:03001234567"),
        ("0845 600 1234", "0845 600 1234", "tel:08456001234"),  # duty teams' numbers young people never see
        ("(01632) 960123", "(01632) 960123", "tel:01632960123"),
        ("+44 (0)1632 960123", "+44 (0)1632 960123", "tel:+441632960123"),
        ("+44 1632 960123", "+44 1632 960123", "tel:+441632960123"),
    ):
        assert staff_phone(typed) == shown
        assert tel_href(staff_phone(typed)) == dials
    for typed, says in (
        ("", "Enter the phone number"),
        ("   ", "Enter the phone number"),
        ("01632-960123", "only numbers, spaces, brackets and a \\+ at the start"),
        ("ring 101", "only numbers, spaces, brackets"),
        ("0161 496 0000 ext 12", "only numbers, spaces, brackets"),
        ("01632 + 960123", "a \\+ at the start"),
        ("12", "from 3 to 15 numbers"),
        ("0044 1632 960123 12345", "from 3 to 15 numbers"),
    ):
        with pytest.raises(PhoneNumberError, match=says):
            staff_phone(typed)


def test_the_councils_own_contact_dials_the_number_it_shows_and_is_none_without_one():
    line = local_line("Northshire leaving care team", "01632 960123", "Monday to Friday, 9am to 5pm")
    assert (line.id, line.href, line.what) == (LOCAL, "tel:01632960123", "Monday to Friday, 9am to 5pm")
    assert line.source is None  # typed by the council's staff, not read from the file
    assert local_line("", "", "") is None and local_line("Team", "", "") is None


def test_a_staff_work_phone_is_read_kindly_and_shown_in_the_usual_groups():
    for typed, shown in [
        ("01632 960005", "01632 960005"),
        ("+44 (0)1632-960005", "01632 960005"),
        ("0044 7700 900123", "07700 900123"),
        ("07700900123", "07700 900123"),
        ("(020) 7946 0000", "020 7946 0000"),
        ("0300.123.4567", "0300 123 4567"),
        ("0808 157 019", "0808 157 019"),
    ]:
        assert work_phone(typed) == shown, typed
        assert tel_href(work_phone(typed)) == "tel:" + shown.replace(" ", "")


@pytest.mark.parametrize("typed, says", [
    ("", "Enter the phone number"),
    ("+1 555 0100", "a number from abroad"),
    ("7700 900123", "starts with 0"),
    ("07700 90012", "has 10 numbers. A mobile number has 11 numbers, for example 07700 900123: check for a missing"),
    ("07700 9001234", "check for an extra number"),
    ("020 7946 000", "A number starting 02 has 11 numbers"),
    ("0909 879 0000", "premium rate"),
    ("ext 4012", "Use only numbers"),
])
def test_a_work_phone_that_is_not_a_uk_number_says_what_to_change(typed, says):
    with pytest.raises(PhoneNumberError, match=re.escape(says)):
        work_phone(typed)


def test_the_card_to_keep_names_the_first_number_of_their_own_list_or_for_any_age():
    assert card_line(sections_for("12 to 15")).id == "childline"
    assert card_line(sections_for(None, first="children-in-care")).id == "childline"
    assert card_line(sections_for("18 to 21")).id == "samaritans"
    # Age not known: not Childline (for under 19s) but the first line for any age.
    assert card_line(sections_for(None, first="both")).id == "samaritans"
    # The card says "Free, any time." of it: true of each.
    for line in all_lines():
        if line.id in ("childline", "samaritans"):
            assert line.number and line.what.startswith("Free, any time"), line.id


def test_the_help_page_names_an_advocate_once_in_a_childs_own_list_else_in_the_part_below():
    child = sections_for("12 to 15")
    assert not_happy_leave_out(child) == (["help-at-hand"], ["coram-voice"])
    # A care leaver's list and the lists by age (nobody's age known) leave the advocates to the part below.
    assert not_happy_leave_out(sections_for("18 to 21")) == (["coram-voice", "help-at-hand"], [])
    assert not_happy_leave_out(sections_for(None, first="both")) == (["coram-voice", "help-at-hand"], [])
