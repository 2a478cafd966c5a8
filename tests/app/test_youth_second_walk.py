"""What the three young people found on their last walk: a reload that said "That did not work", a box that cut
words silently, a title left in English, Listen missing on two pages, words for care leavers and for
someone writing in their own language."""

from __future__ import annotations

from bs4 import BeautifulSoup
from sqlalchemy import func, select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Alert
from tests.conftest import Young, form_value


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def test_the_talk_page_loaded_again_is_the_same_kind_page_not_an_error(young):
    question = soup(young.page(2))
    form = question.select_one(f"form[action='/j/{young.code}/q/2/talk']")
    data = {i["name"]: i["value"] for i in form.select("input[type=hidden]")}
    sent = young.client.post(f"/j/{young.code}/q/2/talk", data=data)
    # The POST tells the adults, then sends the phone to a page it can load again (a reload is a GET).
    assert sent.status_code == 303
    first = young.client.get(sent.location)
    again = young.client.get(sent.location)
    for page in (first, again):
        assert page.status_code == 200
        html = soup(page)
        assert html.select_one("h1").get_text(strip=True) == "We have told the adults running today"
        assert "That did not work" not in page.text
    code = soup(first).select_one(".py-talk-code").get_text(strip=True)
    assert soup(again).select_one(".py-talk-code").get_text(strip=True) == code
    carry_on = next(a for a in soup(again).select("a.govuk-button") if a.get_text(strip=True) == "Carry on answering")
    assert carry_on["href"] == f"/j/{young.code}/q/2"
    # Loading it again never asks again: one alert, one number.
    assert db.session.scalar(select(func.count()).select_from(Alert)) == 1


def test_the_talk_page_opened_on_a_phone_with_no_request_is_still_kind(app, open_session):
    other = app.test_client().get(f"/j/{open_session.join_code}/q/1/talk")
    assert other.status_code == 200
    html = soup(other)
    assert html.select_one(".py-talk-code") is None
    assert "Please go and talk to one of the adults running today." in html.get_text(" ", strip=True)
    assert db.session.scalar(select(func.count()).select_from(Alert)) == 0


def _money_visit(app, officer, make_session):
    s = make_session(state="draft", prompts=())
    services.add_from_bank(officer, s, ["money-hard"])
    services.open_session(officer, s)
    young = Young(app.test_client(), s.join_code)
    young.join()
    return young


def test_something_else_shows_its_limit_and_never_cuts_words(app, officer, make_session):
    young = _money_visit(app, officer, make_session)
    page = young.page(1)
    box = soup(page).select_one("#other")
    # The same counter as the main answer box: the limit and how much is left, and no maxlength that cuts silently.
    assert box.name == "textarea" and not box.has_attr("maxlength")
    counter = box.find_parent(class_="govuk-character-count")
    assert counter["data-maxlength"] == "100"
    assert counter.select_one(".govuk-character-count__message").get_text(strip=True) == "You can write up to 100 letters"
    words = "I would like help to save for a bike so I can get to college on time every day and not pay bus fares " * 2
    sent = young.client.post(f"/j/{young.code}/q/1", data={
        "form_token": form_value(page.text, "form_token"), "action": "next", "answer": ["Something else"], "other": words,
    })
    # Too long: a kind error, and every word is still in the box.
    assert sent.status_code == 422
    html = soup(sent)
    assert html.select_one(".py-kind-error a[href='#other']").get_text(strip=True) == (
        "That is more than 100 letters. Make it a bit shorter.")
    assert html.select_one("textarea#other").get_text() == words.strip()
    assert db.session.scalar(select(func.count()).select_from(Alert)) == 0
