"""Youth pages as a whole: valid attributes, plain words, Stop, help that fits and the date we promise."""

from __future__ import annotations

from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Participant
from participation.pure.readability import grade, words


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def _youth_pages(client, young):
    code = young.code
    urls = ["/join", "/help", "/privacy", "/accessibility", f"/j/{code}", f"/j/{code}/updates",
            f"/j/{code}/q/1/check-in", f"/j/{code}/q/1/help"] + [f"/j/{code}/q/{n}" for n in range(1, 5)]
    pages = {url: young.client.get(url) for url in urls}
    pages[f"/j/{code}/thanks"] = young.client.get(f"/j/{code}/thanks")
    return pages


def test_youth_pages_use_only_data_hx_attributes_which_html_allows(client, young):
    for url, response in _youth_pages(client, young).items():
        assert response.status_code == 200, url
        bare = sorted({a for tag in soup(response).find_all(True) for a in tag.attrs if a.startswith("hx-")})
        assert bare == [], url


# Block elements end a "sentence" for the reading grade: a heading or a list item stands alone.
_BLOCKS = ["h1", "h2", "h3", "p", "li", "label", "legend", "button", "dt", "dd", "a", "summary"]


def page_words(response) -> str:
    main = soup(response).select_one("main")
    for tag in main.find_all(_BLOCKS):
        tag.append("\n\n")
    return main.get_text(" ")


def test_every_youth_page_reads_at_grade_5_or_below(client, young):
    for url, response in _youth_pages(client, young).items():
        assert grade(page_words(response)) <= 5, url


def test_welcome_is_about_50_words_and_says_what_matters_before_start(client, open_session):
    page = soup(client.get(f"/j/{open_session.join_code}"))
    promises = page.select_one(".py-promises").get_text(" ", strip=True)
    assert len(words(promises)) <= 55
    assert "Nobody can tell it was you." in promises
    assert "Adults here today read your words. Then councillors, who run the council." in promises
    assert "Carers, school and the Home Office are not told what you said." in promises
    assert "Stop any time." in promises
    # Every line has a picture beside its words, drawn on the page (nothing fetched from elsewhere).
    assert all(li.select_one("svg.py-icon[aria-hidden=true]") for li in page.select(".py-promises li"))
    assert page.select_one("form button").get_text(strip=True) == "Start"


def test_stop_is_on_every_question_and_ends_the_visit_with_help(young):
    for n in range(1, 5):
        stop = soup(young.page(n)).select_one("a.py-stop")
        assert stop.get_text(" ", strip=True) == "Stop answering"
        assert stop["href"] == f"/j/{young.code}/thanks?stopped=1"
    young.answer(1, "4")
    page = soup(young.client.get(f"/j/{young.code}/thanks?stopped=1"))
    assert page.select_one("h1").get_text(strip=True) == "You stopped. That is OK."
    assert page.select_one(".py-support a[href='tel:116123']") is not None
    assert db.session.scalar(select(Participant.finished)) is True
    # The visit is over: the questions now send them back to the welcome.
    assert young.page(2).status_code == 303


def test_young_people_get_a_plain_accessibility_statement_and_staff_the_full_one(client, officer_client):
    plain = soup(client.get("/accessibility"))
    assert plain.select_one("h1").get_text(strip=True) == "Can everyone use this?"
    assert plain.select_one("a[href='/accessibility/full']") is not None
    assert "WCAG" not in plain.select_one("main").get_text()
    full = soup(client.get("/accessibility/full"))
    assert "WCAG" in full.select_one("main").get_text()
    staff_footer = soup(officer_client.get("/staff/")).select("footer a[href^='/accessibility']")
    assert [a["href"] for a in staff_footer] == ["/accessibility/full"]
