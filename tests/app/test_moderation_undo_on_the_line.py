"""Undo on an earlier decision's line in the queue: the same undo as Decided today, with htmx and without."""

from __future__ import annotations

from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import moderation
from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent
from tests.app.test_moderation_undo_and_filters import HX, answers_from, fresh, soup


def _line(r, answer_id):
    """The line an earlier decision shrinks to (shown by static/js/shortcuts.js after the next decision)."""
    return soup(r).select_one(f"#answer-{answer_id}[data-decided] [data-after-next-decision]")


def _visible_text(el):
    """What a sighted person reads on a control: its text without the visually hidden parts."""
    copy = BeautifulSoup(str(el), "html.parser")
    for hidden in copy.select(".govuk-visually-hidden"):
        hidden.decompose()
    return copy.get_text(" ", strip=True)


def _undone_events():
    return db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-decision-undone")).scalars().all()


def test_an_earlier_decisions_line_has_an_undo_named_for_its_decision_and_the_link_to_decided_today(
        app, officer_client, open_session):
    (answer,) = answers_from(app, open_session, "the youth club should open on saturdays and sundays too please")
    r = officer_client.post(f"/staff/moderation/answers/{answer.id}/reject?session={open_session.id}",
                            data={"reason": "off-topic"}, headers=HX)
    line = _line(r, answer.id)
    assert line.has_attr("hidden")  # until the next decision shrinks the card
    link = line.select_one("a")
    assert link["href"] == f"/staff/moderation/decided#decided-{answer.id}"
    assert link.get_text(strip=True) == "See it on Decided today"

    form = line.select_one("form")
    undo_url = f"/staff/moderation/answers/{answer.id}/undo?session={open_session.id}"
    assert (form["method"], form["action"], form["hx-post"]) == ("post", undo_url, undo_url)
    assert (form["hx-target"], form["hx-swap"]) == (f"#answer-{answer.id}", "outerHTML")
    assert form.select_one("input[name=csrf_token]") is not None
    button = form.select_one("button[type=submit]")
    assert _visible_text(button) == "Undo"
    assert button.get_text(" ", strip=True) == (  # its name (GOV.UK's hidden text brings its own spaces)
        "Undo the decision on \u201cthe youth club should open on\u2026\u201d (left out: off topic)")
    # u stays the key of the newest decision's own Undo; the line's is a button to click or tab to.
    assert not button.has_attr("aria-keyshortcuts")


def test_undo_on_the_line_with_htmx_swaps_the_card_back_and_is_audited(app, officer_client, officer, open_session):
    first, second = answers_from(app, open_session, "lol lol", "we want more trips")
    r = officer_client.post(f"/staff/moderation/answers/{first.id}/reject?session={open_session.id}",
                            data={"reason": "duplicate"}, headers=HX)
    undo_url = _line(r, first.id).select_one("form")["hx-post"]
    officer_client.post(f"/staff/moderation/answers/{second.id}/approve?session={open_session.id}", headers=HX)

    r = officer_client.post(undo_url, headers=HX)
    assert r.status_code == 200 and "HX-Request" in r.headers["Vary"]
    card = soup(r).select_one(f"article#answer-{first.id}[data-answer]")
    assert card.select_one(".py-mod-text").get_text(strip=True) == "lol lol"
    assert card.select_one("button[data-action=approve]") is not None
    assert soup(r).select_one("#queue-left[hx-swap-oob] .py-left__n").get_text() == "1"
    back = fresh(first)
    assert (back.state, back.reject_reason, back.decided_by_id, back.decided_on) == ("pending", None, None, None)
    assert fresh(second).state == "approved"  # the newer decision stands
    (event,) = _undone_events()
    assert (event.actor_id, event.subject_id, event.detail) == (
        officer.id, first.id, {"session_id": open_session.id, "undone": "rejected", "reason": "duplicate"})


def test_undo_on_the_line_without_javascript_returns_to_the_answer_in_the_queue(app, officer_client, officer, open_session):
    first, second = answers_from(app, open_session, "lol lol", "we want more trips")
    r = officer_client.post(f"/staff/moderation/answers/{first.id}/approve?session={open_session.id}", headers=HX)
    action = _line(r, first.id).select_one("form")["action"]
    moderation.approve(officer, second)

    r = officer_client.post(action)  # a plain form post: no HX-Request
    assert r.status_code == 303
    assert r.headers["Location"] == f"/staff/moderation?session={open_session.id}#answer-{first.id}"
    page = soup(officer_client.get(r.headers["Location"]))
    assert page.select_one(f"#queue article#answer-{first.id}[data-answer]") is not None
    assert page.select_one(".govuk-notification-banner__heading").get_text(strip=True) == "Undone: the answer is back in the queue."
    assert page.select_one("#queue-left .py-left__n").get_text() == "1"
    assert fresh(first).state == "pending" and fresh(second).state == "approved"
    (event,) = _undone_events()
    assert (event.actor_id, event.subject_id, event.detail["undone"]) == (officer.id, first.id, "approved")


def test_the_line_offers_undo_only_where_decided_today_does(app, officer_client, officer, open_session):
    held, starred = answers_from(app, open_session, "things at home are a bit much lately", "more trips please")
    r = officer_client.post(f"/staff/moderation/answers/{held.id}/escalate?session={open_session.id}", headers=HX)
    line = _line(r, held.id)
    assert line.select_one("form") is None and line.select_one("a").get_text(strip=True) == "See it on Decided today"
    decided = soup(officer_client.get(f"/staff/moderation/decided?session={open_session.id}"))
    assert decided.select_one(f"#decided-{held.id} form") is None

    # Starred by another officer after the line was drawn: the undo it offers is refused, as on Decided today.
    r = officer_client.post(f"/staff/moderation/answers/{starred.id}/approve?session={open_session.id}", headers=HX)
    undo_url = _line(r, starred.id).select_one("form")["hx-post"]
    db.session.execute(Answer.__table__.update().where(Answer.id == starred.id).values(starred=True))
    db.session.commit()
    r = officer_client.post(undo_url, headers=HX)
    assert r.status_code == 422
    assert "starred" in soup(r).select_one(f"#answer-{starred.id} .govuk-error-message[role=alert]").get_text()
    r = officer_client.post(undo_url)
    assert r.status_code == 303 and f"decided={starred.id}" in r.headers["Location"]
    assert fresh(starred).state == "approved" and fresh(held).state == "held"
    assert _undone_events() == []
