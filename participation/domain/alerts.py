"""Safeguarding alerts: raised by the screen or a moderator, seen at once, never deleted, worked on in steps,
closed with an outcome, reopened only by the safeguarding lead."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import selectinload

from participation.domain import notify, screening
from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.errors import InvalidChange, NotAllowed, NotFound
from participation.domain.models import (
    Alert,
    AlertStep,
    Answer,
    AuditEvent,
    ParticipationSession,
    Review,
    Role,
    StaffUser,
)
from participation.domain.models.answers import AnswerState
from participation.domain.models.moderation import (
    AWAITING_SIGN_OFF,
    CLOSED_STATE,
    CLOSES,
    LADO_NOT_TOLD,
    OPEN,
    REFERRAL_STEPS,
    REOPENED,
    SIGNED_OFF,
    STEP_ACTIONS,
    TOLD_ROOM,
)
from participation.domain.models.sessions import session_officers
from participation.pure import help_numbers
from participation.pure.alert_guidance import NO_LADO_CONTACT, needs_sign_off, tells_lado
from participation.pure.alert_guidance import may_be_about_staff as may_be_about_staff_words
from participation.pure.alert_guidance import may_be_sexual_abuse as may_be_sexual_abuse_cues
from participation.pure.local_time import uk_today
from participation.pure.safeguarding import redact_details
from participation.pure.safeguarding.triage import (
    MODEL_ONLY,
    READ_FIRST,
    Priority,
    alert_priority,
    is_risk_to_life,
)
from participation.pure.sanitise import clean_text
from participation.pure.when import WhenError, parse_when

ESCALATE_AFTER = timedelta(minutes=10)
# While still no safeguarding lead has seen an open alert, it is chased (emailed again) this long after it was
# raised, and then no more: the alert stays first on the staff pages until it is closed.
CHASE_AFTER = (timedelta(minutes=30), timedelta(minutes=60))
_LAST_CHASE = int(CHASE_AFTER[-1].total_seconds() // 60)
# Said on an open alert no lead has seen yet (a lead's review: nothing on the page promised a chase).
CHASES_IN_WORDS = (f"Until a safeguarding lead opens it, records a step or closes it, it is escalated by email after "
                   f"{int(ESCALATE_AFTER.total_seconds() // 60)} minutes and chased again after "
                   f"{' and '.join(str(int(c.total_seconds() // 60)) for c in CHASE_AFTER)} minutes.")
# An officer's close waiting for the safeguarding lead's sign-off (`waits_for_sign_off`): the leads are reminded
# by email this long after the close while it still waits, and then no more (the staff bar still shows it to them).
SIGN_OFF_REMIND_AFTER = (timedelta(hours=1), timedelta(hours=24))
ASKED = "asked-to-talk"  # an alert a young person raised themselves, with no words
LADO = "lado"  # the step "Told the LADO" (STEP_ACTIONS)


class NoLadoContact(InvalidChange):
    """A close or sign-off of an alert whose guidance says to tell the LADO, with no LADO contact recorded and
    without the explicit "close without a LADO contact" tick: nothing is done."""


class NoLadoReason(NoLadoContact):
    """The tick with no reason written: why the LADO was not told goes on the record, so nothing is done."""


class NoReferralStep(InvalidChange):
    """A close as "Referred under local safeguarding procedures" with no step recording a referral and without the
    explicit "close without a referral step" tick: nothing is done (the same kind of check as the LADO's)."""


class NoReferralReason(NoReferralStep):
    """The tick with no reason written: nothing is done."""


def _council_sessions(user: StaffUser):
    return select(ParticipationSession.id).join(Review).where(Review.council_id == user.council_id)


def new_alert(answer: Answer, source: str, categories, cues) -> Alert:
    alert = Alert(
        session_id=answer.session_id,
        answer_id=answer.id,
        participant_id=answer.participant_id,
        source=source,
        text=answer.raw_text or answer.text or "",
        prompt_text=answer.prompt.text,
        categories=list(categories),
        cues=list(cues),
    )
    db.session.add(alert)
    return alert


def send_to_safeguarding(user: StaffUser, answer: Answer, source: str = "moderator", categories=(), cues=(),
                         words: str | None = None) -> Alert:
    """An answer a person sends to the safeguarding lead (a moderator, or an officer whose translation reads
    like harm): held, so no pack prints it until the lead decides, with an alert; the decision is kept as a
    label for the screen, on `words` (what it can read) or the answer's own. Caller records and commits."""
    if answer.state == AnswerState.HELD.value:
        raise InvalidChange("This answer is already with the safeguarding lead.")
    alert = new_alert(answer, source=source, categories=categories, cues=cues)
    answer.state = AnswerState.HELD.value
    answer.starred = False
    answer.decided_by_id = user.id
    answer.decided_on = uk_today()
    screening.keep_label(user.council_id, words or answer.text, disclosure=True, source="sent-to-safeguarding")
    db.session.flush()
    return alert


def raise_from_screen(answer: Answer, categories, cues, similar=()) -> Alert | None:
    """Called inside the young person's save, so the alert and the answer are written together. Returns the new
    alert, or None when the answer's open alert took the new words."""
    existing = db.session.execute(
        select(Alert).where(Alert.answer_id == answer.id, Alert.state == "open")
    ).scalar_one_or_none() if answer.id else None
    if existing is not None:
        existing.text = words_after_change(existing.text, answer.raw_text)
        existing.categories = sorted(set(existing.categories) | set(categories))
        existing.cues = list(dict.fromkeys([*existing.cues, *cues]))
        existing.similar = list(similar) if not existing.cues else []
        return None
    alert = new_alert(answer, "screen", categories, cues)
    alert.similar = list(similar)
    db.session.flush()
    record("alert-raised", alert, actor=None, session_id=answer.session_id, categories=list(categories))
    return alert


CHANGED_TO = "Then changed to:"


def words_after_change(before: str | None, after: str | None) -> str | None:
    """An open alert's words when the young person changes the answer to another possible disclosure: the new
    words, and the earlier ones before them unless the new words still hold them (they went on typing). The first
    wording of a disclosure is never lost from the alert."""
    if not after or not before or before in after:
        return after or before
    return f"{before}\n\n{CHANGED_TO}\n{after}"


def _running(user: StaffUser):
    """Alerts of the sessions this user runs."""
    return Alert.session_id.in_(select(session_officers.c.session_id).where(session_officers.c.staff_id == user.id))


def _alert_scope(user: StaffUser):
    """Alerts a user sees: the safeguarding lead all of the council's; officers their sessions', and any escalated;
    an administrator those escalated to them, and all of them only when the council has no safeguarding lead (the
    emails go to the administrators then: `counts_as_lead`). An administrator runs accounts and settings and is
    not told of every disclosure: words are shown only to the people who must act."""
    council = Alert.session_id.in_(_council_sessions(user))
    if user.role == Role.SAFEGUARDING.value or counts_as_lead(user):
        return council
    if user.role == Role.ADMIN.value:
        return and_(council, Alert.escalated.is_(True))
    return and_(council, or_(_running(user), Alert.escalated.is_(True)))


def escalate_overdue(now: datetime | None = None) -> int:
    """Escalates each open alert no safeguarding lead has seen (`counts_as_lead`) 10 minutes after it was raised,
    even when an officer has opened it: it is shown to every officer, and the leads and administrators are emailed.
    While still no lead has seen it, chases it at 30 and at 60 minutes (`CHASE_AFTER`), and then no more: the
    leads, administrators and the session's officers are emailed again, saying how long it has waited. Reminds the
    leads of an officer's close still waiting for their sign-off 1 and 24 hours after it (`SIGN_OFF_REMIND_AFTER`).
    Each is done once however many instances check at the same time. Returns how many alerts this call escalated,
    chased or reminded the leads of."""
    now = now or datetime.utcnow()
    return _escalate(now) + _chase(now) + _remind_sign_off(now)


def _chases_due(alert: Alert, now: datetime) -> int:
    return sum(alert.raised_at <= now - after for after in CHASE_AFTER)


def _claim(alert: Alert, still, **values) -> bool:
    """Sets `values` on the alert only where `still` holds in the database (nobody else, such as another
    instance's poll, did it meanwhile): True when this call did it, so it is recorded and emailed once."""
    return db.session.execute(
        update(Alert).where(Alert.id == alert.id, still).values(**values)
        .execution_options(synchronize_session=False)).rowcount == 1


def _escalate(now: datetime) -> int:
    overdue = db.session.execute(
        select(Alert).where(
            Alert.state == OPEN, Alert.lead_seen_at.is_(None), Alert.escalated.is_(False),
            Alert.raised_at < now - ESCALATE_AFTER,
        )
    ).scalars().all()
    # An escalation that comes late (nothing checked for 30 minutes) also counts as the chases already due, so
    # one check sends one email about an alert, never the 10-minute one and a chase together.
    due = {alert.id: _chases_due(alert, now) for alert in overdue}
    mine = [alert for alert in overdue
            if _claim(alert, Alert.escalated.is_(False), escalated=True, chases=due[alert.id])]
    for alert in mine:
        alert.escalated, alert.chases = True, due[alert.id]
        record("alert-escalated", alert, actor=None, session_id=alert.session_id)
    if overdue:
        db.session.commit()
    # The email says how long it has truly waited: 10 minutes, or for a late check the latest chase it counts as.
    for chases in sorted({due[alert.id] for alert in mine}):
        notify.alerts_overdue([alert for alert in mine if due[alert.id] == chases],
                              int((CHASE_AFTER[chases - 1] if chases else ESCALATE_AFTER).total_seconds() // 60))
    return len(mine)


def _to_chase(now: datetime) -> list[Alert]:
    """Escalated alerts still open and unseen by a lead, 30 minutes old or more, with a chase not yet done."""
    return list(db.session.execute(
        select(Alert).where(
            Alert.state == OPEN, Alert.lead_seen_at.is_(None), Alert.escalated.is_(True),
            Alert.chases < len(CHASE_AFTER), Alert.raised_at <= now - CHASE_AFTER[0],
        )
    ).scalars())


def _chase(now: datetime) -> int:
    unseen = _to_chase(now)
    mine: list[tuple[Alert, int]] = []
    for alert in unseen:
        due = _chases_due(alert, now)
        # A check that missed the 30-minute chase sends only the latest one due (one email, "for 60 minutes").
        if alert.chases < due and _claim(alert, Alert.chases < due, chases=due):
            alert.chases = due
            mine.append((alert, int(CHASE_AFTER[due - 1].total_seconds() // 60)))
    for alert, minutes in mine:
        record("alert-chased", alert, actor=None, session_id=alert.session_id, minutes=minutes)
    if unseen:
        db.session.commit()
    for minutes in sorted({m for _, m in mine}):
        notify.alerts_chased([a for a, m in mine if m == minutes], minutes, last=minutes == _LAST_CHASE)
    return len(mine)


def _remind_sign_off(now: datetime) -> int:
    """Emails the leads about closes waiting for their sign-off an hour (then a day) after the close, once each,
    claimed as a chase is; a check that missed the first sends only the latest one due."""
    waiting = list(db.session.execute(
        select(Alert).where(Alert.state == AWAITING_SIGN_OFF, Alert.closed_at.is_not(None),
                            Alert.sign_off_reminders < len(SIGN_OFF_REMIND_AFTER),
                            Alert.closed_at <= now - SIGN_OFF_REMIND_AFTER[0])
    ).scalars())
    mine: list[tuple[Alert, int]] = []
    for alert in waiting:
        due = sum(alert.closed_at <= now - after for after in SIGN_OFF_REMIND_AFTER)
        if alert.sign_off_reminders < due and _claim(alert, and_(Alert.state == AWAITING_SIGN_OFF,
                                                                  Alert.sign_off_reminders < due),
                                                     sign_off_reminders=due):
            alert.sign_off_reminders = due
            mine.append((alert, int(SIGN_OFF_REMIND_AFTER[due - 1].total_seconds() // 60)))
    for alert, minutes in mine:
        record("alert-sign-off-reminded", alert, actor=None, session_id=alert.session_id, minutes=minutes)
    if waiting:
        db.session.commit()
    last = int(SIGN_OFF_REMIND_AFTER[-1].total_seconds() // 60)
    for minutes in sorted({m for _, m in mine}):
        notify.sign_off_waiting([a for a, m in mine if m == minutes], minutes, last=minutes == last)
    return len(mine)


def announce_raised(raised: list[Alert]) -> None:
    """After the commit that raised these alerts: email the safeguarding leads, and check in 10, 30 and 60 minutes
    whether a lead has seen them (`escalate_overdue`), whether or not a staff page is open then."""
    found = [a for a in raised if a is not None]
    if found:
        notify.alerts_raised(found)
        notify.schedule_overdue_check(escalate_overdue, (ESCALATE_AFTER, *CHASE_AFTER))


def open_alerts(user: StaffUser) -> list[Alert]:
    """Open alerts for the staff bar, most urgent first: the same order as the alerts list (`urgency`), so the bar's
    "Most urgent" is the list's first open alert. The bar names rooms in its own order (`bar_rooms`)."""
    if not user.has_role(Role.OFFICER, Role.SAFEGUARDING):
        return []
    escalate_overdue()
    rows = db.session.execute(
        select(Alert).where(Alert.state == "open", _alert_scope(user))
        .options(selectinload(Alert.answer), selectinload(Alert.steps), selectinload(Alert.session))
    ).scalars().all()
    return sorted(rows, key=urgency, reverse=True)


def is_new(alert: Alert, since: datetime) -> bool:
    """An open alert marked "New" on the alerts list: raised since the list was opened (`since`), or not yet opened
    by anyone."""
    return alert.is_open and (alert.raised_at > since or alert.first_opened_at is None)


def unseen(banner_alerts: list[Alert]) -> int:
    """How many of these open alerts nobody has opened yet: the count in a staff page's tab title."""
    return sum(alert.first_opened_at is None for alert in banner_alerts)


@dataclass(frozen=True)
class RoomOfficer:
    """One of the officers running an alert's session, with their work phone ("" when none) and the link that
    dials it: the safeguarding lead rings the room on it."""

    name: str
    phone: str
    href: str


def room_officers(alert: Alert) -> list[RoomOfficer]:
    """The officers running the alert's session, the people in the room, by name, with their work phones."""
    officers = sorted(alert.session.officers, key=lambda u: ((u.name or u.email).lower(), u.id))
    return [RoomOfficer(u.name or u.email, u.work_phone, help_numbers.tel_href(u.work_phone) if u.work_phone else "")
            for u in officers]


@dataclass(frozen=True)
class RoomAlerts:
    """A room (session) with open alerts, for the staff bar: its most urgent open alert and how many it has."""

    session: ParticipationSession
    first: Alert
    count: int
    newest: Alert  # its newest alert nobody has acted on yet (no step), or its newest when all are being worked on


@dataclass(frozen=True)
class BarRooms:
    """The rooms the staff bar names, and how many more rooms with open alerts it leaves to the list."""

    shown: list[RoomAlerts]
    more: int
    total: int


BAR_ROOMS = 3


def by_room(ordered: list[Alert]) -> list[RoomAlerts]:
    """Open alerts (most urgent first: `open_alerts`) gathered by room: each room once, with its most urgent alert
    and its newest alert nobody has acted on, in the order of their most urgent alerts."""
    found: dict[int, list[Alert]] = {}
    for alert in ordered:
        found.setdefault(alert.session_id, []).append(alert)
    rooms = []
    for room_alerts in found.values():
        unhandled = [a for a in room_alerts if not a.steps] or room_alerts
        newest = max(unhandled, key=lambda a: (a.raised_at, a.id))
        rooms.append(RoomAlerts(room_alerts[0].session, room_alerts[0], len(room_alerts), newest))
    return rooms


def bar_rooms(ordered: list[Alert], user: StaffUser, limit: int = BAR_ROOMS) -> BarRooms:
    """The rooms the staff bar names: first the room of the most urgent open alert (the alerts list's first, by
    `urgency`); then the rooms of sessions open now, the viewer's own first, then the other rooms; each group by
    its newest alert nobody has acted on yet, newest first. At most `limit` rooms, but never fewer than every
    session open now: the "and N more" only ever leaves older, quieter rooms to the list."""
    rooms = by_room(ordered)
    if not rooms:
        return BarRooms([], 0, 0)
    first, rest = rooms[0], rooms[1:]
    rest.sort(key=lambda r: (r.newest.raised_at, r.newest.id), reverse=True)
    rest.sort(key=lambda r: (not r.session.is_open, user not in r.session.officers))
    live = sum(r.session.is_open for r in rest)
    shown = [first, *rest[:max(limit - 1, live)]]
    return BarRooms(shown, len(rooms) - len(shown), len(rooms))


def minutes_waiting(alert: Alert, now: datetime | None = None) -> int:
    """Whole minutes since the alert was raised, by the clock now: how long the staff bar says an alert no
    safeguarding lead has seen has waited."""
    return max(0, int(((now or datetime.utcnow()) - alert.raised_at).total_seconds() // 60))


def runs_session(user: StaffUser, alert: Alert) -> bool:
    return user in alert.session.officers


def may_close(user: StaffUser, alert: Alert) -> bool:
    """Who can close an alert they can see: the safeguarding lead, an administrator (an alert escalated to them, or
    any when the council has no lead) and the officers running the session. Other officers see an escalated alert
    to help (a step: "Rang or went to the officer in the room"), not to close it."""
    return user.role in (Role.SAFEGUARDING.value, Role.ADMIN.value) or runs_session(user, alert)


NOT_YOURS_TO_CLOSE = ("Only the officers running this session, the safeguarding lead or an administrator can close "
                      "this alert. Record a step to say what you did.")


def priority(alert: Alert) -> Priority:
    """How urgent an alert is to read (`pure/safeguarding/triage.py`): words the screen could not read and
    a young person waiting to talk first, then what the rules found or a moderator sent, then the model's
    alone; the model's risk orders each group."""
    answer = alert.answer
    return alert_priority(
        source=alert.source, has_cues=bool(alert.cues), has_words=bool((alert.text or "").strip()),
        screened=answer.screened if answer is not None else True, asked_to_talk=alert.wants_to_talk,
        risk=answer.risk if answer is not None else None,
    )


def risk_to_life(alert: Alert) -> bool:
    """A possible risk to life (suicide or self-harm): such an alert stays first until it is closed (`stays_first`)."""
    return is_risk_to_life(alert.categories)


def stays_first(alert: Alert) -> bool:
    """A possible risk to life the screen's rules found or a person sent: first everywhere, opened or not, until it
    is closed. The model's guess alone (no rule matched; its kind of harm is read from the examples nearest in
    meaning) is not: a young person waiting to talk, and words the screen could not read, come before it."""
    return risk_to_life(alert) and priority(alert).group != MODEL_ONLY


# The order of open alerts, in words, above the alerts list: what `urgency` does.
URGENCY_IN_WORDS = ("Most urgent first: a possible risk to life (suicide or self-harm) found by the screen's rules "
                    "or sent by a person; then a young person asking to talk, and words the screen could not read; "
                    "then the rest, a risk to life only the screen's model guessed among them; last, a request to "
                    "talk the young person took back with Undo, having written nothing. Within each, the highest "
                    "risk score first, then the newest.")

RISK_TO_LIFE, READ_FIRST_TIER, THE_REST, TAKEN_BACK = 2, 1, 0, -1


def tier(alert: Alert) -> int:
    """Which of the four kinds of open alert this is, the most urgent the highest (`URGENCY_IN_WORDS`). A risk to life
    only the model guessed ranks by its risk score with the rest: the lead's review found a waiting-list complaint the
    model read as self-harm (0.56) above "an older boy keeps saying he will hurt me" (1.00)."""
    if stays_first(alert):
        return RISK_TO_LIFE
    if alert.wants_to_talk and alert.talk_undone_at is not None and not (alert.text or "").strip():
        # Still open and still read, but after every young person who has not taken theirs back (an officer's
        # review: three requests undone sat above "the man in the house he hit me. i am scared").
        return TAKEN_BACK
    if priority(alert).group == READ_FIRST:
        return READ_FIRST_TIER
    return THE_REST


def urgency(alert: Alert) -> tuple[int, float, datetime, int]:
    """The one order of open alerts, most urgent first when sorted in descending order (`URGENCY_IN_WORDS`): by
    `tier`, then the risk score (`priority`: the model's risk, or the highest where nothing could judge the words),
    then the newest. The alerts list, the staff bar's "Most urgent" and its rooms all sort by it."""
    return (tier(alert), priority(alert).risk, alert.raised_at, alert.id)


def alerts(user: StaffUser) -> list[Alert]:
    """Every alert this user sees: open ones first (most urgent first: `urgency`) and then the newest; then those
    waiting for the lead's sign-off; then closed ones, newest first."""
    found = db.session.execute(
        select(Alert).where(_alert_scope(user))
        .options(selectinload(Alert.answer), selectinload(Alert.session), selectinload(Alert.steps))
        .order_by(Alert.raised_at.desc(), Alert.id.desc())
    ).scalars()
    opened, waiting, closed = [], [], []
    for alert in found:
        (opened if alert.is_open else waiting if alert.awaiting_sign_off else closed).append(alert)
    return sorted(opened, key=urgency, reverse=True) + waiting + closed


def get_alert(user: StaffUser, alert_id: int) -> Alert:
    escalate_overdue()
    alert = db.session.execute(select(Alert).where(Alert.id == alert_id, _alert_scope(user))).scalar_one_or_none()
    if alert is None:
        raise NotFound()
    return alert


def same_young_person(user: StaffUser, alert: Alert) -> list[Alert]:
    """The other alerts this reader may see from the same young person's visit (each visit is one anonymous
    participant), oldest first: several disclosures from one child are one strategy discussion."""
    if alert.participant_id is None:
        return []
    return list(db.session.execute(
        select(Alert).where(Alert.participant_id == alert.participant_id, Alert.id != alert.id, _alert_scope(user))
        .order_by(Alert.raised_at, Alert.id)
    ).scalars())


def unread_from_same_visit(alert: Alert) -> list[Answer]:
    """The same young person's other answers in this visit that the screen could not read (another language) and
    nobody has decided yet, oldest first: on an alert, so whoever goes to them knows there are words of theirs nobody
    has read (a reviewer playing a young person who wrote "the man in the house hits me" in Tigrinya, then asked to
    talk: the talk alert said they wrote nothing)."""
    if alert.participant_id is None:
        return []
    return list(db.session.execute(
        select(Answer).where(Answer.participant_id == alert.participant_id, Answer.screened.is_(False),
                             Answer.state == AnswerState.PENDING.value, Answer.text.is_not(None),
                             Answer.id != (alert.answer_id or 0))
        .order_by(Answer.id)
    ).scalars())


def sees_raw_words(user: StaffUser, alert: Alert) -> bool:
    """The safeguarding lead and the officers running the session read the words as written."""
    return user.role == Role.SAFEGUARDING.value or runs_session(user, alert)


def redacted_words(alert: Alert) -> str:
    """The words with names and contact details taken out: what the alert list shows everyone who sees the alert."""
    return redact_details(alert.text or "")


def redacted_cues(alert: Alert) -> list[str]:
    """The words that set the screen off: a cue can hold a name ("stepdad dave hits me"), so it is redacted too."""
    return [redact_details(c) for c in alert.cues]


def may_be_about_staff(alert: Alert) -> bool:
    """Whether the alert may be about an adult who works with children (a carer, a teacher, staff), read from the
    words with names taken out and the cues: a hint that puts the LADO's number first, never a finding."""
    return may_be_about_staff_words([*redacted_cues(alert), redacted_words(alert)])


def may_be_sexual_abuse(alert: Alert) -> bool:
    """Whether the screen's cues on an abuse alert speak of sexual abuse (`pure/alert_guidance.may_be_sexual_abuse`):
    the alert then names it and shows its own steps."""
    return may_be_sexual_abuse_cues(alert.categories, alert.cues)


def lado_needed(alert: Alert) -> bool:
    """Whether the alert's guidance says to tell the LADO (`pure/alert_guidance.tells_lado`): abuse pointing to a
    carer, staff or someone else who works with children."""
    return tells_lado(alert.categories, may_be_about_staff(alert))


def lado_contact_recorded(alert: Alert) -> bool:
    """Whether any step in the record, a late entry included, says the LADO was told."""
    return any(step.action == LADO for step in alert.steps)


def missing_lado_contact(alert: Alert, step_action: str | None = None) -> bool:
    """Whether closing or signing off this alert now would leave it with no LADO contact recorded though its
    guidance says to tell the LADO; `step_action`: a step sent with the close, recorded first."""
    return lado_needed(alert) and step_action != LADO and not lado_contact_recorded(alert)


WITHOUT_LADO_NEEDED = (f"{NO_LADO_CONTACT}. Record the call to the LADO as a step, or tick \"Close without a LADO "
                       "contact\" and write why the LADO was not told.")


LADO_REASON_NEEDED = "Write why the LADO was not told, in at least a sentence: it goes on the record and in print."


def _check_lado(alert: Alert, without_lado: bool, step_action: str | None = None, reason: str = "") -> str | None:
    """Refuses (NoLadoContact) a close or sign-off with no LADO contact recorded where one is needed, unless the
    person ticked that they close without one and wrote why (NoLadoReason); returns that reason, for the record,
    or None when the LADO contact is recorded or not needed."""
    if not missing_lado_contact(alert, step_action):
        return None
    return _overridden(without_lado, reason, NoLadoContact(WITHOUT_LADO_NEEDED), NoLadoReason(LADO_REASON_NEEDED))


def _overridden(ticked: bool, reason: str, refused: Exception, too_short: Exception) -> str:
    """A missing step closed over on purpose: refused unless the person ticked that they close without it and wrote
    why, in at least a sentence; returns the reason, for the record."""
    if not ticked:
        raise refused
    reason = clean_text(reason or "", 2000)
    if len(reason) < 10:
        raise too_short
    return reason


def missing_referral_step(alert: Alert, outcome: str | None, step_action: str | None = None) -> bool:
    """Whether closing this alert as "referred" now would leave no step in the record saying a referral was made
    (`REFERRAL_STEPS`: to children's services, adult social care, the LADO, the police, a strategy discussion);
    `step_action`: a step sent with the close, recorded first."""
    return (outcome == "referred" and step_action not in REFERRAL_STEPS
            and not any(step.action in REFERRAL_STEPS for step in alert.steps))


WITHOUT_REFERRAL_NEEDED = ("No referral step recorded. Record the referral as a step (\"Referred to children's "
                           "services\" or its like), or tick \"Close without a referral step\" and write why.")
NO_REFERRAL_WHY = "No referral step recorded, because: "
REFERRAL_REASON_NEEDED = ("Write why no referral step is recorded, in at least a sentence: it goes on the record and "
                          "in print.")


def _check_referral(alert: Alert, outcome: str, without_referral: bool, step_action: str | None = None,
                    reason: str = "") -> str | None:
    """As `_check_lado`, for a close as "referred" with no referral step: refused (NoReferralStep) unless the
    person ticked that they close without one and wrote why (NoReferralReason); returns that reason, or None."""
    if not missing_referral_step(alert, outcome, step_action):
        return None
    return _overridden(without_referral, reason, NoReferralStep(WITHOUT_REFERRAL_NEEDED),
                       NoReferralReason(REFERRAL_REASON_NEEDED))


def _record_lado_not_told(user: StaffUser, alert: Alert, reason: str | None, now: datetime) -> dict:
    """The decision not to tell the LADO as a step of its own (in the chronology and in print); the audit detail."""
    if reason is None:
        return {}
    db.session.add(AlertStep(alert_id=alert.id, author_id=user.id, written_at=now, action=LADO_NOT_TOLD, note=reason))
    return {"without_lado_contact": True}


def words_for(user: StaffUser, alert: Alert) -> str:
    return alert.text if sees_raw_words(user, alert) else redacted_words(alert)


def translation_of(alert: Alert) -> tuple[str, StaffUser | None, datetime | None] | None:
    """The participation team's English translation of the alert's words, who wrote it and when (the last
    "answer-translated" event), or None: a lead checks a translation with its translator before acting on it."""
    answer = alert.answer
    if answer is None or not answer.translation:
        return None
    event = db.session.execute(
        select(AuditEvent).where(AuditEvent.action == "answer-translated", AuditEvent.subject_type == "Answer",
                                 AuditEvent.subject_id == answer.id).order_by(AuditEvent.id.desc()).limit(1)
    ).scalar_one_or_none()
    return answer.translation, (db.session.get(StaffUser, event.actor_id) if event and event.actor_id else None), (event.at if event else None)


def cues_for(user: StaffUser, alert: Alert) -> list[str]:
    return list(alert.cues) if sees_raw_words(user, alert) else redacted_cues(alert)


def counts_as_lead(user: StaffUser) -> bool:
    """Whether this person seeing an alert stops its 10-minute escalation: a safeguarding lead, or an administrator
    when the council has no lead with a working account (the alert emails go to its administrators then, as
    `notify.recipients` picks them). An officer in the room opening it does not: the lead still has to know."""
    if user.role == Role.SAFEGUARDING.value:
        return True
    return user.role == Role.ADMIN.value and not safeguarding_leads(user.council_id)


def _seen(user: StaffUser, alert: Alert, at: datetime) -> None:
    """Opening an alert, a step on it or closing it: the first by anyone is when it was first opened, the first by
    a lead (`counts_as_lead`) is when a lead saw it."""
    if alert.first_opened_at is None:
        alert.first_opened_at = at
        alert.first_opened_by_id = user.id
    if alert.lead_seen_at is None and counts_as_lead(user):
        alert.lead_seen_at = at
        alert.lead_seen_by_id = user.id


def view_alert(user: StaffUser, alert: Alert) -> None:
    _seen(user, alert, datetime.utcnow())
    record("alert-viewed", alert, actor=user, session_id=alert.session_id)
    db.session.commit()


def close_alert(user: StaffUser, alert: Alert, outcome: str, note: str,
                step: tuple[str, str, str] | None = None, without_lado: bool = False, lado_reason: str = "",
                without_referral: bool = False, referral_reason: str = "") -> None:
    """Closes an open alert with what was done and why. `step` is a step (action, note, when) written on the page
    and not yet recorded: it is recorded first, in the same unit of work, so pressing Close never loses it; if it
    cannot be recorded, nothing is done. An officer's (or admin's) close in a serious category
    (`pure/alert_guidance.needs_sign_off`) waits for the safeguarding lead's sign-off instead of closing. Where the
    guidance says to tell the LADO and no step says they were told, it closes only with `without_lado` (the person
    ticked that the note says why), and the audit log says so; the same for a close as "referred" with no step
    recording a referral (`without_referral`, `_check_referral`)."""
    if not alert.is_open:
        raise InvalidChange("This alert is already closed.")
    if not may_close(user, alert):
        raise InvalidChange(NOT_YOURS_TO_CLOSE)
    if outcome not in alert.outcomes:
        raise InvalidChange(TOLD_ROOM_NOT_FOR_TALK if outcome == TOLD_ROOM else "Choose what was done.")
    note = clean_text(note, 4000)
    if len(note) < 10:
        raise InvalidChange(
            "Write why no further action is needed, in at least a sentence. Each alert needs its own note."
            if outcome == "no-further-action"
            else "Write what you told the room, and when, in at least a sentence." if outcome == TOLD_ROOM
            else "Write a little more: what was done about this alert and why, in at least a sentence."
        )
    now = datetime.utcnow()
    checked = _checked_step(*step, now=now, not_before=alert.raised_at) if step is not None else None
    not_told = _check_lado(alert, without_lado, checked and checked[0], lado_reason)
    not_referred = _check_referral(alert, outcome, without_referral, checked and checked[0], referral_reason)
    if checked is not None:
        _record_step(user, alert, *checked, now=now)
    no_lado = _record_lado_not_told(user, alert, not_told, now)
    if not_referred is not None:
        # Why there is no referral step goes with the close's own note: on the page, in print, and kept in the
        # record if the lead reopens it.
        note = f"{note}\n{NO_REFERRAL_WHY}{not_referred}"
        no_lado["without_referral_step"] = True
    alert.outcome = outcome
    alert.outcome_note = note
    alert.closed_at = max(now, datetime.utcnow())
    alert.closed_by_id = user.id
    _seen(user, alert, alert.closed_at)
    if waits_for_sign_off(user, alert, outcome):
        alert.state = AWAITING_SIGN_OFF
        alert.sign_off_reminders = 0  # this close's own reminders (a close the lead reopened had its own)
        record("alert-closed", alert, actor=user, session_id=alert.session_id, outcome=outcome, awaiting_sign_off=True,
               **no_lado)
    else:
        alert.state = CLOSED_STATE
        record("alert-closed", alert, actor=user, session_id=alert.session_id, outcome=outcome, **no_lado)
        _close_settled(user, alert)
    db.session.commit()
    if alert.awaiting_sign_off:
        # The leads are reminded if it waits (`_remind_sign_off`), whether or not a staff page is open then.
        notify.schedule_overdue_check(escalate_overdue, SIGN_OFF_REMIND_AFTER)


# A young person who asked to talk is known (they show their number): telling the room is not the close for them.
TOLD_ROOM_NOT_FOR_TALK = ("This young person asked to talk, so they can be found by their number: choose what was "
                          "done with them.")


def waits_for_sign_off(user: StaffUser, alert: Alert, outcome: str) -> bool:
    """An officer's (or admin's) close of an alert in a serious category, whatever its outcome, goes to the
    safeguarding lead to sign off ("talked to the young person" with no steps, or "told the room; nobody came
    forward", is a decision the lead checks as much as "no further action" is); the lead's own closes, and closes in other categories, stand at once."""
    return user.role != Role.SAFEGUARDING.value and needs_sign_off(alert.categories)


def _close_settled(user: StaffUser, alert: Alert) -> None:
    """What a close does once it stands: what was decided teaches the screen (a false alarm is not a disclosure;
    the rest are), and a false alarm's answer goes back to moderation."""
    words = alert.answer.text if alert.answer is not None and alert.answer.text else redacted_words(alert)
    screening.keep_label(user.council_id, words, disclosure=alert.outcome != "no-further-action",
                         source=f"alert-{alert.outcome}")
    if alert.outcome == "no-further-action":
        _return_to_moderation(user, alert)


def safeguarding_leads(council_id: int) -> list[StaffUser]:
    """The council's safeguarding leads with a working account, by name: an officer's alert page names them."""
    return list(db.session.execute(
        select(StaffUser).where(StaffUser.council_id == council_id, StaffUser.role == Role.SAFEGUARDING.value,
                                StaffUser.active.is_(True)).order_by(StaffUser.name, StaffUser.id)
    ).scalars())


def may_sign_off(user: StaffUser) -> bool:
    return user.role == Role.SAFEGUARDING.value


SIGN_OFF_NOTE_NEEDED = ("Write what you checked before signing this off, in at least a sentence: for example the "
                        "officer's note, the record, who you spoke to.")


def sign_off(user: StaffUser, alert: Alert, note: str, without_lado: bool = False, lado_reason: str = "") -> AlertStep:
    """The safeguarding lead agrees with an officer's close of a serious alert: it closes, the sign-off with the
    lead's note (what they checked: required, as a sign-off with no reason is no check at all) goes into the record
    and the audit log, and the close does what any close does. With no LADO contact recorded where the guidance
    says to tell the LADO, only with `without_lado`, as for a close (`close_alert`)."""
    if not may_sign_off(user):
        raise NotAllowed()
    if not alert.awaiting_sign_off:
        raise InvalidChange("This alert is not waiting for a sign-off.")
    note = _note(note, SIGN_OFF_NOTE_NEEDED)
    not_told = _check_lado(alert, without_lado, reason=lado_reason)
    now = datetime.utcnow()
    no_lado = _record_lado_not_told(user, alert, not_told, now)
    step = AlertStep(alert_id=alert.id, author_id=user.id, written_at=now, action=SIGNED_OFF, note=note)
    db.session.add(step)
    _seen(user, alert, now)
    alert.state = CLOSED_STATE
    db.session.flush()
    record("alert-signed-off", alert, actor=user, session_id=alert.session_id, outcome=alert.outcome,
           closed_by_id=alert.closed_by_id, step_id=step.id, note=note, **no_lado)
    _close_settled(user, alert)
    db.session.commit()
    return step


def awaiting_sign_off(user: StaffUser) -> list[Alert]:
    """For the safeguarding lead: alerts an officer closed that wait for the lead's
    sign-off, the oldest close first. Nobody else signs off, so nobody else is shown them as a task."""
    if not may_sign_off(user):
        return []
    return list(db.session.execute(
        select(Alert).where(Alert.state == AWAITING_SIGN_OFF, _alert_scope(user)).order_by(Alert.closed_at, Alert.id)
    ).scalars())


def _note(text: str, too_short: str) -> str:
    """A note for the safeguarding record: plain text, at most 4,000 characters, at least a short sentence."""
    text = clean_text(text, 4000)
    if len(text) < 10:
        raise InvalidChange(too_short)
    return text


def _checked_step(action: str, note: str, when: str = "", now: datetime | None = None,
                  not_before: datetime | None = None) -> tuple[str, str, datetime | None]:
    """A step's action, note and when it happened (not before `not_before`, when the alert was raised), checked
    and tidied, or InvalidChange saying what to change."""
    if action not in STEP_ACTIONS:
        raise InvalidChange("Choose what you did.")
    note = _note(note, "Write a little more: who you spoke to, when, and what was agreed, in at least a sentence.")
    try:
        happened = parse_when(when, now or datetime.utcnow(), not_before)
    except WhenError as e:
        raise InvalidChange(str(e)) from None
    return action, note, happened


def _record_step(user: StaffUser, alert: Alert, action: str, note: str, happened: datetime | None,
                 now: datetime, late: bool = False) -> AlertStep:
    step = AlertStep(alert_id=alert.id, author_id=user.id, written_at=now, happened_at=happened, action=action,
                     note=note, late=late)
    db.session.add(step)
    _seen(user, alert, step.written_at)
    db.session.flush()
    if late:
        record("alert-late-entry", alert, actor=user, session_id=alert.session_id, step_action=action, step_id=step.id)
    else:
        record("alert-step", alert, actor=user, session_id=alert.session_id, step_action=action, step_id=step.id)
    return step


# The same step sent twice by the same person within this long (a double press, a page sent again) is kept once.
SAME_STEP_WITHIN = timedelta(minutes=10)


def add_step(user: StaffUser, alert: Alert, action: str, note: str, when: str = "", late: bool = False) -> AlertStep:
    """Records something done about an alert (who, when, what, a note). Anyone who may read the alert (`get_alert`)
    may add one. `when` is when it happened as typed ("14:10", "yesterday 16:30", `pure/when.py`); empty means just
    now. On an open alert the alert stays open. On a closed one (or one waiting for sign-off) only as a `late` entry,
    which leaves it closed and is shown as late, with when it was written up; a late entry sent after the lead
    reopened the alert is recorded as an ordinary step. The same step sent again by the same person soon after
    is not recorded twice."""
    if not alert.is_open and not late:
        raise InvalidChange("This alert is closed. The safeguarding lead can reopen it to record more.")
    now = datetime.utcnow()
    action, note, happened = _checked_step(action, note, when, now, alert.raised_at)
    same = next((s for s in reversed(alert.steps) if s.author_id == user.id and s.action == action and s.note == note
                 and s.happened_at == happened and s.written_at >= now - SAME_STEP_WITHIN), None)
    if same is not None:
        return same
    step = _record_step(user, alert, action, note, happened, now, late=late and not alert.is_open)
    db.session.commit()
    return step


# What the system did about an alert, from the audit log, as a chronology entry of its own: escalated to every
# officer (with the leads and administrators emailed), chased by email, the leads reminded of a sign-off.
_SYSTEM_EVENTS = {"alert-escalated": "escalated", "alert-chased": "chased", "alert-sign-off-reminded": "sign-off-reminded"}


def chronology(alert: Alert) -> list[tuple[datetime, str, AlertStep | AuditEvent | None]]:
    """The alert's record in the order things happened: raised, first opened, first seen by a safeguarding lead
    (when that was later than the first opening, by someone else), each escalation, chase and reminder of a close
    waiting for sign-off (from the audit log: when it was done, and its detail, such as how many minutes it had
    waited), each step by when it happened (`AlertStep.at`), and the present close (or the close waiting for
    sign-off), as (when, "raised" | "opened" | "lead-seen" | "escalated" | "chased" | "sign-off-reminded" | "step" |
    "closed", the step or the audit event, or None). Strictly by time (`_in_order`)."""
    entries: list[tuple[datetime, str, AlertStep | AuditEvent | None]] = [(alert.raised_at, "raised", None)]
    if alert.first_opened_at is not None:
        entries.append((alert.first_opened_at, "opened", None))
    if alert.lead_seen_at is not None and (alert.lead_seen_at, alert.lead_seen_by_id) != (
            alert.first_opened_at, alert.first_opened_by_id):
        entries.append((alert.lead_seen_at, "lead-seen", None))
    entries += [(event.at, _SYSTEM_EVENTS[event.action], event) for event in db.session.execute(
        select(AuditEvent).where(AuditEvent.action.in_(list(_SYSTEM_EVENTS)), AuditEvent.subject_type == "Alert",
                                 AuditEvent.subject_id == alert.id).order_by(AuditEvent.id)).scalars()]
    entries += [(step.at, "step", step) for step in alert.steps]
    if not alert.is_open and alert.closed_at is not None:
        entries.append((alert.closed_at, "closed", None))
    return sorted(entries, key=lambda entry: _in_order(entry, alert.raised_at))


def system_entry(kind: str, event: AuditEvent) -> tuple[str, str]:
    """What an escalation, chase or sign-off reminder in the chronology says: (what happened, who was told)."""
    minutes = (event.detail or {}).get("minutes")
    if kind == "escalated":
        return (f"Escalated: no safeguarding lead had seen it {int(ESCALATE_AFTER.total_seconds() // 60)} minutes "
                "after it was raised", "Shown to every officer; the safeguarding leads and administrators emailed.")
    if kind == "chased":
        return (f"Chased: no safeguarding lead had seen it {minutes} minutes after it was raised",
                "The safeguarding leads, administrators and the session's officers emailed again.")
    return (f"Reminder: the close had waited {notify.how_long(minutes or 0)} for the safeguarding lead's sign-off",
            "The safeguarding leads emailed.")


# Strictly by time; at the same time, in the order things were recorded: the raising, the first opening, a lead's
# first sight, what the system did, the steps as written (by id: a close's own step, then the LADO decision, then
# the sign-off), then the close they came with. One exception: nothing comes before the raising, so a step written
# as "21:35" (21:35:00) on an alert raised at 21:35:42 follows it.
_KIND_ORDER = {"raised": 0, "opened": 1, "lead-seen": 2, "escalated": 3, "chased": 3, "sign-off-reminded": 3,
               "step": 4, "closed": 5}


def _in_order(entry: tuple[datetime, str, AlertStep | AuditEvent | None], raised_at: datetime) -> tuple[datetime, int, int]:
    at, kind, item = entry
    return max(at, raised_at), _KIND_ORDER[kind], (item.id or 0) if item is not None else 0


def printable(user: StaffUser, alert: Alert) -> list[tuple[datetime, str, AlertStep | AuditEvent | None]]:
    """The alert's whole record for printing, in the order things happened (`chronology`, the present close
    included). Printing is recorded, as opening is."""
    entries = chronology(alert)
    record("alert-printed", alert, actor=user, session_id=alert.session_id)
    db.session.commit()
    return entries


def step_counts(alert_ids) -> dict[int, int]:
    """How many steps people recorded on each alert (`Alert.recorded_steps`): not the entries the app writes, such
    as a close a reopening undid (a list row says what that close was: `undone_closes`), the reopening itself,
    sign-offs or the LADO decision."""
    ids = list(alert_ids)
    if not ids:
        return {}
    rows = db.session.execute(
        select(AlertStep.alert_id, func.count(AlertStep.id))
        .where(AlertStep.alert_id.in_(ids), AlertStep.action.in_(list(STEP_ACTIONS)))
        .group_by(AlertStep.alert_id)
    ).all()
    return {alert_id: n for alert_id, n in rows}


def may_reopen(user: StaffUser) -> bool:
    """Only the safeguarding lead reopens an alert: not an officer, and not an admin."""
    return user.role == Role.SAFEGUARDING.value


def get_alert_to_reopen(user: StaffUser, alert_id: int) -> Alert:
    alert = get_alert(user, alert_id)
    if not may_reopen(user):
        raise NotAllowed()
    return alert


def reopen_alert(user: StaffUser, alert: Alert, reason: str, step: tuple[str, str, str] | None = None) -> AlertStep:
    """Opens a closed alert (or one waiting for sign-off) again, with a reason. The close it undoes moves into the
    record as a "closed" step (its outcome, note, who and when; "closed-for-sign-off" when it went to the lead's
    sign-off, so the record says what it said then: `Alert.close_action`), so closing again keeps both. The person
    who closed it, when not the lead reopening it, is emailed the reason (`notify.alert_reopened`). Nothing else the close
    did is undone: an answer sent back to moderation after a false alarm stays where it is, and the screen keeps its
    label. `step` (action, note, when): a step kept from a page left open while the alert was closed, recorded
    after the reopening in the same unit of work ("Reopen and add this step")."""
    if not may_reopen(user):
        raise NotAllowed()
    if alert.is_open:
        raise InvalidChange("This alert is already open.")
    reason = _note(reason, "Write why this alert is being reopened, in at least a sentence.")
    now = datetime.utcnow()
    kept = _checked_step(*step, now=now, not_before=alert.raised_at) if step is not None else None
    closer = alert.closed_by
    db.session.add(AlertStep(alert_id=alert.id, author_id=alert.closed_by_id or user.id, written_at=alert.closed_at or now,
                             action=alert.close_action, outcome=alert.outcome, note=alert.outcome_note or ""))
    reopened = AlertStep(alert_id=alert.id, author_id=user.id, written_at=now, action=REOPENED, note=reason)
    db.session.add(reopened)
    _seen(user, alert, now)
    record("alert-reopened", alert, actor=user, session_id=alert.session_id, previous_outcome=alert.outcome,
           answer_state=alert.answer.state if alert.answer is not None else None,
           **({"was_awaiting_sign_off": True} if alert.awaiting_sign_off else {}))
    alert.state = OPEN
    alert.outcome, alert.outcome_note, alert.closed_at, alert.closed_by_id = None, "", None, None
    if kept is not None:
        # A moment after the reopening, so the record reads reopened, then the step, whatever the clock's grain.
        _record_step(user, alert, *kept, now=now + timedelta(microseconds=1))
    db.session.commit()
    if closer is not None and closer.id != user.id:
        notify.alert_reopened(alert)
    return reopened


def reopened_by_lead(alert: Alert) -> AlertStep | None:
    """The reopening that made this alert open again (the "reopened" step `reopen_alert` writes: the lead, when,
    and the reason), while it is still open; None for an alert never reopened, or closed again since. The officer
    sees it on the alert page, so a reopened alert does not look like a new one with nothing done."""
    if not alert.is_open:
        return None
    return next((step for step in sorted(alert.steps, key=lambda s: (s.written_at, s.id or 0), reverse=True)
                 if step.action == REOPENED), None)


def reopenings(alert_ids) -> dict[int, AlertStep]:
    """For a list of alerts: each open one's reopening (`reopened_by_lead`), in one query, for a list row to say
    "Reopened by the safeguarding lead" with the reason."""
    return _latest_steps_of_open(alert_ids, [REOPENED])


def undone_closes(alert_ids) -> dict[int, AlertStep]:
    """For a list of alerts: each open one's latest close that a reopening undid (the "closed" step `reopen_alert`
    writes, with that close's outcome), for a reopened row to say "was closed as …"."""
    return _latest_steps_of_open(alert_ids, list(CLOSES))


def _latest_steps_of_open(alert_ids, actions: list[str]) -> dict[int, AlertStep]:
    """Each open alert's latest step of these kinds, in one query."""
    ids = list(alert_ids)
    if not ids:
        return {}
    found: dict[int, AlertStep] = {}
    for step in db.session.execute(
        select(AlertStep).join(Alert, Alert.id == AlertStep.alert_id)
        .where(AlertStep.alert_id.in_(ids), AlertStep.action.in_(actions), Alert.state == OPEN)
        .order_by(AlertStep.written_at, AlertStep.id)
    ).scalars():
        found[step.alert_id] = step  # the latest wins
    return found


def _return_to_moderation(user: StaffUser, alert: Alert) -> None:
    """A false alarm's words are not lost from the evidence: the answer goes back to the moderation
    queue, where the moderator sees the lead's note beside it, and is decided like any other."""
    answer = alert.answer
    if answer is None or answer.state != AnswerState.HELD.value:
        return
    answer.state = AnswerState.PENDING.value
    answer.disclosure = False
    answer.decided_by_id = None
    answer.decided_on = None
    record("answer-returned-to-moderation", answer, actor=user, session_id=answer.session_id, alert_id=alert.id)


def returned_from_safeguarding(answer_ids) -> dict[int, Alert]:
    """For answers back in the queue after a false alarm: the alert that sent them back, with its note."""
    ids = list(answer_ids)
    if not ids:
        return {}
    closed = db.session.execute(
        select(Alert).where(Alert.answer_id.in_(ids), Alert.state == "closed", Alert.outcome == "no-further-action")
        .order_by(Alert.closed_at)
    ).scalars()
    return {a.answer_id: a for a in closed}  # the latest close wins


def _open_talk_alert(session_id: int, participant_id: int):
    return db.session.execute(
        select(Alert).where(Alert.session_id == session_id, Alert.participant_id == participant_id, Alert.state == "open")
        .order_by(Alert.raised_at.desc())
    ).scalars().first()


def talk_code_for(session_id: int, participant_id: int) -> str | None:
    """The number this visit was given when it asked to talk, while that alert is open (else None). Read
    only: the page that shows it can be loaded again without asking again."""
    alert = _open_talk_alert(session_id, participant_id)
    return alert.talk_code if alert is not None and alert.wants_to_talk else None


def talk_request_for(session_id: int, participant_id: int):
    """This visit's open request to talk (an alert with wants_to_talk), or None. Read only."""
    alert = _open_talk_alert(session_id, participant_id)
    return alert if alert is not None and alert.wants_to_talk else None


def young_person_taps_undo(session_id: int, participant_id: int) -> bool:
    """"Tapped by mistake": marks this visit's request to talk as undone by the young person. The alert is
    never closed or deleted by it (only the safeguarding lead closes an alert, with an outcome): it stays open
    and read first, marked, so a real request taken back in a hurry, or under someone's eye, is still seen."""
    alert = talk_request_for(session_id, participant_id)
    if alert is None or alert.talk_undone_at is not None:
        return False
    alert.talk_undone_at = datetime.utcnow()
    record("young-person-tapped-undo", alert, actor=None, session_id=session_id)
    db.session.commit()
    return True


def young_person_asks_to_talk(session_id: int, participant_id: int) -> str:
    """Tells the room's adults, without a name and without needing any words: the young person gets a
    number to show when ready. It joins an alert already open for this visit, or raises its own."""
    alert = _open_talk_alert(session_id, participant_id)
    raised = alert is None
    if raised:
        alert = Alert(session_id=session_id, participant_id=participant_id, source=ASKED, text="", prompt_text="",
                      categories=[], cues=[])
        db.session.add(alert)
        db.session.flush()
        record("alert-raised", alert, actor=None, session_id=session_id, categories=[])
    if not alert.wants_to_talk:
        alert.wants_to_talk = True
        alert.talk_code = f"{secrets.randbelow(90) + 10}"
        record("young-person-asked-to-talk", alert, actor=None, session_id=session_id)
    elif alert.talk_undone_at is not None:
        # Asking again after Undo: the request is real again (the audit log keeps both taps).
        alert.talk_undone_at = None
        record("young-person-asked-to-talk", alert, actor=None, session_id=session_id, again=True)
    db.session.commit()
    if raised:
        announce_raised([alert])
    return alert.talk_code
