"""Moderation decisions and safeguarding alerts: each function one unit of work, audited, committed once."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, exists, func, or_, select

from ..audit import record
from ..extensions import db
from ..models import Alert, Answer, ParticipationSession, Review, Role, StaffUser
from ..models.answers import REJECT_REASONS, AnswerState
from ..models.moderation import OUTCOMES
from ..models.sessions import session_officers
from ..safeguarding import screen
from ..sanitise import clean_text

ESCALATE_AFTER = timedelta(minutes=10)
TEXT_KINDS = ("text",)


class NotAllowed(Exception):
    pass


class InvalidDecision(Exception):
    def __init__(self, message: str, suggestion: str | None = None):
        super().__init__(message)
        self.message = message
        self.suggestion = suggestion


# ---- who may moderate what ------------------------------------------------------------------


def _council_sessions(user: StaffUser):
    return select(ParticipationSession.id).join(Review).where(Review.council_id == user.council_id)


def moderated_session_ids(user: StaffUser):
    """Sessions whose answers this user moderates: only the officers running them (raw words go no further)."""
    return select(session_officers.c.session_id).where(session_officers.c.staff_id == user.id)


def may_moderate(user: StaffUser, session_id: int) -> bool:
    return db.session.scalar(select(exists().where(moderated_session_ids(user).subquery().c[0] == session_id)))


def get_answer(user: StaffUser, answer_id: int) -> Answer:
    answer = db.session.get(Answer, answer_id)
    if answer is None or not may_moderate(user, answer.session_id):
        raise NotAllowed()
    return answer


def sessions_to_moderate(user: StaffUser) -> list[ParticipationSession]:
    ids = moderated_session_ids(user)
    return list(
        db.session.execute(
            select(ParticipationSession).where(ParticipationSession.id.in_(ids)).order_by(ParticipationSession.date.desc())
        ).scalars()
    )


@dataclass
class Queue:
    answers: list[Answer]
    pending_total: int
    newest_id: int


def queue(user: StaffUser, session_id: int | None = None, limit: int = 200) -> Queue:
    """Pending answers, oldest first; never those held for safeguarding."""
    where = [Answer.state == AnswerState.PENDING.value, Answer.session_id.in_(moderated_session_ids(user))]
    if session_id:
        where.append(Answer.session_id == session_id)
    answers = list(db.session.execute(select(Answer).where(*where).order_by(Answer.id).limit(limit)).scalars())
    total = db.session.scalar(select(func.count(Answer.id)).where(*where)) or 0
    newest = db.session.scalar(select(func.max(Answer.id)).where(*where)) or 0
    return Queue(answers, total, newest)


def newer_than(user: StaffUser, after_id: int, session_id: int | None = None) -> int:
    where = [Answer.state == AnswerState.PENDING.value, Answer.session_id.in_(moderated_session_ids(user)), Answer.id > after_id]
    if session_id:
        where.append(Answer.session_id == session_id)
    return db.session.scalar(select(func.count(Answer.id)).where(*where)) or 0


# ---- decisions --------------------------------------------------------------------------------


def _require_pending(answer: Answer) -> None:
    if answer.disclosure:
        # A possible disclosure is held for safeguarding; it never reaches the queue's decisions.
        raise InvalidDecision("This answer is with the safeguarding lead.")
    if answer.state != AnswerState.PENDING.value:
        raise InvalidDecision("Someone has already decided about this answer.")


def _decided(user: StaffUser, answer: Answer, state: str) -> None:
    answer.state = state
    answer.decided_by_id = user.id
    answer.decided_on = date.today()
    answer.raw_text = None  # the exact words are only kept until a person decides


def approve(user: StaffUser, answer: Answer, edited_text: str | None = None) -> None:
    _require_pending(answer)
    edited = edited_text is not None and clean_text(edited_text) != (answer.text or "")
    if edited:
        new_text = clean_text(edited_text, answer.prompt.max_length or 1000)
        if not new_text:
            raise InvalidDecision("The edited answer is empty. Reject it instead, with a reason.")
        result = screen(new_text)
        if result.removals:
            kinds = ", ".join(result.pii_kinds)
            raise InvalidDecision(
                f"The edit has a personal detail in it ({kinds}). Take it out, then approve.", suggestion=result.redacted
            )
        if result.disclosure:
            raise InvalidDecision("The edit reads like a possible disclosure of harm. Escalate it to safeguarding instead.")
        answer.text = new_text
        answer.removals = []
    _decided(user, answer, AnswerState.APPROVED.value)
    record("answer-approved", answer, session_id=answer.session_id, edited=bool(edited))
    db.session.commit()
    from ..themeboard.services import after_approval

    after_approval([answer.id], user.council_id, user.id)


def reject(user: StaffUser, answer: Answer, reason: str) -> None:
    _require_pending(answer)
    if reason not in REJECT_REASONS:
        raise InvalidDecision("Choose a reason for leaving this answer out.")
    _decided(user, answer, AnswerState.REJECTED.value)
    answer.reject_reason = reason
    record("answer-rejected", answer, session_id=answer.session_id, reason=reason)
    db.session.commit()


def escalate(user: StaffUser, answer: Answer, note: str = "") -> Alert:
    if answer.state == AnswerState.HELD.value:
        raise InvalidDecision("This answer is already with the safeguarding lead.")
    alert = _new_alert(answer, source="moderator", categories=[], cues=[])
    answer.state = AnswerState.HELD.value
    answer.decided_by_id = user.id
    answer.decided_on = date.today()
    db.session.flush()
    record("answer-escalated", answer, session_id=answer.session_id, alert_id=alert.id, note=clean_text(note, 1000))
    db.session.commit()
    return alert


def bulk_approve(user: StaffUser, answer_ids: list[int]) -> int:
    """Approve many clean scale and choice answers at once; free text always needs a look."""
    if not answer_ids:
        return 0
    answers = db.session.execute(
        select(Answer).where(
            Answer.id.in_(answer_ids),
            Answer.state == AnswerState.PENDING.value,
            Answer.disclosure.is_(False),
            Answer.text.is_(None),
            Answer.session_id.in_(moderated_session_ids(user)),
        )
    ).scalars().all()
    for answer in answers:
        _decided(user, answer, AnswerState.APPROVED.value)
    record("answers-approved-in-bulk", None, count=len(answers), answer_ids=[a.id for a in answers])
    db.session.commit()
    from ..themeboard.services import after_approval

    after_approval([a.id for a in answers], user.council_id, user.id)
    return len(answers)


def clean_choice_ids(user: StaffUser, session_id: int | None) -> list[int]:
    where = [Answer.state == AnswerState.PENDING.value, Answer.text.is_(None), Answer.session_id.in_(moderated_session_ids(user))]
    if session_id:
        where.append(Answer.session_id == session_id)
    return list(db.session.execute(select(Answer.id).where(*where)).scalars())


def read_raw(user: StaffUser, answer: Answer) -> str | None:
    record("raw-text-viewed", answer, session_id=answer.session_id)
    db.session.commit()
    return answer.raw_text


# ---- alerts -----------------------------------------------------------------------------------


def _new_alert(answer: Answer, source: str, categories, cues) -> Alert:
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


def raise_from_screen(answer: Answer, categories, cues) -> Alert:
    """Called inside the young person's save, so the alert and the answer are written together."""
    existing = db.session.execute(
        select(Alert).where(Alert.answer_id == answer.id, Alert.state == "open")
    ).scalar_one_or_none() if answer.id else None
    if existing is not None:
        existing.text = answer.raw_text or existing.text
        existing.categories = sorted(set(existing.categories) | set(categories))
        existing.cues = list(dict.fromkeys([*existing.cues, *cues]))
        return existing
    alert = _new_alert(answer, "screen", categories, cues)
    db.session.flush()
    record("alert-raised", alert, actor=False, session_id=answer.session_id, categories=list(categories))
    return alert


def _alert_scope(user: StaffUser):
    """Alerts a user sees: the safeguarding lead and admin all of the council's; officers their sessions', and any escalated."""
    council = Alert.session_id.in_(_council_sessions(user))
    if user.role in (Role.SAFEGUARDING.value, Role.ADMIN.value):
        return council
    running = Alert.session_id.in_(select(session_officers.c.session_id).where(session_officers.c.staff_id == user.id))
    return and_(council, or_(running, Alert.escalated.is_(True)))


def escalate_overdue(now: datetime | None = None) -> int:
    now = now or datetime.utcnow()
    overdue = db.session.execute(
        select(Alert).where(
            Alert.state == "open", Alert.first_opened_at.is_(None), Alert.escalated.is_(False),
            Alert.raised_at < now - ESCALATE_AFTER,
        )
    ).scalars().all()
    for alert in overdue:
        alert.escalated = True
        record("alert-escalated", alert, actor=False, session_id=alert.session_id)
    if overdue:
        db.session.commit()
    return len(overdue)


def open_alerts(user: StaffUser) -> list[Alert]:
    if not user.has_role(Role.OFFICER, Role.SAFEGUARDING):
        return []
    escalate_overdue()
    return list(
        db.session.execute(select(Alert).where(Alert.state == "open", _alert_scope(user)).order_by(Alert.raised_at)).scalars()
    )


def alerts(user: StaffUser, state: str | None = None) -> list[Alert]:
    where = [_alert_scope(user)]
    if state:
        where.append(Alert.state == state)
    return list(db.session.execute(select(Alert).where(*where).order_by(Alert.state.desc(), Alert.raised_at.desc())).scalars())


def get_alert(user: StaffUser, alert_id: int) -> Alert:
    escalate_overdue()
    alert = db.session.execute(select(Alert).where(Alert.id == alert_id, _alert_scope(user))).scalar_one_or_none()
    if alert is None:
        raise NotAllowed()
    return alert


def sees_raw_words(user: StaffUser, alert: Alert) -> bool:
    """The safeguarding lead and the officers running the session read the words as written."""
    return user.role == Role.SAFEGUARDING.value or user in alert.session.officers


def words_for(user: StaffUser, alert: Alert) -> str:
    return alert.text if sees_raw_words(user, alert) else screen(alert.text).redacted


def view_alert(user: StaffUser, alert: Alert) -> None:
    if alert.first_opened_at is None:
        alert.first_opened_at = datetime.utcnow()
        alert.first_opened_by_id = user.id
    record("alert-viewed", alert, session_id=alert.session_id)
    db.session.commit()


def close_alert(user: StaffUser, alert: Alert, outcome: str, note: str) -> None:
    if not alert.is_open:
        raise InvalidDecision("This alert is already closed.")
    if outcome not in OUTCOMES:
        raise InvalidDecision("Choose what was done.")
    note = clean_text(note, 4000)
    if len(note) < 10:
        raise InvalidDecision(
            "Write what was done and why (at least a sentence)."
            if outcome != "no-further-action" else "Write the reason for no further action."
        )
    alert.state = "closed"
    alert.outcome = outcome
    alert.outcome_note = note
    alert.closed_at = datetime.utcnow()
    alert.closed_by_id = user.id
    if alert.first_opened_at is None:
        alert.first_opened_at = alert.closed_at
        alert.first_opened_by_id = user.id
    record("alert-closed", alert, session_id=alert.session_id, outcome=outcome)
    db.session.commit()


def young_person_asks_to_talk(session_id: int, participant_id: int) -> str | None:
    """Tells the room's adults, without a name: the young person gets a number to show when ready."""
    alert = db.session.execute(
        select(Alert).where(Alert.session_id == session_id, Alert.participant_id == participant_id, Alert.state == "open")
        .order_by(Alert.raised_at.desc())
    ).scalars().first()
    if alert is None:
        return None
    if not alert.wants_to_talk:
        alert.wants_to_talk = True
        alert.talk_code = f"{secrets.randbelow(90) + 10}"
        record("young-person-asked-to-talk", alert, actor=False, session_id=session_id)
        db.session.commit()
    return alert.talk_code


REASONS = REJECT_REASONS
OUTCOME_LABELS = OUTCOMES
