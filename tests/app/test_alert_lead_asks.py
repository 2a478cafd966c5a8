"""What the safeguarding lead asked of the alert pages: urgent steps for suicide or self-harm, the lead's and the
LADO's numbers and 101, nothing lost after a clash or to the close form, the lead's sign-off of a serious "no
further action", late entries on a closed alert, and a printable chronology."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Alert, AlertStep, AuditEvent, Council
from tests.app.test_alerts import DISCLOSURE, SETTINGS, _alert_in, banner, client_for, raise_alert, soup
from tests.conftest import PASSWORD, make_app, sign_in

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
    # At the top of what to do now, before the council's steps: only the room and the numbers come first.
    parts = section.find_all(["div", "p", "ol", "h2"], recursive=False)
    heading = parts.index(section.select_one("#next-steps"))
    assert parts[0]["class"][-1] == "py-alert-room" and section.select_one(".py-alert-numbers") in parts[:heading]
    assert parts[heading + 1] is urgent
    steps = [li.get_text(strip=True) for li in urgent.select(".py-alert-urgent__steps li")]
    # Nobody knows who wrote it: first the whole room is told how to ask for help, and the officer stays.
    assert steps[0].startswith("Nobody knows who wrote this. Tell the whole room")
    assert steps[1] == "Stay in the room until the end of the session."
    assert steps[2].startswith("If a young person comes to you, do not leave them alone")
    assert "call 999, or take them to A&E now" in steps[3]
    assert "only if it is safe" in steps[4]
    links = {li["data-line"]: li.select_one("a")["href"] for li in urgent.select(".py-alert-urgent__lines li")}
    assert links == {"samaritans": "tel:116123", "shout": "sms:85258?&body=SHOUT", "childline": "tel:08001111",
                     "papyrus": "tel:08000684141"}


def test_other_alerts_and_closed_ones_show_no_urgent_steps(app, make_staff, officer_client, young):
    alert = _with_categories(young, "abuse")
    assert soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one(".py-alert-urgent") is None
    alert.categories = ["self-harm-suicide"]
    db.session.commit()
    lead = client_for(app, make_staff, "safeguarding")
    assert lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": CLOSING, "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."}).status_code == 303
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


# ---- 3. nothing lost after a clash ----------------------------------------------------------------

POLICE = "Told the police on 101 at 16:30, reference 88812. They will visit the home tomorrow."


def _hidden(form) -> dict:
    return {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}


def _raised_two_days_ago(young) -> Alert:
    """An alert raised before "yesterday 16:30": a step cannot be dated before its alert."""
    alert = raise_alert(young)
    alert.raised_at = datetime.utcnow() - timedelta(days=2)
    db.session.commit()
    return alert


def test_a_step_sent_after_someone_closed_the_alert_keeps_the_action_and_time_and_can_be_a_late_entry(
        app, make_staff, officer, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = _raised_two_days_ago(young)
    assert lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": CLOSING, "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."}).status_code == 303
    r = officer_client.post(f"/staff/alerts/{alert.id}/steps",
                            data={"step-action": "police", "step-note": POLICE, "step-when": "yesterday 16:30"})
    assert r.status_code == 409
    page = soup(r)
    box = page.select_one(".py-alert-unsaved")
    assert box.select_one("[data-kept=action]").get_text(strip=True) == "Told the police"
    assert box.select_one("[data-kept=when]").get_text(strip=True) == "yesterday 16:30"
    assert box.select_one("#unsaved-note").get_text() == POLICE
    assert "Ask the safeguarding lead to reopen" in box.get_text()
    # The late entry form below comes filled with the step, ready to send as it is.
    late = page.select_one("form.py-alert-late-form")
    assert late.select_one("input[name=step-action][checked]")["value"] == "police"
    assert late.select_one("#step-when")["value"] == "yesterday 16:30"
    assert late.select_one("#step-note").get_text() == POLICE
    assert page.select_one("form.py-alert-reopen-step-form") is None  # only the lead reopens
    assert _steps(alert.id) == []
    data = {**_hidden(late), "step-action": "police", "step-note": POLICE, "step-when": "yesterday 16:30"}
    assert officer_client.post(late["action"], data=data).status_code == 303
    (step,) = _steps(alert.id)
    assert (step.action, step.late, step.author_id, step.happened_at.hour) == ("police", True, officer.id, 16)


def test_a_close_sent_after_someone_closed_it_keeps_the_outcome_and_note(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": CLOSING, "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})
    r = officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": "Talked to them at the end."})
    assert r.status_code == 409
    box = soup(r).select_one(".py-alert-unsaved")
    assert box.select_one("[data-kept=outcome]").get_text(strip=True) == "Talked to the young person"
    assert box.select_one("#unsaved-close-note").get_text() == "Talked to them at the end."
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).outcome == "referred"


def test_the_lead_reopens_and_adds_the_kept_step_in_one_go(app, make_staff, officer_client, young):
    lead_user = make_staff("safeguarding")
    lead = app.test_client()
    sign_in(lead, lead_user)
    alert = _raised_two_days_ago(young)
    officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": CLOSING, "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})
    r = lead.post(f"/staff/alerts/{alert.id}/steps",
                  data={"step-action": "police", "step-note": POLICE, "step-when": "yesterday 16:30"})
    assert r.status_code == 409
    page = soup(r)
    assert "Reopen the alert below" in page.select_one(".py-alert-unsaved").get_text()
    form = page.select_one("form.py-alert-reopen-step-form")
    assert form["action"] == f"/staff/alerts/{alert.id}/reopen-with-step"
    hidden = _hidden(form)
    assert (hidden["kept-action"], hidden["kept-note"], hidden["kept-when"]) == ("police", POLICE, "yesterday 16:30")
    # No reason: refused beside the box, with the kept step still shown and still carried.
    r = lead.post(form["action"], data={**hidden, "kept-reason": ""})
    assert r.status_code == 422
    page = soup(r)
    assert page.select_one(".govuk-error-summary a")["href"] == "#kept-reason"
    assert page.select_one("#unsaved-note").get_text() == POLICE
    assert _hidden(page.select_one("form.py-alert-reopen-step-form"))["kept-note"] == POLICE
    db.session.expire_all()
    assert not db.session.get(Alert, alert.id).is_open

    r = lead.post(form["action"], data={**hidden, "kept-reason": "The police need telling: more to do on this one."})
    assert r.status_code == 303
    db.session.expire_all()
    reopened = db.session.get(Alert, alert.id)
    assert reopened.is_open
    assert [(s.action, s.late) for s in reopened.steps] == [("closed-for-sign-off", False), ("reopened", False),
                                                         ("police", False)]
    police = reopened.steps[-1]
    assert (police.author_id, police.note, police.happened_at.hour, police.happened_at.minute) == (lead_user.id, POLICE, 16, 30)
    assert [e.actor_id for e in _events("alert-reopened")] == [lead_user.id]
    assert [e.detail["step_action"] for e in _events("alert-step")] == ["police"]


def test_only_the_lead_may_reopen_and_add(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": CLOSING, "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})
    r = officer_client.post(f"/staff/alerts/{alert.id}/reopen-with-step", data={
        "kept-action": "police", "kept-note": POLICE, "kept-when": "", "kept-reason": "More to do on this alert."})
    assert r.status_code == 403
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).state == "closed" and _steps(alert.id) == []


# ---- 4. a half-written step is not lost to the close ----------------------------------------------


def test_the_step_and_the_close_are_one_form_with_two_buttons_that_work_without_javascript(app, officer_client, young):
    alert = raise_alert(young)
    (form,) = soup(officer_client.get(f"/staff/alerts/{alert.id}")).select("main form")
    assert (form["method"], form["action"]) == ("post", f"/staff/alerts/{alert.id}/steps")
    assert [a for a in form.attrs if a.startswith(("hx-", "data-hx"))] == []
    buttons = form.select("button")
    assert [(b.get_text(strip=True), b.get("formaction")) for b in buttons] == [
        ("Record this step", None), ("Close the alert", f"/staff/alerts/{alert.id}/close")]
    assert {b.get("type", "submit") for b in buttons} == {"submit"}
    names = {i["name"] for i in form.select("input[name], textarea[name]")}
    assert {"step-action", "step-note", "step-when", "outcome", "note"} <= names


def test_pressing_close_with_a_finished_step_records_the_step_then_closes(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={
        "step-action": "spoke-to-young-person", "step-note": SPOKE, "step-when": "",
        "outcome": "talked", "note": CLOSING})
    assert r.status_code == 303
    db.session.expire_all()
    closed = db.session.get(Alert, alert.id)
    assert (closed.state, closed.outcome) == ("closed", "talked")
    assert [(s.action, s.note, s.late) for s in closed.steps] == [("spoke-to-young-person", SPOKE, False)]
    assert [e.detail["step_action"] for e in _events("alert-step")] == ["spoke-to-young-person"]
    assert "Your step was recorded, then the alert was closed" in soup(lead.get(r.location)).select_one(
        ".govuk-notification-banner").get_text()


def test_pressing_close_with_a_half_written_step_does_nothing_and_keeps_everything(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={
        "step-action": "", "step-note": "rang the police", "step-when": "", "outcome": "talked", "note": CLOSING})
    assert r.status_code == 422
    page = soup(r)
    assert [a["href"] for a in page.select(".govuk-error-summary a")] == ["#step-action"]
    assert "The alert is not closed yet" in page.select_one(".py-alert-step-first").get_text()
    assert page.select_one("#step-note").get_text() == "rang the police"
    assert page.select_one("#note").get_text() == CLOSING
    assert page.select_one("input[name=outcome][checked]")["value"] == "talked"
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).is_open and _steps(alert.id) == []
    assert _events("alert-closed") == []


def test_recording_a_step_keeps_a_close_half_written_below_it_and_a_resend_records_it_once(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    data = {"step-action": "spoke-to-young-person", "step-note": SPOKE, "step-when": "", "outcome": "", "note": "Talked to"}
    r = lead.post(f"/staff/alerts/{alert.id}/steps", data=data)
    assert r.status_code == 200
    page = soup(r)
    assert "your closing note below is not sent yet" in page.select_one(".govuk-notification-banner").get_text()
    assert page.select_one("#note").get_text() == "Talked to"
    assert page.select_one("#step-note").get_text() == ""  # recorded: the step's boxes are empty again
    # The browser sends the same page again (refresh): the step is not recorded twice.
    assert lead.post(f"/staff/alerts/{alert.id}/steps", data=data).status_code == 200
    assert [s.action for s in _steps(alert.id)] == ["spoke-to-young-person"]
    assert db.session.get(Alert, alert.id).is_open


# ---- 5. the lead's sign-off ----------------------------------------------------------------------

NFA = "Checked with the group worker: a song lyric they were quoting, no concern about home."


def test_an_officers_no_further_action_on_a_serious_alert_waits_for_the_leads_sign_off(
        app, make_staff, officer, officer_client, young):
    lead_user = make_staff("safeguarding")
    lead = app.test_client()
    sign_in(lead, lead_user)
    alert = _with_categories(young, "abuse")
    r = officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "no-further-action", "note": NFA})
    assert r.status_code == 303
    assert "waiting for the safeguarding lead's sign-off" in soup(officer_client.get(r.location)).select_one(
        ".govuk-notification-banner").get_text()
    db.session.expire_all()
    waiting = db.session.get(Alert, alert.id)
    assert (waiting.state, waiting.outcome, waiting.closed_by_id) == ("signoff", "no-further-action", officer.id)
    assert waiting.answer.state == "held"  # not back in moderation until the lead agrees
    (closed,) = _events("alert-closed")
    assert (closed.actor_id, closed.detail["awaiting_sign_off"]) == (officer.id, True)

    # The list and the bar show it to the lead; the officer's bar does not ask them to sign anything.
    row = soup(lead.get("/staff/alerts")).select_one(f"tr[data-alert='{alert.id}'] .py-alert-sign-off-tag")
    assert row.get_text(strip=True) == "Closed by officer, waiting for the lead's sign-off"
    bar = soup(lead.get("/staff/alerts/banner", headers={"HX-Request": "true"})).select_one(".py-sign-off-banner a")
    assert (bar.get_text(strip=True), bar["href"]) == (
        "1 alert closed by an officer, waiting for your sign-off", f"/staff/alerts/{alert.id}")
    assert soup(officer_client.get("/staff/alerts/banner", headers={"HX-Request": "true"})).select_one(".py-sign-off-banner") is None

    # While it waits, the lead still has the room and the numbers to call (the LADO before signing off).
    lead_page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert lead_page.select_one(".py-alert-room") is not None and lead_page.select(".py-alert-numbers a")
    officer_page = soup(officer_client.get(f"/staff/alerts/{alert.id}"))
    assert officer_page.select_one("#closed").get_text(strip=True) == "Closed by officer, waiting for the lead's sign-off"
    assert officer_page.select_one("form.py-alert-sign-off-form") is None
    assert officer_page.select_one(".py-alert-waiting") is not None
    assert officer_client.post(f"/staff/alerts/{alert.id}/sign-off", data={"note": ""}).status_code == 403

    form = soup(lead.get(f"/staff/alerts/{alert.id}")).select_one("form.py-alert-sign-off-form")
    assert form["action"] == f"/staff/alerts/{alert.id}/sign-off"
    r = lead.post(form["action"], data={"note": "Agreed: I spoke to the group worker too."})
    assert r.status_code == 303
    db.session.expire_all()
    done = db.session.get(Alert, alert.id)
    assert done.state == "closed" and done.answer.state == "pending"  # now back in moderation, as any false alarm
    (signed,) = [s for s in done.steps if s.action == "signed-off"]
    assert (signed.author_id, signed.note) == (lead_user.id, "Agreed: I spoke to the group worker too.")
    (event,) = _events("alert-signed-off")
    assert (event.actor_id, event.subject_id, event.detail["outcome"], event.detail["closed_by_id"]) == (
        lead_user.id, alert.id, "no-further-action", officer.id)
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert "Signed off by the safeguarding lead" in [
        i.select_one(".py-alert-step__action").get_text(strip=True) for i in page.select(".py-alert-step")]
    assert banner(lead) is None
    assert soup(lead.get("/staff/alerts/banner", headers={"HX-Request": "true"})).select_one(".py-sign-off-banner") is None
    # Nothing left to sign off.
    assert lead.post(form["action"], data={"note": ""}).status_code == 422


def test_the_lead_may_reopen_instead_of_signing_off(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = _with_categories(young, "exploitation")
    officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "no-further-action", "note": NFA})
    r = lead.post(f"/staff/alerts/{alert.id}/reopen", data={"reason": "Not enough: I want the social worker told today."})
    assert r.status_code == 303
    db.session.expire_all()
    reopened = db.session.get(Alert, alert.id)
    # The close it undid keeps what it said then: it waited for the lead's sign-off.
    assert reopened.is_open and [s.action for s in reopened.steps] == ["closed-for-sign-off", "reopened"]
    assert reopened.steps[0].outcome == "no-further-action"
    (event,) = _events("alert-reopened")
    assert event.detail["was_awaiting_sign_off"] is True
    assert _events("alert-signed-off") == []


def test_other_closes_need_no_sign_off(app, make_staff, officer_client, young, open_session):
    lead = client_for(app, make_staff, "safeguarding")
    # The lead's own close, and an officer's in a category that needs no sign-off (in a serious one every close
    # by an officer waits: test_alert_lead_review.py).
    cases = [(lead, ["abuse"], "no-further-action"), (officer_client, ["bullying-threats"], "no-further-action"),
             (officer_client, ["bullying-threats"], "referred")]
    for client, categories, outcome in cases:
        alert = _alert_in(app, open_session, DISCLOSURE, minutes_ago=0)
        alert.categories = categories
        db.session.commit()
        # (a close as "referred" with no referral step needs the tick and a reason: test_alert_record_review.py)
        tick = {"without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."}
        assert client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": outcome, "note": NFA,
                                                                   **(tick if outcome == "referred" else {})}).status_code == 303
        db.session.expire_all()
        assert db.session.get(Alert, alert.id).state == "closed", (categories, outcome)


# ---- 6. late entries on a closed alert ------------------------------------------------------------


def test_anyone_who_records_steps_may_add_a_late_entry_and_the_alert_stays_closed(app, make_staff, officer, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": CLOSING, "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})
    form = soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one("form.py-alert-late-form")
    assert (form["method"], form["action"]) == ("post", f"/staff/alerts/{alert.id}/late-entry")
    assert form.select_one("button").get_text(strip=True) == "Add late entry"
    # A problem comes back beside the box, with everything typed kept.
    r = officer_client.post(form["action"], data={"step-action": "told-social-worker", "step-note": "rang"})
    assert r.status_code == 422
    page = soup(r)
    assert page.select_one(".govuk-error-summary a")["href"] == "#step-note"
    assert page.select_one("form.py-alert-late-form input[name=step-action][checked]")["value"] == "told-social-worker"
    r = officer_client.post(form["action"], data={"step-action": "told-social-worker", "step-note": SPOKE})
    assert r.status_code == 303
    db.session.expire_all()
    still = db.session.get(Alert, alert.id)
    assert (still.state, still.outcome) == ("closed", "referred")
    (late,) = still.steps
    assert (late.late, late.author_id, late.action) == (True, officer.id, "told-social-worker")
    (event,) = _events("alert-late-entry")
    assert (event.actor_id, event.detail["step_action"]) == (officer.id, "told-social-worker")
    item = soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one(".py-alert-step[data-action=told-social-worker]")
    assert item.select_one(".py-alert-step__late").get_text(strip=True) == "Late entry"
    assert "written up" in item.select_one(".py-alert-step__by").get_text()
    assert "after the alert was closed" in item.select_one(".py-alert-step__by").get_text()


def test_no_late_entry_from_someone_who_may_not_read_the_alert(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": CLOSING, "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})
    not_running = client_for(app, make_staff, "officer")
    scrutiny = client_for(app, make_staff, "scrutiny")
    data = {"step-action": "other", "step-note": SPOKE}
    assert not_running.post(f"/staff/alerts/{alert.id}/late-entry", data=data).status_code == 404
    assert scrutiny.post(f"/staff/alerts/{alert.id}/late-entry", data=data).status_code == 403
    assert _steps(alert.id) == []


# ---- 7. the printable record ---------------------------------------------------------------------


def test_the_print_view_is_the_whole_record_with_roles_and_no_more_words_than_the_alert_page(
        app, make_staff, officer, officer_client, young):
    lead_user = make_staff("safeguarding")
    lead = app.test_client()
    sign_in(lead, lead_user)
    alert = _with_categories(young, "abuse")
    officer_client.post(f"/staff/alerts/{alert.id}/steps", data={"step-action": "spoke-to-young-person", "step-note": SPOKE})
    officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "no-further-action", "note": NFA})
    lead.post(f"/staff/alerts/{alert.id}/sign-off", data={"note": "Agreed after speaking to the officer."})

    link = soup(lead.get(f"/staff/alerts/{alert.id}")).select_one(".py-alert-print-link a")
    assert link["href"] == f"/staff/alerts/{alert.id}/print"
    r = lead.get(link["href"])
    assert r.status_code == 200
    page = soup(r)
    assert page.select("script") == [] and page.select("form") == []
    assert [s["href"].split("?")[0] for s in page.select("link[rel=stylesheet]")] == [
        "/static/css/alert-print.css", f"/staff/alerts/{alert.id}/print.css"]  # the marking with the alert's number
    assert page.select_one("[data-field=categories]").get_text(strip=True) == "Abuse (physical, sexual or emotional, by anyone)"
    # Why it was flagged, as the alert page says it.
    why = soup(lead.get(f"/staff/alerts/{alert.id}")).find("dt", string=lambda t: t and "Why it was flagged" in t)
    assert page.select_one("[data-field=why]").get_text(" ", strip=True) == why.find_next("dd").get_text(" ", strip=True)
    assert page.select_one("[data-field=why]").get_text(strip=True).startswith("The screen found:")
    rows = [(tr["data-kind"], tr.select("td")[1].get_text(" ", strip=True), tr.select("td")[2].get_text(" ", strip=True))
            for tr in page.select(".py-print__record tbody tr")]
    # The lead first saw it when signing it off: an officer opening it is not the lead seeing it.
    assert [kind for kind, _, _ in rows] == ["raised", "opened", "step", "closed", "lead-seen", "step"]
    assert rows[4][1:] == ("First seen by a safeguarding lead", f"{lead_user.name} (Safeguarding lead)")
    assert rows[2][2] == f"{officer.name} (Participation officer)"
    assert rows[3][1].startswith(
        f"Closed, waiting for the lead's sign-off: No further action, closed by {officer.name} (Participation officer);"
        " waited for the lead's sign-off;"
        f" signed off by {lead_user.name} (Safeguarding lead) at ")
    assert rows[3][2] == f"{officer.name} (Participation officer)"
    assert rows[5][1] == "Signed off by the safeguarding lead" and rows[5][2] == f"{lead_user.name} (Safeguarding lead)"
    assert page.select_one(".py-print__words").get_text() == DISCLOSURE_WORDS
    assert [e.actor_id for e in _events("alert-printed")] == [lead_user.id]


DISCLOSURE_WORDS = DISCLOSURE


def test_the_print_view_shows_words_redacted_to_those_who_see_them_redacted_and_nothing_to_others(
        app, make_staff, young):
    alert = raise_alert(young)
    alert.text = "my foster carer Dave hits me, call me on 07700 900123"
    db.session.commit()
    admin = client_for(app, make_staff, "admin")  # sees the alert, but not the words as written
    page = soup(admin.get(f"/staff/alerts/{alert.id}/print"))
    words = page.select_one(".py-print__words").get_text()
    assert "07700" not in words and "Dave" not in words
    assert words == soup(admin.get(f"/staff/alerts/{alert.id}")).select_one(".govuk-inset-text [dir=auto]").get_text()
    assert client_for(app, make_staff, "officer").get(f"/staff/alerts/{alert.id}/print").status_code == 404
    assert client_for(app, make_staff, "scrutiny").get(f"/staff/alerts/{alert.id}/print").status_code == 403


# ---- every form above, as a browser sends it, with CSRF checks on -------------------------------


def _form_data(form, **typed) -> dict:
    data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    data.update(typed)
    return data


def test_the_forms_work_as_a_browser_sends_them_with_csrf_on(young, officer, make_staff):
    app = make_app(WTF_CSRF_ENABLED=True)
    alert = raise_alert(young)
    alert.categories = ["abuse"]
    db.session.commit()

    def signed_in(user):
        c = app.test_client()
        token = re.search(r'name="csrf_token" [^>]*value="([^"]+)"', c.get("/staff/sign-in").text).group(1)
        assert c.post("/staff/sign-in", data={"email": user.email, "password": PASSWORD, "csrf_token": token}).status_code == 303
        return c

    off, lead = signed_in(officer), signed_in(make_staff("safeguarding"))
    form = soup(off.get(f"/staff/alerts/{alert.id}")).select_one("form.py-alert-close-form")
    close = form.select("button")[1]["formaction"]
    r = off.post(close, data=_form_data(form, **{"step-action": "spoke-to-young-person", "step-note": SPOKE,
                                                 "outcome": "no-further-action", "note": NFA}))
    assert r.status_code == 303, r.status_code
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    sign = page.select_one("form.py-alert-sign-off-form")
    assert lead.post(sign["action"], data=_form_data(sign, note="Agreed: read the record and the note.")).status_code == 303
    late = soup(off.get(f"/staff/alerts/{alert.id}")).select_one("form.py-alert-late-form")
    assert off.post(late["action"], data=_form_data(late, **{"step-action": "other", "step-note": SPOKE + " Later."})).status_code == 303
    r = lead.post(f"/staff/alerts/{alert.id}/steps", data=_form_data(
        soup(lead.get(f"/staff/alerts/{alert.id}")).select_one("form.py-alert-late-form"),
        **{"step-action": "police", "step-note": POLICE}))
    assert r.status_code == 409
    kept = soup(r).select_one("form.py-alert-reopen-step-form")
    assert lead.post(kept["action"], data=_form_data(kept, **{"kept-reason": "More to do: the police must know."})).status_code == 303
    db.session.expire_all()
    assert [s.action for s in db.session.get(Alert, alert.id).steps] == [
        "spoke-to-young-person", "closed-for-sign-off", "signed-off", "other", "reopened", "police"]
