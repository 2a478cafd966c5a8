"""The youth pages' own look: youth classes and colours, kind errors that keep GOV.UK's behaviour, no council panels."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from tests.unit.test_youth_palette import palette

APP_CSS = Path(__file__).resolve().parents[2] / "static" / "css" / "app.css"


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def _youth_block() -> str:
    """The declarations of the compiled stylesheet's `.py-youth` rule (where GOV.UK's colours are swapped)."""
    css = APP_CSS.read_text(encoding="utf-8")
    m = re.search(r"(?:^|\})\.py-youth\{([^}]*)\}", css)
    assert m, "no .py-youth rule in static/css/app.css"
    return m.group(1)


def test_every_youth_screen_is_a_card_on_the_youth_page_with_no_green_council_panel(young):
    urls = ["/join", "/help", f"/j/{young.code}"] + [f"/j/{young.code}/q/{n}" for n in range(1, 5)] + [f"/j/{young.code}/thanks"]
    for url in urls:
        page = soup(young.client.get(url))
        assert "py-youth" in page.body["class"], url
        assert page.select_one("main #card.py-card") is not None, url
        assert page.select_one(".py-brand svg.py-drawing[aria-hidden=true]") is not None, url
        assert page.select(".govuk-panel, .govuk-panel--confirmation") == [], url


def test_the_thank_you_card_says_thank_you_beside_a_drawing(young):
    young.answer(1, "4")
    card = soup(young.client.get(f"/j/{young.code}/thanks")).select_one(".py-thanks")
    assert card.select_one("h1").get_text(strip=True) == "Thank you"
    assert card.select_one("svg.py-drawing")["aria-hidden"] == "true"


def test_drawings_are_drawn_on_the_page_and_fetch_nothing(young):
    for url in ["/join", "/help", f"/j/{young.code}/thanks"]:
        page = soup(young.client.get(url))
        drawings = page.select("svg.py-drawing")
        assert len(drawings) >= 2, url  # the header's and the page's own
        for svg in drawings:
            assert svg["aria-hidden"] == "true" and svg["focusable"] == "false"
            assert svg.find(["image", "use", "foreignobject", "script"]) is None
            assert not [a for tag in svg.find_all(True) for a in tag.attrs if "href" in a or a == "style"]


def _assert_kind_error(page, field_id: str):
    summary = page.select_one(".govuk-error-summary")
    # GOV.UK's error summary, so its script still moves focus to it and its link still goes to the answer...
    assert summary["data-module"] == "govuk-error-summary"
    assert summary.select_one("[role=alert]") is not None
    assert [a["href"] for a in summary.select(".govuk-error-summary__list a")] == [f"#{field_id}"]
    assert page.select_one(f"#{field_id}") is not None
    # ...with kind words and the youth pages' calm colours, not a red "There is a problem".
    assert "py-kind-error" in summary["class"]
    assert summary.select_one(".govuk-error-summary__title").get_text(" ", strip=True) == "Please check this"
    assert "There is a problem" not in page.get_text()


def test_a_wrong_code_gets_a_kind_please_check_this_that_links_to_the_box(client, open_session):
    r = client.post("/join", data={"code": "zzzzzz"})
    assert r.status_code == 422
    _assert_kind_error(soup(r), "code")


def test_an_answer_to_check_gets_a_kind_please_check_this_that_links_to_the_answer(young):
    _assert_kind_error(soup(young.sent_back(young.answer(4, ""), 4)), "answer")
    _assert_kind_error(soup(young.sent_back(young.answer(3, []), 3)), "answer")


def test_youth_pages_swap_gov_uk_red_for_the_palettes_amber_and_links_for_plum(young):
    colours, block = palette(), _youth_block()
    declared = dict(re.findall(r"(--govuk-[a-z-]+):\s*(#[0-9a-fA-F]{3,6})", block))
    assert declared["--govuk-error-colour"].lower() == colours["py-amber"]
    assert declared["--govuk-link-colour"].lower() == colours["py-plum"]
    assert declared["--govuk-body-background-colour"].lower() == colours["py-cream"]
    # GOV.UK's red appears nowhere in what youth pages are given to colour an error.
    assert "#ca3535" not in block.lower()


def test_staff_pages_keep_gov_uk_as_it_is(officer_client):
    page = soup(officer_client.get("/staff/reviews/new"))
    assert "py-youth" not in (page.body.get("class") or [])
    r = officer_client.post("/staff/reviews/new", data={"title": ""})
    summary = soup(r).select_one(".govuk-error-summary")
    assert "py-kind-error" not in summary["class"]
    assert summary.select_one(".govuk-error-summary__title").get_text(strip=True) == "There is a problem"
