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

# Young people still answering when the officer closes the session may finish their screen.
CLOSE_GRACE = timedelta(hours=1)


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


def _apply(answer: Answer, prompt: Prompt, value) -> bool:
    """Put the value on the answer; returns True when the screen flagged a possible disclosure."""
    kind = prompt.kind
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
        answer.disclosure = result.disclosure
        if result.disclosure:
            answer.state = AnswerState.HELD.value
            return True
    answer.state = AnswerState.PENDING.value if answer.state != AnswerState.HELD.value else answer.state
    return False


def save_answer(participant: Participant, prompt: Prompt, nonce: str, value) -> Saved:
    """Store one answer once. A second use of the same form token changes nothing."""
    token = FormToken(token=nonce, participant_id=participant.id, used_on=date.today())
    db.session.add(token)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        earlier = db.session.get(FormToken, nonce)
        return Saved("duplicate" if earlier is None or earlier.outcome != "disclosure" else "disclosure")

    answer = existing_answer(participant, prompt)
    if answer is None:
        answer = Answer(
            session_id=prompt.session_id,
            prompt_id=prompt.id,
            participant_id=participant.id,
            answered_on=date.today(),
        )
        db.session.add(answer)
    else:
        answer.edits += 1
    flagged = _apply(answer, prompt, value)
    token.outcome = "disclosure" if flagged else "saved"
    from ..moderation.hooks import after_answer_saved

    after_answer_saved(answer, flagged)
    try:
        db.session.commit()
    except IntegrityError:
        # Another request saved this prompt's answer for the same visit a moment ago: keep one.
        db.session.rollback()
        return save_answer(participant, prompt, nonce, value) if existing_answer(participant, prompt) else Saved("duplicate")
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
