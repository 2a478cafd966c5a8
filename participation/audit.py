"""Writing to the append-only audit log (the one way anything is recorded there)."""

from __future__ import annotations

from flask_login import current_user

from .extensions import db
from .models import AuditEvent


def record(action: str, subject=None, actor=None, **detail) -> AuditEvent:
    """Add an audit event to the current unit of work; the caller's commit writes it."""
    # actor=False records an event done by the system or by an anonymous young person.
    if actor is None and current_user and getattr(current_user, "is_authenticated", False):
        actor = current_user
    if actor is False:
        actor = None
    event = AuditEvent(
        action=action,
        actor_id=getattr(actor, "id", None),
        subject_type=type(subject).__name__ if subject is not None else "",
        subject_id=getattr(subject, "id", None),
        detail=detail,
    )
    db.session.add(event)
    return event
