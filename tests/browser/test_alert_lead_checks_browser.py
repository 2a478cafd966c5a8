"""The safeguarding lead's third review, in a browser: the alerts list on a phone's first screen with JavaScript off,
and the bar with a link a room still one short bar."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Alert
from tests.app.test_moderation import DISCLOSURE
from tests.browser.conftest import axe_violations, staff_sign_in
from tests.conftest import PASSWORD, Young

LAPTOP = {"width": 1280, "height": 800}


def test_the_alerts_list_is_on_a_phone_s_first_screen_with_its_rules_a_tap_away_without_javascript(
        phone_without_js, live, officer, open_session, app):
    open_session.place = "Youth centre, main hall"
    db.session.commit()
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, DISCLOSURE)
    page = phone_without_js
    staff_sign_in(page, live.url, officer, PASSWORD)
    page.goto(f"{live.url}/staff/alerts")
    assert page.viewport_size == {"width": 360, "height": 740}
    first_row = page.locator(".py-alert-list tbody tr").first.bounding_box()
    assert first_row["y"] + 40 <= 740  # the first alert's time and why it is here show without scrolling
    rules = page.locator("details.py-alert-list-rules")
    assert not rules.evaluate("d => d.open")
    assert not page.get_by_text("Open alerts come first").is_visible()
    page.click("summary:has-text('How this list is ordered')")
    assert rules.evaluate("d => d.open")
    assert page.get_by_text("Open alerts come first", exact=False).is_visible()


def _alerts_in_rooms(make_session, app, rooms: int) -> tuple:
    """An alert in each of `rooms` sessions with long titles and places; the last session and its young person."""
    for n in range(rooms):
        s = make_session(title=f"Children in Care Council, October half-term group {n}")
        s.place = f"Youth centre, main hall, floor {n}"
        db.session.commit()
        y = Young(app.test_client(), s.join_code)
        y.join()
        y.answer(4, DISCLOSURE)
    return s, y


def test_the_bar_with_three_rooms_and_more_stays_one_short_bar_on_a_laptop(laptop, live, officer, make_session, app):
    _alerts_in_rooms(make_session, app, 4)
    first = db.session.execute(select(Alert).order_by(Alert.id)).scalars().first()
    services.close_session(officer, first.session)  # over: the only room the bar may leave to the list
    staff_sign_in(laptop, live.url, officer, PASSWORD)
    laptop.goto(f"{live.url}/staff/")
    assert laptop.locator("#alert-banner .py-alert-banner__link").count() == 3
    assert laptop.locator("#alert-banner .py-alert-banner__more").inner_text() == "and 1 more room with alerts"
    assert laptop.locator("#alert-banner").bounding_box()["height"] <= 80


def test_the_bar_with_three_rooms_is_short_on_a_phone_with_one_link_to_the_list(phone, live, officer, make_session, app):
    s, y = _alerts_in_rooms(make_session, app, 3)
    y.client.post(f"/j/{s.join_code}/q/1/talk")  # and a young person asked to talk: a line of its own
    staff_sign_in(phone, live.url, officer, PASSWORD)
    phone.goto(f"{live.url}/staff/")
    visible = phone.locator("#alert-banner .py-alert-banner a:visible")
    assert visible.all_inner_texts()[0] == "3 possible disclosures in 3 rooms"
    assert visible.first.get_attribute("href") == "/staff/alerts"
    assert visible.count() == 2  # and the most urgent room's link
    assert phone.locator("#alert-banner .py-alert-banner__talk").is_visible()
    assert phone.locator("#alert-banner").bounding_box()["height"] <= 100


def test_an_alert_with_no_lado_contact_and_the_room_s_phones_has_no_serious_accessibility_violations(
        browser, live, officer, make_staff, open_session, app):
    officer.work_phone = "01632 960005"
    db.session.commit()
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, "my foster carer hits me when nobody is home and i dont feel safe")
    alert = db.session.execute(select(Alert)).scalar_one()
    alert.categories = ["abuse"]
    db.session.commit()
    lead = make_staff("safeguarding")
    found = axe_violations(browser, f"{live.url}/staff/alerts/{alert.id}", LAPTOP,
                           lambda page: staff_sign_in(page, live.url, lead, PASSWORD))
    assert found == []
