"""Staff sign-in: memory-hard password hashes, lock-out after repeated failures, audited."""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app

from .audit import record
from .extensions import db
from .models import StaffUser

FREE_FAILURES = 5  # wrong passwords allowed before the account starts to lock
MAX_LOCK = timedelta(hours=1)


def _hasher() -> PasswordHasher:
    return PasswordHasher(memory_cost=current_app.config["PASSWORD_HASH_MEMORY_KIB"], time_cost=2, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher().hash(password)


# Checked against when the email is unknown, so a wrong email takes as long as a wrong password.
_DUMMY_HASH: dict[int, str] = {}


def _dummy_hash() -> str:
    memory = current_app.config["PASSWORD_HASH_MEMORY_KIB"]
    if memory not in _DUMMY_HASH:
        _DUMMY_HASH[memory] = hash_password("not a real password")
    return _DUMMY_HASH[memory]


def load_user(user_id: str) -> StaffUser | None:
    try:
        id_part, nonce = user_id.split(":", 1)
        user = db.session.get(StaffUser, int(id_part))
    except (ValueError, TypeError):
        return None
    if user is None or user.session_nonce != nonce or not user.active:
        return None
    return user


class SignInRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def lock_for(failures: int) -> timedelta:
    """Growing delay: 1, 2, 4 ... minutes after the free attempts, at most an hour."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    return min(timedelta(minutes=2 ** (failures - FREE_FAILURES)), MAX_LOCK)


def authenticate(email: str, password: str, now: datetime | None = None) -> StaffUser:
    now = now or datetime.utcnow()
    user = db.session.execute(
        db.select(StaffUser).where(StaffUser.email == email.strip().lower())
    ).scalar_one_or_none()
    generic = "Enter a correct email address and password."
    if user is None or not user.active:
        try:
            _hasher().verify(_dummy_hash(), password)
        except VerificationError:
            pass
        record("sign-in-failed", detail_email_known=False)
        db.session.commit()
        raise SignInRefused(generic)
    if user.locked_until and user.locked_until > now:
        # Same message and the same hashing work as any other refusal, so a lock reveals no account.
        try:
            _hasher().verify(_dummy_hash(), password)
        except VerificationError:
            pass
        record("sign-in-refused-locked", user, actor=user)
        db.session.commit()
        raise SignInRefused(generic)
    try:
        _hasher().verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_sign_ins += 1
        delay = lock_for(user.failed_sign_ins)
        if delay:
            user.locked_until = now + delay
        record("sign-in-failed", user, actor=user, failures=user.failed_sign_ins)
        db.session.commit()
        raise SignInRefused(generic) from None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_sign_ins = 0
    user.locked_until = None
    record("signed-in", user, actor=user)
    db.session.commit()
    return user


def sign_out(user: StaffUser) -> None:
    import secrets

    user.session_nonce = secrets.token_hex(8)  # every cookie issued for this account dies now
    record("signed-out", user, actor=user)
    db.session.commit()
