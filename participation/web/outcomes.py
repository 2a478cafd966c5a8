"""Telling staff how an action went, on the page they land on next."""

from __future__ import annotations

from collections.abc import Callable

from flask import flash

from participation.domain.errors import InvalidChange


def attempt(action: Callable, *args, done: str | Callable[..., str] | None = None) -> bool:
    """Run a domain action. If it refuses, flash why; if it goes through, flash `done` (text, or a
    function of the action's result). True when it went through."""
    try:
        result = action(*args)
    except InvalidChange as refused:
        flash(refused.message, "error")
        return False
    if done:
        flash(done(result) if callable(done) else done)
    return True
