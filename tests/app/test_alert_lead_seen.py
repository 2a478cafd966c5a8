"""An alert is escalated 10 minutes after it was raised until a safeguarding lead has seen it (opened it, recorded a
step or closed it), not merely anyone: an officer in the room opening it does not tell the lead. An administrator
counts as the lead when the council has none, as the alert emails do."""

from __future__ import annotations

import importlib.util
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from participation.domain import alerts
from participation.domain.db import db
from participation.domain.models import Alert, AuditEvent
from tests.app.test_alert_emails import outbox
from tests.app.test_alerts import DISCLOSURE, banner, client_for, raise_alert, soup
from tests.conftest import Young

STEP = {"step-action": "spoke-to-young-person", "step-note": "Spoke to them quietly after the session, they are safe tonight."}


def _ten_minutes_on(alert):
    alert = db.session.get(Alert, alert.id)
    alert.raised_at = datetime.utcnow() - timedelta(minutes=11)
    db.session.commit()
    return alert


def _escalated(alert) -> bool:
    db.session.expire_all()
    return db.session.get(Alert, alert.id).escalated


def test_an_alert_only_an_officer_opened_is_still_escalated_and_the_email_says_so(
        app, make_staff, officer, officer_client, young):
    lead, admin = make_staff("safeguarding"), make_staff("admin")
    other_officer = client_for(app, make_staff, "officer")
    alert = raise_alert(young)
    assert officer_client.get(f"/staff/alerts/{alert.id}").status_code == 200
    alert = _ten_minutes_on(alert)
    outbox(app).clear()

    assert alerts.escalate_overdue() == 1
    assert _escalated(alert)
    assert sorted(e.to for e in outbox(app)) == sorted([lead.email, admin.email])
    email = outbox(app)[0]
    assert email.subject.startswith("No safeguarding lead has opened it for 10 minutes")
    assert f"{officer.name} (participation officer) opened it, but no safeguarding lead has opened it in 10 minutes" in email.body
    assert "Nobody has opened it" not in email.body
    # Every officer sees it now, told truly that it was opened but not by a lead.
    link = banner(other_officer).select_one(".py-alert-banner__link").get_text(" ", strip=True)
    assert link.endswith("no safeguarding lead has seen it for 11 minutes") and "not opened" not in link
    # The officer's alert page says who opened it and that no lead has seen it.
    page = soup(officer_client.get(f"/staff/alerts/{alert.id}"))
    assert page.select_one(".py-alert-lead-seen").get_text(" ", strip=True) == (
        f"Not yet: opened by {officer.name} (Participation officer); no safeguarding lead has seen it yet")
    state = soup(officer_client.get("/staff/alerts")).select_one(".py-alert-lead-unseen").get_text(strip=True)
    assert state == "Opened; no safeguarding lead has seen it yet"


def test_an_alert_the_lead_opened_is_not_escalated(app, make_staff, officer_client, young):
    make_staff("admin")
    lead_user = make_staff("safeguarding")
    lead = client_for(app, lambda role: lead_user, "safeguarding")
    alert = raise_alert(young)
    officer_client.get(f"/staff/alerts/{alert.id}")  # the officer first: not enough on its own
    lead.get(f"/staff/alerts/{alert.id}")
    alert = _ten_minutes_on(alert)
    outbox(app).clear()

    assert alerts.escalate_overdue() == 0
    assert not _escalated(alert) and outbox(app) == []
    alert = db.session.get(Alert, alert.id)
    assert alert.lead_seen_by_id == lead_user.id and alert.lead_seen_at >= alert.first_opened_at
    # The record says when the lead first saw it, after the officer's opening.
    kinds = [kind for _, kind, _ in alerts.chronology(alert)]
    assert kinds == ["raised", "opened", "lead-seen"]


def test_an_administrator_opening_it_counts_when_the_council_has_no_lead(app, make_staff, young):
    admin = client_for(app, make_staff, "admin")
    alert = raise_alert(young)
    admin.get(f"/staff/alerts/{alert.id}")
    _ten_minutes_on(alert)
    assert alerts.escalate_overdue() == 0
    assert not _escalated(alert)


def test_an_administrator_opening_it_does_not_count_when_the_council_has_a_lead(app, make_staff, young):
    make_staff("safeguarding")
    admin = client_for(app, make_staff, "admin")
    alert = raise_alert(young)
    admin.get(f"/staff/alerts/{alert.id}")
    _ten_minutes_on(alert)
    assert alerts.escalate_overdue() == 1
    assert _escalated(alert)


def test_a_step_the_lead_records_stops_the_escalation(app, make_staff, officer_client, young):
    lead_user = make_staff("safeguarding")
    lead = client_for(app, lambda role: lead_user, "safeguarding")
    alert = raise_alert(young)
    officer_client.get(f"/staff/alerts/{alert.id}")
    # Straight from the email's link to a step, without the page loaded first (a form kept open, say).
    assert lead.post(f"/staff/alerts/{alert.id}/steps", data=STEP).status_code in (200, 303)
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).lead_seen_by_id == lead_user.id
    _ten_minutes_on(alert)
    assert alerts.escalate_overdue() == 0
    assert not _escalated(alert)


def test_a_step_an_officer_records_does_not_stop_the_escalation(app, make_staff, officer_client, young):
    make_staff("safeguarding")
    alert = raise_alert(young)
    officer_client.post(f"/staff/alerts/{alert.id}/steps", data=STEP)
    _ten_minutes_on(alert)
    assert alerts.escalate_overdue() == 1
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "alert-escalated")).scalar_one()


def _migration():
    path = Path(__file__).parents[2] / "migrations/versions/c4d1e7a9b532_alert_seen_by_a_safeguarding_lead.py"
    spec = importlib.util.spec_from_file_location("lead_seen_migration", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_migration_fills_in_what_a_lead_already_saw_from_the_record(app, make_staff, officer_client, young,
                                                                      open_session):
    lead_user = make_staff("safeguarding")
    lead = client_for(app, lambda role: lead_user, "safeguarding")
    viewed = raise_alert(young)
    officer_client.get(f"/staff/alerts/{viewed.id}")
    lead.get(f"/staff/alerts/{viewed.id}")
    stepped = raise_alert_again(app, open_session)
    officer_client.get(f"/staff/alerts/{stepped.id}")
    lead.post(f"/staff/alerts/{stepped.id}/steps", data=STEP)
    only_officer = raise_alert_again(app, open_session)
    officer_client.get(f"/staff/alerts/{only_officer.id}")
    db.session.expire_all()
    expected = {a.id: (a.lead_seen_at, a.lead_seen_by_id) for a in db.session.execute(select(Alert)).scalars()}
    assert expected[viewed.id][1] == expected[stepped.id][1] == lead_user.id and expected[only_officer.id] == (None, None)
    # As it was before the column: nothing on any alert, then the migration's backfill.
    db.session.execute(Alert.__table__.update().values(lead_seen_at=None, lead_seen_by_id=None))
    db.session.commit()
    with db.engine.begin() as conn:
        _migration().backfill(conn)
    db.session.expire_all()
    filled = {a.id: (a.lead_seen_at, a.lead_seen_by_id) for a in db.session.execute(select(Alert)).scalars()}
    assert {i: by for i, (_, by) in filled.items()} == {i: by for i, (_, by) in expected.items()}
    # The audit log's time of the opening or step, a moment after the app's own.
    for i, (at, _) in filled.items():
        assert (at is None) == (expected[i][0] is None)
        assert at is None or abs(at - expected[i][0]) < timedelta(seconds=1)


def raise_alert_again(app, session):
    """Another young person in the room, another alert."""
    other = Young(app.test_client(), session.join_code)
    other.join()
    other.answer(4, DISCLOSURE)
    db.session.expire_all()
    return db.session.execute(select(Alert).order_by(Alert.id.desc())).scalars().first()
