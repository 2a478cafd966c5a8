"""When a step on an alert happened, as staff type it: a time today ("14:10", "2.10pm"), "yesterday 16:30", or a
day and a time ("5/12 09:15", "5/12/2026 9:15"). Pure: the caller gives the time now, and the time the alert was
raised (nothing was done about it before that). Both are stored UTC; what staff type is UK time, and the moment
returned is UTC again."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from participation.pure.local_time import from_uk, to_uk

# How far back a step may be dated: an alert's record is written within days, not months.
MAX_DAYS_BACK = 31

_TIME = r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>am|pm)?"
_WHEN_RE = re.compile(
    rf"^(?:(?P<yesterday>yesterday)\s*(?:at\s*)?|(?P<tomorrow>tomorrow)\s*(?:at\s*)?|(?P<d>[0-3]?\d)/(?P<mo>[01]?\d)(?:/(?P<y>\d{{2}}|\d{{4}}))?\s*(?:at\s*)?)?{_TIME}$",
    re.I,
)


class WhenError(ValueError):
    """What is wrong with the time typed, in words for the person who typed it."""


NOT_YET = "That time has not happened yet. Record a step once it is done."


def parse_when(text: str, now: datetime, not_before: datetime | None = None) -> datetime | None:
    """The moment typed (UK time) as naive UTC, or None when nothing was typed ("just now"). Never later than
    now, never before `not_before` (when the alert was raised, to the minute), never more than MAX_DAYS_BACK days
    before now. `now` and `not_before` are naive UTC, as stored."""
    now = to_uk(now)
    not_before = to_uk(not_before) if not_before is not None else None
    typed = " ".join((text or "").split())
    if not typed:
        return None
    m = _WHEN_RE.match(typed)
    if not m or (m.group("m") is None and m.group("ampm") is None):
        raise WhenError("Write the time like 14:10, or a day and a time like 5/12 14:10.")
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    if m.group("ampm"):
        if not 1 <= hour <= 12:
            raise WhenError("With am or pm, the hour is 1 to 12, like 2:10pm.")
        hour = hour % 12 + (12 if m.group("ampm").lower() == "pm" else 0)
    day = now.date()
    if m.group("yesterday"):
        day -= timedelta(days=1)
    elif m.group("tomorrow"):
        raise WhenError(NOT_YET)
    elif m.group("d"):
        year = int(m.group("y")) if m.group("y") else now.year
        year += 2000 if year < 100 else 0
        try:
            day = date(year, int(m.group("mo")), int(m.group("d")))
        except ValueError:
            raise WhenError("That day does not exist. Write it like 5/12 for 5 December.") from None
        if not m.group("y") and day > now.date():
            last_year = date(day.year - 1, day.month, day.day) if (day.month, day.day) != (2, 29) else None
            # "30/12" typed on 2 January is last year's; "31/12" typed on 6 December is later this year.
            if last_year is None or last_year < now.date() - timedelta(days=MAX_DAYS_BACK):
                raise WhenError(NOT_YET)
            day = last_year
    at = datetime(day.year, day.month, day.day, hour, minute)
    if at > now + timedelta(minutes=1):
        raise WhenError(NOT_YET)
    if not_before is not None and at < not_before.replace(second=0, microsecond=0):
        on = "" if not_before.date() == now.date() else f" on {not_before.day} {not_before:%B}"
        raise WhenError(f"That is before the alert was raised at {not_before:%H:%M}{on}. Check the time.")
    if at < now - timedelta(days=MAX_DAYS_BACK):
        raise WhenError(f"That is more than {MAX_DAYS_BACK} days ago. Put the date in the note instead.")
    return from_uk(at)
