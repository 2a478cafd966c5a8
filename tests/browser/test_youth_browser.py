"""The youth journey in Chromium at phone size, with JavaScript on and off."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Answer


def _count_answers():
    db.session.remove()
    return db.session.scalar(select(func.count(Answer.id)))


def _answer_all(page, live, code, one_tap):
    page.goto(f"{live.url}/join")
    page.fill("#code", code.lower())
    page.click("button:has-text('Join')")
    page.click("button:has-text('Start')")
    page.wait_for_selector("text=Question 1 of 4")
    page.click("label:has-text('Really good')")
    if not one_tap:  # with JavaScript a tap on a face or a pick-one answer moves on by itself
        page.click("button:has-text('Next')")
    page.wait_for_selector("text=Question 2 of 4")
    page.click("label:has-text('Green')")
    if not one_tap:
        page.click("button:has-text('Next')")
    page.wait_for_selector("text=Question 3 of 4")
    page.click("label:has-text('Red')")
    page.click("label:has-text('Blue')")
    page.click("button:has-text('Next')")
    page.wait_for_selector("text=Question 4 of 4")
    page.fill("#answer", "مرحبا i want to see my brother more")
    page.click("button:has-text('Finish')")
    page.wait_for_selector("h1:has-text('Thank you')")


def test_whole_journey_with_javascript(phone, live, open_session):
    _answer_all(phone, live, open_session.join_code, one_tap=True)
    assert _count_answers() == 4
    assert db.session.execute(select(Answer.text).where(Answer.text.is_not(None))).scalar_one() == "مرحبا i want to see my brother more"


def test_whole_journey_without_javascript(phone_without_js, live, open_session):
    _answer_all(phone_without_js, live, open_session.join_code, one_tap=False)
    assert _count_answers() == 4


def test_htmx_swaps_the_card_and_moves_focus_to_the_question(phone, live, open_session):
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    phone.click("button:has-text('Start')")
    phone.wait_for_selector("text=Question 1 of 4")
    phone.evaluate("window.__samePage = true")
    phone.click("label:has-text('OK')")
    phone.wait_for_selector("text=Question 2 of 4")
    assert phone.evaluate("window.__samePage") is True  # no full page load
    assert phone.url.endswith(f"/j/{open_session.join_code}/q/2")
    focused = phone.evaluate("document.activeElement.textContent.trim()")
    assert focused == "A single question?"
    assert phone.title().startswith("Question 2 of 4")


def test_each_next_with_javascript_is_one_round_trip(phone, live, open_session):
    # On a slow phone every round trip counts: the answer goes up and the next question comes back in one.
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    phone.click("button:has-text('Start')")
    phone.wait_for_selector("text=Question 1 of 4")
    sent = []
    phone.on("request", lambda request: sent.append((request.method, request.url)))
    phone.click("label:has-text('OK')")
    phone.wait_for_selector("text=Question 2 of 4")
    phone.wait_for_load_state("networkidle")
    assert sent == [("POST", f"{live.url}/j/{open_session.join_code}/q/1")]
    assert _count_answers() == 1


def test_back_button_shows_the_earlier_answer(phone, live, open_session):
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    phone.click("button:has-text('Start')")
    phone.click("label:has-text('Bad') >> nth=0")
    phone.wait_for_selector("text=Question 2 of 4")
    phone.go_back()
    phone.wait_for_selector("text=Question 1 of 4")
    assert phone.is_checked("input[name=answer][value='2']")


def test_double_tap_on_next_stores_one_answer(phone, live, open_session):
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    phone.click("button:has-text('Start')")
    for number in (2, 3, 4):
        # Each skip waits for its card: a click while the last swap is settling can land on the old button.
        phone.click("button:has-text('Skip this question')")
        phone.wait_for_selector(f"text=Question {number} of 4")
    phone.fill("#answer", "more art clubs after school")  # words the screen passes: this is about the double tap
    phone.dblclick("button:has-text('Finish')")
    phone.wait_for_selector("h1:has-text('Thank you')")
    assert _count_answers() == 1


def test_double_submit_without_javascript_stores_one_answer(browser, live, open_session):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = ctx.new_page()
    page.goto(f"{live.url}/j/{open_session.join_code}")
    page.click("button:has-text('Start')")
    page.goto(f"{live.url}/j/{open_session.join_code}/q/4")
    page.fill("#answer", "sent twice")
    # Submit the same form twice, as a resubmitted page would.
    form = page.evaluate("() => new URLSearchParams(new FormData(document.querySelector('form'))).toString()")
    for _ in range(2):
        r = page.request.post(
            f"{live.url}/j/{open_session.join_code}/q/4",
            data=form + "&action=next",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            max_redirects=0,
        )
        assert r.status == 303
    ctx.close()
    assert _count_answers() == 1


def test_a_dropped_connection_keeps_the_words_and_says_so(phone, live, open_session):
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    phone.click("button:has-text('Start')")
    phone.goto(f"{live.url}/j/{open_session.join_code}/q/4")
    phone.fill("#answer", "the art club on fridays is the best bit of my week")
    phone.context.set_offline(True)
    phone.click("button:has-text('Finish')")
    phone.wait_for_selector(".py-offline:not([hidden])")
    assert phone.input_value("#answer") == "the art club on fridays is the best bit of my week"
    phone.context.set_offline(False)
    phone.click("button:has-text('Finish')")
    phone.wait_for_selector("h1:has-text('Thank you')")
    assert _count_answers() == 1


def test_without_javascript_a_dropped_signal_after_a_length_error_loses_no_words(phone_without_js, live, open_session):
    page = phone_without_js
    page.goto(f"{live.url}/j/{open_session.join_code}")
    page.click("button:has-text('Start')")
    page.goto(f"{live.url}/j/{open_session.join_code}/q/4")
    words = "the art club on fridays is the best bit of my week and I want it to stay " * 3  # 219 letters; 200 allowed
    page.fill("#answer", words)
    page.click("button:has-text('Finish')")
    page.wait_for_selector("text=letters too many")
    # The problem is shown at the question's own address (reloading it sends nothing again)...
    assert page.url.endswith(f"/j/{open_session.join_code}/q/4")
    page.fill("#answer", words[:150])
    page.context.set_offline(True)
    page.click("button:has-text('Finish')")
    page.wait_for_url("chrome-error://**")
    page.context.set_offline(False)
    # ...so Back after the dropped signal brings the question and its words, not "Confirm form resubmission".
    page.go_back()
    assert page.url.endswith(f"/j/{open_session.join_code}/q/4")
    assert page.input_value("#answer").startswith("the art club on fridays")
    page.fill("#answer", words[:150])
    page.click("button:has-text('Finish')")
    page.wait_for_selector("h1:has-text('Thank you')")
    assert _count_answers() == 1


def test_without_javascript_a_dropped_signal_on_next_loses_no_words(phone_without_js, live, open_session):
    page = phone_without_js
    page.goto(f"{live.url}/j/{open_session.join_code}")
    page.click("button:has-text('Start')")
    for n in (1, 2, 3):
        page.click("button:has-text('Skip this question')")
        page.wait_for_selector(f"text=Question {n + 1} of 4")
    page.fill("#answer", "the art club on fridays is the best bit of my week")
    page.context.set_offline(True)
    page.click("button:has-text('Finish')")  # the phone shows its own "no internet" page
    page.wait_for_url("chrome-error://**")
    page.context.set_offline(False)
    page.go_back()  # the question is still in the phone's history, with the words typed in it
    assert page.url.endswith(f"/j/{open_session.join_code}/q/4")
    assert page.input_value("#answer") == "the art club on fridays is the best bit of my week"
    page.click("button:has-text('Finish')")
    page.wait_for_selector("h1:has-text('Thank you')")
    assert _count_answers() == 1


def test_character_count_updates_as_they_type(phone, live, open_session):
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    phone.click("button:has-text('Start')")
    for n in (1, 2, 3):
        phone.click("button:has-text('Skip this question')")
        phone.wait_for_selector(f"text=Question {n + 1} of 4")
    phone.fill("#answer", "x" * 190)
    phone.wait_for_selector("text=You have 10 letters left")


def test_the_letter_count_shows_once_when_one_written_question_follows_another(phone, live, make_session):
    two_written = make_session(prompts=("text", "text"))
    phone.goto(f"{live.url}/j/{two_written.join_code}")
    phone.click("button:has-text('Start')")
    phone.fill("#answer", "first words")
    phone.click("button:has-text('Next')")
    phone.wait_for_selector("text=Question 2 of 2")
    phone.wait_for_timeout(100)  # past htmx's settle step, which is when the counter starts
    shown = phone.eval_on_selector_all(
        ".govuk-character-count__message",
        "els => els.filter(e => !e.classList.contains('govuk-visually-hidden')).map(e => e.textContent.trim())",
    )
    assert shown == ["You have 200 letters left"]
    phone.fill("#answer", "😀" * 190)  # an emoji is one letter, as the server counts it
    phone.wait_for_selector("text=You have 10 letters left")


def test_a_problem_with_the_answer_gets_focus_so_it_is_read_out(phone, live, open_session):
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    phone.click("button:has-text('Start')")
    phone.wait_for_selector("text=Question 1 of 4")
    # With JavaScript a face card has no Next until a key is pressed (a tap is the answer): a keyboard user's Next.
    phone.keyboard.press("Tab")
    phone.evaluate("document.activeElement.blur()")  # the skip link it reached hides again
    phone.click("button:has-text('Next')")  # nothing picked
    phone.wait_for_selector(".govuk-error-summary")
    assert phone.evaluate("document.activeElement.classList.contains('govuk-error-summary')")
    assert phone.url.endswith(f"/j/{open_session.join_code}/q/1")


def test_start_shows_without_scrolling_on_a_small_phone(phone, live, open_session):
    _with_voices(phone, '[{"name": "English", "lang": "en-GB"}]')  # with Listen showing too
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    assert phone.is_visible("button.py-listen")
    box = phone.locator("button:has-text('Start')").bounding_box()
    assert box["y"] + box["height"] <= phone.viewport_size["height"]
    assert phone.evaluate("window.scrollY") == 0


def test_typing_the_code_from_the_thanks_card_reaches_what_changed(phone, live, open_session):
    # The card to keep says: go to /join and type the code. The welcome it lands on keeps Start above
    # the fold and links to "what changed".
    _with_voices(phone, '[{"name": "English", "lang": "en-GB"}]')
    phone.goto(f"{live.url}/join")
    phone.fill("#code", open_session.join_code.lower())
    phone.click("button:has-text('Join')")
    phone.wait_for_url(f"**/j/{open_session.join_code}")
    start = phone.locator("button.py-start").bounding_box()
    assert start["y"] + start["height"] <= phone.viewport_size["height"]
    phone.click("a:has-text('See what changed')")
    phone.wait_for_url(f"**/j/{open_session.join_code}/updates")
    assert phone.is_visible("h1:has-text('You said, we did')")


def _answers_by_kind():
    db.session.remove()
    return {a.prompt.kind: a for a in db.session.execute(select(Answer)).scalars()}


def test_one_tap_on_a_face_moves_on_and_back_lets_it_change(phone, live, open_session):
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    phone.click("button:has-text('Start')")
    phone.wait_for_selector("text=Question 1 of 4")
    assert phone.is_visible("text=Tap one to go on.")
    phone.click("label:has-text('Really bad')")  # a slip of the thumb
    phone.wait_for_selector("text=Question 2 of 4")
    assert _answers_by_kind()["scale"].scale == 1
    phone.click("button:has-text('Back')")
    phone.wait_for_selector("text=Question 1 of 4")
    assert phone.is_checked("input[name=answer][value='1']")
    # Answered before, the card shows Next, so it no longer says "Tap one to go on": the hint and the button agree.
    phone.wait_for_timeout(100)  # past htmx's settle step
    assert phone.is_visible("button[name=action][value=next]")
    assert not phone.is_visible("text=Tap one to go on.")
    phone.click("label:has-text('Really good')")
    phone.wait_for_selector("text=Question 2 of 4")
    assert _answers_by_kind()["scale"].scale == 5
    phone.click("label:has-text('Blue')")  # a pick-one answer moves on too
    phone.wait_for_selector("text=Question 3 of 4")
    assert _answers_by_kind()["single"].choices == ["Blue"]
    assert _count_answers() == 2


def test_choosing_with_the_keyboard_does_not_move_on_until_next(phone, live, open_session):
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    phone.click("button:has-text('Start')")
    phone.wait_for_selector("text=Question 1 of 4")
    phone.focus("input[name=answer][value='5']")
    phone.keyboard.press("Space")
    phone.keyboard.press("ArrowDown")
    phone.wait_for_timeout(400)  # longer than the pause before a tap moves on
    assert phone.is_visible("text=Question 1 of 4")
    phone.keyboard.press("Enter")
    phone.wait_for_selector("text=Question 2 of 4")
    assert _answers_by_kind()["scale"].scale == 4


def test_without_javascript_a_tap_only_chooses_and_next_moves_on(phone_without_js, live, open_session):
    page = phone_without_js
    page.goto(f"{live.url}/j/{open_session.join_code}")
    page.click("button:has-text('Start')")
    page.click("label:has-text('Good') >> nth=1")
    assert page.is_checked("input[name=answer][value='4']")
    assert page.url.endswith("/q/1")
    page.click("button:has-text('Next')")
    page.wait_for_selector("text=Question 2 of 4")


def test_all_five_faces_and_next_fit_on_the_screen(browser, live, make_session):
    long_one = make_session(prompts=("scale",))
    for width, height in ((360, 740), (320, 568)):
        ctx = browser.new_context(viewport={"width": width, "height": height}, is_mobile=True, has_touch=True)
        page = ctx.new_page()
        _with_voices(page, '[{"name": "English", "lang": "en-GB"}]')  # with Listen showing too
        page.goto(f"{live.url}/j/{long_one.join_code}")
        page.click("button:has-text('Start')")
        page.wait_for_selector("text=Question 1 of 1")
        page.keyboard.press("Tab")  # Next shows for a keyboard (a tap on a face is the answer)
        page.evaluate("document.activeElement.blur()")  # and the skip link it reached hides again
        bottoms = [b["y"] + b["height"] for b in (
            page.locator(sel).bounding_box() for sel in [".py-scale .govuk-radios__item >> nth=4", "button[value=next]"]
        )]
        ctx.close()
        assert max(bottoms) <= height, (width, height, bottoms)


@pytest.mark.parametrize("lang,js", [("en", True), ("ar", True), ("ti", True), ("en", False), ("ar", False)])
def test_every_answer_of_a_tick_all_question_and_next_fit_on_the_screen(browser, live, officer, make_session, lang, js):
    # The bank's longest tick-all questions, eight and seven answers; the second is the last question, so its
    # hint says so too. Arabic draws the tallest lines of the languages offered. Next sticks to the foot of a
    # phone's screen, so it always shows: what counts is that it sits below the last answer, never over it
    # (a young person on a 360x740 phone lost "Something else" under it), with JavaScript on and off.
    s = make_session(state="draft", prompts=())
    services.add_from_bank(officer, s, ["money-hard", "school-help"])
    services.open_session(officer, s)
    phone = {"is_mobile": True, "has_touch": True} if js else {"java_script_enabled": False}
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, **phone)
    page = ctx.new_page()
    if js:
        _with_voices(page, json.dumps([{"name": "Voice", "lang": lang}]))  # with Listen showing too
    page.goto(f"{live.url}/join?lang={lang}")
    page.goto(f"{live.url}/j/{s.join_code}")
    page.click("button.py-start")
    for n in (1, 2):
        page.goto(f"{live.url}/j/{s.join_code}/q/{n}")
        assert page.is_visible("button.py-listen") == js
        items = page.locator(".py-choices .govuk-checkboxes__item")
        boxes = [items.nth(i).bounding_box() for i in range(items.count())]
        assert len(boxes) == {1: 8, 2: 7}[n]  # money-hard asks about heating or electricity too
        assert min(b["height"] for b in boxes) >= 44  # each answer still a big target
        nxt = page.locator("button[value=next]").bounding_box()
        last = max(b["y"] + b["height"] for b in boxes)
        assert last <= nxt["y"] and nxt["y"] + nxt["height"] <= 740, (lang, js, n, last, nxt)
    ctx.close()


def test_nothing_right_now_unticks_the_others_at_once(phone, live, officer, make_session):
    s = make_session(state="draft", prompts=())
    services.add_from_bank(officer, s, ["money-hard"])
    services.open_session(officer, s)
    phone.goto(f"{live.url}/j/{s.join_code}")
    phone.click("button:has-text('Start')")
    phone.click("label:has-text('Paying bills')")
    phone.click("label:has-text('Buying food')")
    phone.click("label:has-text('Nothing right now')")
    assert phone.is_checked("label:has-text('Nothing right now')")
    assert not phone.is_checked("label:has-text('Paying bills')")
    assert not phone.is_checked("label:has-text('Buying food')")
    phone.click("label:has-text('Saving')")
    assert not phone.is_checked("label:has-text('Nothing right now')")


def test_something_else_opens_a_box_whose_words_are_screened(phone, live, officer, make_session):
    s = make_session(state="draft", prompts=())
    services.add_from_bank(officer, s, ["money-hard"])
    services.open_session(officer, s)
    phone.goto(f"{live.url}/j/{s.join_code}")
    phone.click("button:has-text('Start')")
    assert not phone.is_visible("#other")
    phone.click("label:has-text('Something else')")
    phone.wait_for_selector("#other", state="visible")
    # (Words with nothing like harm in them: "my mate Jayden lends me money" reads to the screen's model like
    # debt used to control someone, a false alarm it raised on 2026-12-06, which would show the "Are you OK?" page.)
    phone.fill("#other", "my mate Jayden helps me budget")
    phone.click("button:has-text('Finish')")
    phone.wait_for_selector("h1:has-text('Thank you')")
    answer = _answers_by_kind()["multiple"]
    assert answer.choices == ["Something else"]
    assert answer.text == "my mate [name] helps me budget"


# Headless Chromium has no voices: these stand in for the phone's speech engine and record what it is asked to say.
FAKE_SPEECH = """
(() => {
  const voices = %s;
  window.__said = [];
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
  const listeners = [];
  Object.defineProperty(window, "speechSynthesis", {configurable: true, value: {
    speaking: false,
    getVoices: () => voices,
    speak: (u) => { window.__said.push({text: u.text, lang: u.lang, voice: u.voice && u.voice.name}); window.__reading = u; },
    cancel: () => { window.__cancelled = (window.__cancelled || 0) + 1; },
    addEventListener: (name, fn) => listeners.push(fn),
  }});
})();
"""


def _with_voices(page, voices):
    page.add_init_script(FAKE_SPEECH % voices)


def test_listen_reads_the_welcome_and_each_question_aloud_in_the_page_language(phone, live, open_session):
    _with_voices(phone, '[{"name": "Welsh", "lang": "cy-GB"}, {"name": "English", "lang": "en-GB"}]')
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    phone.click("button.py-listen")
    said = phone.evaluate("window.__said")
    assert said[0]["lang"] == "en-gb" and said[0]["voice"] == "English"
    assert "Nobody can tell it was you." in said[0]["text"]
    phone.click("button:has-text('Start')")
    phone.wait_for_selector("text=Question 1 of 4")
    phone.click("button.py-listen")
    text = phone.evaluate("window.__said")[-1]["text"]
    assert "A scale question?" in text and "Really good" in text and "Really bad" in text
    assert "Skip this question" not in text
    phone.click("label:has-text('OK')")  # the next question, swapped in by htmx, has its own Listen
    phone.wait_for_selector("text=Question 2 of 4")
    phone.wait_for_selector("button.py-listen", state="visible")


def _listen_state(page):
    return page.evaluate(
        "(b => [b.hasAttribute('data-reading'), b.textContent.trim()])(document.querySelector('button.py-listen'))"
    )


def test_listen_says_stop_reading_while_it_reads_and_listen_again_when_done_or_stopped(phone, live, open_session):
    _with_voices(phone, '[{"name": "English", "lang": "en-GB"}, {"name": "Arabic", "lang": "ar"}]')
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    phone.click("button:has-text('Start')")
    phone.wait_for_selector("text=Question 1 of 4")
    assert _listen_state(phone) == [False, "Listen"]
    phone.click("button.py-listen")
    assert _listen_state(phone) == [True, "Stop reading"]
    phone.click("button.py-listen")  # stopped: the voice is cancelled and nothing new is read
    assert _listen_state(phone) == [False, "Listen"]
    assert phone.evaluate("window.__cancelled") >= 1 and len(phone.evaluate("window.__said")) == 1
    phone.click("button.py-listen")
    assert _listen_state(phone) == [True, "Stop reading"]
    phone.evaluate("window.__reading.onend()")  # the voice came to the end
    assert _listen_state(phone) == [False, "Listen"]
    # "Stop answering" says what it does in words you can see, and is not a pill like Listen.
    stop = phone.locator("a.py-stop")
    assert stop.inner_text().strip() == "Stop answering"
    assert stop.locator(".govuk-visually-hidden").count() == 0
    border = "el => getComputedStyle(el).borderTopWidth"
    assert stop.evaluate(border) == "0px" and phone.locator("button.py-listen").evaluate(border) != "0px"
    # In Arabic it says so in Arabic.
    phone.goto(f"{live.url}/j/{open_session.join_code}/q/1?lang=ar")
    phone.click("button.py-listen")
    assert _listen_state(phone) == [True, "أوقف القراءة"]
    assert phone.locator("a.py-stop").inner_text().strip() == "توقّف عن الإجابة"


def test_listen_is_hidden_where_the_phone_has_no_voice_for_the_language(phone, live, open_session):
    _with_voices(phone, '[{"name": "French", "lang": "fr-FR"}]')
    phone.goto(f"{live.url}/j/{open_session.join_code}")
    assert not phone.is_visible("button.py-listen")
    phone.click("button:has-text('Start')")
    phone.wait_for_selector("text=Question 1 of 4")
    assert not phone.is_visible("button.py-listen")


def test_listen_is_hidden_without_javascript(phone_without_js, live, open_session):
    phone_without_js.goto(f"{live.url}/j/{open_session.join_code}")
    assert phone_without_js.locator("button.py-listen").count() == 1
    assert not phone_without_js.is_visible("button.py-listen")


@pytest.mark.parametrize("js", [True, False])
def test_on_a_320x568_phone_start_and_next_show_without_scrolling(browser, live, officer, make_session, js):
    # An old small phone: the welcome's Start, and Next under a long face question, a written answer and a
    # pick-one of five answers (the bank's own words, with Listen showing), all without scrolling.
    slugs = ["sw-how-good", "opener-good-thing", "adult-lonely", "sw-know-who"]
    s = make_session(state="draft", prompts=())
    services.add_from_bank(officer, s, slugs)
    services.open_session(officer, s)
    ctx = browser.new_context(viewport={"width": 320, "height": 568}, is_mobile=True, has_touch=True, java_script_enabled=js)
    page = ctx.new_page()
    _with_voices(page, '[{"name": "English", "lang": "en-GB"}]')
    page.goto(f"{live.url}/j/{s.join_code}")
    bottoms = {"start": page.locator("button.py-start").bounding_box()}
    page.click("button.py-start")
    for n, slug in enumerate(slugs, start=1):
        page.goto(f"{live.url}/j/{s.join_code}/q/{n}")
        if js:
            page.keyboard.press("Tab")  # a one-tap card shows Next once a key is pressed
            page.evaluate("document.activeElement.blur()")  # and the skip link it reached hides again
        bottoms[slug] = page.locator("button[value=next]").bounding_box()
        if n == 3:  # the tiles are still big targets
            assert min(page.locator(".py-choices .govuk-radios__item").nth(i).bounding_box()["height"] for i in range(5)) >= 44
    ctx.close()
    too_low = {name: round(b["y"] + b["height"]) for name, b in bottoms.items() if b["y"] + b["height"] > 568}
    assert too_low == {}


@pytest.mark.parametrize("audience", ["children-in-care", "care-leavers"])
def test_on_a_320x568_phone_the_welcome_says_what_happens_if_unsafe_and_start_still_shows(browser, live, make_session,
                                                                                            audience):
    """Jade: the line under "Nobody can tell it was you" now says the adults here are told (not that they come to
    her), two words longer; a care leaver's welcome also says where money answers go. Start still shows."""
    s = make_session(state="open")
    s.audience = audience
    db.session.commit()
    ctx = browser.new_context(viewport={"width": 320, "height": 568}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    _with_voices(page, '[{"name": "English", "lang": "en-GB"}]')  # with Listen showing too
    page.goto(f"{live.url}/j/{s.join_code}")
    line = page.locator(".py-promises__safe").inner_text()
    start = page.locator("button.py-start").bounding_box()
    ctx.close()
    assert "here are told, not who you are" in line
    assert start["y"] + start["height"] <= 568
