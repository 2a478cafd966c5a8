"""A journey in Arabic (right to left) and in Tigrinya on a 360x740 phone: choose, answer, reach thanks."""

from __future__ import annotations

from datetime import date

import pytest
from flask_babel import force_locale, gettext
from sqlalchemy import select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Answer


@pytest.fixture
def bank_session(app, officer):
    review = services.create_review(officer, "Review", "", ["children-in-care"])
    s = services.create_session(officer, review, "Session", date(2026, 12, 3), "both")
    services.add_from_bank(officer, s, ["sw-how-good", "opener-good-thing"])
    services.open_session(officer, s)
    return s


def _box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize(
    ("lang", "dir_", "start", "face", "finish", "thanks", "words"),
    [
        ("ar", "rtl", "ابدأ", "جيد جداً", "إنهاء", "شكراً لك", "أحب فريق كرة القدم في المدرسة"),
        ("ti", "ltr", "ጀምር", "ኣዝዩ ጽቡቕ", "ወድእ", "የቐንየልና", "ንሓወይ ብዝያዳ ክርእዮ እደሊ"),
    ],
)
def test_a_journey_in_the_chosen_language(phone, live, bank_session, lang, dir_, start, face, finish, thanks, words):
    other_origins = []
    phone.on("request", lambda r: other_origins.append(r.url) if not r.url.startswith(live.url) else None)
    phone.goto(f"{live.url}/join")
    # The picker names each language in its own script: tap it without reading any English.
    phone.click(f"nav.py-languages a[lang='{lang}']")
    # Read the new page once it has loaded: read mid-navigation, a busy machine saw no document yet.
    phone.wait_for_url(f"**lang={lang}*")
    phone.wait_for_load_state()
    assert phone.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [lang, dir_]
    phone.fill("#code", bank_session.join_code.lower())
    phone.click("form[action='/join'] button[type=submit]")
    phone.click(f"button:has-text('{start}')")
    phone.wait_for_selector(".py-scale")
    assert phone.evaluate("document.documentElement.dir") == dir_

    # Right to left really flips: the circle is drawn on the side where the tap target is.
    item = _box(phone, ".py-scale .govuk-radios__item")
    radio = _box(phone, ".py-scale .govuk-radios__input")
    face_svg = _box(phone, ".py-scale .py-face")
    if dir_ == "rtl":
        assert radio["x"] > face_svg["x"] and radio["x"] + radio["width"] > item["x"] + item["width"] / 2
    else:
        assert radio["x"] < face_svg["x"] and radio["x"] < item["x"] + item["width"] / 2

    phone.click(f"label:has-text('{face}')")  # one tap moves on with JavaScript
    phone.wait_for_selector("textarea#answer")
    phone.fill("#answer", words)
    # The letter counter speaks the page's language too, in that language's plural form.
    left = int(phone.get_attribute(".govuk-character-count", "data-maxlength")) - len(words)
    with force_locale(lang):
        expected = gettext("You have %%{count} letters left").replace("%%{count}", str(left))
    assert "You have" not in expected and str(left) in expected
    phone.wait_for_selector(f".govuk-character-count__message:not(.govuk-visually-hidden):has-text('{expected}')")
    phone.click(f"button:has-text('{finish}')")
    # Words the screen cannot read, on the last question: no page cuts in, straight on to the thanks.
    phone.wait_for_url("**/thanks")
    assert phone.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [lang, dir_]
    phone.wait_for_selector(f"h1:has-text('{thanks}')")
    assert phone.evaluate("document.documentElement.lang") == lang

    db.session.remove()
    assert db.session.scalars(select(Answer.text).where(Answer.text.is_not(None))).one() == words
    assert other_origins == []


def test_ethiopic_letters_are_drawn_by_a_real_font(phone, live):
    # Without a font for the script Chromium draws empty boxes of one width; Ethiopic letters differ.
    phone.goto(f"{live.url}/join?lang=ti")
    widths = phone.evaluate(
        """() => ['ት','ግ','ር','ኛ','ሀ','ለ'].map(ch => {
             const s = document.createElement('span'); s.textContent = ch; s.style.fontSize = '40px';
             document.body.appendChild(s); const w = s.getBoundingClientRect().width; s.remove(); return Math.round(w); })"""
    )
    assert len(set(widths)) > 1, widths
