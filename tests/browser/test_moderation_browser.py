"""Safeguarding and moderation in Chromium: the calm screen, a live alert, keyboard moderation."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent
from tests.app.test_moderation import DISCLOSURE
from tests.browser.conftest import staff_sign_in
from tests.conftest import PASSWORD, Young


def _to_text_question(page, live, code):
    page.goto(f"{live.url}/j/{code}")
    page.click("button:has-text('Start')")
    page.goto(f"{live.url}/j/{code}/q/4")


def test_a_disclosure_shows_the_calm_screen_and_asking_to_talk_gives_a_number(phone, live, open_session):
    _to_text_question(phone, live, open_session.join_code)
    phone.fill("#answer", DISCLOSURE)
    phone.click("button:has-text('Finish')")
    phone.wait_for_selector("h1:has-text('Are you OK?')")
    assert phone.locator(".py-support a[href='tel:08001111']").is_visible()
    phone.click("button:has-text('I want to talk to someone here today')")
    number = phone.locator(".py-talk-code").inner_text()
    assert number.isdigit()
    phone.click("a:has-text('Carry on answering')")
    phone.wait_for_selector("h1:has-text('Thank you')")


def test_a_live_alert_reaches_a_second_officers_browser_within_seconds(browser, live, officer, make_staff, open_session, app):

    second = make_staff("officer")
    services.set_officers(officer, open_session, [officer.id, second.id])
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    staff_sign_in(page, live.url, second, PASSWORD)
    page.goto(f"{live.url}/staff/")
    assert page.locator(".py-alert-banner").count() == 0

    young = Young(app.test_client(), open_session.join_code)
    young.join()
    young.answer(4, DISCLOSURE)

    # The banner polls every 4 seconds: it must appear within 5 without a reload.
    page.wait_for_selector(".py-alert-banner", timeout=5_000)
    assert "1 possible disclosure" in page.locator(".py-alert-banner").inner_text()
    page.click(".py-alert-banner__link")
    page.wait_for_selector("h1[data-alert-heading]")
    ctx.close()


def test_keyboard_moderation_approves_and_moves_on(browser, live, officer, open_session, app):
    for words in ("the food is nice", "i want more trips", "lol"):
        y = Young(app.test_client(), open_session.join_code)
        y.join()
        y.answer(4, words)
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    staff_sign_in(page, live.url, officer, PASSWORD)
    page.goto(f"{live.url}/staff/moderation?session={open_session.id}")
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('.py-mod-item[data-answer]')")
    page.keyboard.press("a")
    page.wait_for_selector("[data-decided]")
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('.py-mod-item[data-answer]')")
    page.keyboard.press("j")
    page.keyboard.press("k")
    page.keyboard.press("a")
    page.wait_for_function("() => document.querySelectorAll('[data-decided]').length === 2")
    page.keyboard.press("r")  # leave out asks first (test_queue_line_browser): r again leaves it out
    page.keyboard.press("r")
    page.wait_for_function("() => document.querySelectorAll('[data-decided]').length === 3")
    ctx.close()
    db.session.remove()
    states = sorted(db.session.execute(select(Answer.state)).scalars())
    assert states == ["approved", "approved", "rejected"]


def test_number_keys_choose_the_reason_and_undo_brings_the_answer_back(browser, live, officer, open_session, app):
    for words in ("the food is nice", "i want more trips", "lol"):
        y = Young(app.test_client(), open_session.join_code)
        y.join()
        y.answer(4, words)
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    staff_sign_in(page, live.url, officer, PASSWORD)
    page.goto(f"{live.url}/staff/moderation?session={open_session.id}")
    assert page.locator("#queue-left .py-left__n").inner_text() == "3"
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('.py-mod-item[data-answer]')")
    first = page.evaluate("() => document.activeElement.dataset.answer")

    # 4 (twice) is the fourth reason, "Duplicate"; the card keeps its words with Undo, and the count goes down.
    page.keyboard.press("4")
    page.keyboard.press("4")  # the first asks, the second leaves it out
    decided = page.locator(f"#answer-{first}[data-decided]")
    decided.wait_for()
    assert decided.locator("[role=status]").inner_text().startswith("Left out: duplicate.")
    assert decided.locator(".py-mod-text").is_visible()
    assert page.locator("#queue-left .py-left__n").inner_text() == "2"

    # u undoes it: the answer is back, waiting, with focus on it, and the count goes up again.
    page.keyboard.press("u")
    page.wait_for_selector(f"article#answer-{first}[data-answer]")
    page.wait_for_function(f"() => document.activeElement && document.activeElement.id === 'answer-{first}'")
    assert page.locator("#queue-left .py-left__n").inner_text() == "3"

    # Approve it, then decide the next: the first card shrinks and loses the Undo of key u (its line has a button
    # of its own, see test_queue_line_browser), the newest keeps it.
    page.keyboard.press("a")
    page.wait_for_selector(f"#answer-{first}[data-decided]")
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('.py-mod-item[data-answer]')")
    page.keyboard.press("2")
    page.keyboard.press("2")
    page.wait_for_function("() => document.querySelectorAll('[data-decided]').length === 2")
    assert page.locator(f"#answer-{first} button[data-action=undo]").count() == 0
    assert page.locator(".py-mod-item--undoable button[data-action=undo]").count() == 1
    page.keyboard.press("a")
    page.wait_for_selector("#queue-left .py-all-done")
    assert page.locator("#queue-left .govuk-panel__title").inner_text() == "All done"
    ctx.close()
    db.session.remove()
    rows = db.session.execute(select(Answer.id, Answer.state, Answer.reject_reason)).all()
    by_state = sorted((s, r) for _, s, r in rows)
    assert by_state == [("approved", None), ("approved", None), ("rejected", "abusive")]
    assert db.session.execute(select(AuditEvent.detail).where(AuditEvent.action == "answer-decision-undone")).scalar_one() == {
        "session_id": open_session.id, "undone": "rejected", "reason": "duplicate"}
