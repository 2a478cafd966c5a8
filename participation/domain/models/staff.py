"""Staff accounts and their roles."""

from __future__ import annotations

import enum
import secrets
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.domain.db import db


class Role(enum.StrEnum):
    ADMIN = "admin"
    OFFICER = "officer"
    SAFEGUARDING = "safeguarding"
    SCRUTINY = "scrutiny"

    @property
    def label(self) -> str:
        return {
            "admin": "Administrator",
            "officer": "Participation officer",
            "safeguarding": "Safeguarding lead",
            "scrutiny": "Scrutiny member",
        }[self.value]


class StaffUser(db.Model):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    # A work phone (optional), tidied by `pure/help_numbers.work_phone`: the safeguarding lead rings the room on it.
    work_phone: Mapped[str] = mapped_column(String(30), default="", server_default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    # Rotated at sign-out so every cookie issued before it stops working.
    session_nonce: Mapped[str] = mapped_column(String(32), default=lambda: secrets.token_hex(8))
    failed_sign_ins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
    # Two-factor sign-in (TOTP): the secret, and hashes of unused one-time recovery codes.
    totp_secret: Mapped[str | None] = mapped_column(String(64), default=None)
    totp_enabled: Mapped[bool] = mapped_column(default=False)
    recovery_codes: Mapped[list] = mapped_column(JSON, default=list)

    council = relationship("Council")

    # What Flask-Login asks of a signed-in user (written out here, so the domain never imports it).
    is_authenticated = True
    is_anonymous = False

    def get_id(self) -> str:
        return f"{self.id}:{self.session_nonce}"

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def role_enum(self) -> Role:
        return Role(self.role)

    def has_role(self, *roles: Role) -> bool:
        return self.role == Role.ADMIN.value or self.role in {r.value for r in roles}
