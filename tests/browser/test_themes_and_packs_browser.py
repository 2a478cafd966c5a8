"""Theming and packs in Chromium: bulk confirm, the board's filters, publishing, and scrutiny access."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain import moderation, packs, sessions
from participation.domain.db import db
from participation.domain.models import Answer
from tests.app.test_theming_in_context import approved, unread
from tests.browser.conftest import staff_sign_in
from tests.conftest import PASSWORD, Young


def _approved(app, officer, session, texts, group=None):

    for words in texts:
        y = Young(app.test_client(), session.join_code)
        y.join()
        y.answer(4, words)
        db.session.expire_all()
        a = db.session.execute(select(Answer).where(Answer.text == words)).scalar_one()
        if group:
            a.participant.group = group
            db.session.commit()
        moderation.approve(officer, a)


def test_officer_confirms_themes_in_bulk_and_filters_the_board(browser, live, app, officer, open_session):
    _approved(app, officer, open_session, ["my social worker changed again", "new sw every month"], group="children-in-care")
    _approved(app, officer, open_session, ["i cant afford rent and bills"], group="care-leavers")
    ctx, page = _check_themes(browser, live, officer, open_session)
    for box in page.locator("input[name=answer_ids]").all():
        box.check()
    page.select_option("#action", "confirm")
    page.click("button:has-text('Apply')")
    page.wait_for_selector("text=Themes saved for 3 answers")
    page.goto(f"{live.url}/staff/reviews/{open_session.review_id}/themes")
    assert page.locator("#theme-social-workers").is_visible()
    # The filter applies with htmx on change, without a reload, and the URL follows.
    page.evaluate("window.__samePage = true")
    page.select_option("#f-group", "care-leavers")
    page.wait_for_function("() => !document.querySelector('#theme-social-workers')")
    assert page.evaluate("window.__samePage") is True
    assert "group=care-leavers" in page.url
    ctx.close()


def test_officer_publishes_a_pack_and_a_councillor_reads_and_downloads_it(browser, live, app, officer, make_staff, open_session):

    app.config["JOBS_MODE"] = "thread"
    _approved(app, officer, open_session, ["my social worker changed again"])
    councillor = make_staff("scrutiny")
    packs.set_access(officer, open_session.review, [councillor.id])
    other_review = sessions.create_review(officer, "Another review", "", ["care-leavers"])
    hidden = packs.create_pack(officer, other_review, "Hidden pack", None)

    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    staff_sign_in(page, live.url, officer, PASSWORD)
    page.goto(f"{live.url}/staff/reviews/{open_session.review_id}/packs")
    page.click("button:has-text('Build and preview')")
    page.wait_for_selector("h2:has-text('Preview')")
    assert page.locator(".py-pack-frame h2").first.is_visible()
    # Publishing goes through the check: the answer has no confirmed theme, so it asks first.
    page.click("a:has-text('Check and publish')")
    page.wait_for_selector("h1:has-text('Check before publishing')")
    assert "1 approved written answer is not counted" in page.inner_text("main")
    page.click("button:has-text('Publish this pack')")
    page.wait_for_selector("text=no confirmed theme")
    page.check("#publish_anyway")
    page.check("#without_quotes")  # nothing is starred: that needs saying too
    page.click("button:has-text('Publish this pack')")
    page.wait_for_selector("text=Published version 1", timeout=30_000)  # the job page polls until done
    ctx.close()

    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    page = ctx.new_page()
    staff_sign_in(page, live.url, councillor, PASSWORD)
    page.wait_for_selector("h1:has-text('Evidence packs')")
    page.click("main section a >> nth=0")
    page.wait_for_selector(".py-pack-frame")
    with page.expect_download() as download:
        page.click("a[href$='/download/pdf']")  # the downloads sit at the foot, after the summary
    assert download.value.suggested_filename.endswith(".pdf")
    # Another review's pack, and any unpublished one, are out of reach.
    assert page.request.get(f"{live.url}/staff/packs/{hidden.id}/v/1").status == 404
    assert page.request.get(f"{live.url}/staff/packs/{hidden.id}").status == 403
    ctx.close()


def _answers_to_check(session, n):
    """n approved written answers with suggested themes, every third one positive."""
    prompt = next(p for p in session.prompts if p.kind == "text")
    return [approved(session, prompt, f"answer number {i}", tone="positive" if i % 3 == 0 else "negative") for i in range(n)]


def _check_themes(browser, live, officer, session, javascript=True):
    """An officer on a laptop, signed in, at the session's review's Check themes page."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=javascript)
    page = ctx.new_page()
    staff_sign_in(page, live.url, officer, PASSWORD)
    page.goto(f"{live.url}/staff/reviews/{session.review_id}/theming")
    return ctx, page


def _in_view(page, selector):
    return page.evaluate(
        "s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; }", selector
    )


def test_checking_themes_keeps_apply_on_screen_and_works_by_keyboard(browser, live, officer, open_session):
    ids = _answers_to_check(open_session, 12)
    ctx, page = _check_themes(browser, live, officer, open_session)
    assert page.evaluate("document.documentElement.scrollHeight") > 1600  # long enough to scroll
    assert page.locator("#shortcuts").is_visible()
    # The action bar sits on the bottom edge of the window, at the top of the page and halfway down.
    for y in (0, 900):
        page.evaluate(f"window.scrollTo(0, {y})")
        top, bottom, height = _in_view(page, ".py-action-bar")
        assert bottom == height and top > height - 200
        assert page.locator(".py-action-bar button:has-text('Apply')").is_visible()

    page.keyboard.press("j")
    page.wait_for_function(f"() => document.activeElement.id === 'answer-{ids[0]}'")
    page.keyboard.press("x")
    assert page.locator(f"#pick-{ids[0]}").is_checked()
    page.keyboard.press("j")
    page.keyboard.press("c")  # confirms this answer's suggestions at once, and moves on
    page.wait_for_selector(f"#answer-{ids[1]}[data-decided]")
    # The count and the bar's "all" follow at once (swapped in beside the answer).
    page.wait_for_function("() => document.querySelector('#theming-count').textContent.trim().startsWith('11 ')")
    assert page.locator("#scope-filter-label").inner_text().startswith("All 11")
    page.wait_for_function(f"() => document.activeElement.id === 'answer-{ids[2]}'")
    # The focused answer is never hidden under the bar (WCAG 2.4.11).
    assert _in_view(page, f"#answer-{ids[2]}")[1] <= _in_view(page, ".py-action-bar")[0]
    page.keyboard.press("n")  # its tone is negative, by the officer; it stays in place to check its themes
    page.wait_for_selector(f"#answer-{ids[2]} button[value=tone-negative][aria-pressed=true]")
    page.wait_for_function(f"() => document.activeElement.id === 'answer-{ids[2]}'")
    page.keyboard.press("a")  # Apply, in the bar: confirm the ticked answer
    page.wait_for_selector("text=Themes saved for 1 answer.")
    # The page opens where the officer was, not at the top: at the first answer still to check after the one they ticked.
    assert page.url.endswith(f"#answer-{ids[2]}")
    page.wait_for_function(f"() => document.activeElement.id === 'answer-{ids[2]}'")
    db.session.remove()
    confirmed = {a.id for a in db.session.execute(select(Answer).where(Answer.id.in_(ids))).scalars() if all(t.source == "confirmed" for t in a.themes)}
    assert confirmed == {ids[0], ids[1]}
    assert (db.session.get(Answer, ids[2]).tone, db.session.get(Answer, ids[2]).tone_confirmed) == ("negative", True)

    # The filters apply with htmx, without a reload, and the address follows.
    page.evaluate("window.__samePage = true")
    page.select_option("#f-tone", "positive")
    page.wait_for_function("() => document.querySelector('#theming-count').textContent.trim().startsWith('3 ')")  # 4 positive, 1 of them confirmed
    assert page.evaluate("window.__samePage") is True and "tone=positive" in page.url
    ctx.close()


def test_checking_themes_filters_without_javascript(browser, live, officer, open_session):
    _answers_to_check(open_session, 4)
    ctx, page = _check_themes(browser, live, officer, open_session, javascript=False)
    assert not page.locator("#shortcuts").is_visible()  # keys need JavaScript: not offered without it
    page.select_option("#f-tone", "positive")
    page.click("#theming form[method=get] button:has-text('Show')")
    page.wait_for_url("**tone=positive**")
    assert page.locator(".py-theming-item").count() == 2
    # The bar's controls belong to the Apply form by their form attribute: no script needed.
    page.check("#scope-filter")
    page.click(".py-action-bar button:has-text('Apply')")
    page.wait_for_selector("h1:has-text('Confirm the suggested themes on 2 answers?')")
    page.click("button:has-text('Yes, change 2 answers')")
    page.wait_for_selector("text=Themes saved for 2 answers.")
    assert "tone=positive" in page.url and page.locator(".py-theming-item").count() == 0
    ctx.close()


def test_a_councillor_on_a_tablet_reads_every_number_behind_the_chart(browser, live, app):
    from participation.domain.models import PackVersion, StaffUser  # noqa: PLC0415
    from participation.ops.demo import PASSWORD as DEMO_PASSWORD  # noqa: PLC0415
    from participation.ops.demo import load_demo  # noqa: PLC0415

    load_demo()
    version = db.session.execute(select(PackVersion).order_by(PackVersion.id)).scalars().first()
    councillor = db.session.execute(select(StaffUser).where(StaffUser.role == "scrutiny")).scalar_one()
    ctx = browser.new_context(viewport={"width": 820, "height": 1180}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    staff_sign_in(page, live.url, councillor, DEMO_PASSWORD)
    page.goto(f"{live.url}/staff/packs/{version.pack_id}/v/{version.number}#pack-chart-heading")
    wrap = page.locator(".pack-chart-pair .pack-table-wrap")
    sizes = wrap.evaluate("w => ({scroll: w.scrollWidth, client: w.clientWidth, right: w.getBoundingClientRect().right,"
                          " page: document.documentElement.clientWidth})")
    assert sizes["scroll"] <= sizes["client"] + 1, sizes  # nothing hidden behind a sideways scroll
    assert sizes["right"] <= sizes["page"], sizes  # nor cut off at the screen's edge
    rows = page.locator(".pack-chart-table tbody tr")
    assert rows.count() == len(version.content["chart"])
    for i in range(rows.count()):
        cell = rows.nth(i).locator("td").last
        box = cell.bounding_box()
        assert box["x"] + box["width"] <= sizes["page"], cell.inner_text()
        assert cell.is_visible()
    ctx.close()


def test_an_officer_translates_words_in_another_language_where_they_check_themes(browser, live, officer, open_session):
    prompt = next(p for p in open_session.prompts if p.kind == "text")
    a = unread(open_session, prompt)
    ctx, page = _check_themes(browser, live, officer, open_session)
    item = page.locator(f"#answer-{a.id}")
    assert "the suggestions cannot read it" in item.inner_text() and "tone not suggested" in item.inner_text()
    # Typing in the box is typing: n, m, p and c are letters here, not shortcuts.
    page.fill(f"#translation-{a.id}", "")
    page.type(f"#translation-{a.id}", "i miss my mum and my brothers so much and nobody calls")
    page.click(f"#answer-{a.id} button:has-text('Save the translation')")
    page.wait_for_function(f"() => document.querySelector('#answer-{a.id}').textContent.includes('tone negative (suggested)')")
    db.session.remove()
    saved = db.session.get(Answer, a.id)
    assert saved.translation == "i miss my mum and my brothers so much and nobody calls" and not saved.tone_confirmed
    assert "family-and-friends-contact" in {t.theme for t in saved.themes}
    ctx.close()


def test_an_officer_changes_one_answers_themes_in_place_by_keyboard(browser, live, officer, open_session):
    ids = _answers_to_check(open_session, 3)
    ctx, page = _check_themes(browser, live, officer, open_session)
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("t")  # the second answer's themes as tick boxes, in its place
    page.wait_for_selector(f"#answer-{ids[1]} input[name=themes]")
    assert page.url.endswith("/theming")  # in place: the list is still there
    page.wait_for_function("() => document.activeElement.name === 'themes'")  # the keyboard is at the first box
    page.check(f"#theme-{ids[1]}-money")
    page.uncheck(f"#theme-{ids[1]}-social-workers")
    page.click(f"#answer-{ids[1]} button:has-text('Save themes')")
    page.wait_for_selector(f"#answer-{ids[1]}[data-decided]")
    assert "Themes saved for this answer." in page.locator(f"#answer-{ids[1]}").inner_text()
    page.wait_for_function(f"() => document.activeElement.id === 'answer-{ids[2]}'")  # and on to the next
    db.session.remove()
    assert [(t.theme, t.source) for t in db.session.get(Answer, ids[1]).themes] == [("money", "confirmed")]
    ctx.close()


def test_an_officer_says_no_theme_fits_one_answer_by_keyboard_and_among_its_themes(browser, live, officer, open_session):
    ids = _answers_to_check(open_session, 4)
    ctx, page = _check_themes(browser, live, officer, open_session)
    assert "0 no theme fits it" in page.locator("#shortcuts").inner_text()
    page.keyboard.press("j")
    page.keyboard.press("0")  # decided at once, in place, and on to the next
    page.wait_for_selector(f"#answer-{ids[0]}[data-decided]")
    assert "Recorded that no theme fits this answer." in page.locator(f"#answer-{ids[0]}").inner_text()
    page.wait_for_function("() => document.querySelector('#theming-count').textContent.trim().startsWith('3 ')")
    page.wait_for_function(f"() => document.activeElement.id === 'answer-{ids[1]}'")
    # Among its themes as tick boxes, "No theme fits" goes on its own, and the themes untick it.
    page.keyboard.press("t")
    page.wait_for_selector(f"#answer-{ids[1]} input[name=themes]")
    page.check(f"#theme-{ids[1]}-none")
    assert not page.locator(f"#theme-{ids[1]}-social-workers").is_checked()
    page.check(f"#theme-{ids[1]}-money")
    assert not page.locator(f"#theme-{ids[1]}-none").is_checked()
    page.check(f"#theme-{ids[1]}-none")
    page.click(f"#answer-{ids[1]} button:has-text('Save themes')")
    page.wait_for_selector(f"#answer-{ids[1]}[data-decided]")
    ctx.close()
    # Without JavaScript the same button is a plain form that comes back to the same answer.
    ctx, page = _check_themes(browser, live, officer, open_session, javascript=False)
    page.click(f"#answer-{ids[2]} button:has-text('No theme fits')")
    page.wait_for_selector(".py-action-bar >> text=Recorded that no theme fits this answer.")
    assert page.url.endswith(f"#answer-{ids[2]}")
    db.session.remove()
    decided = [db.session.get(Answer, i) for i in ids]
    assert [(a.no_theme_fits, a.themes) for a in decided] == [(True, []), (True, []), (True, []), (False, decided[3].themes)]
    assert decided[3].themes
    ctx.close()


def test_an_officer_undoes_no_theme_fits_and_ticks_it_among_themes_by_keyboard(browser, live, officer, open_session):
    ids = _answers_to_check(open_session, 3)
    ctx, page = _check_themes(browser, live, officer, open_session)
    assert "u undoes that" in page.locator("#shortcuts").inner_text()
    page.keyboard.press("j")
    page.keyboard.press("0")
    page.wait_for_selector(f"#answer-{ids[0]}[data-decided]")
    page.wait_for_function(f"() => document.activeElement.id === 'answer-{ids[1]}'")
    page.keyboard.press("u")  # the answer just decided, taken back, with the keyboard back on it
    page.wait_for_selector(f"#answer-{ids[0]}:not([data-decided])")
    page.wait_for_function(f"() => document.activeElement.id === 'answer-{ids[0]}'")
    db.session.remove()
    assert not db.session.get(Answer, ids[0]).no_theme_fits
    # (htmx readies the links of what it swapped in just after focus moves there: wait for it, as a person would)
    page.wait_for_function(f"() => document.querySelector('#answer-{ids[0]} a[aria-keyshortcuts=t]')['htmx-internal-data']")
    # Among its themes as tick boxes: 1 ticks the first theme, 0 "No theme fits" (which unticks it), Ctrl+Enter saves.
    page.keyboard.press("t")
    page.wait_for_selector(f"#answer-{ids[0]} input[name=themes]")
    assert "0 “No theme fits”" in page.locator(f"#themes-{ids[0]}-hint").inner_text()
    first = page.locator(f"#answer-{ids[0]} input[name=themes]").first
    was = first.is_checked()
    page.keyboard.press("1")
    assert first.is_checked() != was
    page.keyboard.press("0")
    assert page.locator(f"#theme-{ids[0]}-none").is_checked() and not first.is_checked()
    page.keyboard.press("Control+Enter")
    page.wait_for_selector(f"#answer-{ids[0]}[data-decided]")
    db.session.remove()
    assert db.session.get(Answer, ids[0]).no_theme_fits
    ctx.close()
