"""The young people's second walk, in Chromium: drafts that survive a reload, Join above the fold on a small
phone, and Listen that never pushes "Stop answering" about."""

from __future__ import annotations

import json

import pytest

from tests.browser.test_youth_browser import _with_voices


def _drafts(page):
    return page.evaluate(
        "() => Object.keys(sessionStorage).filter(k => k.startsWith('py-draft:')).map(k => [k, sessionStorage.getItem(k)])"
    )


def test_typed_words_come_back_after_a_reload_and_go_once_saved(phone, live, make_session):
    s = make_session(prompts=("text", "text"))
    phone.goto(f"{live.url}/j/{s.join_code}")
    phone.click("button:has-text('Start')")
    phone.wait_for_selector("text=Question 1 of 2")
    phone.locator("#answer").press_sequentially("my social worker never rings back")
    phone.reload()
    phone.wait_for_selector("text=Question 1 of 2")
    assert phone.input_value("#answer") == "my social worker never rings back"
    phone.wait_for_selector("text=You have 167 letters left")  # the counter counts the words put back
    # Kept on this phone only: in sessionStorage, under this visit and question, never in localStorage.
    assert [v for _, v in _drafts(phone)] == ["my social worker never rings back"]
    assert phone.evaluate("localStorage.length") == 0
    phone.click("button:has-text('Next')")
    phone.wait_for_selector("text=Question 2 of 2")
    phone.wait_for_timeout(100)  # past htmx's settle step
    assert _drafts(phone) == []
    phone.reload()
    phone.wait_for_selector("text=Question 2 of 2")
    assert phone.input_value("#answer") == ""
    # A draft left on the last question is gone once the visit ends.
    phone.locator("#answer").press_sequentially("half a thought")
    assert len(_drafts(phone)) == 1
    phone.goto(f"{live.url}/j/{s.join_code}/thanks")
    assert _drafts(phone) == []


def test_without_javascript_nothing_is_kept_and_answers_still_send(phone_without_js, live, make_session):
    s = make_session(prompts=("text",))
    phone_without_js.goto(f"{live.url}/j/{s.join_code}")
    phone_without_js.click("button:has-text('Start')")
    phone_without_js.fill("#answer", "fine thanks")
    phone_without_js.click("button:has-text('Finish')")
    phone_without_js.wait_for_selector("h1:has-text('Thank you')")


@pytest.mark.parametrize("size", [(320, 568), (360, 740)])
@pytest.mark.parametrize("lang", ["en", "ar", "ti"])
def test_the_code_box_and_join_show_without_scrolling(browser, live, size, lang):
    width, height = size
    ctx = browser.new_context(viewport={"width": width, "height": height}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    page.goto(f"{live.url}/join?lang={lang}")
    box = page.locator("#code").bounding_box()
    button = page.locator("#card form button").bounding_box()
    languages = page.locator(".py-languages__link").last.bounding_box()
    ctx.close()
    assert box["y"] >= 0 and box["y"] + box["height"] <= height
    assert button["y"] + button["height"] <= height
    # The language choice is still first, so someone who cannot read the page finds theirs.
    assert languages["y"] < box["y"]


@pytest.mark.parametrize("lang", ["en", "fa", "sq", "cy"])
def test_listen_starting_to_read_moves_nothing_beside_it(browser, live, open_session, lang):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    _with_voices(page, json.dumps([{"name": "Voice", "lang": lang}]))
    page.goto(f"{live.url}/j/{open_session.join_code}?lang={lang}")
    page.click("button.py-start")
    page.wait_for_selector("#card form")

    def layout():
        return [page.locator(sel).bounding_box() for sel in (".py-topline--question", ".py-stop", "button.py-listen")]

    before = layout()
    page.click("button.py-listen")
    page.wait_for_selector("button.py-listen[data-reading]")
    during = layout()
    ctx.close()
    assert during == before
    line, stop, listen = during
    # On one line, each a 44px target, with room for both.
    assert abs(stop["y"] - listen["y"]) <= 1 and stop["height"] >= 44 and listen["height"] >= 44
    assert stop["x"] + stop["width"] <= listen["x"] or listen["x"] + listen["width"] <= stop["x"]
    if lang == "en":  # English "Stop answering" stays on one line at 360px
        assert stop["height"] < 50
