"""The young people's fifth walk, in Chromium: no youth page scrolls sideways on a 360 or 320 px phone (the
privacy and accessibility pages' grid once made them 366 px wide at 360)."""

from __future__ import annotations

import pytest

from participation.domain.db import db


@pytest.mark.parametrize("size", [(360, 740), (320, 568)])
def test_no_youth_page_is_wider_than_the_phone(browser, live, make_session, size):
    s = make_session()
    code = s.join_code
    ctx = browser.new_context(viewport={"width": size[0], "height": size[1]}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    try:
        page.goto(f"{live.url}/j/{code}")
        page.click("button.py-start")
        page.wait_for_selector("text=Question 1 of 4")
        paths = (
            "/join",
            f"/j/{code}",
            f"/j/{code}/q/1",
            f"/j/{code}/q/2",
            f"/j/{code}/q/3",
            f"/j/{code}/q/4",
            f"/j/{code}/q/1/check-in",
            f"/j/{code}/q/1/help",
            f"/j/{code}/q/1/stop",
            f"/j/{code}/q/1/talk",
            f"/help?code={code}",
            "/help",
            "/privacy",
            "/accessibility",
            "/accessibility/full",
            f"/j/{code}/updates",
            f"/j/{code}/thanks",
        )
        wide = {}
        for path in paths:
            page.goto(live.url + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > size[0]:
                wide[path] = width
        assert wide == {}, wide
    finally:
        ctx.close()


def test_the_stop_page_has_room_between_its_buttons_and_sharing_this_phone(phone, live, make_session):
    s = make_session(prompts=("text",))
    phone.goto(f"{live.url}/j/{s.join_code}")
    phone.click("button.py-start")
    phone.wait_for_selector("text=Question 1 of 1")
    phone.goto(f"{live.url}/j/{s.join_code}/q/1/stop")
    buttons = phone.locator(".py-actions").bounding_box()
    sharing = phone.locator(".py-clear p").bounding_box()
    assert sharing["y"] - (buttons["y"] + buttons["height"]) >= 20


@pytest.mark.parametrize("width", [360, 320])
def test_a_help_line_with_a_long_name_puts_its_number_under_the_name(browser, live, make_session, width):
    s = make_session(prompts=("text",))
    s.local_contact_name = "Northshire leaving care team"
    s.local_contact_phone = "01632 960123"
    db.session.commit()
    ctx = browser.new_context(viewport={"width": width, "height": 740}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    try:
        page.goto(f"{live.url}/help?code={s.join_code}")
        link = page.locator("[data-help-source=council] a")
        name = link.locator("bdi").nth(0).bounding_box()
        number = link.locator("bdi").nth(1).bounding_box()
        # Stacked: the number on a line of its own under the name, and all on one line (never "01632 / 960123").
        assert number["y"] >= name["y"] + name["height"] - 1, (name, number)
        assert number["height"] < 40, number
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        ctx.close()


def test_reloading_a_tick_box_question_keeps_the_ticks(phone, live, make_session):
    s = make_session(prompts=("multiple", "text"))
    phone.goto(f"{live.url}/j/{s.join_code}")
    phone.click("button.py-start")
    phone.wait_for_selector("text=Question 1 of 2")
    phone.click("label:has-text('Red')")
    phone.click("label:has-text('Blue')")
    phone.reload()
    phone.wait_for_selector("text=Question 1 of 2")
    assert phone.is_checked("input[value=Red]") and phone.is_checked("input[value=Blue]")
    assert not phone.is_checked("input[value=Green]")
    # Untick one, reload: the draft follows.
    phone.click("label:has-text('Red')")
    phone.reload()
    phone.wait_for_selector("text=Question 1 of 2")
    assert not phone.is_checked("input[value=Red]") and phone.is_checked("input[value=Blue]")


# How far the words sit from the top and from the bottom of the button they are in.
WORDS_GAPS = """el => {
    const range = document.createRange(); range.selectNodeContents(el);
    const words = range.getBoundingClientRect(), box = el.getBoundingClientRect();
    return [words.top - box.top, box.bottom - words.bottom];
}"""


@pytest.mark.parametrize("js", [True, False])
def test_a_link_drawn_as_a_button_has_its_words_in_the_middle(browser, live, make_session, js):
    # Keep going and Stop are links drawn as buttons, 48px high like every youth button: their words sat at the
    # top of it (6px above, 16px below), which looked broken beside the real buttons on the same page.
    s = make_session(prompts=("text",))
    phone = {"is_mobile": True, "has_touch": True} if js else {"java_script_enabled": False}
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, **phone)
    page = ctx.new_page()
    try:
        page.goto(f"{live.url}/j/{s.join_code}")
        page.click("button.py-start")
        page.wait_for_selector("text=Question 1 of 1")
        page.goto(f"{live.url}/j/{s.join_code}/q/1/stop")
        links = page.locator("a.govuk-button")
        assert links.count() == 2
        for i in range(2):
            top, bottom = links.nth(i).evaluate(WORDS_GAPS)
            assert abs(top - bottom) <= 3, (i, top, bottom)
    finally:
        ctx.close()
