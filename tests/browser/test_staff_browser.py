"""Staff pages in Chromium: the presenter count rises as a phone answers; the staff banner stays short."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from participation.domain import alerts
from participation.domain.db import db
from participation.domain.models import Alert
from participation.pure.prompt_bank import load_bank
from tests.app.test_moderation import DISCLOSURE
from tests.browser.conftest import axe_violations, staff_sign_in
from tests.conftest import PASSWORD, Young

LAPTOP = {"width": 1280, "height": 800}


def test_presenter_count_goes_up_as_a_phone_answers(browser, laptop, phone, live, officer, open_session):
    staff_sign_in(laptop, live.url, officer, PASSWORD)
    laptop.goto(f"{live.url}/staff/sessions/{open_session.id}/present")
    counts = laptop.locator("#present-counts dd")
    assert counts.all_inner_texts() == ["0", "0"]
    assert laptop.locator(".py-present__qr img").evaluate("img => img.naturalWidth") > 0

    phone.goto(f"{live.url}/join")
    phone.fill("#code", open_session.join_code)
    phone.click("button:has-text('Join')")
    phone.click("button:has-text('Start')")
    phone.click("label:has-text('Good') >> nth=1")  # one tap moves on
    phone.wait_for_selector("text=Question 2 of 4")

    laptop.wait_for_function(
        "() => [...document.querySelectorAll('#present-counts dd')].map(d => d.textContent.trim()).join(',') === '1,1'",
        timeout=10_000,
    )


def test_officer_opens_a_session_and_lands_on_the_presenter(laptop, live, officer, make_session):
    s = make_session(state="draft")
    staff_sign_in(laptop, live.url, officer, PASSWORD)
    laptop.goto(f"{live.url}/staff/sessions/{s.id}")
    laptop.click("button:has-text('Open the session')")
    laptop.wait_for_url(f"{live.url}/staff/sessions/{s.id}/present")
    assert laptop.locator(".py-present__code").inner_text().replace(" ", "") == s.join_code


def test_presenter_fills_a_projector_with_the_address_and_code_at_one_size(browser, live, officer, open_session):
    sizes = {}
    for width, height in ((1920, 1080), (1024, 768)):
        ctx = browser.new_context(viewport={"width": width, "height": height})
        page = ctx.new_page()
        staff_sign_in(page, live.url, officer, PASSWORD)
        page.goto(f"{live.url}/staff/sessions/{open_session.id}/present")
        m = page.evaluate("""() => {
            const box = s => document.querySelector(s).getBoundingClientRect();
            const size = s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);
            return {url: size('.py-present__url'), code: size('.py-present__code'), urlRight: box('.py-present__url').right,
                    urlLines: Math.round(box('.py-present__url').height / (size('.py-present__url') * 1.1)),
                    codeBottom: box('.py-present__code').bottom, countsTop: box('#present-counts').top,
                    bottom: Math.max(box('.py-present__qr').bottom, box('#present-counts').bottom),
                    scrollW: document.documentElement.scrollWidth, scrollH: document.documentElement.scrollHeight};
        }""")
        ctx.close()
        assert m["url"] == m["code"], m
        assert m["urlLines"] == 1 and m["urlRight"] <= width, m
        assert m["countsTop"] > m["codeBottom"], m  # the counts come below the code
        assert m["bottom"] <= height and (m["scrollW"], m["scrollH"]) == (width, height), m
        sizes[width] = m["code"]
    # Scaled to the screen: far larger than body text, and larger on the larger screen.
    assert sizes[1024] >= 60 and sizes[1920] > sizes[1024] * 1.4, sizes


def test_prompts_ticked_in_the_bank_keep_the_order_ticked(laptop, live, officer, make_session):
    s = make_session(state="draft", prompts=())
    staff_sign_in(laptop, live.url, officer, PASSWORD)
    laptop.goto(f"{live.url}/staff/sessions/{s.id}/prompts/bank")
    for slug in ("about-age", "closer-one-thing", "sw-know-who"):  # not the bank's order
        laptop.check(f"#slug-{slug}")
    assert laptop.locator("[data-tick-for='sw-know-who']").inner_text().strip().endswith("3")
    laptop.locator("form[data-tick-order] button[type=submit]").first.click()
    laptop.wait_for_url(f"{live.url}/staff/sessions/{s.id}*")
    bank = {p["slug"]: p["text"] for p in load_bank()}
    texts = laptop.locator("#prompts ~ ol > li").all_inner_texts()
    assert [next(slug for slug, text in bank.items() if text in item) for item in texts] == [
        "about-age", "closer-one-thing", "sw-know-who"]
    assert texts[-1].count("This is the last question.") == 1


def test_the_staff_banner_is_one_line_on_a_laptop_while_it_follows_the_page_and_opens_in_full_for_the_keyboard(
        laptop, live, officer, make_session, app):
    # Two rooms with long titles and places, someone asking to talk and words to read first: four lines at the top.
    for n in range(2):
        s = make_session(title=f"Children in Care Council, October half-term group {n}")
        s.place = f"Youth centre, main hall, floor {n}"
        db.session.commit()
        for words in (DISCLOSURE, "الرجل في البيت يضربني"):
            y = Young(app.test_client(), s.join_code)
            y.join()
            y.answer(4, words)
    alert = db.session.execute(select(Alert)).scalars().first()
    code = alerts.young_person_asks_to_talk(alert.session_id, alert.participant_id)
    staff_sign_in(laptop, live.url, officer, PASSWORD)
    laptop.goto(f"{live.url}/staff/sessions/{s.id}")
    bar = laptop.locator("#alert-banner")
    full = bar.bounding_box()["height"]
    assert full > 50  # at the top of the page every word shows, over lines
    laptop.evaluate("window.scrollTo(0, 600)")
    laptop.wait_for_function("() => document.querySelector('#alert-banner').getBoundingClientRect().height < 40")
    box = bar.bounding_box()
    assert box["y"] < 20 and box["height"] < 40  # stuck to the top: one line
    # The count and who asked to talk stay whole on it; the notes beside it and the room links give way.
    for part in (".py-alert-banner__all", ".py-alert-banner__talk"):
        assert laptop.locator(f"#alert-banner {part}").evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    assert laptop.locator("#alert-banner .py-alert-banner__talk").inner_text() == f"Asked to talk today: number {code}"
    assert laptop.locator("#alert-banner [role=status]").is_visible()
    # Every word is still there: the keyboard in the bar opens it in full.
    laptop.locator(".py-alert-banner__link").first.focus()
    laptop.wait_for_function(f"() => document.querySelector('#alert-banner').getBoundingClientRect().height >= {full - 1}")


def test_the_staff_banner_is_one_short_bar_whose_links_say_where_they_go(browser, laptop, live, officer, open_session, app):
    open_session.title = "Children in Care Council, October half-term"
    open_session.place = "Youth centre, main hall"
    db.session.commit()
    for words in (DISCLOSURE, "الرجل في البيت يضربني", "ኣብ ቤት ትምህርቲ ጽቡቕ እዩ"):
        y = Young(app.test_client(), open_session.join_code)
        y.join()
        y.answer(4, words)
    alert = db.session.execute(select(Alert)).scalar_one()
    # Nobody opened it: the banner says so, and for how long (the same minute for the minute this test takes).
    alert.raised_at = datetime.utcnow() - timedelta(minutes=11)
    db.session.commit()
    code = alerts.young_person_asks_to_talk(open_session.id, alert.participant_id)

    staff_sign_in(laptop, live.url, officer, PASSWORD)
    laptop.goto(f"{live.url}/staff/")
    assert laptop.viewport_size == {"width": 1280, "height": 800}
    bar = laptop.locator("#alert-banner")
    assert bar.bounding_box()["height"] <= 80
    assert laptop.locator("#alert-banner a").all_inner_texts() == [
        "1 possible disclosure open",
        f"Your session: Children in Care Council, October half-term, Youth centre, main hall at "
        f"{alert.raised_at:%H:%M}, not opened for 11 minutes",
        "2 answers in another language to read first",
    ]
    assert f"Asked to talk today: number {code}" in laptop.locator("#alert-banner [role=alert]").inner_text()
    assert laptop.locator("#alert-banner [role=status] a").count() == 1

    # The keyboard reaches each link, which shows GOV.UK's yellow focus, and keeps its place while the
    # banner polls: nothing changed, so nothing is swapped.
    link = laptop.locator(".py-alert-banner__link")
    for _ in range(30):
        laptop.keyboard.press("Tab")
        if link.evaluate("el => el === document.activeElement"):
            break
    assert link.evaluate("el => el === document.activeElement")
    assert link.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(255, 221, 0)"
    with laptop.expect_response(lambda r: "/staff/alerts/banner" in r.url) as polled:
        pass
    assert polled.value.status == 204
    assert link.evaluate("el => el === document.activeElement")
    # However far down the page the officer is, the bar stays in the window.
    laptop.set_viewport_size({"width": 1280, "height": 300})
    laptop.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert laptop.evaluate("window.scrollY") > 200
    assert 0 <= bar.bounding_box()["y"] < 20
    laptop.set_viewport_size({"width": 1280, "height": 800})
    assert axe_violations(browser, f"{live.url}/staff/", LAPTOP, lambda page: staff_sign_in(page, live.url, officer, PASSWORD)) == []


def test_a_lead_on_call_reads_the_alerts_list_on_a_phone_without_scrolling_sideways(phone, live, officer, open_session, app):
    open_session.place = "Youth centre, main hall"
    db.session.commit()
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, DISCLOSURE)
    staff_sign_in(phone, live.url, officer, PASSWORD)
    phone.goto(f"{live.url}/staff/alerts")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    # Each cell under its column's name, as the table's headings would say on a wider screen.
    names = phone.evaluate("""() => [...document.querySelectorAll('.py-alert-list tbody tr:first-child td')]
        .map(td => getComputedStyle(td, '::before').content)""")
    assert names[:4] == ['"Raised"', '"Why it is here"', '"Words (names taken out)"', '"Session and room"']
    assert "Youth centre, main hall" in phone.locator(".py-alert-list tbody tr").first.inner_text()


def test_the_numbers_on_an_open_alert_are_a_tap_away_on_a_phone(phone, live, make_staff, officer, open_session, app):
    officer.council.alert_contacts = [
        {"label": "Children's services front door", "phone": "01632 960123"},
        {"label": "Out of hours emergency duty team", "phone": "+44 (0)1632 960999"},
        {"label": "Police (non-emergency)", "phone": "101"},
    ]
    db.session.commit()
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, DISCLOSURE)
    alert = db.session.execute(select(Alert)).scalar_one()
    staff_sign_in(phone, live.url, make_staff("safeguarding"), PASSWORD)
    phone.goto(f"{live.url}/staff/alerts/{alert.id}")
    links = phone.locator(".py-alert-numbers a")
    assert links.evaluate_all("links => links.map(a => a.getAttribute('href'))") == [
        "tel:999", "tel:01632960123", "tel:+441632960999", "tel:101"]
    for box in (links.nth(i).bounding_box() for i in range(4)):
        assert box["height"] >= 44 and box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
