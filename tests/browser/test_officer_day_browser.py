"""The safeguarding lead's and the admin's day in Chromium: an alert's route back to moderation, and
staff managed in the app (with the new pages checked by axe-core)."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Alert, Answer, StaffUser
from tests.app.test_moderation import DISCLOSURE
from tests.browser.conftest import axe_violations, staff_sign_in
from tests.conftest import PASSWORD, Young

LAPTOP = {"width": 1280, "height": 800}
NOTE = "Lyrics from a song the group was talking about. Checked with the worker in the room: no concern."


def test_a_false_alarm_goes_back_to_moderation_with_the_leads_note(browser, live, officer, make_staff, open_session, app):
    open_session.place = "Room 4"
    db.session.commit()
    young = Young(app.test_client(), open_session.join_code)
    young.join()
    young.answer(4, DISCLOSURE)
    lead = make_staff("safeguarding")

    ctx = browser.new_context(viewport=LAPTOP)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    staff_sign_in(page, live.url, lead, PASSWORD)
    page.goto(f"{live.url}/staff/")
    page.click(".py-alert-banner__link")
    page.wait_for_selector("h1[data-alert-heading]")
    assert "Room 4" in page.locator(".py-next-steps").inner_text()
    assert "call 999" in page.locator(".py-next-steps ol").inner_text()
    # Closing needs its own note: without one, the page says so and nothing closes.
    page.check("input[value='no-further-action']")
    page.click("button:has-text('Close the alert')")
    page.wait_for_selector(".govuk-error-summary")
    assert "Each alert needs its own note" in page.locator(".govuk-error-summary").inner_text()
    page.check("input[value='no-further-action']")
    page.fill("#note", NOTE)
    page.click("button:has-text('Close the alert')")
    page.wait_for_selector("h1:has-text('Safeguarding alerts')")
    assert "Answer sent back to moderation" in page.locator("tbody tr").first.inner_text()
    ctx.close()

    ctx = browser.new_context(viewport=LAPTOP)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    staff_sign_in(page, live.url, officer, PASSWORD)
    page.goto(f"{live.url}/staff/moderation?session={open_session.id}")
    item = page.locator(".py-mod-item", has=page.locator(".py-returned"))
    assert item.locator(".py-returned__note").inner_text() == NOTE
    item.locator("button[data-action='approve']").click()
    page.wait_for_selector("[data-decided]")
    ctx.close()
    db.session.remove()
    answer = db.session.execute(select(Answer).where(Answer.text.is_not(None))).scalar_one()
    alert = db.session.execute(select(Alert)).scalar_one()
    assert (answer.state, alert.state, alert.outcome) == ("approved", "closed", "no-further-action")


def test_an_admin_adds_changes_deactivates_and_reactivates_a_staff_member(browser, live, make_staff):
    admin = make_staff("admin")
    ctx = browser.new_context(viewport=LAPTOP)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    staff_sign_in(page, live.url, admin, PASSWORD)
    page.click("nav a:has-text('Staff')")
    page.click("a:has-text('Add a staff member')")
    page.fill("#name", "Sam Okafor")
    page.fill("#email", "sam.okafor@testshire.example")
    page.check("input[value='officer']")
    page.click("button:has-text('Add staff member')")
    page.wait_for_selector("h1:has-text('Staff member added')")
    password = page.locator(".py-temporary-password").inner_text()

    # Sam signs in with the first password.
    sam_ctx = browser.new_context(viewport=LAPTOP)
    sam = sam_ctx.new_page()
    sam.set_default_timeout(10_000)
    sam.goto(f"{live.url}/staff/sign-in")
    sam.fill("#email", "sam.okafor@testshire.example")
    sam.fill("#password", password)
    sam.click("button:has-text('Sign in')")
    sam.wait_for_url(f"{live.url}/staff/**")
    assert "Participation officer" in sam.locator(".py-header__meta").inner_text()

    page.click("a:has-text('Back to staff')")
    page.click("a:has-text('Sam Okafor')")
    page.check("input[value='safeguarding']")
    page.click("button:has-text('Change role')")
    page.wait_for_selector(".govuk-notification-banner:has-text('is now: Safeguarding lead')")
    page.click("button:has-text('Deactivate')")
    page.wait_for_selector(".govuk-notification-banner:has-text('can no longer sign in')")
    # Sam's open page stops working at once.
    sam.goto(f"{live.url}/staff/")
    assert "/staff/sign-in" in sam.url
    page.click("button:has-text('Reactivate')")
    page.wait_for_selector(".govuk-notification-banner:has-text('can sign in again')")
    sam.fill("#email", "sam.okafor@testshire.example")
    sam.fill("#password", password)
    sam.click("button:has-text('Sign in')")
    sam.wait_for_url(f"{live.url}/staff/**")
    assert "Safeguarding lead" in sam.locator(".py-header__meta").inner_text()
    sam_ctx.close()

    # The audit log tells the story in words.
    page.goto(f"{live.url}/staff/admin/audit?person={admin.id}")
    actions = page.locator("table.py-audit tbody td:nth-child(3)").all_inner_texts()
    assert {"Added a staff member", "Changed a staff member's role", "Deactivated a staff member",
            "Reactivated a staff member"} <= set(actions)
    ctx.close()
    db.session.remove()
    sam_user = db.session.execute(select(StaffUser).where(StaffUser.email == "sam.okafor@testshire.example")).scalar_one()
    assert (sam_user.role, sam_user.active) == ("safeguarding", True)


def test_the_new_staff_and_alert_pages_have_no_serious_accessibility_violations(browser, live, officer, make_staff, open_session, app):
    young = Young(app.test_client(), open_session.join_code)
    young.join()
    young.answer(4, DISCLOSURE)
    admin = make_staff("admin")
    colleague = make_staff("officer")

    def as_admin(page):
        staff_sign_in(page, live.url, admin, PASSWORD)

    def as_officer(page):
        staff_sign_in(page, live.url, officer, PASSWORD)

    found = {url: axe_violations(browser, live.url + url, LAPTOP, as_admin) for url in [
        "/staff/admin/staff", "/staff/admin/staff/new", f"/staff/admin/staff/{colleague.id}",
        "/staff/admin/audit?date_from=31&date_from=2&date_from=2026",
    ]}
    found.update({url: axe_violations(browser, live.url + url, LAPTOP, as_officer) for url in [
        f"/staff/sessions/{open_session.id}/close", "/staff/alerts",
    ]})
    assert {u: v for u, v in found.items() if v} == {}
