"""Joining a session and saving answers: each answer stored exactly once, nothing typed lost."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from .. import codes
from ..extensions import db
from ..models import Answer, FormToken, Participant, ParticipationSession, Prompt
from ..models.answers import AnswerState
from ..models.sessions import PromptKind, SessionState
from ..safeguarding import screen
from ..sanitise import clean_text

# Far above what a young person in a room does (one screen every few seconds), far below a script.
PER_VISIT = "40/minute"
PER_SESSION = "10000/minute"


def within_rate(participant: Participant) -> bool:
    from flask import current_app
    from limits import parse

    from ..extensions import limiter

    if not current_app.config.get("RATELIMIT_ENABLED", True):
        return True
    strategy = limiter.limiter
    return strategy.hit(parse(PER_VISIT), "answers-visit", participant.token) and strategy.hit(
        parse(PER_SESSION), "answers-session", str(participant.session_id)
    )


# Young people still answering when the officer closes the session may finish their screen.
CLOSE_GRACE = timedelta(hours=1)


WRONG_CODES = "50/5minutes"  # per address: a room's typos fit easily, a script guessing codes does not


def wrong_code_allowed(address: str) -> bool:
    """Counts one wrong code from this address; False once it has made too many."""
    from flask import current_app
    from limits import parse

    from ..extensions import limiter

    if not current_app.config.get("RATELIMIT_ENABLED", True):
        return True
    return limiter.limiter.hit(parse(WRONG_CODES), "wrong-code", address)


def find_session(typed_code: str) -> ParticipationSession | None:
    code = codes.normalise(typed_code)
    if not codes.looks_valid(code):
        return None
    return db.session.execute(
        select(ParticipationSession).where(ParticipationSession.join_code == code)
    ).scalar_one_or_none()


def start_visit(session: ParticipationSession) -> Participant:
    participant = Participant(session_id=session.id, token=secrets.token_urlsafe(24), joined_on=date.today())
    db.session.add(participant)
    db.session.commit()
    return participant


def find_participant(session: ParticipationSession, token: str | None) -> Participant | None:
    if not token:
        return None
    return db.session.execute(
        select(Participant).where(Participant.token == token, Participant.session_id == session.id)
    ).scalar_one_or_none()


def accepts_answers(session: ParticipationSession, now: datetime | None = None) -> bool:
    if session.state == SessionState.OPEN.value:
        return True
    now = now or datetime.utcnow()
    return (
        session.state == SessionState.CLOSED.value
        and session.closed_at is not None
        and now - session.closed_at < CLOSE_GRACE
    )


def existing_answer(participant: Participant, prompt: Prompt) -> Answer | None:
    return db.session.execute(
        select(Answer).where(Answer.participant_id == participant.id, Answer.prompt_id == prompt.id)
    ).scalar_one_or_none()


@dataclass(frozen=True)
class Saved:
    outcome: str  # "saved", "duplicate", "disclosure"


MAX_EDITS = 20  # changes to one answer in one visit; a script gets no further


def _apply(answer: Answer, prompt: Prompt, value):
    """Put the value on the answer, screening free text first; returns the screening (or None)."""
    kind = prompt.kind
    result = None
    if kind == PromptKind.SCALE.value:
        answer.scale = int(value)
    elif kind in (PromptKind.SINGLE.value, PromptKind.MULTIPLE.value):
        answer.choices = [value] if kind == PromptKind.SINGLE.value else list(value)
    else:
        raw = clean_text(value, prompt.max_length)
        result = screen(raw)
        answer.raw_text = raw
        answer.text = result.redacted
        answer.pii_kinds = list(result.pii_kinds)
        answer.removals = [[r.kind, r.start, r.end] for r in result.removals]
        answer.disclosure = answer.disclosure or result.disclosure
    # A changed answer is moderated again; one held for safeguarding stays held.
    if answer.state != AnswerState.HELD.value:
        answer.state = AnswerState.HELD.value if answer.disclosure else AnswerState.PENDING.value
        answer.decided_by_id = None
        answer.decided_on = None
        answer.reject_reason = None
    return result


def save_answer(participant: Participant, prompt: Prompt, nonce: str, value, _retry: bool = True) -> Saved:
    """Store one answer once. A second use of the same form token changes nothing."""
    token = FormToken(token=nonce, participant_id=participant.id, used_on=date.today())
    db.session.add(token)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        earlier = db.session.get(FormToken, nonce)
        return Saved("disclosure" if earlier is not None and earlier.outcome == "disclosure" else "duplicate")

    answer = existing_answer(participant, prompt)
    if answer is None:
        answer = Answer(
            session_id=prompt.session_id,
            prompt_id=prompt.id,
            participant_id=participant.id,
            answered_on=date.today(),
        )
        db.session.add(answer)
    elif answer.edits >= MAX_EDITS:
        token.outcome = "saved"
        db.session.commit()
        return Saved("saved")
    else:
        answer.edits += 1
    screening = _apply(answer, prompt, value)
    flagged = bool(screening and screening.disclosure)
    token.outcome = "disclosure" if flagged else "saved"
    try:
        db.session.flush()
        from ..moderation.hooks import after_answer_saved

        after_answer_saved(answer, screening)
        db.session.commit()
    except IntegrityError:
        # Another request saved this prompt's answer for the same visit a moment ago: update that one.
        db.session.rollback()
        if _retry:
            return save_answer(participant, prompt, nonce, value, _retry=False)
        raise
    return Saved(token.outcome)


def finish_visit(participant: Participant) -> None:
    if not participant.finished:
        participant.finished = True
        db.session.commit()


def counts(session: ParticipationSession) -> tuple[int, int]:
    """Young people joined, and answers received, for the presenter screen."""
    joined = db.session.scalar(select(func.count(Participant.id)).where(Participant.session_id == session.id))
    answers = db.session.scalar(select(func.count(Answer.id)).where(Answer.session_id == session.id))
    return joined or 0, answers or 0
