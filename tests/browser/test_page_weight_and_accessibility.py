"""Page-weight budgets and axe-core scans of every youth and staff page."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from participation.domain import moderation, packs, recommendations
from participation.domain.db import db
from participation.domain.jobs import enqueue
from participation.domain.models import Alert, Answer, Job
from tests.app.test_moderation import DISCLOSURE, WITH_NAME
from tests.browser.conftest import AXE, axe_violations, staff_sign_in
from tests.conftest import PASSWORD, Young

FIRST_PAGE_BUDGET = 60 * 1024
NEXT_PROMPT_BUDGET = 10 * 1024


def _bytes_on_the_wire(page):
    """Compressed bytes of every response the page receives, as Chromium counts them."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    totals = {"bytes": 0}
    cdp.on("Network.loadingFinished", lambda e: totals.__setitem__("bytes", totals["bytes"] + e["encodedDataLength"]))
    return totals


@pytest.mark.parametrize("first", ["/join", "/j/{code}", "/j/{code}/q/1"])
def test_first_youth_page_with_everything_it_loads_is_within_60_kb(browser, live, open_session, first):
    ctx = browser.new_context(viewport={"width": 360, "height": 740})
    page = ctx.new_page()
    if "/q/" in first:
        page.goto(f"{live.url}/j/{open_session.join_code}")
        page.click("button:has-text('Start')")
        page.wait_for_selector("text=Question 1 of")
    totals = _bytes_on_the_wire(page)
    page.goto(live.url + first.format(code=open_session.join_code), wait_until="networkidle")
    ctx.close()
    assert 2_000 < totals["bytes"] <= FIRST_PAGE_BUDGET, totals


def test_each_next_prompt_is_within_10_kb(browser, live, open_session):
    ctx = browser.new_context(viewport={"width": 360, "height": 740})
    page = ctx.new_page()
    page.goto(f"{live.url}/j/{open_session.join_code}")
    page.click("button:has-text('Start')")
    page.wait_for_selector("text=Question 1 of 4", state="attached")
    page.wait_for_load_state("networkidle")
    totals = _bytes_on_the_wire(page)
    page.click("label:has-text('OK')")  # one tap moves on
    page.wait_for_selector("text=Question 2 of 4")
    page.wait_for_load_state("networkidle")
    ctx.close()
    assert 200 < totals["bytes"] <= NEXT_PROMPT_BUDGET, totals


PHONE = {"width": 360, "height": 740}
LAPTOP = {"width": 1280, "height": 800}


def test_youth_pages_have_no_serious_accessibility_violations(browser, live, open_session, make_session):
    closed = make_session(state="closed", title="Closed one")
    code = open_session.join_code

    def joined(page):
        page.goto(f"{live.url}/j/{code}")
        page.click("button:has-text('Start')")

    pages = [
        ("/join", None), (f"/j/{code}", None), ("/privacy", None), ("/accessibility", None), ("/accessibility/full", None),
        ("/help", None),
        (f"/j/{closed.join_code}", None), (f"/j/{code}/thanks", joined), (f"/j/{code}/updates", None),
        (f"/j/{code}/q/1/check-in", joined), (f"/j/{code}/q/1/stop", joined),
        (f"/j/{code}/q/1/help", joined), (f"/j/{code}/resume", joined), (f"/help?code={code}", joined), ("/no-such-page", None),
    ] + [(f"/j/{code}/q/{n}", joined) for n in range(1, 5)]
    found = {url: axe_violations(browser, live.url + url, PHONE, before) for url, before in pages}
    assert {u: v for u, v in found.items() if v} == {}


def test_youth_error_states_have_no_serious_accessibility_violations(browser, live, open_session):
    def bad_code(page):
        page.goto(f"{live.url}/join")

    ctx = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = ctx.new_page()
    page.goto(f"{live.url}/join")
    page.fill("#code", "nope")
    page.click("button:has-text('Join')")
    page.wait_for_selector(".govuk-error-summary")

    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    ctx.close()
    assert [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")] == []


def test_staff_pages_have_no_serious_accessibility_violations(browser, live, officer, open_session, make_session):
    draft = make_session(state="draft", title="Draft one")
    p = draft.prompts[0]

    def signed_in(page):
        staff_sign_in(page, live.url, officer, PASSWORD)

    urls = [
        "/staff/", "/staff/reviews/new", f"/staff/reviews/{open_session.review_id}",
        f"/staff/reviews/{open_session.review_id}/sessions/new", f"/staff/sessions/{open_session.id}",
        f"/staff/sessions/{draft.id}", f"/staff/sessions/{draft.id}/prompts/bank", f"/staff/sessions/{draft.id}/prompts/new",
        f"/staff/sessions/{draft.id}/prompts/{p.id}/edit", f"/staff/sessions/{open_session.id}/present", "/staff/account/two-factor",
        "/staff/account",
    ]
    found = {url: axe_violations(browser, live.url + url, LAPTOP, signed_in) for url in urls}
    found["/staff/sign-in"] = axe_violations(browser, live.url + "/staff/sign-in", LAPTOP)
    assert {u: v for u, v in found.items() if v} == {}


def test_moderation_and_admin_pages_have_no_serious_accessibility_violations(browser, live, officer, make_staff, open_session, app):

    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(1, "4")
    y.answer(3, ["Red"])
    y.answer(4, WITH_NAME)
    y2 = Young(app.test_client(), open_session.join_code)
    y2.join()
    y2.answer(4, DISCLOSURE)


    alert_id = db.session.execute(select(Alert.id)).scalar_one()
    admin = make_staff("admin")

    def as_officer(page):
        staff_sign_in(page, live.url, officer, PASSWORD)

    def as_admin(page):
        staff_sign_in(page, live.url, admin, PASSWORD)

    found = {
        url: axe_violations(browser, live.url + url, LAPTOP, as_officer)
        for url in ["/staff/moderation", f"/staff/moderation?session={open_session.id}", "/staff/alerts", f"/staff/alerts/{alert_id}"]
    }
    found.update({url: axe_violations(browser, live.url + url, LAPTOP, as_admin) for url in ["/staff/admin/audit", "/staff/admin/settings",
                                                                                      f"/staff/admin/staff/{officer.id}"]})

    assert {u: v for u, v in found.items() if v} == {}


def test_theming_pack_and_scrutiny_pages_have_no_serious_accessibility_violations(browser, live, officer, make_staff, open_session, app):


    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, "my social worker changed again")
    moderation.approve(officer, db.session.execute(select(Answer)).scalar_one())
    councillor = make_staff("scrutiny")
    packs.set_access(officer, open_session.review, [councillor.id])
    pack = packs.create_pack(officer, open_session.review, "Pack", None)
    recommendations.add_recommendation(officer, open_session.review, "Do better", "", ["social-workers"], None)
    published = enqueue("publish-pack", {"pack_id": pack.id, "user_id": officer.id, "note": ""}, council_id=open_session.review.council_id, now=True)
    # A publish still running: its steps as a task list, with the step it is on.
    running = Job(kind="publish-pack", params={"pack_id": pack.id}, state="running", done=2, total=6)
    db.session.add(running)
    db.session.commit()
    rid = open_session.review_id

    def as_officer(page):
        staff_sign_in(page, live.url, officer, PASSWORD)

    def as_councillor(page):
        staff_sign_in(page, live.url, councillor, PASSWORD)

    found = {u: axe_violations(browser, live.url + u, LAPTOP, as_officer) for u in [
        f"/staff/reviews/{rid}/themes", f"/staff/reviews/{rid}/theming", f"/staff/reviews/{rid}/packs",
        f"/staff/packs/{pack.id}", f"/staff/packs/{pack.id}/check", f"/staff/reviews/{rid}/recommendations", f"/staff/sessions/{open_session.id}/you-said-we-did",
        f"/staff/packs/{pack.id}/jobs/{published.id}", f"/staff/packs/{pack.id}/jobs/{running.id}",
    ]}
    found.update({u: axe_violations(browser, live.url + u, LAPTOP, as_councillor) for u in [
        "/staff/scrutiny", f"/staff/packs/{pack.id}/v/1", f"/staff/reviews/{rid}/recommendations",
    ]})
    assert {u: v for u, v in found.items() if v} == {}
