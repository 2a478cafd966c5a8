"""Decided today: every decision an officer made today, newest first, each undone from the list as Undo does."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from participation.domain import moderation, sessions
from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent
from participation.pure.local_time import uk_today
from tests.app.test_moderation_undo_and_filters import answers_from, fresh, soup
from tests.conftest import sign_in


def _rows(r):
    return [(li["data-decided-today"], li.select_one(".py-decided-list__what").get_text(strip=True)) for li in soup(r).select("li[data-decided-today]")]


def test_the_list_holds_todays_decisions_newest_first_with_undo_on_each_that_allows_it(app, officer_client, officer, open_session):
    first, second, third, waiting = answers_from(app, open_session, "lol lol", "we want more trips", "more clubs please", "the food")
    moderation.reject(officer, first, "duplicate")
    moderation.approve(officer, second)
    moderation.escalate(officer, third)

    r = officer_client.get(f"/staff/moderation/decided?session={open_session.id}")
    assert r.status_code == 200
    assert _rows(r) == [(str(third.id), "Sent to the safeguarding lead"), (str(second.id), "Approved"), (str(first.id), "Left out: duplicate")]
    page = soup(r)
    # Every decision that can be undone has its own Undo; the one sent to safeguarding says why it cannot.
    for a in (first, second):
        form = page.select_one(f"#decided-{a.id} form")
        assert form["action"].startswith(f"/staff/moderation/answers/{a.id}/undo")
        assert form.select_one("input[name=from]")["value"] == "decided"
    assert page.select_one(f"#decided-{third.id} form") is None
    assert "cannot be undone here" in page.select_one(f"#decided-{third.id} .py-mod-no-undo").get_text()
    assert page.select_one(f"li#decided-{waiting.id}") is None
    # The queue links to it.
    queue = soup(officer_client.get(f"/staff/moderation?session={open_session.id}"))
    assert queue.select_one("#decided-today-link")["href"] == f"/staff/moderation/decided?session={open_session.id}"


def test_undo_from_the_list_puts_an_earlier_decision_back_audited_and_returns_to_the_list(app, officer_client, officer, open_session):
    first, second = answers_from(app, open_session, "lol lol", "we want more trips")
    moderation.reject(officer, first, "off-topic")
    moderation.approve(officer, second)  # the last decision: Undo on the queue would only reach this one

    r = officer_client.post(f"/staff/moderation/answers/{first.id}/undo?session={open_session.id}", data={"from": "decided"})
    assert r.status_code == 303 and r.headers["Location"] == f"/staff/moderation/decided?session={open_session.id}"
    assert (fresh(first).state, fresh(first).decided_by_id) == ("pending", None)
    assert fresh(second).state == "approved"
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-decision-undone")).scalar_one()
    assert (event.actor_id, event.subject_id, event.detail["undone"], event.detail["reason"]) == (officer.id, first.id, "rejected", "off-topic")
    after = officer_client.get(r.headers["Location"])
    assert _rows(after) == [(str(second.id), "Approved")]
    assert soup(after).select_one(".govuk-notification-banner__heading").get_text() == "Put back in the queue: \u201clol lol\u201d."
    # Each decision says when it was made (from the audit log), as hours and minutes.
    when = soup(after).select_one(f"#decided-{second.id} .py-decided-list__when").get_text()
    assert re.fullmatch(r"\d\d:\d\d", when), when


def test_a_refused_undo_from_the_list_says_why_and_changes_nothing(app, officer_client, officer, open_session):
    (answer,) = answers_from(app, open_session, "someone hurts me at home")
    if fresh(answer).state == "held":  # the screen may have held it already: send another
        (answer,) = [a for a in answers_from(app, open_session, "we want more trips") if a.state == "pending"]
    moderation.escalate(officer, answer)
    r = officer_client.post(f"/staff/moderation/answers/{answer.id}/undo", data={"from": "decided"}, follow_redirects=True)
    assert r.request.path == "/staff/moderation/decided"
    assert "cannot be undone here" in soup(r).select_one(".govuk-error-summary").get_text()
    assert fresh(answer).state == "held"
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-decision-undone")).first() is None


def test_only_this_officers_decisions_of_today_are_listed(app, officer_client, officer, make_staff, open_session):
    mine, theirs, yesterday = answers_from(app, open_session, "lol lol", "we want more trips", "more clubs please")
    other = make_staff("officer")
    sessions.set_officers(officer, open_session, [officer.id, other.id])
    moderation.approve(officer, mine)
    moderation.approve(other, theirs)
    moderation.approve(officer, yesterday)
    old = fresh(yesterday)
    old.decided_on = uk_today() - timedelta(days=1)
    db.session.commit()
    assert _rows(officer_client.get("/staff/moderation/decided")) == [(str(mine.id), "Approved")]
    c = app.test_client()
    sign_in(c, other)
    assert _rows(c.get("/staff/moderation/decided")) == [(str(theirs.id), "Approved")]


def test_the_list_works_for_decisions_in_another_session_only_when_asked_for_all(app, officer_client, officer, open_session, make_session):
    (mine,) = answers_from(app, open_session, "we want more trips")
    moderation.approve(officer, mine)
    other = make_session()
    r = officer_client.get(f"/staff/moderation/decided?session={other.id}")
    assert _rows(r) == []
    assert "You have not decided any answers today in this session." in soup(r).select_one("#decided-count").get_text()
    assert [a.id for a in moderation.decided_today(officer)] == [mine.id]
    assert db.session.get(Answer, mine.id).state == "approved"
