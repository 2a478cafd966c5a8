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
