"""Themes on answers: the fifteen base themes live in code; a council may add its own here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.domain.db import Authored, db


class CouncilTheme(Authored, db.Model):
    """A theme a council added on top of the base fifteen (often from an emerging group)."""

    __tablename__ = "council_themes"
    __table_args__ = (UniqueConstraint("council_id", "theme_id", name="uq_council_themes_council_theme"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    theme_id: Mapped[str] = mapped_column(String(80))  # kebab-case, never one of the base ids
    label: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    ilacs_areas: Mapped[list] = mapped_column(JSON, default=list)


class AnswerTheme(db.Model):
    """One theme on one answer: suggested by the classifier or the prompt, or confirmed by an officer."""

    __tablename__ = "answer_themes"

    answer_id: Mapped[int] = mapped_column(ForeignKey("answers.id"), primary_key=True)
    theme: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)
    rank: Mapped[int] = mapped_column(default=0)  # 0 is the main theme
    confidence: Mapped[float | None] = mapped_column(Float, default=None)
    words: Mapped[list] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(String(12), default="suggested")  # suggested | prompt | confirmed
    # A suggestion the question's own theme decided (the answer's words alone would have suggested another theme
    # or none, or no words were read): the card says "from the question", so the officer checks it.
    from_question: Mapped[bool] = mapped_column(default=False, server_default=false())
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), default=None)

    answer = relationship("Answer", back_populates="themes")


class Job(Authored, db.Model):
    """A background job (theming a large review, building a pack) whose progress a page can poll."""

    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(12), default="queued")  # queued | running | done | failed
    done: Mapped[int] = mapped_column(default=0)
    total: Mapped[int] = mapped_column(default=0)
    params: Mapped[dict] = mapped_column(JSON, default=dict)
    result: Mapped[dict] = mapped_column(JSON, default=dict)
    error: Mapped[str] = mapped_column(Text, default="")
    council_id: Mapped[int | None] = mapped_column(ForeignKey("councils.id"), default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
