"""The safeguarding lead's third review of the alert pages: a sign-off says what the lead checked, a close or
sign-off with no LADO contact recorded on an alert that calls for one, the room's officers' phone numbers, the
list on a phone's first screen, the bar with a link per room, and a clash that keeps the note for a late entry."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Alert, AuditEvent
from tests.app.test_alerts import raise_alert, soup
from tests.conftest import sign_in

NFA = "Checked with the group worker: a song lyric they were quoting, no concern about home."
CHECKED = "Read the officer's note and rang the group worker: agreed, a song lyric."


def _events(action: str) -> list[AuditEvent]:
    return list(db.session.execute(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)).scalars())


def _categorised(alert: Alert, *categories: str) -> Alert:
    alert.categories = list(categories)
    db.session.commit()
    return alert


def _alert(alert_id: int) -> Alert:
    db.session.expire_all()
    return db.session.get(Alert, alert_id)


def _lead(app, make_staff, name="Dee Okafor"):
    user = make_staff("safeguarding")
    user.name = name
    db.session.commit()
    client = app.test_client()
    sign_in(client, user)
    return user, client


# ---- 1. a sign-off says what the lead checked --------------------------------------------------------------


def test_a_sign_off_with_no_note_is_refused_beside_the_box_and_nothing_changes(app, make_staff, officer_client, young):
    _, lead = _lead(app, make_staff)
    alert = _categorised(raise_alert(young), "self-harm-suicide")
    assert officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": NFA}).status_code == 303
    for note in ("", "   ", "ok"):
        r = lead.post(f"/staff/alerts/{alert.id}/sign-off", data={"note": note})
        assert r.status_code == 422
        page = soup(r)
        assert page.select_one(".govuk-error-summary a")["href"] == "#note"
        assert page.select_one("#note-error") is not None
        assert page.select_one("form.py-alert-sign-off-form textarea#note").get_text() == note.strip("\n")
    assert _alert(alert.id).awaiting_sign_off and _events("alert-signed-off") == []
    assert [s.action for s in _alert(alert.id).steps] == []


def test_the_sign_off_note_is_on_the_alert_in_its_record_in_print_and_in_the_audit_log(app, make_staff, officer_client, young):
    lead_user, lead = _lead(app, make_staff)
    alert = _categorised(raise_alert(young), "abuse")
    officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "no-further-action", "note": NFA})
    assert lead.post(f"/staff/alerts/{alert.id}/sign-off", data={"note": CHECKED}).status_code == 303
    done = _alert(alert.id)
    assert done.state == "closed"
    (signed,) = [s for s in done.steps if s.action == "signed-off"]
    assert signed.note == CHECKED
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert page.select_one(".py-alert-closed .py-alert-sign-off-note").get_text(strip=True) == CHECKED
    (step,) = [li for li in page.select(".py-alert-record .py-alert-step") if li["data-action"] == "signed-off"]
    assert step.select_one(".py-alert-step__note").get_text(strip=True) == CHECKED
    printed = soup(lead.get(f"/staff/alerts/{alert.id}/print"))
    (row,) = printed.select("tr[data-kind=step][data-action=signed-off]")
    assert row.select("td")[-1].get_text(strip=True) == CHECKED
    (event,) = _events("alert-signed-off")
    assert (event.actor_id, event.detail["note"]) == (lead_user.id, CHECKED)
