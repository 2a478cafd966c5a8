"""Without JavaScript, a question sent back with a problem comes back at its own address, its words kept on the
phone as a draft (views.DRAFT_KEY): a page answering a form has no address to come back to, so Back after a
dropped signal showed "Confirm form resubmission" and not the words."""

from __future__ import annotations

import secrets

from bs4 import BeautifulSoup
from sqlalchemy import func, select

from participation.domain.db import db
from participation.domain.models import Answer
from tests.conftest import form_value

LONG = "my worker changes all the time and nobody tells me why " * 4  # 220 letters; the question takes 200


def soup(page):
    return BeautifulSoup(page if isinstance(page, str) else page.text, "html.parser")


def _count() -> int:
    return db.session.scalar(select(func.count(Answer.id)))


def test_too_many_letters_come_back_at_the_questions_own_address_and_stay_until_sent(young):
    r = young.answer(4, LONG)
    assert r.status_code == 303 and r.location.endswith(f"/j/{young.code}/q/4")
    first = soup(young.client.get(r.location))
    assert first.select_one("#answer").get_text() == LONG
    assert "letters too many" in first.select_one(".govuk-error-summary").get_text()
    # The signal drops on the next Next; Back loads the question again: the words are still there.
    again = soup(young.page(4))
    assert again.select_one("#answer").get_text() == LONG
    assert again.select_one(".govuk-error-summary") is not None
    assert _count() == 0
    # Shortened and sent: stored once, and the draft is gone (the question shows the answer sent).
    sent = young.answer(4, LONG[:150])
    assert sent.status_code == 303 and sent.location.endswith(f"/j/{young.code}/thanks")
    assert _count() == 1
    assert soup(young.page(4)).select_one("#answer").get_text() == LONG[:150].strip()


def test_the_pages_notice_shows_once_and_the_words_stay(young):
    r = young.client.post(f"/j/{young.code}/q/4", data={"form_token": "old", "answer": "keep me", "action": "next"})
    first = soup(young.sent_back(r, 4))
    assert "tap Finish again" in first.select_one(".py-notice").get_text()  # question 4 is the last
    later = soup(young.page(4))
    assert later.select_one(".py-notice") is None
    assert later.select_one("#answer").get_text() == "keep me"
    sent = young.client.post(
        f"/j/{young.code}/q/4", data={"form_token": form_value(str(later), "form_token"), "answer": "keep me", "action": "next"}
    )
    assert sent.status_code == 303 and _count() == 1


def test_a_draft_belongs_to_its_question_and_ends_with_the_visit_on_this_phone(young):
    young.sent_back(young.answer(4, LONG), 4)
    assert soup(young.page(3)).select_one(".govuk-error-summary") is None  # another question: no draft there
    young.client.post(f"/j/{young.code}/clear")  # Stop, then "clear this phone": the next person sees nothing
    assert LONG not in young.client.get(f"/j/{young.code}/q/4", follow_redirects=True).text


def test_skip_with_words_then_skip_again_forgets_the_draft(young):
    page = young.sent_back(young.answer(4, "half written", action="skip"), 4)
    assert "Skip again" in soup(page).select_one(".py-notice").get_text()
    young.client.post(f"/j/{young.code}/q/4", data={
        "form_token": form_value(page.text, "form_token"), "answer": "half written", "action": "skip", "confirm_skip": "1",
    })
    assert "half written" not in young.page(4).text and _count() == 0


def test_skip_with_something_chosen_or_typed_names_the_button_on_the_page_next_then_finish(young):
    # Question 3 of 4 has Next; question 4, the last, has Finish: the line kept with the draft names that one.
    chose = soup(young.sent_back(young.answer(3, ["Red"], action="skip"), 3))
    assert chose.select_one("button[name=action][value=next]").get_text(strip=True) == "Next"
    assert "Tap Next to send it" in chose.select_one(".py-notice").get_text()
    wrote = soup(young.sent_back(young.answer(4, "half written", action="skip"), 4))
    assert wrote.select_one("button[name=action][value=next]").get_text(strip=True) == "Finish"
    line = wrote.select_one(".py-notice").get_text()
    assert line == "You wrote or chose something here. Tap Finish to send it, or Skip again to leave it out."
    assert "Tap Next" not in line


def test_in_another_language_the_line_names_the_last_questions_button_in_its_own_word(young):
    young.client.get("/join?lang=cy")
    wrote = soup(young.sent_back(young.answer(4, "half written", action="skip"), 4))
    button = wrote.select_one("button[name=action][value=next]").get_text(strip=True)
    line = wrote.select_one(".py-notice").get_text()
    assert button == "Gorffen" and f"Tapia {button} i'w anfon" in line and "Nesaf" not in line


def test_words_too_long_for_the_phones_cookie_are_shown_at_once_as_before(young):
    words = secrets.token_urlsafe(3000)  # does not compress: more than a cookie holds
    r = young.answer(4, words)
    assert r.status_code == 422
    assert soup(r).select_one("#answer").get_text() == words
    assert "Set-Cookie" not in r.headers or len(r.headers["Set-Cookie"]) < 4096


def test_the_no_signal_line_speaks_of_words_only_where_they_wrote_some(young):
    face = soup(young.page(1)).select_one(".py-offline").get_text()
    text = soup(young.page(4)).select_one(".py-offline").get_text()
    assert face.endswith("Your answer is still here.") and "words" not in face
    assert text.endswith("Your words are still here.")
