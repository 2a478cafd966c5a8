"""The moderation queue in Chromium: Undo on an earlier decision's line, and leave out by one key that asks first."""

from __future__ import annotations

import re

from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent
from tests.browser.test_officer_keys_browser import _queue


def _focused_answer(page):
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('.py-mod-item[data-answer]')")
    return page.evaluate("() => document.activeElement.dataset.answer")


def test_undo_on_an_earlier_decisions_line_brings_its_card_back_in_place_with_focus(browser, live, officer, open_session, app):
    ctx, page = _queue(browser, live, officer, open_session, app, n=3)
    first = _focused_answer(page)
    page.keyboard.press("a")
    page.wait_for_selector(f"#answer-{first}[data-decided]")
    second = _focused_answer(page)
    page.keyboard.press("a")
    page.wait_for_selector(f"#answer-{second}[data-decided]")
    assert page.locator("#queue-left .py-left__n").inner_text() == "1"

    # The first card is a line now: its words, Undo named for what it undoes, and the link to Decided today.
    line = page.locator(f"#answer-{first} [data-after-next-decision]")
    assert line.is_visible()
    words = page.evaluate(f"() => document.querySelector('#answer-{first} .py-mod-decided__line span[dir]').textContent")
    undo = line.get_by_role("button", name=re.compile(r"^Undo the decision on .+ \(approved\)$"))
    assert words.strip("\u201c\u201d") in undo.text_content()
    # Seen, it says only "Undo": the rest of its name is in a visually hidden part, one pixel wide.
    seen = undo.evaluate("b => [...b.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim()")
    assert seen == "Undo" and undo.locator(".govuk-visually-hidden").bounding_box()["width"] <= 1
    assert line.get_by_role("link", name="See it on Decided today").is_visible()
    undo.click()

    # The card is back where it was, waiting, with the keyboard on it; the newest decision keeps its own Undo.
    page.wait_for_selector(f"article#answer-{first}[data-answer]")
    page.wait_for_function(f"() => document.activeElement && document.activeElement.id === 'answer-{first}'")
    ids = page.evaluate("() => [...document.querySelectorAll('#queue > [id^=answer-]')].map(e => e.id)")
    assert ids[:2] == [f"answer-{first}", f"answer-{second}"]
    assert page.locator("#queue-left .py-left__n").inner_text() == "2"
    assert page.locator(f"#answer-{second} button[data-action=undo]").is_visible()
    page.keyboard.press("a")  # and the keys carry on from it
    page.wait_for_selector(f"#answer-{first}[data-decided]")
    ctx.close()
    db.session.remove()
    assert db.session.get(Answer, int(first)).state == "approved"
    undone = db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-decision-undone")).scalars().all()
    assert [(e.actor_id, e.subject_id, e.detail["undone"]) for e in undone] == [(officer.id, int(first), "approved")]


def _note(page, answer_id):
    return page.locator(f"#reject-{answer_id}-confirm")


def test_one_press_of_a_leave_out_key_asks_beside_the_button_and_esc_cancels(browser, live, officer, open_session, app):
    ctx, page = _queue(browser, live, officer, open_session, app, n=2)
    first = _focused_answer(page)
    button = page.locator(f"#answer-{first} button[data-action=reject]")
    reason = page.locator(f"#reason-{first}")
    note = _note(page, first)
    assert (note.get_attribute("role"), button.get_attribute("aria-describedby")) == ("status", f"reject-{first}-confirm")
    assert not note.is_visible()

    # r asks, with the reason chosen, and moves the keyboard to the button; nothing is left out.
    page.keyboard.press("r")
    page.wait_for_function(f"() => document.activeElement.matches('#answer-{first} button[data-action=reject]')")
    assert note.is_visible() and note.inner_text() == (
        "Leave this answer out as \u201coff topic\u201d? Press r again, or Enter, to leave it out. Esc cancels.")
    assert button.get_attribute("data-armed") == "r"
    page.wait_for_timeout(500)
    assert page.locator("[data-decided]").count() == 0
    page.keyboard.press("Escape")
    page.wait_for_function(f"() => document.activeElement.id === 'answer-{first}'")
    assert not note.is_visible() and button.get_attribute("data-armed") is None

    # A reason's number asks about that reason; another number asks about its own instead, and Esc puts the
    # reason chosen before back, so a later click leaves nothing out for a reason nobody chose.
    page.keyboard.press("r")
    page.keyboard.press("3")
    page.wait_for_function(f"() => document.activeElement.matches('#answer-{first} button[data-action=reject]')")
    assert reason.input_value() == "identifying"
    assert note.inner_text().startswith("Leave this answer out as \u201ccould identify someone\u201d? Press 3 again")
    page.keyboard.press("4")
    assert reason.input_value() == "duplicate"
    assert note.inner_text().startswith("Leave this answer out as \u201cduplicate\u201d? Press 4 again")
    page.keyboard.press("Escape")
    page.wait_for_function(f"() => document.activeElement.id === 'answer-{first}'")
    assert reason.input_value() == "off-topic" and not note.is_visible()

    # The key, then a move to the next answer, cancels too; r there asks about that one, not the first.
    page.keyboard.press("r")
    page.keyboard.press("j")
    second = _focused_answer(page)
    assert second != first and not note.is_visible()
    page.keyboard.press("r")
    page.wait_for_function(f"() => document.activeElement.matches('#answer-{second} button[data-action=reject]')")
    assert _note(page, second).is_visible() and not note.is_visible()
    page.wait_for_timeout(300)
    assert page.locator("[data-decided]").count() == 0
    ctx.close()
    db.session.remove()
    assert db.session.execute(select(Answer.state)).scalars().all() == ["pending", "pending"]


def test_the_same_key_again_or_enter_leaves_out_and_a_click_is_one_action(browser, live, officer, open_session, app):
    ctx, page = _queue(browser, live, officer, open_session, app, n=3)
    first = _focused_answer(page)
    page.keyboard.press("4")
    page.keyboard.press("4")
    page.wait_for_selector(f"#answer-{first}[data-decided]")
    assert page.locator(f"#answer-{first} [role=status]").first.inner_text().startswith("Left out: duplicate.")
    second = _focused_answer(page)
    page.keyboard.press("r")
    page.wait_for_function(f"() => document.activeElement.matches('#answer-{second} button[data-action=reject]')")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#answer-{second}[data-decided]")
    assert page.locator(f"#answer-{second} [role=status]").first.inner_text().startswith("Left out: off topic.")
    third = _focused_answer(page)
    page.click(f"#answer-{third} button[data-action=reject]")  # a click asks nothing: Undo is there instead
    page.wait_for_selector(f"#answer-{third}[data-decided]")
    ctx.close()
    db.session.remove()
    rows = db.session.execute(select(Answer.id, Answer.state, Answer.reject_reason)).all()
    assert {i: (s, r) for i, s, r in rows} == {
        int(first): ("rejected", "duplicate"), int(second): ("rejected", "off-topic"), int(third): ("rejected", "off-topic")}


def test_u_with_nothing_to_undo_says_so_and_the_next_key_clears_it(browser, live, officer, open_session, app):
    ctx, page = _queue(browser, live, officer, open_session, app, n=2)
    first = _focused_answer(page)
    page.keyboard.press("u")  # nothing decided yet
    note = page.locator(f"#answer-{first} .py-confirm-note[role=status]").first
    assert note.inner_text().startswith("Nothing to undo with u here")
    page.keyboard.press("j")
    assert note.inner_text() == ""
    ctx.close()
