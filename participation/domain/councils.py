"""A council's settings: how long exact words are kept, the small-number threshold, two-factor for all,
and what staff should do when an alert comes in."""

from __future__ import annotations

from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.models import Council, StaffUser
from participation.pure.sanitise import clean_text

# Shown on every alert until an admin writes the council's own steps (one step a line).
DEFAULT_ALERT_NEXT_STEPS = "\n".join([
    "If anyone is in danger right now, call 999.",
    "Go to the room now; if you are not the officer running the session, find them. If the young person asked to "
    "talk, they will show an adult their number.",
    "Follow the local safeguarding procedure: make sure the designated safeguarding lead knows today and, if a "
    "child may be at risk of harm, refer to children's services the same day.",
    "Write below what you did, who you spoke to and why.",
])
MAX_NEXT_STEPS = 2000


def alert_next_steps(council: Council) -> list[str]:
    """The steps shown on an alert, one a line: the council's own, or the default."""
    text = council.alert_next_steps or DEFAULT_ALERT_NEXT_STEPS
    return [line.strip() for line in text.splitlines() if line.strip()]


def save_settings(
    user: StaffUser, council: Council, retention_days: int, small_number_threshold: int, require_two_factor: bool,
    alert_next_steps: str | None = None,
) -> None:
    keys = ("retention_days", "small_number_threshold", "require_two_factor", "alert_next_steps")
    before = {k: getattr(council, k) for k in keys}
    council.retention_days = retention_days
    council.small_number_threshold = small_number_threshold
    council.require_two_factor = bool(require_two_factor)
    if alert_next_steps is not None:
        steps = clean_text(alert_next_steps, MAX_NEXT_STEPS)
        # The default text saved unchanged stays the default, so a better default reaches every council.
        council.alert_next_steps = "" if steps == DEFAULT_ALERT_NEXT_STEPS else steps
    after = {k: getattr(council, k) for k in keys}
    record("settings-changed", council, actor=user, before={k: v for k, v in before.items() if v != after[k]},
           after={k: v for k, v in after.items() if v != before[k]})
    db.session.commit()
