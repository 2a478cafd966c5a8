"""Evidence packs, their frozen published versions, scrutiny access, recommendations, "You said, we did"."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.domain.db import Authored, db, link_table
from participation.domain.models.audit import refuse_changes
from participation.pure.local_time import uk_today

review_access = link_table("review_access", "review_id->reviews.id", "staff_id->staff_users.id")


class Pack(Authored, db.Model):
    __tablename__ = "packs"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    session_ids: Mapped[list | None] = mapped_column(JSON, default=None)  # None: every session of the review
    messages: Mapped[str] = mapped_column(Text, default="")  # the officer's strongest messages, one a line
    invited: Mapped[int | None] = mapped_column(default=None)  # young people invited, for a response rate

    review = relationship("Review")
    versions = relationship("PackVersion", order_by="PackVersion.number", back_populates="pack")

    @property
    def latest(self):
        return self.versions[-1] if self.versions else None


class PackVersion(db.Model):
    """A published version: its content and files are frozen; a correction is a new version."""

    __tablename__ = "pack_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("packs.id"), index=True)
    number: Mapped[int] = mapped_column()
    content: Mapped[dict] = mapped_column(JSON)
    correction_note: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))

    pack = relationship("Pack", back_populates="versions")
    files = relationship("PackFile", back_populates="version", order_by="PackFile.format")


class PackFile(db.Model):
    __tablename__ = "pack_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("pack_versions.id"), index=True)
    format: Mapped[str] = mapped_column(String(10))  # html | pdf | docx | csv
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column()

    version = relationship("PackVersion", back_populates="files")


class FrozenRecord(Exception):
    pass


for _model in (PackVersion, PackFile):
    refuse_changes(_model, FrozenRecord, "a published pack version never changes; publish a correction instead")


RESPONSES = {"accepted": "Accepted", "partly": "Partly accepted", "rejected": "Rejected"}


class Recommendation(Authored, db.Model):
    __tablename__ = "recommendations"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str] = mapped_column(Text, default="")
    themes: Mapped[list] = mapped_column(JSON, default=list)
    quote_answer_ids: Mapped[list] = mapped_column(JSON, default=list)
    due: Mapped[date | None] = mapped_column(Date, default=None)
    owner: Mapped[str] = mapped_column(String(200), default="", server_default="")  # who in the service answers for it
    response: Mapped[str | None] = mapped_column(String(12), default=None)
    response_reasons: Mapped[str] = mapped_column(Text, default="")
    responded_on: Mapped[date | None] = mapped_column(Date, default=None)  # the day the response was recorded
    completed: Mapped[bool] = mapped_column(default=False)

    updates = relationship("RecommendationUpdate", order_by="RecommendationUpdate.on", back_populates="recommendation")

    def overdue(self, today: date | None = None) -> bool:
        return bool(self.due and not self.completed and self.due < (today or uk_today()))

    def last_heard(self) -> date | None:
        """The day of the latest record of it: its latest progress, else the service's response."""
        return self.updates[-1].on if self.updates else self.responded_on

    def no_update_since(self, today: date | None = None) -> date | None:
        """For an overdue recommendation with no progress recorded: the day since which nothing was heard
        (the response, else the day it was made). None otherwise."""
        if not self.overdue(today) or self.updates:
            return None
        return self.responded_on or (self.created_at.date() if self.created_at else None)

    def status(self, today: date | None = None) -> str:
        """Where it stands, in the tracker's words: done, overdue, in progress, agreed, or awaiting a response."""
        if self.completed:
            return "Done"
        if self.overdue(today):
            return "Overdue"
        if self.updates:
            return "In progress"
        if self.response == "rejected":
            return "Not accepted"
        return "Not started" if self.response else "Awaiting a response"


class RecommendationUpdate(db.Model):
    __tablename__ = "recommendation_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendations.id"), index=True)
    on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))

    recommendation = relationship("Recommendation", back_populates="updates")


class YouSaidWeDid(db.Model):
    """What changed because of what young people said in a session, in words they understand."""

    __tablename__ = "you_said_we_did"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("participation_sessions.id"), unique=True)
    you_said: Mapped[str] = mapped_column(Text, default="")
    we_did: Mapped[str] = mapped_column(Text, default="")
    not_changed: Mapped[str] = mapped_column(Text, default="")
    updated_on: Mapped[date] = mapped_column(Date, default=date.today)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
