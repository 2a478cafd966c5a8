"""What the safeguarding lead asked of the alert pages: urgent steps for suicide or self-harm, the lead's and the
LADO's numbers and 101, nothing lost after a clash or to the close form, the lead's sign-off of a serious "no
further action", late entries on a closed alert, and a printable chronology."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Alert, AlertStep, AuditEvent, Council
from tests.app.test_alerts import SETTINGS, client_for, raise_alert, soup

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


# ---- 2. more numbers to call ---------------------------------------------------------------------


def _numbers(page):
    return [(a.get("data-line", "999"), a["href"]) for a in page.select(".py-next-steps .py-alert-numbers a")]


def _save_numbers(app, make_staff, **extra):
    admin = client_for(app, make_staff, "admin")
    return admin, admin.post("/staff/admin/settings", data={
        **SETTINGS, "alert_contacts-0-label": "Children's services front door", "alert_contacts-0-phone": "01632 960123",
        **extra})


def test_the_lead_on_call_and_the_lado_are_shown_in_their_places_and_101_always(app, make_staff, officer_client, young):
    admin, r = _save_numbers(app, make_staff, alert_lead_phone="07700 900123", alert_lado_phone="+44 (0)1632 960456")
    assert r.status_code == 303
    db.session.expire_all()
    council = db.session.execute(select(Council)).scalars().first()
    assert (council.alert_lead_phone, council.alert_lado_phone) == ("07700 900123", "+44 (0)1632 960456")
    alert = raise_alert(young)  # "my stepdad hits me": not about an adult who works with children
    page = soup(officer_client.get(f"/staff/alerts/{alert.id}"))
    assert _numbers(page) == [("999", "tel:999"), ("lead-on-call", "tel:07700900123"), ("council-1", "tel:01632960123"),
                              ("lado", "tel:+441632960456"), ("police-101", "tel:101")]
    texts = [" ".join(a.get_text().split()) for a in page.select(".py-alert-numbers a")]
    assert texts[1] == "Safeguarding lead on call 07700 900123"
    assert texts[3] == "LADO (allegations against staff or carers) +44 (0)1632 960456"
    assert texts[4] == "Police, not an emergency: 101"
    # The saved numbers fill the settings form again.
    form = soup(admin.get("/staff/admin/settings"))
    assert form.select_one("#alert_lead_phone")["value"] == "07700 900123"
    assert form.select_one("#alert_lado_phone")["value"] == "+44 (0)1632 960456"


def test_the_lado_comes_first_when_the_alert_may_be_about_a_carer(app, make_staff, officer_client, young):
    _save_numbers(app, make_staff, alert_lead_phone="07700 900123", alert_lado_phone="01632 960456")
    alert = raise_alert(young)
    alert.text = "my foster carer hits me when nobody is in"
    db.session.commit()
    page = soup(officer_client.get(f"/staff/alerts/{alert.id}"))
    assert [line for line, _ in _numbers(page)] == ["999", "lado", "lead-on-call", "council-1", "police-101"]


def test_a_lead_or_lado_number_that_cannot_be_dialled_is_refused_and_kept(app, make_staff):
    admin, r = _save_numbers(app, make_staff, alert_lead_phone="ring Sam", alert_lado_phone="01632 960456")
    assert r.status_code == 422
    page = soup(r)
    assert [(a["href"], a.get_text(strip=True)) for a in page.select(".govuk-error-summary a")] == [
        ("#alert_lead_phone", "Use only numbers, spaces, brackets and a + at the start, for example 01632 960123 or +44 1632 960123.")]
    assert page.select_one("#alert_lead_phone")["value"] == "ring Sam"
    assert page.select_one("#alert_lado_phone")["value"] == "01632 960456"
    assert page.select_one("#alert_contacts-0-phone")["value"] == "01632 960123"
    db.session.expire_all()
    council = db.session.execute(select(Council)).scalars().first()
    assert (council.alert_lead_phone, council.alert_lado_phone, council.alert_contacts) == ("", "", [])
