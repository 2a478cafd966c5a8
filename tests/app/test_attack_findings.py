"""Fixes for what an attacker found: each test is one finding that must stay fixed."""

from __future__ import annotations

from datetime import datetime, timedelta

from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.jobs import enqueue
from participation.domain.models import Alert, ParticipationSession
from participation.web.extensions import limiter
from tests.app.test_moderation import DISCLOSURE
from tests.conftest import PASSWORD, make_app, sign_in, written_answer


def test_an_officer_not_running_a_session_cannot_make_themselves_its_officer(app, make_staff, open_session):
    intruder = make_staff("officer")
    c = app.test_client()
    sign_in(c, intruder)
    assert c.post(f"/staff/sessions/{open_session.id}/officers", data={"officer_ids": [intruder.id]}).status_code == 403
    db.session.expire_all()
    assert intruder not in db.session.get(ParticipationSession, open_session.id).officers


def test_an_escalated_alert_shows_other_officers_no_personal_details(app, make_staff, young):
    young.answer(4, "my name is chloe and " + DISCLOSURE)
    alert = db.session.execute(select(Alert)).scalar_one()
    alert.raised_at = datetime.utcnow() - timedelta(minutes=11)
    db.session.commit()
    other = app.test_client()
    sign_in(other, make_staff("officer"))
    page = BeautifulSoup(other.get(f"/staff/alerts/{alert.id}").text, "html.parser")
    words = page.select_one(".govuk-inset-text [dir=auto]").get_text()
    assert "chloe" not in words and "[name]" in words and "hits me" in words
    lead = app.test_client()
    sign_in(lead, make_staff("safeguarding"))
    assert "chloe" in lead.get(f"/staff/alerts/{alert.id}").text


def test_a_locked_account_looks_like_any_wrong_sign_in(client, officer):
    for _ in range(5):
        client.post("/staff/sign-in", data={"email": officer.email, "password": "wrong"})
    locked = client.post("/staff/sign-in", data={"email": officer.email, "password": PASSWORD})
    unknown = client.post("/staff/sign-in", data={"email": "nobody@testshire.example", "password": "x"})
    message = lambda r: BeautifulSoup(r.text, "html.parser").select_one(".govuk-error-summary__list").get_text(strip=True)  # noqa: E731
    assert locked.status_code == unknown.status_code == 422
    assert message(locked) == message(unknown)


def test_finishing_forgets_the_visit_on_that_phone(young):
    young.answer(4, "my address is 14 elm road")
    young.client.get(f"/j/{young.code}/thanks")
    again = young.client.get(f"/j/{young.code}/q/4")
    assert again.status_code == 303  # back to the welcome: nothing of theirs is shown
    assert "elm road" not in young.client.get(f"/j/{young.code}").text


def test_guessing_codes_through_any_door_is_limited_but_a_right_code_still_gets_in(open_session):
    app = make_app(RATELIMIT_ENABLED=True)
    with app.app_context():
        limiter.reset()
        c = app.test_client()
        statuses = [c.get(f"/j/ZZZZ{i:02d}").status_code for i in range(40)]
        statuses += [c.post("/join", data={"code": f"YYYY{i:02d}"}).status_code for i in range(12)]
        assert statuses[:50] == [404] * 40 + [422] * 10 and statuses[-1] == 429
        assert c.get("/j/ZZZZZZ/updates").status_code == 429
        # The room on the same address still gets in with the right code.
        assert c.post("/join", data={"code": open_session.join_code}).status_code == 303
        assert c.get(f"/j/{open_session.join_code}").status_code == 200


def test_back_cannot_redirect_off_site_or_break_a_header(app, officer_client, open_session):
    a = written_answer(app, officer_client, open_session, "my social worker changed again")
    for back in ("https://evil.example/x", "//evil.example", "/\\evil.example", "/staff/x\r\nSet-Cookie: a=b"):
        r = officer_client.post(f"/staff/reviews/{open_session.review_id}/theming/answers/{a.id}/confirm", data={"back": back})
        assert r.status_code == 303 and r.location.startswith("/staff/reviews/") and "Set-Cookie" not in r.location, back


def test_huge_or_foreign_digit_ids_are_not_errors(officer_client, open_session):
    for url in ("/staff/reviews/99999999999999999999999", f"/staff/moderation/new?after={'9' * 5000}",
                f"/staff/reviews/{open_session.review_id}/themes?session={'9' * 30}"):
        assert officer_client.get(url).status_code in (200, 404), url
    r = officer_client.post("/staff/moderation/bulk-approve", data={"answer_ids": ["9" * 40, "١"]})
    assert r.status_code == 303


def test_a_theming_job_is_only_shown_on_its_own_review(app, officer_client, officer, open_session):


    app.config["JOBS_MODE"] = "sync"
    other = services.create_review(officer, "Other", "", ["leadership"])
    job = enqueue("theme-answers", {"answer_ids": [], "review_id": open_session.review_id}, council_id=other.council_id)
    assert officer_client.get(f"/staff/reviews/{open_session.review_id}/jobs/{job.id}").status_code == 200
    assert officer_client.get(f"/staff/reviews/{other.id}/jobs/{job.id}").status_code == 404
