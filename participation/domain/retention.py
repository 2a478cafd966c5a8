"""Retention: a young person's exact words are kept only until a decision, and never past the council's limit."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, update

from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.models import Answer, Council, ParticipationSession, Review
from participation.pure.local_time import uk_today


def purge_raw_text(today: date | None = None) -> int:
    today = today or uk_today()
    total = 0
    for council in db.session.execute(select(Council)).scalars():
        cutoff = today - timedelta(days=council.retention_days)
        sessions = select(ParticipationSession.id).join(Review).where(Review.council_id == council.id)
        result = db.session.execute(
            update(Answer)
            .where(Answer.session_id.in_(sessions), Answer.raw_text.is_not(None), Answer.answered_on <= cutoff)
            .values(raw_text=None)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount:
            record("raw-text-purged", council, actor=None, count=result.rowcount, before=cutoff.isoformat())
        total += result.rowcount
    db.session.commit()
    return total
