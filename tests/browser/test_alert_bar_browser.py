"""The safeguarding lead's review of the bar and the list at 1280x800, in a browser with JavaScript: every session
open now is named in one short bar, the list keeps up with the bar, and the tab title counts unopened alerts."""

from __future__ import annotations

from playwright.sync_api import expect

from participation.domain import alerts
from participation.domain.db import db
from tests.app.test_moderation import DISCLOSURE
from tests.browser.conftest import staff_sign_in
from tests.browser.test_alert_lead_checks_browser import _alerts_in_rooms
from tests.conftest import PASSWORD, Young


def test_four_live_rooms_are_all_named_in_one_short_bar_on_a_laptop(laptop, live, officer, make_session, app):
    _alerts_in_rooms(make_session, app, 4)
    staff_sign_in(laptop, live.url, officer, PASSWORD)
    laptop.goto(f"{live.url}/staff/")
    assert laptop.locator("#alert-banner .py-alert-banner__link").count() == 4  # none hidden: all open now
    assert laptop.locator("#alert-banner .py-alert-banner__more").count() == 0
    assert laptop.locator("#alert-banner").bounding_box()["height"] <= 80


def test_the_list_and_the_tab_title_keep_up_with_the_bar(laptop, live, make_staff, open_session, app):
    lead = make_staff("safeguarding")
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, DISCLOSURE)
    staff_sign_in(laptop, live.url, lead, PASSWORD)
    laptop.goto(f"{live.url}/staff/alerts")
    assert laptop.title() == "(1) Safeguarding alerts – Participation"
    assert laptop.locator("#alert-list tbody tr").count() == 1
    assert laptop.locator("#alert-list .py-alert-new").count() == 1
    # A second young person writes a disclosure while the page is open: the bar, the table and the title follow
    # within one poll (4 seconds), not 60.
    other = Young(app.test_client(), open_session.join_code)
    other.join()
    other.answer(4, DISCLOSURE)
    expect(laptop.locator("#alert-list tbody tr")).to_have_count(2, timeout=9_000)
    assert laptop.locator("#alert-banner .py-alert-banner__all").inner_text() == "2 possible disclosures open"
    assert laptop.locator("#alert-list .py-alert-new").count() == 2
    expect(laptop).to_have_title("(2) Safeguarding alerts – Participation", timeout=9_000)
    # Someone opens both: the count leaves the title; the second stays New on this page (raised since it was opened),
    # the first, raised before, is New no more.
    for alert in alerts.open_alerts(lead):
        alerts.view_alert(lead, alert)
    db.session.commit()
    expect(laptop).to_have_title("Safeguarding alerts – Participation", timeout=9_000)
    expect(laptop.locator("#alert-list .py-alert-new")).to_have_count(1, timeout=9_000)
    newest = max(a.id for a in alerts.alerts(lead))
    assert laptop.locator(f"#alert-list tr[data-alert='{newest}'] .py-alert-new").count() == 1
