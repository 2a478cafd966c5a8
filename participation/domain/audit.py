"""The append-only audit log: writing to it (the one way anything is recorded there) and reading it."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import AuditEvent, Council, ParticipationSession, Review, StaffUser


def record(action: str, subject, actor: StaffUser | None, **detail) -> AuditEvent:
    """Add an audit event to the current unit of work; the caller's commit writes it.

    `actor` is the staff member who acted, or None for a young person, the system or the command line.
    The event is filed under the actor's council, or the subject's when nobody acted; pass `session_id`
    in the detail for events about a session's alert or answer.
    """
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


AUDIT_PAGE = 100


def audit_log(user: StaffUser, action: str = "", actor: str = "", day: str = "") -> dict:
    """The newest audit events an admin may read, filtered by action, staff email and day."""
    mine = (AuditEvent.council_id == user.council_id) | AuditEvent.council_id.is_(None)
    query = select(AuditEvent).where(mine).order_by(AuditEvent.id.desc())
    if action:
        query = query.where(AuditEvent.action == action)
    if actor:
        query = query.join(StaffUser, StaffUser.id == AuditEvent.actor_id).where(StaffUser.email == actor.lower())
    try:
        if day:
            start = datetime.strptime(day, "%Y-%m-%d")
            query = query.where(AuditEvent.at >= start, AuditEvent.at < start + timedelta(days=1))
    except ValueError:
        pass
    return {
        "events": db.session.execute(query.limit(AUDIT_PAGE)).scalars().all(),
        "actions": sorted(db.session.execute(select(AuditEvent.action).where(mine).distinct()).scalars()),
        "actors": {u.id: u for u in db.session.execute(select(StaffUser).where(StaffUser.council_id == user.council_id)).scalars()},
    }
