"""Accounts (the one way a staff user is created) and reading the audit log."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from .audit import record
from .auth import hash_password
from .extensions import db
from .models import AuditEvent, Council, Role, StaffUser

MIN_PASSWORD = 12


def create_staff_user(email: str, role: str, password: str, name: str = "", council_name: str | None = None) -> StaffUser:
    email = email.strip().lower()
    if "@" not in email or len(email) > 254:
        raise ValueError("Give an email address like name@council.gov.uk.")
    Role(role)
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"Choose a password of at least {MIN_PASSWORD} characters.")
    if db.session.execute(select(StaffUser.id).where(StaffUser.email == email)).first():
        raise ValueError(f"There is already an account for {email}.")
    query = select(Council).order_by(Council.id)
    if council_name:
        query = query.where(Council.name == council_name)
    council = db.session.execute(query).scalars().first()
    if council is None:
        council = Council(name=council_name or "Our council")
        db.session.add(council)
        db.session.flush()
    user = StaffUser(email=email, role=role, name=name, council_id=council.id, password_hash=hash_password(password))
    db.session.add(user)
    db.session.flush()
    record("staff-created", user, role=role)
    db.session.commit()
    return user


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


def save_settings(council: Council, retention_days: int, small_number_threshold: int, require_two_factor: bool) -> None:
    keys = ("retention_days", "small_number_threshold", "require_two_factor")
    before = {k: getattr(council, k) for k in keys}
    council.retention_days = retention_days
    council.small_number_threshold = small_number_threshold
    council.require_two_factor = bool(require_two_factor)
    record("settings-changed", council, before=before, after={k: getattr(council, k) for k in keys})
    db.session.commit()
