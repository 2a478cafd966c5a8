"""Councils and the reviews their scrutiny task groups run."""

from __future__ import annotations

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.domain.db import Authored, db


class Council(db.Model):
    __tablename__ = "councils"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Counts of young people below this are never shown outside the officer's own view.
    small_number_threshold: Mapped[int] = mapped_column(default=5)
    retention_days: Mapped[int] = mapped_column(default=30)
    require_two_factor: Mapped[bool] = mapped_column(default=False)
    # What staff should do when an alert comes in, in the council's own words (empty: the default text).
    alert_next_steps: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The same for the safeguarding lead, who decides on a referral from the office (empty: the lead's default).
    alert_next_steps_lead: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Up to three numbers shown on an open alert as links to call: [{"label": ..., "phone": ...}].
    alert_contacts: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    # Two labelled numbers the safeguarding lead asked for beside those: the lead on call, and the LADO (Local
    # Authority Designated Officer, for allegations against adults who work with children). Empty: not set.
    alert_lead_phone: Mapped[str] = mapped_column(String(30), default="", server_default="")
    alert_lado_phone: Mapped[str] = mapped_column(String(30), default="", server_default="")


class Review(Authored, db.Model):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    ilacs_areas: Mapped[list] = mapped_column(JSON, default=list)

    council = relationship("Council")
    scrutiny_users = relationship("StaffUser", secondary="review_access", order_by="StaffUser.name")
    sessions = relationship(
        "ParticipationSession", back_populates="review", order_by="ParticipationSession.date.desc()"
    )
