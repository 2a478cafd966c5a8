"""Accounts: the one way a staff user is created."""

from __future__ import annotations

from sqlalchemy import select

from .audit import record
from .auth import hash_password
from .extensions import db
from .models import Council, Role, StaffUser

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
