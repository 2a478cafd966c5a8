"""The young people's fifth walk, in Chromium: no youth page scrolls sideways on a 360 or 320 px phone (the
privacy and accessibility pages' grid once made them 366 px wide at 360)."""

from __future__ import annotations

import pytest


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
