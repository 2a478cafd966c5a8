"""The screen every answer passes first: personal details removed, possible disclosures of harm flagged.

Pure Python: no Flask, no database. `screen(text)` is the one entry point.
"""

from __future__ import annotations

from participation.pure.safeguarding.disclosure import assess
from participation.pure.safeguarding.pii import find_personal_details, redact
from participation.pure.safeguarding.types import Removal, Screening

__all__ = ["Removal", "Screening", "screen"]


def screen(text: str) -> Screening:
    """Screen one answer: what to remove, and whether it may be a disclosure of harm."""
    removals = tuple(find_personal_details(text))
    verdict = assess(text)
    return Screening(
        original=text,
        redacted=redact(text, removals),
        removals=removals,
        disclosure=verdict.disclosure,
        categories=verdict.categories,
        cues=verdict.cues,
    )
