"""Writing to the append-only audit log (the one way anything is recorded there)."""

from __future__ import annotations

from flask_login import current_user
from sqlalchemy import select

from .extensions import db
from .models import AuditEvent, Council, ParticipationSession, Review


def record(action: str, subject=None, actor=None, **detail) -> AuditEvent:
    """Add an audit event to the current unit of work; the caller's commit writes it.

    The event is filed under the actor's council, or the subject's when nobody acted (a young person
    or the system); pass `session_id` in the detail for events about a session's alert or answer.
    """
    # actor=False records an event done by the system or by an anonymous young person.
    if actor is None and current_user and getattr(current_user, "is_authenticated", False):
        actor = current_user
    if actor is False:
        actor = None
    event = AuditEvent(
        action=action,
        actor_id=getattr(actor, "id", None),
        council_id=getattr(actor, "council_id", None) or _council_of(subject, detail.get("session_id")),
        subject_type=type(subject).__name__ if subject is not None else "",
        subject_id=getattr(subject, "id", None),
        detail=detail,
    )
    db.session.add(event)
    return event


def _council_of(subject, session_id: int | None) -> int | None:
    """The council a subject belongs to: itself, its own council, or its review's or session's."""
    if isinstance(subject, Council):
        return subject.id
    if getattr(subject, "council_id", None):
        return subject.council_id
    review_id = getattr(subject, "review_id", None)
    if review_id:
        return db.session.scalar(select(Review.council_id).where(Review.id == review_id))
    session_id = getattr(subject, "session_id", None) or session_id
    if session_id:
        return db.session.scalar(
            select(Review.council_id).join(ParticipationSession).where(ParticipationSession.id == session_id)
        )
    return None
