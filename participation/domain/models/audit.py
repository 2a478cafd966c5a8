"""The append-only audit log: every decision, who and when."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, event
from sqlalchemy.orm import Mapped, mapped_column

from participation.domain.db import db


class AuditEvent(db.Model):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=datetime.utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    # Whose log this belongs in: an admin reads only their council's events (and install-wide ones,
    # such as a failed sign-in with an unknown email, which belong to no council).
    council_id: Mapped[int | None] = mapped_column(ForeignKey("councils.id"), index=True, default=None)
    action: Mapped[str] = mapped_column(String(60), index=True)
    subject_type: Mapped[str] = mapped_column(String(40), default="")
    subject_id: Mapped[int | None] = mapped_column(default=None)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class AuditLogIsAppendOnly(Exception):
    pass


def refuse_changes(model, error: type[Exception], why: str) -> None:
    """Rows of `model` can be added through the ORM, never changed or deleted."""

    def refuse(mapper, connection, target):
        raise error(why)

    event.listen(model, "before_update", refuse)
    event.listen(model, "before_delete", refuse)


refuse_changes(AuditEvent, AuditLogIsAppendOnly, "audit events are never changed or deleted")
