"""The young people's fourth walk, in Chromium: a one-tap card has no Next to hit by a quick second tap, and a tap
just after a card comes in counts for nothing; the address bar follows the question; Listen reads the words,
not the links, and reads back what was typed; a seven-answer tick list keeps Next on a 320x568 screen."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Answer
from tests.browser.test_youth_browser import _with_voices


def _start(page, live, code):
    page.goto(f"{live.url}/j/{code}")
    page.click("button.py-start")


def _answered_kinds():
    db.session.remove()
    return sorted(a.prompt.kind for a in db.session.execute(select(Answer)).scalars())


def test_a_one_tap_card_hides_next_and_a_quick_tap_on_the_next_card_answers_nothing(
    phone, live, make_session
):
    s = make_session(prompts=("scale", "single", "text"))
    _start(phone, live, s.join_code)
    phone.wait_for_selector("text=Question 1 of 3")
    assert not phone.is_visible("button[value=next]")
    assert phone.is_visible("button[value=back]") and phone.is_visible("button[value=skip]")
    phone.tap("label:has-text('OK')")
    phone.wait_for_selector("text=Question 2 of 3")
    # The second tap of a quick pair lands on the new card at once: it must choose nothing.
    box = phone.locator("label:has-text('Red')").bounding_box()
    phone.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    phone.wait_for_timeout(800)
    assert phone.locator("text=Question 2 of 3").count() == 1
    assert not phone.is_checked("input[value=Red]")
    assert not phone.is_visible("button[value=next]")
    assert _answered_kinds() == ["scale"]
    # A tap once the card has settled is the answer, as before.
    phone.tap("label:has-text('Green')")
    phone.wait_for_selector("text=Question 3 of 3")
    assert phone.is_visible("button[value=next]")  # a box to write in: Next as ever
    assert _answered_kinds() == ["scale", "single"]


def test_next_shows_for_a_keyboard_and_after_back_with_an_answer_chosen(phone, live, make_session):
    s = make_session(prompts=("scale", "single"))
    _start(phone, live, s.join_code)
    phone.wait_for_selector("text=Question 1 of 2")
    phone.tap("label:has-text('Good')")
    phone.wait_for_selector("text=Question 2 of 2")
    phone.wait_for_timeout(500)
    phone.click("button[value=back]")
    phone.wait_for_selector("text=Question 1 of 2")
    assert phone.is_visible("button[value=next]")  # an answer is chosen: Next keeps it and goes on
    phone.click("button[value=next]")
    phone.wait_for_selector("text=Question 2 of 2")
    phone.wait_for_timeout(500)
    assert not phone.is_visible("button[value=next]")
    phone.keyboard.press("Tab")
    assert phone.is_visible("button[value=next]")


def test_without_javascript_next_is_on_every_card(phone_without_js, live, make_session):
    s = make_session(prompts=("scale", "single"))
    _start(phone_without_js, live, s.join_code)
    phone_without_js.wait_for_selector("text=Question 1 of 2")
    assert phone_without_js.is_visible("button[value=next]")
    phone_without_js.click("label:has-text('OK')")
    phone_without_js.click("button[value=next]")
    phone_without_js.wait_for_selector("text=Question 2 of 2")
    assert phone_without_js.is_visible("button[value=next]")


def test_the_address_bar_shows_the_question_on_screen_so_back_and_reload_agree(phone, live, make_session):
    s = make_session(prompts=("scale", "text", "text", "multiple"))
    code = s.join_code
    _start(phone, live, code)
    phone.wait_for_selector("text=Question 1 of 4")
    phone.tap("label:has-text('OK')")
    phone.wait_for_selector("text=Question 2 of 4")
    assert phone.url.endswith(f"/j/{code}/q/2")
    phone.fill("textarea", "the bus is late")
    phone.click("button[value=next]")
    phone.wait_for_selector("text=Question 3 of 4")
    assert phone.url.endswith(f"/j/{code}/q/3")
    phone.click("button[value=skip]")
    phone.wait_for_selector("text=Question 4 of 4")
    assert phone.url.endswith(f"/j/{code}/q/4")
    phone.click("button[value=back]")
    phone.wait_for_selector("text=Question 3 of 4")
    assert phone.url.endswith(f"/j/{code}/q/3")
    phone.reload()
    assert phone.locator("h1").first.inner_text() == "A text question?" and "3 of 4" in phone.inner_text(
        ".py-progress"
    )
    phone.go_back()
    phone.wait_for_url(f"**/j/{code}/q/4")
    phone.wait_for_selector(".py-progress:has-text('4 of 4')")  # the address changes before the card is swapped in


def _said_after_listen(page) -> str:
    page.click("#card button.py-listen")
    return page.evaluate("window.__said")[-1]["text"]


def test_listen_on_the_welcome_reads_its_sentences_and_no_links(phone, live, open_session):
    _with_voices(phone, '[{"name": "English", "lang": "en-GB"}]')
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    assert phone.locator(".py-languages__link").count() > 1  # the picker is there, and not read
    said = _said_after_listen(phone)
    assert "Welcome" in said and "We never ask your name. Nobody can tell it was you." in said
    assert "Skip any question. Stop any time." in said
    for noise in (
        "Skip to main content",
        "See what changed",
        "What we do with your words",
        "Language",
        "Cymraeg",
        "Get help now",
        "Talk to someone",
    ):
        assert noise not in said, (noise, said)


def test_listen_on_the_welcome_in_another_language_reads_the_lines_under_start(phone, live, open_session):
    _with_voices(phone, '[{"name": "Cymraeg", "lang": "cy-GB"}]')
    phone.goto(f"{live.url}/j/{open_session.join_code}?lang=cy")
    said = _said_after_listen(phone)
    more = phone.locator(".py-welcome__more li").first.inner_text().strip()
    assert more and more in said
    assert "English" not in said and "العربية" not in said


def test_listen_reads_back_what_was_typed_in_the_box(phone, live, make_session):
    s = make_session(prompts=("text",))
    _with_voices(phone, '[{"name": "English", "lang": "en-GB"}]')
    _start(phone, live, s.join_code)
    phone.wait_for_selector("text=Question 1 of 1")
    said = _said_after_listen(phone)
    assert "A text question?" in said and "You wrote" not in said
    phone.click("#card button.py-listen")  # stop
    phone.fill("textarea", "more buses   at night")
    said = _said_after_listen(phone)
    assert said.endswith("You wrote: more buses at night"), said


@pytest.mark.parametrize("lang", ["en", "ar", "ti"])
def test_next_shows_under_the_longest_tick_list_on_a_320x568_phone(tick_list_phone, live, lang):
    page, s = tick_list_phone
    _with_voices(page, json.dumps([{"name": "Voice", "lang": lang}]))
    page.goto(f"{live.url}/join?lang={lang}")
    _start(page, live, s.join_code)
    for n in (1, 2):
        page.goto(f"{live.url}/j/{s.join_code}/q/{n}")
        items = page.locator(".py-choices .govuk-checkboxes__item")
        assert items.count() == {1: 8, 2: 7}[n]  # money-hard asks about heating or electricity too
        assert min(items.nth(i).bounding_box()["height"] for i in range(items.count())) >= 44
        nxt = page.locator("button[value=next]").bounding_box()
        assert nxt["height"] >= 44 and nxt["y"] + nxt["height"] <= 568, (lang, n, nxt)
        # The last answer can still be reached and ticked, clear of Next.
        page.locator(".py-choices .govuk-checkboxes__item >> nth=-1").scroll_into_view_if_needed()
        page.tap(".py-choices .govuk-checkboxes__item >> nth=-1 >> label")
        assert page.is_checked(".py-choices .govuk-checkboxes__item >> nth=-1 >> input")
