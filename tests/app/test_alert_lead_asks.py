"""What the safeguarding lead asked of the alert pages: urgent steps for suicide or self-harm, the lead's and the
LADO's numbers and 101, nothing lost after a clash or to the close form, the lead's sign-off of a serious "no
further action", late entries on a closed alert, and a printable chronology."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Alert, AlertStep, AuditEvent
from tests.app.test_alerts import client_for, raise_alert, soup

SPOKE = "Spoke to them in the side room at 14:10 with the youth worker. They want to talk again tomorrow."
CLOSING = "Talked with them and their carer: a falling out, now sorted, nothing more to do."


def _with_categories(young, *categories) -> Alert:
    alert = raise_alert(young)
    alert.categories = list(categories)
    db.session.commit()
    return alert


def _events(action: str) -> list[AuditEvent]:
    return list(db.session.execute(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)).scalars())


def _steps(alert_id: int) -> list[AlertStep]:
    db.session.expire_all()
    return list(db.session.get(Alert, alert_id).steps)


# ---- 1. suicide or self-harm ---------------------------------------------------------------------


def test_a_self_harm_alert_shows_the_urgent_steps_first_with_the_crisis_lines(app, officer_client, young):
    alert = _with_categories(young, "self-harm-suicide")
    page = soup(officer_client.get(f"/staff/alerts/{alert.id}"))
    section = page.select_one(".py-next-steps")
    urgent = section.select_one(".py-alert-urgent")
    assert urgent is not None
    # At the top of what to do now: before the room, the numbers and the council's steps.
    assert section.find_all(["div", "p", "ol"], recursive=False)[0] is urgent
    steps = [li.get_text(strip=True) for li in urgent.select(".py-alert-urgent__steps li")]
    assert steps[0].startswith("Do not leave the young person alone")
    assert "call 999, or take them to A&E now" in steps[1]
    assert "only if it is safe" in steps[2]
    links = {li["data-line"]: li.select_one("a")["href"] for li in urgent.select(".py-alert-urgent__lines li")}
    assert links == {"samaritans": "tel:116123", "shout": "sms:85258?&body=SHOUT", "childline": "tel:08001111",
                     "papyrus": "tel:08000684141"}


def test_other_alerts_and_closed_ones_show_no_urgent_steps(app, make_staff, officer_client, young):
    alert = _with_categories(young, "abuse")
    assert soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one(".py-alert-urgent") is None
    alert.categories = ["self-harm-suicide"]
    db.session.commit()
    lead = client_for(app, make_staff, "safeguarding")
    assert lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": CLOSING}).status_code == 303
    assert soup(lead.get(f"/staff/alerts/{alert.id}")).select_one(".py-alert-urgent") is None
