"""An officer's keys in Chromium: every theme reachable by typing its name, and s that asks before it sends."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain import moderation
from participation.domain.db import db
from participation.domain.models import Alert, Answer
from tests.browser.conftest import axe_violations, staff_sign_in
from tests.browser.test_officer_day_browser import LAPTOP
from tests.browser.test_themes_and_packs_browser import _answers_to_check, _check_themes
from tests.conftest import PASSWORD, Young


def _open_themes_by_keyboard(page, answer_id):
    page.keyboard.press("j")
    page.wait_for_function("() => document.activeElement.matches('.py-theming-item')")
    page.wait_for_function(f"() => document.querySelector('#answer-{answer_id} a[aria-keyshortcuts=t]')['htmx-internal-data']")
    page.keyboard.press("t")
    page.wait_for_selector(f"#answer-{answer_id} input[name=themes]")
    page.wait_for_function("() => document.activeElement.name === 'themes'")


def test_an_answers_key_before_j_goes_to_the_first_answer_and_acts_only_when_pressed_again(browser, live, officer,
                                                                                          open_session):
    # A fresh page has no answer chosen. An officer's review: 0 or a tone key there changed an answer they had
    # not looked at. Now the first press only goes to the first answer and says so; the same key again acts.
    ids = _answers_to_check(open_session, 2)
    ctx, page = _check_themes(browser, live, officer, open_session)
    first = page.locator(".py-theming-item").first.get_attribute("id")
    page.wait_for_function(f"() => document.querySelector('#{first} a[aria-keyshortcuts=t]')['htmx-internal-data']")
    page.keyboard.press("0")
    page.wait_for_function(f"() => document.activeElement.id === '{first}'")
    assert "Press 0 again to use it here" in page.locator(f"#{first}-note").inner_text()
    page.wait_for_timeout(300)
    db.session.remove()
    assert not any(a.no_theme_fits for a in db.session.execute(select(Answer)).scalars())
    page.keyboard.press("t")
    page.wait_for_selector(f"#{first} input[name=themes]")
    assert first in {f"answer-{i}" for i in ids}
    ctx.close()


def test_a_theme_past_the_ninth_is_ticked_by_typing_its_name(browser, live, officer, open_session):
    ids = _answers_to_check(open_session, 2)
    ctx, page = _check_themes(browser, live, officer, open_session)
    _open_themes_by_keyboard(page, ids[0])
    boxes = page.locator(f"#answer-{ids[0]} input[name=themes]")
    assert boxes.count() >= 16  # fifteen themes and "No theme fits": more than the number keys reach
    assert page.locator(f"#theme-{ids[0]}-rights-and-complaints").get_attribute("aria-keyshortcuts") is None
    # The first nine keep their number keys.
    was = page.locator(f"#theme-{ids[0]}-social-workers").is_checked()
    page.keyboard.press("1")
    assert page.locator(f"#theme-{ids[0]}-social-workers").is_checked() != was
    page.keyboard.press("1")

    # A letter that is no key in the editor starts finding a theme: "h" then "ous" leaves only Housing.
    page.keyboard.type("hous")
    finder = page.locator(f"#theme-filter-{ids[0]}")
    assert finder.evaluate("el => el === document.activeElement")
    assert finder.input_value() == "hous"
    shown = page.locator(f"#answer-{ids[0]} .py-theme-boxes .govuk-checkboxes__item:visible")
    assert shown.count() == 1 and shown.inner_text().strip() == "Housing"
    assert "1 theme: Housing" in page.locator(f"#theme-filter-{ids[0]}-status").inner_text()
    page.keyboard.press("Enter")  # ticks it, and the form is not sent
    assert page.locator(f"#theme-{ids[0]}-housing").is_checked()
    assert finder.input_value() == "" and boxes.locator("visible=true").count() == boxes.count()
    assert "Ticked: Housing" in page.locator(f"#theme-filter-{ids[0]}-status").inner_text()
    assert page.locator(f"#answer-{ids[0]}[data-decided]").count() == 0

    # "/" also starts it; names starting with s are found that way. Several match: Enter ticks the first.
    page.keyboard.press("Escape")  # back to the boxes
    page.wait_for_function("() => document.activeElement.name === 'themes'")
    page.keyboard.press("/")
    assert finder.evaluate("el => el === document.activeElement")
    page.keyboard.type("rights")
    page.keyboard.press("Enter")
    assert page.locator(f"#theme-{ids[0]}-rights-and-complaints").is_checked()
    # Esc clears what was typed; nothing matching says so.
    page.keyboard.type("zzz")
    assert "No theme has" in page.locator(f"#theme-filter-{ids[0]}-status").inner_text()
    assert boxes.locator("visible=true").count() == 0
    page.keyboard.press("Escape")
    assert finder.input_value() == "" and boxes.locator("visible=true").count() == boxes.count()
    page.keyboard.press("Escape")
    page.wait_for_function("() => document.activeElement.name === 'themes'")
    # An officer's review: typing "social" on the boxes saved at its s. Every letter but j and k finds now.
    page.keyboard.type("social")
    assert finder.input_value() == "social"
    assert "1 theme: Social workers" in page.locator(f"#theme-filter-{ids[0]}-status").inner_text()
    assert page.locator(f"#answer-{ids[0]}[data-decided]").count() == 0
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_function("() => document.activeElement.name === 'themes'")
    page.keyboard.press("Control+Enter")  # saves from the boxes as from the finder
    page.wait_for_selector(f"#answer-{ids[0]}[data-decided]")
    db.session.remove()
    saved = {t.theme for t in db.session.get(Answer, ids[0]).themes}
    assert {"housing", "rights-and-complaints"} <= saved
    ctx.close()


def test_ctrl_enter_in_the_theme_finder_saves_the_themes(browser, live, officer, open_session):
    ids = _answers_to_check(open_session, 1)
    ctx, page = _check_themes(browser, live, officer, open_session)
    _open_themes_by_keyboard(page, ids[0])
    page.keyboard.press("/")
    page.keyboard.type("hous")
    page.keyboard.press("Enter")
    page.keyboard.type("s")  # in the box, s is a letter: it saves nothing
    assert page.locator(f"#answer-{ids[0]}[data-decided]").count() == 0
    page.keyboard.press("Control+Enter")
    page.wait_for_selector(f"#answer-{ids[0]}[data-decided]")
    db.session.remove()
    assert "housing" in {t.theme for t in db.session.get(Answer, ids[0]).themes if t.source == "confirmed"}
    ctx.close()


def test_the_theme_finder_is_not_shown_and_not_sent_without_javascript(browser, live, officer, open_session):
    ids = _answers_to_check(open_session, 2)
    ctx, page = _check_themes(browser, live, officer, open_session, javascript=False)
    page.click(f"#answer-{ids[0]} a:has-text('Change themes')")
    page.wait_for_selector("h1:has-text('Choose the themes of this answer')")
    assert not page.locator(f"#theme-filter-{ids[0]}").is_visible()
    page.check(f"#theme-{ids[0]}-rights-and-complaints")
    page.click("button:has-text('Save themes')")
    page.wait_for_selector(".py-action-bar >> text=Themes saved for this answer.")
    db.session.remove()
    assert "rights-and-complaints" in {t.theme for t in db.session.get(Answer, ids[0]).themes}
    ctx.close()


def _queue(browser, live, officer, open_session, app, n=2):
    for i in range(n):
        y = Young(app.test_client(), open_session.join_code)
        y.join()
        y.answer(4, f"we want more trips {i}")
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    staff_sign_in(page, live.url, officer, PASSWORD)
    page.goto(f"{live.url}/staff/moderation?session={open_session.id}")
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('.py-mod-item[data-answer]')")
    return ctx, page


def test_one_press_of_s_asks_and_sends_nothing(browser, live, officer, open_session, app):
    ctx, page = _queue(browser, live, officer, open_session, app)
    first = page.evaluate("() => document.activeElement.dataset.answer")
    assert "s then s again" in page.locator("#shortcuts").inner_text()
    page.keyboard.press("s")
    button = page.locator(f"#answer-{first} button[data-action=escalate]")
    page.wait_for_function(f"() => document.activeElement.matches('#answer-{first} button[data-action=escalate]')")
    note = page.locator(f"#escalate-{first}-confirm")
    assert note.is_visible() and "Press s again, or Enter, to send it" in note.inner_text()
    assert button.get_attribute("aria-describedby") == f"escalate-{first}-confirm"
    page.wait_for_timeout(500)
    assert page.locator("[data-decided]").count() == 0
    # Esc cancels: the question goes, the keyboard is back on the answer, and nothing was sent.
    page.keyboard.press("Escape")
    page.wait_for_function(f"() => document.activeElement.id === 'answer-{first}'")
    assert not note.is_visible()
    # s, then j: moving on cancels too; s on the next answer asks about that one, not the first.
    page.keyboard.press("s")
    page.keyboard.press("j")
    page.wait_for_function("() => document.activeElement.matches('.py-mod-item[data-answer]')")
    assert not note.is_visible()
    page.keyboard.press("s")
    page.wait_for_timeout(300)
    assert page.locator("[data-decided]").count() == 0
    ctx.close()
    db.session.remove()
    assert db.session.execute(select(Answer.state)).scalars().all() == ["pending", "pending"]
    assert db.session.execute(select(Alert)).first() is None


def test_words_the_screen_could_not_read_are_approved_only_by_a_twice(browser, live, officer, open_session, app):
    # An officer's review: the first key on a fresh queue approved a disclosure in Tigrinya that nobody had read.
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, "ኣብ ገዛ ዘሎ ሰብኣይ ይወቕዓኒ ኣሎ")
    ctx, page = _queue(browser, live, officer, open_session, app, n=1)
    first = page.evaluate("() => document.activeElement.dataset.answer")
    assert page.locator(f"#answer-{first} .py-unscreened").count() == 1  # read first: it comes first
    page.keyboard.press("a")
    note = page.locator(f"#approve-{first}-confirm")
    page.wait_for_function(f"() => document.activeElement.matches('#answer-{first} button[data-action=approve]')")
    assert note.is_visible() and "could not read these words" in note.inner_text()
    page.wait_for_timeout(300)
    assert page.locator("[data-decided]").count() == 0
    page.keyboard.press("a")
    page.wait_for_selector(f"#answer-{first}[data-decided]")
    # An answer the screen read is approved at one press, as before.
    page.wait_for_function("() => document.activeElement.matches('.py-mod-item[data-answer]')")
    second = page.evaluate("() => document.activeElement.dataset.answer")
    page.keyboard.press("a")
    page.wait_for_selector(f"#answer-{second}[data-decided]")
    ctx.close()
    db.session.remove()
    assert db.session.execute(select(Answer.state)).scalars().all() == ["approved", "approved"]


def test_s_twice_or_s_then_enter_sends_to_safeguarding(browser, live, officer, open_session, app):
    ctx, page = _queue(browser, live, officer, open_session, app)
    first = page.evaluate("() => document.activeElement.dataset.answer")
    page.keyboard.press("s")
    page.keyboard.press("s")
    page.wait_for_selector(f"#answer-{first}[data-decided]")
    assert page.locator(f"#answer-{first} [role=status]").first.inner_text().startswith("Sent to the safeguarding lead.")
    page.wait_for_function("() => document.activeElement.matches('.py-mod-item[data-answer]')")
    second = page.evaluate("() => document.activeElement.dataset.answer")
    page.keyboard.press("s")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#answer-{second}[data-decided]")
    # The earlier decision shrinks to a line of its words and a link to Decided today, not to its question alone.
    line = page.locator(f"#answer-{first} [data-after-next-decision]")
    assert line.is_visible() and line.inner_text().endswith("See it on Decided today")
    assert page.locator(f"#answer-{first} [data-until-next-decision]").count() == 0
    assert not page.locator(f"#answer-{second} [data-after-next-decision]").is_visible()
    ctx.close()
    db.session.remove()
    assert db.session.execute(select(Answer.state)).scalars().all() == ["held", "held"]


def test_d_leaves_out_an_answer_the_same_visit_sent_twice(browser, live, officer, make_session, app):
    session = make_session(prompts=("text", "text"))
    y = Young(app.test_client(), session.join_code)
    y.join()
    y.answer(1, "we never get to go on trips with school")
    y.answer(2, "we never get to go on trips with school")
    db.session.expire_all()
    first, again = db.session.execute(select(Answer.id).order_by(Answer.id)).scalars().all()
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    staff_sign_in(page, live.url, officer, PASSWORD)
    page.goto(f"{live.url}/staff/moderation?session={session.id}")
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('.py-mod-item[data-answer]')")
    page.focus(f"#answer-{first}")
    page.keyboard.press("d")  # the first has no repeat to leave out: nothing happens
    page.wait_for_timeout(300)
    assert page.locator("[data-decided]").count() == 0
    page.focus(f"#answer-{again}")
    page.keyboard.press("d")  # asks first, beside the button, as every leave out by one key does
    page.wait_for_function(f"() => document.activeElement.matches('#answer-{again} button[data-action=leave-out-repeat]')")
    assert page.locator(f"#repeat-{again}-confirm").inner_text() == (
        "Leave this answer out as a repeat? Press d again, or Enter, to leave it out. Esc cancels.")
    page.wait_for_timeout(300)
    assert page.locator("[data-decided]").count() == 0
    page.keyboard.press("d")
    page.wait_for_selector(f"#answer-{again}[data-decided]")
    ctx.close()
    db.session.remove()
    assert [(a.state, a.reject_reason) for a in db.session.execute(select(Answer).order_by(Answer.id)).scalars()] == [
        ("pending", None), ("rejected", "duplicate")]


def test_decided_today_a_marked_repeat_and_the_theme_finder_have_no_serious_accessibility_violations(
        browser, live, officer, make_session, app):
    session = make_session(prompts=("text", "text"))
    y = Young(app.test_client(), session.join_code)
    y.join()
    y.answer(1, "we never get to go on trips with school")
    y.answer(2, "we never get to go on trips with school")
    db.session.expire_all()
    first = db.session.execute(select(Answer).order_by(Answer.id)).scalars().first()
    moderation.approve(officer, first)
    themed = _answers_to_check(session, 1)[0]

    def as_officer(page):
        staff_sign_in(page, live.url, officer, PASSWORD)

    found = {url: axe_violations(browser, live.url + url, LAPTOP, as_officer) for url in [
        f"/staff/moderation?session={session.id}", f"/staff/moderation/decided?session={session.id}",
        f"/staff/reviews/{session.review_id}/theming/answers/{themed}/themes",
    ]}
    assert {u: v for u, v in found.items() if v} == {}
