"""Shared fixtures: an app per test on a clean database (SQLite by default, PostgreSQL with TEST_DATABASE_URL)."""

from __future__ import annotations

import os
import re
import tempfile
from datetime import date

import pytest
from flask.testing import FlaskClient
from sqlalchemy import create_engine, make_url, select, text

from participation.app import create_app
from participation.domain import sessions as services
from participation.domain import themes
from participation.domain.accounts import create_staff_user
from participation.domain.db import db
from participation.domain.models import Answer, Council, Pack, Review
from participation.ops.demo import load_demo
from participation.web.extensions import limiter

_TMP = tempfile.mkdtemp(prefix="participation-tests-")
# `make test` runs the suite in two processes (pytest-xdist, PYTEST_XDIST_WORKER "gw0", "gw1"): each gets a
# database of its own, on SQLite a file in its own folder, on PostgreSQL `<name>_<worker>` beside the named one.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")


def _database_for_this_process(url: str) -> str:
    if not _WORKER or not url.startswith("postgresql"):
        return url
    parsed = make_url(url)
    name = f"{parsed.database}_{_WORKER}"
    server = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        if not conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar():
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    server.dispose()
    return parsed.set(database=name).render_as_string(hide_password=False)


DATABASE_URL = _database_for_this_process(os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{_TMP}/test.db")
PASSWORD = "correct horse battery staple"

BASE_CONFIG = {
    "TESTING": True,
    "ENV_NAME": "test",
    "SECRET_KEY": "test-secret",
    "SQLALCHEMY_DATABASE_URI": DATABASE_URL,
    "SQLALCHEMY_ENGINE_OPTIONS": {},
    "WTF_CSRF_ENABLED": False,
    "RATELIMIT_ENABLED": False,
    "RATELIMIT_STORAGE_URI": "memory://",
    "PASSWORD_HASH_MEMORY_KIB": 1024,  # a fast hash in tests; production uses 64 MiB
    "SERVER_NAME": None,
    "MAIL_MODE": "outbox",  # alert emails kept in app.extensions["outbox"]
}

_schema_ready = False


def _prepare_schema(app) -> None:
    global _schema_ready
    with app.app_context():
        if not _schema_ready:
            db.drop_all()
            db.create_all()
            _schema_ready = True
        _empty_tables()


def _empty_tables() -> None:
    db.session.remove()
    tables = [t.name for t in reversed(db.metadata.sorted_tables)]
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
        else:
            for t in tables:
                conn.execute(text(f'DELETE FROM "{t}"'))


class FreshContextClient(FlaskClient):
    """Each request gets its own app context, as in production, so `g` (and the signed-in user) never
    leaks from one test client's request into another's while a test holds an app context open."""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


def make_app(**overrides):
    app = create_app({**BASE_CONFIG, **overrides})
    app.test_client_class = FreshContextClient
    return app


@pytest.fixture
def app():
    app = make_app()
    _prepare_schema(app)
    with app.app_context():
        if app.config["RATELIMIT_ENABLED"]:
            limiter.reset()
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


# ---- factories --------------------------------------------------------------------------


@pytest.fixture
def council(app):

    c = Council(name="Testshire Council")
    db.session.add(c)
    db.session.commit()
    return c


@pytest.fixture
def make_staff(app, council):

    def make(role="officer", email=None, council_name=None):
        email = email or f"{role}-{os.urandom(3).hex()}@testshire.example"
        return create_staff_user(None, email, role, PASSWORD, name=f"Test {role}", council_name=council_name or council.name)

    return make


@pytest.fixture
def officer(make_staff):
    return make_staff("officer")


def sign_in(client, user, password=PASSWORD):
    response = client.post("/staff/sign-in", data={"email": user.email, "password": password})
    assert response.status_code == 303, response.text
    return response


@pytest.fixture
def officer_client(app, officer):
    c = app.test_client()
    sign_in(c, officer)
    return c


@pytest.fixture
def make_session(app, officer):

    def make(state="open", prompts=("scale", "single", "multiple", "text"), user=None, review=None, title="Test session"):
        user = user or officer
        review = review or services.create_review(user, "Test review", "", ["children-in-care"])
        s = services.create_session(user, review, title, date(2026, 11, 23), "both")
        for kind in prompts:
            services.add_prompt(
                user, s, kind, f"A {kind} question?", "", ["Red", "Green", "Blue"] if kind in ("single", "multiple") else [],
                "social-workers" if kind != "text" else None, 200 if kind == "text" else None,
            )
        db.session.refresh(s)
        if state in ("open", "closed"):
            services.open_session(user, s)
        if state == "closed":
            services.close_session(user, s)
        return s

    return make


@pytest.fixture
def open_session(make_session):
    return make_session()


# ---- helpers for young people --------------------------------------------------------------


def form_value(html: str, name: str) -> str | None:
    m = re.search(rf'name="{name}"[^>]*value="([^"]*)"', html) or re.search(rf'value="([^"]*)"[^>]*name="{name}"', html)
    return m.group(1) if m else None


class Young:
    """A young person's browser, through the test client."""

    def __init__(self, client, code):
        self.client = client
        self.code = code

    def join(self):
        r = self.client.post(f"/j/{self.code}/start")
        assert r.status_code == 303, r.status_code
        return r

    def page(self, n):
        return self.client.get(f"/j/{self.code}/q/{n}")

    def answer(self, n, value, action="next", page=None):
        page = page or self.page(n)
        data = {"form_token": form_value(page.text, "form_token"), "action": action}
        if value is not None:
            data["answer"] = value
        return self.client.post(f"/j/{self.code}/q/{n}", data=data)

    def sent_back(self, r, n):
        """Without JavaScript, a question sent back with a problem redirects to its own address, the words kept
        on the phone as a draft (views.DRAFT_KEY): the page the phone then shows."""
        assert r.status_code == 303 and r.location.endswith(f"/j/{self.code}/q/{n}"), (r.status_code, r.location)
        return self.client.get(r.location)


@pytest.fixture
def young(app, open_session):
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    return y


def written_answer(app, officer_client, session, words, star=True, tone=None, theme=None):
    """An approved written answer with its suggested themes confirmed (or `theme` set by the officer, as for
    words in another language, which get no suggestion), starred unless star=False, and its tone set by
    the officer when given (else left as suggested)."""
    y = Young(app.test_client(), session.join_code)
    y.join()
    y.answer(1, "3")
    y.answer(4, words)
    db.session.expire_all()
    a = db.session.execute(select(Answer).where(Answer.text == words)).scalar_one()
    officer_client.post(f"/staff/moderation/answers/{a.id}/approve")
    apply = f"/staff/reviews/{session.review_id}/theming/apply"
    officer_client.post(apply, data={"answer_ids": [a.id], "action": "set", "theme": theme} if theme else {"answer_ids": [a.id], "action": "confirm"})
    if star:
        officer_client.post(f"/staff/reviews/{session.review_id}/answers/{a.id}/star", data={"on": "1"})
    if tone:
        officer_client.post(apply, data={"answer_ids": [a.id], "action": f"tone-{tone}"})
    db.session.expire_all()
    return db.session.get(Answer, a.id)


# Other young people's words on a theme, by tone: a pack lists a theme as working well or not only on
# 5 or more young people (evidence_rules.placed), so a test that needs it listed gives it enough of them.
MORE_WORDS = {
    "negative": ("nobody tells me anything about my plans", "i never get told when my plans change",
                 "they never ring me back when i ask", "it feels like nobody is listening to me",
                 "they keep changing things without asking me"),
    "positive": ("it is really good for me now", "i am happy with how it is going",
                 "they are kind and they help me", "it has got a lot better this year", "i feel listened to now"),
    "mixed": ("some of it is good and some of it is not", "it is ok but it could be better"),
}


def more_young_people(app, officer_client, officer, session, theme, tone, n=4):
    """`n` more young people, each with a written answer an officer confirmed under `theme` with `tone`
    (not starred, so the quotes a test looks at stay its own)."""
    out = []
    for words in MORE_WORDS[tone][:n]:
        a = written_answer(app, officer_client, session, words, star=False)
        themes.apply(officer, session.review, [a.id], "set", theme)
        themes.apply(officer, session.review, [a.id], f"tone-{tone}")
        out.append(a)
    db.session.expire_all()
    return out


_demo_rows: dict[str, list[dict]] = {}


def demo_loaded() -> None:
    """The demo in the (emptied) database, as `load_demo()` leaves it. The first call in a process loads it and
    keeps every row; later calls put those rows back, which takes a fraction of a second where loading takes
    about ten (it screens, themes and builds packs). `test_cli` runs `load_demo()` itself."""
    tables = db.metadata.sorted_tables
    if not _demo_rows:
        load_demo()
        db.session.remove()
        with db.engine.connect() as conn:
            _demo_rows.update({t.name: [dict(row._mapping) for row in conn.execute(t.select())] for t in tables})
        return
    db.session.remove()
    with db.engine.begin() as conn:
        for t in tables:
            if _demo_rows[t.name]:
                conn.execute(t.insert(), _demo_rows[t.name])
        if conn.dialect.name == "postgresql":  # each table's next id follows the rows put back
            for t in tables:
                for column in t.primary_key.columns:
                    if column.autoincrement is True or (column.autoincrement == "auto" and column.type.python_type is int):
                        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('\"{t.name}\"', '{column.name}'), "
                                          f'COALESCE((SELECT MAX("{column.name}") FROM "{t.name}"), 0) + 1, false)'))


@pytest.fixture
def demo_pack(app):
    """The demo loaded: its first review, that review's pack and the pack's latest version."""
    demo_loaded()
    review = db.session.execute(select(Review).order_by(Review.id)).scalars().first()
    pack = db.session.execute(select(Pack).where(Pack.review_id == review.id)).scalar_one()
    return review, pack, pack.latest
