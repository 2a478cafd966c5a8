"""The append-only audit log: writing to it (the one way anything is recorded there) and reading it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from participation.domain.db import db
from participation.domain.models import AuditEvent, Council, ParticipationSession, Review, StaffUser


def record(action: str, subject, actor: StaffUser | None, **detail) -> AuditEvent:
    """Add an audit event to the current unit of work; the caller's commit writes it.

    `actor` is the staff member who acted, or None for a young person, the system or the command line.
    The event is filed under the actor's council, or the subject's when nobody acted; pass `session_id`
    in the detail for events about a session's alert or answer.
    """
    event = AuditEvent(
        action=action,
        actor_id=getattr(actor, "id", None),
        council_id=getattr(actor, "council_id", None) or _council_of(subject, detail.get("session_id")),
        subject_type=type(subject).__name__ if subject is not None else "",
        subject_id=getattr(subject, "id", None),
        detail=detail,
    )
    db.session.add(event)
    return event


def _council_of(subject, session_id: int | None) -> int | None:
    """The council a subject belongs to: itself, its own council, or its review's or session's."""
    if isinstance(subject, Council):
        return subject.id
    if getattr(subject, "council_id", None):
        return subject.council_id
    review_id = getattr(subject, "review_id", None)
    if review_id:
        return db.session.scalar(select(Review.council_id).where(Review.id == review_id))
    session_id = getattr(subject, "session_id", None) or session_id
    if session_id:
        return db.session.scalar(
            select(Review.council_id).join(ParticipationSession).where(ParticipationSession.id == session_id)
        )
    return None


# What each action means, in words, for the audit log page (a new code without a row still reads
# sensibly: "answer-undone" shows as "Answer undone").
ACTION_LABELS = {
    "alert-chased": "Alert still not seen by a safeguarding lead 30 or 60 minutes on: emailed again",
    "alert-closed": "Closed a safeguarding alert",
    "alert-escalated": "Alert not seen by a safeguarding lead for 10 minutes: shown to every officer",
    "alert-late-entry": "Added a late entry to a closed safeguarding alert",
    "alert-printed": "Opened a safeguarding alert's printable record",
    "alert-raised": "Safeguarding alert raised",
    "alert-reopened": "Reopened a safeguarding alert",
    "alert-sign-off-reminded": "Officer's close still waiting for the safeguarding lead's sign-off: the leads reminded",
    "alert-signed-off": "Signed off an officer's close on a safeguarding alert",
    "alert-step": "Recorded a step on a safeguarding alert",
    "alert-viewed": "Opened a safeguarding alert",
    "answer-approved": "Approved an answer",
    "answer-escalated": "Sent an answer to safeguarding",
    "answer-rejected": "Left an answer out",
    "answer-returned-to-moderation": "Answer sent back to moderation after a false alarm",
    "answer-withdrawn": "A young person took their answer back",
    "answers-approved-in-bulk": "Approved face and choice answers together",
    "pack-created": "Created an evidence pack",
    "pack-downloaded": "Downloaded a pack",
    "pack-messages-edited": "Edited a pack's strongest messages",
    "pack-published": "Published a pack",
    "pack-read": "Read a pack",
    "prompt-added": "Added a prompt",
    "prompt-edited": "Edited a prompt",
    "prompt-moved": "Moved a prompt",
    "prompt-removed": "Removed a prompt",
    "prompts-added": "Added prompts from the bank",
    "quote-starred": "Starred a quote",
    "raw-text-purged": "Deleted exact words past the retention period",
    "raw-text-viewed": "Read a young person's exact words",
    "recommendation-added": "Added a recommendation",
    "recommendation-response": "Recorded the service's response",
    "recommendation-update": "Recorded progress on a recommendation",
    "recovery-code-used": "Signed in with a recovery code",
    "review-created": "Created a review",
    "screen-model-retrained": "Retrained the screen's risk model",
    "scrutiny-access-set": "Changed who can read a review's packs",
    "session-closed": "Closed a session",
    "session-created": "Created a session",
    "session-officers-set": "Changed who runs a session",
    "session-opened": "Opened a session",
    "settings-changed": "Changed the council's settings",
    "sign-in-failed": "Sign-in failed",
    "sign-in-refused-locked": "Sign-in refused: account locked for a while",
    "signed-in": "Signed in",
    "signed-out": "Signed out",
    "staff-created": "Added a staff member",
    "staff-deactivated": "Deactivated a staff member",
    "staff-reactivated": "Reactivated a staff member",
    "staff-phone-set": "Changed a staff member's work phone",
    "staff-role-changed": "Changed a staff member's role",
    "theme-created": "Created a theme",
    "themes-add": "Added a theme to answers",
    "themes-chosen": "Chose an answer's themes",
    "themes-confirm": "Confirmed suggested themes",
    "themes-none": "Decided no theme fits an answer",
    "themes-none-undone": "Took back “no theme fits” on an answer",
    "themes-set": "Changed answers' theme",
    "tone-confirmed": "Confirmed or corrected answers' tone",
    "two-factor-disabled": "Turned off two-factor sign-in",
    "two-factor-enabled": "Turned on two-factor sign-in",
    "two-factor-failed": "Two-factor code wrong",
    "two-factor-passed": "Two-factor code accepted",
    "two-factor-reset": "Reset a staff member's two-factor sign-in",
    "you-said-we-did-saved": "Saved \"You said, we did\"",
    "young-person-asked-to-talk": "A young person asked to talk to someone",
    "young-person-tapped-undo": "A young person tapped Undo after asking to talk (the alert stays open)",
}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action) or action.replace("-", " ").capitalize()


AUDIT_PAGE = 25
NOBODY = "nobody"  # the person filter for events no staff member did: a young person, the system, the command line


@dataclass
class AuditPage:
    events: list[AuditEvent]
    total: int
    page: int
    pages: int
    actors: dict[int, StaffUser]  # the council's staff, by id


def audit_log(
    user: StaffUser, action: str = "", actor: int | str | None = None, date_from: date | None = None,
    date_to: date | None = None, page: int = 1,
) -> AuditPage:
    """The audit events an admin may read, newest first, a page at a time, filtered by action, by who did
    it (a staff id, or NOBODY) and by a range of days (both ends included)."""
    where = [_mine(user)]
    if action:
        where.append(AuditEvent.action == action)
    if actor == NOBODY:
        where.append(AuditEvent.actor_id.is_(None))
    elif actor:
        where.append(AuditEvent.actor_id == actor)
    if date_from:
        where.append(AuditEvent.at >= datetime.combine(date_from, datetime.min.time()))
    if date_to:
        where.append(AuditEvent.at < datetime.combine(date_to, datetime.min.time()) + timedelta(days=1))
    total = db.session.scalar(select(func.count(AuditEvent.id)).where(*where)) or 0
    pages = max(1, -(-total // AUDIT_PAGE))
    page = min(max(1, page), pages)
    events = db.session.execute(
        select(AuditEvent).where(*where).order_by(AuditEvent.id.desc()).offset((page - 1) * AUDIT_PAGE).limit(AUDIT_PAGE)
    ).scalars().all()
    return AuditPage(events=list(events), total=total, page=page, pages=pages, actors=council_staff_by_id(user))


def _mine(user: StaffUser):
    """Events of the admin's council, and those of none (a failed sign-in with an unknown email)."""
    return (AuditEvent.council_id == user.council_id) | AuditEvent.council_id.is_(None)


def logged_actions(user: StaffUser) -> list[str]:
    """Every action code in this admin's log, for the filter."""
    return sorted(db.session.execute(select(AuditEvent.action).where(_mine(user)).distinct()).scalars())


def council_staff_by_id(user: StaffUser) -> dict[int, StaffUser]:
    return {u.id: u for u in db.session.execute(
        select(StaffUser).where(StaffUser.council_id == user.council_id).order_by(StaffUser.name, StaffUser.email)
    ).scalars()}
