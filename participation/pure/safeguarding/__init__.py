"""The screen every answer passes first: personal details removed, possible disclosures of harm flagged,
and words in a language it cannot read marked for a person to read first.

Pure Python: no Flask, no database. `screen(text)` is the one entry point.
"""

from __future__ import annotations

from participation.pure.safeguarding.disclosure import assess
from participation.pure.safeguarding.language import detect
from participation.pure.safeguarding.pii import find_personal_details, redact
from participation.pure.safeguarding.types import Removal, Screening

__all__ = ["Removal", "Screening", "screen"]


def screen(text: str) -> Screening:
    """Screen one answer: what to remove, whether it may be a disclosure of harm, and whether the screen
    could read it at all (its rules read English; anything else must be read by a person first)."""
    removals = tuple(find_personal_details(text))
    verdict = assess(text)
    language = detect(text)
    return Screening(
        original=text,
        redacted=redact(text, removals),
        removals=removals,
        disclosure=verdict.disclosure,
        categories=verdict.categories,
        cues=verdict.cues,
        language=language.code,
        language_name=language.name,
        screened=language.english,
    )
