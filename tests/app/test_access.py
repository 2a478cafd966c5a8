"""Every endpoint declares who may use it; responses carry the security headers."""

from __future__ import annotations

import re

import pytest

from participation import config
from participation.domain import answers as services
from participation.domain.db import db
from participation.domain.models import Answer
from tests.conftest import Young, sign_in


def test_every_endpoint_declares_its_access(app):
    missing = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        view = app.view_functions[rule.endpoint]
        if not hasattr(view, "access"):
            missing.append(rule.endpoint)
    assert missing == [], f"endpoints without @public or @requires: {missing}"


def test_staff_pages_send_anonymous_users_to_sign_in(app, client):
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        if getattr(view, "access", "public") == "public" or "GET" not in rule.methods:
            continue
        url = re.sub(r"<int:\w+>", "1", rule.rule)
        r = client.get(url)
        assert r.status_code == 303 and "/staff/sign-in" in r.location, url


@pytest.mark.parametrize("role", ["safeguarding", "scrutiny"])
def test_roles_without_session_work_cannot_manage_sessions(app, make_staff, open_session, role):
    c = app.test_client()
    sign_in(c, make_staff(role))
    assert c.get("/staff/reviews/new").status_code == 403
    assert c.get(f"/staff/sessions/{open_session.id}").status_code == 403
    assert c.post(f"/staff/sessions/{open_session.id}/close").status_code == 403


def test_admin_may_use_officer_pages_but_not_read_a_sessions_raw_words(app, make_staff, open_session):

    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, "my sw is barry")
    answer = db.session.query(Answer).one()
    c = app.test_client()
    sign_in(c, make_staff("admin"))
    assert c.get(f"/staff/sessions/{open_session.id}").status_code == 200
    assert c.get(f"/staff/moderation/answers/{answer.id}/raw").status_code == 404


@pytest.mark.parametrize("path", ["/join", "/staff/sign-in", "/privacy", "/nope", "/healthz", "/static/nope.css"])
def test_security_headers_on_every_kind_of_response(client, path):
    r = client.get(path)
    csp = r.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"] == "no-referrer"
    assert r.headers["Cache-Control"] == "no-store"


def test_static_files_are_cached_for_a_year_and_compressed(client):
    r = client.get("/static/css/app.css", headers={"Accept-Encoding": "gzip"})
    assert r.headers["Content-Encoding"] == "gzip"
    assert "max-age=31536000" in r.headers["Cache-Control"]


def test_pages_reference_static_files_by_content_hash(client):
    html = client.get("/join").text
    assert "/static/css/app.css?v=" in html


def test_healthz_does_not_touch_the_database(app, client, monkeypatch):

    def broken(*a, **k):
        raise RuntimeError("database down")

    monkeypatch.setattr(db.session, "execute", broken)
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 503


def test_no_stack_trace_reaches_a_browser(app, client, monkeypatch):

    def explode(*a, **k):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(services, "find_visit", explode)
    r = client.get("/j/ABCDEF")
    assert r.status_code == 500
    assert "secret internals" not in r.text and "Traceback" not in r.text
    assert "not your fault" in r.text


def test_page_cookie_is_httponly_and_lax(client, open_session):
    r = client.post(f"/j/{open_session.join_code}/start")
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_cookie_is_secure_in_production(monkeypatch):

    assert config.load({"ENV_NAME": "production", "SECRET_KEY": "x"})["SESSION_COOKIE_SECURE"] is True
    assert config.load({"ENV_NAME": "development", "SECRET_KEY": "x"})["SESSION_COOKIE_SECURE"] is False
