"""When a step on an alert happened, as staff type it: a time today ("14:10", "2.10pm"), "yesterday 16:30", or a
day and a time ("5/12 09:15", "5/12/2026 9:15"). Pure: the caller gives the time now."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

# How far back a step may be dated: an alert's record is written within days, not months.
MAX_DAYS_BACK = 31

_TIME = r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>am|pm)?"
_WHEN_RE = re.compile(
    rf"^(?:(?P<yesterday>yesterday)\s*(?:at\s*)?|(?P<d>[0-3]?\d)/(?P<mo>[01]?\d)(?:/(?P<y>\d{{2}}|\d{{4}}))?\s*(?:at\s*)?)?{_TIME}$",
    re.I,
)


class WhenError(ValueError):
    """What is wrong with the time typed, in words for the person who typed it."""


def parse_when(text: str, now: datetime) -> datetime | None:
    """The moment typed, or None when nothing was typed ("just now"). Never later than now, never more than
    MAX_DAYS_BACK days before it."""
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
    elif m.group("d"):
        year = int(m.group("y")) if m.group("y") else now.year
        year += 2000 if year < 100 else 0
        try:
            day = date(year, int(m.group("mo")), int(m.group("d")))
        except ValueError:
            raise WhenError("That day does not exist. Write it like 5/12 for 5 December.") from None
        if not m.group("y") and day > now.date():
            day = day.replace(year=now.year - 1)  # "30/12" typed on 2 January
    at = datetime(day.year, day.month, day.day, hour, minute)
    if at > now + timedelta(minutes=1):
        raise WhenError("That time has not happened yet. Record a step once it is done.")
    if at < now - timedelta(days=MAX_DAYS_BACK):
        raise WhenError(f"That is more than {MAX_DAYS_BACK} days ago. Put the date in the note instead.")
    return at
