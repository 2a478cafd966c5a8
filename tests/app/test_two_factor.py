"""Two-factor sign-in: staff turn it on, sign in with a code or a recovery code, and an admin can require it."""

from __future__ import annotations

import pyotp
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import accounts
from participation.domain.db import db
from participation.domain.models import AuditEvent, StaffUser
from tests.conftest import PASSWORD, sign_in


def enable(client, user) -> list[str]:
    page = client.get("/staff/account/two-factor")
    secret = BeautifulSoup(page.text, "html.parser").select_one(".py-totp-key").get_text(strip=True)
    assert BeautifulSoup(page.text, "html.parser").select_one(".py-totp-qr svg") is not None
    r = client.post("/staff/account/two-factor", data={"code": pyotp.TOTP(secret).now()})
    assert r.status_code == 200
    return [c.get_text() for c in BeautifulSoup(r.text, "html.parser").select(".py-recovery code")], secret


def test_turning_it_on_needs_a_matching_code_and_gives_recovery_codes(officer_client, officer):
    r = officer_client.post("/staff/account/two-factor", data={"code": "000000"})
    assert r.status_code == 422
    codes, _ = enable(officer_client, officer)
    assert len(codes) == 10
    db.session.expire_all()
    user = db.session.get(StaffUser, officer.id)
    assert user.totp_enabled and all(c not in str(user.recovery_codes) for c in codes)  # stored hashed


def test_sign_in_then_asks_for_the_code(app, officer_client, officer):
    _, secret = enable(officer_client, officer)
    c = app.test_client()
    r = c.post("/staff/sign-in?next=/staff/reviews/new", data={"email": officer.email, "password": PASSWORD})
    assert r.location.endswith("/staff/sign-in/code")
    assert c.get("/staff/").status_code == 303  # not signed in yet
    assert c.post("/staff/sign-in/code", data={"code": "123456"}).status_code == 422
    r = c.post("/staff/sign-in/code", data={"code": pyotp.TOTP(secret).now()})
    assert r.status_code == 303 and r.location == "/staff/reviews/new"
    assert c.get("/staff/").status_code == 200


def test_a_recovery_code_works_once(app, officer_client, officer):
    codes, _ = enable(officer_client, officer)
    for expected in (303, 422):
        c = app.test_client()
        c.post("/staff/sign-in", data={"email": officer.email, "password": PASSWORD})
        assert c.post("/staff/sign-in/code", data={"code": codes[0]}).status_code == expected
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "recovery-code-used")).scalar_one()


def test_five_wrong_codes_end_the_attempt(app, officer_client, officer):
    enable(officer_client, officer)
    c = app.test_client()
    c.post("/staff/sign-in", data={"email": officer.email, "password": PASSWORD})
    for _ in range(4):
        assert c.post("/staff/sign-in/code", data={"code": "000000"}).status_code == 422
    r = c.post("/staff/sign-in/code", data={"code": "000000"})
    assert r.status_code == 303 and r.location.endswith("/staff/sign-in")
    assert len(db.session.execute(select(AuditEvent).where(AuditEvent.action == "two-factor-failed")).scalars().all()) == 5


def test_an_admin_can_require_it_for_everyone(app, make_staff, officer_client, officer):
    admin = app.test_client()
    sign_in(admin, make_staff("admin"))
    admin.post("/staff/admin/settings", data={"retention_days": "30", "small_number_threshold": "5", "require_two_factor": "y"})
    db.session.expire_all()
    assert db.session.get(StaffUser, officer.id).council.require_two_factor
    r = officer_client.get("/staff/reviews/new")
    assert r.status_code == 303 and r.location.endswith("/staff/account/two-factor")
    enable(officer_client, officer)
    assert officer_client.get("/staff/reviews/new").status_code == 200
    # It cannot be turned off while required.
    officer_client.post("/staff/account/two-factor/disable", data={"code": "anything"})
    db.session.expire_all()
    assert db.session.get(StaffUser, officer.id).totp_enabled
    # The admin who required it must set it up too before anything else.
    assert admin.get("/staff/admin/settings").location.endswith("/staff/account/two-factor")


def test_wrong_codes_count_on_the_account_so_signing_in_again_gives_no_fresh_tries(app, officer_client, officer):
    # The tries in the browser's cookie start again with each password; the account's count does not.
    _, secret = enable(officer_client, officer)
    c = app.test_client()
    for wrong in (3, 1):
        c = app.test_client()
        assert c.post("/staff/sign-in", data={"email": officer.email, "password": PASSWORD}).location.endswith("/code")
        for _ in range(wrong):
            assert c.post("/staff/sign-in/code", data={"code": "000000"}).status_code == 422
    r = c.post("/staff/sign-in/code", data={"code": "000000"})  # the fifth on the account, the second in this cookie
    assert r.status_code == 303 and r.location.endswith("/staff/sign-in")
    db.session.expire_all()
    user = db.session.get(StaffUser, officer.id)
    assert user.failed_sign_ins == 5 and accounts.is_locked(user)
    # Locked: the password is refused, and so is the right code, until the lock passes.
    assert app.test_client().post("/staff/sign-in", data={"email": officer.email, "password": PASSWORD}).status_code == 422
    assert not accounts.check_code(user, pyotp.TOTP(secret).now())
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "two-factor-refused-locked")).scalar_one()


def test_the_right_code_clears_the_count_of_wrong_ones(app, officer_client, officer):
    _, secret = enable(officer_client, officer)
    c = app.test_client()
    c.post("/staff/sign-in", data={"email": officer.email, "password": PASSWORD})
    for _ in range(2):
        c.post("/staff/sign-in/code", data={"code": "000000"})
    assert c.post("/staff/sign-in/code", data={"code": pyotp.TOTP(secret).now()}).status_code == 303
    db.session.expire_all()
    assert db.session.get(StaffUser, officer.id).failed_sign_ins == 0
