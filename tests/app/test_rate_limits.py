"""A whole room on one wifi address gets in; a script guessing codes is stopped."""

from __future__ import annotations

from participation.extensions import limiter
from tests.conftest import make_app


def _limited_app():
    return make_app(RATELIMIT_ENABLED=True)  # the same database the fixtures filled


def test_sixty_young_people_from_one_address_all_get_in(open_session):
    app = _limited_app()
    with app.app_context():
        limiter.reset()
        results = []
        for _ in range(60):
            c = app.test_client()
            results.append(c.post("/join", data={"code": open_session.join_code}).status_code)
            results.append(c.post(f"/j/{open_session.join_code}/start").status_code)
        assert set(results) == {303}


def test_a_script_guessing_codes_is_stopped(open_session):
    app = _limited_app()
    with app.app_context():
        limiter.reset()
        c = app.test_client()
        statuses = [c.post("/join", data={"code": f"ZZZZ{i:02d}"}).status_code for i in range(60)]
        assert statuses[:50] == [422] * 50
        assert statuses[-1] == 429
        r = c.post("/join", data={"code": "ZZZZZZ"})
        assert r.status_code == 429 and "Wait a minute" in r.text


def test_repeated_sign_in_attempts_are_rate_limited(officer):
    app = _limited_app()
    with app.app_context():
        limiter.reset()
        c = app.test_client()
        statuses = [c.post("/staff/sign-in", data={"email": "x@y.example", "password": "nope"}).status_code for _ in range(22)]
        assert statuses[0] == 422 and statuses[-1] == 429
