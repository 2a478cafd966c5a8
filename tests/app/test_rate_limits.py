"""A whole room on one wifi address gets in; a script guessing codes is stopped."""

from __future__ import annotations

import os

import pytest
import redis

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


# ---- several instances behind one proxy ----------------------------------------------------------

# Redis for these tests only: a database number nothing else here uses (the benchmarks use 5 and 14).
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/12")
ROOM = "203.0.113.9"  # a whole room on one wifi address
GUESSER = "198.51.100.7"


def _forwarded(address: str, forged: str | None = None) -> dict:
    """X-Forwarded-For as nginx sends it ($proxy_add_x_forwarded_for): whatever the phone claimed,
    then the address nginx saw. With TRUSTED_PROXIES=1 only the last one is believed."""
    return {"X-Forwarded-For": f"{forged}, {address}" if forged else address}


def _instance(storage: str):
    """One app instance as production runs it behind nginx: limits on, one trusted proxy."""
    return make_app(RATELIMIT_ENABLED=True, TRUSTED_PROXIES=1, RATELIMIT_STORAGE_URI=storage)


def _redis_url() -> str:
    try:
        redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip(f"no Redis at {TEST_REDIS_URL}: limits shared by instances live there (set TEST_REDIS_URL)")
    return TEST_REDIS_URL


def _guesses(app, first: int, count: int, forged: bool = False) -> list[int]:
    c = app.test_client()
    return [
        c.post("/join", data={"code": f"ZZZZ{i:02d}"}, headers=_forwarded(GUESSER, f"10.0.0.{i}" if forged else None)).status_code
        for i in range(first, first + count)
    ]


def _room_gets_in(app, open_session, people: int) -> set[int]:
    statuses = set()
    for _ in range(people):
        c = app.test_client()
        statuses.add(c.post("/join", data={"code": open_session.join_code}, headers=_forwarded(ROOM)).status_code)
        statuses.add(c.post(f"/j/{open_session.join_code}/start", headers=_forwarded(ROOM)).status_code)
    return statuses


def test_behind_the_proxy_a_guesser_is_stopped_on_every_instance_while_a_room_gets_in(open_session):
    storage = _redis_url()
    one = _instance(storage)
    with one.app_context():
        limiter.reset()
    # The guesser makes up a new forwarded address for every try; nginx appends the one it saw.
    statuses = _guesses(one, 0, 30, forged=True)
    # A second instance: its own connection to the same Redis, as another gunicorn would have.
    two = _instance(storage)
    statuses += _guesses(two, 30, 30, forged=True)
    assert statuses[:50] == [422] * 50 and statuses[50:] == [429] * 10
    assert _room_gets_in(one, open_session, 40) == {303}
    assert _room_gets_in(two, open_session, 40) == {303}
    assert _guesses(two, 60, 1) == [429]


def test_limits_kept_in_each_process_would_let_a_guesser_start_again_on_another_instance(open_session):
    # Why production sets REDIS_URL: with limits in memory, a second instance counts from nothing.
    statuses = _guesses(_instance("memory://"), 0, 50) + _guesses(_instance("memory://"), 50, 10)
    assert statuses == [422] * 60
