"""An alert's record: steps taken while it stays open, closing, and the safeguarding lead reopening it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from participation.domain import alerts
from participation.domain.db import db
from participation.domain.errors import InvalidChange, NotAllowed
from participation.domain.models import Alert, AlertStep, Answer, AuditEvent, Council, ScreenLabel
from participation.domain.models.moderation import STEP_ACTIONS
from tests.app.test_alerts import DISCLOSURE, _alert_in, _with_risk, client_for, escalate, raise_alert, soup
from tests.conftest import sign_in

SPOKE = "Spoke to them in the side room at 14:10 with the youth worker. They want to talk again tomorrow."
MASH = "Phoned the MASH front door at 15:00, spoke to the duty social worker, reference 4471."
CLOSING = "Referred to the MASH, strategy meeting booked. Social worker told by phone."
REASON = "Closed by mistake: the police still need to be told about this one."


def _steps(alert_id: int) -> list[AlertStep]:
    db.session.expire_all()
    return list(db.session.get(Alert, alert_id).steps)


def _events(action: str) -> list[AuditEvent]:
    return list(db.session.execute(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)).scalars())


def _closed(lead, alert, outcome="referred", note=CLOSING):
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": outcome, "note": note,
                                                          **({"without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."} if outcome == "referred" else {})})
    assert r.status_code == 303, r.status_code
    return r


# ---- the domain ---------------------------------------------------------------------------------


def test_a_step_is_kept_with_who_when_and_what_and_the_alert_stays_open(app, officer, young):
    alert = raise_alert(young)
    step = alerts.add_step(officer, alert, "spoke-to-young-person", f"  {SPOKE}\x00  ")
    db.session.expire_all()
    (kept,) = _steps(alert.id)
    assert (kept.id, kept.author_id, kept.action, kept.note) == (step.id, officer.id, "spoke-to-young-person", SPOKE)
    assert kept.written_at is not None and db.session.get(Alert, alert.id).is_open
    (event,) = _events("alert-step")
    assert (event.actor_id, event.subject_type, event.subject_id) == (officer.id, "Alert", alert.id)
    assert (event.detail["step_action"], event.detail["session_id"]) == ("spoke-to-young-person", alert.session_id)


@pytest.mark.parametrize(("action", "note", "message"), [
    ("made-it-up", SPOKE, "Choose what you did."),
    ("police", "rang them", "Write a little more: who you spoke to, when, and what was agreed, in at least a sentence."),
    ("police", "<p>   </p>", "Write a little more: who you spoke to, when, and what was agreed, in at least a sentence."),
])
def test_a_step_needs_a_known_action_and_a_real_note(app, officer, young, action, note, message):
    alert = raise_alert(young)
    with pytest.raises(InvalidChange) as refused:
        alerts.add_step(officer, alert, action, note)
    assert refused.value.message == message
    db.session.rollback()
    assert _steps(alert.id) == [] and _events("alert-step") == []


def test_no_step_is_added_to_a_closed_alert(app, make_staff, young):
    lead = make_staff("safeguarding")
    alert = raise_alert(young)
    alerts.close_alert(lead, alert, "talked", CLOSING)
    with pytest.raises(InvalidChange, match="This alert is closed"):
        alerts.add_step(lead, alert, "other", SPOKE)
    db.session.rollback()
    assert _steps(alert.id) == []


def test_reopening_keeps_the_close_in_the_record_and_only_the_lead_may(app, officer, make_staff, young):
    lead, admin = make_staff("safeguarding"), make_staff("admin")
    alert = raise_alert(young)
    alerts.close_alert(lead, alert, "referred", CLOSING, without_referral=True,
                       referral_reason="Referral made by phone; the step is written up later.")
    closed_at = alert.closed_at
    for someone in (officer, admin):
        with pytest.raises(NotAllowed):
            alerts.reopen_alert(someone, alert, REASON)
    with pytest.raises(InvalidChange, match="why this alert is being reopened"):
        alerts.reopen_alert(lead, alert, "oops")
    db.session.rollback()
    assert not db.session.get(Alert, alert.id).is_open

    alerts.reopen_alert(lead, alert, REASON)
    db.session.expire_all()
    reopened = db.session.get(Alert, alert.id)
    assert reopened.is_open and (reopened.outcome, reopened.outcome_note, reopened.closed_at) == (None, "", None)
    closed, again = reopened.steps
    assert (closed.action, closed.outcome, closed.note, closed.author_id, closed.written_at) == (
        "closed", "referred", CLOSING + "\n" + "No referral step recorded, because: Referral made by phone; the step is written up later.", lead.id, closed_at)  # closed with the tick: why, kept
    assert (again.action, again.note, again.author_id) == ("reopened", REASON, lead.id)
    (event,) = _events("alert-reopened")
    assert (event.actor_id, event.subject_id, event.detail["previous_outcome"]) == (lead.id, alert.id, "referred")
    with pytest.raises(InvalidChange, match="already open"):
        alerts.reopen_alert(lead, reopened, REASON)


# ---- the alert page -------------------------------------------------------------------------------


def test_an_officer_records_a_step_and_the_alert_page_shows_it_in_time_order(app, officer, officer_client, young):
    alert = raise_alert(young)
    r = officer_client.post(f"/staff/alerts/{alert.id}/steps", data={"step-action": "spoke-to-young-person", "step-note": SPOKE})
    assert r.status_code == 303 and r.location.endswith(f"/staff/alerts/{alert.id}")
    page = soup(officer_client.get(r.location))
    assert page.select_one(".govuk-notification-banner__heading").get_text(strip=True) == "Step recorded. The alert is still open."
    officer_client.post(f"/staff/alerts/{alert.id}/steps", data={"step-action": "referred", "step-note": MASH})
    first, second = _steps(alert.id)
    first.written_at, second.written_at = datetime(2026, 12, 6, 14, 10), datetime(2026, 12, 6, 15, 2)
    db.session.commit()

    page = soup(officer_client.get(f"/staff/alerts/{alert.id}"))
    items = page.select(".py-alert-record .py-alert-step")
    assert [i.select_one(".py-alert-step__action").get_text(strip=True) for i in items] == [
        "Spoke to the young person", "Referred to children's services (front door or MASH)"]
    assert items[0].select_one(".py-alert-step__by").get_text(strip=True) == f"6 Dec 2026, 14:10, {officer.name} (Participation officer)"
    assert items[0].select_one("time")["datetime"] == "2026-12-06T14:10"
    assert [i.select_one(".py-alert-step__note").get_text(strip=True) for i in items] == [SPOKE, MASH]
    # Still open: one form, the step first, then the close, each with its own button, so neither loses the other.
    (form,) = page.select("main form")
    assert form["action"] == f"/staff/alerts/{alert.id}/steps"
    assert [b.get("formaction") for b in form.select("button")] == [None, f"/staff/alerts/{alert.id}/close"]


def test_a_step_sent_with_a_problem_comes_back_with_everything_typed(app, officer_client, young):
    alert = raise_alert(young)
    r = officer_client.post(f"/staff/alerts/{alert.id}/steps", data={"step-action": "police", "step-note": "rang 101"})
    assert r.status_code == 422
    page = soup(r)
    link = page.select_one(".govuk-error-summary a")
    assert (link["href"], link.get_text(strip=True)) == (
        "#step-note", "Write a little more: who you spoke to, when, and what was agreed, in at least a sentence.")
    assert page.select_one("textarea#step-note").get_text() == "rang 101"
    assert page.select_one("input[name=step-action][checked]")["value"] == "police"
    # The close form is untouched by the step form's problem.
    assert page.select_one("textarea#note").get_text() == "" and page.select_one("#note-error") is None
    assert page.title.get_text(strip=True).startswith("Error:")

    r = officer_client.post(f"/staff/alerts/{alert.id}/steps", data={"step-note": SPOKE})
    assert r.status_code == 422
    page = soup(r)
    link = page.select_one(".govuk-error-summary a")
    assert link.get_text(strip=True) == "Choose what you did."
    assert page.select_one(link["href"])["name"] == "step-action"  # the link leads to the first radio
    assert page.select_one("textarea#step-note").get_text() == SPOKE
    assert _steps(alert.id) == []


def test_the_step_form_is_a_plain_form_that_works_without_javascript(app, officer_client, young):
    alert = raise_alert(young)
    form = soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one("form.py-alert-step-form")
    assert (form["method"], form["action"]) == ("post", f"/staff/alerts/{alert.id}/steps")
    assert [a for a in form.attrs if a.startswith(("hx-", "data-hx"))] == []
    assert [i["value"] for i in form.select("input[type=radio][name=step-action]")] == list(STEP_ACTIONS)
    assert form.select_one("textarea")["name"] == "step-note"
    assert form.select_one("button").get_text(strip=True) == "Record this step"
    assert form.select_one("button").get("type", "submit") == "submit"
    # Sent exactly as a browser without JavaScript sends it: every named field, as a normal form post.
    data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    data.update({"step-action": "told-social-worker", "step-note": "Told the social worker by phone, she will visit today."})
    r = officer_client.post(form["action"], data=data)
    assert r.status_code == 303
    assert [s.action for s in _steps(alert.id)] == ["told-social-worker"]


def test_a_closed_alert_shows_its_steps_and_outcome_and_takes_no_more_steps(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    lead.post(f"/staff/alerts/{alert.id}/steps", data={"step-action": "spoke-to-young-person", "step-note": SPOKE})
    _closed(lead, alert)
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert [i["data-action"] for i in page.select(".py-alert-step")] == ["spoke-to-young-person"]
    assert page.select("form.py-alert-step-form, form.py-alert-close-form") == []
    assert "Referred under local safeguarding procedures" in page.select("main .govuk-summary-list")[-1].get_text()
    # A step written on a page left open while someone closed the alert: not added, and not lost either.
    r = lead.post(f"/staff/alerts/{alert.id}/steps", data={"step-action": "police", "step-note": MASH})
    assert r.status_code == 409
    page = soup(r)
    assert "This alert was closed before your step was saved" in page.select_one("main").get_text()
    assert page.select_one("#unsaved-note").get_text() == MASH
    assert "Reopen the alert below" in page.select_one(".py-alert-unsaved").get_text()
    assert page.select("form.py-alert-reopen-form")
    assert len(_steps(alert.id)) == 1
    # The same for a close sent from a page left open: the note comes back to copy, the first close stands.
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": "Talked to them again at home."})
    assert r.status_code == 409
    assert soup(r).select_one("#unsaved-close-note").get_text() == "Talked to them again at home."
    assert db.session.get(Alert, alert.id).outcome == "referred"


def test_an_officer_of_another_council_or_not_running_the_session_cannot_add_a_step(app, make_staff, young):
    alert = raise_alert(young)
    db.session.add(Council(name="Elsewhere"))
    db.session.commit()
    elsewhere = app.test_client()
    sign_in(elsewhere, make_staff("officer", council_name="Elsewhere"))
    not_running = client_for(app, make_staff, "officer")  # same council, but not this session's officer
    scrutiny = client_for(app, make_staff, "scrutiny")
    data = {"step-action": "other", "step-note": SPOKE}
    assert elsewhere.post(f"/staff/alerts/{alert.id}/steps", data=data).status_code == 404
    assert not_running.post(f"/staff/alerts/{alert.id}/steps", data=data).status_code == 404
    assert scrutiny.post(f"/staff/alerts/{alert.id}/steps", data=data).status_code == 403
    assert _steps(alert.id) == [] and _events("alert-step") == []


# ---- reopening ---------------------------------------------------------------------------------


def test_the_lead_reopens_a_closed_alert_with_a_reason_and_the_record_keeps_both_closes(app, make_staff, young):
    lead_user = make_staff("safeguarding")
    lead = app.test_client()
    sign_in(lead, lead_user)
    alert = raise_alert(young)
    _closed(lead, alert)
    form = soup(lead.get(f"/staff/alerts/{alert.id}")).select_one("form.py-alert-reopen-form")
    assert (form["method"], form["action"]) == ("post", f"/staff/alerts/{alert.id}/reopen")

    r = lead.post(form["action"], data={"reason": ""})
    assert r.status_code == 422
    assert soup(r).select_one(".govuk-error-summary a")["href"] == "#reason"
    r = lead.post(form["action"], data={"reason": "mistake"})
    assert r.status_code == 422 and soup(r).select_one("textarea#reason").get_text() == "mistake"
    db.session.expire_all()
    assert not db.session.get(Alert, alert.id).is_open

    r = lead.post(form["action"], data={"reason": REASON})
    assert r.status_code == 303 and r.location.endswith(f"/staff/alerts/{alert.id}")
    page = soup(lead.get(r.location))
    assert page.select_one(".govuk-notification-banner__heading").get_text(strip=True).startswith("Alert reopened.")
    items = page.select(".py-alert-step")
    assert [i.select_one(".py-alert-step__action").get_text(strip=True) for i in items] == [
        "Closed: Referred under local safeguarding procedures", "Reopened"]
    assert [i.select_one(".py-alert-step__note").get_text(strip=True) for i in items] == [CLOSING + "No referral step recorded, because: Referral made by phone; the step is written up later.", REASON]
    assert page.select_one("form.py-alert-step-form") is not None and page.select_one("form.py-alert-reopen-form") is None
    (event,) = _events("alert-reopened")
    assert (event.actor_id, event.detail["previous_outcome"]) == (lead_user.id, "referred")

    # More work, then closed again: the record holds the first close, the reopening, the step and the new close.
    lead.post(f"/staff/alerts/{alert.id}/steps", data={"step-action": "police", "step-note": "Told the police on 101, reference 88812."})
    _closed(lead, alert, outcome="talked", note="Talked with them again with their carer; the police are dealing with it.")
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert [i["data-action"] for i in page.select(".py-alert-step")] == ["closed", "reopened", "police"]
    assert "Talked to the young person" in page.select("main .govuk-summary-list")[-1].get_text()
    assert [e.detail["outcome"] for e in _events("alert-closed")] == ["referred", "talked"]


def test_only_the_safeguarding_lead_sees_and_may_use_reopen(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    admin = client_for(app, make_staff, "admin")
    alert = raise_alert(young)
    escalate(alert)  # an administrator reads only what was escalated to them
    _closed(lead, alert)
    for client in (officer_client, admin):
        page = soup(client.get(f"/staff/alerts/{alert.id}"))
        assert page.select_one("form.py-alert-reopen-form") is None
        assert "Only the safeguarding lead can reopen" in page.select_one(".py-alert-reopen-who").get_text()
        assert client.post(f"/staff/alerts/{alert.id}/reopen", data={"reason": REASON}).status_code == 403
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).state == "closed"
    assert _events("alert-reopened") == [] and _steps(alert.id) == []
    # An open alert cannot be reopened.
    other = _alert_in(app, alert.session, DISCLOSURE, minutes_ago=0)
    assert lead.post(f"/staff/alerts/{other.id}/reopen", data={"reason": REASON}).status_code == 422


def test_reopening_a_false_alarm_leaves_the_answer_in_moderation_and_says_so(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    _closed(lead, alert, outcome="no-further-action", note="Song lyrics from a film, checked with the group worker.")
    labels = db.session.scalar(select(func.count(ScreenLabel.id)))
    assert db.session.get(Answer, alert.answer_id).state == "pending"

    assert lead.post(f"/staff/alerts/{alert.id}/reopen", data={"reason": REASON}).status_code == 303
    db.session.expire_all()
    assert db.session.get(Answer, alert.answer_id).state == "pending"
    assert db.session.scalar(select(func.count(ScreenLabel.id))) == labels
    (event,) = _events("alert-reopened")
    assert event.detail["answer_state"] == "pending"
    reopened = soup(lead.get(f"/staff/alerts/{alert.id}")).select_one(".py-alert-step[data-action=reopened]")
    # Said plainly, and only where it means something: the close undone was a false alarm that sent the answer back.
    assert reopened.select_one(".py-alert-step__kept").get_text(strip=True) == (
        'The answer went back to moderation with the "No further action" close; reopening did not bring it back.')
    other = _alert_in(app, alert.session, DISCLOSURE, minutes_ago=0)
    _closed(lead, other, outcome="talked", note="Talked with them and their carer; nothing more to do today.")
    assert lead.post(f"/staff/alerts/{other.id}/reopen", data={"reason": REASON}).status_code == 303
    page = soup(lead.get(f"/staff/alerts/{other.id}"))
    assert page.select_one(".py-alert-step[data-action=reopened]") is not None
    assert page.select_one(".py-alert-step__kept") is None and "did not change anything" not in page.get_text()


# ---- the list ---------------------------------------------------------------------------------


def test_the_alert_list_shows_how_many_steps_each_open_alert_has(app, make_staff, officer, open_session):
    lead = client_for(app, make_staff, "safeguarding")
    untouched = _alert_in(app, open_session, DISCLOSURE, minutes_ago=3)
    one = _alert_in(app, open_session, DISCLOSURE, minutes_ago=2)
    two = _alert_in(app, open_session, DISCLOSURE, minutes_ago=1)
    closed = _alert_in(app, open_session, DISCLOSURE, minutes_ago=0)
    alerts.add_step(officer, one, "spoke-to-young-person", SPOKE)
    alerts.add_step(officer, two, "spoke-to-young-person", SPOKE)
    alerts.add_step(officer, two, "referred", MASH)
    alerts.add_step(officer, closed, "other", SPOKE)
    _closed(lead, closed)

    rows = {int(r["data-alert"]): r for r in soup(lead.get("/staff/alerts")).select("tbody tr")}
    counts = {i: (r.select_one(".py-alert-steps").get_text(strip=True) if r.select_one(".py-alert-steps") else None)
              for i, r in rows.items()}
    assert counts == {untouched.id: "No steps yet", one.id: "1 step recorded", two.id: "2 steps recorded", closed.id: None}


def test_among_alerts_of_the_same_kind_and_risk_the_newest_comes_first_worked_on_or_not(app, make_staff, officer,
                                                                                        make_session):
    lead_user = make_staff("safeguarding")
    room = make_session(title="Our forum")
    older = _alert_in(app, room, DISCLOSURE, minutes_ago=5)
    newer = _alert_in(app, room, DISCLOSURE, minutes_ago=1)
    assert alerts.urgency(older)[:2] == alerts.urgency(newer)[:2]  # the same kind of alert, the same risk
    assert [a.id for a in alerts.alerts(lead_user)] == [newer.id, older.id]  # the newest first among equals
    alerts.view_alert(lead_user, newer)
    alerts.add_step(lead_user, newer, "spoke-to-young-person", SPOKE)  # a step does not move it: one order, by risk
    assert [a.id for a in alerts.alerts(lead_user)] == [newer.id, older.id]
    assert [a.id for a in alerts.open_alerts(officer)] == [newer.id, older.id]  # the bar's "Most urgent" too
    _with_risk(older, 0.9)
    _with_risk(newer, 0.1)
    db.session.expire_all()
    assert [a.id for a in alerts.alerts(lead_user)] == [older.id, newer.id]  # the riskiest first
    assert [a.id for a in alerts.open_alerts(officer)] == [older.id, newer.id]


def test_the_lado_and_a_strategy_discussion_are_steps_too(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    for action in ("lado", "strategy"):
        assert action in STEP_ACTIONS
        r = lead.post(f"/staff/alerts/{alert.id}/steps", data={"step-action": action, "step-note": MASH})
        assert r.status_code == 303
    assert [s.action for s in _steps(alert.id)] == ["lado", "strategy"]


def test_a_step_says_when_it_happened_and_the_record_reads_in_that_order(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    alert.raised_at = datetime.utcnow() - timedelta(days=1, hours=2)  # raised yesterday, written up today
    db.session.commit()
    assert lead.post(f"/staff/alerts/{alert.id}/steps", data={"step-action": "referred", "step-note": MASH}).status_code == 303
    yesterday = (datetime.utcnow() - timedelta(days=1)).replace(hour=23, minute=5, second=0, microsecond=0)
    r = lead.post(f"/staff/alerts/{alert.id}/steps",
                  data={"step-action": "spoke-to-young-person", "step-note": SPOKE, "step-when": "yesterday 23:05"})
    assert r.status_code == 303
    spoke = [s for s in _steps(alert.id) if s.action == "spoke-to-young-person"][0]
    assert spoke.happened_at == yesterday and spoke.written_at > spoke.happened_at
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    # In the order things happened, not the order they were typed: raised yesterday, spoken to late yesterday,
    # escalated today (the first check since: no lead had seen it), first opened today (with the first step
    # written), referred today.
    assert [li.get("data-event") or li["data-action"] for li in page.select(".py-alert-record > li")] == [
        "raised", "spoke-to-young-person", "escalated", "opened", "referred"]
    assert "written up" in page.select(".py-alert-step")[0].get_text()
    assert "written up" not in page.select(".py-alert-step")[1].get_text()
    # A time that cannot be read is refused beside the box, with everything typed kept.
    r = lead.post(f"/staff/alerts/{alert.id}/steps",
                  data={"step-action": "police", "step-note": SPOKE, "step-when": "teatime"})
    assert r.status_code == 422
    page = soup(r)
    assert "Write the time like 14:10" in page.select_one("#step-when-error").get_text()
    assert page.select_one("#step-when")["value"] == "teatime"
    assert page.select_one("#step-note").get_text() == SPOKE
    assert "police" not in [s.action for s in _steps(alert.id)]


def test_a_face_answer_a_moderator_sent_is_listed_as_sent_not_as_asking_to_talk(app, make_staff, officer, young):
    young.answer(1, "1")  # the face question: "Really bad"
    db.session.expire_all()
    answer = db.session.execute(select(Answer).where(Answer.scale.is_not(None))).scalars().first()
    alerts.send_to_safeguarding(officer, answer)
    db.session.commit()
    lead = client_for(app, make_staff, "safeguarding")
    row = soup(lead.get("/staff/alerts")).select_one(".py-alert-why")
    text = " ".join(row.get_text().split())
    assert "Sent by a moderator" in text and "No words to read" in text
    assert "Asked to talk" not in text and "Read first" not in text
