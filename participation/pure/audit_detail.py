"""An audit event's detail in words for the audit log page: keys as labels, long checksums shortened, long lists counted."""

from __future__ import annotations

import re

_CHECKSUM = re.compile(r"^[0-9a-f]{32,}$")
SHORT = 10  # characters of a checksum kept: plenty to tell two files apart by eye
MAX_LISTED = 5

KEY_LABELS = {
    "after": "After",
    "alert_id": "Alert",
    "answer_state": "Answer's moderation state (left as it was)",
    "answer_ids": "Answers",
    "awaiting_sign_off": "Waiting for the safeguarding lead's sign-off",
    "closed_by_id": "Closed by (staff member)",
    "before": "Before",
    "categories": "Categories",
    "count": "How many",
    "csv": "CSV",
    "docx": "Word",
    "detail_email_known": "Email known",
    "edited": "Edited",
    "failures": "Failed tries",
    "html": "HTML",
    "left": "Recovery codes left",
    "note": "Note",
    "outcome": "Outcome",
    "pdf": "PDF",
    "previous_outcome": "Outcome before reopening",
    "response": "Response",
    "review_id": "Review",
    "session_ids": "Sessions",
    "slugs": "Prompts",
    "staff_ids": "Staff",
    "step_action": "What was done",
    "step_id": "Step",
    "title": "Title",
    "version": "Version",
    "was_awaiting_sign_off": "Was waiting for the lead's sign-off",
    "without_lado_contact": "Closed with no LADO contact recorded (why is in the note)",
    "reason": "Reason",
    "role": "Role",
    "session_id": "Session",
    "sha256": "Checksums (SHA-256)",
    "theme": "Theme",
}


SUBJECT_LABELS = {
    "Alert": "Alert",
    "Answer": "Answer",
    "Council": "Council",
    "CouncilTheme": "Theme",
    "Pack": "Pack",
    "PackVersion": "Pack version",
    "ParticipationSession": "Session",
    "Prompt": "Prompt",
    "Recommendation": "Recommendation",
    "Review": "Review",
    "StaffUser": "Staff member",
    "YouSaidWeDid": "\"You said, we did\"",
}


def subject_label(subject_type: str, subject_id: int | None) -> str:
    """What an event was about, in words: "Session 4", "Staff member 2"."""
    if not subject_type:
        return ""
    label = SUBJECT_LABELS.get(subject_type) or re.sub(r"(?<!^)(?=[A-Z])", " ", subject_type).capitalize()
    return f"{label} {subject_id}" if subject_id else label


def key_label(key: str) -> str:
    return KEY_LABELS.get(key) or key.replace("_", " ").capitalize()


def value_text(value) -> str:
    """A value as short plain words: yes/no, a checksum's first characters, at most a few list items."""
    if value is None or value == "" or value == []:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return f"{value[:SHORT]}…" if _CHECKSUM.match(value) else value
    if isinstance(value, dict):
        return "; ".join(f"{key_label(str(k))} {value_text(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        shown = ", ".join(value_text(v) for v in value[:MAX_LISTED])
        return shown if len(value) <= MAX_LISTED else f"{len(value)}: {shown} and {len(value) - MAX_LISTED} more"
    return str(value)


def describe(detail: dict | None) -> list[tuple[str, str]]:
    """(label, words) for each item of an event's detail, in the order it was recorded."""
    return [(key_label(str(k)), value_text(v)) for k, v in (detail or {}).items()]
