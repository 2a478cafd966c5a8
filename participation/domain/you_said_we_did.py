"""'You said, we did': what changed after a session, written for the young people who took part."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.errors import InvalidChange
from participation.domain.models import ParticipationSession, StaffUser, YouSaidWeDid
from participation.pure.local_time import uk_today
from participation.pure.sanitise import clean_text


def entry_for(session_obj: ParticipationSession) -> YouSaidWeDid | None:
    return db.session.execute(select(YouSaidWeDid).where(YouSaidWeDid.session_id == session_obj.id)).scalar_one_or_none()


def save(user: StaffUser, session_obj: ParticipationSession, you_said: str, we_did: str, not_changed: str) -> YouSaidWeDid:
    entry = entry_for(session_obj) or YouSaidWeDid(session_id=session_obj.id)
    entry.you_said = clean_text(you_said, 3000)
    entry.we_did = clean_text(we_did, 3000)
    entry.not_changed = clean_text(not_changed, 3000)
    if not (entry.you_said or entry.we_did):
        raise InvalidChange("Write what young people said, and what changed or will happen.")
    entry.updated_on = uk_today()
    entry.updated_by_id = user.id
    db.session.add(entry)
    record("you-said-we-did-saved", session_obj, actor=user)
    db.session.commit()
    return entry
