"""Staff accounts: creating and managing them, signing in (memory-hard hashes, lock-out, two-factor), signing out. Audited."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import select

from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.errors import InvalidChange, NotAllowed, NotFound
from participation.domain.models import Council, Role, StaffUser
from participation.pure import help_numbers

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


def lock_for(failures: int) -> timedelta:
    """Growing delay: 1, 2, 4 ... minutes after the free attempts, at most an hour."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    return min(timedelta(minutes=2 ** (failures - FREE_FAILURES)), MAX_LOCK)


def is_locked(user: StaffUser, now: datetime | None = None) -> bool:
    """Too many wrong passwords or codes lately: no sign-in until the lock passes."""
    return bool(user.locked_until and user.locked_until > (now or datetime.utcnow()))


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
        record("sign-in-failed", None, actor=None, detail_email_known=False)
        db.session.commit()
        raise InvalidChange(generic)
    if is_locked(user, now):
        # Same message and the same hashing work as any other refusal, so a lock reveals no account.
        try:
            _hasher().verify(_dummy_hash(), password)
        except VerificationError:
            pass
        record("sign-in-refused-locked", user, actor=user)
        db.session.commit()
        raise InvalidChange(generic)
    try:
        _hasher().verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_sign_ins += 1
        delay = lock_for(user.failed_sign_ins)
        if delay:
            user.locked_until = now + delay
        record("sign-in-failed", user, actor=user, failures=user.failed_sign_ins)
        db.session.commit()
        raise InvalidChange(generic) from None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    if not user.totp_enabled:
        # With two-factor on, failures are cleared only by the code (check_code): a right password must not wipe
        # the count of wrong codes, or knowing the password would give endless tries at the code.
        user.failed_sign_ins = 0
        user.locked_until = None
    record("signed-in", user, actor=user)
    db.session.commit()
    return user


def sign_out(user: StaffUser) -> None:
    user.session_nonce = secrets.token_hex(8)  # every cookie issued for this account dies now
    record("signed-out", user, actor=user)
    db.session.commit()


# ---- two-factor: TOTP codes from an authenticator app, with one-time recovery codes ----------

ISSUER = "Participation"
RECOVERY_CODES = 10


def _hash(code: str) -> str:
    return hashlib.sha256(code.replace("-", "").replace(" ", "").lower().encode()).hexdigest()


def start_setup(user: StaffUser) -> str:
    """A new secret, not yet active until a code from it is confirmed."""
    if not user.totp_secret:
        user.totp_secret = pyotp.random_base32()
        db.session.commit()
    return user.totp_secret


def provisioning_uri(user: StaffUser) -> str:
    """What the authenticator app scans (the web layer draws it as a QR code)."""
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.email, issuer_name=ISSUER)


def verify_totp(user: StaffUser, code: str) -> bool:
    if not user.totp_secret:
        return False
    return pyotp.TOTP(user.totp_secret).verify((code or "").replace(" ", ""), valid_window=1)


def confirm_setup(user: StaffUser, code: str) -> list[str] | None:
    """Turns two-factor on when the code matches; returns the recovery codes to show once."""
    if not verify_totp(user, code):
        return None
    codes = [f"{secrets.token_hex(2)}-{secrets.token_hex(2)}" for _ in range(RECOVERY_CODES)]
    user.totp_enabled = True
    user.recovery_codes = [_hash(c) for c in codes]
    record("two-factor-enabled", user, actor=user)
    db.session.commit()
    return codes


def check_code(user: StaffUser, code: str, now: datetime | None = None) -> bool:
    """A TOTP code, or an unused recovery code (which is then used up). Wrong codes count with wrong passwords
    on the account itself (`failed_sign_ins`, the same growing lock), not in the browser's cookie, which a
    script can send again as it was before its tries."""
    now = now or datetime.utcnow()
    if is_locked(user, now):
        record("two-factor-refused-locked", user, actor=user)
        db.session.commit()
        return False
    passed = verify_totp(user, code)
    hashed = _hash(code or "")
    if passed:
        record("two-factor-passed", user, actor=user)
    elif hashed in (user.recovery_codes or []):
        user.recovery_codes = [h for h in user.recovery_codes if h != hashed]
        record("recovery-code-used", user, actor=user, left=len(user.recovery_codes))
        passed = True
    if passed:
        user.failed_sign_ins = 0
        user.locked_until = None
        db.session.commit()
        return True
    user.failed_sign_ins += 1
    delay = lock_for(user.failed_sign_ins)
    if delay:
        user.locked_until = now + delay
    record("two-factor-failed", user, actor=user, failures=user.failed_sign_ins)
    db.session.commit()
    return False


def disable(user: StaffUser, code: str) -> bool:
    if user.council.require_two_factor or not check_code(user, code):
        return False
    user.totp_enabled = False
    user.totp_secret = None
    user.recovery_codes = []
    record("two-factor-disabled", user, actor=user)
    db.session.commit()
    return True


# ---- creating accounts ------------------------------------------------------------------------

MIN_PASSWORD = 12


def create_staff_user(
    by: StaffUser | None, email: str, role: str, password: str, name: str = "", council_name: str | None = None
) -> StaffUser:
    """The one way a staff account is made; `by` is the admin who made it (in their own council), or None
    from the command line (in the council named, or the first)."""
    email = email.strip().lower()
    if "@" not in email or len(email) > 254:
        raise InvalidChange("Give an email address like name@council.gov.uk.")
    if role not in {r.value for r in Role}:
        raise InvalidChange(f"Choose a role: {', '.join(r.value for r in Role)}.")
    if len(password) < MIN_PASSWORD:
        raise InvalidChange(f"Choose a password of at least {MIN_PASSWORD} characters.")
    if db.session.execute(select(StaffUser.id).where(StaffUser.email == email)).first():
        raise InvalidChange(f"There is already an account for {email}.")
    if by is not None:
        council = by.council
    else:
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
    record("staff-created", user, actor=by, role=role)
    db.session.commit()
    return user


# ---- managing accounts: an admin, within their own council -------------------------------------

# Letters and digits nobody misreads when a password is read out or copied by hand.
_READABLE = "abcdefghjkmnpqrstuvwxyz23456789"


def temporary_password() -> str:
    """A first password for a new account, shown once to the admin who made it: 4 groups of 4."""
    return "-".join("".join(secrets.choice(_READABLE) for _ in range(4)) for _ in range(4))


def council_staff(by: StaffUser) -> list[StaffUser]:
    """Everyone with an account in the admin's council: active first, then by name."""
    return list(db.session.execute(
        select(StaffUser).where(StaffUser.council_id == by.council_id)
        .order_by(StaffUser.active.desc(), StaffUser.name, StaffUser.email)
    ).scalars())


def get_staff(by: StaffUser, staff_id: int) -> StaffUser:
    user = db.session.get(StaffUser, staff_id)
    if user is None or user.council_id != by.council_id:
        raise NotFound()
    return user


def _other_active_admins(user: StaffUser) -> int:
    return len(db.session.execute(
        select(StaffUser.id).where(
            StaffUser.council_id == user.council_id, StaffUser.role == Role.ADMIN.value,
            StaffUser.active.is_(True), StaffUser.id != user.id,
        )
    ).all())


def _keep_an_admin(user: StaffUser) -> None:
    """A council is never left without an active admin: nobody could manage its accounts again."""
    if user.role == Role.ADMIN.value and user.active and _other_active_admins(user) == 0:
        raise InvalidChange(f"{user.name or user.email} is the only administrator. Make someone else an administrator first.")


def change_role(by: StaffUser, user: StaffUser, role: str) -> None:
    if role not in {r.value for r in Role}:
        raise InvalidChange("Choose a role.")
    if user.id == by.id:
        raise InvalidChange("You cannot change your own role. Ask another administrator.")
    if role == user.role:
        return
    if role != Role.ADMIN.value:
        _keep_an_admin(user)
    before = user.role
    user.role = role
    user.session_nonce = secrets.token_hex(8)  # pages open with the old role stop working
    record("staff-role-changed", user, actor=by, before=before, after=role)
    db.session.commit()


def deactivate(by: StaffUser, user: StaffUser) -> None:
    """They can no longer sign in, and every page they have open stops working; nothing they did is deleted."""
    if user.id == by.id:
        raise InvalidChange("You cannot deactivate your own account. Ask another administrator.")
    if not user.active:
        raise InvalidChange(f"{user.name or user.email} is already deactivated.")
    _keep_an_admin(user)
    user.active = False
    user.session_nonce = secrets.token_hex(8)
    record("staff-deactivated", user, actor=by)
    db.session.commit()


def reactivate(by: StaffUser, user: StaffUser) -> None:
    if user.active:
        raise InvalidChange(f"{user.name or user.email} can already sign in.")
    user.active = True
    user.failed_sign_ins = 0
    user.locked_until = None
    record("staff-reactivated", user, actor=by)
    db.session.commit()


def reset_two_factor(by: StaffUser, user: StaffUser) -> None:
    """For someone who lost their phone and their recovery codes: they sign in with their password and
    set two-factor up again (at once, if the council requires it)."""
    if not user.totp_enabled and not user.totp_secret:
        raise InvalidChange(f"{user.name or user.email} has not set up two-factor sign-in.")
    user.totp_enabled = False
    user.totp_secret = None
    user.recovery_codes = []
    user.session_nonce = secrets.token_hex(8)
    record("two-factor-reset", user, actor=by)
    db.session.commit()


def set_work_phone(by: StaffUser, user: StaffUser, phone: str) -> None:
    """Sets (or, left empty, takes away) a staff member's work phone, shown on the alerts of the sessions they run
    so the safeguarding lead can ring the room: by themselves, or by an admin of their council. Audited, before
    and after."""
    if by.id != user.id and not (by.role == Role.ADMIN.value and by.council_id == user.council_id):
        raise NotAllowed()
    try:
        shown = help_numbers.work_phone(phone) if (phone or "").strip() else ""
    except help_numbers.PhoneNumberError as e:
        raise InvalidChange(str(e)) from e
    if shown == user.work_phone:
        return
    before, user.work_phone = user.work_phone, shown
    record("staff-phone-set", user, actor=by, before=before or None, after=shown or None)
    db.session.commit()
