"""Who sees and closes an alert: an administrator only what was escalated to them (all of them when the council
has no safeguarding lead); an officer who does not run the session sees an escalated alert to help, not to close."""

from __future__ import annotations

from participation.domain import alerts
from participation.domain.db import db
from participation.domain.models import Alert
from tests.app.test_alerts import client_for, escalate, raise_alert, soup


def test_an_administrator_sees_an_alert_only_once_it_is_escalated_to_them(app, make_staff, young):
    make_staff("safeguarding")
    admin = client_for(app, make_staff, "admin")
    alert = raise_alert(young)
    assert admin.get(f"/staff/alerts/{alert.id}").status_code == 404
    assert soup(admin.get("/staff/alerts")).select("tbody tr") == []
    escalate(alert)
    assert admin.get(f"/staff/alerts/{alert.id}").status_code == 200


def test_with_no_safeguarding_lead_the_administrator_sees_every_alert(app, make_staff, young):
    admin = client_for(app, make_staff, "admin")
    alert = raise_alert(young)
    assert admin.get(f"/staff/alerts/{alert.id}").status_code == 200


def test_an_officer_of_another_session_can_record_a_step_on_an_escalated_alert_but_not_close_it(
        app, make_staff, young):
    make_staff("safeguarding")
    other = client_for(app, make_staff, "officer")
    alert = raise_alert(young)
    escalate(alert)
    page = soup(other.get(f"/staff/alerts/{alert.id}"))
    assert page.select_one("#close") is None and page.select_one(".py-alert-not-yours") is not None
    r = other.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "no-further-action", "note": "Nothing in it, I checked."})
    assert r.status_code == 422 and alerts.NOT_YOURS_TO_CLOSE in soup(r).get_text(" ", strip=True)
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).is_open
    step = other.post(f"/staff/alerts/{alert.id}/steps", data={
        "step-action": "rang-room", "step-note": "Rang the room, the officer is with the young person."})
    assert step.status_code == 303
