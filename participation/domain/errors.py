"""The domain's errors: one set, turned into responses by one handler in the web layer."""

from __future__ import annotations


class DomainError(Exception):
    """A refusal the person can be told about in `message`."""

    def __init__(self, message: str = "", suggestion: str | None = None):
        super().__init__(message)
        self.message = message
        self.suggestion = suggestion


class NotFound(DomainError):
    """It does not exist, or belongs to someone this person may not see (shown as 404, so ids do not leak)."""


class NotAllowed(DomainError):
    """It exists and this person may see it, but may not do this to it (shown as 403)."""


class InvalidChange(DomainError):
    """The change breaks a rule; `message` says which, in words for the person who asked."""
