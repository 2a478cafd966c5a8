"""Safeguarding alerts: who sees them, escalation, closing with an outcome, never in counts."""

from __future__ import annotations

from datetime import datetime, timedelta

from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Alert, Answer, AuditEvent, Council
from tests.app.test_moderation import DISCLOSURE
from tests.conftest import sign_in


def soup(r):
    return BeautifulSoup(r.text, "html.parser")


def raise_alert(young):
    young.answer(4, DISCLOSURE)
    db.session.expire_all()
    return db.session.execute(select(Alert)).scalar_one()


def client_for(app, make_staff, role):
    c = app.test_client()
    sign_in(c, make_staff(role))
    return c


def banner(client):
    return soup(client.get("/staff/alerts/banner", headers={"HX-Request": "true"})).select_one(".py-alert-banner")


def test_safeguarding_lead_and_the_sessions_officers_see_the_banner_at_once(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    other_officer = client_for(app, make_staff, "officer")
    assert banner(lead) is None
    raise_alert(young)
    assert "1 possible disclosure" in banner(lead).get_text()
    assert "1 possible disclosure" in banner(officer_client).get_text()
    assert banner(other_officer) is None  # not running this session, and not yet escalated
    # Every staff page carries it, even without JavaScript.
    page = soup(officer_client.get("/staff/"))
    assert page.select_one("#alert-banner .py-alert-banner") is not None
    assert page.select_one("#alert-banner")["hx-trigger"] == "every 4s"


def test_the_presenter_screen_never_shows_an_alert(officer_client, young, open_session):
    raise_alert(young)
    page = soup(officer_client.get(f"/staff/sessions/{open_session.id}/present"))
    assert page.select_one(".py-alert-banner") is None and page.select_one("#alert-banner") is None
    assert "hits me" not in page.get_text()


def test_an_alert_nobody_opens_in_ten_minutes_goes_to_every_officer_and_the_admin(app, make_staff, young):
    other_officer = client_for(app, make_staff, "officer")
    admin = client_for(app, make_staff, "admin")
    alert = raise_alert(young)
    alert.raised_at = datetime.utcnow() - timedelta(minutes=11)
    db.session.commit()
    assert "not opened for 10 minutes" in banner(other_officer).get_text()
    assert banner(admin) is not None
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "alert-escalated")).scalar_one()


def test_opening_an_alert_shows_words_cues_room_and_is_recorded(app, make_staff, young, open_session):
    open_session.place = "Room 2"
    db.session.commit()
    lead_user = make_staff("safeguarding")
    lead = app.test_client()
    sign_in(lead, lead_user)
    alert = raise_alert(young)
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert page.select_one(".govuk-inset-text [dir=auto]").get_text() == DISCLOSURE
    assert page.select("mark.py-cue")
    assert "Room 2" in page.select_one(".govuk-summary-list").get_text()
    db.session.expire_all()
    alert = db.session.get(Alert, alert.id)
    assert alert.first_opened_by_id == lead_user.id
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "alert-viewed")).scalar_one()


def test_an_alert_closes_only_with_a_recorded_outcome(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "no-further-action", "note": ""})
    assert r.status_code == 422
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": "Referred to the MASH by phone at 14:20, ref given."})
    assert r.status_code == 303
    db.session.expire_all()
    closed = db.session.get(Alert, alert.id)
    assert (closed.state, closed.outcome) == ("closed", "referred") and closed.closed_by_id is not None
    assert banner(lead) is None
    # Closed alerts are kept, never deleted.
    assert soup(lead.get("/staff/alerts")).select_one("tbody tr") is not None


def test_scrutiny_users_and_other_councils_cannot_reach_alerts(app, make_staff, young):

    alert = raise_alert(young)
    scrutiny = client_for(app, make_staff, "scrutiny")
    assert scrutiny.get(f"/staff/alerts/{alert.id}").status_code == 403
    assert scrutiny.get("/staff/alerts/banner").status_code == 403
    db.session.add(Council(name="Elsewhere"))
    db.session.commit()
    elsewhere = app.test_client()
    sign_in(elsewhere, make_staff("safeguarding", council_name="Elsewhere"))
    assert elsewhere.get(f"/staff/alerts/{alert.id}").status_code == 404
    assert banner(elsewhere) is None


def test_an_alerting_answer_is_never_counted_outside_safeguarding(officer_client, runner, young, open_session):
    raise_alert(young)
    # The moderation queue and the bulk approval never reach it.
    queue = soup(officer_client.get(f"/staff/moderation?session={open_session.id}"))
    assert queue.select(".py-mod-item") == []

    held = db.session.execute(select(Answer)).scalar_one()
    officer_client.post("/staff/moderation/bulk-approve", data={"answer_ids": [str(held.id)]})
    officer_client.post(f"/staff/moderation/answers/{held.id}/approve")
    db.session.expire_all()
    assert db.session.get(Answer, held.id).state == "held"


def test_each_council_reads_only_its_own_audit_events(app, make_staff, young):

    raise_alert(young)  # written by nobody signed in: the young person's answer raises it
    db.session.add(Council(name="Elsewhere"))
    db.session.commit()
    app.test_client().post("/staff/sign-in", data={"email": "nobody@nowhere.example", "password": "wrong"})

    def actions(client):
        page = soup(client.get("/staff/admin/audit"))
        return {row.select("td")[2]["data-action"] for row in page.select("tbody tr")}

    here = client_for(app, make_staff, "admin")
    elsewhere = app.test_client()
    sign_in(elsewhere, make_staff("admin", council_name="Elsewhere"))
    assert {"alert-raised", "session-opened", "sign-in-failed"} <= actions(here)
    seen_elsewhere = actions(elsewhere)
    assert "alert-raised" not in seen_elsewhere and "session-opened" not in seen_elsewhere
    # A failed sign-in with an email nobody has belongs to no council: every admin may see it.
    assert "sign-in-failed" in seen_elsewhere
