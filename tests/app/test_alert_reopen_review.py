"""The safeguarding lead's review of reopening: the person who closed an alert is emailed when the lead reopens it,
a reopened alert's row counts the steps taken and says what the close it undid was, the record keeps what each close said at the time, and the
urgent steps for suicide or self-harm when nobody knows who wrote it."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Alert, AuditEvent
from participation.pure.alert_guidance import ANONYMOUS_SELF_HARM_STEPS, SELF_HARM_STEPS
from tests.app.test_alert_emails import outbox
from tests.app.test_alerts import DISCLOSURE, client_for, raise_alert, soup

NOTE = "Talked with them and their carer: a falling out, now sorted, nothing more to do."
REASON = "Not enough: the social worker must be told today, please ring them and record it."
SPOKE = "Spoke to them in the side room at 14:10 with the youth worker. They want to talk again tomorrow."


def _with_categories(young, *categories) -> Alert:
    alert = raise_alert(young)
    alert.categories = list(categories)
    db.session.commit()
    return alert


def _close(client, alert, note=NOTE):
    assert client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": note}).status_code == 303


def _reopen(lead, alert, reason=REASON):
    assert lead.post(f"/staff/alerts/{alert.id}/reopen", data={"reason": reason}).status_code == 303


# ---- 1. the person who closed it is told -----------------------------------------------------------------


def test_the_officer_who_closed_an_alert_is_emailed_once_when_the_lead_reopens_it(app, make_staff, officer,
                                                                                  officer_client, young):
    app.config["PUBLIC_BASE_URL"] = "https://say.northshire.example"
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    _close(officer_client, alert)
    outbox(app).clear()
    _reopen(lead, alert)
    (email,) = outbox(app)
    assert email.to == officer.email
    assert email.subject == f"Reopened by the safeguarding lead: safeguarding alert {alert.id} in {alert.session.title}"
    assert f"reopened alert {alert.id} at " in email.body and "You closed it at " in email.body
    assert "(Talked to the young person)" in email.body
    assert f"Their reason:\n{REASON}\n" in email.body
    assert f"Open the alert: https://say.northshire.example/staff/alerts/{alert.id}" in email.body
    assert "You get this email because you closed this alert" in email.body
    # None of the young person's words, and not the officer's own closing note: as every other alert email.
    for word in DISCLOSURE.split():
        if len(word) > 3:
            assert word not in email.body.lower().split(), word
    assert NOTE not in email.body and "none of the young person's words" in email.body
    # Recorded as the other emails are: in the audit log, and on the alert's "Emailed" row.
    (event,) = db.session.execute(select(AuditEvent).where(
        AuditEvent.action == "alert-emailed", AuditEvent.detail["kind"].as_string() == "reopened")).scalars()
    assert (event.subject_id, event.detail["to"]) == (alert.id, [officer.id]) and "minutes" not in event.detail
    emailed = soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one(".py-alert-emailed").get_text(" ", strip=True)
    assert f"To {officer.name} (Participation officer, {officer.email}) at " in emailed
    assert "reopened by the safeguarding lead" in emailed


def test_a_close_waiting_for_sign_off_that_the_lead_reopens_emails_the_officer_too(app, make_staff, officer,
                                                                                   officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = _with_categories(young, "exploitation")
    _close(officer_client, alert)
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).awaiting_sign_off
    outbox(app).clear()
    _reopen(lead, alert)
    assert [e.to for e in outbox(app)] == [officer.email]


def test_the_lead_reopening_their_own_close_emails_nobody(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    _close(lead, alert)
    outbox(app).clear()
    _reopen(lead, alert)
    assert outbox(app) == []
    assert not db.session.execute(select(AuditEvent).where(
        AuditEvent.action == "alert-emailed", AuditEvent.detail["kind"].as_string() == "reopened")).scalars().all()


# ---- 2. a reopened alert's row counts the steps people took and says what the close it undid was ------------


def test_a_reopened_alerts_row_says_what_the_close_was_and_counts_only_the_steps_taken(app, make_staff, officer,
                                                                                      officer_client, young,
                                                                                      open_session):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    _close(officer_client, alert)
    _reopen(lead, alert)

    def state():
        row = soup(lead.get("/staff/alerts")).select_one(f'tr[data-alert="{alert.id}"]')
        return (row.select_one(".py-alert-steps").get_text(strip=True),
                row.select_one(".py-alert-reopened").get_text(" ", strip=True))

    # The close it undid is not a step anyone took: the row says what it was, beside the "Reopened" mark, and
    # agrees with the record, which has no steps.
    assert state() == ("No steps yet", "Reopened by the safeguarding lead · was closed as Talked to the young person "
                                       f". Why: {REASON}")
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert page.select_one(".py-alert-no-steps").get_text(strip=True) == "No steps recorded yet."
    assert officer_client.post(f"/staff/alerts/{alert.id}/steps",
                               data={"step-action": "told-social-worker", "step-note": SPOKE}).status_code == 303
    assert state()[0] == "1 step recorded"
    assert soup(lead.get(f"/staff/alerts/{alert.id}")).select_one(".py-alert-no-steps") is None


def test_steps_recorded_before_the_close_still_count_after_the_reopening(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = _with_categories(young, "self-harm-suicide")
    for action in ("spoke-to-young-person", "told-social-worker"):
        assert officer_client.post(f"/staff/alerts/{alert.id}/steps",
                                   data={"step-action": action, "step-note": SPOKE}).status_code == 303
    _close(officer_client, alert)  # waits for the lead's sign-off
    _reopen(lead, alert)
    row = soup(lead.get("/staff/alerts")).select_one(f'tr[data-alert="{alert.id}"]')
    assert row.select_one(".py-alert-steps").get_text(strip=True) == "2 steps recorded"
    assert row.select_one(".py-alert-reopened__was").get_text(strip=True) == "was closed as Talked to the young person"


# ---- 3. the record keeps what each close said at the time ---------------------------------------------------


def _record(client, alert) -> list[str]:
    page = soup(client.get(f"/staff/alerts/{alert.id}"))
    return [h.get_text(strip=True) for h in page.select(".py-alert-record > li > h3")]


def _printed(client, alert) -> list[str]:
    page = soup(client.get(f"/staff/alerts/{alert.id}/print"))
    return [tr.select("td")[1].get_text(" ", strip=True).split(":")[0]
            for tr in page.select(".py-print__record tbody tr") if tr["data-kind"] in ("closed", "step")]


def test_a_close_that_waited_for_sign_off_keeps_its_label_after_the_lead_reopens_it(app, make_staff, officer_client,
                                                                                    young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = _with_categories(young, "abuse")
    _close(officer_client, alert)
    waiting = "Closed, waiting for the lead's sign-off: Talked to the young person"
    assert waiting in _record(lead, alert)
    _reopen(lead, alert)
    assert waiting in _record(lead, alert) and "Closed: Talked to the young person" not in _record(lead, alert)
    assert _printed(lead, alert) == ["Closed, waiting for the lead's sign-off", "Reopened"]
    # Closed again by the lead, who needs no sign-off: that close says "Closed", the first one still says it waited.
    _close(lead, alert, note="Rang the social worker at 15:20: they are visiting the home tonight.")
    record = _record(lead, alert)
    assert record.index(waiting) < record.index("Reopened") < record.index("Closed: Talked to the young person")
    assert _printed(lead, alert) == ["Closed, waiting for the lead's sign-off", "Reopened", "Closed"]


def test_a_signed_off_close_still_says_it_waited_and_so_does_it_once_reopened(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = _with_categories(young, "exploitation")
    _close(officer_client, alert)
    assert lead.post(f"/staff/alerts/{alert.id}/sign-off",
                     data={"note": "Read the note and rang the group worker myself."}).status_code == 303
    waiting = "Closed, waiting for the lead's sign-off: Talked to the young person"
    record = _record(lead, alert)  # the present close, as it was made, then the sign-off
    assert record[-1] == "Signed off by the safeguarding lead" and waiting in record
    _reopen(lead, alert)
    record = _record(lead, alert)
    assert record.count(waiting) == 1 and record.index(waiting) < record.index("Signed off by the safeguarding lead")


# ---- 4. suicide or self-harm when nobody knows who wrote it ------------------------------------------------------


def _urgent_steps(client, alert) -> tuple[str, ...]:
    urgent = soup(client.get(f"/staff/alerts/{alert.id}")).select_one(".py-alert-urgent")
    return tuple(li.get_text(strip=True) for li in urgent.select(".py-alert-urgent__steps li"))


def test_self_harm_from_an_anonymous_answer_tells_the_whole_room_first(app, officer_client, young):
    alert = _with_categories(young, "self-harm-suicide")
    assert _urgent_steps(officer_client, alert) == ANONYMOUS_SELF_HARM_STEPS


def test_self_harm_from_someone_who_asked_to_talk_keeps_the_steps_about_them(app, officer_client, young):
    alert = _with_categories(young, "self-harm-suicide")
    alert.wants_to_talk, alert.talk_code = True, "42"
    db.session.commit()
    assert _urgent_steps(officer_client, alert) == SELF_HARM_STEPS
