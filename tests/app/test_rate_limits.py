"""A whole room on one wifi address gets in; a script guessing codes is stopped."""

from __future__ import annotations

from participation.web.extensions import limiter
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


def _guess_until_refused(client, headers) -> int:
    """Wrong codes sent before the first 429."""
    for i in range(80):
        if client.post("/join", data={"code": f"ZZZZ{i:02d}"}, headers=headers).status_code == 429:
            return i
    return 80


def test_behind_the_proxy_each_phone_address_has_its_own_budget(open_session):
    # In production a reverse proxy sends every request, so without trusting its X-Forwarded-For one
    # script guessing codes would use up the budget of every room in the council.
    app = make_app(RATELIMIT_ENABLED=True, TRUSTED_PROXIES=1)
    with app.app_context():
        limiter.reset()
        c = app.test_client()
        assert _guess_until_refused(c, {"X-Forwarded-For": "198.51.100.7"}) == 50
        assert c.post("/join", data={"code": "ZZZZ00"}, headers={"X-Forwarded-For": "203.0.113.9"}).status_code == 422


def test_without_a_trusted_proxy_a_forged_forwarded_address_changes_nothing(open_session):
    app = _limited_app()
    with app.app_context():
        limiter.reset()
        c = app.test_client()
        refused_after = [_guess_until_refused(c, {"X-Forwarded-For": f"198.51.100.{i}"}) for i in range(2)]
        assert refused_after == [50, 0]
