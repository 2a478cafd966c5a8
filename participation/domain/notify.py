"""Emails to the safeguarding lead when an alert is raised, to the lead and the council's administrators when
no safeguarding lead has seen one for 10 minutes (an officer may have opened it), and again, to them and the
session's officers, at 30 and 60 minutes while still no lead has seen it, so an alert reaches them away from the page;
and to the leads when an officer's close has waited an hour, then a day, for their sign-off; and to the person who
closed an alert when the safeguarding lead reopens it, with the lead's reason.

An email never carries the young person's words, a name or a category of harm (mailboxes are shared and
forwarded): it says where and when, how urgent, and links to the alert, where opening it is recorded. Called after
the commit that raised or escalated the alerts; each email sent is in the audit log.

How mail goes out (`MAIL_MODE`): "smtp" through `MAIL_SERVER` in the background (an RQ worker when Redis is set,
else a thread), so a young person's answer never waits on a mail server; "log" writes each email to the app's log
(the default when no `MAIL_SERVER` is set, as in `make run`); "outbox" keeps them in `app.extensions` for tests;
"off" sends nothing."""

from __future__ import annotations

import smtplib
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import timedelta
from email.message import EmailMessage

from flask import current_app
from redis import Redis
from rq import Queue
from sqlalchemy import select

from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.models import (
    Alert,
    AlertStep,
    AuditEvent,
    ParticipationSession,
    Review,
    Role,
    StaffUser,
)
from participation.domain.models.moderation import CLOSES, OUTCOMES, REOPENED
from participation.pure.local_time import uk_format
from participation.pure.safeguarding.triage import is_risk_to_life
from participation.pure.sanitise import one_line

RAISED, OVERDUE, CHASED, SIGN_OFF, REOPENED_BY_LEAD = "raised", "overdue", "chased", "sign-off", "reopened"
LATE = (OVERDUE, CHASED)  # the emails about an alert no safeguarding lead has seen in time


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    body: str


def mail_mode() -> str:
    configured = current_app.config.get("MAIL_MODE")
    if configured:
        return configured
    return "smtp" if current_app.config.get("MAIL_SERVER") else "log"


# An alert no safeguarding lead has seen is escalated 10 minutes after it was raised and chased at 30 and 60
# (alerts.ESCALATE_AFTER, CHASE_AFTER): each is checked this much later, whether or not anyone has a staff page open.
CHECK_MARGIN = timedelta(seconds=30)


def alerts_raised(alerts: list[Alert]) -> int:
    """Email the council's safeguarding leads about alerts just raised (after their commit). Returns emails sent."""
    return _notify([a for a in alerts if a is not None], RAISED)


def schedule_overdue_check(check: Callable[[], object], after: tuple[timedelta, ...]) -> None:
    """Escalation and its chases do not wait for someone to load a staff page: `check` (alerts.escalate_overdue)
    runs a little after each time in `after` (10, 30 and 60 minutes), as RQ jobs (`participation.worker.check_overdue`;
    workers run with `--with-scheduler`) or, without Redis, on timers in this process. Not in tests and with mail
    off (the pages' own check still runs on every alert list and staff bar)."""
    if mail_mode() in ("outbox", "off"):
        return
    try:
        if current_app.config.get("REDIS_URL"):
            queue = Queue("participation", connection=Redis.from_url(current_app.config["REDIS_URL"]))
            for when in after:
                queue.enqueue_in(when + CHECK_MARGIN, "participation.worker.check_overdue")
        else:
            app = current_app._get_current_object()
            for when in after:
                timer = threading.Timer((when + CHECK_MARGIN).total_seconds(), run_in_app, args=(app, check))
                timer.daemon = True
                timer.start()
    except Exception:  # the pages' own check still escalates it; the log says why the timed one was not set
        current_app.logger.exception("overdue check not scheduled")


def run_in_app(app, fn: Callable[[], object]) -> None:
    """Runs `fn` inside the app (a timer's thread has no app context of its own)."""
    with app.app_context():
        fn()


def alerts_overdue(alerts: list[Alert], minutes: int = 10) -> int:
    """Email the safeguarding leads and the administrators about alerts no lead saw in 10 minutes (`minutes`: how
    long they have waited, when the check came late)."""
    return _notify(alerts, OVERDUE, minutes)


def alerts_chased(alerts: list[Alert], minutes: int, last: bool) -> int:
    """Email the leads, the administrators and the session's officers again about alerts still not seen by a
    safeguarding lead `minutes` after they were raised (`last`: no more emails will follow)."""
    return _notify(alerts, CHASED, minutes, last)


def sign_off_waiting(alerts: list[Alert], minutes: int, last: bool) -> int:
    """Remind the safeguarding leads of officers' closes still waiting for their sign-off `minutes` after the
    close (`last`: no more reminders will follow; the staff bar still shows them to the lead)."""
    return _notify(alerts, SIGN_OFF, minutes, last)


def alert_reopened(alert: Alert) -> int:
    """Email the person who closed an alert the safeguarding lead has just reopened (after its commit): one email,
    with the alert's number, the lead's reason and the link (`message`), so they know it is back and why."""
    return _notify([alert], REOPENED_BY_LEAD)


def reopening(alert: Alert) -> tuple[AlertStep, AlertStep] | None:
    """The alert's latest reopening and the close it undid (the steps `alerts.reopen_alert` writes), or None."""
    steps = sorted(alert.steps, key=lambda s: s.id or 0)
    reopened = next((s for s in reversed(steps) if s.action == REOPENED), None)
    closed = next((s for s in reversed(steps) if s.action in CLOSES and reopened and (s.id or 0) < (reopened.id or 0)),
                  None)
    return (reopened, closed) if reopened is not None and closed is not None else None


def _notify(alerts: list[Alert], kind: str, minutes: int = 10, last: bool = False) -> int:
    """Never lets a mail problem reach the young person or the page: the alerts are already stored and shown."""
    if not alerts or mail_mode() == "off":
        return 0
    try:
        return _write_and_send(alerts, kind, minutes, last)
    except Exception:  # the alert stands on the page and the bar; the log says why no email went
        db.session.rollback()
        current_app.logger.exception("alert emails for %s not sent", [a.id for a in alerts])
        return 0


def _write_and_send(alerts: list[Alert], kind: str, minutes: int, last: bool) -> int:
    emails = []
    for alert in alerts:
        people = recipients(alert, kind)
        emails += [message(alert, kind, person, minutes, last) for person in people]
        record("alert-emailed", alert, actor=None, session_id=alert.session_id, kind=kind,
               to=[person.id for person in people],
               **({"opened": alert.first_opened_at is not None} if kind in LATE else {}),
               **({"minutes": minutes} if kind not in (RAISED, REOPENED_BY_LEAD) else {}))
    db.session.commit()
    deliver(emails)
    return len(emails)


def emails_sent(alert: Alert) -> list[str]:
    """What the alert page and its printed record say of its emails, from the audit log, each naming who it went to
    (name, role and address): "To Sam Patel (Safeguarding lead, sam@…) at 14:06" and, when no lead saw it, "To …
    at 14:16, not opened for 10 minutes" (or "…, opened but not by a safeguarding lead in 10 minutes"), each chase:
    "To … at 14:36, chased: not opened for 30 minutes", and each reminder of a close waiting for the lead's sign-off:
    "To … at 16:10, reminder: waiting for sign-off for 1 hour"."""
    events = db.session.execute(
        select(AuditEvent.at, AuditEvent.detail).where(AuditEvent.action == "alert-emailed",
                                                       AuditEvent.subject_type == "Alert", AuditEvent.subject_id == alert.id)
        .order_by(AuditEvent.id)
    ).all()
    ids = {i for _, detail in events for i in (detail or {}).get("to", [])}
    people = {p.id: p for p in db.session.execute(select(StaffUser).where(StaffUser.id.in_(ids))).scalars()} if ids else {}
    lines = []
    for at, detail in events:
        detail = detail or {}
        named = [_named(people.get(i)) for i in detail.get("to", [])]
        who = (" and ".join([", ".join(named[:-1]), named[-1]]) if len(named) > 1 else named[0] if named
               else "nobody (no safeguarding lead or administrator has an account)")
        kind, minutes = detail.get("kind"), detail.get("minutes", 10)
        why = (f", reminder: waiting for sign-off for {how_long(minutes)}" if kind == SIGN_OFF
               else ", reopened by the safeguarding lead" if kind == REOPENED_BY_LEAD
               else "" if kind not in LATE
               else f", {'chased: ' if kind == CHASED else ''}opened but not by a safeguarding lead in {minutes} minutes"
               if detail.get("opened")
               else f", {'chased: ' if kind == CHASED else ''}not opened for {minutes} minutes")
        lines.append(f"To {who} at {uk_format(at, '%H:%M')}{why}")
    return lines


def _named(person: StaffUser | None) -> str:
    """Who an email went to, for the record: their name (or, with none, their role), their role and address."""
    if person is None:
        return "an account no longer in Participation"
    role = person.role_enum.label
    return f"{one_line(person.name)} ({role}, {person.email})" if one_line(person.name) else f"{role} ({person.email})"


def how_long(minutes: int) -> str:
    """"45 minutes", "1 hour", "24 hours"."""
    if minutes < 60 or minutes % 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{minutes // 60} hour{'s' if minutes != 60 else ''}"


def recipients(alert: Alert, kind: str) -> list[StaffUser]:
    """The council's safeguarding leads with a working account (and its administrators when overdue, or when
    the council has no lead); when chased, the officers running the session too (see `message`)."""
    council_id = db.session.execute(
        select(Review.council_id).join(ParticipationSession, ParticipationSession.review_id == Review.id)
        .where(ParticipationSession.id == alert.session_id)
    ).scalar_one()
    people = list(db.session.execute(
        select(StaffUser).where(StaffUser.council_id == council_id, StaffUser.active.is_(True),
                                StaffUser.role.in_([Role.SAFEGUARDING.value, Role.ADMIN.value]))
        .order_by(StaffUser.id)
    ).scalars())
    leads = [p for p in people if p.role == Role.SAFEGUARDING.value]
    if kind == REOPENED_BY_LEAD:
        # Only the person who closed it, when it was not the lead reopening it, and their account still works.
        found = reopening(alert)
        closer = found[1].author if found is not None else None
        return [closer] if closer is not None and closer.active and closer.id != found[0].author_id else []
    # A reminder of a close waiting for sign-off goes where the first email went: the leads (only a lead signs off).
    if kind == CHASED:
        # Half an hour on, the people in the room may be the only ones who can reach a lead (on call, by phone),
        # and the session may have ended, so they leave the staff bar behind: they are emailed too.
        return people + sorted((o for o in alert.session.officers if o.active and o not in people), key=lambda o: o.id)
    return people if kind == OVERDUE or not leads else leads


def _link(alert: Alert) -> str:
    """The alert's full address from PUBLIC_BASE_URL, else its path. Never from the request: the request that
    raises an alert is a young person's, and its Host header is whatever the sender typed (a link to
    another site in the lead's inbox)."""
    path = f"/staff/alerts/{alert.id}"
    base = current_app.config.get("PUBLIC_BASE_URL")
    return f"{base.rstrip('/')}{path}" if base else f"sign in to Participation and open Alerts ({path})"


def message(alert: Alert, kind: str, person: StaffUser, minutes: int = 10, last: bool = False) -> Email:
    """One email about one alert: where, when, how urgent and the link, and none of the young person's words.
    Late (`LATE`: no safeguarding lead has seen it `minutes` after it was raised), it says so first, and who to ring:
    the room for the leads and administrators, the lead on call for the officers in the room."""
    session = alert.session
    title = one_line(session.title)  # one line whatever was stored: a subject with a line break is refused
    room = title + (f" ({one_line(session.place)})" if session.place else "")
    officers = ", ".join(one_line(o.name) or o.email for o in session.officers)
    urgent = is_risk_to_life(alert.categories)
    what = ("A young person asked to talk to someone today" if alert.wants_to_talk and not (alert.text or "").strip()
            else "A possible risk to life was raised" if urgent else "A possible disclosure of harm was raised")
    opener = alert.first_opened_by if alert.first_opened_at else None
    in_the_room = person.role not in (Role.SAFEGUARDING.value, Role.ADMIN.value)
    about = f"safeguarding alert in {title}"
    if kind == CHASED:
        subject = f"Not seen for {minutes} minutes by a safeguarding lead: {about}"
    elif kind == OVERDUE and opener is not None:
        subject = f"No safeguarding lead has opened it for {minutes} minutes: {about}"
    elif kind == OVERDUE:
        subject = f"Not opened for {minutes} minutes: {about}"
    elif kind == SIGN_OFF:
        subject = f"Waiting for your sign-off for {how_long(minutes)}: {about}"
    elif kind == REOPENED_BY_LEAD:
        subject = f"Reopened by the safeguarding lead: safeguarding alert {alert.id} in {title}"
    else:
        subject = about[0].upper() + about[1:]
    # A possible risk to life says so first in every email about it, the first one and each that follows.
    subject = ("Urgent: " if urgent else "") + subject
    lines = [
        f"{what} at {uk_format(alert.raised_at, '%H:%M on %-d %B %Y')} (UK time) in {room}"
        + (f", run by {officers}." if officers else "."),
    ]
    if kind == SIGN_OFF and alert.closed_by is not None:
        closer = alert.closed_by
        lines.append(
            f"{one_line(closer.name) or closer.email} ({closer.role_enum.label.lower()}) closed it at "
            f"{uk_format(alert.closed_at, '%H:%M on %-d %B')} ({OUTCOMES.get(alert.outcome, alert.outcome)}). "
            f"It has waited {how_long(minutes)} for a safeguarding lead to sign it off: open it to sign it off, or "
            "reopen it with a reason.")
        lines.append("This is the last reminder: it stays on your staff pages until it is signed off." if last
                     else "Another reminder follows if it is still waiting.")
    found = reopening(alert) if kind == REOPENED_BY_LEAD else None
    if found is not None:
        reopened, closed = found
        lead = reopened.author
        lines.append(
            f"{one_line(lead.name) or lead.email} ({lead.role_enum.label.lower()}) reopened alert {alert.id} at "
            f"{uk_format(reopened.written_at, '%H:%M on %-d %B')}. You closed it at "
            f"{uk_format(closed.written_at, '%H:%M on %-d %B')} ({OUTCOMES.get(closed.outcome, closed.outcome)}).")
        lines += ["", "Their reason:", *reopened.note.splitlines(), "",
                  "Open it to see what is needed, and record what you do as steps."]
    if kind in LATE:
        act = ("Ring the safeguarding lead on call now, or tell a safeguarding lead another way." if in_the_room
               else "Open it now, or ring the room.")
        lines.append(
            f"{one_line(opener.name) or opener.email} ({opener.role_enum.label.lower()}) opened it, but no safeguarding lead "
            f"has opened it in {minutes} minutes. {act}" if opener is not None
            else f"Nobody has opened it for {minutes} minutes. {act}")
        if kind == CHASED:
            lines.append("This is the last email about it: it stays first on the staff pages until it is closed." if last
                         else "Another email follows if still no safeguarding lead has seen it.")
        if not in_the_room:
            phones = [f"{o.name or o.email}: {o.work_phone}" for o in session.officers if o.work_phone]
            lines.append("Ring the room: " + ("; ".join(phones) if phones else "no officer in the room has a work phone in Participation."))
        council = session.review.council
        if council.alert_lead_phone:
            lines.append(f"Safeguarding lead on call: {council.alert_lead_phone}")
    why = ("you closed this alert" if kind == REOPENED_BY_LEAD
           else "you run this session" if in_the_room
           else f"you are {'an administrator' if person.role == Role.ADMIN.value else 'a safeguarding lead'} for your council")
    lines += [
        "",
        f"Open the alert: {_link(alert)}",
        "",
        "This email has none of the young person's words, on purpose. Read them in Participation, where opening "
        "the alert is recorded. Do not forward this email.",
        "",
        f"You get this email because {why} in Participation.",
    ]
    return Email(to=person.email, subject=subject, body="\n".join(lines))


# ---- sending ------------------------------------------------------------------------------------------


def deliver(emails: list[Email]) -> None:
    """Send the emails as `MAIL_MODE` says, in the background for SMTP."""
    if not emails:
        return
    mode = mail_mode()
    if mode == "outbox":
        current_app.extensions.setdefault("outbox", []).extend(emails)
    elif mode == "log":
        for e in emails:
            current_app.logger.warning("Email to %s: %s\n%s", e.to, e.subject, e.body)
    elif mode == "smtp":
        settings = smtp_settings(current_app.config)
        if current_app.config.get("REDIS_URL"):
            Queue("participation", connection=Redis.from_url(current_app.config["REDIS_URL"])).enqueue(
                "participation.domain.notify.send_smtp", settings, [asdict(e) for e in emails], job_timeout=120)
        else:
            threading.Thread(target=send_smtp, args=(settings, [asdict(e) for e in emails]), daemon=True).start()


def smtp_settings(config) -> dict:
    return {"server": config["MAIL_SERVER"], "port": int(config.get("MAIL_PORT") or 587),
            "starttls": bool(config.get("MAIL_USE_TLS", True)), "username": config.get("MAIL_USERNAME") or "",
            "password": config.get("MAIL_PASSWORD") or "", "sender": config.get("MAIL_FROM") or ""}


def send_smtp(settings: dict, emails: list[dict]) -> None:
    """Send over one SMTP connection (in an RQ worker or a thread: no app needed)."""
    with smtplib.SMTP(settings["server"], settings["port"], timeout=30) as smtp:
        if settings["starttls"]:
            smtp.starttls()
        if settings["username"]:
            smtp.login(settings["username"], settings["password"])
        for e in emails:
            msg = EmailMessage()
            msg["From"], msg["To"], msg["Subject"] = settings["sender"], e["to"], e["subject"]
            msg.set_content(e["body"])
            smtp.send_message(msg)
