"""The same visit sent twice: the repeat is marked in the queue and left out in one step, never on its own."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from participation.domain import moderation
from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent
from tests.app.test_moderation_undo_and_filters import HX, fresh, soup
from tests.conftest import Young


@pytest.fixture
def two_texts(make_session):
    return make_session(prompts=("text", "text", "text"))


def visit(app, session, *words):
    """One young person answering the written questions in turn; their answers, in order."""
    y = Young(app.test_client(), session.join_code)
    y.join()
    for n, w in enumerate(words, start=1):
        y.answer(n, w)
    db.session.expire_all()
    newest = db.session.execute(select(Answer).order_by(Answer.id.desc()).limit(1)).scalar_one()
    return list(db.session.execute(select(Answer).where(Answer.participant_id == newest.participant_id).order_by(Answer.id)).scalars())


@pytest.mark.parametrize("first, again", [
    ("we never get to go on trips with school", "we never get to go on trips with school"),
    ("we never get to go on trips with school", "We never get to go on trips with school!!"),
    ("we never get to go on trips with school", "we never get to go on trip with school"),
])
def test_the_same_or_nearly_the_same_words_are_a_repeat(first, again):
    assert moderation.same_words(first, again)


@pytest.mark.parametrize("first, again", [
    ("nothing", "nothing"),  # a set phrase given to several questions on purpose
    ("we never get to go on trips with school", "my social worker keeps changing every month"),
    ("i like my foster carers a lot", "i do not like my foster carers a lot at all"),
])
def test_different_or_short_words_are_not(first, again):
    assert not moderation.same_words(first, again)


def test_the_queue_marks_the_later_answer_of_a_visit_that_sent_the_same_words_twice(app, officer_client, two_texts):
    first, again, other = visit(app, two_texts, "we never get to go on trips with school", "We never get to go on trips with school!",
                                "my social worker keeps changing")
    (someone_else,) = visit(app, two_texts, "we never get to go on trips with school. ever")[:1]
    page = soup(officer_client.get(f"/staff/moderation?session={two_texts.id}"))
    marked = [int(el["id"].split("-")[1]) for el in page.select(".py-repeat")]
    assert marked == [again.id]  # not the first, not another answer, not another young person's same words
    card = page.select_one(f"#answer-{again.id}")
    note = card.select_one(".py-repeat").get_text(" ", strip=True)
    assert "Sent twice?" in note and "almost the same words" in note and "waiting here too" in note
    assert card.select_one(".py-repeat__words").get_text(strip=True) == f"The earlier words: {first.text}"
    form = card.select_one(".py-repeat form")
    assert form.select_one("input[name=reason]")["value"] == "duplicate"
    assert form.select_one("input[name=repeat_of]")["value"] == str(first.id)
    assert form.select_one("button")["aria-keyshortcuts"] == "d"
    # The reason is ready too, so r leaves it out as a duplicate.
    assert card.select_one("select[name=reason] option[selected]")["value"] == "duplicate"
    assert page.select_one(f"#answer-{first.id} select[name=reason] option[selected]") is None
    assert "leave out an answer marked" in page.select_one("#shortcuts").get_text()
    # Nothing is left out on its own.
    assert {fresh(a).state for a in (first, again, other, someone_else)} == {"pending"}


def test_leave_out_as_a_repeat_is_one_step_audited_with_the_answer_it_repeats(app, officer_client, officer, two_texts):
    first, again = visit(app, two_texts, "we never get to go on trips with school", "we never get to go on trips with school")
    moderation.approve(officer, fresh(first))
    page = soup(officer_client.get(f"/staff/moderation?session={two_texts.id}"))
    form = page.select_one(f"#answer-{again.id} .py-repeat form")
    assert "the same words" in page.select_one(f"#answer-{again.id} .py-repeat").get_text() and "(approved)" in page.select_one(
        f"#answer-{again.id} .py-repeat").get_text()
    data = {i["name"]: i["value"] for i in form.select("input")}
    r = officer_client.post(form["hx-post"], data=data, headers=HX)
    assert r.status_code == 200
    assert soup(r).select_one("[role=status]").get_text(strip=True).startswith("Left out: duplicate.")
    assert (fresh(again).state, fresh(again).reject_reason) == ("rejected", "duplicate")
    assert fresh(first).state == "approved"
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-rejected")).scalar_one()
    assert event.detail == {"session_id": two_texts.id, "reason": "duplicate", "repeat_of": first.id}
    # And it can be undone, like any decision.
    assert moderation.undo_refusal(fresh(again)) is None


def test_a_repeat_of_another_visits_answer_is_not_recorded_as_one(app, officer_client, two_texts):
    (mine,) = visit(app, two_texts, "we never get to go on trips with school")
    (theirs,) = visit(app, two_texts, "some other words from someone else")
    officer_client.post(f"/staff/moderation/answers/{mine.id}/reject", data={"reason": "duplicate", "repeat_of": str(theirs.id)})
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-rejected")).scalar_one()
    assert "repeat_of" not in event.detail
