"""The screen as the service uses it: decisions people make about words, kept to teach the screen, and
retraining its model from them."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.models import ScreenLabel, StaffUser
from participation.pure.local_time import uk_today
from participation.pure.safeguarding import training


def keep_label(council_id: int, text: str | None, disclosure: bool, source: str) -> None:
    """Keep a person's decision about some redacted words, in the caller's unit of work. Face and choice
    answers have no words and teach the screen nothing."""
    if text and text.strip():
        db.session.add(ScreenLabel(council_id=council_id, text=text, disclosure=disclosure, source=source,
                                   created_on=uk_today()))


def retrain(actor: StaffUser | None) -> training.RetrainResult:
    """Retrain the screen's model from the shipped rows and every kept decision; the new model is kept
    only if it ranks the frozen held-out set at least as well. Either way the audit log says so."""
    labels = [(text, int(flag)) for text, flag in db.session.execute(select(ScreenLabel.text, ScreenLabel.disclosure)).all()]
    result = training.retrain(labels)
    record("screen-model-retrained" if result.replaced else "screen-model-retrain-refused", None, actor=actor,
           decisions_used=result.used, auc_before=result.before, auc_after=round(result.after, 4))
    db.session.commit()
    return result
