"""The young people's fifth walk (Dawit, 17, and Kayden, 20, care leaver): shared pages speak to everyone
(no "adult in the room" for a 20-year-old), privacy and accessibility lead back to the questions, the thanks
page says the month near the top, errors start in the page's language, and small layout fixes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup

from participation.domain.db import db
from tests.conftest import Young


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def main_text(response) -> str:
    return soup(response).select_one("main").get_text(" ", strip=True)


def _visit(app, make_session, audience):
    s = make_session()
    s.audience = audience
    db.session.commit()
    young = Young(app.test_client(), s.join_code)
    young.join()
    return s, young


# ---- 4. Words on shared pages that fit everyone ---------------------------------------------------------------


CHILD_ONLY = ("adult in the room", "adult who gave you the code", "every face", "any adult you trust")


@pytest.mark.parametrize("path", ["/privacy", "/accessibility", "/help"])
def test_shared_pages_known_to_no_session_use_words_that_fit_everyone(client, path):
    text = main_text(client.get(path))
    assert not any(words in text for words in CHILD_ONLY), text
    assert "school or carers" not in text


def test_a_care_leavers_privacy_and_accessibility_pages_speak_to_an_adult(app, make_session):
    s, kayden = _visit(app, make_session, "care-leavers")
    privacy = main_text(kayden.client.get(f"/privacy?code={s.join_code}"))
    assert "We cannot tell the Home Office, police or anyone else it was you." in privacy
    assert (
        "the staff here must help." in privacy
        and "The staff who ask the questions read them first." in privacy
    )
    assert "Ask the person who gave you the code." in privacy
    assert "adult" not in privacy.lower()
    access = main_text(kayden.client.get(f"/accessibility?code={s.join_code}"))
    assert "Tell the people running today." in access and "See words next to every picture." in access
    assert not any(words in access for words in CHILD_ONLY)
    # The welcome says the same to him: no school or carers.
    welcome = (
        soup(kayden.client.get(f"/j/{s.join_code}")).select_one(".py-promises").get_text(" ", strip=True)
    )
    assert (
        "We cannot tell the Home Office, police or anyone else it was you." in welcome
        and "carers" not in welcome
    )


def test_a_childrens_session_keeps_its_words_for_children(app, make_session):
    s, jade = _visit(app, make_session, "children-in-care")
    privacy = main_text(jade.client.get(f"/privacy?code={s.join_code}"))
    assert "We cannot tell the Home Office, police, school or carers it was you." in privacy
    assert "the adults here must help." in privacy


def test_the_footer_and_welcome_links_carry_the_sessions_code(app, make_session):
    s, young = _visit(app, make_session, "care-leavers")
    page = soup(young.page(1))
    assert page.select_one(f".py-footer a[href='/privacy?code={s.join_code}']") is not None
    assert page.select_one(f".py-footer a[href='/accessibility?code={s.join_code}']") is not None
    welcome = soup(young.client.get(f"/j/{s.join_code}"))
    assert welcome.select_one(f"main a[href='/privacy?code={s.join_code}']") is not None
    assert soup(young.client.get("/join")).select_one(".py-footer a[href='/privacy']") is not None


# ---- 7c. "Back to my questions" on privacy and accessibility ----------------------------------------------------


@pytest.mark.parametrize("path", ["/privacy", "/accessibility"])
def test_privacy_and_accessibility_lead_back_to_the_question_this_visit_was_on(app, make_session, path):
    s, young = _visit(app, make_session, "children-in-care")
    young.answer(1, "3")
    young.page(2)
    back = soup(young.client.get(f"{path}?code={s.join_code}")).select_one("a.govuk-back-link")
    assert back.get_text(strip=True) == "Back to my questions" and back["href"] == f"/j/{s.join_code}/q/2"
    assert soup(young.client.get(path)).select_one("a.govuk-back-link") is None
    # A wrong code still shows the page, with words for everyone and no way back.
    wrong = young.client.get(f"{path}?code=ZZZZZZ")
    assert wrong.status_code == 200 and soup(wrong).select_one("a.govuk-back-link") is None


# ---- 5. The thanks page says when, near the top -------------------------------------------------------------------


def _order(page, *found):
    """Where each element (or the element a selector finds) is in the page, in document order."""
    everything = page.find_all(True)
    return [everything.index(page.select_one(f) if isinstance(f, str) else f) for f in found]


def test_a_finished_visit_reads_what_changed_and_the_card_to_keep_before_the_help(app, make_session):
    # A young person who answered every question sees the news first (a 14-year-old at 360x740 saw only help
    # numbers on the first screen and missed the card): what happens next, the month, the card, then help.
    s, kayden = _visit(app, make_session, "care-leavers")
    s.updates_by = date(2027, 3, 1)
    db.session.commit()
    page = soup(kayden.client.get(f"/j/{s.join_code}/thanks"))
    heading = page.select_one("#card h2")
    assert heading.get_text(strip=True) == "What happens next"  # the first heading after "Thank you"
    month = next(p for p in page.select("#card p") if p.get_text(" ", strip=True) == "Come back by March 2027 to see what changed.")
    order = _order(page, heading, month, "#keep-card", "#card a[href$='/updates']", "section.py-support")
    assert order == sorted(order), order
    # The card follows at once, so no line above it says "See the card below".
    assert page.select_one(".py-thanks__when") is None and "See the card below." not in page.get_text()


def test_a_stopped_visit_keeps_help_first_with_the_month_right_under_the_heading(app, make_session):
    s, kayden = _visit(app, make_session, "care-leavers")
    s.updates_by = date(2027, 3, 1)
    db.session.commit()
    page = soup(kayden.client.get(f"/j/{s.join_code}/thanks?stopped=1"))
    when = page.select_one(".py-thanks__when")
    assert (
        when.get_text(" ", strip=True) == "Come back by March 2027 to see what changed. See the card below."
    )
    # Right under the heading, then the help (someone who stopped because something is wrong finds it first),
    # then the card.
    order = _order(page, "h1", ".py-thanks__when", "section.py-support", "#keep-card")
    assert order == sorted(order), order
    assert when.select_one("a")["href"] == "#keep-card"
    # With no month set: the next group.
    s2, jade = _visit(app, make_session, "children-in-care")
    when = soup(jade.client.get(f"/j/{s2.join_code}/thanks?stopped=1")).select_one(".py-thanks__when")
    assert (
        when.get_text(" ", strip=True)
        == "We will tell you what changed at your next group. See the card below."
    )


# ---- 6. The hidden "Error:" in the page's language ------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "prefix"), [("en", "Error:"), ("ti", "ጌጋ:"), ("ar", "خطأ:")])
def test_the_hidden_error_prefix_is_in_the_pages_language_on_every_youth_form(
    app, make_session, lang, prefix
):
    s = make_session(prompts=("scale", "single", "multiple", "text"))
    phone = Young(app.test_client(), s.join_code)
    phone.client.get(f"/j/{s.join_code}?lang={lang}")
    joined = phone.client.post("/join", data={"code": "ZZZZZZ"})
    hidden = soup(joined).select(".govuk-error-message .govuk-visually-hidden")
    assert [h.get_text(strip=True) for h in hidden] == [prefix], lang
    phone.join()
    for n in range(1, 5):
        r = phone.sent_back(phone.answer(n, None), n)  # Next with nothing chosen: a kind error
        hidden = soup(r).select(".govuk-error-message .govuk-visually-hidden")
        assert [h.get_text(strip=True) for h in hidden] == [prefix], (lang, n)


# ---- 8. Tigrinya (and Amharic) words a Tigrinya speaker read as wrong -----------------------------------------------


def _shown(lang):
    path = (
        Path(__file__).resolve().parents[2]
        / "participation"
        / "translations"
        / lang
        / "LC_MESSAGES"
        / "messages.po"
    )
    with path.open("rb") as f:
        catalogue = read_po(f)
    return {m.id: m.string for m in catalogue if m.id and m.string}


def test_tigrinya_says_we_will_not_show_it_an_advocate_not_a_lawyer_and_one_word_for_the_council():
    ti = _shown("ti")
    assert "ኣይነርእዮን" in ti["We will not say your name out loud or show it on any screen."]
    assert not any("ኣየርእዮን" in s for s in ti.values())
    advocate = ti[
        "This could be help with school, money, or having an advocate. An advocate helps you get your views heard."
    ]
    assert "ጠበቓ" not in advocate and "ተጣባቒ" in advocate
    assert not any("ጠበቓ" in s or "ባይቶ" in s for s in ti.values())
    councils = [s for i, s in ti.items() if "council" in i.lower() and "Refugee Council" not in i]
    assert councils and all("ካውንስል" in s for s in councils), councils


def test_amharic_names_the_council_one_way_and_an_advocate_not_a_lawyer():
    am = _shown("am")
    assert not any("ካውንስ" in s for s in am.values())
    assert (
        "ተሟጋች"
        in am[
            "This could be help with school, money, or having an advocate. An advocate helps you get your views heard."
        ]
    )
    assert not any("ጠበቃ" in s for s in am.values())
