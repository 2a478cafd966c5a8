"""Participation sessions and the prompts asked in them."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.domain.db import Authored, db, link_table
from participation.pure import help_numbers

# The officers running a session: they moderate it and get its safeguarding alerts.
session_officers = link_table("session_officers", "session_id->participation_sessions.id", "staff_id->staff_users.id")


class SessionState(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class PromptKind(enum.StrEnum):
    SCALE = "scale"
    SINGLE = "single"
    MULTIPLE = "multiple"
    TEXT = "text"


class ParticipationSession(Authored, db.Model):
    """A session young people join with a code. Not called Session: that name belongs to Flask and SQLAlchemy."""

    __tablename__ = "participation_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[date] = mapped_column(Date)
    audience: Mapped[str] = mapped_column(String(30))
    place: Mapped[str] = mapped_column(String(200), default="")
    # What young people see instead of the staff title, in their words ("Leaving care: what is it like?").
    youth_title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    join_code: Mapped[str] = mapped_column(String(12), unique=True)
    state: Mapped[str] = mapped_column(String(10), default=SessionState.DRAFT.value)
    opened_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    # "We will tell you what changed by <month>": the first day of the month the officer promised.
    updates_by: Mapped[date | None] = mapped_column(Date, default=None)
    # The languages young people may choose (codes from pure/languages.py); None offers every one.
    languages: Mapped[list | None] = mapped_column(JSON, default=None)
    # The council's own contact young people see first in help (its leaving care team, say), set by the
    # officer: a short name, a UK number and, if they like, its hours. Empty when none is set.
    local_contact_name: Mapped[str] = mapped_column(String(80), default="", server_default="")
    local_contact_phone: Mapped[str] = mapped_column(String(20), default="", server_default="")
    local_contact_hours: Mapped[str] = mapped_column(String(80), default="", server_default="")

    review = relationship("Review", back_populates="sessions")
    prompts = relationship("Prompt", order_by="Prompt.position", back_populates="session")
    officers = relationship("StaffUser", secondary=session_officers, order_by="StaffUser.name")

    @property
    def title_for_young_people(self) -> str:
        return self.youth_title or self.title

    @property
    def local_help(self):
        """The council's own contact as a help line, shown first (None when the officer set none)."""
        return help_numbers.local_line(self.local_contact_name, self.local_contact_phone, self.local_contact_hours)

    @property
    def is_open(self) -> bool:
        return self.state == SessionState.OPEN.value


class Prompt(db.Model):
    __tablename__ = "prompts"
    __table_args__ = (UniqueConstraint("session_id", "position", name="uq_prompts_session_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("participation_sessions.id"), index=True)
    position: Mapped[int] = mapped_column()
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(String(300))
    hint: Mapped[str] = mapped_column(Text, default="")
    options: Mapped[list] = mapped_column(JSON, default=list)
    theme: Mapped[str | None] = mapped_column(String(60), default=None)
    max_length: Mapped[int | None] = mapped_column(default=None)
    about_you: Mapped[str | None] = mapped_column(String(30), default=None)
    bank_slug: Mapped[str | None] = mapped_column(String(80), default=None)
    # An officer's own words in other languages: {"ar": {"text": ..., "hint": ...}}. Without them, a bank
    # prompt's words come from the translation catalogues, looked up by the English (missing: English).
    translations: Mapped[dict | None] = mapped_column(JSON, default=None)

    session = relationship("ParticipationSession", back_populates="prompts")

    @property
    def audience(self) -> str:
        """Who the session is for (children in care, care leavers, both): the screen reads answers with it."""
        return self.session.audience
