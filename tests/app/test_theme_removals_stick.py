"""A theme an officer took off an answer must not come back on it with a later suggestion run.

Each answer keeps the themes an officer took off it (`Answer.removed_themes`); choosing one again lifts it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from participation.domain import themes
from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent, Review
from participation.pure.theming.classifier import classify_many
from tests.app.test_theming_in_context import approved

WORDS = "my social worker never rings me back"


@pytest.fixture
def written(make_session):
    return make_session(prompts=("text",))


def _themes(answer_id):
    db.session.expire_all()
    return [t.theme for t in db.session.get(Answer, answer_id).themes]


def test_the_classifier_suggests_the_theme_these_tests_remove():
    (found,) = classify_many([WORDS], prompt_themes=[None])
    assert "social-workers" in [s.theme for s in found.themes]


def test_a_theme_removed_in_bulk_is_not_suggested_again_by_a_later_run(app, officer, officer_client, written):
    answer = approved(written, written.prompts[0], WORDS, suggested=("social-workers",))
    review = db.session.get(Review, written.review_id)
    assert themes.apply(officer, review, [answer], "remove", "social-workers") == 1
    assert _themes(answer) == []  # left with no theme: to check again, and to be suggested for again
    app.config["JOBS_MODE"] = "sync"
    assert officer_client.post(f"/staff/reviews/{review.id}/theming/run").status_code == 303
    assert "social-workers" not in _themes(answer)


def test_a_theme_unticked_in_check_themes_is_not_suggested_again_after_no_theme_fits_is_undone(officer, written):
    answer = approved(written, written.prompts[0], WORDS, suggested=("social-workers", "money"))
    review = db.session.get(Review, written.review_id)
    themes.choose_themes(officer, review, answer, ["money"])  # social workers unticked
    themes.decide_no_theme(officer, review, answer)
    themes.undo_no_theme(officer, review, answer)  # fresh suggestions
    assert "social-workers" not in _themes(answer)


def test_a_removed_theme_chosen_again_can_be_suggested_again(app, officer, officer_client, written):
    answer = approved(written, written.prompts[0], WORDS, suggested=("social-workers",))
    review = db.session.get(Review, written.review_id)
    themes.apply(officer, review, [answer], "remove", "social-workers")
    assert db.session.get(Answer, answer).removed_themes == ["social-workers"]
    themes.apply(officer, review, [answer], "add", "social-workers")
    assert db.session.get(Answer, answer).removed_themes == []
    assert _themes(answer) == ["social-workers"]


def test_an_untick_is_in_the_audit_log_and_an_answer_left_with_nothing_waits_to_be_checked(officer, written):
    answer = approved(written, written.prompts[0], WORDS, suggested=("social-workers", "money"))
    review = db.session.get(Review, written.review_id)
    themes.choose_themes(officer, review, answer, ["money"])
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "themes-chosen")).scalars().one()
    assert event.detail["removed"] == ["social-workers"]
    found = db.session.get(Answer, answer)
    found.removed_themes = ["social-workers", "money"]
    found.themes = []
    db.session.commit()
    themes.suggest([found])
    assert [t.theme for t in found.themes if t.theme in ("social-workers", "money")] == []
