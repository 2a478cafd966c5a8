"""Staff sign-in: hashing, lock-out, safe redirects, session renewal, CSRF."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from participation.domain.accounts import lock_for
from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent, StaffUser
from tests.conftest import PASSWORD, make_app, sign_in


def test_passwords_are_stored_as_argon2_hashes(officer):
    assert officer.password_hash.startswith("$argon2id$")
    assert PASSWORD not in officer.password_hash


def test_wrong_password_is_refused_with_one_message_for_both_fields(client, officer):
    r = client.post("/staff/sign-in", data={"email": officer.email, "password": "wrong"})
    r2 = client.post("/staff/sign-in", data={"email": "nobody@testshire.example", "password": "wrong"})
    assert r.status_code == r2.status_code == 422
    assert "Enter a correct email address and password." in r.text
    assert "Enter a correct email address and password." in r2.text


def test_repeated_wrong_passwords_lock_the_account_and_are_audited(client, officer):
    for _ in range(5):
        client.post("/staff/sign-in", data={"email": officer.email, "password": "wrong"})
    db.session.expire_all()
    user = db.session.get(StaffUser, officer.id)
    assert user.failed_sign_ins == 5 and user.locked_until > datetime.utcnow()
    # Even the right password is refused while the account is locked.
    r = client.post("/staff/sign-in", data={"email": officer.email, "password": PASSWORD})
    assert r.status_code == 422 and "Enter a correct email address and password." in r.text
    failures = db.session.execute(select(AuditEvent).where(AuditEvent.action == "sign-in-failed")).scalars().all()
    assert len(failures) == 5
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "sign-in-refused-locked")).scalar_one()


def test_lock_grows_then_caps_at_an_hour():
    assert lock_for(4) == timedelta(0)
    assert lock_for(5) == timedelta(minutes=1)
    assert lock_for(7) == timedelta(minutes=4)
    assert lock_for(30) == timedelta(hours=1)


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "http:/evil"]
)
def test_next_cannot_leave_the_site(client, officer, target):
    r = client.post("/staff/sign-in?next=" + target, data={"email": officer.email, "password": PASSWORD})
    assert r.status_code == 303
    assert r.location == "/staff/"


def test_next_may_go_to_a_page_on_this_site(client, officer):
    r = client.post("/staff/sign-in?next=/staff/reviews/new", data={"email": officer.email, "password": PASSWORD})
    assert r.location == "/staff/reviews/new"


def _cookie(client):
    c = client.get_cookie("participation")
    return c.value if c else None


def test_sign_in_renews_the_session_and_sign_out_kills_it(app, officer):
    c = app.test_client()
    c.get("/staff/sign-in")
    c.post("/j/none/start")  # an anonymous session cookie, if any
    before = _cookie(c)
    sign_in(c, officer)
    after = _cookie(c)
    assert after and after != before
    assert c.get("/staff/").status_code == 200

    stolen = app.test_client()
    stolen.set_cookie("participation", after)
    assert stolen.get("/staff/").status_code == 200
    c.post("/staff/sign-out")
    # The cookie captured before sign-out no longer works anywhere.
    assert stolen.get("/staff/").status_code == 303


def test_every_post_is_refused_without_a_csrf_token(open_session, officer):
    app = make_app(WTF_CSRF_ENABLED=True)
    c = app.test_client()
    # Join properly first, so the question form is reached and must refuse on its own token check.
    welcome = c.get(f"/j/{open_session.join_code}").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', welcome).group(1)
    assert c.post(f"/j/{open_session.join_code}/start", data={"csrf_token": token}).status_code == 303
    posts = [r for r in app.url_map.iter_rules() if "POST" in r.methods]
    assert posts
    for rule in posts:
        url = rule.rule.replace("<code>", open_session.join_code)
        url = re.sub(r"<int:\w+>", "1", url)
        r = c.post(url, data={"answer": "x", "code": open_session.join_code, "email": officer.email, "password": PASSWORD})
        if re.fullmatch(r"/j/\w+/q/1(/answer)?", url):
            # Without JavaScript a question sent back comes back at its own address, the words kept as a draft.
            assert r.status_code == 303 and r.location.endswith(f"/j/{open_session.join_code}/q/1"), (url, r.status_code)
            assert "already answered" not in c.get(r.location).text and c.get(r.location).status_code == 200
            continue
        assert r.status_code in (400, 409, 422), (url, r.status_code)

    assert db.session.execute(select(Answer)).first() is None
