"""Decided today: every decision an officer made today, newest first, each undone from the list as Undo does."""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import event, select

from participation.domain import moderation, sessions
from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent
from participation.pure.local_time import uk_today
from tests.app.test_moderation_undo_and_filters import answers_from, fresh, soup
from tests.conftest import Young, sign_in


@contextmanager
def freeze_decisions(minutes_ago):
    """Audit events written inside are dated `minutes_ago` (the log keeps when each decision was made)."""
    when = datetime.utcnow() - timedelta(minutes=minutes_ago)

    def backdate(mapper, connection, target):
        target.at = when

    event.listen(AuditEvent, "before_insert", backdate)
    try:
        yield
    finally:
        event.remove(AuditEvent, "before_insert", backdate)


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
    assert soup(r).select_one("#decided-count").get_text() == "You have not decided any answers in the last hour in this session."
    assert [a.id for a in moderation.decided_today(officer)] == [mine.id]
    assert db.session.get(Answer, mine.id).state == "approved"


# ---- which decisions: mine in the last hour (the default), mine today, everyone's today --------------


def _views(page):
    return {a["data-view"]: (a.get_text(strip=True), a["href"], a.get("aria-current")) for a in page.select("#decided-views a")}


def test_by_default_only_my_decisions_of_the_last_hour_are_listed_with_links_to_the_wider_views(
        app, officer_client, officer, make_staff, open_session):
    earlier, recent, theirs = answers_from(app, open_session, "we want more trips", "more clubs please", "the food is cold")
    other = make_staff("officer")
    sessions.set_officers(officer, open_session, [officer.id, other.id])
    with freeze_decisions(minutes_ago=90):
        moderation.approve(officer, earlier)
    moderation.reject(officer, recent, "off-topic")
    moderation.approve(other, theirs)

    page = soup(officer_client.get(f"/staff/moderation/decided?session={open_session.id}"))
    assert [li["data-decided-today"] for li in page.select("li[data-decided-today]")] == [str(recent.id)]
    s = open_session.id
    assert _views(page) == {
        "mine-hour": ("Mine, last hour", f"/staff/moderation/decided?session={s}", "page"),
        "mine-today": ("Mine, today", f"/staff/moderation/decided?show=mine-today&session={s}", None),
        "everyone-today": ("Everyone, today", f"/staff/moderation/decided?show=everyone-today&session={s}", None),
    }
    # The session filter keeps the view it is on.
    today = soup(officer_client.get(f"/staff/moderation/decided?show=mine-today&session={s}"))
    assert today.select_one("form.py-mod-filters input[name=show]")["value"] == "mine-today"
    assert [li["data-decided-today"] for li in today.select("li[data-decided-today]")] == [str(recent.id), str(earlier.id)]
    assert _views(today)["mine-today"][2] == "page" and _views(today)["mine-hour"][2] is None


def test_everyone_today_lists_every_moderators_decisions_in_my_sessions_with_who_decided(
        app, officer_client, officer, make_staff, open_session, make_session):
    mine, theirs = answers_from(app, open_session, "we want more trips", "more clubs please")
    other = make_staff("officer")
    sessions.set_officers(officer, open_session, [officer.id, other.id])
    moderation.approve(officer, mine)
    moderation.reject(other, theirs, "off-topic")
    # A decision in a session I do not moderate is never listed, even to "everyone".
    elsewhere_session = make_session(user=other)
    (elsewhere,) = [a for a in answers_from(app, elsewhere_session, "the bus is late") if a.session_id == elsewhere_session.id]
    moderation.approve(other, elsewhere)

    page = soup(officer_client.get("/staff/moderation/decided?show=everyone-today"))
    rows = {li["data-decided-today"]: li.select_one(".py-decided-list__who").get_text(strip=True) for li in page.select("li[data-decided-today]")}
    assert rows == {str(theirs.id): f"by {other.name}", str(mine.id): "by you"}
    # Another officer's decision can be undone from here too, and Undo comes back to this view.
    form = page.select_one(f"#decided-{theirs.id} form")
    assert form.select_one("input[name=show]")["value"] == "everyone-today"
    r = officer_client.post(form["action"], data={"from": "decided", "show": "everyone-today"})
    assert r.status_code == 303 and r.headers["Location"] == "/staff/moderation/decided?show=everyone-today"
    assert fresh(theirs).state == "pending"


def test_undo_from_the_default_view_returns_to_it(app, officer_client, officer, open_session):
    (answer,) = answers_from(app, open_session, "we want more trips")
    moderation.approve(officer, answer)
    page = soup(officer_client.get(f"/staff/moderation/decided?session={open_session.id}"))
    form = page.select_one(f"#decided-{answer.id} form")
    assert form.select_one("input[name=show]") is None
    r = officer_client.post(form["action"], data={"from": "decided"})
    assert r.headers["Location"] == f"/staff/moderation/decided?session={open_session.id}"
    after = officer_client.get(r.headers["Location"])
    assert _rows(after) == []


def test_an_empty_view_says_which_it_is_and_offers_the_wider_one(app, officer_client, officer, make_staff, open_session):
    (theirs,) = answers_from(app, open_session, "we want more trips")
    other = make_staff("officer")
    sessions.set_officers(officer, open_session, [officer.id, other.id])
    moderation.approve(other, theirs)

    hour = soup(officer_client.get("/staff/moderation/decided"))
    assert hour.select_one("#decided-count").get_text() == "You have not decided any answers in the last hour."
    assert (hour.select_one("#decided-wider").get_text(strip=True), hour.select_one("#decided-wider")["href"]) == (
        "Show all your decisions today", "/staff/moderation/decided?show=mine-today")
    today = soup(officer_client.get("/staff/moderation/decided?show=mine-today"))
    assert today.select_one("#decided-count").get_text() == "You have not decided any answers today."
    assert today.select_one("#decided-wider")["href"] == "/staff/moderation/decided?show=everyone-today"
    everyone = soup(officer_client.get("/staff/moderation/decided?show=everyone-today"))
    assert [li["data-decided-today"] for li in everyone.select("li[data-decided-today]")] == [str(theirs.id)]
    # Nothing at all: no wider view to offer.
    moderation.undo(officer, fresh(theirs))
    nobody = soup(officer_client.get("/staff/moderation/decided?show=everyone-today"))
    assert nobody.select_one("#decided-count").get_text() == "Nobody has decided any answers today."
    assert nobody.select_one("#decided-wider") is None
    # An unknown view is the default one.
    assert _views(soup(officer_client.get("/staff/moderation/decided?show=nonsense")))["mine-hour"][2] == "page"


def test_answers_approved_in_bulk_are_timed_from_their_bulk_event(app, officer_client, officer, open_session):
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(1, "4")
    db.session.expire_all()
    (face,) = db.session.execute(select(Answer).where(Answer.text.is_(None))).scalars().all()
    with freeze_decisions(minutes_ago=120):
        assert moderation.bulk_approve(officer, [face.id]) == 1
    assert _rows(officer_client.get("/staff/moderation/decided")) == []
    today = soup(officer_client.get("/staff/moderation/decided?show=mine-today"))
    assert [li["data-decided-today"] for li in today.select("li[data-decided-today]")] == [str(face.id)]
    assert today.select_one(f"#decided-{face.id} .py-decided-list__when") is not None
