"""An audit event's detail in words for the audit log page: keys as labels, long checksums shortened, long lists counted."""

from __future__ import annotations

import re

_CHECKSUM = re.compile(r"^[0-9a-f]{32,}$")
SHORT = 10  # characters of a checksum kept: plenty to tell two files apart by eye
MAX_LISTED = 5

KEY_LABELS = {
    "after": "After",
    "alert_id": "Alert",
    "answer_ids": "Answers",
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
    "reason": "Reason",
    "role": "Role",
    "session_id": "Session",
    "sha256": "Checksums (SHA-256)",
    "theme": "Theme",
}


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
