"""Rate limits on the youth pages that count a visit or an address, not a route."""

from __future__ import annotations

from flask import current_app
from limits import parse

from participation.domain.models import Participant
from participation.web.extensions import limiter

# Far above what a young person in a room does (one screen every few seconds), far below a script.
PER_VISIT = "40/minute"
PER_SESSION = "10000/minute"
WRONG_CODES = "50/5minutes"  # per address: a room's typos fit easily, a script guessing codes does not


def within_rate(participant: Participant) -> bool:
    if not current_app.config.get("RATELIMIT_ENABLED", True):
        return True
    strategy = limiter.limiter
    return strategy.hit(parse(PER_VISIT), "answers-visit", participant.token) and strategy.hit(
        parse(PER_SESSION), "answers-session", str(participant.session_id)
    )


def wrong_code_allowed(address: str) -> bool:
    """Counts one wrong code from this address; False once it has made too many."""
    if not current_app.config.get("RATELIMIT_ENABLED", True):
        return True
    return limiter.limiter.hit(parse(WRONG_CODES), "wrong-code", address)
