"""The safeguarding lead's review of the staff bar and the alerts list at 1280x800: the bar never hides a live
room, the list and the bar's "Most urgent" follow one order said in one sentence, and the list keeps up with the bar."""

from __future__ import annotations

from datetime import datetime, timedelta

from participation.domain import alerts
from participation.domain import sessions as services
from participation.domain.db import db
from participation.web.templating import with_count
from tests.app.test_alerts import (
    DISCLOSURE,
    MODEL_ONLY,
    _alert_in,
    _asks_to_talk,
    _with_risk,
    client_for,
    soup,
)
from tests.conftest import sign_in


def _room_links(client) -> list[tuple[str, str]]:
    found = soup(client.get("/staff/alerts/banner", headers={"HX-Request": "true"}))
    return [(a.get_text(" ", strip=True), a["href"]) for a in found.select(".py-alert-banner__link")]


def _more(client) -> str | None:
    more = soup(client.get("/staff/alerts/banner", headers={"HX-Request": "true"})).select_one(".py-alert-banner__more")
    return more.get_text(strip=True) if more else None


# ---- 1. the bar never hides a live room ------------------------------------------------------------------


def test_a_fresh_alert_in_today_s_live_session_is_named_before_november_s_older_rooms(app, make_staff, make_session):
    lead = client_for(app, make_staff, "safeguarding")
    other = make_staff("officer")
    november = {name: make_session(title=name, user=other) for name in ("Nov A", "Nov B", "Nov C")}
    older = {name: _with_risk(_alert_in(app, s, DISCLOSURE, minutes_ago=60 * 24 * 14 + n), 0.9 - n / 10)
             for n, (name, s) in enumerate(november.items())}
    for s in november.values():
        services.close_session(other, s)  # November's sessions are over; their alerts are still open
    today = make_session(title="Today", user=other)
    fresh = _with_risk(_alert_in(app, today, DISCLOSURE, minutes_ago=0), 0.2)  # the least risky, and the newest
    assert [a.id for a in alerts.open_alerts(make_staff("safeguarding"))][0] == older["Nov A"].id
    links = _room_links(lead)
    assert links[0][0].startswith("Most urgent: Nov A")  # the list's first open alert
    assert links[1] == (links[1][0], f"/staff/alerts/{fresh.id}") and links[1][0].startswith("Today")
    assert links[2][0].startswith("Nov B")  # then the older rooms, the newest first
    assert _more(lead) == "and 1 more room with alerts"  # Nov C: older and quieter


def test_every_session_open_now_is_named_however_many(app, make_staff, make_session):
    lead = client_for(app, make_staff, "safeguarding")
    other = make_staff("officer")
    live = [make_session(title=f"Live {n}", user=other) for n in range(5)]
    for n, s in enumerate(live):
        _alert_in(app, s, DISCLOSURE, minutes_ago=n)
    quiet = make_session(title="Quiet", user=other)
    _alert_in(app, quiet, DISCLOSURE, minutes_ago=1)
    services.close_session(other, quiet)
    links = _room_links(lead)
    assert len(links) == 5 and not any(text.startswith("Quiet") for text, _ in links)
    assert _more(lead) == "and 1 more room with alerts"


def test_among_older_rooms_the_one_with_the_newest_alert_nobody_acted_on_comes_first(app, make_staff, make_session):
    lead_user = make_staff("safeguarding")
    lead = app.test_client()
    sign_in(lead, lead_user)
    other = make_staff("officer")
    rooms = {name: make_session(title=name, user=other) for name in ("First", "Worked", "Waiting", "Old")}
    _with_risk(_alert_in(app, rooms["First"], DISCLOSURE, minutes_ago=90), 0.99)
    worked = _with_risk(_alert_in(app, rooms["Worked"], DISCLOSURE, minutes_ago=5), 0.5)
    _with_risk(_alert_in(app, rooms["Waiting"], DISCLOSURE, minutes_ago=30), 0.5)
    _with_risk(_alert_in(app, rooms["Old"], DISCLOSURE, minutes_ago=80), 0.5)
    old_worked = _with_risk(_alert_in(app, rooms["Old"], DISCLOSURE, minutes_ago=2), 0.5)
    for s in rooms.values():
        services.close_session(other, s)
    alerts.add_step(lead_user, worked, "spoke-to-young-person", "Spoke to them in the room; they are safe tonight.")
    alerts.add_step(lead_user, old_worked, "other", "Rang the MASH about it.")
    # "Worked" has only an alert somebody is working on (5 minutes ago): its newest. "Waiting"'s newest nobody acted
    # on is 30 minutes old; "Old"'s 80 (its newest, 2 minutes old, is being worked on): "Old" is left to the list.
    titles = [text.split(" at ")[0] for text, _ in _room_links(lead)]
    assert titles == ["Most urgent: First", "Worked", "Waiting"]
    assert _more(lead) == "and 1 more room with alerts"


# ---- 2. one order, said in one sentence -------------------------------------------------------------------


def test_the_list_and_the_bar_s_most_urgent_follow_one_order_said_above_the_list(app, make_staff, officer, open_session):
    lead = client_for(app, make_staff, "safeguarding")
    rest_low = _with_risk(_alert_in(app, open_session, DISCLOSURE, minutes_ago=2), 0.30)
    rest_high = _with_risk(_alert_in(app, open_session, DISCLOSURE, minutes_ago=9), 0.70)
    guessed = _with_risk(_alert_in(app, open_session, MODEL_ONLY, minutes_ago=1), 0.40)
    guessed.categories = ["self-harm-suicide"]  # the model's own guess of a risk to life
    db.session.commit()
    talker = _asks_to_talk(app, open_session)
    talker.raised_at = datetime.utcnow() - timedelta(minutes=50)
    db.session.commit()
    found = _with_risk(_alert_in(app, open_session, DISCLOSURE, minutes_ago=40), 0.10)
    found.categories = ["self-harm-suicide"]  # a risk to life the rules found
    db.session.commit()
    # The model's own guess of a risk to life ranks with the rest by its risk score (0.40: between 0.70 and 0.30).
    expected = [found.id, talker.id, rest_high.id, guessed.id, rest_low.id]
    assert [a.id for a in alerts.alerts(make_staff("safeguarding")) if a.is_open] == expected
    assert [a.id for a in alerts.open_alerts(officer)] == expected
    page = soup(lead.get("/staff/alerts"))
    assert [int(r["data-alert"]) for r in page.select("tbody tr")] == expected
    assert page.select_one(".py-alert-order").get_text(strip=True) == alerts.URGENCY_IN_WORDS
    assert alerts.URGENCY_IN_WORDS.startswith("Most urgent first: ")
    (first, *_) = _room_links(lead)
    assert first[1] == f"/staff/alerts/{found.id}" and first[0].startswith("Most urgent: ")


def test_within_a_kind_the_risk_score_comes_before_the_newest(app, make_staff, open_session):
    lead_user = make_staff("safeguarding")
    older_riskier = _with_risk(_alert_in(app, open_session, DISCLOSURE, minutes_ago=30), 0.8)
    newer = _with_risk(_alert_in(app, open_session, DISCLOSURE, minutes_ago=1), 0.4)
    newest_same = _with_risk(_alert_in(app, open_session, DISCLOSURE, minutes_ago=0), 0.4)
    assert [a.id for a in alerts.alerts(lead_user)] == [older_riskier.id, newest_same.id, newer.id]


# ---- 3. the list keeps up with the bar; New; the count in the tab title ------------------------------------


def test_the_list_refreshes_with_the_bar_and_marks_new_rows(app, make_staff, open_session):
    lead_user = make_staff("safeguarding")
    lead = app.test_client()
    sign_in(lead, lead_user)
    seen = _alert_in(app, open_session, DISCLOSURE, minutes_ago=30)
    alerts.view_alert(lead_user, seen)
    unopened = _alert_in(app, open_session, DISCLOSURE, minutes_ago=20)
    page = soup(lead.get("/staff/alerts"))
    live = page.select_one("#alert-list")
    assert live["hx-trigger"] == "every 4s, py-alerts-changed from:body" and live["hx-swap"] == "outerHTML"
    new = {int(r["data-alert"]) for r in page.select("tbody tr") if r.select_one(".py-alert-new")}
    assert new == {unopened.id}  # not opened by anyone yet; the one the lead opened is not new
    # Nothing changed: 204, so htmx swaps nothing (focus stays).
    r = lead.get(live["hx-get"], headers={"HX-Request": "true"})
    assert (r.status_code, r.data) == (204, b"")
    # The bar changes, and tells the list so: the list comes back with the new row first, marked New.
    fresh = _alert_in(app, open_session, DISCLOSURE, minutes_ago=0)
    bar = lead.get("/staff/alerts/banner", headers={"HX-Request": "true"})
    assert bar.status_code == 200 and bar.headers["HX-Trigger"] == "py-alerts-changed"
    r = lead.get(live["hx-get"], headers={"HX-Request": "true"})
    polled = soup(r).select_one("#alert-list")
    assert r.status_code == 200 and [int(t["data-alert"]) for t in polled.select("tbody tr")][0] == fresh.id
    assert {int(t["data-alert"]) for t in polled.select("tbody tr") if t.select_one(".py-alert-new")} == {
        unopened.id, fresh.id}
    assert polled["hx-get"] != live["hx-get"] and "since=" in polled["hx-get"]
    # Opened by someone, but raised since the page was opened: still New on this page.
    alerts.view_alert(lead_user, fresh)
    polled = soup(lead.get(polled["hx-get"], headers={"HX-Request": "true"})).select_one("#alert-list")
    assert fresh.id in {int(t["data-alert"]) for t in polled.select("tbody tr") if t.select_one(".py-alert-new")}
    # A fresh page counts from now: opened by someone and raised before, not New.
    page = soup(lead.get("/staff/alerts"))
    assert {int(r["data-alert"]) for r in page.select("tbody tr") if r.select_one(".py-alert-new")} == {unopened.id}


def test_the_tab_title_counts_open_alerts_nobody_has_opened(app, make_staff, officer_client, open_session):
    lead_user = make_staff("safeguarding")
    lead = app.test_client()
    sign_in(lead, lead_user)
    assert soup(lead.get("/staff/alerts")).title.get_text(strip=True) == "Safeguarding alerts – Participation"
    one = _alert_in(app, open_session, DISCLOSURE, minutes_ago=3)
    _alert_in(app, open_session, DISCLOSURE, minutes_ago=1)
    assert soup(lead.get("/staff/alerts")).title.get_text(strip=True) == "(2) Safeguarding alerts – Participation"
    assert soup(officer_client.get("/staff/")).title.get_text(strip=True).startswith("(2) ")
    # The bar carries the count, so app.js keeps the title up to date as it polls.
    bar = soup(lead.get("/staff/alerts/banner", headers={"HX-Request": "true"}))
    assert bar.select_one("#alert-banner .py-unseen-alerts")["data-unseen"] == "2"
    alerts.view_alert(lead_user, one)
    assert soup(lead.get("/staff/alerts")).title.get_text(strip=True) == "(1) Safeguarding alerts – Participation"
    # The presenter screen, shown to the room, never counts them.
    assert "(" not in soup(officer_client.get(f"/staff/sessions/{open_session.id}/present")).title.get_text()


def test_the_count_goes_after_error_in_a_title():
    assert with_count("Error: Close alert", 2) == "Error: (2) Close alert"
    assert with_count("Safeguarding alerts", 2) == "(2) Safeguarding alerts"
    assert with_count("Safeguarding alerts", 0) == "Safeguarding alerts"
    assert with_count("Tom &amp; Jerry", 1) == "(1) Tom &amp; Jerry"  # already escaped: not escaped twice


def test_an_alert_from_a_session_that_has_ended_sends_nobody_to_the_room(app, make_staff, make_session):
    # A reviewer found "Go to the room now" on the alerts of last week's sessions.
    lead_user = make_staff("safeguarding")
    other = make_staff("officer")
    s = make_session(title="Last week", user=other)
    alert = _alert_in(app, s, DISCLOSURE, minutes_ago=60 * 24 * 7)
    for reader in (other, lead_user):
        client = app.test_client()
        sign_in(client, reader)
        page = soup(client.get(f"/staff/alerts/{alert.id}")).select_one(".py-next-steps").get_text(" ", strip=True)
        assert "the session has ended" not in page and ("Go to the room now" in page) == (reader is other)
    services.close_session(other, s)
    client = app.test_client()
    sign_in(client, other)
    page = soup(client.get(f"/staff/alerts/{alert.id}")).select_one(".py-next-steps").get_text(" ", strip=True)
    assert "(Last week, your session; the session has ended)" in page and "Go to the room" not in page
    assert "Follow the local safeguarding procedure" in page
