"""When a step on an alert happened, as typed by staff."""

from __future__ import annotations

from datetime import datetime

import pytest

from participation.pure.when import WhenError, parse_when

NOW = datetime(2026, 12, 6, 18, 30)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", None),
        ("   ", None),
        ("14:10", datetime(2026, 12, 6, 14, 10)),
        ("9.05", datetime(2026, 12, 6, 9, 5)),
        ("2:10pm", datetime(2026, 12, 6, 14, 10)),
        ("12am", datetime(2026, 12, 6, 0, 0)),
        ("yesterday 16:30", datetime(2026, 12, 5, 16, 30)),
        ("Yesterday at 4pm", datetime(2026, 12, 5, 16, 0)),
        ("5/12 09:15", datetime(2026, 12, 5, 9, 15)),
        ("5/12/2026 at 9:15", datetime(2026, 12, 5, 9, 15)),
        ("30/11/26 23:59", datetime(2026, 11, 30, 23, 59)),
    ],
)
def test_times_staff_type_are_read(typed, expected):
    assert parse_when(typed, NOW) == expected


def test_a_day_later_in_the_year_is_last_year():
    assert parse_when("30/12 10:00", datetime(2027, 1, 2, 9, 0)) == datetime(2026, 12, 30, 10, 0)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("teatime", "Write the time like 14:10"),
        ("14", "Write the time like 14:10"),
        ("25:10", "Write the time like 14:10"),
        ("13pm", "the hour is 1 to 12"),
        ("31/11 10:00", "That day does not exist"),
        ("19:00", "has not happened yet"),
        ("1/10/2026 10:00", "more than 31 days ago"),
    ],
)
def test_times_that_cannot_be_read_or_cannot_be_right_are_refused(typed, says):
    with pytest.raises(WhenError, match=says):
        parse_when(typed, NOW)


@pytest.mark.parametrize("typed", ["31/12 23:00", "7/12 09:00", "tomorrow 10:00", "Tomorrow at 9am", "19:00"])
def test_a_time_later_this_year_or_tomorrow_has_not_happened_yet(typed):
    with pytest.raises(WhenError, match="^That time has not happened yet"):
        parse_when(typed, NOW)


def test_a_step_before_the_alert_was_raised_is_refused_with_the_alert_s_time():
    raised = datetime(2026, 12, 6, 17, 58, 40)
    with pytest.raises(WhenError) as e:
        parse_when("17:57", NOW, not_before=raised)
    assert str(e.value) == "That is before the alert was raised at 17:58. Check the time."
    assert parse_when("17:58", NOW, not_before=raised) == datetime(2026, 12, 6, 17, 58)  # the same minute is fine
    with pytest.raises(WhenError, match="^That is before the alert was raised at 20:58 on 5 December. Check"):
        parse_when("yesterday 20:00", NOW, not_before=datetime(2026, 12, 5, 20, 58))


# In summer UK time is an hour ahead of the UTC the database keeps: staff type and read UK time.
SUMMER_NOW = datetime(2026, 7, 6, 13, 30)  # 14:30 in the UK


def test_a_summer_time_is_read_as_uk_time_and_stored_as_utc():
    assert parse_when("14:10", SUMMER_NOW) == datetime(2026, 7, 6, 13, 10)
    assert parse_when("yesterday 00:30", SUMMER_NOW) == datetime(2026, 7, 4, 23, 30)


def test_a_summer_time_later_than_now_in_the_uk_has_not_happened():
    with pytest.raises(WhenError, match="not happened yet"):
        parse_when("14:45", SUMMER_NOW)


def test_the_raising_time_is_given_back_in_uk_time():
    with pytest.raises(WhenError, match="raised at 14:00"):
        parse_when("13:30", SUMMER_NOW, not_before=datetime(2026, 7, 6, 13, 0))
