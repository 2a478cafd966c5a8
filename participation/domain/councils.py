"""A council's settings: how long exact words are kept, the small-number threshold, two-factor for all."""

from __future__ import annotations

from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.models import Council, StaffUser


def save_settings(
    user: StaffUser, council: Council, retention_days: int, small_number_threshold: int, require_two_factor: bool
) -> None:
    keys = ("retention_days", "small_number_threshold", "require_two_factor")
    before = {k: getattr(council, k) for k in keys}
    council.retention_days = retention_days
    council.small_number_threshold = small_number_threshold
    council.require_two_factor = bool(require_two_factor)
    record("settings-changed", council, actor=user, before=before, after={k: getattr(council, k) for k in keys})
    db.session.commit()
