"""Young people's visits and answers: no name, no IP address, no user agent, no exact time."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import JSON, Date, Float, ForeignKey, String, Text, UniqueConstraint, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.domain.db import db

REJECT_REASONS = {
    "off-topic": "Off topic",
    "abusive": "Abusive",
    "identifying": "Could identify someone",
    "duplicate": "Duplicate",
    "other": "Other",
}


class AnswerState(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    HELD = "held"  # held for safeguarding


class Participant(db.Model):
    """One visit by one young person: a random token, the day, nothing else about them."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("participation_sessions.id"), index=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    joined_on: Mapped[date] = mapped_column(Date)
    finished: Mapped[bool] = mapped_column(default=False)
    # children-in-care or care-leavers: from the session's audience, or from an optional "about you" answer.
    group: Mapped[str | None] = mapped_column(String(30), default=None)


class Answer(db.Model):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("participant_id", "prompt_id", name="uq_answers_participant_prompt"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("participation_sessions.id"), index=True)
    prompt_id: Mapped[int] = mapped_column(ForeignKey("prompts.id"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    scale: Mapped[int | None] = mapped_column(default=None)
    choices: Mapped[list | None] = mapped_column(JSON, default=None)
    # What anyone but a moderator may ever see: personal details replaced by placeholders.
    text: Mapped[str | None] = mapped_column(Text, default=None)
    # The young person's exact words: moderators only, purged once a decision is made.
    raw_text: Mapped[str | None] = mapped_column(Text, default=None)
    pii_kinds: Mapped[list] = mapped_column(JSON, default=list)
    removals: Mapped[list] = mapped_column(JSON, default=list)
    disclosure: Mapped[bool] = mapped_column(default=False)
    # Words the screen cannot read (another language) are never passed as safe: they are marked
    # "not checked by the screen" and come first in the moderation queue, with their language named.
    language: Mapped[str | None] = mapped_column(String(20), default=None)
    screened: Mapped[bool] = mapped_column(default=True, server_default=true())
    # The screen's model: how likely these words disclose harm (0 to 1), above and below the alert
    # line, so the moderation queue shows the riskiest first and a missed disclosure is read early.
    risk: Mapped[float | None] = mapped_column(Float, default=None)
    # A care leaver's hardship (money, heating, food, a home) with no harm in it: help, not an alert.
    hardship: Mapped[bool] = mapped_column(default=False, server_default=false())
    state: Mapped[str] = mapped_column(String(10), default=AnswerState.PENDING.value, index=True)
    edits: Mapped[int] = mapped_column(default=0)
    answered_on: Mapped[date] = mapped_column(Date)
    # Moderation: who decided, on which day, and why an answer was left out (a reason, never content).
    reject_reason: Mapped[str | None] = mapped_column(String(20), default=None)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), default=None)
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Theming (officers decide; the classifier only suggests).
    # The classifier suggests a tone; once an officer confirms or corrects it, `tone` is theirs and
    # `tone_confirmed` says so (a pack never lets a machine's guess alone say something works well).
    tone: Mapped[str | None] = mapped_column(String(10), default=None)
    tone_confirmed: Mapped[bool] = mapped_column(default=False, server_default=false())
    emerging: Mapped[bool] = mapped_column(default=False)  # no theme fits well (the classifier's view)
    # An officer read it and decided no theme fits: its themes are decided (as none), so it is no longer to
    # check, and a pack counts it toward no theme, never under one. Choosing a theme for it undoes this.
    no_theme_fits: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Themes an officer took off this answer (removed in bulk, or unticked on it): a suggestion run never puts
    # them back; choosing one again takes it off this list. Who and when: the audit log. Assign a new list.
    removed_themes: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    starred: Mapped[bool] = mapped_column(default=False)  # a candidate quote for the pack
    # An officer's English translation of words in another language: packs print it beside the original.
    translation: Mapped[str | None] = mapped_column(Text, default=None)

    prompt = relationship("Prompt")
    participant = relationship("Participant")
    session = relationship("ParticipationSession")
    themes = relationship("AnswerTheme", back_populates="answer", order_by="AnswerTheme.rank", cascade="all, delete-orphan")


class FormToken(db.Model):
    """A one-time token per question form: a double tap or a retry is stored once."""

    __tablename__ = "form_tokens"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    used_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(200), default="")


class ScreenLabel(db.Model):
    """A moderator's or safeguarding lead's decision about some words, kept to teach the screen.

    Only the redacted words are kept (never the exact words, never who wrote them): sent to
    safeguarding or closed after talking or a referral is a disclosure; closed with no further action,
    or approved as ordinary, is not.
    """

    __tablename__ = "screen_labels"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    disclosure: Mapped[bool] = mapped_column()
    source: Mapped[str] = mapped_column(String(30))
    created_on: Mapped[date] = mapped_column(Date)
