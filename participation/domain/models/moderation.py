"""Safeguarding alerts: raised by the screen or by a moderator, never deleted, closed only with an outcome; the
steps taken while one is open, and any reopening, kept beside it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.domain.db import db

OUTCOMES = {
    "talked": "Talked to the young person",
    "referred": "Referred under local safeguarding procedures",
    "no-further-action": "No further action",
    "told-room": "Told the room; nobody came forward",
}
# Nobody knows who wrote it (sessions are anonymous): the officer told the whole room how to ask for help, and nobody
# came forward. Offered only where the young person did not ask to talk (`Alert.outcomes`): one who did is known.
TOLD_ROOM = "told-room"

# What someone did while an alert was open: recorded as it happens, before the alert is closed.
STEP_ACTIONS = {
    "spoke-to-young-person": "Spoke to the young person",
    "told-social-worker": "Told their social worker or personal adviser",
    "referred": "Referred to children's services (front door or MASH)",
    "police": "Told the police",
    "lado": "Told the LADO (about an adult who works with children)",
    "adult-safeguarding": "Told adult social care's safeguarding team (a care leaver 18 or over)",
    "rang-room": "Rang or went to the officer in the room",
    "strategy": "Strategy discussion or meeting held",
    "other": "Something else",
}
# Steps the app writes itself when the safeguarding lead reopens an alert: the close it undoes (with that
# close's outcome, who and when), then the reopening with its reason.
CLOSED, REOPENED = "closed", "reopened"
# The same for a close that went to the lead's sign-off: the record keeps what the close said at the time.
CLOSED_FOR_SIGN_OFF = "closed-for-sign-off"
CLOSES = frozenset({CLOSED, CLOSED_FOR_SIGN_OFF})
# Written when the safeguarding lead signs off an officer's "no further action" in a serious category.
SIGNED_OFF = "signed-off"
# Written with a close or sign-off where the guidance said to tell the LADO and nobody did: why, in the record.
LADO_NOT_TOLD = "lado-not-told"
# The steps that record a referral (to children's services, or its like: adult social care, the LADO, the police,
# a strategy discussion): a close as "referred" needs one, or the tick and a reason.
REFERRAL_STEPS = frozenset({"referred", "adult-safeguarding", "lado", "police", "strategy"})
RECORD_ACTIONS = {**STEP_ACTIONS, CLOSED: "Closed", CLOSED_FOR_SIGN_OFF: "Closed, waiting for the lead's sign-off",
                  REOPENED: "Reopened", SIGNED_OFF: "Signed off by the safeguarding lead",
                  LADO_NOT_TOLD: "The LADO was not told: why"}
# An alert's states: open; closed by an officer with "no further action" in a serious category, waiting for the
# lead's sign-off (not open, nothing more to do in the room, but not yet closed); closed.
OPEN, AWAITING_SIGN_OFF, CLOSED_STATE = "open", "signoff", "closed"


class Alert(db.Model):
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("participation_sessions.id"), index=True)
    answer_id: Mapped[int | None] = mapped_column(ForeignKey("answers.id"), index=True)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"), index=True)
    source: Mapped[str] = mapped_column(String(20))  # "screen", "moderator" or "asked-to-talk"
    # The young person's words as written: the safeguarding record needs them, so they are kept here
    # (only the safeguarding lead and the session's officers can read them).
    text: Mapped[str] = mapped_column(Text, default="")
    prompt_text: Mapped[str] = mapped_column(Text, default="")
    categories: Mapped[list] = mapped_column(JSON, default=list)
    cues: Mapped[list] = mapped_column(JSON, default=list)
    # Raised by the screen's model with no rule cue: the labelled examples closest in meaning, its reason.
    similar: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    wants_to_talk: Mapped[bool] = mapped_column(default=False)
    talk_code: Mapped[str] = mapped_column(String(4), default="")
    # The young person tapped Undo after asking to talk: the request is marked, never removed (a tap can be
    # a mistake either way), and asking again clears the mark. The audit log keeps each tap.
    talk_undone_at: Mapped[datetime | None] = mapped_column(default=None)
    # Exact times belong to the safeguarding record, not to the answer.
    raised_at: Mapped[datetime] = mapped_column(default=datetime.utcnow, index=True)
    first_opened_at: Mapped[datetime | None] = mapped_column(default=None)
    first_opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), default=None)
    # The first time a safeguarding lead (an administrator, when the council has no lead) opened the alert, recorded
    # a step on it or closed it: until then it is escalated after 10 minutes, even when an officer has opened it.
    lead_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    lead_seen_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), default=None)
    escalated: Mapped[bool] = mapped_column(default=False)
    # How many of the chases after the escalation (at 30 and 60 minutes, `alerts.CHASE_AFTER`) are done: each
    # is claimed once by a conditional update, so several instances polling at once email once.
    chases: Mapped[int] = mapped_column(default=0, server_default="0")
    # How many reminders (at 1 and 24 hours, `alerts.SIGN_OFF_REMIND_AFTER`) the leads were sent of the present
    # close waiting for their sign-off: claimed as the chases are; each close that waits starts again at 0.
    sign_off_reminders: Mapped[int] = mapped_column(default=0, server_default="0")
    state: Mapped[str] = mapped_column(String(10), default="open", index=True)
    outcome: Mapped[str | None] = mapped_column(String(30), default=None)
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), default=None)

    session = relationship("ParticipationSession")
    answer = relationship("Answer")
    closed_by = relationship("StaffUser", foreign_keys=[closed_by_id])
    first_opened_by = relationship("StaffUser", foreign_keys=[first_opened_by_id])
    lead_seen_by = relationship("StaffUser", foreign_keys=[lead_seen_by_id])
    steps = relationship("AlertStep", back_populates="alert", order_by=lambda: [AlertStep.written_at, AlertStep.id])

    @property
    def is_open(self) -> bool:
        return self.state == OPEN

    @property
    def awaiting_sign_off(self) -> bool:
        return self.state == AWAITING_SIGN_OFF

    @property
    def outcomes(self) -> dict[str, str]:
        """The outcomes a close of this alert can have: "Told the room; nobody came forward" only when the young
        person did not ask to talk (`TOLD_ROOM`)."""
        return {k: v for k, v in OUTCOMES.items() if k != TOLD_ROOM or not self.wants_to_talk}

    @property
    def recorded_steps(self) -> list[AlertStep]:
        """The steps people took (`STEP_ACTIONS`), not the entries the app writes (a close undone, a reopening, a
        sign-off, the LADO decision)."""
        return [s for s in self.steps if s.action in STEP_ACTIONS]

    @property
    def close_action(self) -> str:
        """What the present close is in the record, fixed when it was made: a close that went to the lead's
        sign-off stays "Closed, waiting for the lead's sign-off" once signed off or reopened (`RECORD_ACTIONS`)."""
        return CLOSED_FOR_SIGN_OFF if self.awaiting_sign_off or self.signed_off() is not None else CLOSED

    @property
    def close_label(self) -> str:
        return RECORD_ACTIONS[self.close_action]

    def signed_off(self) -> AlertStep | None:
        """The lead's sign-off of the present close, if it needed one."""
        found = [s for s in self.steps if s.action == SIGNED_OFF and self.closed_at and s.written_at >= self.closed_at]
        return found[-1] if found else None


class AlertStep(db.Model):
    """One entry in an alert's record: an action taken while it was open, a close later undone, or a reopening.
    Never edited or deleted."""

    __tablename__ = "alert_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    written_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
    # When it happened, if the person recording it said (a call at 14:10 written up at 18:09); else written_at.
    happened_at: Mapped[datetime | None] = mapped_column(default=None)
    action: Mapped[str] = mapped_column(String(30))  # a key of RECORD_ACTIONS
    # Only on a "closed" step: the outcome of the close that a reopening undid (a key of OUTCOMES).
    outcome: Mapped[str | None] = mapped_column(String(30), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    # Added to a closed alert without reopening it: shown as a late entry, with when it was written up.
    late: Mapped[bool] = mapped_column(default=False, server_default=false())

    alert = relationship("Alert", back_populates="steps")
    author = relationship("StaffUser")

    @property
    def label(self) -> str:
        return RECORD_ACTIONS.get(self.action, self.action)

    @property
    def at(self) -> datetime:
        """When it happened: the time given, or when it was written."""
        return self.happened_at or self.written_at
