"""Stored UTC shown and typed as UK time, across the clock changes."""

from __future__ import annotations

from datetime import datetime

from participation.pure.local_time import from_uk, to_uk, uk_format


def test_winter_is_utc_and_summer_an_hour_ahead():
    assert to_uk(datetime(2026, 12, 6, 18, 30)) == datetime(2026, 12, 6, 18, 30)
    assert to_uk(datetime(2026, 7, 6, 18, 30)) == datetime(2026, 7, 6, 19, 30)
    assert to_uk(datetime(2026, 7, 6, 23, 30)) == datetime(2026, 7, 7, 0, 30)


def test_the_clock_changes():
    # 2026: forward at 01:00 UTC on 29 March, back at 01:00 UTC on 25 October.
    assert to_uk(datetime(2026, 3, 29, 0, 59)) == datetime(2026, 3, 29, 0, 59)
    assert to_uk(datetime(2026, 3, 29, 1, 0)) == datetime(2026, 3, 29, 2, 0)
    assert to_uk(datetime(2026, 10, 25, 0, 30)) == datetime(2026, 10, 25, 1, 30)
    assert to_uk(datetime(2026, 10, 25, 1, 30)) == datetime(2026, 10, 25, 1, 30)


def test_back_to_utc():
    assert from_uk(datetime(2026, 7, 6, 19, 30)) == datetime(2026, 7, 6, 18, 30)
    assert from_uk(datetime(2026, 12, 6, 18, 30)) == datetime(2026, 12, 6, 18, 30)
    assert from_uk(datetime(2026, 10, 25, 1, 30)) == datetime(2026, 10, 25, 0, 30)  # the first 01:30 (BST)


def test_format():
    assert uk_format(datetime(2026, 7, 6, 18, 5), "%H:%M") == "19:05"
    assert uk_format(None, "%H:%M") == ""
