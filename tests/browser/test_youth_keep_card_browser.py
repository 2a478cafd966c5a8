"""The card to keep on the thank-you page, in Chromium: a 12-year-old on a 320x568 phone sees it whole, and can
screenshot it in one go, in every language: when and how they hear what changed, what happens to their words,
and a number to call."""

from __future__ import annotations

from datetime import date

import pytest

from participation.domain.db import db

LANGUAGES = ["en", "cy", "ar", "am", "ckb", "fa", "ps", "sq", "ti", "vi"]


@pytest.mark.parametrize("lang, month", [(lang, None) for lang in LANGUAGES] + [("en", date(2027, 3, 1))])
def test_the_card_to_keep_fits_a_320x568_screen(browser, live, app, make_session, lang, month):
    # A council's real address, longer than the test server's, makes a bigger QR code and a longer line to type.
    app.config["PUBLIC_BASE_URL"] = "https://have-your-say.northshire.gov.uk"
    s = make_session()
    s.audience = "children-in-care"
    s.updates_by = month
    db.session.commit()
    ctx = browser.new_context(viewport={"width": 320, "height": 568}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    try:
        page.goto(f"{live.url}/j/{s.join_code}?lang={lang}")
        page.click("button.py-start")
        page.wait_for_url("**/q/1*")
        page.locator(".py-scale .govuk-radios__item").nth(0).click()  # one answer: the card says what happens to it
        page.wait_for_url("**/q/2*")
        page.goto(f"{live.url}/j/{s.join_code}/thanks")
        card = page.locator("#keep-card")
        # Everything a young person keeps is on the card itself.
        for part in (".py-keep-card__title", ".py-keep-card__words", ".py-keep-card__qr svg", ".py-keep-card__code",
                     ".py-keep-card__how", ".py-keep-card__help a[href='tel:08001111']"):
            assert card.locator(part).count() == 1, part
        card.evaluate("card => card.scrollIntoView()")
        box = card.bounding_box()
        assert box["height"] <= 568, (lang, box)
        # Scrolled to, all of it is on the screen at once, and nothing in it is cut off or wider than the phone.
        top, bottom = round(box["y"]), round(box["y"] + box["height"])  # a scrolled page may sit a fraction of a pixel off
        assert top >= 0 and bottom <= 568, (lang, box)
        assert card.evaluate("card => card.scrollWidth <= card.clientWidth && card.scrollHeight <= card.clientHeight")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        ctx.close()
