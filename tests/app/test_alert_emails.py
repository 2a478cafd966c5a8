"""Alerts reach the safeguarding lead away from the page: an email when one is raised (by the screen, a
moderator or a young person asking to talk), and to the lead and administrators when nobody opened it for 10
minutes. An email never carries the young person's words."""

from __future__ import annotations

from datetime import datetime, timedelta

from redis import Redis
from rq.job import Job
from rq.registry import ScheduledJobRegistry
from sqlalchemy import select

from participation.domain import alerts, moderation, notify, sessions
from participation.domain.db import db
from participation.domain.models import Alert, Answer, AuditEvent, Council
from participation.ops.demo import STAFF
from participation.pure.local_time import uk_format, uk_today
from tests.app.test_alerts import DISCLOSURE, client_for, raise_alert, soup
from tests.conftest import Young, demo_loaded

SCHEDULE_REDIS = "redis://127.0.0.1:6379/14"  # its own database: the queue tests flush theirs


def outbox(app):
    return app.extensions.get("outbox", [])


def test_an_alert_the_screen_raises_emails_each_lead_with_a_link_and_none_of_the_words(app, make_staff, officer, young):
    lead, other_lead = make_staff("safeguarding"), make_staff("safeguarding")
    make_staff("admin")  # not emailed when the council has a lead and the alert is new
    alert = raise_alert(young)
    sent = outbox(app)
    assert sorted(e.to for e in sent) == sorted([lead.email, other_lead.email])
    (first, _) = sent
    assert first.subject == f"Safeguarding alert in {alert.session.title}"
    assert f"/staff/alerts/{alert.id}" in first.body and "(UK time)" in first.body
    for word in DISCLOSURE.split():
        if len(word) > 3:
            assert word not in first.body.lower().split(), word
    # Audited, with who was emailed (ids, not addresses).
    (event,) = db.session.execute(select(AuditEvent).where(AuditEvent.action == "alert-emailed")).scalars()
    assert sorted(event.detail["to"]) == sorted([lead.id, other_lead.id]) and event.detail["kind"] == "raised"


def test_the_same_answer_changed_again_does_not_email_twice(app, make_staff, young):
    make_staff("safeguarding")
    raise_alert(young)
    young.answer(4, DISCLOSURE + " and again today")
    assert len(outbox(app)) == 1


def test_a_possible_risk_to_life_says_urgent(app, make_staff, young):
    make_staff("safeguarding")
    young.answer(4, "i have been thinking about killing myself and i have tablets saved up")
    (email,) = outbox(app)
    assert email.subject.startswith("Urgent: ") and "possible risk to life" in email.body


def test_a_young_person_asking_to_talk_emails_the_lead_once(app, make_staff, young):
    lead = make_staff("safeguarding")
    young.client.post(f"/j/{young.code}/q/1/talk")
    young.client.post(f"/j/{young.code}/q/1/talk")
    (email,) = outbox(app)
    assert email.to == lead.email and "asked to talk to someone today" in email.body


def test_with_no_lead_the_administrators_are_emailed(app, make_staff, young):
    admin = make_staff("admin")
    raise_alert(young)
    assert [e.to for e in outbox(app)] == [admin.email]


def test_an_alert_nobody_opened_for_10_minutes_emails_the_leads_and_administrators(app, make_staff, young):
    lead, admin = make_staff("safeguarding"), make_staff("admin")
    alert = raise_alert(young)
    alert.raised_at = datetime.utcnow() - timedelta(minutes=11)
    db.session.commit()
    outbox(app).clear()
    assert alerts.escalate_overdue() == 1
    assert sorted(e.to for e in outbox(app)) == sorted([lead.email, admin.email])
    assert all(e.subject.startswith("Not opened for 10 minutes") for e in outbox(app))
    assert alerts.escalate_overdue() == 0 and len(outbox(app)) == 2


def test_mail_off_sends_nothing_and_records_nothing(app, make_staff, young):
    make_staff("safeguarding")
    app.config["MAIL_MODE"] = "off"
    raise_alert(young)
    assert outbox(app) == []
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "alert-emailed")).first() is None


def test_smtp_sends_each_email_over_one_connection(monkeypatch):
    sent = []

    class FakeSMTP:
        def __init__(self, server, port, timeout):
            sent.append(("connect", server, port))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def starttls(self):
            sent.append(("starttls",))

        def login(self, user, password):
            sent.append(("login", user))

        def send_message(self, msg):
            sent.append(("send", msg["To"], msg["Subject"], msg["From"]))

    monkeypatch.setattr(notify.smtplib, "SMTP", FakeSMTP)
    settings = {"server": "mail.example", "port": 587, "starttls": True, "username": "u", "password": "p",
                "sender": "alerts@council.example"}
    notify.send_smtp(settings, [{"to": "a@x.example", "subject": "S", "body": "B"},
                                {"to": "b@x.example", "subject": "S", "body": "B"}])
    assert sent == [("connect", "mail.example", 587), ("starttls",), ("login", "u"),
                    ("send", "a@x.example", "S", "alerts@council.example"), ("send", "b@x.example", "S", "alerts@council.example")]


def test_a_moderator_sending_an_answer_to_safeguarding_emails_the_lead(app, make_staff, officer, young):
    lead = make_staff("safeguarding")
    young.answer(4, "my placement is ok i guess but i miss my brother")
    db.session.expire_all()
    assert db.session.execute(select(Alert)).first() is None and outbox(app) == []
    answer = db.session.execute(select(Answer).where(Answer.text.is_not(None))).scalars().one()
    moderation.escalate(officer, answer, "they looked upset when writing it")
    (email,) = outbox(app)
    assert email.to == lead.email


def emailed(page) -> list[str]:
    """The alert page's (or its print's) "Emailed": one line an email."""
    found = page.select_one(".py-alert-emailed, [data-field=emailed]")
    return [li.get_text(" ", strip=True) for li in found.select("li")] or [found.get_text(" ", strip=True)]


def test_the_alert_page_says_who_was_emailed_and_when(app, make_staff, young):
    lead_user = make_staff("safeguarding")  # the council's one lead
    lead = client_for(app, lambda role: lead_user, "safeguarding")
    admin = make_staff("admin")
    admin.name = ""  # no name: their role names them
    db.session.commit()
    alert = raise_alert(young)
    at = uk_format(alert.raised_at, "%H:%M")
    to_lead = f"{lead_user.name} (Safeguarding lead, {lead_user.email})"
    assert emailed(soup(lead.get(f"/staff/alerts/{alert.id}/print"))) == [f"To {to_lead} at {at}"]
    # And in print, with the 10-minute email once no lead has seen it: when the leads were told and chased, and who.
    alerts.escalate_overdue(now=alert.raised_at + timedelta(minutes=11))
    both = f"{to_lead} and Administrator ({admin.email})"
    page = emailed(soup(lead.get(f"/staff/alerts/{alert.id}")))
    assert page[0] == f"To {to_lead} at {at}"
    assert page[1].startswith(f"To {both} at ") and page[1].endswith(", not opened for 10 minutes")
    assert emailed(soup(lead.get(f"/staff/alerts/{alert.id}/print"))) == page


def test_a_mail_server_problem_never_reaches_the_young_person(app, make_staff, young):
    make_staff("safeguarding")
    app.config["MAIL_MODE"] = "smtp"
    app.config["MAIL_SERVER"] = "mail.invalid"
    app.config["REDIS_URL"] = "redis://127.0.0.1:1/0"  # nothing listens there: queueing the email fails

    page = young.answer(4, DISCLOSURE)
    assert page.status_code in (200, 303)
    db.session.expire_all()
    assert db.session.execute(select(Alert)).scalar_one() is not None


def test_the_overdue_email_gives_the_numbers_to_ring(app, make_staff, officer, young):
    make_staff("safeguarding")
    officer.work_phone = "01632 960005"
    council = db.session.execute(select(Council)).scalars().first()
    council.alert_lead_phone = "01632 960003"
    db.session.commit()
    alert = raise_alert(young)
    alert.raised_at = datetime.utcnow() - timedelta(minutes=11)
    db.session.commit()
    outbox(app).clear()
    alerts.escalate_overdue()
    body = outbox(app)[0].body
    assert f"Ring the room: {officer.name}: 01632 960005" in body and "Safeguarding lead on call: 01632 960003" in body


def test_the_checks_at_10_30_and_60_minutes_are_set_without_anyone_on_a_page(app, make_staff, young, monkeypatch):
    started = []

    class FakeTimer:
        def __init__(self, seconds, fn, args):
            started.append((seconds, fn, args))
            self.daemon = False

        def start(self):
            started.append("started")

    monkeypatch.setattr(notify.threading, "Timer", FakeTimer)
    make_staff("safeguarding")
    app.config["MAIL_MODE"] = "log"
    raise_alert(young)
    timers = started[0::2]
    assert [seconds for seconds, _, _ in timers] == [630, 1830, 3630] and started[1::2] == ["started"] * 3
    assert all(fn is notify.run_in_app and check is alerts.escalate_overdue for _, fn, (_, check) in timers)
    (_, _, (_, check)) = timers[0]
    # What the timer runs escalates an alert nobody opened, inside the app.
    alert = db.session.execute(select(Alert)).scalar_one()
    alert.raised_at = datetime.utcnow() - timedelta(minutes=11)
    db.session.commit()
    notify.run_in_app(app, check)
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).escalated


def test_with_redis_the_check_is_a_scheduled_rq_job(app, make_staff, young):
    redis = Redis.from_url(SCHEDULE_REDIS)
    registry = ScheduledJobRegistry("participation", connection=redis)
    before = set(registry.get_job_ids())
    app.config.update(MAIL_MODE="log", REDIS_URL=SCHEDULE_REDIS)
    make_staff("safeguarding")
    raise_alert(young)
    new = set(registry.get_job_ids()) - before
    assert len(new) == 3  # at 10, 30 and 60 minutes
    for job_id in new:
        job = Job.fetch(job_id, connection=redis)
        assert job.func_name == "participation.worker.check_overdue" and job.args == ()
        job.delete()


def test_the_link_comes_from_the_set_address_never_the_young_persons_host_header(app, make_staff, open_session):
    make_staff("safeguarding")
    app.config["PUBLIC_BASE_URL"] = ""
    forged = Young(app.test_client(), open_session.join_code)
    forged.client.environ_base["HTTP_HOST"] = "evil.example"
    forged.join()
    forged.answer(4, DISCLOSURE)
    (email,) = outbox(app)
    assert "evil.example" not in email.body and "http" not in email.body
    alert = db.session.execute(select(Alert)).scalar_one()
    assert f"sign in to Participation and open Alerts (/staff/alerts/{alert.id})" in email.body
    app.config["PUBLIC_BASE_URL"] = "https://say.northshire.example/"
    email = notify.message(alert, notify.RAISED, email_person(alert))
    assert f"Open the alert: https://say.northshire.example/staff/alerts/{alert.id}\n" in email.body


def email_person(alert):
    return alert.session.officers[0]


def test_a_title_sent_with_a_line_break_is_kept_on_one_line_and_the_email_too(app, make_staff, officer, open_session, young):
    make_staff("safeguarding")
    created = sessions.create_session(officer, open_session.review, "Evening group\r\nBcc: someone@example.com", uk_today(), "children-in-care",
                                      place="Hall\nTwo")
    assert (created.title, created.place) == ("Evening group Bcc: someone@example.com", "Hall Two")
    open_session.title = "Old row\nwith a break"  # stored before titles were kept on one line
    db.session.commit()
    raise_alert(young)
    (email,) = outbox(app)
    assert "\n" not in email.subject and email.subject.endswith("Old row with a break")



# ---- chased at 30 and 60 minutes while still no safeguarding lead has seen it --------------------------------


def _escalated_at_ten(app, young):
    """An alert raised and escalated at 10 minutes (its email sent), with the outbox emptied: the chases follow."""
    alert = raise_alert(young)
    raised = alert.raised_at
    assert alerts.escalate_overdue(now=raised + timedelta(minutes=10, seconds=30)) == 1
    outbox(app).clear()
    return alert, raised


def _chased(alert) -> list[int]:
    """The chases on the audit log: how long the alert had waited unseen at each."""
    return [e.detail["minutes"] for e in db.session.execute(
        select(AuditEvent).where(AuditEvent.action == "alert-chased", AuditEvent.subject_id == alert.id)
        .order_by(AuditEvent.id)).scalars()]


def test_an_alert_still_not_seen_is_chased_once_at_30_and_once_at_60_minutes(app, make_staff, officer, young):
    lead, admin = make_staff("safeguarding"), make_staff("admin")
    alert, raised = _escalated_at_ten(app, young)

    assert alerts.escalate_overdue(now=raised + timedelta(minutes=29, seconds=59)) == 0
    assert outbox(app) == [] and _chased(alert) == []

    assert alerts.escalate_overdue(now=raised + timedelta(minutes=30)) == 1
    # The 10-minute people and the officer running the session, each once.
    assert sorted(e.to for e in outbox(app)) == sorted([lead.email, admin.email, officer.email])
    assert all(e.subject == f"Not seen for 30 minutes by a safeguarding lead: safeguarding alert in {alert.session.title}"
               for e in outbox(app))
    to_officer = next(e for e in outbox(app) if e.to == officer.email)
    assert "Nobody has opened it for 30 minutes. Ring the safeguarding lead on call now" in to_officer.body
    assert "because you run this session" in to_officer.body and "Ring the room" not in to_officer.body
    to_lead = next(e for e in outbox(app) if e.to == lead.email)
    assert "Open it now, or ring the room." in to_lead.body and "Another email follows" in to_lead.body
    assert _chased(alert) == [30]
    assert alerts.escalate_overdue(now=raised + timedelta(minutes=59)) == 0 and len(outbox(app)) == 3

    outbox(app).clear()
    assert alerts.escalate_overdue(now=raised + timedelta(minutes=60)) == 1
    assert len(outbox(app)) == 3
    assert all(e.subject.startswith("Not seen for 60 minutes") and "This is the last email about it" in e.body
               for e in outbox(app))
    assert _chased(alert) == [30, 60]

    # And then no more, however long it waits.
    outbox(app).clear()
    for later in (61, 90, 24 * 60):
        assert alerts.escalate_overdue(now=raised + timedelta(minutes=later)) == 0
    assert outbox(app) == [] and _chased(alert) == [30, 60]
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).chases == 2


def test_no_chase_once_a_lead_has_seen_it_or_it_is_closed(app, make_staff, officer_client, young, open_session):
    lead_user = make_staff("safeguarding")
    lead = client_for(app, lambda role: lead_user, "safeguarding")
    seen, raised = _escalated_at_ten(app, young)
    lead.get(f"/staff/alerts/{seen.id}")  # the lead opens it at last: no chase
    assert alerts.escalate_overdue(now=raised + timedelta(minutes=31)) == 0
    assert outbox(app) == [] and _chased(seen) == []

    other = Young(app.test_client(), open_session.join_code)
    other.join()
    other.answer(4, DISCLOSURE)
    db.session.expire_all()
    closed = db.session.execute(select(Alert).where(Alert.id != seen.id)).scalar_one()
    assert alerts.escalate_overdue(now=closed.raised_at + timedelta(minutes=11)) == 1
    # Closed by the officer in the room, so still never seen by a lead: it is not chased.
    assert officer_client.post(f"/staff/alerts/{closed.id}/close", data={
        "outcome": "referred", "note": "Referred to the MASH by phone at 14:20, ref given.", "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."}).status_code == 303
    db.session.expire_all()
    assert db.session.get(Alert, closed.id).lead_seen_at is None
    outbox(app).clear()
    alerts.escalate_overdue(now=closed.raised_at + timedelta(minutes=61))
    # Only the reminder that the officer's close waits for the lead's sign-off (an hour on), never a chase.
    assert _chased(closed) == [] and all(e.subject.startswith("Waiting for your sign-off") for e in outbox(app))


def test_two_checks_at_the_same_time_chase_once(app, make_staff, officer, young, monkeypatch):
    lead = make_staff("safeguarding")
    alert, raised = _escalated_at_ten(app, young)
    read, others = alerts._to_chase, []

    def read_then_another_instance_checks(now):
        found = read(now)  # this check has read the alert as not yet chased…
        if not others:  # …when another instance's check, its own app and session, runs to the end
            others.append(1)
            with app.app_context():
                others.append(alerts.escalate_overdue(now=now))
        return found

    monkeypatch.setattr(alerts, "_to_chase", read_then_another_instance_checks)
    mine = alerts.escalate_overdue(now=raised + timedelta(minutes=30, seconds=30))
    assert others == [1, 1] and mine == 0
    assert sorted(e.to for e in outbox(app)) == sorted([lead.email, officer.email]) and _chased(alert) == [30]


def test_a_check_that_missed_the_chases_sends_one_email_not_three(app, make_staff, young):
    """Nothing checked for an hour (the app was down): one email saying how long it has waited, not the 10-minute
    one and both chases at once; the next chase then goes only if one is still to come."""
    make_staff("safeguarding")
    alert = raise_alert(young)
    outbox(app).clear()
    assert alerts.escalate_overdue(now=alert.raised_at + timedelta(minutes=35)) == 1
    assert [e.subject.split(":")[0] for e in outbox(app)] == ["Not opened for 30 minutes"]  # how long, truly
    assert "Nobody has opened it for 30 minutes." in outbox(app)[0].body
    assert notify.emails_sent(alert)[-1].endswith(", not opened for 30 minutes")
    assert alerts.escalate_overdue(now=alert.raised_at + timedelta(minutes=36)) == 0
    assert alerts.escalate_overdue(now=alert.raised_at + timedelta(minutes=60)) == 1
    assert _chased(alert) == [60]
    assert [e.subject.split(":")[0] for e in outbox(app)][1:] == ["Not seen for 60 minutes by a safeguarding lead"] * 2


def test_the_alert_page_and_its_printed_record_say_when_it_was_chased(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    alerts.escalate_overdue(now=alert.raised_at + timedelta(minutes=11))
    alerts.escalate_overdue(now=alert.raised_at + timedelta(minutes=31))
    alerts.escalate_overdue(now=alert.raised_at + timedelta(minutes=61))
    # Read in print first: opening the alert page is the lead seeing it.
    printed = soup(lead.get(f"/staff/alerts/{alert.id}/print"))
    parts = emailed(printed)
    assert len(parts) == 4 and all(p.startswith("To ") for p in parts)
    assert parts[1].endswith(", not opened for 10 minutes")
    assert parts[2].endswith(", chased: not opened for 30 minutes") and parts[3].endswith(", chased: not opened for 60 minutes")
    # The record, in time order, has the escalation and each chase, by when each was done.
    rows = printed.select(".py-print__record tbody tr")
    assert [r["data-kind"] for r in rows] == ["raised", "escalated", "chased", "chased"]
    assert rows[1].select("td")[1].get_text() == "Escalated: no safeguarding lead had seen it 10 minutes after it was raised"
    assert [r.select("td")[1].get_text() for r in rows[2:]] == [
        f"Chased: no safeguarding lead had seen it {m} minutes after it was raised" for m in (30, 60)]
    assert all(r.select("td")[2].get_text() == "Participation (automatic)" for r in rows[1:])
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert emailed(page) == parts
    # On the alert page too, where the lead's opening now follows them.
    assert [li.get("data-event") for li in page.select(".py-alert-record > li")] == [
        "raised", "escalated", "chased", "chased", "opened"]


SUICIDE = "i have been thinking about killing myself and i have tablets saved up"


def test_every_email_about_a_possible_risk_to_life_says_urgent_the_chases_too(app, make_staff, officer, young):
    make_staff("safeguarding")
    young.answer(4, SUICIDE)
    alert = db.session.execute(select(Alert)).scalar_one()
    (first,) = outbox(app)
    assert first.subject.startswith("Urgent: ")
    outbox(app).clear()
    alerts.escalate_overdue(now=alert.raised_at + timedelta(minutes=11))
    assert {e.subject for e in outbox(app)} == {f"Urgent: Not opened for 10 minutes: safeguarding alert in {alert.session.title}"}
    for minutes in (30, 60):
        outbox(app).clear()
        assert alerts.escalate_overdue(now=alert.raised_at + timedelta(minutes=minutes)) == 1
        assert len(outbox(app)) == 2 and {e.subject for e in outbox(app)} == {  # the lead and the officer
            f"Urgent: Not seen for {minutes} minutes by a safeguarding lead: safeguarding alert in {alert.session.title}"}


def _reminders(alert) -> list[int]:
    return [e.detail["minutes"] for e in db.session.execute(
        select(AuditEvent).where(AuditEvent.action == "alert-sign-off-reminded", AuditEvent.subject_id == alert.id)
        .order_by(AuditEvent.id)).scalars()]


def test_an_officers_close_waiting_for_sign_off_reminds_the_leads_after_an_hour_and_a_day(
        app, make_staff, officer, officer_client, young, monkeypatch):
    lead_user = make_staff("safeguarding")
    make_staff("admin")  # cannot sign off: not reminded
    scheduled = []
    monkeypatch.setattr(notify, "schedule_overdue_check", lambda check, after: scheduled.append((check, after)))
    alert = raise_alert(young)
    alert.categories = ["abuse"]  # a serious category: an officer's close waits for the lead
    db.session.commit()
    assert officer_client.post(f"/staff/alerts/{alert.id}/close", data={
        "outcome": "referred", "note": "Referred to the MASH by phone at 14:20, ref given.", "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."}).status_code == 303
    db.session.expire_all()
    alert = db.session.get(Alert, alert.id)
    assert alert.awaiting_sign_off
    # The reminders are checked for whether or not anyone has a staff page open.
    assert scheduled[-1] == (alerts.escalate_overdue, alerts.SIGN_OFF_REMIND_AFTER)
    closed = alert.closed_at
    outbox(app).clear()

    assert alerts.escalate_overdue(now=closed + timedelta(minutes=59)) == 0 and outbox(app) == []
    assert alerts.escalate_overdue(now=closed + timedelta(minutes=60)) == 1
    (email,) = outbox(app)
    assert email.to == lead_user.email
    assert email.subject == f"Waiting for your sign-off for 1 hour: safeguarding alert in {alert.session.title}"
    assert f"{officer.name} (participation officer) closed it at " in email.body
    assert "(Referred under local safeguarding procedures)" in email.body and "Another reminder follows" in email.body
    assert "stepdad" not in email.body and "Referred to the MASH" not in email.body  # no words, not even the note
    assert alerts.escalate_overdue(now=closed + timedelta(hours=23)) == 0 and len(outbox(app)) == 1

    assert alerts.escalate_overdue(now=closed + timedelta(hours=24)) == 1
    assert outbox(app)[1].subject.startswith("Waiting for your sign-off for 24 hours") and "last reminder" in outbox(app)[1].body
    assert alerts.escalate_overdue(now=closed + timedelta(days=7)) == 0 and len(outbox(app)) == 2
    assert _reminders(alert) == [60, 1440]

    # The record says so, in its place in time and among the emails.
    lead = client_for(app, lambda role: lead_user, "safeguarding")
    printed = soup(lead.get(f"/staff/alerts/{alert.id}/print"))
    assert [r["data-kind"] for r in printed.select(".py-print__record tbody tr")].count("sign-off-reminded") == 2
    assert "Reminder: the close had waited 1 hour for the safeguarding lead's sign-off" in printed.get_text()
    assert [line for line in emailed(printed) if "reminder" in line][0].endswith(", reminder: waiting for sign-off for 1 hour")


def test_a_close_the_lead_signs_off_or_a_close_that_stands_is_not_reminded(app, make_staff, officer, officer_client,
                                                                          young):
    lead_user = make_staff("safeguarding")
    lead = client_for(app, lambda role: lead_user, "safeguarding")
    alert = raise_alert(young)
    alert.categories = ["abuse"]
    db.session.commit()
    officer_client.post(f"/staff/alerts/{alert.id}/close", data={
        "outcome": "referred", "note": "Referred to the MASH by phone at 14:20, ref given.", "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})
    assert lead.post(f"/staff/alerts/{alert.id}/sign-off", data={
        "note": "Read the officer's note and rang the MASH: the referral is in."}).status_code == 303
    outbox(app).clear()
    db.session.expire_all()
    assert alerts.escalate_overdue(now=db.session.get(Alert, alert.id).closed_at + timedelta(hours=2)) == 0
    assert outbox(app) == [] and _reminders(alert) == []


def test_the_demos_alerts_were_emailed_to_its_lead_as_on_a_real_day_and_nothing_was_sent(app):
    outbox(app).clear()
    demo_loaded()
    email, _, name = next(person for person in STAFF if person[1] == "safeguarding")
    found = db.session.execute(select(Alert)).scalars().all()
    sent = [notify.emails_sent(a) for a in found]
    assert found and all(len(lines) == 1 and lines[0].startswith(f"To {name} (Safeguarding lead, {email}) at ")
                         for lines in sent)
    assert outbox(app) == []  # recorded as sent, delivered to nobody
