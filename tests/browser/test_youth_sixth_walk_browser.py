"""The young people's sixth walk, in Chromium (issue 14): a length error goes as soon as the words fit; every
answer of a seven-answer tick list can be tapped clear of the sticky Next on a 320x568 phone; Listen joins
sentences without doubling their full stops; the plain accessibility page has Listen; every youth link that acts
as a button is a 44x44 target; and after an in-page Back the address bar shows the question on screen. (The tick
list and the address bar already behaved in Chromium when walked again: their tests keep them so; the tick list's
fails without the page's scroll padding under Next.)"""

from __future__ import annotations

import json
import re

import pytest

from participation.domain import sessions as services
from tests.browser.test_youth_browser import _with_voices


def _start(page, live, code):
    page.goto(f"{live.url}/j/{code}")
    page.click("button.py-start")


# ---- 1. A length error clears as soon as the words fit ----------------------------------------------------


def _error_state(page) -> dict:
    return page.evaluate("""() => ({
      summary: document.querySelectorAll('#card .govuk-error-summary').length,
      messages: Array.from(document.querySelectorAll('#card .govuk-error-message')).map(e => e.textContent.trim()),
      group: document.querySelectorAll('#card .govuk-form-group--error').length,
      field: document.querySelector('#card textarea').classList.contains('govuk-textarea--error'),
      title: document.title,
      counter: document.querySelector('#card .govuk-character-count__message[aria-hidden=true]').textContent.trim(),
      described: (document.querySelector('#card textarea').getAttribute('aria-describedby') || '').split(/\\s+/)
        .filter(id => id && !document.getElementById(id)),
    })""")


def test_a_length_error_clears_as_soon_as_the_words_fit(phone, live, make_session):
    s = make_session(prompts=("text", "text"))  # 200 letters each
    _start(phone, live, s.join_code)
    phone.wait_for_selector("text=Question 1 of 2")
    phone.fill("textarea", "the buses are late " * 12)  # 228 letters
    phone.click("button[value=next]")
    phone.wait_for_selector("#card .govuk-error-summary")
    phone.wait_for_selector("#card .govuk-character-count__message[aria-hidden=true]")  # the new card's counter
    before = _error_state(phone)
    assert before["summary"] == 1 and before["group"] == 1 and before["field"], before
    assert before["title"].startswith("Error:"), before
    phone.fill("textarea", "the buses are late " * 8)  # 152 letters; the space at the end is not kept, nor counted
    after = _error_state(phone)
    assert after == {
        "summary": 0, "messages": [], "group": 0, "field": False,
        "title": "Question 1 of 2 – Have your say", "counter": "You have 49 letters left", "described": [],
    }, after
    # Too many again: the counter says so at once, and Next brings the error back (the server decides).
    phone.fill("textarea", "the buses are late " * 10 + "a" * 11)  # 201 letters
    assert _error_state(phone)["counter"] == "You have 1 letter too many"
    phone.fill("textarea", "the buses are late " * 8)
    phone.click("button[value=next]")
    phone.wait_for_selector("text=Question 2 of 2")


def test_a_length_error_beside_something_else_clears_as_soon_as_the_words_fit(phone, live, officer, make_session):
    s = make_session(state="draft", prompts=())
    services.add_from_bank(officer, s, ["money-hard", "school-help"])
    services.open_session(officer, s)
    _start(phone, live, s.join_code)
    phone.wait_for_selector("text=1 of 2")
    phone.click("label:has-text('Something else')")
    phone.fill("#other", "saving up for a bike " * 10)  # 210 letters
    phone.click("button[value=next]")
    phone.wait_for_selector("#card .govuk-error-summary")
    # The card is swapped in by htmx: its letter counter starts once the swap settles (a person cannot type sooner).
    phone.wait_for_function("() => !document.querySelector('.htmx-settling, .htmx-swapping, .htmx-request')")
    phone.fill("#other", "saving up for a bike")
    state = """() => [document.querySelectorAll('#card .govuk-error-summary, #card .govuk-form-group--error').length,
      document.querySelectorAll('#card .govuk-error-message').length, document.title.startsWith('Error:')]"""
    phone.wait_for_function(f"() => JSON.stringify(({state})()) === '[0,0,false]'", timeout=5000)
    assert phone.input_value("#other") == "saving up for a bike" and phone.is_checked("input[value='Something else']")


# ---- 2. Every answer of a seven-answer tick list can be tapped clear of the sticky Next -------------------------


@pytest.mark.parametrize("lang", ["en", "ar", "ti"])
def test_every_answer_of_the_longest_tick_list_can_be_tapped_clear_of_next_on_a_320x568_phone(
    tick_list_phone, live, lang
):
    page, s = tick_list_phone
    _with_voices(page, json.dumps([{"name": "Voice", "lang": lang}]))  # with Listen showing too
    page.goto(f"{live.url}/join?lang={lang}")
    _start(page, live, s.join_code)
    page.wait_for_selector(".py-choices")
    # Scrolled to each answer in turn (as a phone scrolls to what is tapped or focused): its middle and its
    # lower edge are the answer itself, never Next or its white ring.
    covered = page.evaluate("""() => Array.from(document.querySelectorAll('.py-choices .govuk-checkboxes__item')).map((item, i) => {
      item.scrollIntoView({block: 'end'});
      const r = item.getBoundingClientRect();
      const hits = [r.top + r.height / 2, r.bottom - 3].map(y => item.contains(document.elementFromPoint(r.left + r.width / 2, y)));
      return hits.every(Boolean) ? null : [i, Math.round(r.top), Math.round(r.bottom)];
    }).filter(Boolean)""")
    assert covered == [], (lang, covered)
    # The last answer, "Something else", opens a box: the box too can be reached above Next.
    page.locator(".py-choices .govuk-checkboxes__item >> nth=-1").scroll_into_view_if_needed()
    page.tap(".py-choices .govuk-checkboxes__item >> nth=-1 >> label")
    page.wait_for_selector("#other", state="visible")
    clear = page.evaluate("""() => { const box = document.getElementById('other'); box.scrollIntoView({block: 'end'});
      const r = box.getBoundingClientRect(); return box === document.elementFromPoint(r.left + r.width / 2, r.bottom - 3); }""")
    assert clear, lang


# ---- 3. Listen joins sentences without doubling their stops ---------------------------------------------------

DOUBLED = re.compile(r"[.?!؟።፧…]\s*\.")


@pytest.mark.parametrize("lang", ["en", "ar", "ti"])
def test_listen_never_doubles_a_sentence_s_own_stop(phone, live, make_session, lang):
    s = make_session(prompts=("scale", "text"))
    _with_voices(phone, json.dumps([{"name": "Voice", "lang": lang}]))
    phone.goto(f"{live.url}/join?lang={lang}")
    phone.goto(f"{live.url}/j/{s.join_code}")
    phone.click("#card button.py-listen")
    welcome = phone.evaluate("window.__said")[-1]["text"]
    phone.click("#card button.py-listen")  # stop
    phone.click("button.py-start")
    phone.wait_for_selector(".py-scale")
    phone.click("#card button.py-listen")
    question = phone.evaluate("window.__said")[-1]["text"]
    for said in (welcome, question):
        assert not DOUBLED.search(said), (lang, DOUBLED.search(said).group(0), said)
    if lang == "en":
        # Each sentence still ends once: with its own stop, or with the one put between parts that have none.
        assert "We never ask your name. Nobody can tell it was you. " in welcome, welcome
        assert "A scale question? Tap one to go on. Really good." in question, question
        assert "Really good. Good. OK. Bad. Really bad" in question, question


# ---- 4. The plain accessibility page has Listen ---------------------------------------------------------------


def test_listen_reads_the_plain_accessibility_page(phone, live):
    _with_voices(phone, '[{"name": "English", "lang": "en-GB"}]')
    phone.goto(f"{live.url}/accessibility")
    phone.click("button.py-listen")
    said = phone.evaluate("window.__said")[-1]["text"]
    assert said.startswith("Can everyone use this? We want everyone to be able to use this."), said
    assert "Make the words bigger." in said


# ---- 5. Every youth link that acts as a button is a 44x44 target --------------------------------------------

BUTTON_LINKS = "a.govuk-back-link, a.govuk-button, a.py-stop, .py-header__meta a, a.py-languages__link"


def test_every_youth_link_that_acts_as_a_button_is_at_least_44_by_44(phone, live, make_session):
    s = make_session(prompts=("text", "scale"))
    code = s.join_code
    _with_voices(phone, '[{"name": "English", "lang": "en-GB"}]')
    _start(phone, live, code)
    phone.wait_for_selector("text=Question 1 of 2")
    paths = (
        "/join", f"/j/{code}", f"/j/{code}/q/1", f"/j/{code}/q/1/check-in", f"/j/{code}/q/1/help", f"/j/{code}/q/1/stop",
        f"/j/{code}/q/1/talk", f"/help?code={code}", "/help", f"/privacy?code={code}", f"/accessibility?code={code}",
        f"/j/{code}/updates",
    )
    small, seen = {}, set()
    for path in paths:
        phone.goto(live.url + path)
        boxes = phone.evaluate(f"""() => Array.from(document.querySelectorAll({json.dumps(BUTTON_LINKS)}))
          .filter(a => a.offsetParent !== null)
          .map(a => [a.className || 'header', a.textContent.trim().slice(0, 30), a.getBoundingClientRect().width, a.getBoundingClientRect().height])""")
        for cls, text, width, height in boxes:
            seen.add(cls.split()[0])
            if width < 44 or height < 44:
                small[f"{path} {text}"] = (round(width), round(height))
    assert small == {}, small
    assert {"govuk-back-link", "govuk-button", "py-stop", "header", "py-languages__link"} <= seen, seen


# ---- 6. After an in-page Back, the address bar shows the question on screen ---------------------------------


def test_the_address_bar_follows_every_kind_of_in_page_back(phone, live, make_session):
    s = make_session(prompts=("scale", "text", "multiple"))
    code = s.join_code
    _start(phone, live, code)
    phone.wait_for_selector("text=1 of 3")

    def back_to(n):
        phone.wait_for_timeout(450)  # a tap just after a card comes in counts for nothing
        phone.click("button[value=back]")
        phone.wait_for_selector(f"text={n} of 3")
        assert phone.url.endswith(f"/j/{code}/q/{n}"), (n, phone.url)

    phone.tap("label:has-text('OK')")  # one tap
    phone.wait_for_selector("text=2 of 3")
    back_to(1)  # Back over a one-tap answer
    phone.click("button[value=next]")
    phone.wait_for_selector("text=2 of 3")
    phone.fill("textarea", "the buses are late " * 12)
    phone.click("button[value=next]")
    phone.wait_for_selector("#card .govuk-error-summary")
    back_to(1)  # Back past a problem (the words stay on the phone)
    phone.click("button[value=next]")
    phone.wait_for_selector("text=2 of 3")
    # They come back once the card has settled; typing before that would be written over by them.
    phone.wait_for_function("words => (document.querySelector('textarea') || {}).value === words", arg="the buses are late " * 12)
    phone.fill("textarea", "the buses are late")
    phone.click("button[value=next]")
    phone.wait_for_selector("text=3 of 3")
    phone.click("label:has-text('Red')")
    back_to(2)  # Back with ticks (saved)
    back_to(1)  # Back with words (saved)
    # The phone's own Back after those goes to the question before in history, and the page agrees with it.
    phone.go_back()
    phone.wait_for_url(f"**/j/{code}/q/2")
    phone.wait_for_selector("text=2 of 3")  # the page is fetched again (nothing is kept on the phone)
    phone.go_forward()
    phone.wait_for_url(f"**/j/{code}/q/1")
    phone.wait_for_selector("text=1 of 3")
    # Back from the first question: the welcome, at the welcome's address.
    phone.click("button[value=back]")
    phone.wait_for_selector("button.py-start")
    assert phone.url.endswith(f"/j/{code}"), phone.url
