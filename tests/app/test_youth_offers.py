"""What a young person is shown after an answer, besides the next question: help that fits, in their words
(hardship help once a visit; after words the screen cannot read, one quiet line on the next card, every time,
never a page that cuts in); and Stop that asks before it ends the visit."""

from __future__ import annotations

from datetime import date

from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import sessions
from participation.domain.db import db
from participation.domain.models import Answer, Participant
from tests.app.test_moderation import DISCLOSURE
from tests.conftest import Young, form_value

TIGRINYA = "ኣደይን ኣሕዋተይን ብዙሕ ናፊቐዮም።"  # "I miss my mother and my brothers a lot."
ARABIC = "أريد أن أرى عائلتي أكثر"  # "I want to see my family more."
HARDSHIP = "my heating is broken and there is no food"


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def main_text(response) -> str:
    return soup(response).select_one("main").get_text(" ", strip=True)


def form_input(form, name) -> str:
    return form.select_one(f"input[name={name}]")["value"]


def _session(officer, audience, texts=3, languages=None):
    review = sessions.create_review(officer, "Our review", "", ["care-leavers"])
    s = sessions.create_session(officer, review, "Forum", date(2026, 12, 3), audience)
    for i in range(texts):
        sessions.add_prompt(officer, s, "text", f"How are things {i}?", "", [], "money", 300)
    if languages is not None:
        s.languages = languages
        db.session.commit()
    sessions.open_session(officer, s)
    return s


def _phone(app, s, lang=None):
    phone = Young(app.test_client(), s.join_code)
    if lang:
        phone.client.get(f"/j/{s.join_code}?lang={lang}")
    phone.join()
    return phone


# ---- words the screen cannot read -----------------------------------------------------------------


NOTICE = "Thank you. A person here will read this soon. If you do not feel safe, tap “Talk to someone here today”."


def test_words_the_screen_cannot_read_bring_one_quiet_line_on_the_next_card_never_a_page(app, officer):
    """Dawit felt he had done something wrong when a whole page cut in after his Tigrinya: now the next
    question comes as usual, with one line of thanks above it."""
    s = _session(officer, "children-in-care")
    phone = _phone(app, s)
    r = phone.answer(1, TIGRINYA)
    assert r.status_code == 303 and r.location.endswith(f"/j/{s.join_code}/q/2?unchecked=1")
    answer = db.session.execute(select(Answer)).scalar_one()
    assert not answer.screened and not answer.disclosure  # "not checked: read first", and no alert
    page = phone.client.get(r.location)
    html = soup(page)
    notice = html.select_one("#card .py-notice--unchecked")
    assert notice.get_text(" ", strip=True) == NOTICE and notice.name == "p" and notice["role"] == "status"
    assert notice.select("button, form, a") == []  # one quiet line, no button of its own
    assert html.select_one("h1, legend, label").get_text(strip=True).startswith("How are things 1?")
    text = main_text(page)
    assert "could not check" not in text and "trouble" not in text.lower() and "Are you OK?" not in text
    # "Talk to someone here today" is still on the card, as on every card, and comes back to this question.
    talk = html.select_one(f"form[action='/j/{s.join_code}/q/2/talk']")
    assert talk.select_one("button").get_text(strip=True) == "Talk to someone here today" and form_input(talk, "stay") == "1"
    # ... just under the line that names it, not at the foot of the card below a small phone's fold; once only.
    assert notice.find_next_sibling("form") is talk and len(html.select("#card form.py-talk")) == 1
    assert notice.find_parent("form") is None
    # The page that once cut in is gone.
    assert phone.client.get(f"/j/{s.join_code}/q/1/words").status_code == 404


def _read_first():
    """Every answer's "not checked: read first" mark and alert flag, in the order written."""
    db.session.expire_all()
    return [(a.screened, a.disclosure) for a in db.session.execute(select(Answer).order_by(Answer.id)).scalars()]


def test_the_line_comes_after_every_answer_the_screen_cannot_read_and_every_answer_is_read_first(app, officer):
    """Dawit writes every answer in Tigrinya: each next card carries the one quiet line (his review of 2026-12-07:
    shown once a visit, nothing followed the answer that mattered, his second), never a page of its own. Each answer
    is marked "not checked: read first" (the routing for staff never changes)."""
    s = _session(officer, "children-in-care", texts=4)
    phone = _phone(app, s)
    assert phone.answer(1, TIGRINYA).location.endswith("/q/2?unchecked=1")
    # Without JavaScript: the second answer in another language brings the line again.
    r = phone.answer(2, ARABIC)
    assert r.status_code == 303 and r.location.endswith(f"/j/{s.join_code}/q/3?unchecked=1")
    assert _read_first() == [(False, False), (False, False)]
    assert soup(phone.client.get(r.location)).select_one(".py-notice--unchecked").get_text(strip=True) == NOTICE
    # With JavaScript (htmx): the next card, with the line on it too.
    page = phone.page(3)
    r = phone.client.post(
        f"/j/{s.join_code}/q/3", headers={"HX-Request": "true"},
        data={"form_token": form_value(page.text, "form_token"), "action": "next", "answer": TIGRINYA},
    )
    assert r.status_code == 200 and r.headers["HX-Push-Url"] == f"/j/{s.join_code}/q/4"
    assert BeautifulSoup(r.text, "html.parser").select_one(".py-notice--unchecked").get_text(strip=True) == NOTICE
    assert _read_first() == [(False, False)] * 3
    # An answer the screen reads goes on with no line.
    assert phone.answer(4, "the youth club is good").location.endswith("/thanks")


def test_with_javascript_the_first_time_the_next_card_carries_the_line(app, officer):
    s = _session(officer, "children-in-care")
    phone = _phone(app, s)
    page = phone.page(1)
    r = phone.client.post(
        f"/j/{s.join_code}/q/1", headers={"HX-Request": "true"},
        data={"form_token": form_value(page.text, "form_token"), "action": "next", "answer": TIGRINYA},
    )
    assert r.status_code == 200 and r.headers["HX-Push-Url"] == f"/j/{s.join_code}/q/2"
    html = BeautifulSoup(r.text, "html.parser")
    assert html.select_one(".py-notice--unchecked").get_text(strip=True) == NOTICE
    # The same question loaded again carries no line.
    assert soup(phone.page(2)).select_one(".py-notice--unchecked") is None


def test_a_double_tap_on_words_the_screen_cannot_read_lands_on_the_same_card(app, officer):
    s = _session(officer, "children-in-care")
    phone = _phone(app, s)
    page = phone.page(1)
    first = phone.answer(1, TIGRINYA, page=page)
    again = phone.answer(1, TIGRINYA, page=page)
    assert first.location == again.location and again.location.endswith("/q/2?unchecked=1")


def test_the_line_is_in_the_page_language(app, officer):
    s = _session(officer, "children-in-care")
    phone = _phone(app, s, lang="ti")
    r = phone.answer(1, TIGRINYA)
    page = phone.client.get(r.location)
    assert soup(page).select_one("html")["lang"] == "ti"
    line = soup(page).select_one(".py-notice--unchecked").get_text(strip=True)
    assert line and line != NOTICE


def test_english_answers_go_straight_on(app, officer):
    s = _session(officer, "children-in-care")
    phone = _phone(app, s)
    assert phone.answer(1, "the youth club is good").location.endswith("/q/2")


# ---- care leavers: hardship once, adult words, help that fits ---------------------------------------


def test_a_care_leaver_gets_help_with_hardship_once_a_visit(app, officer):
    s = _session(officer, "care-leavers")
    phone = _phone(app, s)
    assert phone.answer(1, HARDSHIP).location.endswith("/q/1/help")
    assert phone.answer(2, "no money for the gas meter and cant afford food").location.endswith("/q/3")
    hardship = db.session.execute(select(Answer.hardship).order_by(Answer.id)).scalars().all()
    assert hardship == [True, True]  # both still marked for the officer, who sees why no alert was raised


def test_a_care_leaver_is_checked_in_with_as_an_adult_and_a_child_as_before(app, officer):
    leavers = _session(officer, "care-leavers")
    phone = _phone(app, leavers)
    r = phone.answer(1, DISCLOSURE)
    assert r.location.endswith("/q/1/check-in")
    page = phone.client.get(r.location)
    assert soup(page).select_one("h1").get_text(strip=True) == "Checking in with you"
    text = main_text(page)
    assert "trouble" not in text.lower() and "Are you OK?" not in text
    assert "What you wrote made us want to check you are OK." in text
    assert soup(page).select_one(".py-support a[href='tel:116123']") is not None
    # A disclosure is checked in on every time, never only once.
    assert phone.answer(2, DISCLOSURE).location.endswith("/q/2/check-in")

    children = _session(officer, "children-in-care")
    child = _phone(app, children)
    page = child.client.get(child.answer(1, DISCLOSURE).location)
    assert soup(page).select_one("h1").get_text(strip=True) == "Are you OK?"
    assert "You will not be in trouble." in main_text(page)


def _help_links(response) -> set[str]:
    return {a["href"] for a in soup(response).select(".py-support a")}


def test_a_care_leavers_session_shows_no_childline_and_the_asylum_line_only_where_it_fits(app, officer):
    s = _session(officer, "care-leavers", texts=1)
    phone = _phone(app, s)
    phone.answer(1, "the forum is good")
    page = phone.client.get(f"/j/{s.join_code}/thanks")
    text = soup(page).select_one(".py-support").get_text(" ", strip=True)
    assert "Childline" not in text and "tel:08001111" not in _help_links(page)
    assert "tel:08000232033" in _help_links(page) and "tel:116123" in _help_links(page)
    assert "Seeking asylum?" not in text
    # Read in Tigrinya, or at a session that offers it, the line for young people seeking asylum is there.
    phone = _phone(app, s, lang="ti")
    assert "https://www.refugeecouncil.org.uk/latest/projects/childrens-advice-project/" in _help_links(
        phone.client.get(f"/j/{s.join_code}/thanks")
    )
    offered = _session(officer, "care-leavers", texts=1, languages=["en", "ti", "ar"])
    phone = _phone(app, offered)
    assert "Seeking asylum?" in main_text(phone.client.get(f"/j/{offered.join_code}/thanks"))


# ---- Stop asks first ------------------------------------------------------------------------------


def test_stop_asks_first_and_keep_going_goes_back_to_the_question(young):
    stop = soup(young.page(2)).select_one("a.py-stop")
    assert stop["href"] == f"/j/{young.code}/q/2/stop"
    page = young.client.get(stop["href"])
    html = soup(page)
    assert html.select_one("h1").get_text(strip=True) == "Do you want to stop?"
    assert "Your answers so far are kept." in main_text(page)
    buttons = {a.get_text(strip=True): a["href"] for a in html.select("#card a.govuk-button")}
    assert buttons == {"Keep going": f"/j/{young.code}/q/2", "Stop": f"/j/{young.code}/thanks?stopped=1"}
    # Asking ends nothing: the visit carries on until Stop is tapped again.
    assert db.session.scalar(select(Participant.finished)) is False
    assert young.client.get(buttons["Keep going"]).status_code == 200
    young.client.get(buttons["Stop"])
    assert db.session.scalar(select(Participant.finished)) is True


# ---- Listen where there are words to read --------------------------------------------------------


def test_listen_is_on_the_thank_you_help_and_check_in_pages(app, young):
    pages = {
        "thanks": young.client.get(f"/j/{young.code}/thanks"),
        "help": app.test_client().get("/help"),
        "check-in": young.client.get(f"/j/{young.code}/q/1/check-in"),
        "hardship": young.client.get(f"/j/{young.code}/q/1/help"),
    }
    for name, page in pages.items():
        button = soup(page).select_one("#card button.py-listen")
        assert button is not None and button.get_text(strip=True) == "Listen", name
