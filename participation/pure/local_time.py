"""Times as staff in England read and type them. The database keeps naive UTC (`datetime.utcnow()`); pages show
and forms take UK time, which is an hour ahead of UTC from the last Sunday in March to the last Sunday in
October. Only `uk_today` reads the clock.

Times on answers are never stored (only the day); these are for staff records: alerts, decisions, the audit log."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")


def to_uk(utc: datetime) -> datetime:
    """A naive UTC time as naive UK time."""
    return utc.replace(tzinfo=UTC).astimezone(UK).replace(tzinfo=None)


def from_uk(local: datetime) -> datetime:
    """A naive UK time as naive UTC. In the hour the clocks go back, the first of the two (British Summer Time);
    a time in the hour skipped when they go forward is read as if the clocks had not changed yet."""
    return local.replace(tzinfo=UK, fold=0).astimezone(UTC).replace(tzinfo=None)


def uk_format(utc: datetime | None, fmt: str) -> str:
    """A stored time in UK time, formatted with strftime; "" for none."""
    return to_uk(utc).strftime(fmt) if utc is not None else ""


def uk_today() -> date:
    """Today's date in the UK (from 00:00 to 01:00 in summer it is already tomorrow in the UK, not yet in UTC)."""
    return to_uk(datetime.utcnow()).date()
