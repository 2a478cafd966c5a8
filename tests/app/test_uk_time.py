"""Staff read alert times in UK time: the database keeps UTC, and in summer the UK is an hour ahead."""

from __future__ import annotations

from datetime import datetime

from participation.domain.db import db
from tests.app.test_alerts import DISCLOSURE, _alert_in, client_for, soup

SUMMER = datetime(2026, 7, 6, 13, 5)  # 14:05 in the UK


def test_a_summer_alert_reads_in_uk_time_on_its_page_the_list_and_in_print(app, make_staff, open_session):
    lead = client_for(app, make_staff, "safeguarding")
    alert = _alert_in(app, open_session, DISCLOSURE, minutes_ago=0)
    alert.raised_at = SUMMER
    db.session.commit()
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert "6 July 2026 at 14:05" in page.get_text(" ", strip=True)
    assert page.select_one(".py-alert-chronology time, time")["datetime"] == "2026-07-06T14:05"
    listed = soup(lead.get("/staff/alerts")).select_one(f'tr[data-alert="{alert.id}"]').get_text(" ", strip=True)
    assert "6 Jul 2026, 14:05" in listed
    printed = soup(lead.get(f"/staff/alerts/{alert.id}/print"))
    assert "6 July 2026 at 14:05" in printed.get_text(" ", strip=True)
    assert "All times are UK time." in printed.select_one(".py-print__printed").get_text()
    assert "13:05" not in printed.get_text()


def test_a_winter_alert_reads_as_stored(app, make_staff, open_session):
    lead = client_for(app, make_staff, "safeguarding")
    alert = _alert_in(app, open_session, DISCLOSURE, minutes_ago=0)
    alert.raised_at = datetime(2026, 12, 6, 13, 5)
    db.session.commit()
    assert "6 December 2026 at 13:05" in soup(lead.get(f"/staff/alerts/{alert.id}")).get_text(" ", strip=True)
