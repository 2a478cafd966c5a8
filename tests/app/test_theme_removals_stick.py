"""A theme an officer took off an answer must not come back on it with a later suggestion run.

Known bug, not fixed here: nothing stored says which themes an officer removed from an answer (the bulk
"Remove a theme…" is in the audit log as `themes-remove`, but an untick in Check themes is only recorded as the
themes chosen, `themes-chosen`), and fixing it needs a new table or column: see docs/theme-removals.md. These tests
show the bug; they are marked to fail until that change is made, and then pass (strict: a fix makes them fail
until the mark is taken off)."""

from __future__ import annotations

import pytest

from participation.domain import themes
from participation.domain.db import db
from participation.domain.models import Answer, Review
from participation.pure.theming.classifier import classify_many
from tests.app.test_theming_in_context import approved

WORDS = "my social worker never rings me back"
NOT_YET = pytest.mark.xfail(strict=True, reason="needs a stored record of themes removed per answer: docs/theme-removals.md")


@pytest.fixture
def written(make_session):
    return make_session(prompts=("text",))


def _themes(answer_id):
    db.session.expire_all()
    return [t.theme for t in db.session.get(Answer, answer_id).themes]


def test_the_classifier_suggests_the_theme_these_tests_remove():
    (found,) = classify_many([WORDS], prompt_themes=[None])
    assert "social-workers" in [s.theme for s in found.themes]


@NOT_YET
def test_a_theme_removed_in_bulk_is_not_suggested_again_by_a_later_run(app, officer, officer_client, written):
    answer = approved(written, written.prompts[0], WORDS, suggested=("social-workers",))
    review = db.session.get(Review, written.review_id)
    assert themes.apply(officer, review, [answer], "remove", "social-workers") == 1
    assert _themes(answer) == []  # left with no theme: to check again, and to be suggested for again
    app.config["JOBS_MODE"] = "sync"
    assert officer_client.post(f"/staff/reviews/{review.id}/theming/run").status_code == 303
    assert "social-workers" not in _themes(answer)


@NOT_YET
def test_a_theme_unticked_in_check_themes_is_not_suggested_again_after_no_theme_fits_is_undone(officer, written):
    answer = approved(written, written.prompts[0], WORDS, suggested=("social-workers", "money"))
    review = db.session.get(Review, written.review_id)
    themes.choose_themes(officer, review, answer, ["money"])  # social workers unticked
    themes.decide_no_theme(officer, review, answer)
    themes.undo_no_theme(officer, review, answer)  # fresh suggestions
    assert "social-workers" not in _themes(answer)
