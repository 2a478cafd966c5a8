"""The young people's third walk (answers), in Chromium: Back past too many letters keeps the words, "Something else"
follows its words, and a care leaver's scale is words only, still one tap."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Answer


def _start(page, live, code, total):
    page.goto(f"{live.url}/j/{code}")
    page.click("button:has-text('Start')")
    page.wait_for_selector(f"text=Question 1 of {total}")


def test_back_with_too_many_letters_goes_back_and_the_words_come_back_with_the_question(phone, live, make_session):
    s = make_session(prompts=("scale", "text"))
    _start(phone, live, s.join_code, 2)
    phone.click("button:has-text('Skip this question')")
    phone.wait_for_selector("text=Question 2 of 2")
    too_long = "my worker changes all the time " * 8  # 248 letters, 247 counted (not the space at the end); it takes 200
    phone.fill("#answer", too_long)
    phone.wait_for_selector("text=You have 47 letters too many")
    phone.click("button:has-text('Back')")
    phone.wait_for_selector("text=Question 1 of 2")  # never held on the question by its length
    phone.click("button:has-text('Skip this question')")
    phone.wait_for_selector("text=Question 2 of 2")
    phone.wait_for_timeout(100)  # past htmx's settle step, where the draft is put back
    assert phone.input_value("#answer") == too_long
    db.session.remove()
    assert db.session.scalar(select(Answer).where(Answer.text.is_not(None))) is None


def test_an_unticked_something_else_sends_nothing_and_its_words_tick_it(phone, live, officer, make_session):
    s = make_session(state="draft", prompts=())
    services.add_prompt(officer, s, "multiple", "What helps?", "", ["Red", "Green", "Something else"], "social-workers", None)
    db.session.refresh(s)
    services.open_session(officer, s)
    _start(phone, live, s.join_code, 1)
    phone.click("label:has-text('Something else')")
    phone.fill("#other", "purple")
    phone.click("label:has-text('Something else')")  # a second thought: unticked, its box hides
    phone.click("label:has-text('Red')")
    phone.click("button:has-text('Finish')")
    phone.wait_for_selector("h1:has-text('Thank you')")
    db.session.remove()
    answer = db.session.execute(select(Answer)).scalar_one()
    assert answer.choices == ["Red"] and answer.text is None


def test_typing_beside_something_else_ticks_it_at_once(phone, live, officer, make_session):
    s = make_session(state="draft", prompts=())
    services.add_prompt(officer, s, "multiple", "What helps?", "", ["Red", "Green", "Something else"], "social-workers", None)
    db.session.refresh(s)
    services.open_session(officer, s)
    _start(phone, live, s.join_code, 1)
    # The box as a phone shows it before its script has run (always open): typing in it chooses it.
    phone.evaluate("""() => {
        const box = document.getElementById('other');
        box.disabled = false;
        box.closest('.govuk-checkboxes__conditional').classList.remove('govuk-checkboxes__conditional--hidden');
    }""")
    assert not phone.is_checked("input[value='Something else']")
    phone.locator("#other").press_sequentially("p")
    assert phone.is_checked("input[value='Something else']")


def test_a_care_leaver_taps_a_word_on_the_scale_and_goes_on(phone, live, officer, make_session):
    s = make_session(state="draft", prompts=("scale", "text"))
    s.audience = "care-leavers"
    services.open_session(officer, s)
    _start(phone, live, s.join_code, 2)
    assert phone.locator("svg.py-face").count() == 0 and phone.locator("svg.py-drawing").count() == 0
    box = phone.locator(".py-scale .govuk-radios__item").first.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 200  # a large target, the whole row
    phone.click("label:has-text('Really good')")
    phone.wait_for_selector("text=Question 2 of 2")  # one tap, as with the faces


def test_the_counter_and_the_error_count_the_same_letters_spaces_at_the_ends_left_out(phone, live, officer, make_session):
    """Jade typed 264 letters ending with a space in the 200-letter "Something else" box: the counter said 64 too
    many and the error 63, as the server does not keep the space. Both now count the words as kept."""
    s = make_session(state="draft", prompts=("text",))
    services.add_prompt(officer, s, "multiple", "What helps?", "", ["Red", "Green", "Something else"], "social-workers", None)
    db.session.refresh(s)
    services.open_session(officer, s)
    _start(phone, live, s.join_code, 2)
    # The main box: 200 letters and two spaces fit (the spaces are not kept), and the counter says so.
    words = "a" * 199 + "b"
    phone.fill("#answer", words + "  ")
    phone.wait_for_selector("text=You have 0 letters left")
    phone.click("button:has-text('Next')")
    phone.wait_for_selector("text=Question 2 of 2")
    phone.click("label:has-text('Something else')")
    phone.fill("#other", "x" * 263 + " ")
    phone.wait_for_selector("#other ~ .govuk-character-count__message:has-text('You have 63 letters too many')")
    phone.click("button:has-text('Finish')")
    phone.wait_for_selector(".govuk-error-summary")
    assert "You have 63 letters too many" in phone.inner_text(".govuk-error-summary")
    phone.wait_for_timeout(600)  # past the counter's pause after typing
    shown = phone.locator(".govuk-character-count__message[aria-hidden=true]").inner_text()
    assert "You have 63 letters too many" in shown, shown
    db.session.remove()
    assert db.session.scalar(select(Answer.text).where(Answer.text.is_not(None))) == words
