"""Two-factor sign-in for staff: TOTP codes from an authenticator app, with one-time recovery codes."""

from __future__ import annotations

import hashlib
import io
import secrets

import pyotp
import segno

from .audit import record
from .extensions import db
from .models import StaffUser

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


def provisioning_svg(user: StaffUser) -> str:
    uri = pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.email, issuer_name=ISSUER)
    out = io.BytesIO()
    segno.make(uri, error="m").save(out, kind="svg", scale=5, border=4, xmldecl=False, svgns=True, title="QR code for your authenticator app")
    return out.getvalue().decode("utf-8")


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


def check_code(user: StaffUser, code: str) -> bool:
    """A TOTP code, or an unused recovery code (which is then used up)."""
    if verify_totp(user, code):
        record("two-factor-passed", user, actor=user)
        db.session.commit()
        return True
    hashed = _hash(code or "")
    if hashed in (user.recovery_codes or []):
        user.recovery_codes = [h for h in user.recovery_codes if h != hashed]
        record("recovery-code-used", user, actor=user, left=len(user.recovery_codes))
        db.session.commit()
        return True
    record("two-factor-failed", user, actor=user)
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
