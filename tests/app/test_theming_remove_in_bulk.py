"""Check themes: one theme taken off the ticked answers, or every answer the filter matches after asking how many."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent
from tests.app.test_theming_in_context import approved, soup


@pytest.fixture
def two_questions(make_session):
    """An open session with a face question and two written ones."""
    return make_session(prompts=("scale", "text", "text"))


def themes_of(answer_id):
    db.session.expire_all()
    return [(t.theme, t.source, t.rank) for t in db.session.get(Answer, answer_id).themes]


def test_the_action_bar_offers_remove_a_theme(officer_client, two_questions):
    approved(two_questions, two_questions.prompts[1], "sw")
    page = soup(officer_client.get(f"/staff/reviews/{two_questions.review_id}/theming"))
    assert page.select_one(".py-action-bar #action option[value=remove]").get_text(strip=True) == "Remove a theme…"


def test_remove_on_every_match_asks_first_with_how_many_will_change_then_takes_it_off(officer_client, officer, two_questions):
    sw, better = two_questions.prompts[1], two_questions.prompts[2]
    both = approved(two_questions, sw, "sw and money", suggested=("money", "social-workers"))
    only = approved(two_questions, sw, "money only", suggested=(), confirmed=("money",))
    without = approved(two_questions, sw, "no money", suggested=("housing",))
    other = approved(two_questions, better, "another question", suggested=("money",))
    url = f"/staff/reviews/{two_questions.review_id}/theming/apply?prompt={sw.id}&show=all"

    r = officer_client.post(url, data={"scope": "filter", "action": "remove", "theme": "money"})
    assert r.status_code == 200
    page = soup(r)
    assert page.select_one("h1").get_text(strip=True) == "Remove the theme “Money” from 2 answers?"
    assert page.select_one("#matching").get_text(strip=True) == "3"
    assert page.select_one("#changes").get_text(strip=True) == "2"
    note = page.select_one("#remove-note").get_text(" ", strip=True)
    assert "1 of them has no other theme, so it goes back to check" in note
    assert themes_of(both)[0][0] == "money"  # nothing changed yet

    confirm = page.select_one("form[action*='theming/apply']")
    data = {i["name"]: i.get("value", "") for i in confirm.select("input[type=hidden]")}
    r = officer_client.post(confirm["action"], data=data)
    assert r.status_code == 303
    # The other theme stays, now the main one, as it was (a suggestion); the confirmed one goes too.
    assert themes_of(both) == [("social-workers", "suggested", 0)]
    assert themes_of(only) == []
    assert themes_of(without) == [("housing", "suggested", 0)]
    assert themes_of(other) == [("money", "suggested", 0)]  # another question: not in the filter
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "themes-remove")).scalar_one()
    assert event.actor_id == officer.id
    assert sorted(event.detail["answer_ids"]) == sorted([both, only])
    assert event.detail["theme"] == "money" and event.detail["left_without_theme"] == [only]
    assert event.detail["chosen_by_filter"] == {"prompt": sw.id, "show": "all"}
    # The answer left with none is to check again, on the list of answers still to check.
    listed = soup(officer_client.get(f"/staff/reviews/{two_questions.review_id}/theming"))
    assert listed.select_one(f"#answer-{only}") is not None
    assert "“Money” taken off 2 answers." in listed.select_one(".py-action-bar").get_text()


def test_remove_on_ticked_answers_takes_it_off_only_those(officer_client, two_questions):
    sw = two_questions.prompts[1]
    a = approved(two_questions, sw, "a", suggested=("money", "housing"))
    b = approved(two_questions, sw, "b", suggested=("money",))
    r = officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/apply",
                            data={"scope": "ticked", "action": "remove", "theme": "money", "answer_ids": [str(a)]})
    assert r.status_code == 303
    assert themes_of(a) == [("housing", "suggested", 0)]
    assert themes_of(b) == [("money", "suggested", 0)]


def test_remove_needs_a_theme_and_says_when_none_of_the_answers_has_it(officer_client, two_questions):
    sw = two_questions.prompts[1]
    a = approved(two_questions, sw, "a", suggested=("housing",))
    url = f"/staff/reviews/{two_questions.review_id}/theming/apply"
    r = officer_client.post(url, data={"scope": "ticked", "action": "remove", "answer_ids": [str(a)]})
    assert r.status_code == 422
    assert soup(r).select_one("#theme-error").get_text(" ", strip=True) == "Error: Choose a theme."
    r = officer_client.post(url + "?show=all", data={"scope": "filter", "action": "remove", "theme": "money"})
    page = soup(r)
    assert page.select_one("h1").get_text(strip=True) == "Nothing would change"
    assert "None of the answers that match has that theme." in page.select_one("main").get_text()
    assert themes_of(a) == [("housing", "suggested", 0)]
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "themes-remove")).first() is None
