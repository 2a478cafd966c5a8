"""The young people's third walk, in Chromium: Listen reads the help lines (name, what each is for, and the
number one digit at a time) and the Join page; on the welcome, Listen keeps its place when it says "Stop
reading"; a care leaver reads the truth about money answers above Start, with Start still above the fold."""

from __future__ import annotations

import json

import pytest

from participation.domain.db import db
from tests.browser.test_youth_browser import _with_voices

CHILDLINE = "Childline. Free, any time, if you are under 19. Or go to childline.org.uk. 0 8 0 0 1 1 1 1"


def _said_after_listen(page) -> str:
    page.click("#card button.py-listen")
    return page.evaluate("window.__said")[-1]["text"]


def test_listen_reads_each_help_line_with_its_number_digit_by_digit_on_every_page_with_help(phone, live, make_session):
    s = make_session(prompts=("text", "text"))
    code = s.join_code
    _with_voices(phone, '[{"name": "English", "lang": "en-GB"}]')
    phone.goto(f"{live.url}/j/{code}")
    phone.click("button:has-text('Start')")
    phone.wait_for_selector("text=Question 1 of 2")
    for path in (f"/help?code={code}", f"/j/{code}/q/1/check-in", f"/j/{code}/q/1/talk", f"/j/{code}/thanks"):
        phone.goto(live.url + path)
        said = _said_after_listen(phone)
        assert CHILDLINE in said, (path, said)
        assert "Samaritans. Free, any time, any age. 1 1 6 1 2 3" in said and "Text SHOUT to 8 5 2 5 8" in said and "Call 9 9 9" in said, (path, said)
        assert "0800 1111" not in said  # never "eight hundred, one thousand one hundred and eleven"


def test_listen_reads_a_closed_more_help_by_its_name_only_and_its_lines_once_opened(phone, live, make_session):
    s = make_session(prompts=("text",))
    s.audience = "children-in-care"
    db.session.commit()
    _with_voices(phone, '[{"name": "English", "lang": "en-GB"}]')
    phone.goto(f"{live.url}/help?code={s.join_code}")
    said = _said_after_listen(phone)
    assert "More help" in said and "Become" not in said and "StepChange" not in said
    phone.click("#card button.py-listen")  # stop
    phone.click("summary:has-text('More help')")
    said = _said_after_listen(phone)
    assert "Become. Free advice for young people in care and leaving care. 0 8 0 0 0 2 3 2 0 3 3" in said, said


def test_listen_is_on_the_join_page_and_reads_it(phone, live):
    _with_voices(phone, '[{"name": "English", "lang": "en-GB"}]')
    phone.goto(f"{live.url}/join")
    said = _said_after_listen(phone)
    assert "Type the code on the screen" in said and "It has 6 letters and numbers." in said
    assert phone.locator("#card button.py-listen").inner_text().strip() == "Stop reading"


@pytest.mark.parametrize("lang", ["en", "ti"])
@pytest.mark.parametrize("size", [(360, 740), (320, 568)])
def test_on_the_welcome_listen_keeps_its_place_beside_the_heading_when_it_says_stop_reading(browser, live, open_session, lang, size):
    ctx = browser.new_context(viewport={"width": size[0], "height": size[1]}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    _with_voices(page, json.dumps([{"name": "Voice", "lang": lang}]))
    page.goto(f"{live.url}/j/{open_session.join_code}?lang={lang}")

    def layout():
        return [page.locator(sel).bounding_box() for sel in ("h1", "button.py-listen", ".py-welcome__today", "button.py-start")]

    before = layout()
    page.click("button.py-listen")
    page.wait_for_selector("button.py-listen[data-reading]")
    during = layout()
    ctx.close()
    assert during == before
    heading, listen, today, start = during
    # On the heading's line, never on one of its own: the two overlap from top to bottom.
    assert listen["y"] < heading["y"] + heading["height"] and heading["y"] < listen["y"] + listen["height"]
    assert listen["height"] >= 44 and heading["x"] + heading["width"] <= listen["x"]
    if lang == "en":
        assert heading["height"] < 40  # "Welcome" whole, on one line
    assert start["y"] + start["height"] <= size[1]


def test_a_care_leaver_reads_the_truth_about_money_answers_above_start_with_start_above_the_fold(browser, live, make_session):
    s = make_session(state="open")
    s.audience = "care-leavers"
    db.session.commit()
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    _with_voices(page, '[{"name": "English", "lang": "en-GB"}]')  # with Listen showing too
    page.goto(f"{live.url}/j/{s.join_code}")
    assert page.is_visible("button.py-listen")
    money = page.locator(".py-welcome__money").bounding_box()
    start = page.locator("button.py-start").bounding_box()
    ctx.close()
    assert money["y"] + money["height"] <= start["y"]
    assert start["y"] + start["height"] <= 740


@pytest.mark.parametrize("lang", ["en", "ti", "ar"])
def test_with_listen_showing_join_still_shows_without_scrolling_on_a_320x568_phone(browser, live, lang):
    ctx = browser.new_context(viewport={"width": 320, "height": 568}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    _with_voices(page, json.dumps([{"name": "Voice", "lang": lang}]))
    page.goto(f"{live.url}/join?lang={lang}")
    listen = page.locator("#card button.py-listen").bounding_box()
    join = page.locator("#card form button").bounding_box()
    ctx.close()
    assert listen is not None and listen["height"] >= 44
    assert join["y"] + join["height"] <= 568
