"""What happens inside the same unit of work as a saved answer: a flagged answer raises an alert."""

from __future__ import annotations


def after_answer_saved(answer, screening) -> None:
    if screening is not None and screening.disclosure:
        from .services import raise_from_screen

        raise_from_screen(answer, screening.categories, screening.cues)
