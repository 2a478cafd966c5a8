"""What happens inside the same unit of work as a saved answer (alerts are raised here)."""

from __future__ import annotations


def after_answer_saved(answer, flagged: bool) -> None:
    return None
