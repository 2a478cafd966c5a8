"""The screen as the service uses it: decisions people make about words, kept to teach the screen."""

from __future__ import annotations

from datetime import date

from participation.domain.db import db
from participation.domain.models import ScreenLabel


def keep_label(council_id: int, text: str | None, disclosure: bool, source: str) -> None:
    """Keep a person's decision about some redacted words, in the caller's unit of work. Face and choice
    answers have no words and teach the screen nothing."""
    if text and text.strip():
        db.session.add(ScreenLabel(council_id=council_id, text=text, disclosure=disclosure, source=source,
                                   created_on=date.today()))
